// Speaker phrases: the noun phrase before a reporting cue ("Taliban
// spokesman Bilal Karimi claimed"), after it in inversion ("…, said the
// spokesman"), after "according to", and the resolution of pronouns and
// anaphoric phrases ("he", "the group") to an earlier entity mention.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/claims/tokens.hpp"
#include "core/entities/entities.hpp"

namespace claims::attribution {

// Token range [first, last) of a phrase.
struct TokenRange {
  std::size_t first = 0, last = 0;
  bool empty() const { return first >= last; }
};

struct SpeakerBefore {
  std::optional<TokenRange> phrase;  // the subject, appositions included
  bool negated = false;              // "did not deny", "never said"
  bool after_comma = false;          // ", X said" (tag) vs "X said"
  std::size_t gap_start = 0;         // first token skipped between phrase and cue
};

// Subject of the cue at toks[cue]: skips adverbs, auxiliaries and time
// adverbials, then collects a noun phrase; handles "X, a spokesman for Y,
// said", "X, who …, said" and "the spokesperson of Y, X, wrote". Never
// crosses a quotation mark or a clause boundary. Bounded look-back.
SpeakerBefore find_speaker_before(const std::vector<Token>& toks, std::size_t cue);

// Noun phrase starting at toks[i] ("Taliban spokesman Zabihullah Mujahid",
// "the latter"), for inversions and "according to X".
std::optional<TokenRange> find_phrase_after(const std::vector<Token>& toks, std::size_t i);

// Speaker of a quote tag whose inverted phrase is a preposition's object:
// in `"S," X, a spokesman for Y, said at a rally` or `said of the plan`
// the speaker is the name right after the closing quote mark, up to its
// apposition comma. `comma` is the comma before the cue.
std::optional<TokenRange> find_speaker_after_quote(const std::vector<Token>& toks, std::size_t comma);

// Subject of the sentence's main clause, when it comes before toks[before]
// and is followed by a verb ("Trump attacked X, saying S" → "Trump"): the
// speaker of a participle or coordinated cue with no subject of its own.
std::optional<TokenRange> find_clause_subject(const std::vector<Token>& toks, std::size_t before);

// Whether the speaker phrase is a pronoun or an anaphoric "the spokesman".
enum class Anaphor { none, person, group, any };
Anaphor anaphor_kind(const std::vector<Token>& toks, TokenRange r);

// Entity the speaker refers to: the entity mention covering the phrase;
// for an anaphor, the nearest preceding mention of a fitting kind (for "the
// group"-style phrases, the nearest organisation whose name holds
// `head_noun`, else the nearest organisation).
int resolve_speaker(const entities::Analysis& ents, std::size_t start, std::size_t end, Anaphor a,
                    std::string_view head_noun = {});

}  // namespace claims::attribution
