#include "core/claims/clause_shapes.hpp"

#include "core/claims/cue_lexicon.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::attribution {

// toks[first, last) is a prepositional phrase with no verb ("During his
// seven years in office", "In the past"): it sets the scene, it says nothing.
bool is_fronted_adverbial(const std::vector<Token>& toks, std::size_t first, std::size_t last) {
  static const char* const preps[] = {"during", "in", "on", "at", "after", "before", "since", "for", "over",
                                      "throughout", "within", "following", "despite", "under", "by"};
  if (first >= last || last > toks.size() || last - first > 12) return false;
  const auto& lex = cue_lexicon();
  // "Too often, X said, S", "And perhaps, he said, S": adverbs alone.
  static const char* const adverbs[] = {"and", "but", "so", "yet", "too", "often", "perhaps", "still", "now",
                                        "then", "instead", "again", "also", "indeed", "maybe", "sometimes", "soon"};
  bool adverbs_only = last - first <= 3;
  for (std::size_t k = first; k < last && adverbs_only; ++k) {
    bool adverb = toks[k].word() && (toks[k].lower.ends_with("ly") || lex.adverbs.count(toks[k].lower));
    for (const char* w : adverbs) adverb |= toks[k].lower == w;
    adverbs_only = adverb;
  }
  if (adverbs_only) return true;
  // "Back in Virginia", "Later that year": an adverb before the preposition.
  if (first + 2 < last && !toks[first + 1].capitalized &&
      (lex.adverbs.count(toks[first].lower) || toks[first].lower == "back" || toks[first].lower.ends_with("ly")))
    ++first;
  bool prep = false;
  for (const char* w : preps) prep |= toks[first].lower == w;
  if (!prep) return false;
  for (std::size_t k = first + 1; k < last; ++k) {
    const Token& t = toks[k];
    if (!t.word() || t.in_quote || t.is("that") || t.is("who") || t.is("which")) return false;
    if (lex.reporting.count(t.lower) || t.is("is") || t.is("was") || t.is("are") || t.is("were") || t.is("has") ||
        t.is("have") || t.is("had") || t.is("will") || t.is("would"))
      return false;
    if (!t.capitalized && t.lower.size() > 3 && t.lower.ends_with("ed")) return false;
  }
  return true;
}

// "what was claimed to be X", "what is believed to be Y": a passive cue
// in a free relative, whose content is the infinitive after it.
bool free_relative_passive(const std::vector<Token>& toks, const Cue& c) {
  return c.pattern == CuePattern::passive && c.first >= 2 && c.last + 1 < toks.size() && toks[c.last].is("to") &&
         toks[c.first - 2].is("what") &&
         (toks[c.first - 1].is("was") || toks[c.first - 1].is("is") || toks[c.first - 1].is("were") ||
          toks[c.first - 1].is("are"));
}

// A noun that names something said or held: "comment", "claims", "fears".
bool is_speech_noun(const std::string& w) {
  const auto& lex = cue_lexicon();
  static const auto& clause_nouns = claims::lexicon::lower_set("clause_nouns");
  static const auto& topic_nouns = claims::lexicon::lower_set("topic_nouns");
  return lex.stance_nouns.count(w) || lex.report_nouns.count(w) || clause_nouns.count(w) || topic_nouns.count(w);
}

}  // namespace claims::attribution
