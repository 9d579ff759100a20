// Temporal tagger: which words are temporal expressions at all, and where
// an expression starts and ends. Invented sentences; values against a fixed
// reference date.
#include <catch2/catch.hpp>

#include <string>

#include "core/time/timex.hpp"
#include "time_lookup.hpp"

using namespace claims::time;

namespace {

const Date kRef{2015, 6, 10};  // a Wednesday

bool has_text(const std::string& sentence, const std::string& text) {
  for (const auto& x : extract(sentence, kRef))
    if (x.text == text) return true;
  return false;
}

std::string value_of(const std::string& sentence, const std::string& text) {
  for (const auto& x : extract(sentence, kRef))
    if (x.text == text) return x.value;
  FAIL("no timex with text '" << text << "' in: " << sentence);
  return {};
}

std::string find_value(const std::vector<Timex>& xs, const std::string& text) { return time_test::find(xs, text).value; }

}  // namespace

TEST_CASE("a sentence-initial 'Now,' is a discourse marker, other 'now' the present", "[time][spans]") {
  CHECK_FALSE(has_text("The mill closed. Now, the mayor says, the town must adapt.", "Now"));
  CHECK_FALSE(has_text("\"Now, let us be clear,\" she said.", "Now"));
  CHECK(value_of("The mill closed. Now the town must adapt.", "Now") == "PRESENT_REF");
  CHECK(value_of("The cooperative now owns 40% of the mill.", "now") == "PRESENT_REF");
  CHECK(value_of("The mill, closed until now, reopens.", "now") == "PRESENT_REF");
}

TEST_CASE("a set word after an amount is a rate", "[time][spans]") {
  CHECK_FALSE(has_text("Exports should grow 6% annually.", "annually"));
  CHECK_FALSE(has_text("The plant would make 4,000 bicycles annually.", "annually"));
  CHECK_FALSE(has_text("Dues of $2.5 million annually were cut.", "annually"));
  CHECK(value_of("Average hourly wages rose.", "hourly") == "PT1H");
  CHECK_FALSE(has_text("The pump moves 40 litres per second.", "per second"));
  CHECK_FALSE(has_text("Trains reach 300 kilometres per hour.", "per hour"));
  CHECK(value_of("Two ferries a day and one per week call here; inspections are made each week.", "each week") ==
        "P1W");
  CHECK(value_of("The fair is held annually in the old market.", "annually") == "P1Y");
  CHECK(value_of("Volunteers gather daily outside the town hall.", "daily") == "P1D");
}

TEST_CASE("'high noon' is an idiom; noon is midday", "[time][spans]") {
  CHECK_FALSE(has_text("For the farmers, high noon has arrived.", "noon"));
  CHECK(value_of("The talks resume at noon.", "noon") == "2015-06-10T12:00");
}

TEST_CASE("'the future of' something is not a time", "[time][spans]") {
  CHECK_FALSE(has_text("They argued about the future of the orchard.", "the future"));
  CHECK(value_of("The orchard may be sold in the future.", "the future") == "FUTURE_REF");
}

TEST_CASE("'soon' refers to the future where a modal or 'to' governs it", "[time][spans]") {
  CHECK(value_of("The council will soon vote on the plan.", "soon") == "FUTURE_REF");
  CHECK(value_of("The council may soon vote on the plan.", "soon") == "FUTURE_REF");
  CHECK(value_of("It soon will vote on the plan.", "soon") == "FUTURE_REF");
  CHECK(value_of("The council hopes to soon vote on the plan.", "soon") == "FUTURE_REF");
  CHECK_FALSE(has_text("The ferry sank and was soon forgotten.", "soon"));
  CHECK_FALSE(has_text("He resigned soon after the vote.", "soon"));
  CHECK_FALSE(has_text("They will vote as soon as the report is out.", "soon"));
}

