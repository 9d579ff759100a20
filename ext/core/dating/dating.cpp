#include "core/dating/dating.hpp"

#include <algorithm>

#include "core/time/calendar.hpp"

namespace claims::dating {
namespace {

using time::Date;
namespace cal = time::calendar;

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "XXXX-WXX-7" → 7 (ISO weekday), else 0.
int weekday_of(std::string_view v) {
  if (v.size() == 10 && v.substr(0, 9) == "XXXX-WXX-" && v[9] >= '1' && v[9] <= '7') return v[9] - '0';
  return 0;
}

// "XXXX-09-03" → month and day, else nullopt.
std::optional<std::pair<int, int>> month_day_of(std::string_view v) {
  if (v.size() != 10 || v.substr(0, 5) != "XXXX-" || !digits(v.substr(5, 2)) || !digits(v.substr(8, 2)))
    return std::nullopt;
  return std::make_pair(std::stoi(std::string(v.substr(5, 2))), std::stoi(std::string(v.substr(8, 2))));
}

std::optional<Date> full_date_of(std::string_view v) {
  if (v.size() < 10) return std::nullopt;
  return time::parse_iso_date(v.substr(0, 10));
}

}  // namespace

std::optional<Inferred> infer_published(const std::vector<time::Timex>& unanchored, std::optional<int> year_hint) {
  std::optional<int> year = year_hint;
  if (!year)
    for (const auto& t : unanchored)
      if (auto d = full_date_of(t.value)) year = std::max(year.value_or(d->year), d->year);
  if (!year) return std::nullopt;
  std::optional<Date> latest;
  for (const auto& t : unanchored) {
    if (t.type != "DATE" && t.type != "TIME") continue;
    std::optional<Date> d = full_date_of(t.value);
    if (!d)
      if (auto md = month_day_of(t.value)) {
        Date c{*year, md->first, md->second};
        if (cal::is_valid(c)) d = c;
      }
    if (d && (!latest || cal::to_days(*d) > cal::to_days(*latest))) latest = d;
  }
  if (!latest) return std::nullopt;
  Inferred out{*latest, "latest date mentioned " + time::to_iso(*latest)};
  // Weekdays named in the text refer to days on or after that date.
  long best = cal::to_days(*latest);
  for (const auto& t : unanchored) {
    int w = weekday_of(t.value);
    if (!w) continue;
    long day = cal::to_days(*latest);
    while (cal::weekday(cal::from_days(day)) != w) ++day;
    if (day > best) {
      best = day;
      out.why = "latest date mentioned " + time::to_iso(*latest) + ", then the " + t.text + " it names: " +
                time::to_iso(cal::from_days(day));
    }
  }
  out.date = cal::from_days(best);
  return out;
}

std::vector<ClaimDates> date_claims(const std::vector<sentences::Span>& sentences,
                                    const std::vector<attribution::Claim>& claims,
                                    const std::vector<time::Timex>& timexes,
                                    std::optional<time::Date> published) {
  std::vector<ClaimDates> out;
  out.reserve(claims.size());
  for (const auto& c : claims) {
    ClaimDates d;
    std::size_t s_start = c.sentence < sentences.size() ? sentences[c.sentence].start : c.start;
    std::size_t s_end = c.sentence < sentences.size() ? sentences[c.sentence].end : c.end;
    s_start = std::min(s_start, c.start);
    s_end = std::max(s_end, c.end);
    // Timexes are in text order: look only at those of the claim's span.
    auto first = std::lower_bound(timexes.begin(), timexes.end(), s_start,
                                  [](const time::Timex& t, std::size_t v) { return t.start < v; });
    const time::Timex* said = nullptr;
    const time::Timex* about = nullptr;
    std::size_t said_distance = 0;
    for (auto t = first; t != timexes.end() && t->start < s_end; ++t) {
      auto iv = time::interval_of(t->value, t->mod);
      if (!iv) continue;
      bool inside = t->start >= c.start && t->end <= c.end;
      if (inside) {
        if (!about) about = &*t;
      } else if (iv->precision == "day") {
        // The one nearest the cue dates the statement ("said on Sunday").
        std::size_t dist = t->start > c.verb_start ? t->start - c.verb_start : c.verb_start - t->start;
        if (!said || dist < said_distance) {
          said = &*t;
          said_distance = dist;
        }
      }
    }
    if (said) {
      d.said_on = time::to_iso(time::interval_of(said->value, said->mod)->first);
      d.rule = "said-on:" + said->rule;
    } else if (published) {
      d.said_on = time::to_iso(*published);
      d.rule = "published";
    }
    if (about) {
      auto iv = *time::interval_of(about->value, about->mod);
      d.event_date = time::to_iso(iv.first);
      d.event_date_end = time::to_iso(iv.last);
      d.precision = iv.precision;
      d.rule = "content:" + about->rule;
    } else if (d.said_on) {
      // A claim with no time of its own is about when it was said.
      d.event_date = d.event_date_end = d.said_on;
      d.precision = "day";
    }
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace claims::dating
