// Reading the number itself: digits ("1,000", "2,50,000", "1.5"), digits with
// scale words ("18 million"), number words ("a thousand", "two hundred and
// fifty", "twenty-five", "two dozen", "half a million") and vague numbers
// ("dozens", "several", "tens of thousands"; see vague_quantities.txt).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/quantities/tokens.hpp"

namespace claims::quantities {

// Figures above this are rejected, not rounded: no count or amount in the
// news gets near it, and every integer below it is exact in a double.
inline constexpr double kMaxValue = 1e15;

struct NumberMatch {
  std::size_t first = 0;  // token range [first, last)
  std::size_t last = 0;
  double value = 0;
  bool has_digits = false;    // written with digits (subject to date/id checks)
  bool is_word_one = false;   // the single word "one" ("one of them", "one day")
  // Vague numbers carry their own interval and qualifier ("dozens").
  std::string vague;
  std::optional<double> vague_low, vague_high;
};

// A digit token as a number. Accepts plain digits, Western grouping
// ("1,000,000"), Indian grouping ("2,50,000", "1,00,00,000") and one decimal
// point. Rejects anything else ("1,2,3,4", "1.2.3", "1314,1198") and figures
// of more than 15 digits, so nothing overflows or turns into inf.
std::optional<double> parse_digits(std::string_view digits);

// The number starting at token i, if any.
std::optional<NumberMatch> parse_number(const std::vector<Token>& toks, std::size_t i);

// True for a number word or scale word ("five", "hundred"), used by callers
// that must not mistake "twenty-five" for an id.
bool is_number_word(std::string_view lower);

}  // namespace claims::quantities
