// Word-level cues for the links module: tokens, stems ("stemming-lite":
// lower-case, possessive and plural 's' stripped), multi-word phrase
// matching against the links_* word lists, content words.
//
// Linear in the text length times the (small, fixed) number of phrases.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claims::links::cues {

// Lower-cased word tokens (letters, digits, inner apostrophes; typographic
// apostrophes folded to '). "didn't" stays one token.
std::vector<std::string> tokens(std::string_view text);
// Same, and marks the tokens followed by a '?' (before the next token).
std::vector<std::string> tokens_q(std::string_view text, std::vector<bool>* question_after);
// Same, and gives for each token the last ASCII punctuation byte between it
// and the previous token (0 if none): ',' before "not" in "a ticket, not an
// arrest", '-' inside "no-fly".
std::vector<std::string> tokens_p(std::string_view text, std::vector<bool>* question_after,
                                  std::vector<char>* punct_before);

// Lower-case, drop a possessive "'s"/"'", then a plural 's' (not "ss",
// "us", "is"); words of six letters or more also lose "ing"/"ed" and a
// final 'e', so "threatened"/"threaten" and "captured"/"capture" meet.
// "claims" → "claim", "Taliban's" → "taliban". Words of one group of
// links_synonyms.txt all stem to the group's first word ("died", "dead" →
// "die").
std::string stem(std::string_view token);

// Whether `toks` contains one of the entries of the lexicon list `list`
// (entries may be several words; matched on whole tokens). Returns the
// token index of the first match or npos.
std::size_t find_phrase(const std::vector<std::string>& toks, std::string_view list);
// The number of tokens of the longest entry of `list` that starts at token
// `at`, or 0.
std::size_t phrase_at(const std::vector<std::string>& toks, std::size_t at, std::string_view list);
inline bool has_phrase(const std::vector<std::string>& toks, std::string_view list) {
  return find_phrase(toks, list) != std::string_view::npos;
}

bool is_negation(std::string_view token);  // "not", "no", "didn't", "…n't"

// Stems of the content words: not a stopword, negation, denial, refutation
// or reference noun; at least two characters. Sorted and unique.
std::vector<std::string> content_stems(const std::vector<std::string>& toks);

// |a ∩ b| of two sorted unique vectors.
std::size_t shared(const std::vector<std::string>& a, const std::vector<std::string>& b);

// Polarity cues of a statement.
struct Polarity {
  bool negated = false;   // a negation cue
  bool refutes = false;   // hoax / false / fake / "no evidence" / ...
  bool denies = false;    // deny / reject / refute / dismiss / ...
  bool change = false;    // retook / regained / "no longer" / ...
  bool totality = false;  // entire / all / completely / ...
  bool loss = false;      // fell / lost / withdrew / ...
  bool withdraws = false; // quits / drops out / called off (also sets negated)
  bool question = false;  // a '?' a few words after a cue (doubt, not denial)
  bool neutral = false;   // "confirm or deny", "declined to comment"
  // Content stems in the scope of a negation (the few words after it).
  std::vector<std::string> negated_scope;
};
Polarity polarity(std::string_view text);

// Opposite states (links_antonyms.txt): whether `a` holds a word of one side
// of a pair, not of the other, and `b` a word of the other side. Stems of
// the antonym words found are added to *used (so the topic check can leave
// them out).
bool opposite_states(const std::vector<std::string>& a_stems, const std::vector<std::string>& b_stems,
                     std::vector<std::string>* used);

}  // namespace claims::links::cues
