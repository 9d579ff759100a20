// Contradictions and corroboration through SQL: contradicts(), the
// contradictions view, clusters with independent outlets, disputed figures.
#include <catch2/catch.hpp>

#include "harness.hpp"

using test::Db;
using test::q;

using test::sample;

TEST_CASE("contradicts(text, text) checks two statements ad hoc", "[links]") {
  Db db;
  CHECK(std::stod(db.one("SELECT contradicts('Rebels captured the airport.', "
                         "'The army denied the airport fell.')")) > 0);
  CHECK(std::stod(db.one("SELECT contradicts('Rebels captured the airport.', "
                         "'Rebels captured the airport, witnesses said.')")) == 0);
  CHECK(db.one("SELECT contradicts(NULL, 'x')") == "NULL");
  CHECK_THAT(db.error("SELECT contradicts(1, 'x')"), Catch::Contains("give two claim ids or two texts"));
}

TEST_CASE("contradicts(a, b) on claim ids; NULL for an unknown id", "[links]") {
  Db db;
  sample(db);
  auto top = db.rows("SELECT a, b, score FROM contradictions ORDER BY score DESC LIMIT 1");
  REQUIRE(top.size() == 1);
  CHECK(db.one("SELECT contradicts(" + top[0][0] + ", " + top[0][1] + ")") == top[0][2]);
  CHECK(db.one("SELECT contradicts(" + top[0][1] + ", " + top[0][0] + ")") == top[0][2]);
  CHECK(db.one("SELECT contradicts(1, 999999)") == "NULL");
}

TEST_CASE("the victory claim and its denial top the contradictions, with a readable reason", "[links]") {
  Db db;
  sample(db);
  auto rows = db.rows("SELECT kind, score, reason, a_text, b_text FROM contradictions ORDER BY score DESC LIMIT 10");
  bool denial = false;
  for (auto& r : rows)
    denial |= r[0] == "denial" && r[2].find("Taliban") == 0 && r[2].find("denies it") != std::string::npos &&
              (r[3] + r[4]).find("Taliban's claim of occupying Panjshir is false") != std::string::npos;
  CHECK(denial);
  // Evidence spans point into the articles.
  CHECK(db.count("SELECT count(*) FROM contradictions AS c JOIN articles AS a ON a.article_id = c.a_article "
                 "WHERE substr(a.body, c.a_start + 1, c.a_end - c.a_start) <> c.a_text") == 0);
  CHECK(db.count("SELECT count(*) FROM contradictions WHERE a >= b") == 0);
  CHECK(db.count("SELECT count(*) FROM contradictions WHERE score <= 0 OR score > 1") == 0);
}

TEST_CASE("the traps are not contradictions", "[links][traps]") {
  Db db;
  sample(db);
  // Five of seven districts agrees with all districts except two.
  CHECK(db.count("SELECT count(*) FROM contradictions WHERE (a_text LIKE '%five of the province%' AND b_text LIKE "
                 "'%all districts of Panjshir province except%') OR (b_text LIKE '%five of the province%' AND "
                 "a_text LIKE '%all districts of Panjshir province except%')") == 0);
  // The same statement carried by two outlets corroborates.
  CHECK(db.count("SELECT count(*) FROM contradictions WHERE a_text LIKE 'At least 1,000 terrorists were trapped%' "
                 "AND b_text LIKE 'At least 1,000 terrorists were trapped%'") == 0);
  // A side's own figures never contradict each other.
  CHECK(db.count("SELECT count(*) FROM contradictions AS x JOIN claims AS ca ON ca.claim_id = x.a "
                 "JOIN claims AS cb ON cb.claim_id = x.b WHERE x.kind = 'quantity' AND ca.party = cb.party") == 0);
}

