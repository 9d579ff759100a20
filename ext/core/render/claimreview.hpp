// A claim as schema.org ClaimReview JSON, for fact-checking tools: the
// claim text, who made it (and for which side), when, and where it
// appeared. No truth rating is invented: the review says the claim is
// unrated, and when other claims contradict it, that it is disputed and
// why, citing each contradicting claim with its own author and appearance.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace claims::render {

struct ReviewedAppearance {
  std::optional<std::string> url, headline, published, publisher;
};

struct ReviewedClaim {
  std::int64_t id = 0;
  std::string text;
  std::optional<std::string> author;  // the speaker (canonical name, else as written)
  bool author_is_person = false;
  std::optional<std::string> side;    // the speaker's side
  std::optional<std::string> said_on; // YYYY-MM-DD
  bool hedged = false;                // the article marks it unverified
  ReviewedAppearance appearance;
};

struct ReviewEvidence {
  ReviewedClaim other;  // the contradicting claim
  std::string kind;     // denial | control | quantity | event
  double score = 0;
  std::string reason;
};

struct ClaimReviewInput {
  ReviewedClaim claim;
  std::vector<ReviewEvidence> contradictions;  // strongest first (the caller may keep only the first few)
  std::int64_t more_contradictions = 0;        // contradicting claims left out of `contradictions`
  std::int64_t corroborating_claims = 0;       // other claims asserting the same thing
  std::int64_t corroborating_outlets = 0;      // independent outlets among all of them
};

// One line of JSON (no indentation).
std::string claimreview_json(const ClaimReviewInput& in);

}  // namespace claims::render
