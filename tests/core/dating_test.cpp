#include <catch2/catch.hpp>

#include "core/dating/dating.hpp"

using namespace claims;

namespace {
time::Timex tx(std::string value, std::string text = "x", std::string type = "DATE") {
  time::Timex t;
  t.value = std::move(value);
  t.text = std::move(text);
  t.type = std::move(type);
  return t;
}
}  // namespace

TEST_CASE("publication date from the latest date and the weekday named after it", "[dating]") {
  auto d = dating::infer_published({tx("XXXX-09-03", "September 3"), tx("XXXX-WXX-7", "Sunday")}, 2021);
  REQUIRE(d);
  CHECK(time::to_iso(d->date) == "2021-09-05");
  CHECK(d->why == "latest date mentioned 2021-09-03, then the Sunday it names: 2021-09-05");
}

TEST_CASE("publication date: a written-out year is used when the corpus gives none", "[dating]") {
  auto d = dating::infer_published({tx("2022-03-14"), tx("XXXX-03-10")}, std::nullopt);
  REQUIRE(d);
  CHECK(time::to_iso(d->date) == "2022-03-14");
}

TEST_CASE("publication date: nothing to go on stays unknown", "[dating]") {
  CHECK_FALSE(dating::infer_published({}, 2021));
  CHECK_FALSE(dating::infer_published({tx("XXXX-WXX-7", "Sunday")}, 2021));
  CHECK_FALSE(dating::infer_published({tx("XXXX-09-03")}, std::nullopt));
  CHECK_FALSE(dating::infer_published({tx("P2W", "two weeks", "DURATION")}, 2021));
}

TEST_CASE("claims take said_on from a date near the cue, events from their content", "[dating]") {
  // "Officials said on Sunday that rebels entered the town on Saturday."
  std::vector<sentences::Span> sents{{0, 66}};
  attribution::Claim c;
  c.sentence = 0;
  c.verb_start = 10;
  c.verb_end = 14;
  c.start = 30;
  c.end = 65;
  time::Timex said = tx("2021-09-05", "on Sunday");
  said.start = 15;
  said.end = 24;
  said.rule = "weekday";
  time::Timex about = tx("2021-09-04", "on Saturday");
  about.start = 54;
  about.end = 65;
  about.rule = "weekday";
  auto dates = dating::date_claims(sents, {c}, {said, about}, time::Date{2021, 9, 6});
  REQUIRE(dates.size() == 1);
  CHECK(dates[0].said_on == "2021-09-05");
  CHECK(dates[0].event_date == "2021-09-04");
  CHECK(dates[0].event_date_end == "2021-09-04");
  CHECK(dates[0].precision == "day");
  CHECK(dates[0].rule == "content:weekday");
  // Without dates in the sentence: the publication date, for both.
  auto plain = dating::date_claims(sents, {c}, {}, time::Date{2021, 9, 6});
  CHECK(plain[0].said_on == "2021-09-06");
  CHECK(plain[0].event_date == "2021-09-06");
  CHECK(plain[0].rule == "published");
  // And nothing at all without a publication date.
  auto none = dating::date_claims(sents, {c}, {}, std::nullopt);
  CHECK_FALSE(none[0].said_on);
  CHECK_FALSE(none[0].event_date);
}
