#include "core/time/tense.hpp"

#include "core/time/vocabulary.hpp"

namespace claims::time {
namespace {

constexpr std::size_t kWindowBefore = 12;  // tokens searched left of the timex
constexpr std::size_t kWindowAfter = 10;   // and right of it

// Whether the word at i is a participle of planning ("scheduled", "due")
// put in the past perfect or marked as an earlier plan: "had been due",
// "had planned", "previously scheduled".
bool planned_before(const std::vector<Token>& t, std::size_t i) {
  if (i == 0) return false;
  const auto& p = t[i - 1].lower;
  if (p == "had" || p == "previously") return true;
  return p == "been" && i >= 2 && t[i - 2].lower == "had";
}

// Tense marked by the phrase starting at token i, if any.
Tense marker_at(const std::vector<Token>& t, std::size_t i) {
  const auto& vocab = vocabulary();
  // A participle after "be" ("will be held", "is expected") carries no
  // tense of its own: the auxiliary before it decides.
  bool after_be = i > 0 && (t[i - 1].lower == "be" || t[i - 1].lower == "been" || t[i - 1].lower == "being" ||
                            t[i - 1].lower == "is" || t[i - 1].lower == "are");
  for (const auto& p : vocab.tense_markers) {
    if (i + p.tokens.size() > t.size()) continue;
    bool ok = true;
    for (std::size_t k = 0; k < p.tokens.size() && ok; ++k) ok = t[i + k].lower == p.tokens[k];
    if (!ok) continue;
    if (p.value == "FUTURE") {
      // "had been scheduled to expire Friday", "as previously planned": a
      // plan reported in the past perfect was due before the reference.
      if (planned_before(t, i)) return Tense::Past;
      return Tense::Future;
    }
    if (p.value == "PAST") {
      if (after_be) return Tense::None;
      // "won't" is "won" + "'" + "t": a future negation, not the past of win.
      if (t[i].lower == "won" && i + 2 < t.size() && t[i + 1].lower == "'" && t[i + 2].lower == "t")
        return Tense::Future;
      return Tense::Past;
    }
    return Tense::None;  // listed as a non-marker ("need", "hundred")
  }
  const auto& w = t[i].lower;
  // Present progressive with a time ahead: "are meeting on Thursday".
  if (t[i].is_word() && w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0 && i > 0 &&
      (t[i - 1].lower == "is" || t[i - 1].lower == "are" || t[i - 1].lower == "am"))
    return Tense::Future;
  // Regular past tense / participle: "announced", "attacked". Capitalised
  // words are usually names ("Ahmed"), so they do not count.
  // "un-" adjectives ("unconfirmed", "untouched") are not verbs.
  if (t[i].is_word() && !t[i].capitalised && w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 &&
      w.compare(0, 2, "un") != 0) {
    return after_be ? Tense::None : Tense::Past;
  }
  return Tense::None;
}

}  // namespace

bool is_sentence_break(const std::vector<Token>& t, std::size_t i) {
  if (t[i].newline_before) return true;
  if (i == 0) return false;
  const auto& p = t[i - 1].lower;
  if (p != "." && p != "!" && p != "?") return false;
  if (!t[i].capitalised && t[i].is_word()) return false;  // "a.m. on", "Sept. 3"
  // "$10.83", "2.5%": a decimal point between glued digits.
  if (t[i].is_number() && t[i].glued() && t[i - 1].glued() && i >= 2 && t[i - 2].is_number()) return false;
  if (i >= 2 && t[i - 2].is_word() && t[i - 2].lower.size() == 1) return false;  // "a.m."
  // "ended Sept. 30 and …": the point of a month abbreviation before a day
  // number ends no sentence (full names such as "May" may end one).
  if (i >= 2 && t[i].is_number() && t[i - 2].is_word()) {
    const std::string& m = t[i - 2].lower;
    if (m.size() <= 4 && m != "may" && m != "june" && m != "july" && vocabulary().months.count(m)) return false;
  }
  return true;
}

Tense tense_around(const std::vector<Token>& t, std::size_t first, std::size_t last) {
  // The governing verb usually comes before the expression ("said Friday",
  // "will meet on Friday"), so the left side of the sentence is searched
  // first, nearest token first; then the right side ("On Sunday, X was").
  // Only words and numbers count towards the window: the punctuation of
  // "4 a.m. (EDT) Thursday" does not push the verb out of reach.
  std::size_t seen = 0;
  for (std::size_t i = first; i-- > 0 && seen < kWindowBefore;) {
    if (is_sentence_break(t, i + 1)) break;
    if (t[i].kind != TokenKind::Punct) ++seen;
    if (Tense s = marker_at(t, i); s != Tense::None) return s;
  }
  for (std::size_t i = last; i < t.size() && i < last + kWindowAfter; ++i) {
    if (is_sentence_break(t, i)) break;
    if (Tense s = marker_at(t, i); s != Tense::None) return s;
  }
  return Tense::None;
}

}  // namespace claims::time
