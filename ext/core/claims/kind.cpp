#include "core/claims/kind.hpp"

#include "core/claims/tokens.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::attribution {

namespace {

// The content speaks of an aim: a verb of hoping, planning or trying with
// an infinitive ("hope to", "plans to", "trying to", "able to").
bool states_intention(const std::string& joined) {
  const auto& desire = claims::lexicon::lower_set("desire_verbs");
  static const char* const extra[] = {"hope", "hopes", "hoped", "hoping", "try", "tries", "tried", "trying", "able"};
  for (std::size_t at = joined.find(" to "); at != std::string::npos; at = joined.find(" to ", at + 1)) {
    std::size_t b = joined.rfind(' ', at - 1);
    if (b == std::string::npos) continue;
    std::string w = joined.substr(b + 1, at - b - 1);
    if (desire.count(w)) return true;
    for (const char* e : extra)
      if (w == e) return true;
  }
  return false;
}

}  // namespace

std::string classify_kind(const std::string& content_joined, bool denies, bool counted_quantity) {
  using claims::lexicon::list;
  if (denies) return "denial";
  // A counted figure ("700 killed, 600 captured") makes it a casualty claim
  // even though "captured" is also a control word.
  if (counted_quantity) return "casualties";
  // An aim is not a claim of control: "the rebels hope to be able to
  // clear the valley", "they plan to capture the pass".
  if (contains_phrase(content_joined, list("claim_kind_control")) && !states_intention(content_joined)) return "control";
  if (contains_phrase(content_joined, list("claim_kind_casualties"))) return "casualties";
  if (contains_phrase(content_joined, list("claim_kind_event"))) return "event";
  return "statement";
}

}  // namespace claims::attribution
