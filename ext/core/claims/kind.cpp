#include "core/claims/kind.hpp"

#include "core/claims/tokens.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::attribution {

namespace {

// The content speaks of an aim: a verb of hoping, planning or trying with
// an infinitive ("hope to", "plans to", "trying to", "able to").
bool states_intention(const std::string& joined) {
  const auto& desire = claims::lexicon::lower_set("desire_verbs");
  // "is ready to end the war", "willing to talk": an offer is an aim too.
  static const char* const extra[] = {"hope",   "hopes", "hoped",   "hoping",  "try",     "tries",
                                      "tried",  "trying", "able",   "ready",   "willing", "prepared"};
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

// The content without phrases that hold a casualty word but tell of no
// casualty ("the death penalty", "death threats").
std::string without_false_casualties(const std::string& joined) {
  std::string out = joined;
  for (const auto& p : claims::lexicon::list("claim_kind_not_casualties")) {
    std::string needle = " " + p + " ";
    std::string kept;
    std::size_t from = 0;
    for (std::size_t at = out.find(needle); at != std::string::npos; at = out.find(needle, from)) {
      kept.append(out, from, at - from);
      from = at + needle.size() - 1;  // keep the closing space
    }
    if (from == 0) continue;
    kept.append(out, from, std::string::npos);
    out.swap(kept);
  }
  return out;
}

// "were either killed, surrendered or captured": a capture listed with
// casualty words counts people, not ground. Checks each control phrase
// that matches for a casualty word within a few words of it.
bool capture_of_people(const std::string& joined) {
  static const auto& casualty = claims::lexicon::lower_set("claim_kind_casualties");
  for (const char* w : {" captured ", " capture "}) {
    std::size_t at = joined.find(w);
    if (at == std::string::npos) continue;
    std::size_t from = at, to = at + std::char_traits<char>::length(w);
    for (int k = 0; k < 4 && from > 0 && from != std::string::npos; ++k) from = joined.rfind(' ', from - 1);
    if (from == std::string::npos) from = 0;
    for (int k = 0; k < 3 && to != std::string::npos && to < joined.size(); ++k) to = joined.find(' ', to + 1);
    std::string window = joined.substr(from, (to == std::string::npos ? joined.size() : to) - from);
    for (std::size_t b = 0, e; (e = window.find(' ', b + 1)) != std::string::npos; b = e)
      if (casualty.count(window.substr(b + 1, e - b - 1))) return true;
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
  // clear the valley", "they plan to capture the pass"; nor of an event:
  // "ready to end the war if S" is an offer.
  bool aim = states_intention(content_joined);
  std::string joined = without_false_casualties(content_joined);
  bool casualty = contains_phrase(joined, list("claim_kind_casualties"));
  if (contains_phrase(joined, list("claim_kind_control")) && !aim && !(casualty && capture_of_people(joined)))
    return "control";
  if (casualty) return "casualties";
  if (contains_phrase(joined, list("claim_kind_event")) && !aim) return "event";
  return "statement";
}

}  // namespace claims::attribution
