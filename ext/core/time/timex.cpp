// The temporal tagger's engine: scan tokens, try every rule of the table at
// each position (longest match wins), add a modifier phrase in front,
// normalise, and finally join a date with a clock time next to it
// ("Sep 05, 2021, 09:47 am"). One left-to-right pass; the work per token is
// bounded by the size of the rules table, so the whole is linear.
#include "core/time/timex.hpp"

#include <unordered_set>

#include "core/text/ascii.hpp"
#include "lexicon/lexicon.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "core/time/calendar.hpp"
#include "core/time/nontemporal.hpp"
#include "core/time/normalise.hpp"
#include "core/time/patterns.hpp"
#include "core/time/tokens.hpp"

namespace claims::time {
namespace {

using Tokens = std::vector<Token>;

bool is_one_of(const std::string& s, std::initializer_list<const char*> list) {
  for (auto* x : list)
    if (s == x) return true;
  return false;
}

bool glued_at(const Tokens& t, std::size_t i) { return i < t.size() && t[i].glued(); }

// An expression may not start inside a larger token-glued string: "x2021",
// "$2013", "1,998", "#2013", "ID-2013-01-05".
bool can_start(const Tokens& t, std::size_t i) {
  if (i == 0 || !t[i].glued()) return true;
  const Token& p = t[i - 1];
  // "post-1959 politics", "pre-war"-style prefixes open a date
  if (p.lower == "-" && i >= 2 && p.glued() && is_one_of(t[i - 2].lower, {"post", "pre"})) return true;
  if (p.is_word() || p.is_number()) return false;
  if (is_one_of(p.lower, {"-", "/", ":", "$", "#", "@", "_", "\xE2\x82\xAC", "\xC2\xA3", "+", "="})) return false;
  if ((p.lower == "." || p.lower == ",") && i >= 2 && p.glued() && t[i - 2].is_number()) return false;
  return true;
}

// Nor end inside one: "2013-01-S-025", "1998%", "12/05/1998/7".
bool can_end(const Tokens& t, std::size_t e) {
  if (e >= t.size() || !t[e].glued()) return true;
  const Token& n = t[e];
  if (n.is_word() || n.is_number()) return false;
  // "Sept. 5-7": a day range; the first day ends here (the second is added
  // by second_day_of).
  auto short_number = [&](std::size_t k) { return k < t.size() && t[k].is_number() && t[k].lower.size() <= 2; };
  if (n.lower == "-" && e >= 1 && short_number(e - 1) && glued_at(t, e + 1) && short_number(e + 1) &&
      !(glued_at(t, e + 2) && (t[e + 2].is_word() || t[e + 2].is_number() || t[e + 2].lower == "-")))
    return true;
  if (is_one_of(n.lower, {"%", "$", "@", "_", "#"})) return false;
  bool next_glued_alnum = e + 1 < t.size() && t[e + 1].glued() && (t[e + 1].is_word() || t[e + 1].is_number());
  if (is_one_of(n.lower, {"-", "/", ":", "+", "="}) && next_glued_alnum) return false;
  if ((n.lower == "." || n.lower == ",") && e + 1 < t.size() && t[e + 1].glued() && t[e + 1].is_number())
    return false;
  return true;
}

// Words that can open a temporal expression or its modifier: every literal
// of the rules table and every entry of the time word lists. A lower-case
// word outside this set cannot start a match, so the rules are not even
// tried there — most words of a text, which keeps extraction fast.
// Calls add(word) for each lower-cased word of a word-list line (entries
// may hold several words and "a|b", "a,b" or "a=b" forms).
template <class Add>
void for_each_word(std::string_view line, Add&& add) {
  std::string cur;
  for (char ch : line) {
    if (ch == ' ' || ch == '\t' || ch == '|' || ch == ',' || ch == '=') {
      if (!cur.empty()) add(cur);
      cur.clear();
    } else {
      cur += text::ascii_lower(ch);
    }
  }
  if (!cur.empty()) add(cur);
}

const std::unordered_set<std::string>& trigger_words() {
  static const std::unordered_set<std::string> words = [] {
    std::unordered_set<std::string> w;
    auto add_words = [&](std::string_view line) { for_each_word(line, [&](const std::string& x) { w.insert(x); }); };
    for (const char* name : {"months", "weekdays", "number_words", "season_words", "temporal_modifiers",
                             "time_clock_words", "time_decade_words", "time_directions", "time_holidays",
                             "time_of_day", "time_ordinals", "time_references", "time_relative_days",
                             "time_set_words", "time_units"})
      for (const auto& line : lexicon::list(name)) add_words(line);
    // Count words the <num> class reads without a list ("several months",
    // "a few days", "a couple of weeks").
    for (const char* x : {"a", "an", "few", "several", "many", "couple"}) w.insert(x);
    for (const auto& rule : rules())
      for (const auto& el : rule.pattern)
        for (const auto& lit : el.literals) {
          // Alternatives are split already; a literal may still be a/b.
          std::string cur;
          for (char ch : lit) {
            if (ch == '/') {
              if (!cur.empty()) w.insert(cur);
              cur.clear();
            } else {
              cur += ch;
            }
          }
          if (!cur.empty()) w.insert(cur);
        }
    return w;
  }();
  return words;
}

// "May their memory be eternal", "May God protect them": the modal, not
// the month, when it opens a sentence and a pronoun, determiner or name of
// God follows ("In May the talks resumed" keeps the month).
bool modal_may(const Tokens& t, std::size_t i) {
  if (t[i].lower != "may" || i + 1 >= t.size()) return false;
  bool opens = i == 0 || t[i].newline_before ||
               (!t[i - 1].is_word() && !t[i - 1].is_number() && t[i - 1].lower != ",");
  if (!opens) return false;
  static const std::unordered_set<std::string> next{"their", "his", "her", "its", "our", "your", "my", "god",
                                                    "allah", "they", "we", "you", "he", "she", "it", "the",
                                                    "all", "this", "these", "those", "i"};
  return next.count(t[i + 1].lower) > 0;
}

bool may_open(const Token& tok) {
  if (!tok.is_word() || tok.capitalised) return true;
  return trigger_words().count(tok.lower) > 0;
}

// Words that carry time by themselves (a month, a weekday, a unit, "now",
// "yesterday", a number word, ...): every temporal expression has one, or
// a digit, within a few tokens of its start. Function words that rules
// also use ("the", "last", "of") are not among them.
const std::unordered_set<std::string>& anchor_words() {
  static const std::unordered_set<std::string> words = [] {
    static const std::unordered_set<std::string> function_words{
        "the", "a", "an", "of", "in", "on", "at", "this", "that", "these", "those", "last", "next",
        "and", "or", "to", "for", "by", "from", "it", "its", "more", "than", "some", "few", "many",
        "early", "late", "mid", "end", "beginning", "start", "middle", "same", "each", "every", "per",
        "one", "s", "'s"};
    std::unordered_set<std::string> w;
    for (const char* name : {"months", "weekdays", "number_words", "season_words", "time_clock_words",
                             "time_decade_words", "time_holidays", "time_of_day", "time_ordinals",
                             "time_references", "time_relative_days", "time_set_words", "time_units"})
      for (const auto& line : lexicon::list(name))
        for_each_word(line, [&](const std::string& x) {
          if (!function_words.count(x)) w.insert(x);
        });
    w.insert("period");  // "the latest period": a report's quarter
    return w;
  }();
  return words;
}

// For each token, whether an anchor (a digit or an anchor word) is at most
// kAnchorWindow tokens ahead: only there can a match start.
constexpr std::size_t kAnchorWindow = 8;
std::vector<bool> near_anchor(const Tokens& t) {
  std::vector<bool> out(t.size(), false);
  std::size_t next_anchor = t.size() + kAnchorWindow + 1;
  const auto& anchors = anchor_words();
  for (std::size_t k = t.size(); k-- > 0;) {
    bool anchor = !t[k].is_word() ? t[k].is_number() : anchors.count(t[k].lower) > 0;
    if (anchor) next_anchor = k;
    out[k] = next_anchor <= k + kAnchorWindow;
  }
  return out;
}

struct Found {
  std::size_t first = 0, end = 0;  // tokens
  const Rule* rule = nullptr;
  Normalised result;
};

// The best rule match at token i: longest first, then table order. A match
// whose normaliser says Invalid ("February 30") is returned as such, so that
// the caller skips its tokens instead of emitting a shorter reading.
std::optional<Found> best_at(const Tokens& t, std::size_t i, std::size_t span_start, std::optional<Date> ref,
                             const DocumentState& state) {
  struct Candidate {
    std::size_t end;
    std::size_t order;
    Captures captures;
  };
  const auto& table = rules();
  std::vector<Candidate> cands;
  for (std::size_t r = 0; r < table.size(); ++r) {
    Captures c;
    std::size_t end = match_rule(table[r], t, i, c);
    if (end > i && can_end(t, end)) cands.push_back(Candidate{end, r, std::move(c)});
  }
  std::stable_sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) { return a.end > b.end; });
  for (auto& cand : cands) {
    if (non_temporal_use(table[cand.order], cand.captures, t, i, cand.end)) continue;
    NormaliseContext ctx{ref, t, i, cand.end, state};
    Normalised n = normalise(table[cand.order], cand.captures, ctx);
    if (n.status == Normalised::Status::Reject) continue;
    return Found{span_start, cand.end, &table[cand.order], std::move(n)};
  }
  return std::nullopt;
}

