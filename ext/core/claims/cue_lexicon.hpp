// The word lists of the claims stage, loaded once, and the questions asked
// of single words: is this a reporting verb, a denial, a function word that
// ends a speaker phrase, a time word ...
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace claims::attribution {

struct CueLexicon {
  const std::unordered_set<std::string>& reporting;  // said, claimed, tweeted, ...
  const std::unordered_set<std::string>& hearer;     // told, informed: the hearer follows
  const std::unordered_set<std::string>& belief;     // believes: only with "that"
  const std::unordered_set<std::string>& denial;     // denied, rejected, refuted, ...
  const std::unordered_set<std::string>& report_nouns;
  const std::unordered_set<std::string>& breakers;   // function words ending a speaker phrase
  const std::unordered_set<std::string>& adverbs;    // skipped between speaker and cue
  const std::unordered_set<std::string>& channels;   // statement, tweet, Twitter
  const std::unordered_set<std::string>& time_words;
  const std::unordered_set<std::string>& weekdays;
  const std::unordered_set<std::string>& months;
  const std::unordered_set<std::string>& pronouns;
  const std::unordered_set<std::string>& role_nouns;
  const std::unordered_set<std::string>& group_nouns;
  const std::vector<std::string>& denial_phrases;
  const std::vector<std::string>& hedges;
  const std::vector<std::string>& disclaimers;
  const std::unordered_set<std::string>& desire;          // wants, plans: with an infinitive
  const std::unordered_set<std::string>& evidence_verbs;  // shows, found: with an evidence subject
  const std::unordered_set<std::string>& evidence_nouns;  // poll, study, video
  const std::unordered_set<std::string>& colon_labels;    // "Note:", "UPDATE:": no speaker
  const std::unordered_set<std::string>& evaluation;      // cited, criticized: the object is the content
  const std::unordered_set<std::string>& topic;           // spoke/complained + about/of/against
  const std::unordered_set<std::string>& question;        // asked/wondered + whether/how/…
  const std::unordered_set<std::string>& stance_nouns;    // X's claim/promise/criticism + that/to/of
  const std::unordered_set<std::string>& stance_adjectives;  // X is critical of / convinced that
};

const CueLexicon& cue_lexicon();

bool is_determiner(std::string_view w);    // the, a, an, this, his, their, ...
bool is_possessive(std::string_view w);    // "taliban's", "residents'"
bool is_possessive_pronoun(std::string_view w);
bool is_pronoun_contraction(std::string_view w);  // "he's", "they're", "we've", "she'd"  // his, her, their, its, our, my
bool is_time_word(std::string_view w);     // Sunday, September, yesterday, weeks
bool is_participle(std::string_view w);    // saying, adding (-ing form)
bool is_past_participle_cue(std::string_view w);  // claimed, said, told, reported
bool is_number(std::string_view w);
bool is_irregular_past(const std::string& w);
bool is_subject_pronoun(std::string_view w);  // i, we, he, she, they: a clause subject, never an object  // "said", "began", "went" (irregular_past_verbs.txt)

}  // namespace claims::attribution
