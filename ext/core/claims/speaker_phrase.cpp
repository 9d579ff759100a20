#include "core/claims/speaker_phrase.hpp"

#include "core/claims/cue_lexicon.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::attribution {

bool is_prepositional_object(const std::vector<Token>& toks, TokenRange r, bool infinitive) {
  if (r.empty() || r.first == 0 || r.last > toks.size()) return false;
  const Token& before = toks[r.first - 1];
  if (!before.word() || before.in_quote) return false;
  // A subject pronoun is never an object: "after he appeared to suggest".
  const std::string& w = toks[r.first].lower;
  if (r.last - r.first == 1 && (w == "he" || w == "she" || w == "they" || w == "we" || w == "i")) return false;
  if (before.is("after") || before.is("before") || before.is("since") || before.is("until"))
    return infinitive;
  return claims::lexicon::lower_set("speaker_object_prepositions").count(before.lower) > 0;
}

bool is_modal(const Token& t) {
  return t.is("may") || t.is("might") || t.is("can") || t.is("could") || t.is("should") || t.is("must") ||
         t.is("shall");
}

bool starts_with_bare_verb(const std::vector<Token>& toks, TokenRange r) {
  if (r.empty() || r.first == 0 || r.last - r.first < 2 || r.last > toks.size()) return false;
  const Token& w = toks[r.first];
  if (!w.word() || w.capitalized || is_determiner(w.lower)) return false;
  std::size_t k = r.first;
  while (k > 0 && (toks[k - 1].is("not") || toks[k - 1].is("never") || toks[k - 1].lower.ends_with("n't"))) --k;
  return k > 0 && (is_modal(toks[k - 1]) || toks[k - 1].is("will") || toks[k - 1].is("would"));
}

}  // namespace claims::attribution
