// Known faults of speaker and content finding, each on invented text about
// made-up places and people: the frame, the clause and the phrase that
// used to go wrong, and what is right instead.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/claims/claims.hpp"
#include "claims_stage.hpp"

using claims::attribution::Claim;

TEST_CASE("faults: an extraposed 'it' frame has no speaker", "[claims][faults]") {
  auto cs = claims_test::stage_claims("It is worth noting that the levee at Orvel was never inspected.");
  const Claim* c = claims_test::first_with_text(cs, "the levee at Orvel was never inspected");
  REQUIRE(c != nullptr);
  CHECK(c->speaker.empty());
}

TEST_CASE("faults: a 'that' of a later clause is not the cue's complementiser", "[claims][faults]") {
  auto cs = claims_test::stage_claims("Officials warned residents to leave the area so that rescuers could work.");
  const Claim* c = claims_test::first_with_verb(cs, "warned");
  REQUIRE(c != nullptr);
  CHECK(c->text == "residents to leave the area so that rescuers could work");
  // A time adverbial with "and" still leads to the cue's own "that".
  cs = claims_test::stage_claims("The mayor told reporters on Monday and Tuesday that the bridge was closed.");
  c = claims_test::first_with_verb(cs, "told");
  REQUIRE(c != nullptr);
  CHECK(c->text == "the bridge was closed");
}

TEST_CASE("faults: an inverted speaker with a numeric modifier keeps it", "[claims][faults]") {
  auto cs = claims_test::stage_claims("\"We will never forgive them,\" said 9/11 widow Jane Orrick.");
  const Claim* c = claims_test::first_with_text(cs, "We will never forgive them");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "9/11 widow Jane Orrick");
  cs = claims_test::stage_claims("The talks have failed, said former minister Paul Derin.");
  c = claims_test::first_with_text(cs, "The talks have failed");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "former minister Paul Derin");
}

TEST_CASE("faults: a subject noun clause stops at the main verb", "[claims][faults]") {
  auto cs = claims_test::stage_claims("His concerns that the dam would fail were ignored by the council.");
  const Claim* c = claims_test::first_with_verb(cs, "concerns");
  REQUIRE(c != nullptr);
  CHECK(c->text == "the dam would fail");
  CHECK(c->speaker == "His");
  cs = claims_test::stage_claims("The mayor's claim that the dam had collapsed was false.");
  c = claims_test::first_with_verb(cs, "claim");
  REQUIRE(c != nullptr);
  CHECK(c->text == "the dam had collapsed");
  CHECK(c->stance == "asserts");
}
