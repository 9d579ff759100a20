#include "core/claims/kind.hpp"

#include "core/claims/tokens.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::attribution {

std::string classify_kind(const std::string& content_joined, bool denies, bool counted_quantity) {
  using claims::lexicon::list;
  if (denies) return "denial";
  // A counted figure ("700 killed, 600 captured") makes it a casualty claim
  // even though "captured" is also a control word.
  if (counted_quantity) return "casualties";
  if (contains_phrase(content_joined, list("claim_kind_control"))) return "control";
  if (contains_phrase(content_joined, list("claim_kind_casualties"))) return "casualties";
  if (contains_phrase(content_joined, list("claim_kind_event"))) return "event";
  return "statement";
}

}  // namespace claims::attribution
