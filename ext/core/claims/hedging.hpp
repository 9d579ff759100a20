// Hedging: a claim is hedged when it is marked unverified, either inside
// its own sentence ("reportedly", "unconfirmed reports", "allegedly") or by
// a verification disclaimer right after it ("The information could not be
// verified independently."), which hedges the claims of the preceding
// sentences of its paragraph — or, when the disclaimer opens its own
// paragraph, those of the paragraph before. "claimed" is not a hedge.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace claims::attribution {

bool has_hedge(const std::string& joined);
bool is_verification_disclaimer(const std::string& joined);

// For each claim (given by its sentence index), whether a later disclaimer
// sentence hedges it. `disclaimer[s]` marks disclaimer sentences and
// `paragraph[s]` the paragraph of sentence s.
std::vector<bool> hedged_by_disclaimers(const std::vector<std::size_t>& claim_sentences,
                                        const std::vector<bool>& disclaimer,
                                        const std::vector<std::size_t>& paragraph);

}  // namespace claims::attribution
