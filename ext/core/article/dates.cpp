#include "core/article/dates.hpp"

#include <cstdio>

#include "core/article/article.hpp"
#include "core/article/tokens.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::article {
namespace dates {
namespace {

using tokens::Word;

// A number word like "6", "05", "6th", "27," -> its value, else -1.
int day_value(std::string_view w) {
  std::size_t n = 0;
  while (n < w.size() && tokens::is_digit(w[n])) ++n;
  if (n == 0 || n > 2) return -1;
  std::string_view rest = w.substr(n);
  if (!rest.empty() && !(tokens::iequals(rest, "st") || tokens::iequals(rest, "nd") ||
                         tokens::iequals(rest, "rd") || tokens::iequals(rest, "th")))
    return -1;
  int v = 0;
  for (std::size_t i = 0; i < n; ++i) v = v * 10 + (w[i] - '0');
  return (v >= 1 && v <= 31) ? v : -1;
}

int year_value(std::string_view w) {
  if (w.size() != 4 || !tokens::all_digits(w)) return -1;
  int v = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
  return (v >= 1800 && v <= 2200) ? v : -1;
}

// The core of a word and where that core sits inside the line.
struct Core {
  std::string_view text;
  std::size_t start = 0;
  std::size_t end = 0;
};

Core core_of(std::string_view line, const Word& w) {
  std::string_view word = line.substr(w.start, w.end - w.start);
  std::string_view c = tokens::core(word);
  std::size_t off = c.empty() ? 0 : static_cast<std::size_t>(c.data() - word.data());
  return {c, w.start + off, w.start + off + c.size()};
}

// "2021-09-05" (possibly followed by "T10:00") at the start of a word.
std::optional<Found> iso_in_word(const Core& c) {
  if (c.text.size() < 10) return std::nullopt;
  auto d = iso_date(c.text.substr(0, 10));
  if (!d) return std::nullopt;
  if (c.text.size() > 10 && c.text[10] != 'T' && c.text[10] != ' ') return std::nullopt;
  Found f;
  f.start = c.start;
  f.end = c.end;
  f.year = std::stoi(d->substr(0, 4));
  f.month = std::stoi(d->substr(5, 2));
  f.day = std::stoi(d->substr(8, 2));
  return f;
}

// Tries the written forms that begin at word i. Sets `used` to the number
// of words consumed.
std::optional<Found> date_at(std::string_view line, const std::vector<Word>& words, std::size_t i,
                             std::size_t& used) {
  auto at = [&](std::size_t k) { return core_of(line, words[k]); };
  const Core first = at(i);
  if (auto iso = iso_in_word(first)) {
    used = 1;
    return iso;
  }
  std::size_t k = i;
  bool weekday = false;
  if (is_weekday(first.text) && k + 1 < words.size()) {
    weekday = true;
    ++k;
  }
  const Core a = at(k);
  Found f;
  f.start = first.start;
  f.weekday = weekday;
  if (int m = month_number(a.text); m && k + 1 < words.size()) {
    // Month first: "Sep 6, 2021", "March 3 2022".
    const Core b = at(k + 1);
    int d = day_value(b.text);
    if (d < 0) return std::nullopt;
    f.month = m;
    f.day = d;
    f.end = b.end;
    k += 2;
  } else if (int d = day_value(a.text); d > 0 && k + 1 < words.size()) {
    // Day first: "6 September 2021", "27 April".
    const Core b = at(k + 1);
    int m2 = month_number(b.text);
    if (!m2) return std::nullopt;
    f.month = m2;
    f.day = d;
    f.end = b.end;
    k += 2;
  } else {
    return std::nullopt;
  }
  if (k < words.size()) {
    // A year must follow directly ("Sep 05, 2021,"), not across a sentence end.
    const Core y = at(k);
    std::string_view between = line.substr(f.end, y.start - f.end);
    int yv = year_value(y.text);
    if (yv > 0 && between.find_first_of(".;") == std::string_view::npos) {
      f.year = yv;
      f.end = y.end;
      ++k;
    }
  }
  used = k - i;
  return f;
}

bool is_time_word(std::string_view w) {
  if (w.empty()) return false;
  if (tokens::iequals(w, "am") || tokens::iequals(w, "pm") || tokens::iequals(w, "a.m") ||
      tokens::iequals(w, "p.m") || tokens::iequals(w, "at"))
    return true;
  // 1:30, 09:47, 10.15am
  bool digit = false, colon = false;
  for (char c : w) {
    if (tokens::is_digit(c)) digit = true;
    else if (c == ':' || c == '.') colon = true;
    else if (!tokens::is_ascii_alpha(c)) return false;
  }
  if (digit && colon) return true;
  // Time zones: ET, GMT, UTC, IST (2-4 capitals).
  if (w.size() >= 2 && w.size() <= 4) {
    for (char c : w)
      if (!tokens::is_ascii_upper(c)) return false;
    return true;
  }
  return false;
}

}  // namespace

bool is_real_day(int year, int month, int day) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int max = kDays[month - 1] + ((month == 2 && leap) ? 1 : 0);
  return day <= max;
}

std::string format_iso(int year, int month, int day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

int month_number(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3) return 0;
  const auto& months = lexicon::list("months");
  for (std::size_t m = 0; m < months.size() && m < 12; ++m) {
    const std::string& name = months[m];
    if (tokens::iequals(word, name)) return static_cast<int>(m) + 1;
    if (word.size() == 3 && tokens::iequals(word, std::string_view(name).substr(0, 3)))
      return static_cast<int>(m) + 1;
    if (word.size() == 4 && m == 8 && tokens::iequals(word, "sept")) return 9;
  }
  return 0;
}

