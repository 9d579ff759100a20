// Attitude and communication nouns with a complement clause as
// attributions: "concerns that S", "his acknowledgment that S", "voiced
// fears that S", "there are signs that S". The noun's owner (a possessive
// before it) or the subject of a verb that expresses it ("expressed",
// "voiced", "raised", "has") is the speaker; with neither, the claim is
// impersonal.
#pragma once

#include <vector>

#include "core/claims/cues.hpp"
#include "core/claims/tokens.hpp"

namespace claims::attribution {

// Adds a cue for each noun of the clause-noun list followed by "that" and
// a clause (a subject, then a finite verb: not a relative clause "concerns
// that were raised"), unless a cue already covers the noun or the clause.
// Keeps `cues` in token order.
void add_noun_clause_cues(const std::vector<Token>& toks, std::vector<Cue>& cues);

// Whether toks[that] is a "that" opening a complement clause (a subject,
// then its verb), not a relative one ("stress | that lasts for years").
bool complement_clause_at(const std::vector<Token>& toks, std::size_t that);

// For a noun cue at toks[noun] owned from the sentence start ("His concerns
// that S were ignored", "The mayor's claim that S was false"): the token
// where S ends, at the main verb; 0 when the noun phrase is no subject or
// no main verb is found. `owner_first` is the first token of its phrase.
std::size_t subject_noun_content_end(const std::vector<Token>& toks, std::size_t owner_first, std::size_t noun);

}  // namespace claims::attribution
