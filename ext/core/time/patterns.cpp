#include "core/time/patterns.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "core/time/calendar.hpp"
#include "core/time/vocabulary.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::time {
namespace {

using Tokens = std::vector<Token>;

// ---------------------------------------------------------------------------
// Parsing the rules table

const std::map<std::string, WordClass, std::less<>> kClassNames = {
    {"month", WordClass::Month},         {"weekday", WordClass::Weekday},
    {"day", WordClass::Day},             {"year", WordClass::Year},
    {"num", WordClass::Num},             {"unit", WordClass::Unit},
    {"part-of-day", WordClass::PartOfDay}, {"clock-word", WordClass::ClockWord},
    {"season", WordClass::Season},       {"direction", WordClass::Direction},
    {"ordinal", WordClass::Ordinal},     {"clock", WordClass::Clock},
    {"ampm", WordClass::AmPm},           {"hour", WordClass::Hour},
    {"iso-date", WordClass::IsoDate},    {"numeric-date", WordClass::NumericDate},
    {"decade", WordClass::Decade},       {"reference", WordClass::Reference},
    {"relative-day", WordClass::RelativeDay}, {"set-word", WordClass::SetWord},
    {"holiday", WordClass::Holiday},     {"decade-word", WordClass::DecadeWord},
};

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  out.push_back(cur);
  return out;
}

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

Element parse_element(std::string word, const std::string& rule) {
  Element e;
  if (word.size() > 1 && word.back() == '?') {
    e.optional = true;
    word.pop_back();
  }
  if (word.size() > 2 && word.front() == '<' && word.back() == '>') {
    auto it = kClassNames.find(word.substr(1, word.size() - 2));
    if (it == kClassNames.end()) throw std::logic_error("timex rule " + rule + ": unknown class " + word);
    e.is_class = true;
    e.word_class = it->second;
  } else {
    e.literals = word == "/" ? std::vector<std::string>{"/"} : split(word, '/');
  }
  return e;
}

std::vector<Rule> load_rules() {
  std::vector<Rule> out;
  for (const auto& line : lexicon::list("timex_rules")) {
    auto f = split(line, '|');
    if (f.size() != 4) throw std::logic_error("timex rule line needs 4 fields: " + line);
    Rule r{trim(f[0]), trim(f[1]), trim(f[2]), {}};
    for (auto& w : split(trim(f[3]), ' '))
      if (!w.empty()) r.pattern.push_back(parse_element(w, r.name));
    if (r.pattern.empty()) throw std::logic_error("timex rule " + r.name + " has no pattern");
    out.push_back(std::move(r));
  }
  return out;
}

// ---------------------------------------------------------------------------
// Word classes. Each returns the number of tokens consumed (0 = no match).

int number_value(const Token& t) {  // digit runs only; -1 when too long
  if (!t.is_number() || t.lower.size() > 6) return -1;
  return std::stoi(t.lower);
}

bool glued_at(const Tokens& t, std::size_t i) { return i < t.size() && t[i].glued(); }
bool glued_is(const Tokens& t, std::size_t i, std::string_view s) { return glued_at(t, i) && t[i].lower == s; }

// "5th", "21st": the ordinal suffix glued to a number.
bool is_ordinal_suffix(const std::string& s) { return s == "st" || s == "nd" || s == "rd" || s == "th"; }

std::size_t match_month(const Tokens& t, std::size_t i, Captures& c) {
  const auto& months = vocabulary().months;
  auto it = months.find(t[i].lower);
  if (it == months.end() || !t[i].capitalised) return 0;
  bool full_name = t[i].lower.size() > 4 || t[i].lower == "may" || t[i].lower == "june" || t[i].lower == "july";
  std::size_t n = 1;
  bool period = glued_is(t, i + 1, ".");
  if (!full_name) {
    // An abbreviation ("Jan", "Sept") needs its period or a number after
    // it, so that names such as "Jan" or "Mar" alone are not months.
    if (period) ++n;
    else if (!(i + 1 < t.size() && t[i + 1].is_number())) return 0;
  }
  c.month = it->second;
  return n;
}

