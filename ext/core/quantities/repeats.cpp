#include "core/quantities/repeats.hpp"
#include "core/text/ascii.hpp"
#include "lexicon/lexicon.hpp"

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

// A figure given by a vague word ("several", "a number of"), read from the
// vague_quantities lexicon's phrases.
bool is_vague(const Quantity& q) {
  static const std::set<std::string> words = [] {
    std::set<std::string> out;
    for (const auto& line : lexicon::list("vague_quantities")) {
      auto eq = line.find(" = ");
      if (eq != std::string::npos) out.insert(text::ascii_lower(line.substr(0, eq)));
    }
    return out;
  }();
  return !q.qualifier.empty() && words.count(text::ascii_lower(q.qualifier)) > 0;
}

}  // namespace

void mark_repeats(std::vector<Quantity>& qs, const std::vector<RepeatHints>& hints) {
  // Figures already counted, by (count type, value), with the head nouns seen:
  // O(n log n) overall.
  std::map<std::pair<std::string, double>, std::set<std::string>> counted;
  std::set<std::string> types_seen;
  // The largest exact figure counted so far per count type, and how much
  // of it later detail figures have taken up.
  struct Total {
    double value = 0, detail = 0;
    std::string head;
  };
  std::map<std::string, Total> totals;
  // A vague figure before an exact one of the same type is the summary of
  // the detail that follows ("Several insurgents killed in Helmand … killed
  // four insurgents … 11 insurgents were killed"): the detail counts.
  std::set<std::string> exact_after;
  std::vector<bool> summary(qs.size(), false);
  for (std::size_t k = qs.size(); k-- > 0;) {
    if (!qs[k].count_type || qs[k].value == 0) continue;
    // A definite or anaphoric mention ("the individual", "him") is no
    // detail of its own.
    bool referring = k < hints.size() && (hints[k].definite || hints[k].anaphoric);
    if (is_vague(qs[k]))
      summary[k] = exact_after.count(*qs[k].count_type) > 0;
    else if (!referring)
      exact_after.insert(*qs[k].count_type);
  }
  for (std::size_t k = 0; k < qs.size(); ++k) {
    Quantity& q = qs[k];
    if (!q.count_type || q.value == 0) continue;  // "no one was killed" repeats nothing
    if (summary[k]) {
      q.repeat = true;
      types_seen.insert(*q.count_type);
      continue;
    }
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
    // A total followed by its breakdown ("killed seventeen insurgents …
    // seven insurgents were killed in … four in …"): smaller figures of the
    // same type and noun that still fit in the total are its detail.
    Total& t = totals[*q.count_type];
    bool same_noun = t.head.empty() || head.empty() || t.head == head;
    bool vague = is_vague(q);
    if (!seen && !fresh && !vague && t.value > 0 && same_noun && q.value < t.value &&
        t.detail + q.value <= t.value) {
      t.detail += q.value;
      seen = true;
    }
    if (seen && !fresh) {
      q.repeat = true;
    } else {
      counted[key].insert(head);
      if (!vague && q.value >= t.value) t = Total{q.value, 0, head};
    }
  }
}

}  // namespace claims::quantities