bool is_weekday(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3) return false;
  for (const auto& name : lexicon::list("weekdays")) {
    if (tokens::iequals(word, name)) return true;
    if (word.size() == 3 && tokens::iequals(word, std::string_view(name).substr(0, 3))) return true;
  }
  return false;
}

std::vector<Found> find_all(std::string_view line) {
  std::vector<Found> out;
  const auto words = tokens::split_words(line);
  for (std::size_t i = 0; i < words.size();) {
    std::size_t used = 0;
    if (auto f = date_at(line, words, i, used); f && used > 0) {
      out.push_back(*f);
      i += used;
    } else {
      ++i;
    }
  }
  return out;
}

std::optional<Found> whole_line(std::string_view line) {
  line = tokens::trim(line);
  if (line.empty() || line.size() > 80) return std::nullopt;
  const auto words = tokens::split_words(line);
  std::optional<Found> found;
  for (std::size_t i = 0; i < words.size();) {
    std::size_t used = 0;
    if (!found) {
      if (auto f = date_at(line, words, i, used); f && used > 0) {
        found = f;
        i += used;
        continue;
      }
    }
    // Anything else on the line must be a time of day, a time zone or
    // punctuation ("|", "-", "—").
    const Core c = core_of(line, words[i]);
    std::string_view raw = line.substr(words[i].start, words[i].end - words[i].start);
    bool punct_only = c.text.empty() || raw == "|" || raw == "-" || raw == "\xE2\x80\x94" ||
                      raw == "\xE2\x80\x93" || raw == "\xE2\x80\xA2";
    if (!punct_only && !is_time_word(c.text)) return std::nullopt;
    ++i;
  }
  return found;
}

std::optional<Found> at_start(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ':' || s[i] == ' ' || s[i] == '\t' || s[i] == '-')) ++i;
  if (tokens::istarts_with(s.substr(i), "on ")) i += 3;
  while (i < s.size() && s[i] == ' ') ++i;
  std::string_view rest = s.substr(i, 60);
  const auto words = tokens::split_words(rest, 6);
  if (words.empty()) return std::nullopt;
  std::size_t used = 0;
  auto f = date_at(rest, words, 0, used);
  if (!f || used == 0) return std::nullopt;
  f->start += i;
  f->end += i;
  return f;
}

std::optional<Stamp> find_stamp(std::string_view s, bool anywhere) {
  struct Keyword {
    std::string_view text;
    bool posted;
  };
  // Longest first so "last updated" wins over "updated".
  static constexpr Keyword kKeywords[] = {
      {"first published", true}, {"last updated", false}, {"last modified", false},
      {"published", true},       {"posted", true},        {"updated", false},
      {"modified", false}};
  // Stamps are short furniture: only the opening of a line is searched.
  s = s.substr(0, 400);
  const std::string low = tokens::lower(s);
  std::optional<Stamp> best;
  for (const auto& k : kKeywords) {
    for (std::size_t p = low.find(k.text); p != std::string::npos; p = low.find(k.text, p + 1)) {
      if (!anywhere && p != 0) break;
      if (best && best->start <= p) break;
      if (p > 0 && tokens::is_ascii_alpha(low[p - 1])) continue;  // inside a word
      auto d = at_start(s.substr(p + k.text.size()));
      if (!d || d->year == 0) continue;
      Stamp st;
      st.posted = k.posted;
      st.start = p;
      st.date = *d;
      st.date.start += p + k.text.size();
      st.date.end += p + k.text.size();
      best = st;
      break;
    }
  }
  return best;
}

std::optional<Dateline> find_dateline(std::string_view line) {
  const std::string_view head = line.substr(0, 160);
  const auto words = tokens::split_words(head, 16);
  // One to five capitalised place words, then the date.
  for (std::size_t k = 1; k < words.size() && k <= 5; ++k) {
    const Core place = core_of(head, words[k - 1]);
    if (place.text.empty() || !tokens::is_capitalised(place.text)) return std::nullopt;
    std::size_t used = 0;
    auto f = date_at(head, words, k, used);
    if (!f || used == 0) continue;
    if (f->year == 0 || f->weekday) return std::nullopt;
    const bool in_parens = f->start > 0 && head[f->start - 1] == '(';
    std::size_t p = f->end;
    if (in_parens) {
      if (p >= head.size() || head[p] != ')') return std::nullopt;
      ++p;
    }
    while (p < head.size() && (head[p] == ' ' || head[p] == ',')) ++p;
    std::string_view rest = head.substr(p);
    std::size_t dash = 0;
    if (rest.substr(0, 3) == "\xE2\x80\x94" || rest.substr(0, 3) == "\xE2\x80\x93") dash = 3;
    else if (rest.substr(0, 2) == "--") dash = 2;
    else if (rest.substr(0, 2) == "- ") dash = 1;
    if (!dash && !in_parens) return std::nullopt;
    p += dash;
    while (p < head.size() && head[p] == ' ') ++p;
    return Dateline{*f, p};
  }
  return std::nullopt;
}

}  // namespace dates

std::optional<std::string> iso_date(std::string_view s) {
  s = tokens::trim(s);
  if (s.size() < 10) return std::nullopt;
  for (std::size_t i = 0; i < 10; ++i) {
    const bool dash = (i == 4 || i == 7);
    if (dash ? s[i] != '-' : !tokens::is_digit(s[i])) return std::nullopt;
  }
  // A longer ISO timestamp keeps its date part; anything else is not a date.
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return std::nullopt;
  const int y = std::stoi(std::string(s.substr(0, 4)));
  const int m = std::stoi(std::string(s.substr(5, 2)));
  const int d = std::stoi(std::string(s.substr(8, 2)));
  if (!dates::is_real_day(y, m, d)) return std::nullopt;
  return std::string(s.substr(0, 10));
}

}  // namespace claims::article