// Which mods a type accepts: points narrow (START/MID/END), amounts hedge.
bool mod_fits(const std::string& mod, const std::string& type, const std::string& rule, const std::string& first_word) {
  bool point_mod = mod == "START" || mod == "MID" || mod == "END";
  // "over the months ahead", "over the past year": a period the thing
  // happens in, not an amount exceeded ("over two weeks").
  if (!point_mod && first_word == "the") return false;
  bool is_ago = rule == "ago";
  if (type == "DURATION" || is_ago) return !point_mod;
  if (type == "DATE" || type == "TIME") return point_mod;
  return false;
}

bool is_day_value(const std::string& v) {
  return v.size() == 10 && v[4] == '-' && v[7] == '-' && std::isdigit(static_cast<unsigned char>(v[0])) &&
         std::isdigit(static_cast<unsigned char>(v[9]));
}
bool is_clock_value(const std::string& v) {  // "....T09:47"
  return v.size() >= 16 && v[10] == 'T' && std::isdigit(static_cast<unsigned char>(v[11]));
}

// Time zones written after a clock time: "5 p.m. EST", "0735 GMT".
bool is_time_zone(std::string_view w) {
  static const char* zones[] = {"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
                                "bst", "cet", "cest", "eet", "eest", "ist", "jst", "local", "time"};
  std::string lw(w);
  for (auto& ch : lw) ch = char(std::tolower(static_cast<unsigned char>(ch)));
  for (auto* z : zones)
    if (lw == z) return true;
  return false;
}

