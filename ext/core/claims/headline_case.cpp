#include "core/claims/headline_case.hpp"

#include <string>

#include "core/claims/cue_lexicon.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::attribution {
namespace {

using claims::lexicon::lower_set;

bool function_word(const std::string& w) {
  static const auto& stop = lower_set("stopwords");
  return stop.count(w) > 0;
}

// A word of one of the cue lists: its lower-case reading is the one the
// cue finders know.
bool cue_word(const std::string& w) {
  const auto& lex = cue_lexicon();
  static const auto& directive = lower_set("directive_verbs");
  static const auto& raising = lower_set("raising_verbs");
  static const auto& topic_nouns = lower_set("topic_nouns");
  static const auto& expressing = lower_set("expression_verbs");
  static const auto& rebuke = lower_set("rebuke_verbs");
  return lex.reporting.count(w) || lex.denial.count(w) || lex.belief.count(w) || lex.desire.count(w) ||
         lex.evaluation.count(w) || lex.question.count(w) || lex.topic.count(w) || lex.stance_nouns.count(w) ||
         lex.adverbs.count(w) || lex.evidence_verbs.count(w) || directive.count(w) || raising.count(w) ||
         topic_nouns.count(w) || expressing.count(w) || rebuke.count(w);
}

}  // namespace

bool is_title_case(const std::vector<Token>& toks) {
  std::size_t words = 0, lowered_candidates = 0;
  for (std::size_t k = 0; k < toks.size(); ++k) {
    const Token& t = toks[k];
    if (!t.word() || t.in_quote) continue;
    ++words;
    if (!t.capitalized && !function_word(t.lower) && !is_number(t.lower)) return false;
    if (k > 0 && t.capitalized && (function_word(t.lower) || cue_word(t.lower))) ++lowered_candidates;
  }
  return words >= 3 && lowered_candidates > 0;
}

void lower_headline_words(std::vector<Token>& toks) {
  if (!is_title_case(toks)) return;
  // A colon makes a labelled headline ("Governor Hammers Banks: "Resign"",
  // "Minister: Talks Have Failed"), read by the label and headline-quote
  // rules as the words of the name before it.
  for (const Token& t : toks)
    if (t.is(":") && !t.in_quote) return;
  for (std::size_t k = 1; k < toks.size(); ++k) {
    Token& t = toks[k];
    if (!t.word() || t.in_quote || !t.capitalized) continue;
    // "Vows To Eliminate": the word after "to" is the infinitive's verb.
    bool infinitive = toks[k - 1].is("to") && !toks[k - 1].capitalized && !toks[k - 1].in_quote;
    // "Breaks With": the first word of a two-word cue ("breaks with").
    bool phrase = k + 1 < toks.size() && toks[k + 1].word() && cue_lexicon().topic.count(t.lower + " " + toks[k + 1].lower);
    if (function_word(t.lower) || cue_word(t.lower) || infinitive || phrase) t.capitalized = false;
  }
}

}  // namespace claims::attribution