std::size_t match_weekday(const Tokens& t, std::size_t i, Captures& c) {
  const auto& days = vocabulary().weekdays;
  auto it = days.find(t[i].lower);
  if (it == days.end() || !t[i].capitalised) return 0;
  std::size_t n = 1;
  if (t[i].lower.size() == 3) {  // "Sat." — the bare abbreviation is too ambiguous ("Sun", "Wed")
    if (!glued_is(t, i + 1, ".") && !glued_is(t, i + 1, ",")) return 0;
    if (glued_is(t, i + 1, ".")) ++n;
    // "Sat, Sep 4" / "Sat, 4 Sep": with a bare comma a date must follow
    // ("Sun, Hewlett-Packard and others" is a company).
    if (glued_is(t, i + 1, ",")) {
      if (i + 2 >= t.size()) return 0;
      const Token& next = t[i + 2];
      if (!next.is_number() && !(next.capitalised && vocabulary().months.count(next.lower))) return 0;
    }
  }
  c.weekday = it->second;
  return n;
}

std::size_t match_day(const Tokens& t, std::size_t i, Captures& c) {
  if (!t[i].is_number() || t[i].lower.size() > 2) return 0;
  int d = number_value(t[i]);
  if (d < 1 || d > 31) return 0;
  c.day = d;
  if (glued_at(t, i + 1) && t[i + 1].is_word())
    return is_ordinal_suffix(t[i + 1].lower) ? 2 : 0;
  return 1;
}

// A number word below 100 at token i ("ninety-one", "seven"): its value
// and length in tokens, 0 when there is none.
std::size_t number_word_at(const Tokens& t, std::size_t i, long& value) {
  if (i >= t.size() || !t[i].is_word()) return 0;
  const auto& numbers = vocabulary().numbers;
  auto it = numbers.find(t[i].lower);
  if (it == numbers.end() || it->second < 1 || it->second >= 100) return 0;
  value = it->second;
  if (it->second >= 20 && it->second % 10 == 0) {  // "ninety-one", "ninety one"
    std::size_t j = i + 1;
    if (glued_is(t, j, "-")) ++j;
    if (j < t.size() && t[j].is_word()) {
      auto unit = numbers.find(t[j].lower);
      if (unit != numbers.end() && unit->second >= 1 && unit->second <= 9) {
        value += unit->second;
        return j - i + 1;
      }
    }
  }
  return 1;
}

// Years as spoken (broadcast transcripts): "nineteen ninety-one",
// "nineteen eighty", "two thousand", "two thousand and five".
std::size_t match_spelled_year(const Tokens& t, std::size_t i, Captures& c) {
  long first = 0, second = 0;
  std::size_t n = number_word_at(t, i, first);
  if (n != 1) return 0;
  if (first >= 11 && first <= 20) {  // "nineteen" + "ninety-one"
    std::size_t m = number_word_at(t, i + 1, second);
    if (m == 0 || second < 10) return 0;
    c.year = int(first * 100 + second);
    c.spelled_year = true;
    return 1 + m;
  }
  if (first == 2 && i + 1 < t.size() && t[i + 1].lower == "thousand") {
    std::size_t j = i + 2;
    c.year = 2000;
    std::size_t k = j;
    if (k < t.size() && t[k].lower == "and") ++k;
    if (std::size_t m = number_word_at(t, k, second); m > 0 && second < 100) {
      c.year += int(second);
      j = k + m;
    }
    c.spelled_year = true;
    c.thousand_year = true;
    return j - i;
  }
  return 0;
}

std::size_t match_year(const Tokens& t, std::size_t i, Captures& c) {
  if (std::size_t n = match_spelled_year(t, i, c)) return n;
  if (t[i].is_number() && t[i].lower.size() == 4) {
    int y = number_value(t[i]);
    if (y < 1000 || y > 2999) return 0;
    c.year = y;
    return 1;
  }
  // '98: an apostrophe glued to two digits.
  if (t[i].lower == "'" && glued_at(t, i + 1) && t[i + 1].is_number() && t[i + 1].lower.size() == 2) {
    c.year = number_value(t[i + 1]);
    c.two_digit_year = true;
    return 2;
  }
  return 0;
}

