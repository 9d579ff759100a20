// Tense of the clause around a temporal expression, which decides whether
// "on Sunday" / "in March" / "September 3" point backwards or forwards from
// the reference date (HeidelTime's news strategy). No parser: the nearest
// tense marker before the expression in the same sentence wins, else the
// nearest after it (will/going to/scheduled → future, was/had/said/-ed
// verbs → past).
#pragma once

#include <cstddef>
#include <vector>

#include "core/time/tokens.hpp"

namespace claims::time {

enum class Tense { None, Past, Future };

// Tense for the expression covering tokens [first, last).
Tense tense_around(const std::vector<Token>& tokens, std::size_t first, std::size_t last);

// Sentence boundaries are '.', '!', '?' (not after a one-letter or month
// abbreviation) and line breaks.
bool is_sentence_break(const std::vector<Token>& tokens, std::size_t i);

}  // namespace claims::time
