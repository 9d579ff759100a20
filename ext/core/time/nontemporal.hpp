// Uses of time words that are not temporal expressions, decided from the
// words around a rule match: "Now, he says, ..." (a discourse marker),
// "to grow 8% annually" (a rate), "high noon" (an idiom), "the future of
// the company" (a thing, not a time). The engine drops such a match and
// tries the shorter ones, as when a normaliser rejects.
#pragma once

#include <cstddef>
#include <vector>

#include "core/time/patterns.hpp"
#include "core/time/tokens.hpp"

namespace claims::time {

// Whether the match of `rule` over tokens [first, end) is a non-temporal use.
bool non_temporal_use(const Rule& rule, const Captures& c, const std::vector<Token>& tokens, std::size_t first,
                      std::size_t end);

}  // namespace claims::time