// What may stand between a day and a clock time that belong together:
// spaces, commas, "at", "on", a time zone, and one short parenthesis
// ("10:35 a.m. (0735 GMT) Friday").
bool gap_joins(std::string_view gap) {
  if (gap.size() > 32) return false;
  std::string word;
  bool in_paren = false, had_paren = false;
  auto flush = [&]() {
    bool good = word.empty() || in_paren || word == "at" || word == "on" || word == "At" || word == "On" ||
                is_time_zone(word);
    word.clear();
    return good;
  };
  for (char ch : gap) {
    if (ch == '(') {
      if (had_paren || in_paren || !flush()) return false;
      in_paren = had_paren = true;
    } else if (ch == ')') {
      if (!in_paren) return false;
      word.clear();
      in_paren = false;
    } else if (ch == ' ' || ch == ',' || ch == '\t') {
      if (!flush()) return false;
    } else {
      word += ch;
    }
  }
  return !in_paren && flush();
}

// "September 5, 2021, 09:47 am", "Friday at 9 p.m.", "9 p.m. Friday": a
// day and a clock time separated only by spaces, commas, "at" or "on".
void join_dates_and_times(std::string_view text, std::vector<Timex>& out) {
  std::vector<Timex> joined;
  for (std::size_t k = 0; k < out.size(); ++k) {
    if (k + 1 < out.size()) {
      Timex& a = out[k];
      Timex& b = out[k + 1];
      const Timex* day = nullptr;
      const Timex* clock = nullptr;
      if (is_day_value(a.value) && b.type == "TIME" && is_clock_value(b.value)) day = &a, clock = &b;
      if (is_day_value(b.value) && a.type == "TIME" && is_clock_value(a.value)) day = &b, clock = &a;
      if (day) {
        if (gap_joins(text.substr(a.end, b.start - a.end))) {
          Timex m = a;
          m.end = b.end;
          m.text = std::string(text.substr(m.start, m.end - m.start));
          m.type = "TIME";
          m.value = day->value + clock->value.substr(10);
          m.rule = a.rule + "+" + b.rule;
          if (m.mod.empty()) m.mod = b.mod;
          joined.push_back(std::move(m));
          ++k;
          continue;
        }
      }
    }
    joined.push_back(std::move(out[k]));
  }
  out = std::move(joined);
}

