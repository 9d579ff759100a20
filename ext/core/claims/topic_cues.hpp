// Noun-phrase and evaluative attributions: cues whose content is a topic
// (the noun phrase after a preposition or a judging verb) rather than a
// reported clause. "her comments about X", "his support for Y", "is a
// staunch opponent of Z", "expressed misgivings about W", "spoke out on
// Tuesday about V", "is questioning the integrity of U", "asked him about
// T", "blasted X as a disgrace".
#pragma once

#include <optional>
#include <vector>

#include "core/claims/cues.hpp"
#include "core/claims/speaker.hpp"
#include "core/claims/tokens.hpp"

namespace claims::attribution {

// Adds the topic cues of a sentence to `cues` (kept in token order). A new
// cue never overlaps an existing one, except that it replaces a weak
// one-word cue it contains ("asked" of "asked him about X"). Verbs of
// force that also judge ("attacked", "hit", "defended") become cues only
// with evidence of a verdict: a person object and "for/as/over" + reason,
// or a statement-like object ("attacked his remarks") — never "attacked
// the village".
void add_topic_cues(const std::vector<Token>& toks, std::vector<Cue>& cues);

// "Claiming the upper hand, the group said S" / "Blasting the plan as a
// failure, the senator walked out": a participle cue opening the sentence
// (its object before the comma) has the main clause's subject as speaker.
// Returns that subject when a verb follows it.
std::optional<TokenRange> opening_participle_subject(const std::vector<Token>& toks, const Cue& cue);

}  // namespace claims::attribution
