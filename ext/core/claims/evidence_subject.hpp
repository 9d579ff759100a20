// The subject of an evidence verb that is too long for the speaker-phrase
// rules: "A new analysis of campaign filings that were made public since
// June, 2015, shows S", "The average of polls taken over two weeks shows
// S", "research conducted by the institute found S". The subject is the
// evidence noun (poll, analysis, study, research, average …) that opens
// the clause, with its modifiers and an "of" complement.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "core/claims/speaker.hpp"
#include "core/claims/tokens.hpp"

namespace claims::attribution {

// Phrase around the first evidence noun of the clause ending before
// toks[cue], when that noun opens the clause (sentence start, or after a
// comma, "and", "but" or "that"). Bounded look-back.
std::optional<TokenRange> evidence_subject(const std::vector<Token>& toks, std::size_t cue);

}  // namespace claims::attribution
