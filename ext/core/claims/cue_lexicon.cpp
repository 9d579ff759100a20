#include "core/claims/cue_lexicon.hpp"

#include "lexicon/lexicon.hpp"

namespace claims::attribution {

const CueLexicon& cue_lexicon() {
  using claims::lexicon::list;
  using claims::lexicon::lower_set;
  static const CueLexicon lex{lower_set("reporting_verbs"),   lower_set("hearer_verbs"),
                              lower_set("belief_verbs"),      lower_set("denial_verbs"),
                              lower_set("report_nouns"),      lower_set("speaker_breakers"),
                              lower_set("cue_adverbs"),       lower_set("attribution_channels"),
                              lower_set("time_words"),        lower_set("weekdays"),
                              lower_set("months"),            lower_set("speaker_pronouns"),
                              lower_set("speaker_role_nouns"), lower_set("speaker_group_nouns"),
                              list("denial_phrases"),         list("hedge_cues"),
                              list("verification_disclaimers"), lower_set("desire_verbs"),
                              lower_set("evidence_verbs"),    lower_set("evidence_nouns"),
                              lower_set("colon_labels"),      lower_set("evaluation_verbs"),
                              lower_set("topic_verbs"),       lower_set("question_verbs"),
                              lower_set("stance_nouns"),      lower_set("stance_adjectives")};
  return lex;
}

bool is_irregular_past(const std::string& w) {
  static const auto& pasts = claims::lexicon::lower_set("irregular_past_verbs");
  return pasts.count(w) > 0;
}

bool is_subject_pronoun(std::string_view w) {
  return w == "i" || w == "we" || w == "he" || w == "she" || w == "they";
}

bool is_determiner(std::string_view w) {
  static const std::unordered_set<std::string_view> dets{"the",   "a",    "an",    "this", "that",  "these",
                                                         "those", "his",  "her",   "its",  "their", "our",
                                                         "my",    "your", "such",  "some", "any",   "every",
                                                         "each",  "no",   "another"};
  return dets.count(w) > 0;
}

bool is_possessive(std::string_view w) {
  // "he's claiming", "it's": a pronoun's "'s" is "is" or "has", not a genitive.
  if (w.size() > 2 && w.substr(w.size() - 2) == "'s" && is_pronoun_contraction(w)) return false;
  // "residents'" but not the newswire quote mark "''"
  return (w.size() > 2 && w.substr(w.size() - 2) == "'s") ||
         (w.size() > 2 && w.back() == '\'' && w[w.size() - 2] != '\'');
}

bool is_pronoun_contraction(std::string_view w) {
  std::size_t ap = w.find('\'');
  if (ap == std::string_view::npos || ap == 0) return false;
  std::string_view stem = w.substr(0, ap), tail = w.substr(ap + 1);
  if (tail != "s" && tail != "re" && tail != "ve" && tail != "ll" && tail != "d") return false;
  return cue_lexicon().pronouns.count(std::string(stem)) > 0 || stem == "that" || stem == "who" || stem == "there" ||
         stem == "what" || stem == "here";
}

bool is_possessive_pronoun(std::string_view w) {
  return w == "his" || w == "her" || w == "their" || w == "its" || w == "our" || w == "my";
}

bool is_time_word(std::string_view w) {
  const auto& lex = cue_lexicon();
  std::string s(w);
  return lex.time_words.count(s) || lex.weekdays.count(s) || lex.months.count(s);
}

bool is_participle(std::string_view w) { return w.size() > 4 && w.substr(w.size() - 3) == "ing"; }

bool is_past_participle_cue(std::string_view w) {
  if (w == "said" || w == "told" || w == "written" || w == "thought" || w == "known") return true;
  return w.size() > 3 && w.substr(w.size() - 2) == "ed";
}

bool is_number(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (!((c >= '0' && c <= '9') || c == ',' || c == '.')) return false;
  return true;
}

}  // namespace claims::attribution
