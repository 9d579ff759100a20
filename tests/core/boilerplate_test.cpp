// Boilerplate heuristics, one by one, on synthetic page lines written from
// general knowledge of news sites (invented outlets, names and places).
#include <catch2/catch.hpp>

#include <string>

#include "core/article/article.hpp"
#include "core/article/boilerplate.hpp"

using claims::article::parse;
namespace bp = claims::article::boilerplate;

namespace {

bool removed_as(const claims::article::Article& a, const std::string& needle, const std::string& kind) {
  for (const auto& r : a.removed)
    if (a.text.substr(r.start, r.end - r.start).find(needle) != std::string::npos)
      return r.kind == kind;
  return false;
}

const char* kPara1 =
    "Officials in the coastal province of Velora said on Tuesday that the floods had displaced "
    "more than two thousand families, and that the water was still rising in the lower valley.";
const char* kPara2 =
    "The regional governor told reporters that relief convoys would reach the worst hit villages "
    "by Thursday, although several bridges on the main road had been washed away.";
const char* kPara3 =
    "Aid groups said they had not been able to confirm the figures, which they described as a "
    "first estimate that was likely to change in the coming days.";

}  // namespace

TEST_CASE("prose: long sentences with stopwords are prose, headlines and widgets are not",
          "[boilerplate]") {
  CHECK(bp::is_prose(kPara1));
  CHECK(bp::is_prose("The information could not be verified independently."));
  CHECK_FALSE(bp::is_prose("Floods displace thousands in coastal Velora as rivers keep rising"));
  CHECK_FALSE(bp::is_prose("Two local athletes compete in regional games"));
  CHECK_FALSE(bp::is_prose("Data is updated nightly."));
  CHECK_FALSE(bp::is_prose(""));
}

TEST_CASE("prose: a long passage in a non-Latin script counts as prose", "[boilerplate]") {
  // Greek and Arabic script: stopword density cannot be measured there.
  CHECK(bp::is_prose("Οι αρχές της περιφέρειας ανακοίνωσαν ότι οι πλημμύρες εκτόπισαν χιλιάδες "
                     "οικογένειες στην κοιλάδα"));
  CHECK(bp::is_prose("قالت السلطات المحلية إن الفيضانات شردت آلاف العائلات في الوادي المنخفض "
                     "وإن المياه لا تزال ترتفع"));
}

TEST_CASE("headline: short capitalised line without a full stop", "[boilerplate]") {
  CHECK(bp::looks_like_headline("Floods displace thousands in coastal Velora"));
  CHECK(bp::looks_like_headline("What happens next for the valley?"));
  CHECK_FALSE(bp::looks_like_headline(kPara1));
  CHECK_FALSE(bp::looks_like_headline("Floods"));
  CHECK_FALSE(bp::looks_like_headline("the floods keep rising in the valley"));
  CHECK_FALSE(bp::looks_like_headline("RU EN FR DE"));
}

TEST_CASE("line kinds: menus", "[boilerplate]") {
  CHECK(bp::line_kind("RU  UA  EN") == "menu");
  CHECK(bp::line_kind("EN\xC2\xA0 FR\xC2\xA0 DE") == "menu");  // no-break spaces
  CHECK(bp::line_kind("Home | World | Business | Local Sport") == "menu");
  CHECK(bp::line_kind("UN chief visits flood zone") == "");
}

TEST_CASE("line kinds: a date without a year is a widget", "[boilerplate]") {
  CHECK(bp::line_kind("Saturday, 27 April") == "date-widget");
  CHECK(bp::line_kind("Tuesday, March 8") == "date-widget");
  CHECK(bp::line_kind("14 November") == "date-widget");
  CHECK(bp::line_kind("March 8, 2022") == "");  // has a year: handled as a dateline
}

TEST_CASE("line kinds: a lone lower-case word is a section label", "[boilerplate]") {
  CHECK(bp::line_kind("world") == "section-label");
  CHECK(bp::line_kind("middle-east") == "section-label");
  CHECK(bp::line_kind("World") == "");
}