TEST_CASE("a year after a year preposition and before 'to' stays a year", "[time][spans]") {
  CHECK(value_of("He taught there from 1991 to 1997.", "1991") == "1991");
  CHECK(value_of("He taught there from 1991 to 1997.", "1997") == "1997");
  CHECK(value_of("Membership rose from 40 in 1980 to more than 300 last year.", "1980") == "1980");
  CHECK(value_of("Membership went from 12 in 1985 to 90.", "1985") == "1985");
  // a range of counts is not one of years
  CHECK_FALSE(has_text("The column grew from 1500 to 2000 marchers.", "1500"));
  CHECK_FALSE(has_text("It hired 1500 to 2000 workers.", "1500"));
}

TEST_CASE("a month with last/this/next year takes that year", "[time][spans]") {
  CHECK(value_of("In July last year the dam broke.", "July last year") == "2014-07");
  CHECK(value_of("The vote is set for April next year.", "April next year") == "2016-04");
  CHECK(value_of("It opened in early February this year.", "early February this year") == "2015-02");
  CHECK(value_of("It opened on March 3 last year.", "March 3 last year") == "2014-03-03");
  CHECK(extract("In July last year the dam broke.", std::nullopt).front().value == "XXXX-07");
}

TEST_CASE("each <month> is a set; the <season> of <year> one season", "[time][spans]") {
  auto xs = extract("The herders move north each July.", kRef);
  REQUIRE(xs.size() == 1);
  CHECK(xs[0].text == "each July");
  CHECK(xs[0].type == "SET");
  CHECK(xs[0].value == "XXXX-07");
  CHECK(value_of("Prices peaked in the winter of 1994.", "the winter of 1994") == "1994-WI");
  CHECK(value_of("Prices peaked in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four") ==
        "1994-WI");
}

TEST_CASE("'or so ago' keeps the ago expression whole", "[time][spans]") {
  auto xs = extract("A week or so ago the bridge reopened.", kRef);
  REQUIRE(xs.size() == 1);
  CHECK(xs[0].text == "A week or so ago");
  CHECK(xs[0].rule == "ago-or-so");
}

TEST_CASE("a part of day before yesterday/today; hyphenated late-/early- modifiers", "[time][spans]") {
  auto x = extract("At mid-afternoon yesterday the shares rose.", kRef);
  REQUIRE(x.size() == 1);
  CHECK(x[0].text == "mid-afternoon yesterday");
  CHECK(x[0].value == "2015-06-09TAF");
  CHECK(value_of("the late-November trip", "late-November") == "2015-11");  // the nearest November
  auto late = extract("the late-November trip", kRef);
  REQUIRE(late.size() == 1);
  CHECK(late[0].mod == "END");
  auto early = extract("an early-March storm", kRef);
  REQUIRE(early.size() == 1);
  CHECK(early[0].text == "early-March");
  CHECK(early[0].mod == "START");
}

TEST_CASE("a year or a duration inside a name or title is not a time", "[time][spans]") {
  CHECK_FALSE(has_text("He founded a firm called Argon 1985 in Leeds.", "1985"));
  CHECK_FALSE(has_text("Delegates met at the Lisbon 2004 forum.", "2004"));
  CHECK(value_of("In 1985 he founded a firm.", "1985") == "1985");
  CHECK(value_of("He founded it in Leeds in 1985.", "1985") == "1985");
  CHECK(value_of("Profits rose in fiscal 1985.", "fiscal 1985") == "1985");
  auto show = extract("She told ''48 Hours'' the story.", kRef);
  CHECK(show.empty());
  CHECK(value_of("She talked for 48 hours.", "48 hours") == "PT48H");
  CHECK(value_of("Three Days later the rain stopped.", "Three Days later") == "2015-06-13");
}

TEST_CASE("'the week' not pinned down is a week of the reference's year", "[time][spans]") {
  CHECK(value_of("For the week, the index fell 2%.", "the week") == "2015-WXX");
  CHECK(value_of("It was the week's busiest session.", "the week") == "2015-WXX");
  CHECK(extract("For the week, the index fell 2%.", std::nullopt).front().value == "XXXX-WXX");
  CHECK_FALSE(has_text("It fell in the week ended Friday.", "the week"));
  CHECK_FALSE(has_text("He left the week before the vote.", "the week"));
}

