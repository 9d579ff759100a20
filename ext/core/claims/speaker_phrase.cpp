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
  if (r.last - r.first == 1 && is_subject_pronoun(w)) return false;
  if (before.is("after") || before.is("before") || before.is("since") || before.is("until"))
    return infinitive;
  static const auto& prepositions = claims::lexicon::lower_set("speaker_object_prepositions");
  return prepositions.count(before.lower) > 0;
}

bool is_object_preposition(const Token& t) {
  static const char* const preps[] = {"at", "of", "in", "on", "during", "about", "after", "before",
                                      "from", "for", "with", "while", "when", "as", "to"};
  if (!t.word() || t.capitalized) return false;
  for (const char* w : preps)
    if (t.is(w)) return true;
  return false;
}

bool cue_is_noun_after(const std::vector<Token>& toks, TokenRange r, std::size_t cue) {
  if (r.empty() || r.last != cue || cue >= toks.size() || !toks[cue].word() || toks[cue].capitalized) return false;
  const std::string& v = toks[cue].lower;
  const std::string& head = toks[r.last - 1].lower;
  const std::string& first = toks[r.first].lower;
  bool third_singular = v.size() > 3 && v.ends_with("s") && !v.ends_with("ss");
  bool bare = !third_singular && !v.ends_with("ed") && !v.ends_with("ing");  // "stress", "discuss"
  // "so many Republican claims": a plural quantifier asks for a plural
  // head; a singular-looking word before "-s" is a modifier of that noun.
  bool plural_quantifier = first == "many" || first == "several" || first == "few" || first == "numerous" ||
                           first == "various" || (r.first > 0 && toks[r.first - 1].is("many"));
  if (plural_quantifier && third_singular && r.last - r.first >= 2 && !head.ends_with("s")) return true;
  // "a controversial comment", "post-traumatic stress": a lower-case
  // adjective is no subject of a bare present verb.
  const Token& h = toks[r.last - 1];
  if (!bare || !h.word() || h.capitalized) return false;
  // "said", "told": an irregular past is no bare form; role nouns such as
  // "official" only look like adjectives.
  if (is_irregular_past(v) || cue_lexicon().role_nouns.count(head)) return false;
  for (const char* suffix : {"ic", "al", "ous", "ive", "ful", "less", "est"})
    if (head.size() > 4 && head.ends_with(suffix)) return true;
  return false;
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

bool is_impersonal_it_frame(const std::vector<Token>& toks, TokenRange subject, std::size_t cue) {
  if (subject.last - subject.first != 1 || cue > toks.size() || subject.last >= cue) return false;
  if (!toks[subject.first].is("it") && !toks[subject.first].is("it's")) return false;
  // Between "it" and the cue: a copula (possibly after a modal) and a few
  // lower-case words, none a name or a pronoun ("it is worth", "it would be
  // useful", "it's perhaps worth").
  bool copula = toks[subject.first].is("it's");
  if (cue - subject.last > 5) return false;
  for (std::size_t k = subject.last; k < cue; ++k) {
    const Token& t = toks[k];
    if (!t.word() || t.capitalized || t.in_quote || cue_lexicon().pronouns.count(t.lower) || is_determiner(t.lower))
      return false;  // "it is the mayor saying S" names a speaker
    copula |= t.is("is") || t.is("was") || t.is("be") || t.is("been") || t.is("'s");
  }
  return copula;
}

}  // namespace claims::attribution
