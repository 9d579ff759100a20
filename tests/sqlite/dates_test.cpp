// Time through SQL: claims_dates(), dated claims, inferred publication
// dates, on_date() with its index, and the timeline view.
#include <catch2/catch.hpp>

#include "harness.hpp"

using test::Db;
using test::q;

TEST_CASE("claims_dates(text, ref_date) normalises against the reference", "[dates][tvf]") {
  Db db;
  CHECK(db.rows("SELECT text, type, value FROM claims_dates("
                "'Late on Saturday fighting was reported. On Sunday night he was killed.', '2021-09-06')") ==
        test::Rows{{"Late on Saturday", "DATE", "2021-09-04"}, {"Sunday night", "DATE", "2021-09-05"}});
  CHECK(db.one("SELECT value FROM claims_dates('The talks will resume on Monday.', '2021-09-05')") ==
        "2021-09-06");
  CHECK(db.one("SELECT value FROM claims_dates('It fell three weeks ago.', '2021-09-05')") == "2021-W32");
  CHECK(db.count("SELECT count(*) FROM claims_dates('It happened on February 30, 2021 at 25:00.', '2021-03-01')") ==
        0);
  CHECK(db.count("SELECT count(*) FROM claims_dates('700 fighters, 34 provinces and 2013-01-S-025.', "
                 "'2021-09-05')") == 0);
  CHECK(db.one("SELECT rule FROM claims_dates('He left yesterday.', '2021-09-05')") != "");
}

TEST_CASE("claims_dates refuses a missing or malformed reference date", "[dates][bad]") {
  Db db;
  CHECK(db.error("SELECT * FROM claims_dates('on Sunday', NULL)") ==
        "claims: claims_dates(): ref_date is NULL; give the date the text was written, as YYYY-MM-DD");
  CHECK(db.error("SELECT * FROM claims_dates('on Sunday', '2021-02-30')") ==
        "claims: claims_dates(): ref_date '2021-02-30' is not a date; use YYYY-MM-DD");
  CHECK(db.error("SELECT * FROM claims_dates('on Sunday')") ==
        "claims: claims_dates(): missing argument; use claims_dates(text, ref_date)");
}

TEST_CASE("an undated article gets an inferred publication date", "[dates]") {
  Db db;
  db.exec("SELECT claims_ingest(" + q(test::kSample) + ")");
  CHECK(db.rows("SELECT published, published_from FROM articles WHERE path LIKE '%004_%'") ==
        test::Rows{{"2021-09-05", "inferred"}});
  CHECK_THAT(db.one("SELECT reason FROM ingest_log WHERE path LIKE '%004_%'"),
             Catch::StartsWith("publication date inferred: latest date mentioned 2021-09-03"));
  // Nothing to go on: stays NULL.
  Db empty;
  CHECK(empty.one("SELECT claims_ingest_text('Officials said the road was closed.')") == "1");
  CHECK(empty.rows("SELECT published, published_from FROM articles") == test::Rows{{"NULL", "NULL"}});
}

TEST_CASE("claims are dated: when said, and what they are about", "[dates][claims]") {
  Db db;
  db.exec("SELECT claims_ingest(" + q(test::kSample) + ")");
  // "late on Saturday" in a 5 September article → 4 September.
  CHECK(db.rows("SELECT said_on, event_date FROM claims WHERE text LIKE 'intense fighting was underway%'") ==
        test::Rows{{"2021-09-04", "2021-09-04"}});
  // "entered their village on Saturday": the content's own date.
  CHECK(db.rows("SELECT event_date, date_precision FROM claims WHERE text LIKE '%entered their village on "
                "Saturday%'") == test::Rows{{"2021-09-04", "day"}});
  // No time of its own: takes when it was said, the publication date here.
  CHECK(db.count("SELECT count(*) FROM claims WHERE event_date IS NULL") == 0);
  CHECK(db.count("SELECT count(*) FROM claims WHERE date_rule = 'published' AND event_date <> said_on") == 0);
}

TEST_CASE("on_date(d) returns the claims whose event overlaps d, through an index", "[dates][on_date]") {
  Db db;
  db.exec("SELECT claims_ingest(" + q(test::kSample) + ")");
  auto day = db.rows("SELECT text FROM on_date('2021-09-04')");
  bool paryan = false, village = false, victory = false;
  for (auto& r : day) {
    paryan |= r[0].find("intense fighting was underway in the Paryan district") != std::string::npos;
    village |= r[0].find("entered their village on Saturday") != std::string::npos;
    victory |= r[0].find("completely conquered") != std::string::npos;
  }
  CHECK(paryan);
  CHECK(village);
  CHECK_FALSE(victory);
  CHECK(db.count("SELECT count(*) FROM on_date('2021-09')") ==
        db.count("SELECT count(*) FROM claims WHERE event_date <= '2021-09-30' AND event_date_end >= '2021-09-01'"));
  CHECK(db.count("SELECT count(*) FROM on_date('2021')") == db.count("SELECT count(*) FROM claims"));
  CHECK(db.count("SELECT count(*) FROM on_date('2021-09-04/2021-09-05')") >
        db.count("SELECT count(*) FROM on_date('2021-09-04')"));
  CHECK(db.count("SELECT count(*) FROM on_date('1999-01-01')") == 0);
  auto plan = db.rows("EXPLAIN QUERY PLAN SELECT * FROM on_date('2021-09-04')");
  CHECK_THAT(plan.back().back(), Catch::Contains("VIRTUAL TABLE INDEX 1:claim date index"));
}

TEST_CASE("on_date errors say what is wrong and what to do", "[dates][on_date][bad]") {
  Db db;
  db.exec("SELECT claims_ingest(" + q(test::kSample) + ")");
  CHECK(db.error("SELECT * FROM on_date('2021-13-01')") ==
        "claims: on_date(): '2021-13-01' is not a date; use YYYY-MM-DD, YYYY-MM, YYYY or a range A/B");
  CHECK(db.error("SELECT * FROM on_date('Sunday')") ==
        "claims: on_date(): 'Sunday' is not a date; use YYYY-MM-DD, YYYY-MM, YYYY or a range A/B");
  CHECK(db.error("SELECT * FROM on_date('2021-09-05/2021-09-01')") ==
        "claims: on_date(): range '2021-09-05/2021-09-01' ends before it starts; put the earlier date first,"
        " as in 2021-09-01/2021-09-30");
  CHECK_THAT(db.error("SELECT * FROM on_date"), Catch::Contains("missing argument"));
}

TEST_CASE("the timeline counts claims per day and side", "[dates][timeline]") {
  Db db;
  db.exec("SELECT claims_ingest(" + q(test::kSample) + ")");
  CHECK(db.count("SELECT sum(n_claims) FROM timeline") == db.count("SELECT count(*) FROM claims"));
  CHECK(db.count("SELECT n_claims FROM timeline WHERE date = '2021-09-06' AND party = 'Taliban'") > 0);
  CHECK(db.count("SELECT count(*) FROM timeline WHERE n_articles > n_claims OR n_disputed > n_claims") == 0);
}
