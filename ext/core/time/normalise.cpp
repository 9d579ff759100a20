#include "core/time/normalise.hpp"

#include <cctype>
#include <cstdlib>
#include <functional>
#include <map>
#include <unordered_set>

#include "core/time/calendar.hpp"
#include "core/time/tense.hpp"
#include "core/time/vocabulary.hpp"

namespace claims::time {
namespace {

using calendar::pad;
using Status = Normalised::Status;

Normalised ok(std::string value, std::string type = {}) {
  return Normalised{Status::Ok, std::move(value), std::move(type), true};
}
Normalised unanchored(std::string value, std::string type = {}) {
  return Normalised{Status::Ok, std::move(value), std::move(type), false};
}
Normalised reject() { return Normalised{Status::Reject, {}, {}, true}; }
Normalised invalid() { return Normalised{Status::Invalid, {}, {}, true}; }

std::string day_value(const Date& d) { return pad(d.year, 4) + "-" + pad(d.month, 2) + "-" + pad(d.day, 2); }
std::string month_value(int y, int m) { return pad(y, 4) + "-" + pad(m, 2); }
std::string clock_value(int h, int m) {
  // Appended piecewise: GCC 12 warns (-Wrestrict, falsely) on "T" + a + ":" + b.
  std::string v = "T";
  v += pad(h, 2);
  v += ':';
  v += pad(m, 2);
  return v;
}

Tense tense_of(const NormaliseContext& ctx) { return tense_around(ctx.tokens, ctx.first, ctx.last); }

// The date that "two days later", "that day" count from.
std::optional<Date> anchor_of(const NormaliseContext& ctx) {
  return ctx.state.last_day ? ctx.state.last_day : ctx.reference;
}

// Month index (year*12 + month-1) of an underspecified month, by tense:
// past → the latest on or before the reference month, future → the
// earliest on or after it, none → the nearest one.
long place_month(int month, const Date& ref, Tense tense) {
  long r = long(ref.year) * 12 + ref.month - 1;
  long same = long(ref.year) * 12 + month - 1;
  long before = same <= r ? same : same - 12;
  long after = same >= r ? same : same + 12;
  if (tense == Tense::Past) return before;
  if (tense == Tense::Future) return after;
  return (r - before) <= (after - r) ? before : after;
}

int year_of(const Captures& c, std::optional<Date> ref) {
  return c.two_digit_year ? expand_two_digit_year(c.year, ref) : c.year;
}

// --- absolute dates ----------------------------------------------------------

Normalised n_date(const Captures& c, const NormaliseContext& ctx) {
  if (c.invalid) return invalid();
  int y = year_of(c, ctx.reference);
  if (c.day < 0) return ok(month_value(y, c.month));
  Date d{y, c.month, c.day};
  if (!calendar::is_valid(d)) return invalid();
  std::string v = day_value(d);
  if (c.hour >= 0) return ok(v + clock_value(c.hour, c.minute), "TIME");
  return ok(v);
}

// "July last year", "Oct. 23 next year": the month (and day) in the year the
// direction names, counted from the reference year.
Normalised n_relative_year(const Captures& c, const NormaliseContext& ctx) {
  if (c.invalid) return invalid();
  if (!ctx.reference) return unanchored("XXXX-" + pad(c.month, 2) + (c.day > 0 ? "-" + pad(c.day, 2) : ""));
  int y = ctx.reference->year + c.direction;
  if (c.day < 0) return ok(month_value(y, c.month));
  Date d{y, c.month, c.day};
  if (!calendar::is_valid(d)) return invalid();
  return ok(day_value(d));
}

Normalised n_month_day(const Captures& c, const NormaliseContext& ctx) {
  // Impossible in every year ("April 31", "February 30"): skip.
  if (c.day > calendar::days_in_month(2000, c.month)) return invalid();
  if (!ctx.reference) return unanchored("XXXX-" + pad(c.month, 2) + "-" + pad(c.day, 2));
  const Date& ref = *ctx.reference;
  // "Saturday, 27 April": the weekday names the year — the nearest year
  // (up to ten back, one ahead) in which that day is that weekday.
  if (c.weekday > 0) {
    std::optional<Date> match;
    long r = calendar::to_days(ref), match_dist = 0;
    for (int y = ref.year - 10; y <= ref.year + 1; ++y) {
      Date d{y, c.month, c.day};
      if (!calendar::is_valid(d) || calendar::weekday(d) != c.weekday) continue;
      long dist = std::labs(calendar::to_days(d) - r);
      if (!match || dist < match_dist) match = d, match_dist = dist;
    }
    if (match) return ok(day_value(*match));
  }
  // "last Oct. 23": the latest such day before the reference; "next
  // Jan. 5" the earliest after it; "this May 3" this year's.
  if (c.has_direction) {
    for (int k = 0; k <= 4; ++k) {
      int y = c.direction < 0 ? ref.year - k : c.direction > 0 ? ref.year + k : ref.year;
      Date d{y, c.month, c.day};
      if (!calendar::is_valid(d)) continue;
      long diff = calendar::to_days(d) - calendar::to_days(ref);
      if ((c.direction < 0 && diff >= 0) || (c.direction > 0 && diff <= 0)) continue;
      return ok(day_value(d));
    }
    return invalid();
  }
  Tense tense = tense_of(ctx);
  // Candidates in the previous, current and next year: the nearest, unless
  // the tense points the other way and the nearest is more than two months
  // off ("set a record on Aug. 6" in February = last August; but "must be
  // returned by Jan. 14" a week before = this January). On TimeML dev data
  // the nearest date alone is right for 94% of such mentions.
  std::optional<Date> best, best_in_tense;
  long r = calendar::to_days(ref), best_dist = 0, tense_dist = 0;
  for (int y = ref.year - 1; y <= ref.year + 1; ++y) {
    Date d{y, c.month, c.day};
    if (!calendar::is_valid(d)) continue;  // Feb 29 outside leap years
    long diff = calendar::to_days(d) - r;
    long dist = std::labs(diff);
    if (!best || dist < best_dist) best = d, best_dist = dist;
    bool fits = !(tense == Tense::Past && diff > 0) && !(tense == Tense::Future && diff < 0);
    if (fits && (!best_in_tense || dist < tense_dist)) best_in_tense = d, tense_dist = dist;
  }
  if (!best) return invalid();
  constexpr long kTenseOverrideDays = 60;
  if (best_in_tense && best_dist > kTenseOverrideDays) best = best_in_tense;
  return ok(day_value(*best));
}

Normalised n_month(const Captures& c, const NormaliseContext& ctx) {
  if (!ctx.reference) return unanchored("XXXX-" + pad(c.month, 2));
  const Date& ref = *ctx.reference;
  long idx;
  if (c.has_direction) {
    long r = long(ref.year) * 12 + ref.month - 1;
    long same = long(ref.year) * 12 + c.month - 1;
    if (c.direction < 0) idx = same < r ? same : same - 12;        // "last May"
    else if (c.direction > 0) idx = same > r ? same : same + 12;   // "next May"
    else idx = same;                                               // "this May"
  } else {
    Tense tense = tense_of(ctx);
    idx = place_month(c.month, ref, tense);
    long r = long(ref.year) * 12 + ref.month - 1;
    // A past verb rarely governs the coming month ("guidelines to be
    // published in early November", written in late October): a month
    // almost a year back is less likely than the next one.
    if (tense == Tense::Past && idx == r - 11) idx = r + 1;
  }
  return ok(month_value(int(idx / 12), int(idx % 12) + 1));
}

bool is_one_of(const std::string& w, std::initializer_list<const char*> words) {
  for (auto* x : words)
    if (w == x) return true;
  return false;
}

// "from 1991 to 1997", "in 1980 to more than 300,000": after a year
// preposition, "to" opens the other end of a range of years or the rest of
// a change ("rose from 2 in 1980 to 5"). A range opened by "from" or
// "between" is one of years only when its other end is a year-like number
// that counts nothing ("from 1500 to 2000 fighters" is a count).
bool year_range_to(const NormaliseContext& ctx, const std::string& prev, bool year_preposition) {
  const auto& t = ctx.tokens;
  if (!year_preposition) return false;
  std::size_t k = ctx.last + 1;
  bool range = prev == "from" || prev == "between";
  if (k >= t.size() || !t[k].is_number()) return !range;
  if (t[k].lower.size() != 4) return !range;
  if (k + 1 < t.size()) {
    const auto& after = t[k + 1];
    if (is_one_of(after.lower, {"%", "percent", "people", "troops", "times", "dollars", "euros", "tons", "tonnes"}))
      return false;
    if (after.is_word() && !after.capitalised && after.lower.size() > 3 && after.lower.back() == 's' &&
        !is_one_of(after.lower, {"was", "has", "this", "its", "his", "as", "is"}))
      return false;  // "from 1500 to 2000 fighters"
  }
  return true;
}

// A bare four-digit number is a year only when nothing says it is a count:
// "in 1998" yes; "1500 fighters", "about 2000", "2000 percent" no.
bool looks_like_count(const NormaliseContext& ctx, int year) {
  const auto& t = ctx.tokens;
  std::string prev = ctx.first > 0 ? t[ctx.first - 1].lower : "";
  bool year_preposition = is_one_of(prev, {"in", "since", "by", "from", "until", "till", "of", "during", "before",
                                           "after", "through", "to", "between", "year", "early", "late",
                                           "mid", "fiscal", "circa", "the", "summer", "spring", "autumn",
                                           "winter", "fall", "end"}) ||
                          (prev == "-" && ctx.first >= 2 && is_one_of(t[ctx.first - 2].lower, {"post", "pre"}));
  if (year < 1900 && !year_preposition) return true;
  if (is_one_of(prev, {"$", "#", "no", "number", "about", "some", "nearly", "over", "than", "least",
                       "approximately", "roughly", "almost", "another", "additional", "only", "just", "all", "those",
                       "these", "were", "are", "with", "x", "n", "page", "route", "flight", "room"}))
    return true;
  if (ctx.last < t.size()) {
    const Token& next = t[ctx.last];
    if (is_one_of(next.lower, {"%", "percent", "per", "people", "troops", "times", "km", "kilometers",
                               "kilometres", "miles", "meters", "metres", "feet", "dollars", "euros", "tons",
                               "tonnes", "acres", "hectares", "x"}))
      return true;
    if (next.lower == "to" && !year_range_to(ctx, prev, year_preposition)) return true;  // "1500 to 2000 fighters"
    // "2000 fighters": a plural noun right after the number.
    static const std::unordered_set<std::string> not_plurals = {
        "was", "has", "this", "thus", "its", "his", "hers", "as", "is", "unless", "whereas", "plus", "always",
        "towards", "afterwards", "across", "versus", "perhaps", "news", "elections", "games", "olympics",
        "series", "yes", "does", "less", "ends"};
    const auto& w = next.lower;
    if (!year_preposition && next.is_word() && !next.capitalised && w.size() > 3 && w.back() == 's' &&
        w[w.size() - 2] != 's' && !not_plurals.count(w))
      return true;
  }
  return false;
}

Normalised n_year(const Captures& c, const NormaliseContext& ctx) {
  int y = year_of(c, ctx.reference);
  if (y < 1000 || y > 2999) return reject();
  bool year_word = c.has_literal("year");  // "the year two thousand"
  // "two thousand" is a count unless a year is expected around it.
  if (c.thousand_year && !year_word) {
    std::string prev = ctx.first > 0 ? ctx.tokens[ctx.first - 1].lower : "";
    if (!is_one_of(prev, {"in", "since", "by", "until", "till", "of", "during", "before", "after", "through"}))
      return reject();
  }
  if (!c.two_digit_year && !c.has_literal("fiscal") && !year_word && looks_like_count(ctx, y)) return reject();
  return ok(pad(y, 4));
}

Normalised n_iso(const Captures& c, const NormaliseContext&) {
  if (c.invalid) return invalid();
  Date d{c.year, c.month, c.day};
  if (c.hour >= 0) return ok(day_value(d) + clock_value(c.hour, c.minute), "TIME");
  return ok(day_value(d));
}

Normalised n_numeric_date(const Captures& c, const NormaliseContext& ctx) {
  if (c.invalid) return invalid();
  Date d{year_of(c, ctx.reference), c.month, c.day};
  if (!calendar::is_valid(d)) return invalid();
  return ok(day_value(d));
}

Normalised n_decade(const Captures& c, const NormaliseContext& ctx) {
  if (c.decade_digit >= 0) {
    // "the nineties": the latest such decade that has begun by the reference.
    int ref_year = ctx.reference ? ctx.reference->year : 1999;
    int century = ref_year / 100;
    if (c.decade_digit * 10 > ref_year % 100) --century;
    return ok(std::to_string(century * 10 + c.decade_digit));
  }
  return ok(std::to_string(c.decade));
}

// "the 20th century" = 19 (the years 1900-1999), TimeML's two-digit form.
Normalised n_century(const Captures& c, const NormaliseContext&) {
  if (c.ordinal < 1 || c.ordinal > 30) return reject();
  return ok(pad(c.ordinal - 1, 2));
}

// --- seasons, quarters, halves -------------------------------------------------

int season_index(const std::string& s) {
  if (s == "SP") return 0;
  if (s == "SU") return 1;
  if (s == "FA") return 2;
  return 3;  // WI
}
int season_of_month(int m) { return m == 12 || m <= 2 ? 3 : (m - 3) / 3; }

Normalised n_season(const Captures& c, const NormaliseContext& ctx) {
  if (c.year >= 0) return ok(pad(year_of(c, ctx.reference), 4) + "-" + c.season);
  if (!ctx.reference) return unanchored("XXXX-" + c.season);
  const Date& ref = *ctx.reference;
  int want = season_index(c.season);
  // In January and February the winter under way began last year: this
  // year's spring, summer and fall are all still ahead ("last fall" in
  // February is the previous year's, "in the spring" this year's). A
  // winter keeps the reference's year as its label.
  int now = ref.month <= 2 && want != season_index("WI") ? -1 : season_of_month(ref.month);
  int year = ref.year;
  int step = c.has_direction ? c.direction : 0;
  if (!c.has_direction) {
    Tense t = tense_of(ctx);
    step = t == Tense::Past ? (want > now ? -1 : 0) : t == Tense::Future ? (want < now ? 1 : 0) : 0;
    return ok(pad(year + step, 4) + "-" + c.season);
  }
  if (step < 0) year -= want >= now ? 1 : 0;
  else if (step > 0) year += want <= now ? 1 : 0;
  return ok(pad(year, 4) + "-" + c.season);
}

// Whether the expression itself contains the word w.
bool span_has(const NormaliseContext& ctx, const char* w) {
  for (std::size_t i = ctx.first; i < ctx.last && i < ctx.tokens.size(); ++i)
    if (ctx.tokens[i].lower == w) return true;
  return false;
}

// Whether the sentence around the expression speaks of a number of months
// ("the nine months", "the first six months").
bool sentence_counts_months(const NormaliseContext& ctx) {
  const auto& t = ctx.tokens;
  std::size_t from = ctx.first;
  while (from > 0 && !is_sentence_break(t, from)) --from;
  for (std::size_t i = from; i < t.size(); ++i) {
    if (i > ctx.last && is_sentence_break(t, i)) break;
    if (i > 0 && t[i].lower == "months" &&
        (t[i - 1].is_number() || is_one_of(t[i - 1].lower, {"three", "six", "nine", "twelve"})))
      return true;
  }
  return false;
}

bool quarter_context(const NormaliseContext& ctx) {
  const auto& v = ctx.state.topic_quarter;
  return v.size() == 7 && v[4] == '-' && v[5] == 'Q';
}

// "the 1988 period" in an earnings report: that year's instance of the
// quarter the report is about; otherwise just the year.
Normalised n_year_period(const Captures& c, const NormaliseContext& ctx) {
  int y = year_of(c, ctx.reference);
  if (quarter_context(ctx)) return ok(pad(y, 4) + ctx.state.topic_quarter.substr(4));
  if (c.has_literal("quarter")) return reject();
  return ok(pad(y, 4));
}

// "the quarter ended Sept. 30", "the quarter ending July 31": the calendar
// quarter that holds most of the three months up to that day (a fiscal
// quarter ended July 31 is mostly May–June: the second), in the year of that
// day — this year unless the day is months ahead of the reference. "" when
// no such date follows.
std::string quarter_ended(const NormaliseContext& ctx) {
  const auto& t = ctx.tokens;
  std::size_t k = ctx.last;
  if (!ctx.reference || k >= t.size() || !is_one_of(t[k].lower, {"ended", "ending"})) return {};
  ++k;
  if (k >= t.size() || !t[k].capitalised) return {};
  auto m = vocabulary().months.find(t[k].lower);
  if (m == vocabulary().months.end()) return {};
  ++k;
  if (k < t.size() && t[k].lower == ".") ++k;
  if (k >= t.size() || !t[k].is_number() || t[k].lower.size() > 2) return {};
  int month = m->second, day = std::atoi(t[k].lower.c_str());
  if (day < 1 || day > 31) return {};
  int year = ctx.reference->year;
  if (month > ctx.reference->month + 3) --year;
  int middle = month - (day >= 15 ? 1 : 2);  // the middle month of the three
  if (middle < 1) middle += 12, --year;
  return pad(year, 4) + "-Q" + std::to_string(calendar::quarter_of(middle));
}

// The year of "the quarter ended <day>" earlier in the expression's
// sentence when that calendar quarter is not the fiscal one the report is
// about (written YYYY-QX); "" otherwise.
std::string open_quarter_in_sentence(const NormaliseContext& ctx) {
  const auto& t = ctx.tokens;
  for (std::size_t i = ctx.first; i-- > 0;) {
    if (is_sentence_break(t, i + 1) && !t[i + 1].is_number()) break;  // "Sept. 30" goes on
    if (t[i].lower != "quarter" || i + 1 >= t.size()) continue;
    NormaliseContext at{ctx.reference, t, i, i + 1, ctx.state};
    auto ended = quarter_ended(at);
    if (!ended.empty() && ended != ctx.state.topic_quarter) return ended.substr(0, 4) + "-QX";
  }
  return {};
}

// "the quarter" in a news report is the last completed one (earnings season).
Normalised n_quarter(const Captures& c, const NormaliseContext& ctx) {
  if (c.ordinal > 4) return reject();
  if (c.year >= 0) return ok(pad(year_of(c, ctx.reference), 4) + "-Q" + std::to_string(c.ordinal));
  if (!ctx.reference) return unanchored(c.ordinal > 0 ? "XXXX-Q" + std::to_string(c.ordinal) : "XXXX-QX");
  const Date& ref = *ctx.reference;
  int q = calendar::quarter_of(ref.month), y = ref.year;
  // "next year's first quarter"; "last year's quarter" in a report is its
  // quarter a year back.
  if (c.has_literal("year") && c.has_direction) {
    if (c.ordinal > 0) return ok(pad(y + c.direction, 4) + "-Q" + std::to_string(c.ordinal));
    if (!quarter_context(ctx)) return reject();
    int topic_year = std::atoi(ctx.state.topic_quarter.substr(0, 4).c_str());
    return ok(pad(topic_year + c.direction, 4) + ctx.state.topic_quarter.substr(4));
  }
  if (c.ordinal > 0) {
    if (tense_of(ctx) == Tense::Past && c.ordinal > q) --y;
    if (c.has_literal("ago") || c.has_literal("earlier")) --y;  // "the year-ago third quarter"
    return ok(pad(y, 4) + "-Q" + std::to_string(c.ordinal));
  }
  // "the quarter", "the latest quarter", "this quarter" in a report that
  // has named its quarter: that one. "The current quarter" is the one in
  // progress at the reference date, whatever the report is about.
  if ((!c.has_direction || c.direction == 0) && !c.has_literal("latest") && !c.has_literal("recent") &&
      !span_has(ctx, "current") && quarter_context(ctx)) {
    // "the quarter ended Sept. 30" in a report on a fiscal quarter that is
    // not that calendar quarter (a fiscal second quarter ending in
    // September): which quarter of the year it is cannot be written, so
    // TimeML leaves it open (YYYY-QX).
    auto ended = quarter_ended(ctx);
    if (!ended.empty() && ended != ctx.state.topic_quarter) return ok(ended.substr(0, 4) + "-QX");
    return ok(ctx.state.topic_quarter);
  }
  // A report that has not named its quarter may date it by its last day.
  if (!c.has_direction)
    if (auto ended = quarter_ended(ctx); !ended.empty()) return ok(ended);
  int step = c.has_direction ? c.direction : -1;  // "the latest quarter"
  if (c.has_direction && c.direction == 0) step = 0;
  long idx = long(y) * 4 + (q - 1) + step;
  return ok(pad(int(idx / 4), 4) + "-Q" + std::to_string(idx % 4 + 1));
}

// "the latest period" in an earnings report is the quarter it reports on;
// elsewhere "period" says nothing about which time is meant.
Normalised n_latest_period(const Captures&, const NormaliseContext& ctx) {
  if (!quarter_context(ctx)) return reject();
  return ok(ctx.state.topic_quarter);
}

Normalised n_half(const Captures& c, const NormaliseContext& ctx) {
  int half = c.has_literal("last") || c.has_literal("latter") ? 2 : c.ordinal;
  if (half < 1 || half > 2) return reject();
  std::string h = "-H" + std::to_string(half);
  if (c.year >= 0) return ok(pad(year_of(c, ctx.reference), 4) + h);
  if (!ctx.reference) return unanchored("XXXX" + h);
  return ok(pad(ctx.reference->year, 4) + h);
}

// --- weekdays and days -----------------------------------------------------------

// "Friday night" = 2021-09-03TNI, as the TimeML guidelines write it. On
// the TimeML dev data TimeBank follows this for every part-of-day mention
// (13 of 13); AQUAINT is split (11 with the part, 12 plain, plus a few
// whose span stops at the weekday), so the guideline form is kept.
Normalised with_part_of_day(const Date& d, const std::string& part) {
  if (part.empty()) return ok(day_value(d), "DATE");
  return ok(day_value(d) + "T" + part, "TIME");
}

bool anaphoric_direction(const NormaliseContext& ctx);

// HeidelTime's news rule: past tense → the latest such weekday on or before
// the reference; future → the earliest on or after it; otherwise the
// nearest. "last Friday" / "next Friday" exclude the reference day itself.
Normalised n_weekday(const Captures& c, const NormaliseContext& ctx) {
  if (!ctx.reference) {
    std::string v = "XXXX-WXX-" + std::to_string(c.weekday);
    return unanchored(c.part_of_day.empty() ? v : v + "T" + c.part_of_day, c.part_of_day.empty() ? "" : "TIME");
  }
  // "the previous Friday", "the following Monday" count from the day the
  // text last named; "last Friday" from the article's date.
  Date ref = *ctx.reference;
  if (c.has_direction && c.direction != 0 && anaphoric_direction(ctx) && ctx.state.last_day)
    ref = *ctx.state.last_day;
  int diff = c.weekday - calendar::weekday(ref);  // -6..6
  int back = diff > 0 ? diff - 7 : diff;          // -6..0
  int ahead = diff < 0 ? diff + 7 : diff;         // 0..6
  int offset;
  if (c.has_direction && c.direction < 0) offset = back == 0 ? -7 : back;
  else if (c.has_direction && c.direction > 0) offset = ahead == 0 ? 7 : ahead;
  else {
    Tense t = tense_of(ctx);
    if (t == Tense::Past) offset = back;
    else if (t == Tense::Future) offset = ahead;
    // No tense: news reports mostly look back, so the past one unless the
    // coming one is at most a day away.
    else offset = ahead <= 1 && ahead < -back ? ahead : back;
  }
  // "on Friday night", "until Tuesday morning": after a preposition the
  // phrase names the day something happened or is due, and TimeBank and
  // AQUAINT write that day alone (8 of 9 such mentions on the dev data);
  // "Friday night" standing alone keeps its part of day.
  std::string part = c.part_of_day;
  if (ctx.first > 0 && vocabulary().day_prepositions.count(ctx.tokens[ctx.first - 1].lower)) part.clear();
  return with_part_of_day(calendar::add_days(ref, offset), part);
}

// "USA Today", "VOA Today": a capitalised day word right after a name,
// inside a sentence, is part of the name.
bool part_of_name(const NormaliseContext& ctx) {
  const auto& t = ctx.tokens;
  std::size_t i = ctx.first;
  if (ctx.last != i + 1 || !t[i].capitalised || i == 0) return false;
  const Token& p = t[i - 1];
  return p.is_word() && p.capitalised && !t[i].newline_before && !is_sentence_break(t, i);
}

Normalised n_relative_day(const Captures& c, const NormaliseContext& ctx) {
  if (part_of_name(ctx)) return reject();
  // "tonight" = "0 NI": an offset and an optional part of day.
  int offset = std::atoi(c.relative_day.c_str());
  std::string part = c.part_of_day;
  if (auto sp = c.relative_day.find(' '); sp != std::string::npos && part.empty()) part = c.relative_day.substr(sp + 1);
  if (!ctx.reference) {
    std::string v = offset == 0 ? "PRESENT_REF" : "XXXX-XX-XX";
    return unanchored(part.empty() || offset == 0 ? v : v + "T" + part, part.empty() ? "" : "TIME");
  }
  return with_part_of_day(calendar::add_days(*ctx.reference, offset), part);
}

// "this morning" is the reference day; "last night" the night before it
// (HeidelTime: the day before, TNI), but "the last night of the talks" is
// an ordinal, not a date.
Normalised n_part_of_day(const Captures& c, const NormaliseContext& ctx) {
  bool before = c.has_literal("last");
  if (before && ctx.first > 0 &&
      is_one_of(ctx.tokens[ctx.first - 1].lower, {"the", "his", "her", "their", "its", "our", "my", "every", "each"}))
    return reject();
  if (!ctx.reference) return unanchored("XXXX-XX-XXT" + c.part_of_day, "TIME");
  return with_part_of_day(before ? calendar::add_days(*ctx.reference, -1) : *ctx.reference, c.part_of_day);
}

Normalised n_same_day(const Captures&, const NormaliseContext& ctx) {
  auto a = anchor_of(ctx);
  if (!a) return unanchored("XXXX-XX-XX");
  return ok(day_value(*a));
}

// "in the morning", "by mid afternoon": that part of the day last named, or
// of the reference day. Only after a preposition of time, and not when the
// phrase goes on to name its day ("the night of Oct. 23", "the morning
// after"); "the evening news" is not a time.
Normalised n_the_part_of_day(const Captures& c, const NormaliseContext& ctx) {
  const auto& t = ctx.tokens;
  std::size_t k = ctx.first;
  if (k > 0 && is_one_of(t[k - 1].lower, {"mid", "early", "late"})) --k;  // the modifier, read by the engine
  else if (t[k].lower != "the") return reject();
  if (k == 0 || !is_one_of(t[k - 1].lower, {"in", "during", "by", "until", "till", "through", "throughout", "since"}))
    return reject();
  // "at 4 in the morning" is a clock time, not the morning as a whole
  if (k >= 2 && t[k - 2].is_number()) return reject();
  if (ctx.last < t.size() && (t[ctx.last].is_word() || t[ctx.last].lower == "'" || t[ctx.last].lower == "-") &&
      !is_one_of(t[ctx.last].lower, {"and", "or", "but", "to", "while", "as", "he", "she", "they", "we", "it", "i"}))
    return reject();
  auto a = anchor_of(ctx);
  if (!a) return unanchored("XXXX-XX-XXT" + c.part_of_day, "TIME");
  return with_part_of_day(*a, c.part_of_day);
}

// "Today is the eighth day of the strike", "It's the second day of the
// offensive": a present-tense count of days names the reference day. In the
// past tense or without the copula it is relative to an unknown start.
Normalised n_ordinal_day_now(const Captures&, const NormaliseContext& ctx) {
  const auto& t = ctx.tokens;
  std::size_t k = ctx.first;
  if (k == 0) return reject();
  bool is = t[k - 1].lower == "is" || (t[k - 1].lower == "s" && k >= 2 && t[k - 2].lower == "'");
  if (!is || ctx.last >= t.size() || t[ctx.last].lower != "of") return reject();
  if (!ctx.reference) return unanchored("XXXX-XX-XX");
  return ok(day_value(*ctx.reference));
}

Normalised shift_anchor_days(const NormaliseContext& ctx, int days) {
  auto a = anchor_of(ctx);
  if (!a) return unanchored("XXXX-XX-XX");
  return ok(day_value(calendar::add_days(*a, days)));
}

Normalised n_next_day(const Captures&, const NormaliseContext& ctx) { return shift_anchor_days(ctx, 1); }
// "the day before" ends a phrase ("Talks had failed the day before."); with
// words after it, "before" opens a clause or noun phrase ("Nov. 3, the day
// before authorities issued a warrant", "the day before the crash"): the
// day of that event, not the day before the anchor.
Normalised n_previous_day(const Captures& c, const NormaliseContext& ctx) {
  if (c.has_literal("before") && ctx.last < ctx.tokens.size() && ctx.tokens[ctx.last].is_word() &&
      !ctx.tokens[ctx.last].newline_before)
    return reject();
  return shift_anchor_days(ctx, -1);
}

std::string weekend_value(const Date& d) { return calendar::week_value(calendar::iso_week(d)) + "-WE"; }

Normalised n_weekend(const Captures& c, const NormaliseContext& ctx) {
  if (!ctx.reference) return unanchored("XXXX-WXX-WE");
  const Date& ref = *ctx.reference;
  int step = c.has_direction ? c.direction : 0;
  if (!c.has_direction && tense_of(ctx) == Tense::Past && calendar::weekday(ref) < 6) step = -1;
  return ok(weekend_value(calendar::add_days(ref, 7L * step)));
}


// --- named days ------------------------------------------------------------------

// Western Easter Sunday (the anonymous Gregorian algorithm).
Date easter_of(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return Date{y, month, day};
}

// The date of a holiday rule (time_holidays.txt) in year y.
std::optional<Date> holiday_in(const std::string& rule, int y) {
  std::vector<std::string> f;
  std::string cur;
  for (char ch : rule) {
    if (ch == ' ') {
      if (!cur.empty()) f.push_back(cur);
      cur.clear();
    } else {
      cur += ch;
    }
  }
  if (!cur.empty()) f.push_back(cur);
  if (f.empty()) return std::nullopt;
  if (f[0] == "easter") {
    long k = f.size() > 1 ? std::atol(f[1].c_str()) : 0;
    return calendar::add_days(easter_of(y), k);
  }
  if (f.size() == 1 && f[0].size() == 5 && f[0][2] == '-') {
    Date d{y, std::atoi(f[0].substr(0, 2).c_str()), std::atoi(f[0].substr(3, 2).c_str())};
    if (!calendar::is_valid(d)) return std::nullopt;
    return d;
  }
  if (f.size() < 3) return std::nullopt;
  int month = std::atoi(f[0].c_str()), n = std::atoi(f[1].c_str()), wd = std::atoi(f[2].c_str());
  if (month < 1 || month > 12 || wd < 1 || wd > 7 || n == 0 || n > 5) return std::nullopt;
  Date d;
  if (n > 0) {
    Date first{y, month, 1};
    int shift = (wd - calendar::weekday(first) + 7) % 7;
    d = calendar::add_days(first, shift + 7L * (n - 1));
  } else {
    Date last{y, month, calendar::days_in_month(y, month)};
    int shift = (calendar::weekday(last) - wd + 7) % 7;
    d = calendar::add_days(last, -shift);
  }
  if (d.month != month) return std::nullopt;
  if (f.size() > 3) d = calendar::add_days(d, std::atol(f[3].c_str()));
  return d;
}

// Which year's holiday: the stated year; "last"/"next" = the latest before /
// earliest after the reference; otherwise as for "September 3" (the nearest,
// the tense deciding when it is more than two months away).
std::optional<Date> place_holiday(const Captures& c, const NormaliseContext& ctx) {
  if (c.year >= 0) return holiday_in(c.holiday, year_of(c, ctx.reference));
  if (!ctx.reference) return std::nullopt;
  const Date& ref = *ctx.reference;
  long r = calendar::to_days(ref);
  std::optional<Date> best, best_in_tense;
  long best_dist = 0, tense_dist = 0;
  Tense tense = c.has_direction ? Tense::None : tense_of(ctx);
  for (int y = ref.year - 1; y <= ref.year + 1; ++y) {
    auto d = holiday_in(c.holiday, y);
    if (!d) continue;
    long diff = calendar::to_days(*d) - r;
    if (c.has_direction) {
      if (c.direction == 0 && y == ref.year) return d;
      if (c.direction < 0 && diff < 0 && (!best || diff > best_dist)) best = d, best_dist = diff;
      if (c.direction > 0 && diff > 0 && (!best || diff < best_dist)) best = d, best_dist = diff;
      continue;
    }
    long dist = std::labs(diff);
    if (!best || dist < best_dist) best = d, best_dist = dist;
    bool fits = !(tense == Tense::Past && diff > 0) && !(tense == Tense::Future && diff < 0);
    if (fits && (!best_in_tense || dist < tense_dist)) best_in_tense = d, tense_dist = dist;
  }
  if (!c.has_direction && best_in_tense && best_dist > 60) best = best_in_tense;
  return best;
}

Normalised n_holiday(const Captures& c, const NormaliseContext& ctx) {
  auto d = place_holiday(c, ctx);
  if (!d) {
    if (!ctx.reference && c.year < 0) return unanchored("XXXX-XX-XX");
    return reject();
  }
  if (c.literals.size() && c.literals.back() == "week")  // "Easter week"
    return ok(calendar::week_value(calendar::iso_week(*d)));
  return ok(day_value(*d));
}

// --- units counted from the reference ------------------------------------------

// The reference moved by n units, written at the unit's granularity.
std::optional<std::string> shifted(const Date& ref, long n, const std::string& unit) {
  if (unit == "D") return day_value(calendar::add_days(ref, n));
  if (unit == "W") return calendar::week_value(calendar::iso_week(calendar::add_days(ref, 7 * n)));
  if (unit == "2W") return calendar::week_value(calendar::iso_week(calendar::add_days(ref, 14 * n)));
  if (unit == "WE") return weekend_value(calendar::add_days(ref, 7 * n));
  if (unit == "M") {
    Date d = calendar::add_months(ref, int(n));
    return month_value(d.year, d.month);
  }
  if (unit == "Q") {
    long idx = long(ref.year) * 4 + calendar::quarter_of(ref.month) - 1 + n;
    return pad(int(idx / 4), 4) + "-Q" + std::to_string(idx % 4 + 1);
  }
  if (unit == "Y") return pad(int(ref.year + n), 4);
  if (unit == "DE") return std::to_string((ref.year + 10 * n) / 10);
  if (unit == "CE") return std::to_string((ref.year + 100 * n) / 100);
  return std::nullopt;  // hours, minutes: "last hour" is not a calendar date
}

// The last date the document named, as precise as the unit needs ("1995"
// is enough for "the following year", not for "the following month").
std::optional<Date> last_mentioned(const NormaliseContext& ctx, const std::string& unit) {
  const std::string& v = ctx.state.last_value;
  auto digits = [&](std::size_t pos, std::size_t n) {
    if (v.size() < pos + n) return -1;
    int x = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(v[i]))) return -1;
      x = x * 10 + (v[i] - '0');
    }
    return x;
  };
  int y = digits(0, 4);
  if (y < 0 || (v.size() > 4 && v[4] != '-')) return std::nullopt;
  if (unit == "Y" || unit == "DE" || unit == "CE") return Date{y, 1, 1};
  int m = v.size() >= 7 ? digits(5, 2) : -1;
  if (m < 1 || m > 12) return std::nullopt;
  if (unit == "M" || unit == "Q") return Date{y, m, 1};
  if (auto d = parse_iso_date(v)) return d;
  return std::nullopt;
}