std::size_t match_num(const Tokens& t, std::size_t i, Captures& c) {
  const auto& w = t[i].lower;
  if (t[i].is_number()) {
    if (w.size() > 4) return 0;
    if (glued_is(t, i + 1, ",") || glued_is(t, i + 1, ".")) {  // "1,500", "2.5"
      if (i + 2 < t.size() && t[i + 2].glued() && t[i + 2].is_number()) return 0;
    }
    c.num = number_value(t[i]);
    return 1;
  }
  // "a hundred years", "two hundred years", "one hundred days"
  if (i + 1 < t.size() && t[i + 1].lower == "hundred") {
    long k = w == "a" || w == "one" ? 1 : 0;
    if (k == 0) {
      auto it = vocabulary().numbers.find(w);
      if (it != vocabulary().numbers.end() && it->second >= 2 && it->second <= 9) k = it->second;
    }
    if (k > 0) {
      c.num = k * 100;
      return 2;
    }
  }
  if (w == "a" || w == "an") {
    if (i + 1 < t.size() && (t[i + 1].lower == "few" || t[i + 1].lower == "couple")) {
      c.num = t[i + 1].lower == "couple" ? 2 : kUnknownCount;
      if (i + 2 < t.size() && t[i + 1].lower == "couple" && t[i + 2].lower == "of") return 3;
      return 2;
    }
    c.num = 1;
    return 1;
  }
  if (w == "couple" && i + 1 < t.size() && t[i + 1].lower == "of") {  // "the next couple of years"
    c.num = 2;
    return 2;
  }
  if (w == "few" || w == "several" || w == "many") {
    c.num = kUnknownCount;
    return 1;
  }
  const auto& numbers = vocabulary().numbers;
  auto it = numbers.find(w);
  if (it == numbers.end() || it->second >= 100 || it->second == 0) return 0;
  c.num = it->second;
  std::size_t n = 1;
  // "twenty four", "twenty-four"
  if (it->second >= 20 && it->second % 10 == 0) {
    std::size_t j = i + 1;
    if (glued_is(t, j, "-")) ++j;
    if (j < t.size()) {
      auto unit = numbers.find(t[j].lower);
      if (unit != numbers.end() && unit->second >= 1 && unit->second <= 9) {
        c.num += unit->second;
        n = j - i + 1;
      }
    }
  }
  return n;
}

template <class Map, class Field>
std::size_t match_word(const Tokens& t, std::size_t i, const Map& map, Field& field) {
  auto it = map.find(t[i].lower);
  if (it == map.end()) return 0;
  field = it->second;
  return 1;
}

std::size_t match_ordinal(const Tokens& t, std::size_t i, Captures& c) {
  const auto& ords = vocabulary().ordinals;
  std::string key = t[i].lower;
  std::size_t n = 1;
  if (t[i].is_number() && glued_at(t, i + 1)) {
    key += t[i + 1].lower;
    n = 2;
  }
  auto it = ords.find(key);
  if (it != ords.end()) {
    c.ordinal = it->second;
    return n;
  }
  // "21st", "11th": digits with their suffix glued.
  if (n == 2 && t[i].lower.size() <= 2 && is_ordinal_suffix(t[i + 1].lower)) {
    c.ordinal = number_value(t[i]);
    return c.ordinal > 0 ? 2 : 0;
  }
  return 0;
}

// H:MM or H:MM:SS, all glued; hours 0..23, minutes 0..59.
std::size_t match_clock(const Tokens& t, std::size_t i, Captures& c) {
  if (!t[i].is_number() || t[i].lower.size() > 2) return 0;
  if (!glued_is(t, i + 1, ":") || !glued_at(t, i + 2) || !t[i + 2].is_number() || t[i + 2].lower.size() != 2)
    return 0;
  int h = number_value(t[i]), m = number_value(t[i + 2]);
  std::size_t n = 3;
  if (glued_is(t, i + 3, ":") && glued_at(t, i + 4) && t[i + 4].is_number() && t[i + 4].lower.size() == 2) {
    if (number_value(t[i + 4]) > 59) return 0;
    n = 5;
  }
  if (h > 24 || m > 59 || (h == 24 && m != 0)) {
    c.invalid = true;  // "25:00": a clock, but not a time
    return n;
  }
  c.hour = h;
  c.minute = m;
  return n;
}

