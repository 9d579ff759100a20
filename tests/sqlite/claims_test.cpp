// Entities, aliases, quantities and claims through SQL: the sample corpus
// end to end, an invented corpus about another conflict, analysts' alias
// edits across claims_rebuild(), and bad input.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "harness.hpp"

using test::Db;
using test::q;

using test::sample;

TEST_CASE("outlets' spellings of one person resolve to one entity", "[claims][entities]") {
  Db db;
  sample(db);
  CHECK(db.one("SELECT claims_canonical('Dashty')") == db.one("SELECT claims_canonical('Fahim Dashti')"));
  CHECK(db.one("SELECT claims_canonical('Karimi')") == db.one("SELECT claims_canonical('Belal Kareemi')"));
  CHECK(db.one("SELECT claims_canonical('Bilal Karimi')") == db.one("SELECT claims_canonical('Kareemi')"));
  CHECK(db.one("SELECT claims_canonical('Panjsher')") == "Panjshir");
  CHECK(db.one("SELECT claims_canonical('NRFA')") == db.one("SELECT claims_canonical('NRF')"));
  CHECK(db.one("SELECT claims_canonical('no such name anywhere')") == "NULL");
  // Namesakes stay apart: the living leader and his late father.
  CHECK(db.count("SELECT count(*) FROM entities WHERE name IN ('Ahmad Massoud', 'Ahmad Shah Massoud')") == 2);
  CHECK(db.one("SELECT deceased FROM entities WHERE name = 'Ahmad Shah Massoud'") == "1");
  CHECK(db.one("SELECT deceased FROM entities WHERE name = 'Ahmad Massoud'") == "0");
}

TEST_CASE("spokesmen carry their organisation's side", "[claims][entities]") {
  Db db;
  sample(db);
  std::string nrf = db.one("SELECT claims_canonical('NRF')");
  CHECK(db.one("SELECT party FROM entities WHERE name = claims_canonical('Dashti')") == nrf);
  CHECK(db.one("SELECT party FROM entities WHERE name = claims_canonical('Karimi')") == "Taliban");
  CHECK(db.one("SELECT party FROM entities WHERE name = 'Zabihullah Mujahid'") == "Taliban");
  // Every claim of a speaker carries the speaker's side.
  CHECK(db.count("SELECT count(*) FROM claims WHERE speaker_canonical = claims_canonical('Dashty') "
                 "AND party IS NOT " + q(nrf)) == 0);
  CHECK(db.count("SELECT count(DISTINCT speaker_canonical) FROM claims WHERE party = 'Taliban'") >= 3);
}

TEST_CASE("claims(name) finds the claims about a place, alias-aware", "[claims]") {
  Db db;
  sample(db);
  CHECK(db.count("SELECT count(*) FROM claims('Panjsher')") == db.count("SELECT count(*) FROM claims('Panjshir')"));
  CHECK(db.count("SELECT count(*) FROM claims('Panjshir')") > 10);
  auto bazarak = db.rows("SELECT speaker_canonical, verb, kind, text FROM claims('Bazarak')");
  bool nazary = false, breached = false;
  for (auto& r : bazarak) {
    nazary |= r[0] == "Ali Nazary" && r[1] == "said" && r[2] == "control" &&
              r[3].find("Most of Bazarak district") == 0;
    breached |= r[3].find("breached the office of its governor") != std::string::npos;
  }
  CHECK(nazary);
  CHECK(breached);
  CHECK(db.count("SELECT count(*) FROM claims('')") == 0);
  CHECK(db.count("SELECT count(*) FROM claims(NULL)") == 0);
  // The hidden argument is a real index lookup, not a scan with a filter.
  auto plan = db.rows("EXPLAIN QUERY PLAN SELECT * FROM claims('Bazarak')");
  CHECK_THAT(plan.back().back(), Catch::Contains("VIRTUAL TABLE INDEX 1"));
}

