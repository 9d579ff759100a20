#include "core/quantities/repeats.hpp"
#include "core/text/ascii.hpp"

#include <map>
#include <set>
#include <string>
#include <utility>

namespace claims::quantities {
namespace {

// The head noun of a counted phrase, lower-cased, plural 's' dropped:
// "suspected insurgents" -> "insurgent".
std::string head_noun(const std::optional<std::string>& object) {
  if (!object) return {};
  const std::string& s = *object;
  auto space = s.find_last_of(' ');
  std::string w = s.substr(space == std::string::npos ? 0 : space + 1);
  w = text::ascii_lower(w);
  if (w.size() > 3 && w.back() == 's') w.pop_back();
  return w;
}

}  // namespace

void mark_repeats(std::vector<Quantity>& qs, const std::vector<RepeatHints>& hints) {
  // Figures already counted, by (count type, value), with the head nouns seen:
  // O(n log n) overall.
  std::map<std::pair<std::string, double>, std::set<std::string>> counted;
  std::set<std::string> types_seen;
  for (std::size_t k = 0; k < qs.size(); ++k) {
    Quantity& q = qs[k];
    if (!q.count_type || q.value == 0) continue;  // "no one was killed" repeats nothing
    auto key = std::make_pair(*q.count_type, q.value);
    std::string head = head_noun(q.object);
    auto it = counted.find(key);
    bool seen = it != counted.end();
    // A single person is only the same one under the same noun: "a facilitator
    // and a leader" are two.
    // A pronoun ("killing him") is whoever was last counted.
    if (seen && q.value == 1 && q.object) seen = it->second.count(head) > 0;
    bool fresh = k < hints.size() && hints[k].new_event_cue && !hints[k].definite;
    if (k < hints.size() && hints[k].anaphoric) {
      seen = types_seen.count(*q.count_type) > 0;
      fresh = false;
    }
    types_seen.insert(*q.count_type);
    if (seen && !fresh)
      q.repeat = true;
    else
      counted[key].insert(head);
  }
}

}  // namespace claims::quantities