std::size_t match_ampm(const Tokens& t, std::size_t i, Captures& c) {
  const auto& w = t[i].lower;
  if (w == "am" || w == "pm") {  // a period after "pm" ends the sentence
    c.ampm = w;
    return 1;
  }
  // a.m. / p.m. / a.m
  if ((w == "a" || w == "p") && glued_is(t, i + 1, ".") && glued_is(t, i + 2, "m")) {
    c.ampm = w == "a" ? "am" : "pm";
    return glued_is(t, i + 3, ".") ? 4 : 3;
  }
  return 0;
}

std::size_t match_hour(const Tokens& t, std::size_t i, Captures& c) {
  if (!t[i].is_number() || t[i].lower.size() > 2) return 0;
  int h = number_value(t[i]);
  if (h < 1 || h > 12) return 0;
  c.hour = h;
  c.minute = 0;
  return 1;
}

bool set_date(Captures& c, int y, int m, int d) {
  c.year = y;
  c.month = m;
  c.day = d;
  if (!calendar::is_valid(Date{y, m, d})) c.invalid = true;
  return true;
}

// 2021-09-05, optionally followed by T21:00 or " 21:00:00".
std::size_t match_iso_date(const Tokens& t, std::size_t i, Captures& c) {
  if (!t[i].is_number() || t[i].lower.size() != 4) return 0;
  if (!glued_is(t, i + 1, "-") || !glued_at(t, i + 2) || !t[i + 2].is_number() || t[i + 2].lower.size() != 2)
    return 0;
  if (!glued_is(t, i + 3, "-") || !glued_at(t, i + 4) || !t[i + 4].is_number() || t[i + 4].lower.size() != 2)
    return 0;
  set_date(c, number_value(t[i]), number_value(t[i + 2]), number_value(t[i + 4]));
  std::size_t n = 5;
  std::size_t j = i + 5;
  if (glued_is(t, j, "t")) ++j;
  else if (!(j < t.size() && t[j].space_before && !t[j].newline_before)) return n;
  if (j < t.size()) {
    Captures clock;
    if (std::size_t k = match_clock(t, j, clock); k > 0 && !clock.invalid) {
      c.hour = clock.hour;
      c.minute = clock.minute;
      n = j + k - i;
    }
  }
  return n;
}

// Two-digit years: the century is settled later against the reference.
// 03/04/2021 is read month/day (US news style) unless the first number is
// over 12, then day/month.
std::size_t match_numeric_date(const Tokens& t, std::size_t i, Captures& c) {
  if (!t[i].is_number() || t[i].lower.size() > 2) return 0;
  if (!glued_is(t, i + 1, "/") || !glued_at(t, i + 2) || !t[i + 2].is_number() || t[i + 2].lower.size() > 2)
    return 0;
  if (!glued_is(t, i + 3, "/") || !glued_at(t, i + 4) || !t[i + 4].is_number()) return 0;
  const auto& y = t[i + 4].lower;
  if (y.size() != 2 && y.size() != 4) return 0;
  int a = number_value(t[i]), b = number_value(t[i + 2]), year = number_value(t[i + 4]);
  int month = a, day = b;
  if (a > 12) std::swap(month, day);
  c.two_digit_year = y.size() == 2;
  set_date(c, year, month, day);
  if (c.two_digit_year) c.invalid = day < 1 || day > 31 || month < 1 || month > 12;
  return 5;
}

// "1990s", "1990's", "'90s".
std::size_t match_decade(const Tokens& t, std::size_t i, Captures& c) {
  std::size_t j = i;
  int year = -1;
  if (t[i].is_number() && t[i].lower.size() == 4) {
    year = number_value(t[i]);
    j = i + 1;
  } else if (t[i].lower == "'" && glued_at(t, i + 1) && t[i + 1].is_number() && t[i + 1].lower.size() == 2) {
    year = 1900 + number_value(t[i + 1]);  // "'90s" — the 20th century, the usual reading
    j = i + 2;
  }
  if (year < 0 || year % 10 != 0) return 0;
  if (glued_is(t, j, "'")) ++j;
  if (!glued_is(t, j, "s")) return 0;
  c.decade = year / 10;
  return j + 1 - i;
}

