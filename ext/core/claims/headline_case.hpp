// Title-case headlines: "Sanders Vows To Eliminate Tax Breaks" capitalises
// every word, and the cue finders take a capitalised word for a name, so
// they see no verb. Giving the cue words and function words of such a
// headline their lower-case reading lets the ordinary cues read it
// ("Sanders vows to eliminate …", "Lawmakers Rip X As A Fraud").
#pragma once

#include <vector>

#include "core/claims/tokens.hpp"

namespace claims::attribution {

// True when every word of `toks` but function words is capitalised, with
// at least three words and a capitalised function or cue word after the
// first (a headline, not a name list).
bool is_title_case(const std::vector<Token>& toks);

// In a title-case sentence, marks as lower case every word after the
// first that is a function word (stopwords) or a word of the cue lists
// (reporting, denial, belief, desire, evaluation, question, topic,
// directive and raising verbs; attitude and stance nouns; adverbs), and
// the verb after "to" ("Vows To Eliminate").
// Names that happen to be such words ("Will", "Hope") are the price; the
// caller applies this only to a sentence that is a paragraph of its own.
// A headline with a colon is left as it is (a label and its words).
void lower_headline_words(std::vector<Token>& toks);

}  // namespace claims::attribution