TEST_CASE("year-end: the end of the reference's year, or of the year before after 'since'", "[time][spans]") {
  CHECK(value_of("The sale should close by year-end.", "year-end") == "2015-12-31");  // the compound: the closing day
  CHECK(value_of("The sale should close by year end.", "year end") == "2015");
  CHECK(value_of("The rules apply by year's end.", "year's end") == "2015");
  CHECK(value_of("The index is up 4% since year-end.", "year-end") == "2014-12-31");
}

TEST_CASE("a direction before a month and day picks its year", "[time][spans]") {
  auto ref = Date{2015, 6, 1};
  CHECK(find_value(extract("The bridge was hit last Oct. 23 at dawn.", ref), "last Oct. 23") == "2014-10-23");
  CHECK(find_value(extract("The vote is due next March 3.", ref), "next March 3") == "2016-03-03");
  CHECK(find_value(extract("The vote is due next March 3.", std::nullopt), "next March 3") == "XXXX-03-03");
}

TEST_CASE("last/this/next year's (first) quarter", "[time][spans]") {
  CHECK(value_of("It may take effect in next year's first quarter.", "next year's first quarter") == "2016-Q1");
  CHECK(value_of("Sales in this year's fourth quarter rose.", "this year's fourth quarter") == "2015-Q4");
  auto ref = Date{2015, 11, 2};
  auto xs = extract("Net rose in the third quarter. Sales for last year's quarter were flat.", ref);
  CHECK(find_value(xs, "last year's quarter") == "2014-Q3");
  // with no quarter named before, "last year's quarter" is only "last year"
  CHECK(find_value(extract("Sales for last year's quarter were flat.", ref), "last year") == "2014");
}

TEST_CASE("'the then current' price is a past reference", "[time][spans]") {
  CHECK(value_of("Holders may buy at the then current market price.", "then current") == "PAST_REF");
  CHECK(value_of("Holders may buy at the then-current market price.", "then-current") == "PAST_REF");
}

TEST_CASE("'the quarter ended <day>' is the calendar quarter holding most of it", "[time][spans]") {
  auto ref = Date{2015, 10, 28};
  CHECK(find_value(extract("For the quarter ended Sept. 30, the mill earned $2 million.", ref), "the quarter") ==
        "2015-Q3");
  CHECK(find_value(extract("In the quarter ended July 31, orders fell.", ref), "the quarter") == "2015-Q2");
  CHECK(find_value(extract("In the quarter ending Oct. 2, orders fell.", ref), "the quarter") == "2015-Q3");
  // a fiscal quarter the report has named, ending off its calendar
  // quarter: which quarter of the year is left open (time_values_test)
  auto xs = extract("It lost money in its fiscal first quarter. For the quarter ended Sept. 30, sales rose.", ref);
  CHECK(find_value(xs, "the quarter") == "2015-QX");
}

TEST_CASE("the next/following part of day is the day after the last date named", "[time][spans]") {
  auto xs = extract("The ferry sank on March 3. Divers arrived the next morning.", kRef);
  CHECK(find_value(xs, "the next morning") == "2015-03-04");
  auto ys = extract("The ferry sank on March 3. The captain had slept badly the previous night.", kRef);
  CHECK(find_value(ys, "the previous night") == "2015-03-02");
}

TEST_CASE("'the past' before a count opens an amount, not the past as a whole", "[time][spans]") {
  CHECK_FALSE(has_text("Floods came for the past three summers.", "the past"));
  CHECK_FALSE(has_text("Floods came in the past few seasons.", "the past"));
  CHECK(value_of("Floods were rare in the past.", "the past") == "PAST_REF");
}

