// Lexicon lists read as phrase tables: "some words = value" per line (or just
// "some words", value empty). Phrases are matched over word tokens, case-
// insensitively, longest first, so "more than" beats "more" and "tens of
// thousands" beats "tens".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/quantities/tokens.hpp"

namespace claims::quantities {

struct PhraseTable {
  std::unordered_map<std::string, std::string> values;  // "more than" -> "above"
  std::size_t max_words = 0;
};

// Parsed once per lexicon name and cached (thread-safe static init).
const PhraseTable& phrase_table(std::string_view lexicon_name);

// Longest phrase of `table` made of the word tokens starting at `first`;
// returns its length in tokens (0 = none) and stores the value.
std::size_t match_at(const PhraseTable& table, const std::vector<Token>& toks, std::size_t first,
                     std::string* value = nullptr);

// Longest phrase ending just before token `end`; returns its length in tokens.
std::size_t match_before(const PhraseTable& table, const std::vector<Token>& toks, std::size_t end,
                         std::string* value = nullptr);

}  // namespace claims::quantities
