#include "core/quantities/repeats.hpp"

namespace claims::quantities {

void mark_repeats(std::vector<Quantity>& qs, const std::vector<RepeatHints>& hints) {
  for (std::size_t k = 0; k < qs.size(); ++k) {
    Quantity& q = qs[k];
    if (!q.count_type || q.value == 0) continue;  // "no one was killed" repeats nothing
    bool fresh = k < hints.size() && hints[k].new_event_cue && !hints[k].definite;
    if (fresh) continue;
    for (std::size_t p = 0; p < k; ++p) {
      const Quantity& e = qs[p];
      if (!e.repeat && e.count_type == q.count_type && e.value == q.value) {
        q.repeat = true;
        break;
      }
    }
  }
}

}  // namespace claims::quantities
