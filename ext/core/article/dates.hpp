// Calendar dates in article text: validating ISO dates and finding written
// dates ("Sep 6, 2021", "Jan. 25, 2013", "6 September 2021", "Saturday,
// 27 April") in one line. Hand-written scanning, linear in the line.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claims::article::dates {

// A date written in a line: [start, end) bytes into that line. year is 0
// when the text gives none ("27 April"): such a date names no day.
struct Found {
  std::size_t start = 0;
  std::size_t end = 0;
  int year = 0;
  int month = 0;
  int day = 0;
  bool weekday = false;  // a weekday name opens the date ("Saturday, 27 April")
};

bool is_real_day(int year, int month, int day);
std::string format_iso(int year, int month, int day);

// 1..12 for a month name or abbreviation ("Sep", "Sept.", "september"), else 0.
int month_number(std::string_view word);
bool is_weekday(std::string_view word);

// All written dates in a line, left to right. ISO dates (2021-09-05) are
// found too. Numeric forms like 9/5/21 are ambiguous and ignored.
std::vector<Found> find_all(std::string_view line);

// The date when the whole line is a date, possibly with a weekday, a time
// of day and a time zone ("Saturday, 27 April", "March 3, 2022 10:15 AM ET").
std::optional<Found> whole_line(std::string_view line);

// A date that opens `s` (after optional spaces, ':' and "on"): used after
// "Posted"/"Updated" keywords.
std::optional<Found> at_start(std::string_view s);

}  // namespace claims::article::dates

namespace claims::article::dates {

// "Posted: Sep 6, 2021 1:30 AM", "Last updated on Sep 05, 2021, 09:47 am".
struct Stamp {
  bool posted = false;     // posted/published; else updated/modified
  std::size_t start = 0;   // where the keyword starts in the searched text
  Found date;              // offsets into the searched text
};

// A stamp opening `s` (keyword first), or, when `anywhere`, the first stamp
// keyword in `s` that a date follows (for the tail of a byline line).
std::optional<Stamp> find_stamp(std::string_view s, bool anywhere);

// A dateline opening a paragraph: "KABUL, Afghanistan (Jan. 25, 2013) ..."
// or "WASHINGTON, March 3, 2022 — ...": a few capitalised place words, then
// a date with a year in parentheses or followed by a dash. `length` covers
// the dateline and the dash/space after it.
struct Dateline {
  Found date;
  std::size_t length = 0;
};
std::optional<Dateline> find_dateline(std::string_view line);

}  // namespace claims::article::dates