bool anaphoric_direction(const NormaliseContext& ctx) {
  for (std::size_t i = ctx.first; i < ctx.last && i < ctx.tokens.size(); ++i)
    if (is_one_of(ctx.tokens[i].lower, {"following", "previous", "preceding"})) return true;
  return false;
}

// "that year", "later that day", "that quarter": the unit of the date the
// text last named, when it is precise enough; else not a date we can tell.
Normalised n_that_unit(const Captures& c, const NormaliseContext& ctx) {
  if (c.unit_plural) return reject();
  const std::string& last = ctx.state.last_value;
  if (c.unit == "Q" && last.size() == 7 && last[4] == '-' && last[5] == 'Q' && last[6] >= '1' && last[6] <= '4')
    return ok(last);  // "the second quarter of 1988 ... that quarter"
  auto a = last_mentioned(ctx, c.unit);
  if (!a) return reject();
  auto v = shifted(*a, 0, c.unit);
  if (!v) return reject();
  return ok(*v);
}

// "This Week", "Next Year" capitalised inside a sentence name a programme
// or a title (ABC's "This Week"), not a time; at a sentence or quotation
// start the capitals say nothing.
bool title_inside_sentence(const NormaliseContext& ctx) {
  const auto& t = ctx.tokens;
  std::size_t words = 0;
  for (std::size_t i = ctx.first; i < ctx.last && i < t.size(); ++i) {
    if (!t[i].is_word()) continue;
    if (!t[i].capitalised) return false;
    ++words;
  }
  if (words < 2) return false;
  std::size_t k = ctx.first;
  while (k > 0 && is_one_of(t[k - 1].lower, {"\"", "'", "`", "(", "["})) --k;
  return k > 0 && !is_sentence_break(t, k) && t[k - 1].lower != ":";
}

