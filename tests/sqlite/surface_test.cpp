// The public surface: exactly these functions and modules, with these
// flags. A change here is a change of the SQL contract: update the README.
#include <catch2/catch.hpp>

#include <set>
#include <tuple>

#include "harness.hpp"

using test::Db;

namespace {

constexpr int kDeterministic = 0x000000800;
constexpr int kDirectOnly = 0x000080000;
constexpr int kInnocuous = 0x000200000;

std::set<std::tuple<std::string, int, int>> functions(Db& db) {
  std::set<std::tuple<std::string, int, int>> out;
  for (auto& r : db.rows("SELECT name, narg, flags FROM pragma_function_list"))
    out.emplace(r[0], std::stoi(r[1]), std::stoi(r[2]));
  return out;
}

std::set<std::string> modules(Db& db) {
  std::set<std::string> out;
  for (auto& r : db.rows("SELECT name FROM pragma_module_list")) out.insert(r[0]);
  return out;
}

}  // namespace

TEST_CASE("the extension registers exactly the documented functions with their flags", "[surface]") {
  Db plain(":memory:", false);
  auto before = functions(plain);
  Db db;
  auto after = functions(db);
  std::set<std::tuple<std::string, int, int>> added;
  for (auto& f : after)
    if (!before.count(f)) added.insert(f);
  const int pure = kDeterministic | kInnocuous;
  std::set<std::tuple<std::string, int, int>> expected = {
      {"claims_version", 0, pure},
      {"claims_ingest", 1, kDirectOnly},
      {"claims_ingest_text", 1, kDirectOnly},
      {"claims_ingest_text", 2, kDirectOnly},
      {"claims_ingest_text", 3, kDirectOnly},
      {"claims_rebuild", 0, kDirectOnly},
      {"claims_integrity_check", 0, kInnocuous},
      {"claims_canonical", 1, kInnocuous},
      {"contradicts", 2, kInnocuous},
      {"claims_timeline_svg", 0, kInnocuous},
      {"claims_timeline_svg", 1, kInnocuous},
      {"claims_timeline_svg", 2, kInnocuous},
      {"claims_graph_dot", 0, kInnocuous},
      {"claims_graph_dot", 1, kInnocuous},
      {"claims_claimreview", 1, kInnocuous},
  };
  CHECK(added == expected);
}

TEST_CASE("the extension registers exactly the documented modules", "[surface]") {
  Db plain(":memory:", false);
  auto before = modules(plain);
  Db db;
  std::set<std::string> added;
  for (auto& m : modules(db))
    if (!before.count(m)) added.insert(m);
  CHECK(added == std::set<std::string>{"claims_corpus", "claims_sentences", "claims_quantities",
                                       "claims_extract", "claims", "on_date", "claims_dates"});
}

TEST_CASE("claims_version() returns the project version", "[surface]") {
  Db db;
  CHECK(db.one("SELECT claims_version()") == CLAIMS_TEST_VERSION);
}

TEST_CASE("file-reading and writing functions are refused inside views", "[surface][flags]") {
  Db db;
  db.exec("CREATE VIEW v AS SELECT claims_ingest('fixtures') AS n");
  CHECK_THAT(db.error("SELECT * FROM v"), Catch::Contains("unsafe use of claims_ingest()"));
  db.exec("CREATE VIEW w AS SELECT claims_ingest_text('Officials said the bridge fell.') AS id");
  CHECK_THAT(db.error("SELECT * FROM w"), Catch::Contains("unsafe use of claims_ingest_text()"));
}

TEST_CASE("read-side objects work inside views with trusted_schema off", "[surface][flags]") {
  Db db;
  db.exec("PRAGMA trusted_schema = OFF");
  db.exec("CREATE VIEW s AS SELECT ord, text FROM claims_sentences('One here. Two there.')");
  CHECK(db.count("SELECT count(*) FROM s") == 2);
  db.exec("CREATE VIEW c AS SELECT claims_integrity_check() AS r, claims_version() AS v");
  CHECK_THAT(db.one("SELECT r FROM c"), Catch::StartsWith("ok"));
}