TEST_CASE("line kinds: weather widgets", "[boilerplate]") {
  CHECK(bp::line_kind("72\xC2\xB0 Sunny") == "weather");
  CHECK(bp::line_kind("High: 81\xC2\xB0 Low: 60\xC2\xB0") == "weather");
  CHECK(bp::line_kind("Feels Like: 70") == "weather");
  CHECK(bp::line_kind("Mostly Cloudy") == "weather");
  CHECK(bp::line_kind("Clear") == "weather");
  CHECK(bp::line_kind("Clear skies ahead for the rescue teams") == "");
}

TEST_CASE("line kinds: tables", "[boilerplate]") {
  CHECK(bp::line_kind("Springfield1234567") == "table");
  CHECK(bp::line_kind("Lake of the Hills4521") == "table");
  CHECK(bp::line_kind("RegionCasesDeaths") == "table");
  CHECK(bp::line_kind("Cases: 12,345") == "table");
  CHECK(bp::line_kind("Reported Deaths: 432") == "table");
  CHECK(bp::line_kind("12 340 5.6 77") == "table");
  // A sub-headline with figures is content.
  CHECK(bp::line_kind("Rebels say 300 soldiers killed, 200 captured") == "");
  CHECK(bp::line_kind("COVID19") == "");
}

TEST_CASE("line kinds: captions and generic chrome phrases", "[boilerplate]") {
  CHECK(bp::line_kind("Photo") == "caption");
  CHECK(bp::line_kind("Advertisement") == "boilerplate");
  CHECK(bp::line_kind("Related Content") == "boilerplate");
  CHECK(bp::line_kind("Scroll for more content...") == "boilerplate");
  CHECK(bp::line_kind("Most Popular Stories") == "boilerplate");
  CHECK(bp::line_kind("Sign up for our morning newsletter") == "boilerplate");
  CHECK(bp::line_kind("Read more: Floods hit the north again") == "boilerplate");
  // One-word phrases open real sentences too.
  CHECK(bp::line_kind("Watch closely, the minister said") == "");
  CHECK(bp::line_kind(kPara1) == "");
}

TEST_CASE("page: everything after a copyright line with no prose after it is trailer",
          "[boilerplate]") {
  std::string page = std::string(kPara1) + "\n\n" + kPara2 + "\n\n" + kPara3 +
                     "\n\n\xC2\xA9 2022 Northwind Courier Group Ltd. All rights reserved.\n\n"
                     "Top Stories\n\nBridge reopens after repairs\n\nPhoto\n\nVolunteers clear "
                     "debris\n\nCity Forecast\n68\xC2\xB0 Cloudy\nHigh: 70\xC2\xB0\n"
                     "Data is updated daily.\nCases: 881\nNorthfield1234\nCommunity Calendar";
  auto a = parse(page);
  CHECK(a.body.find(kPara3) != std::string::npos);
  for (const char* gone : {"Top Stories", "Bridge reopens", "Volunteers", "Forecast", "68\xC2\xB0",
                           "Data is updated", "Northfield", "Community Calendar", "rights"})
    CHECK(a.body.find(gone) == std::string::npos);
  CHECK(removed_as(a, "Northwind Courier", "credit"));
  CHECK(removed_as(a, "Top Stories", "trailer"));
  CHECK(a.outlet == "Northwind Courier Group");
}

TEST_CASE("page: short lines between paragraphs are kept (sub-headlines carry claims)",
          "[boilerplate]") {
  std::string page = std::string(kPara1) + "\n\nRebels say 300 soldiers killed, 200 captured\n\n" +
                     kPara2 + "\n\nGovernor: roads cut\nRelief slows\n\n" + kPara3;
  auto a = parse(page);
  CHECK(a.body.find("Rebels say 300 soldiers killed, 200 captured") != std::string::npos);
  CHECK(a.body.find("Governor: roads cut\nRelief slows") != std::string::npos);
  CHECK(a.removed.empty());
}