Normalised n_relative_unit(const Captures& c, const NormaliseContext& ctx) {
  if (!c.has_direction) return reject();
  if (title_inside_sentence(ctx)) return reject();
  // "the coming years", "recent months": no count, so only a direction.
  if (c.unit_plural) return ok(c.direction < 0 ? "PAST_REF" : c.direction > 0 ? "FUTURE_REF" : "PRESENT_REF");
  // "next year" counts from the article's date, "the following year" from
  // the date the text last named ("In May 1995 he was promoted, and the
  // following year ..."): HeidelTime's DCT rule is for deictic words only.
  if (anaphoric_direction(ctx)) {
    if (auto a = last_mentioned(ctx, c.unit)) {
      if (auto v = shifted(*a, c.direction, c.unit)) return ok(*v);
    }
  }
  if (!ctx.reference) return unanchored(c.direction == 0 ? "PRESENT_REF" : c.direction < 0 ? "PAST_REF" : "FUTURE_REF");
  auto v = shifted(*ctx.reference, c.direction, c.unit);
  if (!v) return reject();
  return ok(*v);
}


Normalised n_ago(const Captures& c, const NormaliseContext& ctx) {
  if (c.num == kUnknownCount) return ok("PAST_REF");
  if (c.num <= 0) return reject();
  if (!ctx.reference) return unanchored("PAST_REF");
  // In a report about quarterly results, "a year ago" is that quarter a
  // year earlier, unless its sentence compares a span of months ("for the
  // nine months, ... a year earlier"): that span has no TimeML value, so
  // the year stands for it.
  if (c.unit == "Y" && quarter_context(ctx) && !sentence_counts_months(ctx)) {
    // "sales for the quarter ended Sept. 30 rose from $2 million a year
    // ago": that open quarter (YYYY-QX, see n_quarter) a year back.
    if (auto open = open_quarter_in_sentence(ctx); !open.empty())
      return ok(pad(std::atoi(open.substr(0, 4).c_str()) - int(c.num), 4) + "-QX");
    int y = std::atoi(ctx.state.topic_quarter.substr(0, 4).c_str()) - int(c.num);
    return ok(pad(y, 4) + ctx.state.topic_quarter.substr(4));
  }
  auto v = shifted(*ctx.reference, -c.num, c.unit);
  if (!v) return ok(day_value(*ctx.reference));  // "three hours ago": today
  return ok(*v);
}

