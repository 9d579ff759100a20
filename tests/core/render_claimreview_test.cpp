// ClaimReview JSON (ext/core/render/claimreview): schema.org shape, no
// invented rating, contradictions as cited evidence.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "core/render/claimreview.hpp"

using namespace claims::render;
using nlohmann::json;

namespace {

ReviewedClaim saree() {
  ReviewedClaim c;
  c.id = 10;
  c.text = "Rebels captured the airport of Harib.";
  c.author = "Yahya Saree";
  c.author_is_person = true;
  c.side = "Rebel Front";
  c.said_on = "2022-03-07";
  c.appearance = {"https://news.example/harib", "Rebels claim \"Harib\" airport", "2022-03-08", "Example News"};
  return c;
}

}  // namespace

TEST_CASE("claimreview: schema.org ClaimReview with the claim, its author and appearance", "[render][json]") {
  ClaimReviewInput in;
  in.claim = saree();
  json j = json::parse(claimreview_json(in));
  CHECK(j["@context"] == "https://schema.org");
  CHECK(j["@type"] == "ClaimReview");
  CHECK(j["claimReviewed"] == "Rebels captured the airport of Harib.");
  const json& item = j["itemReviewed"];
  CHECK(item["@type"] == "Claim");
  CHECK(item["identifier"] == 10);
  CHECK(item["datePublished"] == "2022-03-07");
  CHECK(item["author"]["@type"] == "Person");
  CHECK(item["author"]["name"] == "Yahya Saree");
  CHECK(item["author"]["affiliation"]["name"] == "Rebel Front");
  const json& app = item["appearance"];
  CHECK(app["@type"] == "NewsArticle");
  CHECK(app["url"] == "https://news.example/harib");
  CHECK(app["headline"] == "Rebels claim \"Harib\" airport");
  CHECK(app["datePublished"] == "2022-03-08");
  CHECK(app["publisher"]["name"] == "Example News");
  // No rating is invented.
  CHECK(j["reviewRating"]["alternateName"] == "Unrated");
  CHECK(j["reviewRating"].count("ratingValue") == 0);
  CHECK(j.count("citation") == 0);
}

TEST_CASE("claimreview: contradictions make it disputed, with reasons and cited claims", "[render][json]") {
  ClaimReviewInput in;
  in.claim = saree();
  in.claim.hedged = true;
  ReviewedClaim army;
  army.id = 11;
  army.text = "The army denied that the airport fell.";
  army.author = "National Army";
  army.side = "National Army";
  in.contradictions = {{army, "denial", 0.95, "National Army denies it; the airport"}};
  in.corroborating_claims = 2;
  in.corroborating_outlets = 1;
  json j = json::parse(claimreview_json(in));
  CHECK(j["reviewRating"]["alternateName"] == "Unrated (disputed)");
  std::string why = j["reviewRating"]["ratingExplanation"];
  CHECK_THAT(why, Catch::Contains("1 claim contradicts it: (1) National Army denies it; the airport."));
  CHECK_THAT(why, Catch::Contains("Asserted also by 2 other claims (1 independent outlet in all)."));
  CHECK_THAT(why, Catch::Contains("reports it as unverified"));
  REQUIRE(j["citation"].size() == 1);
  const json& c = j["citation"][0];
  CHECK(c["@type"] == "Claim");
  CHECK(c["identifier"] == 11);
  CHECK(c["text"] == "The army denied that the airport fell.");
  CHECK(c["author"]["@type"] == "Organization");
  CHECK(c["author"].count("affiliation") == 0);  // its own side
  CHECK(c["description"] == "denial contradiction (score 0.95): National Army denies it; the airport");
  CHECK(c["appearance"].count("url") == 0);  // not known: left out, never empty
}

TEST_CASE("claimreview: an unattributed claim has no author", "[render][json]") {
  ClaimReviewInput in;
  in.claim.id = 3;
  in.claim.text = "Fighting continued.";
  json j = json::parse(claimreview_json(in));
  CHECK(j["itemReviewed"].count("author") == 0);
  CHECK(j["itemReviewed"].count("datePublished") == 0);
}

TEST_CASE("claimreview: contradictions left out by the caller are counted", "[render][json]") {
  ClaimReviewInput in;
  in.claim = saree();
  ReviewedClaim army;
  army.id = 11;
  army.text = "The army denied that the airport fell.";
  in.contradictions = {{army, "denial", 0.95, "first reason"}};
  in.more_contradictions = 4;
  json j = json::parse(claimreview_json(in));
  std::string why = j["reviewRating"]["ratingExplanation"];
  CHECK_THAT(why, Catch::StartsWith("Not rated. Disputed: 5 claims contradict it: (1) first reason."));
  CHECK_THAT(why, Catch::Contains("4 weaker ones are not listed."));
  CHECK(j["citation"].size() == 1);
}
