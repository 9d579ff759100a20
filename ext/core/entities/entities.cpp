// The entity stage: tokens → mentions → relations → entities.
#include "core/entities/entities.hpp"

#include <algorithm>

#include "core/entities/coreference.hpp"
#include "core/entities/mentions.hpp"
#include "core/entities/relations.hpp"
#include "core/entities/tokens.hpp"

namespace claims::entities {

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::person: return "person";
    case Kind::organization: return "organization";
    case Kind::place: return "place";
    default: return "other";
  }
}

Analysis analyze(std::string_view text, const std::vector<sentences::Span>& sentences) {
  if (text.size() >= 0xFFFFFFF0u) return {};  // token offsets are 32-bit
  auto tokens = detail::tokenize(text, sentences);
  auto detected = detail::detect_mentions(text, tokens);
  detail::read_relations(text, tokens, detected);
  return detail::resolve(text, detected.candidates);
}

// Mentions never overlap and are in text order, so the ones touching
// [start, end) are a contiguous run found by binary search. A person wins
// over the organisation in the same phrase ("Taliban spokesman X" is X);
// otherwise the widest overlap, the later one on a tie (the head of an
// English noun phrase comes last).
int Analysis::entity_at(std::size_t start, std::size_t end) const {
  if (end < start) std::swap(start, end);
  auto it = std::partition_point(mentions.begin(), mentions.end(),
                                 [&](const Mention& m) { return m.end <= start; });
  int best = -1;
  std::size_t best_overlap = 0;
  bool best_person = false;
  for (; it != mentions.end() && (it->start < end || (start == end && it->start <= start)); ++it) {
    if (it->entity < 0 || it->entity >= static_cast<int>(entities.size())) continue;
    std::size_t overlap = std::min(end, it->end) - std::max(start, it->start);
    if (start == end) overlap = 0;
    bool person = entities[it->entity].kind == Kind::person;
    if (best < 0 || (person && !best_person) || (person == best_person && overlap >= best_overlap)) {
      best = it->entity;
      best_overlap = overlap;
      best_person = person;
    }
  }
  return best;
}

}  // namespace claims::entities