Normalised n_year_ago(const Captures&, const NormaliseContext& ctx) {
  Captures one;
  one.num = 1;
  one.unit = "Y";
  return n_ago(one, ctx);
}

Normalised n_vague_ago(const Captures& c, const NormaliseContext&) {
  if (c.unit == "H" || c.unit == "MIN" || c.unit == "S") return reject();
  return ok("PAST_REF");
}

Normalised n_later(const Captures& c, const NormaliseContext& ctx) {
  if (c.num == kUnknownCount) return ok("FUTURE_REF");
  if (c.num <= 0) return reject();
  auto a = anchor_of(ctx);
  if (!a) return unanchored("XXXX-XX-XX");
  auto v = shifted(*a, c.num, c.unit);
  if (!v) return reject();
  return ok(*v);
}

// "For the week, the index dropped 3.8%", "the week's most active
// session": a week of the reference's year that the text does not pin
// down; TimeML writes it YYYY-WXX. "the week of May 3", "the week
// ended Friday", "the week before" name a particular one and are left to
// other rules.
Normalised n_the_week(const Captures&, const NormaliseContext& ctx) {
  const auto& t = ctx.tokens;
  std::string next = ctx.last < t.size() ? t[ctx.last].lower : "";
  if (is_one_of(next, {"of", "ended", "ending", "before", "after", "earlier", "later", "that", "when", "in", "to",
                       "-", "long"}))
    return reject();
  if (!ctx.reference) return unanchored("XXXX-WXX");
  return ok(pad(ctx.reference->year, 4) + "-WXX");
}

