// Quantities: number forms, qualifiers, count types, combined figures,
// repeats, non-counts and hostile input. Sentences are invented (several
// conflicts), plus a few from the Panjshir sample as end-to-end checks.
#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <string>

#include "core/quantities/numbers.hpp"
#include "core/quantities/quantities.hpp"

using claims::quantities::extract;
using claims::quantities::Quantity;

namespace {

// The only quantity of a text (fails the test if there is not exactly one).
Quantity only(std::string_view text) {
  auto qs = extract(text);
  INFO(text);
  REQUIRE(qs.size() == 1);
  return qs[0];
}

// The first quantity whose text is `span`.
Quantity find(const std::vector<Quantity>& qs, std::string_view span) {
  for (const auto& q : qs)
    if (q.text == span) return q;
  FAIL("no quantity '" << span << "'");
  return {};
}

double sum_of(const std::vector<Quantity>& qs, const std::string& type) {
  double total = 0;
  for (const auto& q : qs)
    if (q.count_type == type && !q.repeat) total += q.value;
  return total;
}

}  // namespace

// --- number forms ------------------------------------------------------------

TEST_CASE("digits, grouping and decimals", "[quantities]") {
  CHECK(only("Officials counted 1,000 tents.").value == 1000);
  CHECK(only("Some 1,000,000 people voted.").value == 1000000);
  CHECK(only("Estimating 2,50,000 residents stuck in the valley").value == 250000);  // Indian grouping
  CHECK(only("a budget line for 1,00,00,000 rupees").value == 10000000);
  CHECK(only("The convoy carried 1.5 tons of flour.").value == 1.5);
  CHECK(only("There were 37 trucks.").value == 37);
}

TEST_CASE("digits with scale words", "[quantities]") {
  auto q = only("The war displaced 18 million people.");
  CHECK(q.value == 18e6);
  CHECK(q.text == "18 million");
  CHECK(only("About 1.5 million refugees crossed the border.").value == 1.5e6);
  CHECK(only("Floods hit 2 lakh homes.").value == 200000);
}

TEST_CASE("number words", "[quantities]") {
  CHECK(only("He said a thousand volunteers signed up.").value == 1000);
  CHECK(only("twenty-five tanks were seen").value == 25);
  CHECK(only("two hundred and fifty families").value == 250);
  CHECK(only("They moved two dozen howitzers.").value == 24);
  CHECK(only("a dozen villages").value == 12);
  CHECK(only("half a million people").value == 500000);
  CHECK(only("one hundred thousand leaflets").value == 100000);
  auto q = only("The militia holds seventeen villages.");
  CHECK(q.value == 17);
  CHECK(q.qualifier.empty());
  CHECK(q.low == 17);
  CHECK(q.high == 17);
}

TEST_CASE("partitive: five of the province's seven districts", "[quantities]") {
  auto qs = extract("The Taliban claimed five of the province's seven districts.");
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].value == 5);
  CHECK(qs[0].object == "districts");
  CHECK(qs[1].value == 7);
  CHECK(qs[1].object == "districts");
  CHECK_FALSE(qs[0].count_type);
}

// --- qualifiers ----------------------------------------------------------------

TEST_CASE("qualifiers: over, more than, at least", "[quantities]") {
  auto over = only("Over 700 fighters of the Taliban were killed by the resistance.");
  CHECK(over.value == 700);
  CHECK(over.qualifier == "over");
  CHECK(over.text == "Over 700");
  CHECK(over.low == 701);  // strictly more than a whole number
  CHECK_FALSE(over.high);
  CHECK(only("more than 1.5 million people").low == 1.5e6);
  auto more = only("more than 40 soldiers");
  CHECK(more.qualifier == "more than");
  CHECK(more.low == 41);
  CHECK_FALSE(more.high);
  auto least = only("At least 1,000 terrorists were trapped.");
  CHECK(least.qualifier == "at least");
  CHECK(least.value == 1000);
  CHECK(least.low == 1000);
  CHECK_FALSE(least.high);
}

TEST_CASE("qualifiers: nearly, almost", "[quantities]") {
  auto q = only("nearly a thousand prisoners were freed");
  CHECK(q.value == 1000);
  CHECK(q.qualifier == "nearly");
  CHECK(q.low == Approx(900));
  CHECK(q.high == 1000);
  CHECK(only("almost 60 checkpoints").qualifier == "almost");
}

TEST_CASE("qualifiers: about, around, some, approximately", "[quantities]") {
  for (const char* word : {"about", "around", "some", "approximately"}) {
    auto q = only(std::string("The camp shelters ") + word + " 50 families.");
    CHECK(q.qualifier == word);
    CHECK(q.value == 50);
    CHECK(q.low == Approx(45));
    CHECK(q.high == Approx(55));
  }
}

