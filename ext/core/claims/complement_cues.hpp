// Complement clauses as attributions: a verb of communication, cognition,
// perception or evidence followed by "that", "whether", "if", "how",
// "why" or "what" and a clause reports what its subject says, thinks or shows ("the
// court ruled that S", "she disclosed that S", "he isn't saying if S").
// A fallback for verbs no other cue list holds, plus the questions the
// extractor asks about such clauses (is a negated cue still a claim? does
// a participle take the main clause's subject?).
#pragma once

#include <cstddef>
#include <vector>

#include "core/claims/cues.hpp"
#include "core/claims/tokens.hpp"

namespace claims::attribution {

// Index of the complementiser ("that", "whether", "if", "how", "why", "what") that
// opens a clause after the cue ending at toks[cue_last - 1], past channel
// and time adverbials; toks.size() when none does. "that" must open a
// clause (a finite verb follows), not a noun phrase ("heard that story").
std::size_t complement_after(const std::vector<Token>& toks, std::size_t cue_last);

// A clause with no complementiser starts at toks[k]: a subject-like word
// and a finite verb soon after ("| those losses were generated …"), not an
// object ("| him", "| the comment as a dig").
bool bare_clause_at(const std::vector<Token>& toks, std::size_t k);

// Adds a cue for each verb of the complement-verb list that takes a clause
// and has a subject that can speak (a name, a pronoun, a role, group,
// report or evidence noun, or a plural noun), unless a cue is already
// there. Keeps `cues` in token order.
void add_complement_cues(const std::vector<Token>& toks, std::vector<Cue>& cues);

// A negated cue ("doesn't believe that S", "isn't saying if S", "has not
// said when S") still attributes its clause: the speaker disputes S (a
// "that" clause) or leaves the question open (a wh- clause). Adjusts the
// cue's flags and returns true when the cue should be kept. Denial cues
// ("did not deny") stay dropped: a double negation asserts nothing clear.
bool keep_negated_cue(const std::vector<Token>& toks, Cue& cue);

// A form of "be" before a progressive cue, negated or contracted too:
// "is saying", "isn't saying", "wasn't claiming".
bool is_progressive_be(const Token& t);

// "and"/"but" joining a second verb to the subject of the first: "X
// agreed, but also contended that S".
bool is_coordinator(const Token& t);

// Cue shapes around a clause: "went on to say" / "going on to say" (the
// catenative joins the cue, so the subject is found before "went" and
// "going" reads as a participle); "asking her, “…?”" / "told them that S"
// (an object pronoun before a quote or clause is the hearer).
void refine_clause_cues(const std::vector<Token>& toks, std::vector<Cue>& cues);

// Where a clause's content ends before the next attribution, whose clause
// starts at toks[next_first] and whose cue is toks[next_cue]. When the next
// clause started before this cue ("X, who understood that S, told Y"),
// this cue sits in a relative clause: S ends at the last comma or dash
// before the next cue.
std::size_t relative_clause_end(const std::vector<Token>& toks, std::size_t cue_last, std::size_t next_first,
                                std::size_t next_cue);

// "X, who understood that S, ordered Y": a cue inside a relative clause
// on its speaker; S ends at the comma before the main verb ("ordered").
// `limit` when the speaker is no "X, who" or no such comma follows.
std::size_t who_clause_end(const std::vector<Token>& toks, std::size_t speaker_last, std::size_t cue_first,
                           std::size_t limit);

}  // namespace claims::attribution