// "by year-end", "at year's end": the end of the reference's year, written
// as that year (TimeML's END mod); "since year-end" looks back to the end
// of the year before.
Normalised n_year_end(const Captures&, const NormaliseContext& ctx) {
  const auto& t = ctx.tokens;
  std::string prev = ctx.first > 0 ? t[ctx.first - 1].lower : "";
  std::string next = ctx.last < t.size() ? t[ctx.last].lower : "";
  if (next == "-" || t[ctx.first].capitalised) return reject();  // "year-end-bonus", a heading
  // The compound "year-end" is the closing day ("complete the deal by
  // year-end", "the change since year-end": 2 of 2 on the TimeML dev
  // data); "year end", "year's end" stay the year with its END mod.
  bool compound = span_has(ctx, "-");
  if (!ctx.reference) return unanchored(compound ? "XXXX-12-31" : "XXXX");
  int y = ctx.reference->year - (prev == "since" ? 1 : 0);
  return ok(compound ? pad(y, 4) + "-12-31" : pad(y, 4));
}

// "last Oct. 23", "next March 3", "this May 5": the direction picks the
// year — the latest such day before the reference, the earliest after it,
// or the one in the reference's year.
Normalised n_month_day_relative(const Captures& c, const NormaliseContext& ctx) {
  if (c.day > calendar::days_in_month(2000, c.month)) return invalid();
  if (!ctx.reference) return unanchored("XXXX-" + pad(c.month, 2) + "-" + pad(c.day, 2));
  const Date& ref = *ctx.reference;
  long r = calendar::to_days(ref);
  for (int k = 0; k <= 8; ++k) {  // leap days may need a few years
    int y = c.direction < 0 ? ref.year - k : c.direction > 0 ? ref.year + k : ref.year;
    Date d{y, c.month, c.day};
    if (!calendar::is_valid(d)) {
      if (c.direction == 0) return invalid();
      continue;
    }
    long diff = calendar::to_days(d) - r;
    if (c.direction == 0 || (c.direction < 0 && diff < 0) || (c.direction > 0 && diff > 0)) return ok(day_value(d));
  }
  return reject();
}

