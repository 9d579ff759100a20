// claimsro.so, the read-only entry point for shared databases and BI tools:
// only the read side is registered, SQL load_extension() is off afterwards,
// and everything an analyst reads works on a corpus claims.so wrote.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "harness.hpp"

using test::Db;
using test::q;

namespace {

std::set<std::string> names(Db& db, const std::string& sql) {
  std::set<std::string> out;
  for (auto& r : db.rows(sql)) out.insert(r[0]);
  return out;
}

std::set<std::string> added(Db& db, const std::string& sql) {
  Db plain(":memory:", false);
  auto before = names(plain, sql);
  std::set<std::string> out;
  for (auto& n : names(db, sql))
    if (!before.count(n) && n.rfind("pragma_", 0) != 0) out.insert(n);  // pragmas appear once used
  return out;
}

// A database file with the sample corpus, written by claims.so.
std::string sample_file(const test::TempDir& dir) {
  std::string path = dir.str("corpus.db");
  Db writer(path);
  test::sample(writer);
  return path;
}

}  // namespace

TEST_CASE("claimsro registers only the read-side functions and every module", "[readonly][surface]") {
  Db db(":memory:", false);
  db.load(EXTENSION_RO_PATH);
  CHECK(added(db, "SELECT name FROM pragma_function_list") ==
        std::set<std::string>{"claims_version", "claims_integrity_check", "claims_canonical", "contradicts",
                              "claims_timeline_svg", "claims_graph_dot", "claims_claimreview"});
  CHECK(added(db, "SELECT name FROM pragma_module_list") ==
        std::set<std::string>{"claims_corpus", "claims_sentences", "claims_quantities", "claims_extract", "claims",
                              "on_date", "claims_dates"});
  CHECK_THAT(db.error("SELECT claims_ingest('x')"), Catch::Contains("no such function: claims_ingest"));
  CHECK_THAT(db.error("SELECT claims_ingest_text('Officials said the bridge fell.')"),
             Catch::Contains("no such function: claims_ingest_text"));
  CHECK_THAT(db.error("SELECT claims_rebuild()"), Catch::Contains("no such function: claims_rebuild"));
}

TEST_CASE("claimsro turns SQL load_extension() off for the connection", "[readonly]") {
  Db db(":memory:", false);
  // As an ODBC driver does: load_extension() on, for SQL and the C API.
  sqlite3_enable_load_extension(db.get(), 1);
  db.load(EXTENSION_RO_PATH);
  CHECK_THAT(db.error(std::string("SELECT load_extension(") + q(EXTENSION_PATH) + ")"),
             Catch::Contains("not authorized"));
  CHECK_THAT(db.error("SELECT claims_ingest('x')"), Catch::Contains("no such function"));
  char* err = nullptr;
  CHECK(sqlite3_load_extension(db.get(), EXTENSION_PATH, nullptr, &err) != SQLITE_OK);
  sqlite3_free(err);
}

TEST_CASE("claimsro reads a corpus that claims.so wrote, and cannot create or drop one", "[readonly]") {
  test::TempDir dir;
  std::string path = sample_file(dir);
  Db full(path);
  Db db(path, false);
  db.load(EXTENSION_RO_PATH);
  CHECK(db.count("SELECT count(*) FROM claims") == full.count("SELECT count(*) FROM claims"));
  CHECK(db.count("SELECT count(*) FROM claims") > 0);
  CHECK(db.count("SELECT count(*) FROM claims('Bazarak')") == full.count("SELECT count(*) FROM claims('Bazarak')"));
  CHECK(db.count("SELECT count(*) FROM on_date('2021-09-04')") > 0);
  CHECK(db.one("SELECT claims_canonical('Dashty')") == "Fahim Dashti");
  CHECK(db.one("SELECT max(contradicts(a, b)) FROM contradictions") != "NULL");
  CHECK(db.one("SELECT claims_integrity_check()") == "ok");
  // The pictures and the export read the corpus only: a shared database has them.
  CHECK(db.one("SELECT claims_timeline_svg()") == full.one("SELECT claims_timeline_svg()"));
  CHECK(db.one("SELECT claims_graph_dot()") == full.one("SELECT claims_graph_dot()"));
  CHECK(db.one("SELECT claims_claimreview(1)") == full.one("SELECT claims_claimreview(1)"));
  CHECK(db.one("SELECT value FROM claims_corpus WHERE key = 'articles'") == "5");
  CHECK(db.count("SELECT count(*) FROM claim_list") == db.count("SELECT count(*) FROM claims"));
  CHECK(db.count("SELECT count(*) FROM claims_sentences('One. Two.')") == 2);
  // SQLite shows no message from xDestroy, only its code.
  CHECK(db.error("DROP TABLE claims_corpus") == "attempt to write a readonly database");
  CHECK(db.count("SELECT count(*) FROM claims") > 0);

  Db empty(":memory:", false);
  empty.load(EXTENSION_RO_PATH);
  CHECK(empty.error("CREATE VIRTUAL TABLE claims_corpus USING claims_corpus") ==
        "claims: claims_corpus(): the read-only extension (claimsro) cannot create a corpus; load claims.so to"
        " ingest");
  CHECK(empty.count("SELECT count(*) FROM claims") == 0);
}
