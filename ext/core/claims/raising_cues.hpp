// Raising predicates: "the deal seems to be unravelling", "the veto is
// expected to come Friday", "the talks were widely believed to have
// failed". An expectation or impression that nobody in the sentence
// owns: an impersonal claim whose content is the infinitive.
#pragma once

#include <vector>

#include "core/claims/cues.hpp"
#include "core/claims/tokens.hpp"

namespace claims::attribution {

// Adds a speakerless cue for each raising verb (raising_verbs) or "be" +
// raising participle (raising_participles) followed by "to" + a verb.
// Replaces a weak or belief one-word cue on the same word ("expected" of
// the belief list needs a clause it does not have here); any other cue
// there keeps its place. Keeps `cues` in token order.
void add_raising_cues(const std::vector<Token>& toks, std::vector<Cue>& cues);

}  // namespace claims::attribution