// --- durations and sets ------------------------------------------------------

std::optional<std::string> duration_value(long n, const std::string& unit) {
  std::string count = n == kUnknownCount ? "X" : std::to_string(n);
  auto times = [&](long k) { return n == kUnknownCount ? std::string("X") : std::to_string(n * k); };
  if (unit == "D" || unit == "W" || unit == "M" || unit == "Y") return "P" + count + unit;
  if (unit == "2W") return "P" + times(2) + "W";
  if (unit == "Q") return "P" + times(3) + "M";
  if (unit == "DE") return "P" + times(10) + "Y";
  if (unit == "CE") return "P" + times(100) + "Y";
  if (unit == "H") return "PT" + count + "H";
  if (unit == "MIN") return "PT" + count + "M";
  if (unit == "S") return "PT" + count + "S";
  return std::nullopt;  // "two weekends"
}

// Amounts that are not spans of time: ages ("52 years old"), rates ("$1.76
// a year", "four flights a week"), fractions ("three-quarters of",
// "a quarter of the market"), ordinals ("a second attempt").
bool not_a_duration(const Captures& c, const NormaliseContext& ctx) {
  const auto& t = ctx.tokens;
  std::string next = ctx.last < t.size() ? t[ctx.last].lower : "";
  std::string prev = ctx.first > 0 ? t[ctx.first - 1].lower : "";
  if (next == "old") return true;
  if (c.unit == "Q" && next == "of") return true;
  bool article = is_one_of(t[ctx.first].lower, {"a", "an"});
  if (article && c.unit_plural && c.num == 1) return true;  // "a decades-long feud": the article is the noun's
  if (article && !c.unit_plural) {
    if (ctx.first > 0 && t[ctx.first - 1].is_number()) return true;
    if (is_one_of(prev, {"million", "billion", "thousand", "hundred", "percent", "%", "cents", "dollars", "times"}))
      return true;
    const Token* p = ctx.first > 0 ? &t[ctx.first - 1] : nullptr;
    if (p && p->is_word() && !p->capitalised && prev.size() > 3 && prev.back() == 's' && prev[prev.size() - 2] != 's' &&
        !is_one_of(prev, {"was", "has", "this", "thus", "its", "his", "hers", "as", "is", "less", "does", "towards",
                          "afterwards", "across", "perhaps", "always", "takes", "lasts", "spends", "needs"}))
      return true;  // "seats a week", "hours a day"
    if (c.unit == "S" && ctx.last < t.size() && t[ctx.last].is_word() &&
        !is_one_of(next, {"later", "ago", "earlier", "after", "before", "or", "and", "to", "of", "in", "for"}))
      return true;  // "a second betrayal"
  }
  return false;
}

