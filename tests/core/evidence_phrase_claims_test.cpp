// Measurements named in a prepositional phrase (core/claims/
// evidence_phrase_cues): "In the latest poll, S", "S in two surveys", "S,
// by one estimate" attribute the clause to the measurement. Invented
// sentences about made-up places and people.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/claims/claims.hpp"
#include "claims_stage.hpp"

using claims::attribution::Claim;

TEST_CASE("evidence phrase: an opening 'In the poll,' is the source of the clause", "[claims][evidence_phrase]") {
  auto cs = claims_test::stage_claims("In the latest Orrin Gazette poll, Mayor Dorm leads his rival by six points.");
  const Claim* c = claims_test::first_with_text(cs, "Mayor Dorm leads his rival by six points");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "the latest Orrin Gazette poll");
}

TEST_CASE("evidence phrase: a closing 'in two surveys' or 'by one estimate'", "[claims][evidence_phrase]") {
  auto cs = claims_test::stage_claims("The Vell canal plan lost support among farmers in two regional surveys.");
  const Claim* c = claims_test::first_with_text(cs, "The Vell canal plan lost support among farmers");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "two regional surveys");
  cs = claims_test::stage_claims("About 3,000 hectares of the Tellis forest were cleared, by one estimate.");
  REQUIRE(claims_test::first_with_text(cs, "About 3,000 hectares of the Tellis forest were cleared") != nullptr);
}

TEST_CASE("evidence phrase: no claim without a clause, and a reporting verb keeps its own source",
          "[claims][evidence_phrase]") {
  CHECK(claims_test::stage_claims("Faith in polls has fallen.").empty());
  auto cs = claims_test::stage_claims("In a survey of Orrin farmers, the Dorm institute found that most oppose the canal.");
  for (const auto& c : cs) CHECK(c.verb != "In");
  CHECK(claims_test::first_with_text(cs, "most oppose the canal") != nullptr);
}

TEST_CASE("evidence phrase: a slash joins a pair of names ('Gazette/Orrin Radio poll')", "[claims][evidence_phrase]") {
  auto cs = claims_test::stage_claims("In the Gazette/Orrin Radio poll, Mayor Dorm leads his rival by six points.");
  const Claim* c = claims_test::first_with_text(cs, "Mayor Dorm leads his rival by six points");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "the Gazette/Orrin Radio poll");
}
