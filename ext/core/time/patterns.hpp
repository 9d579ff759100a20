// The rules table (ext/lexicon/timex_rules.txt) and the matcher that runs a
// rule's pattern over tokens. A rule line is
//
//   name | TYPE | normaliser | pattern
//
// and a pattern is a sequence of elements separated by spaces:
//   word        a literal token (lower case), e.g. "ago", ",", "-"
//   a/an/one    alternatives
//   <month>     a word class (see match_class in patterns.cpp)
//   x?          any element followed by '?' is optional
// The matcher fills Captures with what the classes recognised; the
// normaliser named by the rule turns them into a TimeML value.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/time/tokens.hpp"

namespace claims::time {

enum class WordClass {
  Month, Weekday, Day, Year, Num, Unit, PartOfDay, ClockWord, Season, Direction,
  Ordinal, Clock, AmPm, Hour, IsoDate, NumericDate, Decade, Reference, RelativeDay,
  SetWord, Holiday, DecadeWord
};

struct Element {
  bool is_class = false;
  WordClass word_class = WordClass::Num;
  std::vector<std::string> literals;  // alternatives when !is_class
  bool optional = false;
};

struct Rule {
  std::string name, type, normaliser;
  std::vector<Element> pattern;
};

// What a match recognised. -1 / empty = not present.
struct Captures {
  int year = -1, month = -1, day = -1, weekday = -1;
  bool two_digit_year = false;
  bool spelled_year = false;  // "nineteen ninety-one", "two thousand"
  bool thousand_year = false; // "two thousand (and) five": needs a year context
  int hour = -1, minute = -1;
  std::string ampm;          // "am" | "pm"
  long num = -1;             // count; kUnknownCount for "a few", "several"
  std::string unit;          // D W M Y Q DE CE H MIN S WE (or 2W)
  bool unit_plural = false;  // "years": "the coming years" is vague
  std::string part_of_day;   // MO AF EV NI DT
  std::string season;        // SP SU FA WI
  int direction = 0;
  bool has_direction = false;
  int ordinal = -1;
  int decade = -1;           // 199 for "the 1990s"
  int decade_digit = -1;     // 9 for "the nineties" (century settled by the reference)
  std::string holiday;       // "11 4 4" (4th Thursday of November), "12-25", "easter +0"
  std::string reference;     // PRESENT_REF …
  std::string relative_day;  // "-1", "0 NI"
  std::string set_value;     // P1D …
  std::vector<std::string> literals;  // literal words matched, in order
  bool has_literal(const std::string& w) const;
  bool invalid = false;      // a class saw an impossible date ("February 30")
};
inline constexpr long kUnknownCount = -2;

const std::vector<Rule>& rules();

// Tries `rule` at token i; on success returns the token index one past the
// match (> i) and fills `out`, else returns i.
std::size_t match_rule(const Rule& rule, const std::vector<Token>& tokens, std::size_t i, Captures& out);

// A modifier phrase ("late on", "the end of") starting at token i: its
// length in tokens (0 when none) and its TimeML mod.
std::size_t match_modifier(const std::vector<Token>& tokens, std::size_t i, std::string& mod);

}  // namespace claims::time
