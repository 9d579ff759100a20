// Attitude and communication nouns with a complement clause: the owner,
// the subject of an expressing verb, or nobody is the speaker; a relative
// "that" opens no claim. Invented sentences about made-up places and people.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/claims/claims.hpp"
#include "claims_stage.hpp"

using claims::attribution::Claim;

TEST_CASE("noun clause: an owned attitude noun attributes its clause to the owner", "[claims][noun_clause]") {
  auto cs = claims_test::stage_claims("The mayor of Tellis offered his reluctant acknowledgment that the dam had failed.");
  const Claim* c = claims_test::first_with_text(cs, "the dam had failed");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "his");
}

TEST_CASE("noun clause: the subject of an expressing verb holds the attitude", "[claims][noun_clause]") {
  auto cs = claims_test::stage_claims("The Orrin farmers voiced fears that the new canal will dry their wells.");
  const Claim* c = claims_test::first_with_text(cs, "the new canal will dry their wells");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "The Orrin farmers");
}

TEST_CASE("noun clause: with no owner the claim is impersonal", "[claims][noun_clause]") {
  auto cs = claims_test::stage_claims("There are signs that the Vell garrison is running out of fuel.");
  const Claim* c = claims_test::first_with_text(cs, "the Vell garrison is running out of fuel");
  REQUIRE(c != nullptr);
  CHECK(c->speaker.empty());
}

TEST_CASE("noun clause: a relative 'that' is no complement", "[claims][noun_clause]") {
  CHECK(claims_test::stage_claims("The concerns that were raised at the Dorm meeting went unanswered.").empty());
}

TEST_CASE("noun clause: agreement that S is impersonal; an owned agreement to S is the owner's", "[claims][noun_clause]") {
  auto cs = claims_test::stage_claims("There was broad agreement that the Vell canal should be finished first.");
  const Claim* c = claims_test::first_with_text(cs, "the Vell canal should be finished first");
  REQUIRE(c != nullptr);
  CHECK(c->speaker.empty());
  cs = claims_test::stage_claims("The Orrin council's agreement to rebuild the bridge was welcomed.");
  bool owned = false;
  for (const auto& k : cs) owned |= k.verb == "agreement" && k.speaker == "The Orrin council's";
  CHECK(owned);
}

TEST_CASE("noun infinitive: a concluded agreement or decision is the subject's position", "[claims][noun_clause]") {
  auto cs = claims_test::stage_claims("The two port councils signed an agreement to share the Vell ferry.");
  const Claim* c = claims_test::first_with_text(cs, "to share the Vell ferry");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "The two port councils");
  CHECK(c->verb == "signed an agreement");
  cs = claims_test::stage_claims("The Orrin court made a surprise decision to close the harbour.");
  c = claims_test::first_with_text(cs, "to close the harbour");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "The Orrin court");
  // "unveiled plans to S" stays a noun: plans are no decision noun here.
  CHECK(claims_test::stage_claims("The army unveiled plans to rebuild the bridge.").empty());
}

TEST_CASE("noun clause: the agent after 'by' holds the attitude", "[claims][noun_clause]") {
  auto cs = claims_test::stage_claims("The council ignored fears voiced by residents that the dam was unsafe.");
  const Claim* c = claims_test::first_with_text(cs, "the dam was unsafe");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "residents");
  // At the sentence start the noun phrase is the subject: S ends at the main verb.
  cs = claims_test::stage_claims("Concerns raised by the mayor that the dam was unsafe were ignored.");
  c = claims_test::first_with_text(cs, "the dam was unsafe");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "the mayor");
}

TEST_CASE("noun clause: a noun read as a cue that names no speech is no claim", "[claims][noun_clause]") {
  auto cs = claims_test::stage_claims("Veterans suffer post-traumatic stress that lasts for years after they return.");
  CHECK(claims_test::first_with_verb(cs, "stress") == nullptr);
}

TEST_CASE("noun clause: a speech noun read as a cue keeps its claim, speakerless", "[claims][noun_clause]") {
  auto cs = claims_test::stage_claims("Veterans suffer post-traumatic stress disorder or severe depression.");
  CHECK(cs.empty());
  cs = claims_test::stage_claims("The row led the mayor to make a controversial comment that the dockers were idle.");
  const Claim* c = claims_test::first_with_verb(cs, "comment");
  REQUIRE(c != nullptr);
  CHECK(c->speaker.empty());
}