TEST_CASE("errors name the function: claims: <function>(): <problem>", "[surface][errors]") {
  Db db;
  CHECK(db.error("SELECT claims_ingest('/no/such/place/for/claims')") ==
        "claims: claims_ingest(): '/no/such/place/for/claims' does not exist; give an existing file, a directory"
        " or a glob that matches files");
  CHECK(db.error("SELECT claims_ingest(NULL)") ==
        "claims: claims_ingest(): path is NULL or empty; give a file, a directory or a glob");
  CHECK(db.error("SELECT * FROM claims_sentences") ==
        "claims: claims_sentences(): missing argument; use claims_sentences(text)");
  CHECK(db.error("SELECT * FROM claims_sentences(x'41ff42')") ==
        "claims: claims_sentences(): text is not valid UTF-8 (byte 1); convert it to UTF-8 first, e.g. with iconv");
  CHECK(db.error("SELECT * FROM claims_dates('on Sunday', '2021-02-30')") ==
        "claims: claims_dates(): ref_date '2021-02-30' is not a date; use YYYY-MM-DD");
  CHECK(db.error("SELECT contradicts(1, 'The bridge fell.')") ==
        "claims: contradicts(): one argument is a claim id and the other a text; give two claim ids or two texts");
  CHECK(db.error("CREATE VIRTUAL TABLE elsewhere USING claims_corpus") ==
        "claims: claims_corpus(): the corpus table can only be main.claims_corpus; let claims_ingest() create it");
  CHECK_THAT(db.error("SELECT claims_ingest_text('a', 'b', 'c', 'd')"),
             Catch::Contains("wrong number of arguments"));
}

TEST_CASE("corpus readers work in views with trusted_schema off; maintenance writes do not", "[surface][flags]") {
  Db db;
  test::sample(db);
  db.exec("PRAGMA trusted_schema = OFF");
  db.exec("CREATE VIEW bazarak AS SELECT claim_id FROM claims('Bazarak')");
  db.exec("CREATE VIEW saturday AS SELECT claim_id FROM on_date('2021-09-04')");
  db.exec("CREATE VIEW names AS SELECT claims_canonical('Dashty') AS n, contradicts(1, 2) AS c");
  db.exec("CREATE VIEW figures AS SELECT count(*) AS n FROM claims_quantities('over 700 were killed')");
  db.exec("CREATE VIEW dated AS SELECT count(*) AS n FROM claims_dates('on Sunday', '2021-09-06')");
  CHECK(db.count("SELECT count(*) FROM bazarak") > 0);
  CHECK(db.count("SELECT count(*) FROM saturday") > 0);
  CHECK(db.one("SELECT n FROM names") == "Fahim Dashti");
  CHECK(db.count("SELECT n FROM figures") == 1);
  CHECK(db.count("SELECT n FROM dated") == 1);
  db.exec("CREATE VIEW rebuilt AS SELECT claims_rebuild() AS n");
  CHECK_THAT(db.error("SELECT * FROM rebuilt"), Catch::Contains("unsafe use of claims_rebuild()"));
}

TEST_CASE("every error says what is wrong and what to do", "[surface][errors]") {
  Db db;
  test::sample(db);
  const std::string form = R"(claims: [a-z_]+\(\): [^;]+; .+)";
  for (const char* bad : {
           "SELECT claims_ingest('/no/such/place/for/claims')",
           "SELECT claims_ingest('/no/such/place/*.txt')",
           "SELECT claims_ingest('')",
           "SELECT * FROM claims_sentences",
           "SELECT * FROM claims_sentences(x'41ff42')",
           "SELECT * FROM claims_quantities(x'ff')",
           "SELECT * FROM claims_dates('on Sunday', NULL)",
           "SELECT * FROM claims_dates('on Sunday', 'Sunday')",
           "SELECT * FROM claims_extract('Rebels said the port fell.', '2021-02-30')",
           "SELECT * FROM on_date('2021-13-01')",
           "SELECT * FROM on_date(NULL)",
           "SELECT * FROM on_date('2021-09-05/2021-09-01')",
           "SELECT * FROM on_date",
           "SELECT contradicts(1, 'The bridge fell.')",
           "CREATE VIRTUAL TABLE elsewhere USING claims_corpus",
           "CREATE VIRTUAL TABLE temp.claims_corpus USING claims_corpus",
           "INSERT INTO aliases(alias, entity_id) VALUES ('x', 999999)",
       }) {
    INFO(bad);
    std::string message = db.error(bad);
    CHECK_THAT(message, Catch::Matches(form));
  }
  // A database error from SQLite itself gets the advice too.
  db.exec("PRAGMA query_only = ON");
  CHECK_THAT(db.error("SELECT claims_ingest_text('Rebels said the port fell.')"),
             Catch::Contains("attempt to write a readonly database; open the database read-write"));
}
