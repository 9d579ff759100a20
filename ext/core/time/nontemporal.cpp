#include "core/time/nontemporal.hpp"

#include <initializer_list>
#include <string>

#include "core/time/vocabulary.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::time {
namespace {

using Tokens = std::vector<Token>;

bool is_one_of(const std::string& w, std::initializer_list<const char*> words) {
  for (auto* x : words)
    if (w == x) return true;
  return false;
}

const std::string& lower_at(const Tokens& t, std::size_t i) {
  static const std::string none;
  return i < t.size() ? t[i].lower : none;
}

// The token opens a sentence: text start, a new line, or after a sentence
// end mark (optionally followed by a closing quote).
bool opens_sentence(const Tokens& t, std::size_t i) {
  if (i == 0 || t[i].newline_before) return true;
  std::size_t k = i;
  while (k > 0 && (t[k - 1].lower == "\"" || t[k - 1].lower == "'" || t[k - 1].lower == "`")) --k;
  if (k == 0) return true;
  return is_one_of(t[k - 1].lower, {".", "!", "?", ":", ";"});
}

// "Now, Ms. Smith said, ...", "Now, following the sale, ...": a
// sentence-initial "now" set off by a comma moves the discourse on; it does
// not place an event at the present ("Now the company owns 72%" does).
bool discourse_now(const Tokens& t, std::size_t first, std::size_t end) {
  return end == first + 1 && t[first].lower == "now" && opens_sentence(t, first) && lower_at(t, end) == ",";
}

// A set word after an amount is a rate, not a recurring time: "to grow 8.5%
// annually", "10,000 units annually", "C$17.9 million annually".
bool rate_adverb(const Tokens& t, std::size_t first) {
  if (first == 0) return false;
  const Token& prev = t[first - 1];
  if (prev.is_number() || is_one_of(prev.lower, {"%", "percent", "million", "billion", "thousand", "hundred"}))
    return true;
  // a number and its unit noun: "10,000 units annually", "500 barrels daily"
  return first >= 2 && prev.is_word() && t[first - 2].is_number();
}

// "soon" is a future reference where a modal or "to" governs it ("will soon
// begin", "may soon seek", "to soon grow", "soon will"); otherwise it is
// mostly relative to another event ("soon after", "was soon released",
// "as soon as").
bool soon_without_future(const Tokens& t, std::size_t first, std::size_t end) {
  static const std::initializer_list<const char*> modals = {"will", "would", "may", "might", "could", "should",
                                                            "shall", "can", "must", "to", "'ll"};
  const std::string& prev = first > 0 ? t[first - 1].lower : lower_at(t, t.size());
  const std::string& next = lower_at(t, end);
  if (is_one_of(next, {"after", "afterwards", "afterward", "as", "thereafter", "enough"}) || prev == "as") return true;
  return !is_one_of(prev, modals) && !is_one_of(next, modals);
}

// A year inside a name: "a venture called Orion 1980", "Vision 2030", and
// "''60 Minutes". A capitalised word right before the year that is not a
// time word, a preposition or a sentence opener, or a capitalised word right
// after a two-digit "'60", makes the number part of the name.
bool year_in_name(const Captures& c, const Tokens& t, std::size_t first, std::size_t end) {
  const auto& v = vocabulary();
  auto time_word = [&](const std::string& w) {
    return v.months.count(w) || v.weekdays.count(w) || v.seasons.count(w) || v.parts_of_day.count(w) ||
           v.relative_days.count(w);
  };
  if (c.two_digit_year)
    return end < t.size() && t[end].is_word() && t[end].capitalised && !time_word(t[end].lower);
  if (c.spelled_year || first == 0) return false;
  const Token& prev = t[first - 1];
  if (!prev.is_word() || !prev.capitalised || opens_sentence(t, first - 1) || time_word(prev.lower)) return false;
  return !is_one_of(prev.lower, {"in", "of", "since", "by", "from", "until", "till", "to", "for", "during", "before",
                                  "after", "through", "between", "and", "or", "fiscal", "year", "early", "late", "mid",
                                  "the", "end", "circa", "spring", "summer", "autumn", "fall", "winter"});
}

// "60 Minutes", "Twelve Years a Slave": a capitalised unit inside a
// sentence belongs to a title, not to an amount of time.
bool duration_in_title(const Tokens& t, std::size_t first, std::size_t end) {
  const auto& units = vocabulary().units;
  for (std::size_t k = first; k < end; ++k)
    if (t[k].is_word() && t[k].capitalised && units.count(t[k].lower) && !opens_sentence(t, k)) return true;
  return false;
}

bool is_modal(const std::string& w) {
  return is_one_of(w, {"will", "would", "may", "might", "could", "should", "shall", "can", "must", "'ll"});
}

// "today's youth", "many of today's computers", "the leaders of tomorrow":
// the present era or the coming one, not the article's day or the next.
// A possessive "today's" before a generic noun (time_generic_nouns.txt) or
// after "<quantifier> of", and "of tomorrow" closing a noun phrase, are
// generic ("today's session", "tomorrow's vote" stay days).
bool generic_relative_day(const Tokens& t, std::size_t first, std::size_t end) {
  if (end != first + 1 || !is_one_of(t[first].lower, {"today", "tomorrow"})) return false;
  const auto& generic = lexicon::lower_set("time_generic_nouns");
  bool possessive = lower_at(t, end) == "'" && lower_at(t, end + 1) == "s";
  if (possessive) {
    if (generic.count(lower_at(t, end + 2))) return true;
    return first >= 2 && t[first - 1].lower == "of" &&
           is_one_of(t[first - 2].lower, {"many", "most", "some", "all", "much", "few", "none"});
  }
  // "the people of tomorrow," — nothing of the phrase follows
  if (t[first].lower != "tomorrow" || first < 3 || t[first - 1].lower != "of") return false;
  const Token& noun = t[first - 2];
  bool phrase_ends = end >= t.size() || (!t[end].is_word() && !t[end].is_number());
  return phrase_ends && noun.is_word() && !vocabulary().units.count(noun.lower) &&
         (t[first - 3].lower == "the" || generic.count(noun.lower));
}

// "24 hours a day", "seven days a week": the whole period, i.e. all the
// time, not an amount of time.
bool whole_period_rate(const Captures& c, const Tokens& t, std::size_t end) {
  if (!is_one_of(lower_at(t, end), {"a", "an", "per", "each", "every"})) return false;
  const std::string& period = lower_at(t, end + 1);
  static const struct {
    const char* unit;
    long count;
    const char* period;
  } whole[] = {{"H", 24, "day"}, {"D", 7, "week"}, {"D", 365, "year"}, {"M", 12, "year"}, {"W", 52, "year"},
               {"MIN", 60, "hour"}};
  for (const auto& w : whole)
    if (c.unit == w.unit && c.num == w.count && period == w.period) return true;
  return false;
}

// "Islam will one day be ...": "one day" under a modal is some future day
// (FUTURE_REF, from time_references.txt), not a duration of one day.
bool one_day_under_modal(const Tokens& t, std::size_t first, std::size_t end) {
  return end == first + 2 && t[first].lower == "one" && t[first + 1].lower == "day" && first > 0 &&
         is_modal(t[first - 1].lower);
}

// "the annual March for Life", "the March of the Mothers": a march named
// after its cause is an event, not the month.
bool march_as_event(const Tokens& t, std::size_t first, std::size_t end) {
  if (end != first + 1 || t[first].lower != "march" || end + 1 >= t.size()) return false;
  if (!is_one_of(t[end].lower, {"for", "of", "on", "against"})) return false;
  std::size_t k = end + 1;
  if (t[k].lower == "the" && k + 1 < t.size()) ++k;
  const auto& v = vocabulary();
  return t[k].is_word() && t[k].capitalised && !v.months.count(t[k].lower) && !v.weekdays.count(t[k].lower);
}

}  // namespace