std::size_t match_phrase_list(const Tokens& t, std::size_t i, const std::vector<Phrase>& list, std::string& value) {
  for (const auto& p : list) {
    if (i + p.tokens.size() > t.size()) continue;
    bool ok = true;
    for (std::size_t k = 0; k < p.tokens.size() && ok; ++k) ok = t[i + k].lower == p.tokens[k];
    if (ok) {
      value = p.value;
      return p.tokens.size();
    }
  }
  return 0;
}

std::size_t match_class(WordClass wc, const Tokens& t, std::size_t i, Captures& c) {
  const auto& v = vocabulary();
  switch (wc) {
    case WordClass::Month: return match_month(t, i, c);
    case WordClass::Weekday: return match_weekday(t, i, c);
    case WordClass::Day: return match_day(t, i, c);
    case WordClass::Year: return match_year(t, i, c);
    case WordClass::Num: return match_num(t, i, c);
    case WordClass::Unit: {
      std::size_t n = match_word(t, i, v.units, c.unit);
      c.unit_plural = n > 0 && t[i].lower.back() == 's';
      return n;
    }
    case WordClass::PartOfDay: return match_word(t, i, v.parts_of_day, c.part_of_day);
    case WordClass::ClockWord: {
      std::string hhmm;
      if (!match_word(t, i, v.clock_words, hhmm) || hhmm.size() != 5) return 0;
      c.hour = std::stoi(hhmm.substr(0, 2));
      c.minute = std::stoi(hhmm.substr(3, 2));
      return 1;
    }
    case WordClass::Season: return match_word(t, i, v.seasons, c.season);
    case WordClass::Direction: {
      std::size_t n = match_word(t, i, v.directions, c.direction);
      c.has_direction = n > 0;
      return n;
    }
    case WordClass::Ordinal: return match_ordinal(t, i, c);
    case WordClass::Clock: return match_clock(t, i, c);
    case WordClass::AmPm: return match_ampm(t, i, c);
    case WordClass::Hour: return match_hour(t, i, c);
    case WordClass::IsoDate: return match_iso_date(t, i, c);
    case WordClass::NumericDate: return match_numeric_date(t, i, c);
    case WordClass::Decade: return match_decade(t, i, c);
    case WordClass::Reference: return match_phrase_list(t, i, v.references, c.reference);
    case WordClass::RelativeDay: return match_word(t, i, v.relative_days, c.relative_day);
    case WordClass::SetWord: return match_word(t, i, v.set_words, c.set_value);
    case WordClass::Holiday:
      if (!t[i].capitalised) return 0;  // "christmas" lower case is rarely the day
      return match_phrase_list(t, i, v.holidays, c.holiday);
    case WordClass::DecadeWord: return match_word(t, i, v.decade_words, c.decade_digit);
  }
  return 0;
}

// Backtracking over optional elements; patterns are a handful of elements
// long, so the cost per token position is bounded.
std::size_t match_from(const std::vector<Element>& p, std::size_t pi, const Tokens& t, std::size_t i, Captures& c) {
  if (pi == p.size()) return i;
  const Element& e = p[pi];
  if (i < t.size()) {
    Captures tried = c;
    std::size_t n = 0;
    if (e.is_class) {
      n = match_class(e.word_class, t, i, tried);
    } else if (std::find(e.literals.begin(), e.literals.end(), t[i].lower) != e.literals.end()) {
      n = 1;
      tried.literals.push_back(t[i].lower);
    }
    if (n > 0) {
      std::size_t end = match_from(p, pi + 1, t, i + n, tried);
      if (end != 0) {
        c = std::move(tried);
        return end;
      }
    }
  }
  if (e.optional) return match_from(p, pi + 1, t, i, c);
  return 0;
}

}  // namespace

bool Captures::has_literal(const std::string& w) const {
  return std::find(literals.begin(), literals.end(), w) != literals.end();
}

const std::vector<Rule>& rules() {
  static const std::vector<Rule> r = load_rules();
  return r;
}

std::size_t match_rule(const Rule& rule, const Tokens& tokens, std::size_t i, Captures& out) {
  Captures c;
  std::size_t end = match_from(rule.pattern, 0, tokens, i, c);
  if (end <= i) return i;
  out = std::move(c);
  return end;
}

std::size_t match_modifier(const Tokens& tokens, std::size_t i, std::string& mod) {
  return match_phrase_list(tokens, i, vocabulary().modifiers, mod);
}

}  // namespace claims::time
