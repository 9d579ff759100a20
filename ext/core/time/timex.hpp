// Temporal expressions: found in text and normalised against a reference
// date (the article's publication date), TimeML/TIMEX3 style.
//
// Pure C++, one pass, no regex on hot paths; rules and word lists are data
// (ext/lexicon/), HeidelTime-style. Offsets are bytes into the text given
// to extract(); the pipeline converts them to code points.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claims::time {

struct Date {
  int year = 0, month = 0, day = 0;
  friend bool operator==(const Date&, const Date&) = default;
};

// "YYYY-MM-DD" (a longer ISO timestamp keeps its date part) if it is a
// real calendar day, else nullopt.
std::optional<Date> parse_iso_date(std::string_view s);
std::string to_iso(const Date& d);

struct Timex {
  std::size_t start = 0;  // bytes, half-open
  std::size_t end = 0;
  std::string text;       // as written
  std::string type;       // DATE | TIME | DURATION | SET
  // TimeML value: 2021-09-05, 2021-09-05T21:00, 2021-W35, 2021-08, 2021,
  // 199 (the 1990s), P2W, PT3H, PRESENT_REF, PAST_REF, FUTURE_REF,
  // XXXX-WXX-5 ("every Friday"), XXXX-09-03 when no year can be inferred.
  std::string value;
  std::string rule;       // name of the rule that resolved it (for auditing)
  std::string mod;        // TimeML mod: START, MID, END, APPROX, ... or ""
};

// All temporal expressions of `text`. With no reference date, relative
// expressions keep an underspecified value (XXXX-..) and rule says so.
std::vector<Timex> extract(std::string_view text, std::optional<Date> reference);

// The calendar days a DATE/TIME value covers, inclusive: "2021-09-05" →
// that day; "2021-W35" → its Monday..Sunday; "2021-08" → Aug 1..31;
// "2021" → the year; "199" → 1990..1999; with mod START/MID/END the
// first/middle/last third of the interval. nullopt for values that are not
// anchored (XXXX-.., PRESENT_REF, durations, sets).
struct Interval {
  Date first, last;
  std::string precision;  // day | week | month | year | decade
};
std::optional<Interval> interval_of(std::string_view value, std::string_view mod = "");

}  // namespace claims::time
