// Values decided from the context of an expression: which conventions of
// TimeML a phrase takes given the words around it. Invented sentences.
#include <catch2/catch.hpp>

#include <string>

#include "core/time/timex.hpp"
#include "time_lookup.hpp"

using namespace claims::time;

using time_test::d;
using time_test::find;

TEST_CASE("a weekday with a part of day after a preposition is that day", "[time][values]") {
  auto ref = d(2014, 5, 12);  // a Monday
  auto on = find(extract("The ferry sank on Saturday night near the harbour.", ref), "Saturday night");
  CHECK(on.value == "2014-05-10");
  CHECK(on.type == "DATE");
  auto until = find(extract("The council will not vote until Thursday morning.", ref), "Thursday morning");
  CHECK(until.value == "2014-05-15");
  CHECK(until.type == "DATE");
  auto of = find(extract("Rescuers worked through the early hours of Sunday morning.", ref), "Sunday morning");
  CHECK(of.value == "2014-05-11");
  // Standing alone, the phrase keeps its part of day.
  auto bare = find(extract("Crowds gathered Saturday night outside the court.", ref), "Saturday night");
  CHECK(bare.value == "2014-05-10TNI");
  CHECK(bare.type == "TIME");
}

TEST_CASE("the compound year-end is the year's last day; year end, year's end the year", "[time][values]") {
  auto ref = d(2016, 3, 9);
  CHECK(find(extract("The merger should be complete by year-end.", ref), "year-end").value == "2016-12-31");
  CHECK(find(extract("Shares have gained 8% since year-end.", ref), "year-end").value == "2015-12-31");
  CHECK(find(extract("The plant will close around year end.", ref), "year end").value == "2016");
  CHECK(find(extract("Hiring slows by the year's end.", ref), "year's end").value == "2016");
}

TEST_CASE("'over the ...' is a period, not an amount exceeded", "[time][values]") {
  auto ref = d(2016, 3, 9);
  auto ahead = extract("Rents should climb over the months ahead.", ref);
  REQUIRE(ahead.size() == 1);
  CHECK(ahead[0].text == "the months ahead");
  CHECK(ahead[0].mod.empty());
  auto amount = find(extract("The strike lasted over two weeks.", ref), "over two weeks");
  CHECK(amount.value == "P2W");
  CHECK(amount.mod == "MORE_THAN");
}

TEST_CASE("'the quarter ended ...' off the calendar quarter of a fiscal report is YYYY-QX", "[time][values]") {
  auto ref = d(2007, 10, 24);
  auto xs = extract(
      "Acme Corp. posted a profit for its fiscal second quarter. For the quarter ended Sept. 30, sales rose 4%. "
      "During the quarter, Acme hired 200 people.",
      ref);
  REQUIRE(xs.size() >= 3);
  CHECK(xs[0].value == "2007-Q2");  // the fiscal quarter as named
  CHECK(xs[1].text == "the quarter");  // ... ended Sept. 30
  CHECK(xs[1].value == "2007-QX");
  // Without a closing date "the quarter" is the report's quarter.
  CHECK(xs.back().text == "the quarter");
  CHECK(xs.back().value == "2007-Q2");
  // A closing date that agrees with the named quarter keeps it.
  auto agree = extract("Beta Inc. lost money in the third quarter. For the quarter ended Sept. 30, sales fell.", ref);
  CHECK(find(agree, "the quarter").value == "2007-Q3");
}

TEST_CASE("'a year ago' after an open fiscal quarter in its sentence is that quarter a year back", "[time][values]") {
  auto ref = d(2007, 10, 24);
  auto xs = extract(
      "Acme Corp. posted a profit for its fiscal second quarter. Sales in the quarter ended Sept. 30 rose to "
      "$9 million from $8 million a year ago. Costs fell from a year ago.",
      ref);
  REQUIRE(xs.size() == 5);
  CHECK(xs[3].text == "a year ago");
  CHECK(xs[3].value == "2006-QX");
  // Another sentence compares with the report's own quarter.
  CHECK(xs[4].text == "a year ago");
  CHECK(xs[4].value == "2006-Q2");
}

TEST_CASE("a month abbreviation's point before a day number ends no sentence", "[time][values]") {
  auto ref = d(2021, 9, 1);  // a Wednesday
  // The future tense before "Oct. 3" reaches "Friday": the coming Friday.
  auto fri = find(extract("The envoys will meet Oct. 3 and report on Friday.", ref), "Friday");
  CHECK(fri.value == "2021-09-03");
  // A full month name may end a sentence: the next one has its own tense.
  auto past = find(extract("The talks will resume in May. 30 delegates met on Friday.", ref), "Friday");
  CHECK(past.value == "2021-08-27");
}
