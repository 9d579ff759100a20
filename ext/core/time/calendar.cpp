#include "core/time/calendar.hpp"

namespace claims::time::calendar {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

bool is_valid(const Date& d) {
  return d.year >= 1 && d.year <= 9999 && d.day >= 1 && d.day <= days_in_month(d.year, d.month);
}

long to_days(const Date& d) {
  long y = d.year - (d.month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (d.month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + d.day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = int(doy - (153 * mp + 2) / 5 + 1);
  int m = int(mp < 10 ? mp + 3 : mp - 9);
  return Date{int(y + (m <= 2 ? 1 : 0)), m, d};
}

Date add_days(const Date& d, long n) { return from_days(to_days(d) + n); }

Date add_months(const Date& d, int n) {
  long total = long(d.year) * 12 + (d.month - 1) + n;
  int y = int(total / 12), m = int(total % 12) + 1;
  int dim = days_in_month(y, m);
  return Date{y, m, d.day > dim ? dim : d.day};
}

int weekday(const Date& d) {
  long z = to_days(d);  // 1970-01-01 was a Thursday (4)
  long w = (z % 7 + 7 + 3) % 7;  // 0 = Monday
  return int(w) + 1;
}

IsoWeek iso_week(const Date& d) {
  // The ISO week belongs to the year of its Thursday.
  Date thursday = add_days(d, 4 - weekday(d));
  Date jan1{thursday.year, 1, 1};
  long ordinal = to_days(thursday) - to_days(jan1);
  return IsoWeek{thursday.year, int(ordinal / 7) + 1};
}

int iso_weeks_in_year(int year) { return iso_week(Date{year, 12, 28}).week; }

Date monday_of(int iso_year, int week) {
  Date jan4{iso_year, 1, 4};  // always in week 1
  Date week1_monday = add_days(jan4, 1 - weekday(jan4));
  return add_days(week1_monday, long(week - 1) * 7);
}

int quarter_of(int month) { return (month - 1) / 3 + 1; }

std::string pad(int n, int width) {
  std::string s = std::to_string(n < 0 ? -n : n);
  while (int(s.size()) < width) s.insert(s.begin(), '0');
  return n < 0 ? "-" + s : s;
}

std::string week_value(const IsoWeek& w) { return pad(w.year, 4) + "-W" + pad(w.week, 2); }

}  // namespace claims::time::calendar
