// interval_of: the calendar days a TimeML value covers.
//
// Modifiers narrow the interval to a third of it: START = the first third,
// MID = the middle third, END = the last third (a third is rounded up, and
// never less than a day). "early May" = May 1..11, "late August" = Aug
// 21..31, "late 2021" = Sep 1..Dec 31 (122 days, roughly). Other mods
// (APPROX, LESS_THAN...) leave the interval alone.
#include <cctype>

#include "core/time/calendar.hpp"
#include "core/time/timex.hpp"

namespace claims::time {
namespace {

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

int to_int(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

std::optional<Interval> raw_interval(std::string_view v) {
  // Drop a time part: "2021-09-05T21:00" / "2021-09-05TNI" cover that day.
  if (auto t = v.find('T'); t != std::string_view::npos) v = v.substr(0, t);
  if (v.size() == 10 && v[4] == '-' && v[7] == '-') {
    auto d = parse_iso_date(v);
    if (!d) return std::nullopt;
    return Interval{*d, *d, "day"};
  }
  if (v.size() >= 8 && v[4] == '-' && v[5] == 'W' && digits(v.substr(0, 4))) {
    std::string_view w = v.substr(6);
    bool weekend = false;
    if (w.size() > 3 && w.substr(w.size() - 3) == "-WE") {
      w = w.substr(0, w.size() - 3);
      weekend = true;
    }
    if (!digits(w) || w.size() > 2) return std::nullopt;
    int year = to_int(v.substr(0, 4)), week = to_int(w);
    if (week < 1 || week > calendar::iso_weeks_in_year(year)) return std::nullopt;
    Date mon = calendar::monday_of(year, week);
    if (weekend) return Interval{calendar::add_days(mon, 5), calendar::add_days(mon, 6), "weekend"};
    return Interval{mon, calendar::add_days(mon, 6), "week"};
  }
  if (v.size() == 7 && v[4] == '-' && v[5] == 'Q' && digits(v.substr(0, 4)) && v[6] >= '1' && v[6] <= '4') {
    int y = to_int(v.substr(0, 4)), q = v[6] - '0';
    int m = (q - 1) * 3 + 1;
    return Interval{Date{y, m, 1}, Date{y, m + 2, calendar::days_in_month(y, m + 2)}, "quarter"};
  }
  if (v.size() == 7 && v[4] == '-' && digits(v.substr(0, 4)) && digits(v.substr(5))) {
    int y = to_int(v.substr(0, 4)), m = to_int(v.substr(5));
    if (m < 1 || m > 12 || y < 1) return std::nullopt;
    return Interval{Date{y, m, 1}, Date{y, m, calendar::days_in_month(y, m)}, "month"};
  }
  if (v.size() == 4 && digits(v)) {
    int y = to_int(v);
    if (y < 1) return std::nullopt;
    return Interval{Date{y, 1, 1}, Date{y, 12, 31}, "year"};
  }
  if (v.size() == 3 && digits(v)) {
    int y = to_int(v) * 10;
    if (y < 1) return std::nullopt;
    return Interval{Date{y, 1, 1}, Date{y + 9, 12, 31}, "decade"};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Interval> interval_of(std::string_view value, std::string_view mod) {
  auto iv = raw_interval(value);
  if (!iv || (mod != "START" && mod != "MID" && mod != "END")) return iv;
  long first = calendar::to_days(iv->first), last = calendar::to_days(iv->last);
  long n = last - first + 1;
  long third = (n + 2) / 3;
  if (mod == "START") last = first + third - 1;
  else if (mod == "END") first = last - third + 1;
  else {
    long cut = n / 3;
    first += cut;
    last -= cut;
  }
  iv->first = calendar::from_days(first);
  iv->last = calendar::from_days(last);
  return iv;
}

}  // namespace claims::time
