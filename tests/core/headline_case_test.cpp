// Title-case headlines (core/claims/headline_case): cue and function words
// get their lower-case reading, so the ordinary cues read the headline.
// Invented headlines about made-up places and people.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/claims/claims.hpp"
#include "core/claims/headline_case.hpp"
#include "core/claims/tokens.hpp"
#include "claims_stage.hpp"

using claims::attribution::Claim;
using claims::attribution::Token;

namespace {
std::vector<Token> toks_of(const std::string& s) { return claims::attribution::tokenize(s, 0, s.size()); }
}  // namespace

TEST_CASE("headline case: a title-case headline is recognised, a sentence with names is not", "[claims][headline]") {
  CHECK(claims::attribution::is_title_case(toks_of("Mayor Dorm Vows To Reopen The Orrin Ferry")));
  CHECK_FALSE(claims::attribution::is_title_case(toks_of("Mayor Dorm met Governor Ilves in Orrin")));
  CHECK_FALSE(claims::attribution::is_title_case(toks_of("Orrin Vell")));
}

TEST_CASE("headline case: a title-case headline yields the claim of its verb", "[claims][headline]") {
  auto cs = claims_test::stage_claims("Mayor Dorm Vows To Reopen The Orrin Ferry\n\nThe mayor spoke on Monday.");
  const Claim* c = claims_test::first_with_verb(cs, "Vows");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "Mayor Dorm");
  CHECK(c->text == "To Reopen The Orrin Ferry");
  auto rip = claims_test::stage_claims("Orrin Farmers Slam Governor Ilves As A Fraud\n\nThe farmers met on Monday.");
  const Claim* r = claims_test::first_with_verb(rip, "Slam");
  REQUIRE(r != nullptr);
  CHECK(r->speaker == "Orrin Farmers");
}

TEST_CASE("headline case: the first word of a two-word cue ('Breaks With')", "[claims][headline]") {
  auto cs = claims_test::stage_claims("Mayor Dorm Breaks With Governor Ilves On Ferry Fares\n\nThe mayor spoke on Monday.");
  const Claim* c = claims_test::first_with_verb(cs, "Breaks With");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "Mayor Dorm");
}
