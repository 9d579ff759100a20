// Shapes of clauses around a reporting cue that decide where a speaker or
// a content is (or is not): a fronted scene before a tag, a free relative
// with a passive cue, a noun that names speech. Pure token tests, used by
// the extractor's speaker and content passes.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/claims/cues.hpp"
#include "core/claims/tokens.hpp"

namespace claims::attribution {

// toks[first, last) only sets a scene: a prepositional phrase with no verb
// ("During his years in office", "Back in Orvel") or adverbs alone ("Too
// often", "And perhaps"). Before a mid-sentence tag it is no content.
bool is_fronted_adverbial(const std::vector<Token>& toks, std::size_t first, std::size_t last);

// "what was claimed to be X": a passive cue in a free relative, whose
// content is the infinitive after it.
bool free_relative_passive(const std::vector<Token>& toks, const Cue& c);

// A noun that names something said or held ("comment", "claims", "fears"),
// from the stance, report, clause and topic noun lists.
bool is_speech_noun(const std::string& w);

}  // namespace claims::attribution
