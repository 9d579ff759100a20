// Links between claims: contradictions (with a kind, a score and a reason
// an analyst can read) and corroboration (the same assertion made again).
//
// Pure C++ over ClaimFacts — what a comparison needs to know of a claim,
// whether it comes from the stored corpus or from an ad-hoc text. Candidate
// pairs come from blocking_keys(), never from all pairs.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/quantities/quantities.hpp"
#include "core/time/timex.hpp"

namespace claims::links {

struct ClaimFacts {
  std::int64_t id = 0;
  std::int64_t article = 0;
  std::int64_t sentence = 0;  // ordinal of its sentence within the article (consecutive), 0 = unknown
  std::string text;           // the claim's content
  std::string stance;         // asserts | denies
  std::string kind;           // control | casualties | event | statement | denial
  std::int64_t speaker = 0;   // entity ids, 0 = unknown
  std::int64_t party = 0;
  std::int64_t location = 0;
  std::string speaker_name;   // canonical names, for the reason ("" if unknown)
  std::string party_name;
  std::string location_name;
  std::vector<std::int64_t> entities;      // entities mentioned in the content
  std::vector<std::string> entity_names;   // same order
  std::vector<std::int64_t> entity_sides;  // same order: each entity's side (party id), 0 if none
  std::optional<time::Interval> when;      // what the claim is about, if dated
  std::string said_on;                     // YYYY-MM-DD or ""
  std::vector<quantities::Quantity> quantities;  // offsets into `text`
  // The text's analysis (tokens, stems, polarity), filled by the rules on
  // first comparison so a claim compared with many candidates is analysed
  // once. Opaque here; reset it if `text` changes.
  mutable std::shared_ptr<const void> analysis;
};

struct Link {
  std::string kind;    // denial | control | quantity | event
  double score = 0;    // (0, 1]
  std::string reason;  // "Taliban (Zabihullah Mujahid, 6 Sep) asserts control of Panjshir; NRF (...) denies it"
};

// Whether a and b cannot both be true; nullopt when they can (including
// corroboration, sequences such as a later "retook", and a side repeating
// its own figure with another qualifier).
std::optional<Link> contradiction(const ClaimFacts& a, const ClaimFacts& b);

// Whether b asserts the same thing as a (same side or not), for clusters.
bool corroborates(const ClaimFacts& a, const ClaimFacts& b);

// Keys such that two claims that may contradict or corroborate share at
// least one (place/entity × time bucket × kind family). Comparing only
// within keys keeps the pass near-linear.
std::vector<std::string> blocking_keys(const ClaimFacts& c);

// Ad-hoc check of two statements (contradicts('...', '...')): runs the
// extractor on both texts and compares what it finds; a text with no
// attributed claim is taken as one unattributed assertion. 0 when no
// contradiction is found, else the best link's score.
double contradiction_score(std::string_view a, std::string_view b);

}  // namespace claims::links
