// ClaimFacts from the pipeline's Annotations: what the links rules need of
// each claim of one text. Used by contradiction_score() for ad-hoc texts
// and reusable by the store for stored claims.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/links/links.hpp"
#include "core/pipeline.hpp"

namespace claims::links {

// One ClaimFacts per attributed claim of `ann` (in claim order). Entity ids
// are local: index into ann.entities.entities + 1 (0 = unknown), so ids
// from two different texts must be unified by name before comparing them
// (see unify_entities). `article` is copied into every fact; `id` is the
// claim's index + 1.
//
// A text with no attributed claim yields one unattributed assertion made of
// the whole text (whole_text_fact).
std::vector<ClaimFacts> facts_of(const Annotations& ann, std::int64_t article = 0);

// The whole text as one unattributed statement: stance "denies" when it
// carries a negation, denial or refutation cue; kind from the claim-kind
// cue lists (casualties when it has a counted quantity); entities and
// quantities of the whole text; `when` from its first anchored date.
ClaimFacts whole_text_fact(const Annotations& ann, std::int64_t article = 0);

// Re-number the entity ids (speaker, party, location, entities) of facts
// built from different texts so that the same name (alias_key) gets the
// same id everywhere. Names are taken from the *_name fields and
// entity_names.
void unify_entities(std::vector<ClaimFacts*> facts);

}  // namespace claims::links