TEST_CASE("clusters count a copied wire text once", "[links][clusters]") {
  Db db;
  sample(db);
  // 004 repeats a paragraph of 002 word for word: a copy, not a source.
  CHECK(db.one("SELECT copy_of FROM articles WHERE path LIKE '%004_%'") ==
        db.one("SELECT article_id FROM articles WHERE path LIKE '%002_%'"));
  auto r = db.rows("SELECT n_claims, n_articles, n_outlets FROM claim_clusters AS k JOIN claims AS c "
                   "ON c.cluster_id = k.cluster_id WHERE c.text LIKE 'At least 1,000 terrorists were trapped%' "
                   "LIMIT 1");
  REQUIRE(r.size() == 1);
  CHECK(r[0][1] == "2");  // two articles carry it
  CHECK(r[0][2] == "1");  // one independent outlet
  CHECK(db.count("SELECT count(*) FROM claim_clusters WHERE n_outlets > n_articles OR n_articles > n_claims") == 0);
  CHECK(db.count("SELECT count(*) FROM claims WHERE cluster_id IS NULL") == 0);
}

TEST_CASE("casualty figures: every claimant, the conservative and range readings", "[links][figures]") {
  Db db;
  sample(db);
  CHECK(db.count("SELECT count(*) FROM casualty_figures WHERE count_type = 'killed+wounded+captured' AND "
                 "qualifier = 'nearly' AND claimant = claims_canonical('Dashti')") >= 1);
  CHECK(db.count("SELECT count(*) FROM casualty_figures WHERE count_type = 'unquantified' AND party = 'Taliban' "
                 "AND claim LIKE '%heavy casualties%'") >= 1);
  auto killed = db.rows("SELECT conservative, low, high, n_figures FROM disputed_figures WHERE count_type = 'killed'");
  REQUIRE_FALSE(killed.empty());
  CHECK(std::stod(killed[0][0]) >= 700);
  CHECK(killed[0][2] == "NULL");  // "over 700": no upper bound
}

TEST_CASE("the timeline counts disputed claims", "[links][timeline]") {
  Db db;
  sample(db);
  CHECK(db.count("SELECT sum(n_disputed) FROM timeline") > 0);
  CHECK(db.count("SELECT sum(n_disputed) FROM timeline") <= db.count("SELECT count(*) FROM claims"));
}

TEST_CASE("links are recomputed by claims_rebuild", "[links][rebuild]") {
  Db db;
  sample(db);
  auto before = db.rows("SELECT kind, score, reason FROM contradictions ORDER BY reason, score");
  CHECK(db.count("SELECT claims_rebuild()") == 5);
  CHECK(db.rows("SELECT kind, score, reason FROM contradictions ORDER BY reason, score") == before);
}

TEST_CASE("one figure from two outlets is one cluster, shown by a body sentence", "[links][clusters]") {
  Db db;
  sample(db);
  const std::string cluster =
      "(SELECT cluster_id FROM claims WHERE text LIKE 'Over 700 fighters of the Taliban were killed%')";
  // Every claim of the 700-killed figure (any wording, any outlet) in one cluster.
  CHECK(db.count("SELECT count(DISTINCT cluster_id) FROM claims AS c JOIN claims_corpus_quantity AS q"
                 " ON q.claim_id = c.claim_id WHERE q.count_type = 'killed' AND q.value = 700") == 1);
  // Nothing of another kind or of the other side in it.
  CHECK(db.count("SELECT count(DISTINCT kind) FROM claims WHERE cluster_id = " + cluster) == 1);
  CHECK(db.count("SELECT count(DISTINCT party) FROM claims WHERE cluster_id = " + cluster) == 1);
  auto r = db.rows("SELECT n_outlets, representative FROM claim_clusters WHERE cluster_id = " + cluster);
  REQUIRE(r.size() == 1);
  CHECK(r[0][0] == "2");
  // Not the headline's short wording of the same day.
  CHECK(r[0][1].rfind("Over 700 fighters of the Taliban were killed", 0) == 0);
}
