#include "core/claims/evidence_phrase_cues.hpp"

#include "core/claims/cue_lexicon.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::attribution {
namespace {

using claims::lexicon::lower_set;

// A word that may stand inside the noun phrase before the measurement
// noun: not a verb of "be"/"have", a relative or a reporting verb (those
// open a clause: "in which voters said", "in polls that show").
bool phrase_word(const Token& t) {
  if (!t.word() || t.in_quote) return t.is("/") || t.is("-");
  static const char* const stops[] = {"is",  "are",  "was",   "were", "be",  "been", "has",  "have", "had", "that",
                                      "which", "who", "where", "when", "while", "but", "than", "as",   "if",  "not"};
  for (const char* s : stops)
    if (t.is(s)) return false;
  return !cue_lexicon().reporting.count(t.lower);
}

}  // namespace

void add_evidence_phrase_cues(const std::vector<Token>& toks, std::vector<Cue>& cues) {
  static const auto& nouns = lower_set("evidence_phrase_nouns");
  if (!cues.empty()) return;
  const std::size_t n = toks.size();
  for (std::size_t i = 0; i + 2 < n; ++i) {
    const Token& p = toks[i];
    if (p.in_quote || !(p.is("in") || p.is("by"))) continue;
    // The measurement noun within ten words, nothing clause-like before it.
    std::size_t head = n;
    // ("estimate" is also a reporting verb: the noun is tested first.)
    for (std::size_t k = i + 1; k < n && k <= i + 10; ++k) {
      if (toks[k].word() && !toks[k].in_quote && nouns.count(toks[k].lower) && !toks[k].capitalized) { head = k; break; }
      if (!phrase_word(toks[k])) break;
    }
    if (head == n) continue;
    // At the start it must be closed by a comma ("In the poll, S"); inside
    // the sentence it needs a clause before it ("S in two polls").
    bool opening = i == 0 || (i == 1 && toks[0].word() && cue_lexicon().adverbs.count(toks[0].lower));
    if (opening) {
      std::size_t k = head + 1;
      while (k < n && k <= head + 12 && !toks[k].is(",")) ++k;
      if (k >= n || k + 2 >= n || !toks[k].is(",")) continue;
    } else {
      std::size_t words = 0;
      for (std::size_t k = 0; k < i; ++k) words += toks[k].word();
      if (words < 3) continue;
    }
    Cue c{i, i + 1, CuePattern::according_to};
    c.weak = true;
    cues.push_back(c);
    return;  // one per sentence: the first measurement is the source
  }
}

}  // namespace claims::attribution