TEST_CASE("page: widgets between paragraphs go, their neighbours' context decides the rest",
          "[boilerplate]") {
  std::string page = std::string(kPara1) + "\n\nAdvertisement\n\nStory goes on\n\nPhoto\n\n"
                     "Rescue boats on the river\n\n" + kPara2;
  auto a = parse(page);
  CHECK(a.body.find("Advertisement") == std::string::npos);
  CHECK(a.body.find("Rescue boats") == std::string::npos);   // caption of "Photo"
  CHECK(a.body.find("Story goes on") == std::string::npos);  // between two widgets
  CHECK(removed_as(a, "Rescue boats", "caption"));
  CHECK(a.body.find(kPara2) != std::string::npos);
}

TEST_CASE("page: chrome after the last paragraph goes, a closing sentence stays",
          "[boilerplate]") {
  std::string page = std::string(kPara1) + "\n\n" + kPara2 +
                     "\n\nHe was 74.\n\nShare this\n\nLatest Video\n\nFlood waters recede in "
                     "the south\n\nMarket opens early this week";
  auto a = parse(page);
  CHECK(a.body.find("He was 74.") != std::string::npos);
  CHECK(a.body.find("Flood waters recede") == std::string::npos);
  CHECK(a.body.find("Market opens") == std::string::npos);
  CHECK(a.body.find("Share this") == std::string::npos);
}

TEST_CASE("page: top-of-page furniture goes, the title stays", "[boilerplate]") {
  std::string page = "EN  FR  DE\n\nTuesday, 8 March\npolitics\n\nPartly Cloudy\n\n"
                     "Floods displace thousands in coastal Velora\n\n" +
                     std::string(kPara1) + "\n\n" + kPara2;
  auto a = parse(page);
  CHECK(a.body.rfind("Floods displace thousands in coastal Velora\n\n", 0) == 0);
  CHECK(a.title == "Floods displace thousands in coastal Velora");
  CHECK(removed_as(a, "EN  FR", "menu"));
  CHECK(removed_as(a, "Tuesday, 8 March", "date-widget"));
  CHECK(removed_as(a, "politics", "section-label"));
  CHECK(removed_as(a, "Partly Cloudy", "weather"));
  CHECK_FALSE(a.published);
}

TEST_CASE("page: a navigation run above the title is a menu", "[boilerplate]") {
  std::string page = "Home\nNews\nSport\nWeather\n\nFloods displace thousands in coastal Velora\n\n" +
                     std::string(kPara1);
  auto a = parse(page);
  CHECK(a.body.rfind("Floods displace", 0) == 0);
  CHECK(removed_as(a, "Home", "menu"));
}

TEST_CASE("page: non-Latin passages and embedded posts are content", "[boilerplate]") {
  const std::string arabic =
      "قالت السلطات المحلية إن الفيضانات شردت آلاف العائلات في الوادي المنخفض وإن المياه لا تزال "
      "ترتفع pic.twitter.com/AbCdEf — وكالة (@ValleyNews) March 8, 2022";
  const std::string post =
      "Boats are reaching the last villages cut off by the water this morning. "
      "pic.twitter.com/XyZ123 — Lena Marsh (@lenamarsh) March 8, 2022";
  std::string page = std::string(kPara1) + "\n\n" + arabic + "\n\n" + post + "\n\n" + kPara2;
  auto a = parse(page);
  CHECK(a.body.find(arabic) != std::string::npos);
  CHECK(a.body.find(post) != std::string::npos);
  CHECK_FALSE(a.published);  // a post's date is not the article's
}

TEST_CASE("page: only boilerplate gives an empty body", "[boilerplate]") {
  auto a = parse("Advertisement\n\nRU EN\n\nSaturday, 2 May\n\n55\xC2\xB0 Sunny\nRelated Content");
  CHECK(a.body.empty());
  CHECK_FALSE(a.title);
}
