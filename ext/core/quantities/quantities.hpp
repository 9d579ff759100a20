// Quantities: numbers in digits and words, their qualifiers as a low/high
// interval, and what they count (killed, wounded, captured, ...).
//
// Pure C++ over UTF-8 text, one pass, no regex. Offsets are bytes into the
// text given to extract(); the pipeline converts them to code points.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claims::quantities {

struct Quantity {
  std::size_t start = 0;  // bytes, half-open, covers qualifier + number (+ unit words)
  std::size_t end = 0;
  std::string text;       // the span as written ("nearly a thousand", "over 700")
  double value = 0;       // the figure as stated (ACLED coding for vague words)
  std::optional<double> low;   // interval the qualifier allows; nullopt = unbounded
  std::optional<double> high;
  // "" (exact), "over", "more than", "at least", "nearly", "almost", "about",
  // "up to", "at most", "fewer than", "dozens", "several", "hundreds", ...
  std::string qualifier;
  // killed | wounded | captured | surrendered | missing | displaced, or a
  // combined figure joined with '+' in that order ("killed+wounded+captured"),
  // or nullopt for other quantities (tons, miles, districts, people in need).
  std::optional<std::string> count_type;
  // What is counted, as written, trimmed to its head phrase: "Taliban
  // fighters", "districts", "tons of aid". nullopt when nothing follows.
  std::optional<std::string> object;
  // True when this mention repeats a figure given earlier in the same text
  // ("the two insurgents" after "two insurgents were killed"): it must not
  // be counted twice when summing per count_type.
  bool repeat = false;
};

std::vector<Quantity> extract(std::string_view text);

}  // namespace claims::quantities