TEST_CASE("claim offsets point into the article body", "[claims]") {
  Db db;
  sample(db);
  CHECK(db.count("SELECT count(*) FROM claims") > 50);
  CHECK(db.count("SELECT count(*) FROM claims AS c JOIN articles AS a USING (article_id) "
                 "WHERE substr(a.body, c.start + 1, c.\"end\" - c.start) <> c.text") == 0);
  CHECK(db.count("SELECT count(*) FROM claims AS c JOIN articles AS a USING (article_id) "
                 "WHERE c.speaker <> '' AND substr(a.body, c.speaker_start + 1, c.speaker_end - c.speaker_start) "
                 "<> c.speaker") == 0);
  CHECK(db.count("SELECT count(*) FROM quantities AS x JOIN articles AS a USING (article_id) "
                 "WHERE substr(a.body, x.start + 1, x.\"end\" - x.start) <> x.text") == 0);
  CHECK(db.count("SELECT count(*) FROM claims WHERE stance NOT IN ('asserts', 'denies')") == 0);
}

TEST_CASE("casualty figures are typed, bounded and linked to their claims", "[claims][quantities]") {
  Db db;
  sample(db);
  auto rows = db.rows("SELECT q.value, q.low, q.qualifier, q.count_type, c.speaker_canonical FROM quantities AS q "
                      "JOIN claims AS c USING (claim_id) WHERE q.count_type IS NOT NULL ORDER BY q.quantity_id");
  bool nearly_thousand = false, seven_hundred = false;
  for (auto& r : rows) {
    nearly_thousand |= r[0] == "1000.0" && r[2] == "nearly" && r[3] == "killed+wounded+captured";
    seven_hundred |= r[0] == "700.0" && r[3] == "killed";
  }
  CHECK(nearly_thousand);
  CHECK(seven_hundred);
  CHECK(db.one("SELECT value FROM quantities WHERE text = '2,50,000'") == "250000.0");
}

TEST_CASE("claims_quantities(text) parses numbers and qualifiers", "[claims][quantities][tvf]") {
  Db db;
  CHECK(db.rows("SELECT text, value, low, high, qualifier, count_type FROM claims_quantities("
                "'Officials said at least 1,000 people were displaced and dozens were wounded.')") ==
        test::Rows{{"at least 1,000", "1000.0", "1000.0", "NULL", "at least", "displaced"},
                   {"dozens", "12.0", "12.0", "99.0", "dozens", "wounded"}});
  // Years, dates, times and ids are never counts.
  CHECK(db.count("SELECT count(*) FROM claims_quantities('On 5 September 2021 at 9:47 am, release "
                 "2013-01-S-025 was issued.') WHERE count_type IS NOT NULL") == 0);
  // Bad numbers do not crash and are not turned into huge values.
  CHECK(db.count("SELECT count(*) FROM claims_quantities('10^400 and 1,2,3,4 and "
                 "999999999999999999999999999999 were killed') WHERE value > 1e15") == 0);
}

TEST_CASE("claims_extract(text) works on any text", "[claims][tvf]") {
  Db db;
  auto r = db.rows("SELECT speaker, speaker_canonical, verb, stance, kind, text FROM claims_extract("
                   "'Rebel spokesman Yusuf Qaderi said on Monday that the army had abandoned the port of Dalvik. "
                   "The defence ministry denied the claim.')");
  REQUIRE(r.size() == 2);
  CHECK(r[0][0] == "Rebel spokesman Yusuf Qaderi");
  CHECK(r[0][1] == "Yusuf Qaderi");
  CHECK(r[0][2] == "said");
  CHECK(r[0][3] == "asserts");
  CHECK(r[1][3] == "denies");
  CHECK_THAT(db.error("SELECT * FROM claims_extract('x', '2021-02-30')"),
             Catch::Contains("claims: claims_extract(): published '2021-02-30' is not a date"));
}

