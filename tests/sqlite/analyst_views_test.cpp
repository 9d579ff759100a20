// The analyst-facing views a BI tool sees over ODBC: every column has a
// declared type (ODBC takes types from PRAGMA table_info; an untyped
// column comes back as VARCHAR(255)), claim_list is the claims table-valued
// function as a plain view, and the summaries kept at ingest (timeline,
// claim_clusters) equal the aggregates they replace, after every kind of
// write.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "harness.hpp"

using test::Db;
using test::q;

namespace {

// Views whose columns are still computed (and so untyped), with the reason.
// Every other view, present or future, must type every column.
const std::set<std::string> kUntypedViews = {
    "disputed_figures",  // per-week aggregates over casualty_figures
};

constexpr const char* kTimelineAggregate =
    "SELECT event_date, party, count(*), count(DISTINCT article_id),"
    "       sum(EXISTS (SELECT 1 FROM contradictions AS l WHERE l.a = c.claim_id OR l.b = c.claim_id))"
    " FROM claim_list AS c WHERE event_date IS NOT NULL GROUP BY 1, 2";
constexpr const char* kTimelineView = "SELECT date, party, n_claims, n_articles, n_disputed FROM timeline";

constexpr const char* kClustersAggregate =
    "SELECT c.cluster_id, count(*), count(DISTINCT c.article_id),"
    "       count(DISTINCT coalesce(o.source, 'article ' || o.article_id)), min(c.said_on),"
    "       (SELECT r.text FROM claim_list AS r JOIN articles AS ra ON ra.article_id = r.article_id"
    "        WHERE r.cluster_id = c.cluster_id"
    "        ORDER BY r.said_on, coalesce(length(ra.title) > 0 AND substr(ra.body, 1, length(ra.title)) = ra.title"
    "                                      AND r.start < length(ra.title), 0), r.claim_id LIMIT 1)"
    " FROM claim_list AS c JOIN articles AS a ON a.article_id = c.article_id"
    " JOIN articles AS o ON o.article_id = coalesce(a.copy_of, a.article_id) GROUP BY c.cluster_id";
constexpr const char* kClustersView =
    "SELECT cluster_id, n_claims, n_articles, n_outlets, first_said, representative FROM claim_clusters";

// Both queries return the same rows (as sets, in both directions).
long long differing(Db& db, const std::string& a, const std::string& b) {
  return db.count("SELECT (SELECT count(*) FROM (" + a + " EXCEPT " + b + ")) + (SELECT count(*) FROM (" + b +
                  " EXCEPT " + a + "))");
}

void check_summaries(Db& db) {
  CHECK(differing(db, kTimelineAggregate, kTimelineView) == 0);
  CHECK(differing(db, kClustersAggregate, kClustersView) == 0);
  CHECK(db.count("SELECT sum(n_claims) FROM claim_clusters") == db.count("SELECT count(*) FROM claims"));
}

}  // namespace

TEST_CASE("every analyst view column has a declared type", "[views][odbc]") {
  Db db;
  test::sample(db);
  auto views = db.rows("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name");
  REQUIRE(views.size() >= 10);
  std::set<std::string> seen;
  for (auto& v : views) {
    seen.insert(v[0]);
    if (kUntypedViews.count(v[0])) continue;
    INFO("view " << v[0]);
    CHECK(db.count("SELECT count(*) FROM pragma_table_info(" + q(v[0]) + ")") > 0);
    CHECK(db.one("SELECT coalesce(group_concat(name), '') FROM pragma_table_info(" + q(v[0]) + ") WHERE type = ''") ==
          "");
  }
  for (const char* required : {"articles", "claim_list", "quantities", "entities", "contradictions",
                               "claim_clusters", "timeline", "casualty_figures"})
    CHECK(seen.count(required) == 1);
  CHECK(db.one("SELECT type FROM pragma_table_info('timeline') WHERE name = 'n_claims'") == "INTEGER");
  CHECK(db.one("SELECT type FROM pragma_table_info('claim_list') WHERE name = 'confidence'") == "REAL");
}

TEST_CASE("claim_list is the claims table-valued function as a plain view", "[views][odbc]") {
  Db db;
  test::sample(db);
  CHECK(db.rows("SELECT name FROM pragma_table_info('claim_list')") ==
        db.rows("SELECT name FROM pragma_table_xinfo('claims') WHERE hidden = 0"));
  CHECK(db.count("SELECT count(*) FROM claim_list") == db.count("SELECT count(*) FROM claims"));
  CHECK(differing(db, "SELECT * FROM claims", "SELECT * FROM claim_list") == 0);
}

TEST_CASE("timeline and claim_clusters equal their aggregates after every kind of write", "[views][timeline]") {
  Db db;
  SECTION("one ingest of the whole corpus") {
    test::sample(db);
    check_summaries(db);
  }
  SECTION("article by article, then a rebuild") {
    for (const char* file : {"004_*", "001_*", "003_*", "000_*", "002_*"}) {
      db.exec("SELECT claims_ingest(" + q(test::kSample + "/" + file) + ")");
      check_summaries(db);
    }
    db.exec("SELECT claims_ingest_text('Officials said on Monday that the bridge in the valley was destroyed.',"
            " '2021-09-06', 'Example Wire')");
    check_summaries(db);
    CHECK(db.count("SELECT claims_rebuild()") == 6);
    check_summaries(db);
  }
  CHECK(db.count("SELECT count(*) FROM timeline") > 0);
  CHECK(db.count("SELECT sum(n_disputed) FROM timeline") > 0);
  CHECK(db.count("SELECT count(*) FROM claim_clusters WHERE n_claims > 1") > 0);
}