Normalised n_duration(const Captures& c, const NormaliseContext& ctx) {
  if (c.num == 0 || c.num == -1 || c.num > 5000) return reject();
  if (not_a_duration(c, ctx)) return reject();
  // "the last two weeks": a span, not a point, whichever direction.
  auto v = duration_value(c.num, c.unit);
  if (!v) return reject();
  return ok(*v);
}

// "2 1/2 years" = P2Y6M, "an hour and a half" = PT1H30M: the half is
// written in the next smaller unit, as TimeML has no fractions.
Normalised n_duration_half(const Captures& c, const NormaliseContext& ctx) {
  if (c.num <= 0 || c.num > 5000) return reject();
  if (not_a_duration(c, ctx)) return reject();
  std::string n = std::to_string(c.num);
  if (c.unit == "Y") return ok("P" + n + "Y6M");
  if (c.unit == "M") return ok("P" + n + "M15D");
  if (c.unit == "W") return ok("P" + n + "W3DT12H");
  if (c.unit == "D") return ok("P" + n + "DT12H");
  if (c.unit == "H") return ok("PT" + n + "H30M");
  if (c.unit == "MIN") return ok("PT" + n + "M30S");
  if (c.unit == "DE") return ok("P" + std::to_string(c.num * 10 + 5) + "Y");
  if (c.unit == "CE") return ok("P" + std::to_string(c.num * 100 + 50) + "Y");
  return reject();
}

// "a day-long meeting", "their decades-long feud", "year-long talks": a
// unit compounded with "long" is one such unit, or an unknown number of
// them when plural.
Normalised n_unit_long(const Captures& c, const NormaliseContext&) {
  auto v = duration_value(c.unit_plural ? kUnknownCount : 1, c.unit);
  if (!v) return reject();
  return ok(*v);
}

// "the past year", "the last decade", "the next year": TimeBank dates the
// calendar unit before/after the reference (1997 in a 1998 article; 5 of 6
// on the dev data), while "the past week" / "the last day" stay spans.
Normalised n_duration_one(const Captures& c, const NormaliseContext& ctx) {
  if (ctx.reference && (c.unit == "Y" || c.unit == "DE" || c.unit == "M")) {
    long step = c.has_literal("next") ? 1 : -1;
    if (auto v = shifted(*ctx.reference, step, c.unit)) return ok(*v, "DATE");
  }
  auto v = duration_value(1, c.unit);
  if (!v) return reject();
  return ok(*v);
}