TEST_CASE("claims_extract survives bad input", "[claims][bad]") {
  Db db;
  CHECK(db.count("SELECT count(*) FROM claims_extract('The weather was fine and the roads were open.')") == 0);
  // A quote with no speaker anywhere yields no claim (documented choice).
  CHECK(db.count("SELECT count(*) FROM claims_extract('\"We will never leave.\"')") == 0);
  // Unbalanced quotes.
  CHECK_NOTHROW(db.rows("SELECT * FROM claims_extract('He said: \"the town fell. Officials said \"it did not.')"));
  // A 10,000-word sentence.
  std::string words;
  for (int i = 0; i < 10000; ++i) words += i % 50 == 0 ? "officials said " : "word ";
  CHECK(db.count("SELECT count(*) FROM claims_extract(" + q(words) + ")") > 0);
}

TEST_CASE("an invented conflict: sides, aliases and spellings across articles", "[claims][generic]") {
  Db db;
  db.exec("SELECT claims_ingest_text('Fighters of the Democratic Liberation Army (DLA) seized the port of Dalvik "
          "on Monday, DLA spokesman Yusuf Qaderi said. \"The port is ours,\" Qaderi told reporters.', '2023-05-02')");
  db.exec("SELECT claims_ingest_text('The Veloria defence ministry denied that Dalvik had fallen. Yousef Qaderi, a "
          "spokesman of the DLA, said its forces held the harbour.', '2023-05-03')");
  CHECK(db.one("SELECT claims_canonical('Yousef Qaderi')") == "Yusuf Qaderi");
  CHECK(db.one("SELECT claims_canonical('DLA')") == "Democratic Liberation Army");
  CHECK(db.one("SELECT party FROM entities WHERE name = 'Yusuf Qaderi'") == "Democratic Liberation Army");
  CHECK(db.count("SELECT count(*) FROM claims WHERE speaker_canonical = 'Yusuf Qaderi'") >= 3);
  CHECK(db.count("SELECT count(*) FROM claims('Dalvik')") >= 2);
  CHECK(db.count("SELECT count(*) FROM claims WHERE stance = 'denies'") >= 1);
}

TEST_CASE("analysts' alias edits take effect and survive claims_rebuild()", "[claims][aliases]") {
  Db db;
  sample(db);
  std::string massoud = db.one("SELECT entity_id FROM entities WHERE name = 'Ahmad Massoud'");
  // Add: a nickname.
  db.exec("INSERT INTO aliases(alias, entity_id) VALUES ('the Lion''s son', " + massoud + ")");
  CHECK(db.one("SELECT claims_canonical('the lion''s son')") == "Ahmad Massoud");
  CHECK(db.one("SELECT origin FROM aliases WHERE alias = 'the Lion''s son'") == "user");
  // Delete: an automatic alias the analyst disagrees with.
  db.exec("DELETE FROM aliases WHERE alias = 'Dashty'");
  CHECK(db.one("SELECT claims_canonical('Dashty')") == "NULL");
  // Correct: point an alias at another entity.
  std::string taliban = db.one("SELECT entity_id FROM entities WHERE name = 'Taliban'");
  db.exec("UPDATE aliases SET entity_id = " + taliban + " WHERE alias = 'the Taliban group'");  // no such row: no-op
  CHECK_THAT(db.error("INSERT INTO aliases(alias, entity_id) VALUES ('x', 999999)"),
             Catch::Equals("claims: aliases(): no entity has this entity_id; use an entity_id from the entities view"));
  CHECK(db.count("SELECT claims_rebuild()") == 5);
  CHECK(db.one("SELECT claims_canonical('the lion''s son')") == "Ahmad Massoud");
  CHECK(db.one("SELECT claims_canonical('Dashty')") == "NULL");
  CHECK(db.count("SELECT count(*) FROM aliases WHERE origin = 'user'") == 1);
  CHECK(db.count("SELECT count(*) FROM aliases WHERE alias = 'Dashty'") == 0);
}

TEST_CASE("claims are empty, not an error, before any ingest", "[claims]") {
  Db db;
  CHECK(db.count("SELECT count(*) FROM claims") == 0);
  CHECK(db.count("SELECT count(*) FROM claims('anything')") == 0);
  CHECK(db.one("SELECT claims_canonical('anything')") == "NULL");
}
