// Word lists kept as data (ext/lexicon/*.txt), compiled into the binary.
//
// One entry per line; blank lines and lines starting with '#' are ignored;
// surrounding whitespace is trimmed. Only generic language knowledge belongs
// here (reporting verbs, abbreviations, month names): never names, places or
// facts of any corpus.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace claims::lexicon {

// Raw content of ext/lexicon/<name>.txt; empty when there is no such list.
std::string_view embedded(std::string_view name);

// The entries of a list, in file order. Throws std::logic_error for an
// unknown list name (a programming error, caught by the tests).
const std::vector<std::string>& list(std::string_view name);

// The entries of a list, lower-cased (ASCII), for membership tests.
const std::unordered_set<std::string>& lower_set(std::string_view name);

}  // namespace claims::lexicon
