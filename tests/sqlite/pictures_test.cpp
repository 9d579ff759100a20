// claims_timeline_svg, claims_graph_dot and claims_claimreview through a
// real connection: what they return on an empty database and on the sample,
// usable in views with trusted_schema off, clear errors for bad arguments.
// tests/check_pictures.py parses and renders their output.
#include <catch2/catch.hpp>

#include "harness.hpp"

using test::Db;

TEST_CASE("pictures of a database with no corpus yet", "[pictures]") {
  Db db;
  CHECK_THAT(db.one("SELECT claims_timeline_svg()"), Catch::Contains("no dated claims"));
  CHECK_THAT(db.one("SELECT claims_graph_dot()"), Catch::StartsWith("digraph claims {"));
  CHECK(db.one("SELECT claims_claimreview(1)") == "NULL");
}

TEST_CASE("pictures and ClaimReview of the sample corpus", "[pictures]") {
  Db db;
  test::sample(db);
  std::string svg = db.one("SELECT claims_timeline_svg()");
  CHECK_THAT(svg, Catch::StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  CHECK_THAT(svg, Catch::Contains("class=\"disputed\""));
  CHECK(db.count("SELECT claims_timeline_svg('2021-09-05', '2021-09-05') LIKE '%>2021-09-05</text>%'") == 1);
  std::string dot = db.one("SELECT claims_graph_dot(10)");
  CHECK_THAT(dot, Catch::Contains("[color=\"#D00000\""));
  auto top = db.one("SELECT a FROM contradictions ORDER BY score DESC, link_id LIMIT 1");
  CHECK(db.one("SELECT json_extract(claims_claimreview(" + top + "), '$.@type')") == "ClaimReview");
  CHECK(db.one("SELECT json_extract(claims_claimreview(" + top + "), '$.reviewRating.alternateName')") ==
        "Unrated (disputed)");
  CHECK(db.one("SELECT json_extract(claims_claimreview(" + top + "), '$.claimReviewed') = text FROM claims"
               " WHERE claim_id = " + top) == "1");
  CHECK(db.one("SELECT claims_claimreview(-1)") == "NULL");
  // Every claim exports as valid JSON.
  CHECK(db.count("SELECT count(*) FROM claims WHERE NOT json_valid(claims_claimreview(claim_id))") == 0);
}

TEST_CASE("pictures work in views with trusted_schema off", "[pictures][flags]") {
  Db db;
  test::sample(db);
  db.exec("PRAGMA trusted_schema = OFF");
  db.exec("CREATE VIEW pictures AS SELECT claims_timeline_svg() AS svg, claims_graph_dot(5) AS dot,"
          " claims_claimreview(1) AS review");
  CHECK(db.count("SELECT length(svg) > 1000 AND length(dot) > 100 AND json_valid(review) FROM pictures") == 1);
}

TEST_CASE("pictures: bad arguments say what to do", "[pictures][errors]") {
  Db db;
  CHECK(db.error("SELECT claims_timeline_svg('2021-13-01')") ==
        "claims: claims_timeline_svg(): '2021-13-01' is not a date; use YYYY-MM-DD");
  CHECK(db.error("SELECT claims_timeline_svg('2021-09-01', 'tomorrow')") ==
        "claims: claims_timeline_svg(): 'tomorrow' is not a date; use YYYY-MM-DD");
  CHECK(db.error("SELECT claims_timeline_svg('2021-09-06', '2021-09-01')") ==
        "claims: claims_timeline_svg(): from '2021-09-06' is after to '2021-09-01'; give the earlier day first");
  CHECK(db.error("SELECT claims_graph_dot(0)") ==
        "claims: claims_graph_dot(): limit must be a whole number of claims from 1 to 5000; e.g. claims_graph_dot(30)");
  CHECK(db.error("SELECT claims_claimreview('twelve')") ==
        "claims: claims_claimreview(): claim_id must be a claim's id (an integer); take it from claims.claim_id");
  CHECK_THAT(db.error("SELECT claims_claimreview(1, 2)"), Catch::Contains("wrong number of arguments"));
}
