// Bad input gets a logged, skipped record or a clear SQL error: never a
// crash, a hang or a half-written corpus. Fixtures: fixtures/bad/.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "harness.hpp"

using test::Db;
using test::q;
using test::TempDir;
namespace fs = std::filesystem;

namespace {
const std::string kBad = test::kFixtures + "/bad";

std::string logged(Db& db, const std::string& file_suffix) {
  auto rows = db.rows("SELECT action || ': ' || reason FROM ingest_log WHERE path LIKE " +
                      q("%" + file_suffix) + " ORDER BY log_id");
  std::string out;
  for (auto& r : rows) out += (out.empty() ? "" : " | ") + r[0];
  return out;
}
}  // namespace

TEST_CASE("the bad-input folder: usable files go in, the rest are logged", "[bad]") {
  Db db;
  // crlf, no_trailing_newline, impossible_date, missing_date, latin1, deep_article,
  // and three good lines of articles.jsonl.
  CHECK(db.count("SELECT claims_ingest(" + q(kBad) + ")") == 9);
  CHECK(logged(db, "/empty.txt") == "skipped: empty");
  CHECK(logged(db, "/whitespace_only.txt") == "skipped: empty");
  CHECK(logged(db, "/binary.txt") == "skipped: binary (contains NUL bytes)");
  CHECK(logged(db, "/nul_bytes.txt") == "skipped: binary (contains NUL bytes)");
  CHECK(logged(db, "/invalid_utf8.txt") == "skipped: invalid UTF-8 at byte 83");
  CHECK(logged(db, "/latin1.txt") == "note: not UTF-8; decoded as Latin-1/Windows-1252");
  CHECK(logged(db, "/notes.md") == "skipped: unsupported file type (expected .txt or .jsonl)");
  CHECK(logged(db, "/impossible_date.txt") == "note: impossible date in header: 2021-02-30");
  CHECK(db.rows("SELECT line, action, reason FROM ingest_log WHERE path LIKE '%.jsonl' ORDER BY log_id") ==
        test::Rows{{"3", "skipped", "invalid JSON"},
                   {"4", "skipped", "no \"text\" or \"body\" string"},
                   {"5", "skipped", "JSON line is not an object"},
                   {"6", "note", "given date '2022-02-30' is not a date"}});
  CHECK(db.one("SELECT claims_integrity_check()") == "ok");
}

TEST_CASE("decoded bad inputs are stored correctly", "[bad]") {
  Db db;
  db.exec("SELECT claims_ingest(" + q(kBad) + ")");
  // Latin-1 became UTF-8.
  CHECK_THAT(db.one("SELECT body FROM articles WHERE path LIKE '%latin1.txt'"),
             Catch::Contains("déclaré mardi") && Catch::Contains("«Nous contrôlons la région»"));
  // CRLF normalised: no CR anywhere, header date used.
  CHECK(db.count("SELECT count(*) FROM articles WHERE instr(raw, char(13)) > 0") == 0);
  CHECK(db.rows("SELECT published, published_from FROM articles WHERE path LIKE '%crlf.txt'") ==
        test::Rows{{"2022-03-14", "header"}});
  CHECK(db.rows("SELECT published, published_from FROM articles WHERE path LIKE '%impossible_date.txt'") ==
        test::Rows{{"NULL", "NULL"}});
  CHECK(db.rows("SELECT published, published_from FROM articles WHERE path LIKE '%missing_date.txt'") ==
        test::Rows{{"NULL", "NULL"}});
  CHECK_THAT(db.one("SELECT text FROM sentences JOIN articles USING (article_id) "
                    "WHERE path LIKE '%no_trailing_newline.txt' ORDER BY ord DESC LIMIT 1"),
             Catch::Equals("A spokesman denied reports of a retreat."));
  // JSONL metadata.
  CHECK(db.rows("SELECT line, title, published, published_from, source, url FROM articles "
                "WHERE path LIKE '%.jsonl' ORDER BY line") ==
        test::Rows{{"1", "Drones downed", "2022-05-02", "given", "Example Wire", "https://example.org/a/1"},
                   {"2", "NULL", "2022-05-03", "given", "NULL", "NULL"},
                   {"6", "NULL", "NULL", "NULL", "NULL", "NULL"}});
}

TEST_CASE("claims_ingest_text logs unusable text and returns NULL", "[bad]") {
  Db db;
  CHECK(db.one("SELECT claims_ingest_text(x'00010203')") == "NULL");
  CHECK(db.one("SELECT claims_ingest_text('   ')") == "NULL");
  CHECK(db.rows("SELECT path, action, reason FROM ingest_log ORDER BY log_id") ==
        test::Rows{{"NULL", "skipped", "binary (contains NUL bytes)"}, {"NULL", "skipped", "empty"}});
  CHECK(db.count("SELECT count(*) FROM articles") == 0);
}

TEST_CASE("a 20 MB single line is ingested without hanging", "[bad][big]") {
  TempDir dir;
  {
    std::ofstream out(dir.str("big.txt"), std::ios::binary);
    // No reporting cue: this checks the parser and splitter on a giant line;
    // claim-dense text is measured by bench/ingest_bench.sh.
    std::string chunk = "the convoy moved north along the river road and nothing more was heard of it ";
    for (std::size_t n = 0; n < 20u * 1024 * 1024; n += chunk.size()) out << chunk;
  }
  Db db;
  CHECK(db.count("SELECT claims_ingest(" + q(dir.str("big.txt")) + ")") == 1);
  CHECK(db.count("SELECT max(\"end\" - start) FROM sentences") <= 20000);
  CHECK(db.count("SELECT sum(length(text)) FROM sentences") > 19000000);
}

TEST_CASE("a symbolic link loop ends; links to files are followed", "[bad][fs]") {
  TempDir dir;
  fs::create_directories(dir.path() / "corpus" / "inner");
  std::ofstream(dir.path() / "corpus" / "inner" / "one.txt") << "Officials said the port reopened on Monday.\n";
  fs::create_directory_symlink("..", dir.path() / "corpus" / "inner" / "loop");
  fs::create_symlink(dir.path() / "corpus" / "inner" / "one.txt", dir.path() / "corpus" / "alias.txt");
  fs::create_symlink(dir.path() / "corpus" / "missing.txt", dir.path() / "corpus" / "dangling.txt");
  Db db;
  CHECK(db.count("SELECT claims_ingest(" + q(dir.str("corpus")) + ")") == 1);
  CHECK(db.count("SELECT count(*) FROM ingest_log WHERE reason LIKE '%loop%'") == 1);
  CHECK(db.count("SELECT count(*) FROM ingest_log WHERE path LIKE '%dangling.txt' AND action = 'skipped'") == 1);
}

TEST_CASE("an unreadable file is logged and skipped", "[bad][fs]") {
  TempDir dir;
  std::ofstream(dir.str("ok.txt")) << "Officials said the port reopened on Monday.\n";
  std::ofstream(dir.str("locked.txt")) << "Officials said the port closed on Tuesday.\n";
  fs::permissions(dir.str("locked.txt"), fs::perms::none);
  Db db;
  bool root_reads_anything = static_cast<bool>(std::ifstream(dir.str("locked.txt")));
  long long added = db.count("SELECT claims_ingest(" + q(dir.str()) + ")");
  if (root_reads_anything) {
    CHECK(added == 2);  // running as root: permissions do not stop reads
  } else {
    CHECK(added == 1);
    CHECK(db.count("SELECT count(*) FROM ingest_log WHERE reason LIKE 'unreadable:%'") == 1);
  }
}