// "on April 24 and 25", "Sept. 5 or 6": a bare day number joined to a
// month-day date is a second day of that month. Returns the token index
// one past the number, or `i` when there is none.
std::size_t second_day_end(const Tokens& t, std::size_t i) {
  if (i + 1 >= t.size() || !is_one_of(t[i].lower, {"and", "or", "to", "through", "-"})) return i;
  const Token& n = t[i + 1];
  if (!n.is_number() || n.lower.size() > 2) return i;
  int day = std::atoi(n.lower.c_str());
  if (day < 1 || day > 31) return i;
  // the number must end there: "April 24 and 25 people" is a count
  if (i + 2 < t.size()) {
    const Token& after = t[i + 2];
    if (after.is_number() || (after.lower == "%" && after.glued())) return i;
    // "25.5", "25:00", "25/26": the number goes on
    if (!can_end(t, i + 2)) return i;
    bool glued_range = t[i].lower == "-" && t[i].glued() && n.glued();  // "Sept. 5-7"
    if (!glued_range && after.is_word() && !after.capitalised &&
        !is_one_of(after.lower, {"in", "at", "on", "when", "it", "the", "and", "or", "that", "as", "with", "for",
                                 "while", "but", "he", "she", "they", "we", "is", "was", "were", "will", "to"}))
      return i;
  }
  return i + 2;
}

std::optional<Timex> second_day_of(std::string_view text, const Tokens& t, std::size_t i, const Timex& first) {
  if (first.rule.rfind("month-day", 0) != 0 || !is_day_value(first.value)) return std::nullopt;
  std::size_t end = second_day_end(t, i);
  if (end == i) return std::nullopt;
  Timex x;
  x.start = t[end - 1].start;
  x.end = t[end - 1].end;
  x.text = std::string(text.substr(x.start, x.end - x.start));
  x.type = "DATE";
  Date d{std::atoi(first.value.substr(0, 4).c_str()), std::atoi(first.value.substr(5, 2).c_str()),
         std::atoi(x.text.c_str())};
  // a later day of the same month: "April 24 and 25", not "April 24 and 3"
  if (!calendar::is_valid(d) || d.day <= std::atoi(first.value.substr(8, 2).c_str())) return std::nullopt;
  x.value = to_iso(d);
  x.rule = "second-day";
  return x;
}

}  // namespace

std::optional<Date> parse_iso_date(std::string_view s) {
  if (s.size() < 10) return std::nullopt;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return std::nullopt;
  if (s[4] != '-' || s[7] != '-') return std::nullopt;
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return std::nullopt;
  auto num = [&](std::size_t pos, std::size_t len) {
    int n = 0;
    for (std::size_t i = pos; i < pos + len; ++i) n = n * 10 + (s[i] - '0');
    return n;
  };
  Date d{num(0, 4), num(5, 2), num(8, 2)};
  if (!calendar::is_valid(d)) return std::nullopt;
  return d;
}