TEST_CASE("qualifiers: up to, fewer than", "[quantities]") {
  auto up = only("up to 50 drones");
  CHECK(up.qualifier == "up to");
  CHECK_FALSE(up.low);
  CHECK(up.high == 50);
  auto fewer = only("fewer than 20 vehicles");
  CHECK(fewer.qualifier == "fewer than");
  CHECK_FALSE(fewer.low);
  CHECK(fewer.high == 20);
}

TEST_CASE("vague numbers use ACLED-style codes", "[quantities]") {
  auto several = only("several rockets hit the base");
  CHECK(several.value == 3);
  CHECK(several.qualifier == "several");
  CHECK(several.low == 3);
  auto dozens = only("dozens of houses burned");
  CHECK(dozens.value == 12);
  CHECK(dozens.qualifier == "dozens");
  CHECK(dozens.object == "houses");
  CHECK(only("hundreds of shops").value == 100);
  CHECK(only("thousands of leaflets").value == 1000);
  auto tens = only("Tens of thousands of residents remain.");
  CHECK(tens.value == 10000);
  CHECK(tens.qualifier == "tens of thousands");
  CHECK(only("a couple of trucks").value == 2);
  CHECK(only("a few tanks").value == 3);
  CHECK(only("a number of rockets").value == 3);
}

// --- count types ---------------------------------------------------------------

TEST_CASE("count types: passive and headline forms", "[quantities]") {
  auto qs = extract("The rebels said 700 Taliban fighters were killed and 600 had been captured and imprisoned.");
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].count_type == "killed");
  CHECK(qs[0].object == "Taliban fighters");
  CHECK(qs[1].count_type == "captured");
  auto headline = extract("Rebels say 40 government soldiers killed, 12 captured");
  REQUIRE(headline.size() == 2);
  CHECK(headline[0].count_type == "killed");
  CHECK(headline[1].count_type == "captured");
  CHECK(only("12 insurgents were killed in the raid.").count_type == "killed");
  CHECK(only("Two civilians died in the shelling.").count_type == "killed");
  CHECK(only("Eight policemen were injured.").count_type == "wounded");
  CHECK(only("Five soldiers were hurt.").count_type == "wounded");
  CHECK(only("Nine militiamen surrendered to the army.").count_type == "surrendered");
  CHECK(only("Three journalists are missing.").count_type == "missing");
  CHECK(only("About 3,000 villagers fled the fighting.").count_type == "displaced");
  CHECK(only("Forty prisoners were taken captive.").count_type == "captured");
}

TEST_CASE("count types: active verbs and nouns before the number", "[quantities]") {
  CHECK(only("The airstrike killed 12 insurgents.").count_type == "killed");
  CHECK(only("Police detained two suspected insurgents.").count_type == "captured");
  CHECK(only("Soldiers arrested 14 protesters.").count_type == "captured");
  CHECK(only("The mortar round wounded three children.").count_type == "wounded");
  CHECK(only("the deaths of 3 civilians").count_type == "killed");
  CHECK(only("The shelling killed at least 9 people.").count_type == "killed");
}

TEST_CASE("count types: an active subject is not a victim", "[quantities]") {
  // The gunmen were not killed: they killed.
  auto qs = extract("Two gunmen killed a guard.");
  REQUIRE_FALSE(qs.empty());
  CHECK_FALSE(qs[0].count_type);
}

TEST_CASE("count types: a single person named by an article", "[quantities]") {
  auto q = only("A militia commander was arrested at the border.");
  CHECK(q.value == 1);
  CHECK(q.count_type == "captured");
  CHECK(q.object == "militia commander");
  CHECK(q.text == "A militia commander");
  CHECK(extract("A convoy reached the town.").empty());  // not a person, no casualty word
  CHECK(extract("An operation to capture a rebel leader began.").empty());  // intent, not outcome
}

TEST_CASE("count types: one person referred to after the verb", "[quantities]") {
  auto named = extract("Police arrested rebel commander Jean Mbeki in the capital.");
  REQUIRE(named.size() == 1);
  CHECK(named[0].count_type == "captured");
  CHECK(named[0].object == "rebel commander");
  // "the man" and "him" point back to people already counted.
  auto qs = extract("Troops detained several suspects. They detained the man after a chase and questioned him.");
  CHECK(sum_of(qs, "captured") == 3);
  auto first = extract("Soldiers shot a gunman. The patrol then killed the gunman.");
  CHECK(sum_of(first, "killed") == 1);
}