TEST_CASE("a bare day number joined to a month-day date is a second day", "[time][spans]") {
  auto xs = extract("The summit meets on April 24 and 25.", kRef);
  REQUIRE(xs.size() == 2);
  CHECK(xs[1].text == "25");
  CHECK(xs[1].value == "2015-04-25");
  CHECK(xs[1].type == "DATE");
  CHECK(find_value(extract("Storms hit on Oct. 12 to 14 in the north.", kRef), "14") == "2014-10-14");
  CHECK(extract("On May 3 and 40 people marched.", kRef).size() == 1);
  CHECK(extract("On May 3, 4 men died.", kRef).size() == 1);
  CHECK(extract("On May 3 and 4.5% of voters stayed home.", kRef).size() == 1);
  CHECK(extract("On May 13 and 4 it rained.", kRef).size() == 1);  // not a later day
  auto range = extract("Talks on Sept. 5-7 failed.", kRef);
  REQUIRE(range.size() == 2);
  CHECK(range[0].text == "Sept. 5");
  CHECK(range[1].text == "7");
  CHECK(range[1].value.substr(4) == "-09-07");
  CHECK(extract("Code 12-5-7 ran.", kRef).empty());
}

TEST_CASE("a unit compounded with 'long' is a duration; 'a' before a plural one is the noun's", "[time][spans]") {
  CHECK(value_of("It was their third day-long meeting.", "day-long") == "P1D");
  CHECK(value_of("Year-long talks ended.", "Year-long") == "P1Y");
  CHECK(value_of("It ended a decades-long feud.", "decades-long") == "PXY");
  CHECK(value_of("It was a two-day-long visit.", "two-day-long") == "P2D");
  CHECK(value_of("He waited a few days.", "a few days") == "PXD");
}

TEST_CASE("a year after a post-/pre- prefix is a date; after other glued prefixes it is not", "[time][spans]") {
  CHECK(value_of("The post-1959 politics split families.", "1959") == "1959");
  CHECK(value_of("Output is back at pre-1990 levels.", "1990") == "1990");
  CHECK_FALSE(has_text("Code X-1990 failed.", "1990"));
}

TEST_CASE("a hundred years, two hundred days: hundreds count units", "[time][spans]") {
  CHECK(value_of("The feud lasted almost a hundred years.", "almost a hundred years") == "P100Y");
  CHECK(value_of("Two hundred days passed.", "Two hundred days") == "P200D");
  CHECK(extract("A hundred people came.", kRef).empty());
}

TEST_CASE("the early/late <season> is that season", "[time][spans]") {
  auto ref = Date{2015, 10, 26};
  CHECK(find_value(extract("Orders rose from the lows of the early summer.", ref), "the early summer") == "2015-SU");
  CHECK(extract("The leaves fall in the late afternoon.", ref).size() <= 1);
  for (const auto& x : extract("The leaves fall in the late afternoon.", ref)) CHECK(x.text != "fall");
}

TEST_CASE("in the weeks/months ahead: a vague duration", "[time][spans]") {
  CHECK(value_of("Funds may sell bonds in the weeks ahead.", "the weeks ahead") == "PXW");
  CHECK_FALSE(has_text("The day ahead looks calm.", "The day ahead"));
}

TEST_CASE("'today's' before a generic noun and 'of tomorrow' are eras, not days", "[time][spans]") {
  CHECK_FALSE(has_text("The museum speaks to today's youth about the war.", "today"));
  CHECK_FALSE(has_text("Solar panels power many of today's farms.", "today"));
  CHECK_FALSE(has_text("\"We train the engineers of tomorrow,\" the dean said.", "tomorrow"));
  CHECK(value_of("Today's session opens at nine.", "Today") == "2015-06-10");
  CHECK(value_of("The council argued over tomorrow's vote.", "tomorrow") == "2015-06-11");
  CHECK(value_of("The minutes of today were read aloud.", "today") == "2015-06-10");
}