Normalised n_duration_vague(const Captures& c, const NormaliseContext&) {
  if (c.unit == "WE") return reject();
  auto v = duration_value(kUnknownCount, c.unit);
  if (!v) return reject();
  return ok(*v);
}

Normalised n_set(const Captures& c, const NormaliseContext& ctx) {
  // "quarterly dividend", "quarterly results": in business news the
  // adjective names the reporting period, not a recurring time.
  if (c.set_value == "P3M" && ctx.last < ctx.tokens.size() && ctx.tokens[ctx.last].is_word() &&
      !is_one_of(ctx.tokens[ctx.last].lower, {"and", "or", "but", "in", "on", "at", "from", "to", "by", "for"}))
    return reject();
  if (!c.set_value.empty()) return ok(c.set_value);
  if (c.weekday > 0) return ok("XXXX-WXX-" + std::to_string(c.weekday));
  if (c.month > 0) return ok("XXXX-" + pad(c.month, 2));  // "each July"
  if (c.unit == "WE") return ok("XXXX-WXX-WE");
  auto v = duration_value(1, c.unit);
  if (!v) return reject();
  return ok(*v);
}


// "the week of March 6": the ISO week of that day.
Normalised n_week_of(const Captures& c, const NormaliseContext& ctx) {
  Normalised day = c.year >= 0 ? n_date(c, ctx) : n_month_day(c, ctx);
  if (day.status != Status::Ok) return day;
  auto d = parse_iso_date(day.value);
  if (!d) return reject();  // unanchored "XXXX-03-06"
  return ok(calendar::week_value(calendar::iso_week(*d)));
}

// Bare "the year" / "the fiscal year" / "the full year" in a report: the
// reference's year ("results for the year", "by the end of the year"),
// except in "the year ended Sept. 30", a twelve-month span. Only after a
// preposition: "the year before", "the year-ago quarter" are not meant.
Normalised n_the_year(const Captures& c, const NormaliseContext& ctx) {
  const auto& t = ctx.tokens;
  std::string prev = ctx.first > 0 ? t[ctx.first - 1].lower : "";
  std::string next = ctx.last < t.size() ? t[ctx.last].lower : "";
  if (ctx.last < t.size() && t[ctx.last].glued() && (next == "-" || next == "'")) return reject();
  if (is_one_of(next, {"before", "after", "earlier", "ago", "later", "old", "when", "that", "in", "of"})) return reject();
  if (is_one_of(next, {"ended", "ending", "to"})) return ok("P1Y", "DURATION");
  if (!is_one_of(prev, {"for", "of", "in", "during", "through", "throughout", "over"})) return reject();
  if (!ctx.reference) return unanchored("XXXX");
  (void)c;
  return ok(pad(ctx.reference->year, 4));
}

// "for weeks", "over years", "in months": an unknown number of units.
Normalised n_vague_plural(const Captures& c, const NormaliseContext& ctx) {
  if (!c.unit_plural) return reject();
  if (!is_one_of(c.unit, {"D", "W", "M", "Y", "DE", "CE"})) return reject();
  std::string prev = ctx.first > 0 ? ctx.tokens[ctx.first - 1].lower : "";
  if (!is_one_of(prev, {"for", "over", "within", "in", "lasted", "took", "takes", "last"})) return reject();
  std::string next = ctx.last < ctx.tokens.size() ? ctx.tokens[ctx.last].lower : "";
  if (is_one_of(next, {"of", "ago", "old", "later", "earlier", "before", "after", "-", "'"})) return reject();
  auto v = duration_value(kUnknownCount, c.unit);
  if (!v) return reject();
  return ok(*v);
}

// --- clock times -----------------------------------------------------------------

Normalised n_clock(const Captures& c, const NormaliseContext& ctx) {
  if (c.invalid) return invalid();
  int h = c.hour;
  if (!c.ampm.empty()) {
    if (h < 1 || h > 12) return invalid();  // "13:00 pm"
    if (c.ampm == "am") h = h == 12 ? 0 : h;
    else h = h == 12 ? 12 : h + 12;
  }
  std::string t = clock_value(h, c.minute);
  if (!ctx.reference) return unanchored("XXXX-XX-XX" + t, "TIME");
  return ok(day_value(*ctx.reference) + t, "TIME");
}

Normalised n_reference(const Captures& c, const NormaliseContext&) { return ok(c.reference); }

using Normaliser = std::function<Normalised(const Captures&, const NormaliseContext&)>;

const std::map<std::string, Normaliser, std::less<>>& normalisers() {
  static const std::map<std::string, Normaliser, std::less<>> table = {
      {"iso", n_iso},
      {"numeric-date", n_numeric_date},
      {"date", n_date},
      {"month-day", n_month_day},
      {"month", n_month},
      {"year", n_year},
      {"decade", n_decade},
      {"season", n_season},
      {"quarter", n_quarter},
      {"latest-period", n_latest_period},
      {"relative-year", n_relative_year},
      {"the-week", n_the_week},
      {"year-end", n_year_end},
      {"unit-long", n_unit_long},
      {"month-day-relative", n_month_day_relative},
      {"half", n_half},
      {"weekday", n_weekday},
      {"relative-day", n_relative_day},
      {"part-of-day", n_part_of_day},
      {"same-day", n_same_day},
      {"the-part-of-day", n_the_part_of_day},
      {"ordinal-day-now", n_ordinal_day_now},
      {"next-day", n_next_day},
      {"previous-day", n_previous_day},
      {"weekend", n_weekend},
      {"relative-unit", n_relative_unit},
      {"that-unit", n_that_unit},
      {"ago", n_ago},
      {"year-ago", n_year_ago},
      {"vague-ago", n_vague_ago},
      {"later", n_later},
      {"duration", n_duration},
      {"duration-one", n_duration_one},
      {"duration-half", n_duration_half},
      {"duration-vague", n_duration_vague},
      {"set", n_set},
      {"clock", n_clock},
      {"reference", n_reference},
      {"century", n_century},
      {"year-period", n_year_period},
      {"holiday", n_holiday},
      {"week-of", n_week_of},
      {"the-year", n_the_year},
      {"vague-plural", n_vague_plural},
  };
  return table;
}

}  // namespace

int expand_two_digit_year(int yy, std::optional<Date> reference) {
  if (!reference) return yy < 50 ? 2000 + yy : 1900 + yy;
  int century = reference->year / 100 * 100;
  int y = century + yy;
  if (y > reference->year + 10) y -= 100;
  else if (y <= reference->year - 90) y += 100;
  return y;
}

Normalised normalise(const Rule& rule, const Captures& c, const NormaliseContext& ctx) {
  const auto& table = normalisers();
  auto it = table.find(rule.normaliser);
  if (it == table.end()) return reject();  // unknown normaliser: the rules test catches it
  return it->second(c, ctx);
}

bool has_normaliser(const std::string& name) { return normalisers().count(name) > 0; }

}  // namespace claims::time
