#include "core/quantities/non_counts.hpp"

#include "core/quantities/phrase_tables.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::quantities {
namespace {

bool is_id_punct(const Token& t) {
  static const char* marks[] = {"-", "/", ":", "^", "_", "#", "+", "=", "--", "\\", "|"};
  if (t.kind != TokenKind::Punct) return false;
  for (const char* m : marks)
    if (t.lower == m) return true;
  return false;
}

bool is_currency_symbol(const Token& t) {
  return t.kind == TokenKind::Punct &&
         (t.lower == "$" || t.lower == "\xC2\xA3" || t.lower == "\xE2\x82\xAC" || t.lower == "\xE2\x82\xB9" ||
          t.lower == "\xC2\xA5");
}

// Month names and their abbreviations ("Jan", "Sept"), from months.txt.
bool is_month(const Token& t) {
  if (!is_word(t)) return false;
  static const auto names = [] {
    std::vector<std::string> out;
    for (const auto& m : lexicon::list("months")) {
      std::string l;
      for (char c : m) l.push_back((c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c);
      out.push_back(l);
    }
    return out;
  }();
  for (const auto& m : names)
    if (t.lower == m || t.lower == m.substr(0, 3) || (t.lower == "sept" && m == "september")) {
      // "may" and "march" are verbs too: only capitalised spellings count.
      if ((t.lower == "may" || t.lower == "mar" || t.lower == "march") && !t.capitalised) return false;
      return true;
    }
  return false;
}

// The month before token i, allowing "Jan. 25" and "Jan 25".
bool month_before(const std::vector<Token>& toks, std::size_t i) {
  if (i >= 1 && is_month(toks[i - 1])) return true;
  return i >= 2 && is_punct(toks[i - 1], ".") && toks[i - 1].glued && is_month(toks[i - 2]);
}

bool is_plain_year(const Token& t, double v) {
  return t.lower.size() == 4 && v >= 1800 && v <= 2100 && t.lower.find_first_of(",.") == std::string::npos;
}

bool in_lexicon(const std::string& lower, std::string_view name) { return lexicon::lower_set(name).count(lower) > 0; }

// Capitalised word that names something numbered: "Route 1", "Camp 5",
// "Resolution 1325", "Article 370". Words of our own lists (qualifiers,
// casualty verbs in title-case headlines) are not names.
bool is_numbered_name(const std::vector<Token>& toks, std::size_t i) {
  if (i == 0) return false;
  const Token& p = toks[i - 1];
  if (!is_word(p) || !p.capitalised || toks[i].line_before) return false;
  if (i >= 2 && (toks[i - 2].kind == TokenKind::Punct && toks[i - 2].lower != ",")) return false;
  if (i == 1 || p.line_before) return false;  // first word of a line or headline
  const auto& casualty = phrase_table("casualty_words").values;
  const auto& qualifiers = phrase_table("quantity_qualifiers").values;
  if (casualty.count(p.lower) || qualifiers.count(p.lower) || is_number_word(p.lower)) return false;
  if (in_lexicon(p.lower, "quantity_stop_words")) return false;
  return true;
}

}  // namespace

std::size_t id_run_end(const std::vector<Token>& toks, std::size_t i) {
  std::size_t k = i + 1;
  bool id_like = false;
  while (k < toks.size() && toks[k].glued) {
    const Token& t = toks[k];
    if (is_id_punct(t)) {
      // The punctuation must join two pieces: "2013-01", not "25-" at a line end.
      if (k + 1 < toks.size() && toks[k + 1].glued && !is_punct(toks[k + 1], "-") &&
          (is_digits(toks[k + 1]) || is_word(toks[k + 1])))
        id_like = id_like || is_digits(toks[i]) || is_digits(toks[k + 1]);
      else
        break;
    } else if (!is_digits(t) && !is_word(t)) {
      break;
    }
    ++k;
  }
  return id_like ? k : i;
}

Use classify_number(const std::vector<Token>& toks, const NumberMatch& m) {
  Use use;
  const Token& first = toks[m.first];
  const std::size_t n = toks.size();
  const Token* prev = m.first > 0 ? &toks[m.first - 1] : nullptr;
  const Token* next = m.last < n ? &toks[m.last] : nullptr;
  const Token* after_next = m.last + 1 < n ? &toks[m.last + 1] : nullptr;
  auto skip = [&] { use.kind = NumberUse::Skip; return use; };
  auto measure = [&](std::string unit, std::size_t uf, std::size_t ul) {
    use.kind = NumberUse::Measure;
    use.unit = std::move(unit);
    use.unit_first = uf;
    use.unit_last = ul;
    return use;
  };

  // Glued to what precedes: "A-10", "+93", "No.5", "$5" (money).
  if (first.glued && prev) {
    if (is_currency_symbol(*prev)) return measure(prev->lower, m.first - 1, m.first - 1);
    if (is_id_punct(*prev) || is_word(*prev) || is_digits(*prev) || is_punct(*prev, ".")) return skip();
  }
  // Glued to what follows: "25-year-old", "1st", "1990s", "5pm", "10km", "40%".
  if (next && next->glued && m.last == m.first + 1) {
    if (is_punct(*next, "%")) return measure("percent", m.last, m.last + 1);
    if (is_id_punct(*next) && after_next && after_next->glued) return skip();
    if (is_word(*next)) {
      const std::string& s = next->lower;
      if (s == "st" || s == "nd" || s == "rd" || s == "th" || s == "s" || s == "am" || s == "pm" || s == "h" ||
          s == "hrs")
        return skip();
      return measure(next->lower, m.last, m.last + 1);
    }
  }
  if (m.has_digits) {
    // Leading zeros: times ("0900"), phone numbers, ids.
    if (first.lower.size() >= 2 && first.lower[0] == '0' && first.lower[1] != '.') return skip();
    // Runs of numbers separated by spaces: phone numbers ("070 123 4567").
    if ((next && is_digits(*next) && !next->line_before) || (prev && is_digits(*prev) && !first.line_before))
      return skip();
    if (prev && is_punct(*prev, "+")) return skip();
    // "(202) 555-0100": an area code.
    if (prev && is_punct(*prev, "(") && next && is_punct(*next, ")") && next->glued && after_next &&
        is_digits(*after_next))
      return skip();
    // Dates: "Jan. 25", "August 15", "25 January", "Jan. 25, 2013".
    if (m.last == m.first + 1 && m.value <= 31 && (month_before(toks, m.first) || (next && is_month(*next))))
      return skip();
    if (is_plain_year(first, m.value)) {
      // "in 2013", "2013 elections" are years; "2000 troops" is a count.
      bool plural_noun_follows = next && is_word(*next) && !next->capitalised && next->lower.size() > 3 &&
                                 next->lower.back() == 's' && !in_lexicon(next->lower, "quantity_stop_words") &&
                                 !in_lexicon(next->lower, "measure_units");
      if (!plural_noun_follows || month_before(toks, m.first)) return skip();
    }
    if (is_numbered_name(toks, m.first)) return skip();
    if (prev && is_word(*prev) && (prev->lower == "no" || prev->lower == "nos" || prev->lower == "number") &&
        prev->capitalised)
      return skip();
  }
  // Times: "3 p.m.", "10 a.m.", "3 pm", "0900 GMT", "5 o'clock".
  if (next && is_word(*next)) {
    const std::string& s = next->lower;
    if ((s == "a" || s == "p") && after_next && is_punct(*after_next, ".") && after_next->glued &&
        m.last + 2 < n && toks[m.last + 2].lower == "m")
      return skip();
    if (s == "am" || s == "pm" || s == "a.m." || s == "p.m." || s == "a.m" || s == "p.m" || s == "gmt" || s == "utc" || s == "o'clock" ||
        (s == "o" && after_next && after_next->lower == "'"))
      return skip();
  }
  // Ages: "aged 25", "age 25", "25 years old".
  if (prev && is_word(*prev) && (prev->lower == "aged" || prev->lower == "age")) return skip();
  if (next && (next->lower == "years" || next->lower == "year") && after_next && after_next->lower == "old")
    return skip();
  // Money before the number: "$ 5", "Rs 500", "USD 5 million".
  if (prev && (is_currency_symbol(*prev) ||
               (is_word(*prev) && (prev->lower == "rs" || prev->lower == "usd" || prev->lower == "us" ||
                                   prev->lower == "eur" || prev->lower == "inr" || prev->lower == "afs"))))
    return measure(prev->lower, m.first - 1, m.first - 1);
  // Units after the number: "5 tons", "40 percent", "3 days", "2 million dollars".
  std::string ignored;
  if (std::size_t len = match_at(phrase_table("measure_units"), toks, m.last, &ignored)) {
    std::string unit;
    for (std::size_t k = m.last; k < m.last + len; ++k) unit += (unit.empty() ? "" : " ") + toks[k].lower;
    return measure(unit, m.last, m.last + len);
  }
  return use;
}

}  // namespace claims::quantities
