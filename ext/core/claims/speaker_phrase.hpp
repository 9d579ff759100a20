// Checks that a candidate speaker phrase can be a speaker at all: not the
// object of a preposition ("after a long review"), not a title-case
// headline standing before a colon ("The Long Road Ends: …").
#pragma once

#include <cstddef>
#include <vector>

#include "core/claims/speaker.hpp"
#include "core/claims/tokens.hpp"

namespace claims::attribution {

// The phrase is governed by a preposition right before it ("took to the
// radio to accuse", "in the wake of the report"): its object, not a subject.
// "after", "before", "since" and "until" also open clauses ("shortly after
// X said"); they govern the phrase only before an infinitive cue
// ("decided after a long review not to charge").
bool is_prepositional_object(const std::vector<Token>& toks, TokenRange r, bool infinitive);

// A modal verb: "may", "can", "should"…
bool is_modal(const Token& t);

// The phrase opens with a bare verb after a modal or its negation ("readers
// may not let editorials tell them"): "let" is a verb, not a speaker word.
bool starts_with_bare_verb(const std::vector<Token>& toks, TokenRange r);

}  // namespace claims::attribution
