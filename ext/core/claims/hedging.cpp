#include "core/claims/hedging.hpp"

#include "core/claims/cue_lexicon.hpp"
#include "core/claims/tokens.hpp"

namespace claims::attribution {

bool has_hedge(const std::string& joined) { return contains_phrase(joined, cue_lexicon().hedges); }

bool is_verification_disclaimer(const std::string& joined) {
  return contains_phrase(joined, cue_lexicon().disclaimers);
}

std::vector<bool> hedged_by_disclaimers(const std::vector<std::size_t>& claim_sentences,
                                        const std::vector<bool>& disclaimer,
                                        const std::vector<std::size_t>& paragraph) {
  std::vector<bool> out(claim_sentences.size(), false);
  const std::size_t n = disclaimer.size();
  // For each sentence, the paragraph whose claims a disclaimer there hedges.
  // Target paragraph of a disclaimer sentence d: its own paragraph when a
  // sentence of that paragraph precedes it, otherwise the previous one.
  // hedge_until[p] = last disclaimer sentence index targeting paragraph p.
  std::vector<long> hedge_until(n ? paragraph.back() + 1 : 0, -1);
  for (std::size_t d = 0; d < n; ++d) {
    if (!disclaimer[d]) continue;
    bool opens_paragraph = d == 0 || paragraph[d - 1] != paragraph[d];
    if (!opens_paragraph) {
      hedge_until[paragraph[d]] = static_cast<long>(d);
    } else if (d > 0) {
      hedge_until[paragraph[d - 1]] = static_cast<long>(d);
    }
  }
  for (std::size_t c = 0; c < claim_sentences.size(); ++c) {
    std::size_t s = claim_sentences[c];
    if (s >= n) continue;
    long until = hedge_until[paragraph[s]];
    out[c] = until >= 0 && static_cast<long>(s) < until;
  }
  return out;
}

}  // namespace claims::attribution
