// claims_ingest / claims_ingest_text / claims_rebuild against the real
// SQLite API: counts, idempotency, persistence, transactions.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "harness.hpp"

using test::Db;
using test::q;
using test::TempDir;
namespace fs = std::filesystem;

TEST_CASE("ingesting the sample corpus adds five articles, once", "[ingest]") {
  Db db;
  CHECK(db.count("SELECT claims_ingest(" + q(test::kSample) + ")") == 5);
  CHECK(db.count("SELECT count(*) FROM articles") == 5);
  CHECK(db.count("SELECT count(*) FROM sentences") > 100);
  // Idempotent: the same content again adds nothing, by file or by text.
  CHECK(db.count("SELECT claims_ingest(" + q(test::kSample) + ")") == 0);
  CHECK(db.one("SELECT claims_ingest_text(raw) FROM articles WHERE article_id = 1") == "NULL");
  CHECK(db.count("SELECT count(*) FROM articles") == 5);
  // Files are read in sorted order; paths are kept.
  CHECK(db.one("SELECT path FROM articles WHERE article_id = 1") ==
        test::kSample + "/000_2f6a8e7e424e2d0b.txt");
}

TEST_CASE("a single file and a glob are accepted", "[ingest]") {
  Db db;
  CHECK(db.count("SELECT claims_ingest(" + q(test::kSample + "/001_e1696c1e9824bb27.txt") + ")") == 1);
  CHECK(db.count("SELECT claims_ingest(" + q(test::kSample + "/00[0-2]_*.txt") + ")") == 2);
  CHECK(db.count("SELECT count(*) FROM articles") == 3);
  CHECK_THAT(db.error("SELECT claims_ingest(" + q(test::kSample + "/*.nothing") + ")"),
             Catch::Contains("no file matches"));
}

TEST_CASE("claims_ingest_text stores rows of an existing table", "[ingest]") {
  Db db;
  db.exec("CREATE TABLE my_articles(body TEXT, pubdate TEXT, url TEXT)");
  db.exec("INSERT INTO my_articles VALUES "
          "('The army said on Monday it had retaken the bridge. Rebels denied it.', '2022-03-07', "
          "'https://news.example.com/world/bridge'),"
          "('Officials said 30 people were displaced by the floods.', '2022-03-08', 'Example Daily'),"
          "('The army said on Monday it had retaken the bridge. Rebels denied it.', '2022-03-07', NULL)");
  auto ids = db.rows("SELECT claims_ingest_text(body, pubdate, url) FROM my_articles");
  REQUIRE(ids.size() == 3);
  CHECK(ids[0][0] == "1");
  CHECK(ids[1][0] == "2");
  CHECK(ids[2][0] == "NULL");  // same content: already there
  CHECK(db.rows("SELECT published, published_from, source, url FROM articles ORDER BY article_id") ==
        test::Rows{{"2022-03-07", "given", "news.example.com", "https://news.example.com/world/bridge"},
                   {"2022-03-08", "given", "Example Daily", "NULL"}});
  CHECK(db.one("SELECT claims_ingest_text(NULL)") == "NULL");
  CHECK(db.one("SELECT claims_ingest_text('Rebels said the port was theirs.')") == "3");
  CHECK(db.one("SELECT published FROM articles WHERE article_id = 3") == "NULL");
}

TEST_CASE("the corpus survives close and reopen, and other connections see it", "[ingest][persist]") {
  TempDir dir;
  std::string path = dir.str("corpus.db");
  {
    Db db(path);
    CHECK(db.count("SELECT claims_ingest(" + q(test::kSample) + ")") == 5);
  }
  {
    Db other(path);
    CHECK(other.count("SELECT count(*) FROM articles") == 5);
    CHECK(other.one("SELECT value FROM claims_corpus WHERE key = 'version'") == "2");
    CHECK(other.count("SELECT value FROM claims_corpus WHERE key = 'articles'") == 5);
    CHECK(other.one("SELECT claims_integrity_check()") == "ok");
  }
  {
    // The views are plain SQL: readable without the extension loaded.
    Db bare(path, false);
    CHECK(bare.count("SELECT count(*) FROM sentences") > 100);
  }
}