bool non_temporal_use(const Rule& rule, const Captures& c, const Tokens& t, std::size_t first, std::size_t end) {
  if (first >= end || end > t.size()) return false;
  const std::string& norm = rule.normaliser;
  if (norm == "reference") {
    if (discourse_now(t, first, end)) return true;
    if (t[first].lower == "soon" && end == first + 1) return soon_without_future(t, first, end);
    // "the past three summers", "the past few seasons": "the past" opens an
    // amount of time here, not a reference to the past as a whole.
    if (end == first + 2 && t[first].lower == "the" && end < t.size() &&
        (t[end].is_number() || vocabulary().numbers.count(t[end].lower) ||
         is_one_of(t[end].lower, {"few", "several", "many", "couple"})))
      return true;
    // "the future of the talks", "the future looks bleak": a thing that is
    // talked about, not a time ("in the future", "about the future").
    if (c.reference == "FUTURE_REF" && end == first + 2 && t[first].lower == "the" && lower_at(t, end) == "of")
      return true;
    // "one day" is FUTURE_REF only under a modal; elsewhere a duration.
    if (end == first + 2 && t[first].lower == "one" && !one_day_under_modal(t, first, end)) return true;
  }
  if (rule.name == "year" && year_in_name(c, t, first, end)) return true;
  if (norm == "relative-day" && generic_relative_day(t, first, end)) return true;
  if (rule.type == "DURATION" && (one_day_under_modal(t, first, end) || whole_period_rate(c, t, end))) return true;
  if (rule.name == "month-no-year" && march_as_event(t, first, end)) return true;
  // "for the years 1990 to 1995": the years are named next, not vague
  if (rule.name == "vague-plural-the" && end < t.size() && t[end].is_number()) return true;
  if (rule.type == "DURATION" && duration_in_title(t, first, end)) return true;
  if (norm == "set" && !c.set_value.empty() && rate_adverb(t, first)) return true;
  // "15 million instructions per second", "90 kilometres per hour": a unit
  // of measure after a counted noun, as "four flights a week" is a rate.
  if (norm == "set" && t[first].lower == "per" && first > 0 && (t[first - 1].is_word() || t[first - 1].is_number()) &&
      !t[first - 1].capitalised)
    return true;
  // "high noon": the idiom (and the film), not midday.
  if (rule.name == "clock-word" && first > 0 && t[first - 1].lower == "high") return true;
  return false;
}

}  // namespace claims::time