std::string to_iso(const Date& d) {
  return calendar::pad(d.year, 4) + "-" + calendar::pad(d.month, 2) + "-" + calendar::pad(d.day, 2);
}

std::vector<Timex> extract(std::string_view text, std::optional<Date> reference) {
  if (reference && !calendar::is_valid(*reference)) reference.reset();
  Tokens t = scan_tokens(text);
  DocumentState state;
  std::vector<Timex> out;
  std::vector<bool> anchored = near_anchor(t);
  std::size_t i = 0;
  while (i < t.size()) {
    if (!anchored[i] || !can_start(t, i) || !may_open(t[i]) || modal_may(t, i)) {
      ++i;
      continue;
    }
    std::string mod;
    std::size_t mod_len = match_modifier(t, i, mod);
    std::optional<Found> found;
    if (mod_len > 0 && i + mod_len < t.size()) {
      found = best_at(t, i + mod_len, i, reference, state);
      if (found && found->result.status == Normalised::Status::Ok) {
        std::string type = found->result.type.empty() ? found->rule->type : found->result.type;
        if (!mod_fits(mod, type, found->rule->normaliser, t[i + mod_len].lower)) found.reset();
        // "over the years" is throughout them, not more than them: an
        // amount modifier does not bound an unknown number of units.
        else if (found->rule->name == "vague-plural-the") found.reset();
      }
    }
    if (!found) {
      mod.clear();
      found = best_at(t, i, i, reference, state);
    }
    if (!found) {
      ++i;
      continue;
    }
    i = found->end;
    if (found->result.status == Normalised::Status::Invalid) continue;  // impossible date: skipped
    Timex x;
    x.start = t[found->first].start;
    x.end = t[found->end - 1].end;
    x.text = std::string(text.substr(x.start, x.end - x.start));
    x.type = found->result.type.empty() ? found->rule->type : found->result.type;
    x.value = found->result.value;
    x.rule = found->rule->name + (found->result.anchored ? "" : "-unanchored");
    x.mod = mod;
    if (is_day_value(x.value.substr(0, std::min<std::size_t>(10, x.value.size()))))
      state.last_day = parse_iso_date(x.value);
    if (x.type == "DATE" || x.type == "TIME") state.last_value = x.value;
    // A report's topic quarter is one that has ended by the reference date
    // ("expects a loss in the fourth quarter" is not what "a year ago"
    // compares with), and the latest such: an earlier quarter named later
    // ("after a flat second quarter", "the year-ago third quarter") is a
    // comparison, not a new topic, unless it is a fiscal quarter (another
    // company's reporting period in a round-up: "posted net income for the
    // fiscal second quarter"). Value strings of one shape compare in time
    // order.
    if (found->rule->normaliser == "quarter" && x.value.size() == 7 && x.value[5] == 'Q' && x.value[6] != 'X' &&
        reference) {
      int y = std::atoi(x.value.substr(0, 4).c_str()), q = x.value[6] - '0';
      bool fiscal = false;
      for (std::size_t k = found->first; k > 0 && k + 3 > found->first; --k)
        if (t[k - 1].lower == "fiscal") fiscal = true;
      for (std::size_t k = found->first; k < found->end; ++k)
        if (t[k].lower == "fiscal") fiscal = true;
      if (y * 4 + q < reference->year * 4 + calendar::quarter_of(reference->month) &&
          (state.topic_quarter.empty() || fiscal || x.value > state.topic_quarter))
        state.topic_quarter = x.value;
    }
    std::optional<Timex> second = second_day_of(text, t, i, x);
    out.push_back(std::move(x));
    if (second) {
      i = second_day_end(t, i);
      out.push_back(std::move(*second));
    }
  }
  join_dates_and_times(text, out);
  return out;
}

}  // namespace claims::time
