// The generic word lists the entity stage reads (ext/lexicon/*.txt), loaded
// once. Every set holds lower-case entries.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace claims::entities::detail {

using WordSet = std::unordered_set<std::string>;

struct Cues {
  const WordSet& titles;           // "president", "gen", "mullah", "spokesperson"
  const WordSet& roles;            // "spokesman", "leader", "commander"
  const WordSet& member_nouns;     // "fighters", "forces", "spokesman": "X fighters" → X is a group
  const WordSet& place_cues;       // "district", "province", "valley"
  const WordSet& place_preps;      // "in", "from", "toward"
  const WordSet& compass;          // "north", "south-west"
  const WordSet& org_words;        // "front", "army", "ministry"
  const WordSet& outlet_words;     // "news", "agency", "times" (byline lexicon)
  const WordSet& group_heads;      // "resistance", "front", "group"
  const WordSet& generic_groups;   // "group", "movement"
  const WordSet& head_blockers;    // "line" in "the front line"
  const WordSet& death_cues;       // "killed", "assassinated"
  const WordSet& death_nouns;      // "death", "assassination"
  const WordSet& kinship;          // "son", "nephew"
  const WordSet& nonname;          // "meanwhile", "photos"
  const WordSet& reporting_verbs;  // "said", "claimed"
  const WordSet& stopwords;        // function words
  const WordSet& starters;         // sentence starters
  const WordSet& weekdays;
  const WordSet& months;
  const WordSet& particles;        // "al", "bin", "van"
  const WordSet& corporate;        // "inc", "ltd"
  const WordSet& demonym_suffixes; // "an", "ese", "i"

  bool has(const WordSet& set, std::string_view lower_word) const {
    return set.count(std::string(lower_word)) != 0;
  }
  // A word that never names anything on its own at the start of a sentence.
  bool is_nonname(std::string_view lower_word) const {
    std::string w(lower_word);
    return nonname.count(w) || stopwords.count(w) || starters.count(w) || weekdays.count(w) || months.count(w);
  }
  bool is_org_word(std::string_view lower_word) const {
    std::string w(lower_word);
    return org_words.count(w) || outlet_words.count(w);
  }
  bool ends_like_demonym(std::string_view lower_word) const;
};

const Cues& cues();

}  // namespace claims::entities::detail
