// Measurements named in a prepositional phrase: "In the latest poll,
// Smith leads by five points", "she did not get a bump in two national
// surveys", "S, by one estimate". The phrase attributes the clause to the
// measurement as "according to" does: an according_to cue on the
// preposition, the phrase its speaker.
#pragma once

#include <vector>

#include "core/claims/cues.hpp"
#include "core/claims/tokens.hpp"

namespace claims::attribution {

// Adds one such cue to a sentence that has no other cue (a sentence with
// a reporting verb already names its source: "In a survey, X found S").
// The preposition is "in" or "by"; the noun (evidence_phrase_nouns) ends
// a short noun phrase of determiners, numbers, modifiers and names.
void add_evidence_phrase_cues(const std::vector<Token>& toks, std::vector<Cue>& cues);

}  // namespace claims::attribution