TEST_CASE("count types: coordination shares the verb", "[quantities]") {
  auto qs = extract("Troops detained a rebel commander and several fighters.");
  REQUIRE(qs.size() == 2);
  CHECK(sum_of(qs, "captured") == 4);
}

TEST_CASE("count types: other quantities have none", "[quantities]") {
  CHECK_FALSE(only("The convoy carried 40 tons of medical aid.").count_type);
  CHECK(only("The convoy carried 40 tons of medical aid.").object == "tons of medical aid");
  CHECK_FALSE(only("They walked 30 miles.").count_type);
  CHECK_FALSE(only("1.2 million people in need of assistance").count_type);
  CHECK_FALSE(only("Rebels hold five districts.").count_type);
}

TEST_CASE("combined figure: killed, wounded or taken captive", "[quantities]") {
  auto q = only("Nearly a thousand Taliban fighters have been either killed, wounded or taken captive "
                "after the exit route behind them was closed off, Dashti said.");
  CHECK(q.value == 1000);
  CHECK(q.qualifier == "nearly");
  CHECK(q.count_type == "killed+wounded+captured");
  CHECK(q.object == "Taliban fighters");
  CHECK(only("Twenty soldiers were killed or wounded.").count_type == "killed+wounded");
}

TEST_CASE("negated counts are zero", "[quantities]") {
  auto q = only("No civilians were killed in the strike.");
  CHECK(q.value == 0);
  CHECK(q.count_type == "killed");
  CHECK(q.qualifier == "no");
  CHECK(only("No one was injured.").count_type == "wounded");
  CHECK(extract("No shots were fired.").empty());
  CHECK(extract("Ten soldiers were not killed.").at(0).count_type == std::nullopt);
}

// --- repeats ------------------------------------------------------------------

TEST_CASE("repeats: the same figure for the same event is counted once", "[quantities]") {
  auto qs = extract("Two insurgents were killed near the dam. The two insurgents were killed while planting a mine.");
  REQUIRE(qs.size() == 2);
  CHECK_FALSE(qs[0].repeat);
  CHECK(qs[1].repeat);
  CHECK(sum_of(qs, "killed") == 2);
  auto headline = extract("Three militants killed in Mosul\nSoldiers killed three militants overnight.");
  REQUIRE(headline.size() == 2);
  CHECK(headline[1].repeat);
}

TEST_CASE("repeats: a separate event with the same figure counts again", "[quantities]") {
  auto qs = extract("Soldiers killed two militants in the north. In a separate operation, police killed two militants.");
  REQUIRE(qs.size() == 2);
  CHECK_FALSE(qs[1].repeat);
  CHECK(sum_of(qs, "killed") == 4);
  auto people = extract("Troops arrested a smuggler and a courier.");
  CHECK(sum_of(people, "captured") == 2);  // two different single people
}

TEST_CASE("repeats: a vague summary and a total's breakdown are not added to the detail", "[quantities]") {
  // The vague headline figure summarises the exact ones after it.
  auto vague = extract("Several insurgents killed in the valley\nTroops killed four insurgents near the bridge. "
                       "In a separate clash, police killed 11 insurgents.");
  CHECK(sum_of(vague, "killed") == 15);
  // A vague figure after the exact ones is another group ("other").
  auto after = extract("Troops killed two insurgents. Several other insurgents were killed by police.");
  CHECK(sum_of(after, "killed") == 5);
  // A total, then where its parts fell.
  auto total = extract("Soldiers killed seventeen insurgents overnight. Seven insurgents were killed in the north "
                       "and four insurgents were killed near the river.");
  CHECK(sum_of(total, "killed") == 17);
  // Figures that do not fit in the earlier one are new.
  auto bigger = extract("Troops killed two insurgents on Monday. Police killed five insurgents on Tuesday.");
  CHECK(sum_of(bigger, "killed") == 7);
  // Another noun is another group.
  auto civilians = extract("Troops killed six insurgents. Two civilians were killed in the crossfire.");
  CHECK(sum_of(civilians, "killed") == 8);
}

// --- non-counts -----------------------------------------------------------------

TEST_CASE("years, dates and times are not quantities", "[quantities]") {
  CHECK(extract("The war began in 2014.").empty());
  CHECK(extract("KABUL, Afghanistan (Jan. 25, 2013)").empty());
  CHECK(extract("on 15 August the city fell").empty());
  CHECK(extract("The Taliban took over Kabul on August 15.").empty());
  CHECK(extract("The curfew starts at 10:30 tonight.").empty());
  CHECK(extract("The attack began at 3 p.m. local time.").empty());
  CHECK(extract("Patrols left at 0900.").empty());
}