TEST_CASE("'one day' under a modal is a future day; elsewhere a duration", "[time][spans]") {
  CHECK(value_of("The village hopes its school will one day reopen.", "one day") == "FUTURE_REF");
  CHECK(value_of("The ferry could one day carry cars.", "one day") == "FUTURE_REF");
  CHECK(value_of("The strike lasted one day.", "one day") == "P1D");
  CHECK(value_of("The vote came one day after the flood.", "one day") == "P1D");
}

TEST_CASE("'24 hours a day', 'seven days a week' mean all the time", "[time][spans]") {
  CHECK_FALSE(has_text("Guards watch the dam 24 hours a day.", "24 hours"));
  CHECK_FALSE(has_text("The clinic is open seven days a week.", "seven days"));
  CHECK(value_of("Nurses work 12 hours a day.", "12 hours") == "PT12H");
  CHECK(value_of("The pass was closed for 24 hours.", "24 hours") == "PT24H");
}

TEST_CASE("a 'March for' or 'March of' a named cause is an event, not the month", "[time][spans]") {
  CHECK_FALSE(has_text("Thousands joined the annual March for Clean Rivers downtown.", "March"));
  CHECK_FALSE(has_text("She led the March of the Weavers through the square.", "March"));
  CHECK(value_of("The dam was finished in March of 2014.", "March of 2014") == "2014-03");
  CHECK(value_of("The ferry resumed in March for the season.", "March") == "2015-03");
}

TEST_CASE("'over the years', 'in the early years' are vague durations", "[time][spans]") {
  CHECK(value_of("The orchard changed hands many times over the years.", "the years") == "PXY");
  CHECK(value_of("In the early years the mill ran at a loss.", "the early years") == "PXY");
  CHECK(value_of("In the months that followed, the town rebuilt.", "the months") == "PXM");
  CHECK_FALSE(has_text("The car was seen in the weeks before the fire.", "the weeks"));
  CHECK_FALSE(has_text("Rain fell in the first days of the siege.", "the first days"));
  CHECK_FALSE(has_text("Accounts for the years 1990 to 1995 were lost.", "the years"));
}

TEST_CASE("'the fiscal-first quarter' is a quarter, and the topic of 'a year ago'", "[time][spans]") {
  auto xs = extract("The mill earned $2 million in the fiscal-first quarter, against a loss a year ago.", kRef);
  CHECK(find_value(xs, "the fiscal-first quarter") == "2015-Q1");
  CHECK(find_value(xs, "a year ago") == "2014-Q1");
  CHECK(value_of("Sales rose in the fiscal second quarter.", "the fiscal second quarter") == "2015-Q2");
}

TEST_CASE("'in the morning', 'by mid afternoon': that part of the day last named", "[time][spans]") {
  auto xs = extract("The dam failed on Monday. Crews arrived in the morning and left by mid afternoon.", kRef);
  CHECK(find_value(xs, "the morning") == "2015-06-08TMO");
  CHECK(find_value(xs, "mid afternoon") == "2015-06-08TAF");
  CHECK(value_of("Talks resumed in the evening.", "the evening") == "2015-06-10TEV");
  CHECK_FALSE(has_text("He was shot on the night of the vote.", "the night"));
  CHECK_FALSE(has_text("She watched the evening news.", "the evening"));
  CHECK_FALSE(has_text("In the morning papers the story ran large.", "the morning"));
  CHECK_FALSE(has_text("The ferry leaves at 4 in the morning.", "the morning"));
}

TEST_CASE("'today is the eighth day of' names the reference day", "[time][spans]") {
  CHECK(value_of("Today is the eighth day of the strike.", "the eighth day") == "2015-06-10");
  CHECK(value_of("It's the second day of the blockade.", "the second day") == "2015-06-10");
  CHECK_FALSE(has_text("On the second day of the trial, he wept.", "the second day"));
  CHECK_FALSE(has_text("It was the third day of the siege.", "the third day"));
}
