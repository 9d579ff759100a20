// Calendar arithmetic on proleptic Gregorian dates: validity, day counts,
// weekdays, ISO weeks, quarters. Everything the normalisers need, nothing
// that knows about text.
#pragma once

#include <string>

#include "core/time/timex.hpp"

namespace claims::time::calendar {

bool is_leap(int year);
int days_in_month(int year, int month);  // 0 for a month outside 1..12
bool is_valid(const Date& d);

// Days since 1970-01-01 and back (Howard Hinnant's civil algorithms).
long to_days(const Date& d);
Date from_days(long days);
Date add_days(const Date& d, long n);
// Month arithmetic clamps the day to the target month ("Mar 31" - 1 month
// = "Feb 28").
Date add_months(const Date& d, int n);

// ISO weekday: Monday = 1 .. Sunday = 7.
int weekday(const Date& d);

struct IsoWeek {
  int year = 0, week = 0;
};
IsoWeek iso_week(const Date& d);
int iso_weeks_in_year(int year);        // 52 or 53
Date monday_of(int iso_year, int week);  // Monday of an ISO week

int quarter_of(int month);  // 1..4

// Zero-padded pieces of TimeML values.
std::string pad(int n, int width);
std::string week_value(const IsoWeek& w);  // "2021-W35"

}  // namespace claims::time::calendar
