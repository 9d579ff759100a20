// Repeated figures. A text that reports one event tends to give its figure
// more than once (headline, lead, body: "Two insurgents killed in ...",
// "... killing two insurgents", "The two insurgents were ..."). Summing
// value per count type must count each figure once, so later mentions are
// flagged.
//
// Rule: a typed quantity repeats when an earlier, non-repeated quantity of the
// same text has the same count type and the same value, unless its sentence
// announces a different event ("another", "separate", "additional", "also",
// "other", "further", "second"). A definite "the two insurgents" repeats even
// then. A single person referred to by "the", a pronoun or a name after the
// verb repeats whenever any figure of the same type came before ("detained
// several suspects ... detained the man"). A vague figure ("several") before
// an exact one of its type is the summary of the detail that follows, and a
// smaller exact figure of the same type and noun that still fits in the
// largest earlier one is part of its breakdown ("killed seventeen … seven
// were killed in … four in …"): both repeat. The extractor has no notion of
// events beyond that: two events with the same figure in one text, or a
// smaller figure for a later event, without a new-event cue, are counted
// once.
#pragma once

#include <vector>

#include "core/quantities/quantities.hpp"

namespace claims::quantities {

struct RepeatHints {
  bool new_event_cue = false;  // the sentence says "another", "separate", ...
  bool definite = false;       // "the two insurgents", "those 12"
  // One person referred to, not introduced: "(detained) the man", "(killing)
  // him", "(killed) Taliban leader X". Repeats any earlier figure of its type.
  bool anaphoric = false;
};

// hints[k] goes with quantities[k]; sets Quantity::repeat.
void mark_repeats(std::vector<Quantity>& quantities, const std::vector<RepeatHints>& hints);

}  // namespace claims::quantities
