#include "core/quantities/numbers.hpp"

#include <cstdlib>

#include "core/quantities/phrase_tables.hpp"

namespace claims::quantities {
namespace {

const PhraseTable& number_words() { return phrase_table("number_words"); }
const PhraseTable& vague_words() { return phrase_table("vague_quantities"); }

// The value of a single number word, or nullopt.
std::optional<double> word_value(const Token& t) {
  if (!is_word(t)) return std::nullopt;
  const auto& m = number_words().values;
  auto it = m.find(t.lower);
  if (it == m.end()) return std::nullopt;
  return std::strtod(it->second.c_str(), nullptr);
}

// Scale words multiply what precedes them; "dozen" is one too.
bool is_scale(double v) { return v >= 100 || v == 12; }
bool is_scale_token(const Token& t) {
  auto v = word_value(t);
  return v && is_scale(*v) && t.lower != "twelve";
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// "1,000,000" (3-digit groups) or "2,50,000" / "1,00,00,000" (Indian: last
// group of 3, the others of 2, the first of 1 or 2 digits).
bool valid_grouping(const std::vector<std::string_view>& groups) {
  if (groups.size() == 1) return all_digits(groups[0]);
  for (auto g : groups)
    if (!all_digits(g)) return false;
  if (groups[0].size() > 3) return false;
  bool western = true, indian = groups.back().size() == 3 && groups[0].size() <= 2;
  for (std::size_t k = 1; k < groups.size(); ++k) {
    western &= groups[k].size() == 3;
    if (k + 1 < groups.size()) indian &= groups[k].size() == 2;
  }
  return western || indian;
}

// Parses a parsed-and-validated numeral without overflow: at most 15 integer
// digits, so the double is exact.
std::optional<double> numeral_value(std::string_view integer, std::string_view fraction) {
  std::size_t significant = 0;
  bool leading = true;
  double v = 0;
  for (char c : integer) {
    if (c == ',') continue;
    if (leading && c == '0') continue;
    leading = false;
    if (++significant > 15) return std::nullopt;
    v = v * 10 + (c - '0');
  }
  double scale = 0.1;
  for (std::size_t k = 0; k < fraction.size() && k < 6; ++k, scale /= 10) v += (fraction[k] - '0') * scale;
  return v;
}

// Number words: "two hundred and fifty", "a thousand", "twenty-five",
// "two dozen", "half a million". Accumulates like a cheque writer:
// small words add, "hundred" multiplies the current group, larger scales
// close it. Stops before anything that would not continue the number.
std::optional<NumberMatch> parse_words(const std::vector<Token>& toks, std::size_t i) {
  std::size_t n = toks.size();
  std::size_t k = i;
  double total = 0, group = 0;
  bool any = false;
  double multiplier = 1;

  // "half a million": a fraction before an article and a scale.
  if (toks[k].lower == "half" && k + 2 < n && (toks[k + 1].lower == "a" || toks[k + 1].lower == "an") &&
      is_scale_token(toks[k + 2])) {
    multiplier = 0.5;
    group = 1;
    k += 2;
    any = true;
  } else if ((toks[k].lower == "a" || toks[k].lower == "an") && k + 1 < n && is_scale_token(toks[k + 1])) {
    group = 1;  // "a thousand", "a dozen"
    k += 1;
    any = true;
  }

  double last_small = -1;  // last word below 100 in the current group, to refuse "five seven"
  bool closed_hundred = false;
  while (k < n) {
    const Token& t = toks[k];
    auto v = word_value(t);
    if (!v) {
      // "two hundred and fifty": "and" only between a scale and a small word.
      if (t.lower == "and" && any && (closed_hundred || total > 0) && last_small < 0 && k + 1 < n) {
        auto next = word_value(toks[k + 1]);
        if (next && *next < 100 && !is_scale(*next)) { ++k; continue; }
      }
      // "twenty-five": a hyphen glued on both sides between tens and units.
      if (is_punct(t, "-") && any && last_small >= 20 && static_cast<long long>(last_small) % 10 == 0 &&
          k + 1 < n && toks[k + 1].glued && t.glued) {
        auto next = word_value(toks[k + 1]);
        if (next && *next >= 1 && *next <= 9) { ++k; continue; }
      }
      break;
    }
    if (is_scale(*v) && t.lower != "twelve") {
      if (!any) break;  // a bare "hundred" or "dozen" is not a number here
      double g = group == 0 ? 1 : group;
      if (*v == 100) {
        group = g * 100;
        closed_hundred = true;
      } else {
        total += g * *v;
        group = 0;
        closed_hundred = false;
      }
      last_small = -1;
    } else {
      // A small word after another small word continues only "twenty" + "five".
      if (last_small >= 0 && !(last_small >= 20 && static_cast<long long>(last_small) % 10 == 0 && *v < 10))
        break;
      group += *v;
      last_small = *v;
    }
    any = true;
    ++k;
    if (total + group > kMaxValue) return std::nullopt;
  }
  if (!any || k == i) return std::nullopt;
  // A lone article consumed nothing numeric.
  NumberMatch m;
  m.first = i;
  m.last = k;
  m.value = (total + group) * multiplier;
  m.is_word_one = (k == i + 1 && toks[i].lower == "one");
  return m;
}

}  // namespace

bool is_number_word(std::string_view lower) { return number_words().values.count(std::string(lower)) > 0; }

std::optional<double> parse_digits(std::string_view s) {
  auto dot = s.find('.');
  std::string_view integer = s.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : s.substr(dot + 1);
  if (fraction.find('.') != std::string_view::npos || fraction.find(',') != std::string_view::npos)
    return std::nullopt;  // "1.2.3", "25.01.2013"
  std::vector<std::string_view> groups;
  std::size_t pos = 0;
  while (true) {
    auto comma = integer.find(',', pos);
    groups.push_back(integer.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos));
    if (comma == std::string_view::npos) break;
    pos = comma + 1;
  }
  if (!valid_grouping(groups)) return std::nullopt;
  if (!fraction.empty() && !all_digits(fraction)) return std::nullopt;
  return numeral_value(integer, fraction);
}

std::optional<NumberMatch> parse_number(const std::vector<Token>& toks, std::size_t i) {
  if (i >= toks.size()) return std::nullopt;
  const Token& t = toks[i];

  if (is_digits(t)) {
    auto v = parse_digits(t.lower);
    if (!v) return std::nullopt;
    NumberMatch m;
    m.first = i;
    m.last = i + 1;
    m.value = *v;
    m.has_digits = true;
    // "18 million", "1.5 million", "2 lakh", "3 dozen".
    while (m.last < toks.size() && is_scale_token(toks[m.last])) {
      m.value *= *word_value(toks[m.last]);
      ++m.last;
      if (m.value > kMaxValue) return std::nullopt;
    }
    return m;
  }
  if (!is_word(t)) return std::nullopt;

  std::string vague;
  if (std::size_t len = match_at(vague_words(), toks, i, &vague)) {
    NumberMatch m;
    m.first = i;
    m.last = i + len;
    // "value low high", "-" for unbounded.
    std::string_view rest = vague;
    auto field = [&rest]() {
      auto b = rest.find_first_not_of(' ');
      if (b == std::string_view::npos) return std::string_view{};
      rest = rest.substr(b);
      auto e = rest.find(' ');
      auto f = rest.substr(0, e);
      rest = e == std::string_view::npos ? std::string_view{} : rest.substr(e);
      return f;
    };
    auto num = [](std::string_view f) -> std::optional<double> {
      if (f.empty() || f == "-") return std::nullopt;
      return std::strtod(std::string(f).c_str(), nullptr);
    };
    m.value = num(field()).value_or(0);
    m.vague_low = num(field());
    m.vague_high = num(field());
    for (std::size_t k = i; k < m.last; ++k) m.vague += (k > i ? " " : "") + toks[k].lower;
    return m;
  }
  return parse_words(toks, i);
}

}  // namespace claims::quantities