TEST_CASE("a database error rolls the whole ingest back", "[ingest][transaction]") {
  TempDir dir;
  fs::create_directories(dir.path() / "batch");
  for (std::string name : {"a.txt", "b.txt", "c.txt"}) {
    std::ofstream(dir.path() / "batch" / name)
        << "Officials said the " << name << " convoy reached the city. The ministry confirmed it.\n";
  }
  std::ofstream(dir.path() / "batch" / "b.txt", std::ios::app) << "POISON sentence here.\n";
  Db db;
  CHECK(db.count("SELECT claims_ingest(" + q(test::kSample + "/000_2f6a8e7e424e2d0b.txt") + ")") == 1);
  // A trigger that fails on one sentence of the second file stands in for
  // any database error (disk full, constraint, I/O).
  db.exec("CREATE TEMP TRIGGER poison BEFORE INSERT ON claims_corpus_sentence "
          "WHEN new.text LIKE '%POISON%' BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
  CHECK_THAT(db.error("SELECT claims_ingest(" + q(dir.str("batch")) + ")"), Catch::Contains("injected failure"));
  CHECK(db.count("SELECT count(*) FROM articles") == 1);  // a.txt rolled back too
  CHECK(db.one("SELECT claims_integrity_check()") == "ok");
  db.exec("DROP TRIGGER poison");
  CHECK(db.count("SELECT claims_ingest(" + q(dir.str("batch")) + ")") == 3);
}

TEST_CASE("ingest works inside a user transaction and rolls back with it", "[ingest][transaction]") {
  Db db;
  db.exec("BEGIN");
  CHECK(db.count("SELECT claims_ingest(" + q(test::kSample) + ")") == 5);
  db.exec("ROLLBACK");
  CHECK(db.error("SELECT count(*) FROM articles").find("no such table") != std::string::npos);
  db.exec("BEGIN");
  CHECK(db.count("SELECT claims_ingest(" + q(test::kSample) + ")") == 5);
  db.exec("COMMIT");
  CHECK(db.count("SELECT count(*) FROM articles") == 5);
}

TEST_CASE("claims_rebuild re-derives everything from the stored text", "[ingest][rebuild]") {
  Db db;
  db.exec("SELECT claims_ingest(" + q(test::kSample) + ")");
  auto before = db.rows("SELECT article_id, title, published, body FROM articles ORDER BY 1");
  auto sentences = db.rows("SELECT article_id, ord, start, \"end\", text FROM sentences ORDER BY 1, 2");
  // Damage the derived data (defensive mode is off here), then rebuild.
  db.exec("UPDATE claims_corpus_sentence SET text = 'damaged' WHERE sentence_id = 3");
  db.exec("DELETE FROM claims_corpus_sentence WHERE sentence_id = 7");
  db.exec("UPDATE claims_corpus_article SET title = 'wrong', body = 'x' WHERE article_id = 2");
  CHECK_THAT(db.one("SELECT claims_integrity_check()"), Catch::Contains("article 1: sentence"));
  CHECK(db.count("SELECT claims_rebuild()") == 5);
  CHECK(db.rows("SELECT article_id, title, published, body FROM articles ORDER BY 1") == before);
  CHECK(db.rows("SELECT article_id, ord, start, \"end\", text FROM sentences ORDER BY 1, 2") == sentences);
  CHECK(db.one("SELECT claims_integrity_check()") == "ok");
}

TEST_CASE("shadow tables are read-only to plain SQL in defensive mode", "[ingest][defensive]") {
  Db db;
  sqlite3_db_config(db.get(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
  CHECK(db.count("SELECT claims_ingest(" + q(test::kSample) + ")") == 5);
  CHECK_THAT(db.error("DELETE FROM claims_corpus_article"), Catch::Contains("may not be modified"));
  CHECK(db.count("SELECT count(*) FROM articles") == 5);
  CHECK(db.count("SELECT claims_rebuild()") == 5);
}

TEST_CASE("DROP TABLE claims_corpus removes the store and its views", "[ingest]") {
  Db db;
  db.exec("SELECT claims_ingest(" + q(test::kSample) + ")");
  db.exec("DROP TABLE claims_corpus");
  CHECK(db.count("SELECT count(*) FROM sqlite_master WHERE name LIKE 'claims_corpus%' OR name IN "
                 "('articles', 'sentences', 'boilerplate', 'ingest_log')") == 0);
  CHECK(db.count("SELECT claims_ingest(" + q(test::kSample) + ")") == 5);
}

TEST_CASE("a user table with a corpus view's name is not overwritten", "[ingest]") {
  Db db;
  db.exec("CREATE TABLE articles(id INTEGER, body TEXT)");
  db.exec("INSERT INTO articles VALUES (1, 'mine')");
  CHECK_THAT(db.error("SELECT claims_ingest(" + q(test::kSample) + ")"),
             Catch::Contains("already has a table named 'articles'"));
  CHECK(db.one("SELECT body FROM articles") == "mine");
}

namespace {
// Turns a fresh corpus back into format version 1's shape: no typed
// summaries, no alias origin column, the older views gone.
void make_version_1(Db& db) {
  for (const char* v : {"aliases", "timeline", "claim_clusters", "claim_list"}) db.exec(std::string("DROP VIEW ") + v);
  db.exec("ALTER TABLE claims_corpus_alias DROP COLUMN origin");
  db.exec("DROP VIEW boilerplate");
  db.exec("ALTER TABLE claims_corpus_region DROP COLUMN text");
  db.exec("DROP TABLE claims_corpus_timeline");
  db.exec("DROP TABLE claims_corpus_cluster");
  db.exec("UPDATE claims_corpus_config SET value = 1 WHERE key = 'version'");
}
}  // namespace

TEST_CASE("a corpus of format version 1 is refused with advice, and claims_rebuild() upgrades it",
          "[ingest][version]") {
  Db db;
  test::sample(db);
  long long n_claims = db.count("SELECT count(*) FROM claims");
  make_version_1(db);
  CHECK(db.error("SELECT count(*) FROM claims") ==
        "claims: claims(): the corpus in this database has format version 1 but this extension reads version 2;"
        " upgrade it with SELECT claims_rebuild() (claims.so), or DROP TABLE claims_corpus and ingest again");
  CHECK(db.count("SELECT claims_rebuild()") == 5);
  CHECK(db.count("SELECT count(*) FROM claims") == n_claims);
  CHECK(db.one("SELECT value FROM claims_corpus WHERE key = 'version'") == "2");
  CHECK(db.count("SELECT sum(n_claims) FROM timeline") == n_claims);
  CHECK(db.count("SELECT sum(n_claims) FROM claim_clusters") == n_claims);
  CHECK(db.count("SELECT count(*) FROM aliases WHERE origin = 'auto'") > 0);
  CHECK(db.count("SELECT count(*) FROM boilerplate WHERE text = ''") == 0);
  CHECK(db.one("SELECT claims_integrity_check()") == "ok");
}

TEST_CASE("a corpus of another format version can still be dropped", "[ingest][version]") {
  Db db;
  test::sample(db);
  db.exec("UPDATE claims_corpus_config SET value = 7 WHERE key = 'version'");
  CHECK_THAT(db.error("SELECT * FROM claims"),
             Catch::Contains("; use the extension that wrote it, or DROP TABLE claims_corpus and ingest again"));
  db.exec("DROP TABLE claims_corpus");
  CHECK(db.count("SELECT count(*) FROM sqlite_master WHERE name LIKE 'claims_corpus%'") == 0);
  CHECK(db.count("SELECT claims_ingest(" + q(test::kSample) + ")") == 5);
}
