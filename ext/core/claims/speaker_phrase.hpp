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

// Whether the cue word right after the phrase `r` is a noun, not a verb,
// by agreement: "many Republican claims" (a plural quantifier with a
// singular-looking head before an "-s" form), "a controversial comment"
// (an adjective before a bare form).
bool cue_is_noun_after(const std::vector<Token>& toks, TokenRange r, std::size_t cue);

// A lower-case preposition that may follow a reporting verb and open its
// adjunct ("said at a rally", "said of the plan"): never a speaker's start.
bool is_object_preposition(const Token& t);

// The phrase opens with a bare verb after a modal or its negation ("readers
// may not let editorials tell them"): "let" is a verb, not a speaker word.
bool starts_with_bare_verb(const std::vector<Token>& toks, TokenRange r);

// "It is worth noting that S", "it was important noting S": an
// extraposed "it" before a copula and an evaluative word is no speaker.
// `subject` is the clause subject found for the cue at toks[cue].
bool is_impersonal_it_frame(const std::vector<Token>& toks, TokenRange subject, std::size_t cue);

}  // namespace claims::attribution
