// Normalisers: turn what a rule matched (Captures) into a TimeML value,
// using the reference date, the tense of the clause and what the document
// has said so far (the last day mentioned anchors "two days later").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/time/patterns.hpp"
#include "core/time/timex.hpp"
#include "core/time/tokens.hpp"

namespace claims::time {

// What earlier expressions of the same document established.
struct DocumentState {
  std::optional<Date> last_day;  // last day-precision date mentioned
  std::string last_value;        // last value emitted
  // The quarter the document reports on: the last quarter named outright
  // ("the third quarter", "the quarter"). In an earnings report "a year
  // ago" / "the year-earlier period" is that quarter a year before.
  std::string topic_quarter;
};

struct NormaliseContext {
  std::optional<Date> reference;
  const std::vector<Token>& tokens;
  std::size_t first = 0, last = 0;  // tokens of the expression, without modifier
  const DocumentState& state;
};

struct Normalised {
  enum class Status { Ok, Reject, Invalid } status = Status::Reject;
  std::string value;
  std::string type;   // overrides the rule's type when set (e.g. TIME for "Sunday night")
  bool anchored = true;  // false: no reference date, value underspecified
};

// Runs the normaliser named `rule.normaliser`. Reject = this rule does not
// apply here (try a shorter one); Invalid = an impossible date, skip it.
Normalised normalise(const Rule& rule, const Captures& c, const NormaliseContext& ctx);

// Whether the rules table may name `name` as a normaliser.
bool has_normaliser(const std::string& name);

// Year for a two-digit year: with a reference, the year ending in those
// digits in (reference − 90, reference + 10]; without one, 1950–2049.
int expand_two_digit_year(int yy, std::optional<Date> reference);

}  // namespace claims::time