TEST_CASE("ages, ids, phone numbers and ordinals are not quantities", "[quantities]") {
  CHECK(extract("A 25-year-old man was arrested.").at(0).value == 1);  // the man, not the age
  CHECK(extract("a 25-year-old farmer").empty());
  CHECK(extract("The suspect, aged 34, was released.").empty());
  CHECK(extract("Release 2013-01-S-025 follows.").empty());
  CHECK(extract("Call +93 70 123 4567 for information.").empty());
  CHECK(extract("Call (202) 555-0100 now.").empty());
  CHECK(extract("the 1st battalion and the second company").empty());
  CHECK(extract("An A-10 flew over Route 1.").empty());
  auto us = extract("The blast killed four U.S. soldiers.");
  REQUIRE(us.size() == 1);
  CHECK(us[0].object == "U.S. soldiers");
}

TEST_CASE("money, percentages and measurements are never counts", "[quantities]") {
  auto pct = only("Turnout fell 40 percent.");
  CHECK_FALSE(pct.count_type);
  CHECK(pct.object == "percent");
  CHECK_FALSE(only("Turnout fell 40%.").count_type);
  auto money = only("The donors pledged $3 million.");
  CHECK(money.value == 3e6);
  CHECK_FALSE(money.count_type);
  CHECK_FALSE(only("They walked 12 km to safety.").count_type);
  CHECK_FALSE(only("Fighting lasted three days.").count_type);
}

// --- bad input -------------------------------------------------------------------

TEST_CASE("bad input: huge, malformed and long", "[quantities]") {
  for (const char* bad : {"10^400 soldiers were killed", "1,2,3,4 killed", "99999999999999999999999999 killed",
                          "1e400 dead", "1.2.3.4 captured", "9,999,999,999,999,999,999 killed"}) {
    INFO(bad);
    for (const auto& q : extract(bad)) {
      CHECK(std::isfinite(q.value));
      CHECK(q.value <= claims::quantities::kMaxValue);
    }
  }
  CHECK(extract("1,2,3,4").empty());
  CHECK(extract("99999999999999999999999999").empty());
  CHECK(claims::quantities::parse_digits("1,2,3,4") == std::nullopt);
  CHECK(claims::quantities::parse_digits("1314,1198") == std::nullopt);
  CHECK(claims::quantities::parse_digits("2,50,000") == 250000.0);
  CHECK(extract("").empty());
  CHECK(extract("\xE2\x80\x94\xE2\x80\x94 , . ; 1").size() <= 1);

  // 10,000 words (and a figure every 10) in linear time.
  std::string text;
  for (int k = 0; k < 1000; ++k) text += "Rebels said 12 soldiers were killed and nearly a thousand fled; ";
  auto t0 = std::chrono::steady_clock::now();
  auto qs = extract(text);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
  CHECK(qs.size() == 2000);
  CHECK(sum_of(qs, "killed") == 12);  // the same figure, no cue of a new event: one count
  CHECK(ms < 5000);
}

// --- end to end on the sample ---------------------------------------------------------

TEST_CASE("sample sentences end to end", "[quantities]") {
  auto over = only("Over 700 fighters of the Taliban were killed by National Resistance Front in the Panjshir "
                   "province of Afghanistan, the latter has announced.");
  CHECK(over.value == 700);
  CHECK(over.qualifier == "over");
  CHECK(over.count_type == "killed");
  CHECK(over.object == "fighters");

  auto qs = extract("\"More than 700 terrorists were killed, 600 have were taken as prisoners, others are trying to "
                    "escape, we are on the front line,\" he said.");
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].count_type == "killed");
  CHECK(qs[0].qualifier == "more than");
  CHECK(qs[1].count_type == "captured");

  auto fled = only("Tens of thousands have already fled while the majority of state institutions remain closed.");
  CHECK(fled.count_type == "displaced");
  CHECK(find(extract("The US has completed evacuating over 130,000 Afghans from Kabul."), "over 130,000").value ==
        130000);
}

TEST_CASE("people cut off by the enemy are counted as trapped", "[quantities]") {
  CHECK(only("At least 400 soldiers were trapped in the valley.").count_type == "trapped");
  CHECK(only("Some 2,000 villagers have been besieged for weeks.").count_type == "trapped");
  CHECK(only("The army said 300 rebels were encircled near the dam.").count_type == "trapped");
  auto both = extract("Officials said 50 guards were killed and 120 were trapped.");
  REQUIRE(both.size() == 2);
  CHECK(both[0].count_type == "killed");
  CHECK(both[1].count_type == "trapped");
}
