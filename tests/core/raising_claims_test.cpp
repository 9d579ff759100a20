// Raising predicates (core/claims/raising_cues): "X seems to S", "X is
// expected to S" state an impression nobody in the sentence owns, an
// impersonal claim whose content is the infinitive. Invented sentences
// about made-up places and people.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/claims/claims.hpp"
#include "claims_stage.hpp"

using claims::attribution::Claim;

TEST_CASE("raising: 'is expected to' is an impersonal claim up to the clause end", "[claims][raising]") {
  auto cs = claims_test::stage_claims("The Vell council is expected to approve the canal budget on Monday, but farmers object.");
  const Claim* c = claims_test::first_with_text(cs, "to approve the canal budget on Monday");
  REQUIRE(c != nullptr);
  CHECK(c->speaker.empty());
  CHECK(c->verb == "is expected");
}

TEST_CASE("raising: 'seems to' and adverbs between 'be' and the participle", "[claims][raising]") {
  auto cs = claims_test::stage_claims("Now the Orrin ferry seems to have vanished from the timetable.");
  REQUIRE(claims_test::first_with_text(cs, "to have vanished from the timetable") != nullptr);
  cs = claims_test::stage_claims("The Tellis talks were widely believed to have failed.");
  const Claim* c = claims_test::first_with_text(cs, "to have failed");
  REQUIRE(c != nullptr);
  CHECK(c->verb == "were widely believed");
  // A weak verb of saying after "to" is no cue of its own: "continue".
  cs = claims_test::stage_claims("The Orrin protests are expected to continue until the vote.");
  REQUIRE(claims_test::first_with_text(cs, "to continue until the vote") != nullptr);
}

TEST_CASE("raising: no infinitive, or a cue of its own after 'to', makes no raising claim", "[claims][raising]") {
  CHECK(claims_test::stage_claims("Mayor Dorm appeared to the crowd at noon.").empty());
  CHECK(claims_test::stage_claims("The harvest was expected.").empty());
  // The belief keeps the sentence: one claim, its verb "think".
  auto cs = claims_test::stage_claims("Dorm seems to think he is exempt from the levy.");
  for (const auto& c : cs) CHECK(c.verb != "seems");
}
