// The read side: articles / sentences / boilerplate views and the pure
// claims_sentences() table-valued function, with code-point offsets.
#include <catch2/catch.hpp>

#include "harness.hpp"

using test::Db;
using test::q;

TEST_CASE("sentence offsets are code points into the body", "[read]") {
  Db db;
  db.exec("SELECT claims_ingest(" + q(test::kSample) + ")");
  CHECK(db.count("SELECT count(*) FROM sentences AS s JOIN articles AS a USING (article_id) "
                 "WHERE substr(a.body, s.start + 1, s.\"end\" - s.start) <> s.text") == 0);
  CHECK(db.count("SELECT count(*) FROM sentences WHERE start >= \"end\" OR start < 0") == 0);
  // Non-Latin text survives intact, with correct offsets around it.
  CHECK(db.count("SELECT count(*) FROM sentences WHERE text LIKE '%پنجشیر%'") >= 1);
  CHECK(db.count("SELECT count(*) FROM boilerplate AS b JOIN articles AS a USING (article_id) "
                 "WHERE substr(a.raw, b.start + 1, b.\"end\" - b.start) <> b.text") == 0);
}

TEST_CASE("boilerplate stays out of bodies and sentences, the raw text is kept", "[read]") {
  Db db;
  db.exec("SELECT claims_ingest(" + q(test::kSample) + ")");
  for (std::string junk : {"Hennepin", "Feels Like", "Related Content", "Scroll for more", "wxIcon"}) {
    INFO(junk);
    CHECK(db.count("SELECT count(*) FROM articles WHERE instr(body, " + q(junk) + ") > 0") == 0);
    CHECK(db.count("SELECT count(*) FROM sentences WHERE instr(text, " + q(junk) + ") > 0") == 0);
    CHECK(db.count("SELECT count(*) FROM articles WHERE instr(raw, " + q(junk) + ") > 0") == 1);
  }
  CHECK(db.count("SELECT count(*) FROM boilerplate") > 0);
}

TEST_CASE("claims_sentences(text) splits any text", "[read][tvf]") {
  Db db;
  CHECK(db.rows("SELECT ord, start, \"end\", text FROM claims_sentences("
                "'Rebels said they took the airport. The army denied it.')") ==
        test::Rows{{"0", "0", "34", "Rebels said they took the airport."},
                   {"1", "35", "54", "The army denied it."}});
  // Offsets count code points, not bytes.
  CHECK(db.rows("SELECT start, \"end\" FROM claims_sentences('«Éé» ok. Ünïcode here.')") ==
        test::Rows{{"0", "8"}, {"9", "22"}});
  CHECK(db.count("SELECT count(*) FROM claims_sentences(NULL)") == 0);
  CHECK(db.count("SELECT count(*) FROM claims_sentences('')") == 0);
  // The argument as a join column (the hidden column is usable in a join).
  db.exec("CREATE TABLE t(body TEXT)");
  db.exec("INSERT INTO t VALUES ('One. Two.'), ('Three.')");
  CHECK(db.count("SELECT count(*) FROM t, claims_sentences(t.body)") == 3);
  CHECK(db.count("SELECT count(*) FROM t JOIN claims_sentences AS s ON s.input = t.body") == 3);
}
