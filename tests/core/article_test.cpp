// The article parser: dates, header, title, byline, outlet, and the five
// sample pages end to end. Synthetic texts use invented outlets and names.
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>

#include "core/article/article.hpp"

using claims::article::Article;
using claims::article::Given;
using claims::article::header_length;
using claims::article::iso_date;
using claims::article::parse;

namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(FIXTURES_DIR) + "/panjshir/" + name, std::ios::binary);
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Size of s without surrounding whitespace.
std::size_t tokens_trimmed_size(const std::string& s) {
  auto b = s.find_first_not_of(" \n");
  if (b == std::string::npos) return 0;
  return s.find_last_not_of(" \n") + 1 - b;
}

bool has(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

// Regions are sorted, non-overlapping, inside the text, and none of their
// text is in the body (unless it also occurs in kept text).
void check_regions(const Article& a) {
  std::size_t at = 0;
  for (const auto& r : a.removed) {
    CHECK(r.start >= at);
    CHECK(r.start < r.end);
    CHECK(r.end <= a.text.size());
    CHECK_FALSE(r.kind.empty());
    at = r.end;
  }
}

const char* kLede =
    "Officials in the coastal province of Velora said on Tuesday that the floods had displaced "
    "more than two thousand families, and that the water was still rising.";
const char* kSecond =
    "The regional governor told reporters that relief convoys would reach the worst hit villages "
    "by Thursday, although several bridges had been washed away.";

}  // namespace

// --- dates ------------------------------------------------------------------

TEST_CASE("iso_date accepts real calendar days only", "[article]") {
  CHECK(iso_date("2021-09-05") == "2021-09-05");
  CHECK(iso_date("2021-09-05T10:15:00Z") == "2021-09-05");
  CHECK(iso_date("2020-02-29") == "2020-02-29");  // leap year
  CHECK(iso_date("2000-02-29") == "2000-02-29");  // divisible by 400
  CHECK_FALSE(iso_date("1900-02-29"));            // divisible by 100
  CHECK_FALSE(iso_date("2021-02-29"));
  CHECK_FALSE(iso_date("2021-02-30"));
  CHECK_FALSE(iso_date("2021-13-01"));
  CHECK_FALSE(iso_date("2021-00-10"));
  CHECK_FALSE(iso_date("2021-04-31"));
  CHECK_FALSE(iso_date("21-09-05"));
  CHECK_FALSE(iso_date("2021/09/05"));
  CHECK_FALSE(iso_date("2021-09-05x"));
  CHECK_FALSE(iso_date("soon"));
  CHECK_FALSE(iso_date(""));
}

TEST_CASE("header: ' date YYYY-MM-DD ' opening the first line", "[article]") {
  CHECK(header_length(" date 2021-09-05 Text starts here.") == 17);
  CHECK(header_length("date 2021-09-05\nText") == 15);
  CHECK(header_length(" date 2021-02-30 Text") == 17);  // shape only; parse() reports it
  CHECK(header_length("Text without header") == 0);
  CHECK(header_length(" date soon Text") == 0);
  CHECK(header_length(" date 2021-09-0512 Text") == 0);
  CHECK(header_length("") == 0);
  CHECK(header_length("date") == 0);

  auto a = parse(std::string(" date 2022-03-08 ") + kLede);
  CHECK(a.published == "2022-03-08");
  CHECK(a.published_from == "header");
  CHECK(a.body == kLede);
  REQUIRE(a.removed.size() == 1);
  CHECK(a.removed[0].kind == "header");
  CHECK(a.text.rfind(" date 2022-03-08 ", 0) == 0);  // text kept whole
}

TEST_CASE("header: an impossible date leaves published unset with a note", "[article]") {
  for (const char* bad : {"2021-02-30", "2021-13-01"}) {
    auto a = parse(std::string(" date ") + bad + " " + kLede);
    CHECK_FALSE(a.published);
    CHECK_FALSE(a.published_from);
    REQUIRE(a.notes.size() == 1);
    CHECK(a.notes[0] == std::string("impossible date in header: ") + bad);
    CHECK(a.body == kLede);
  }
}

TEST_CASE("given date wins when valid; an invalid one is noted and ignored", "[article]") {
  Given g;
  g.published = "2022-01-02";
  auto a = parse(std::string(" date 2022-03-08 ") + kLede, g);
  CHECK(a.published == "2022-01-02");
  CHECK(a.published_from == "given");

  g.published = "soon";
  a = parse(std::string(" date 2022-03-08 ") + kLede, g);
  CHECK(a.published == "2022-03-08");
  CHECK(a.published_from == "header");
  REQUIRE(a.notes.size() == 1);
  CHECK(a.notes[0] == "given date 'soon' is not a date");

  g.published = "2022-02-30";
  a = parse(kLede, g);
  CHECK_FALSE(a.published);
  CHECK(a.notes.size() == 1);
}

TEST_CASE("dateline: place and date opening the first paragraph", "[article]") {
  auto a = parse("PORT ELARA, Velora (Jan. 25, 2013) Officials said on Tuesday that the "
                 "floods had displaced more than two thousand families.");
  CHECK(a.published == "2013-01-25");
  CHECK(a.published_from == "dateline");
  CHECK(a.body.rfind("Officials said", 0) == 0);

  a = parse("Floods displace thousands\n\nNORTHFIELD, March 3, 2022 \xE2\x80\x94 The regional "
            "governor told reporters that relief convoys would arrive soon.");
  CHECK(a.published == "2022-03-03");
  CHECK(a.published_from == "dateline");
  CHECK(has(a.body, "\n\nThe regional governor"));
  CHECK_FALSE(has(a.body, "NORTHFIELD"));
  CHECK(a.title == "Floods displace thousands");

  // A date alone above the article is its date too.
  a = parse(std::string("March 8, 2022\n\n") + kLede);
  CHECK(a.published == "2022-03-08");
  CHECK(a.published_from == "dateline");
  CHECK(a.body == kLede);
}

TEST_CASE("posted and updated lines; posted is preferred", "[article]") {
  auto a = parse(std::string("Floods displace thousands\n\nUpdated: Mar 9, 2022 4:10 PM\n"
                             "Posted: Mar 8, 2022 1:30 AM\n\n") + kLede);
  CHECK(a.published == "2022-03-08");
  CHECK(a.published_from == "posted");
  CHECK_FALSE(has(a.body, "Posted"));
  CHECK_FALSE(has(a.body, "Updated"));

  a = parse(std::string("Last updated on Sep 05, 2021, 09:47 am\n\n") + kLede);
  CHECK(a.published == "2021-09-05");
  CHECK(a.published_from == "updated");
  CHECK(a.body == kLede);

  a = parse(std::string("Published 14 November 2019\n\n") + kLede);
  CHECK(a.published == "2019-11-14");
  CHECK(a.published_from == "posted");
}

TEST_CASE("no trustworthy date: published is NULL", "[article]") {
  // A date in running text or in an embedded post is not a publication date.
  auto a = parse(std::string(kLede) +
                 "\n\nThe dam was built on September 11, 2001 by a regional company.\n\n"
                 "Water everywhere this morning. pic.twitter.com/Ab12 \xE2\x80\x94 Lena Marsh "
                 "(@lenamarsh) September 6, 2021\n\n" + kSecond);
  CHECK_FALSE(a.published);
  CHECK(has(a.body, "(@lenamarsh) September 6, 2021"));
  // A yearless date at the top is a widget.
  a = parse(std::string("Saturday, 27 April\n\n") + kLede);
  CHECK_FALSE(a.published);
  CHECK(a.body == kLede);
}

// --- title ------------------------------------------------------------------

TEST_CASE("title: first headline-like line, given wins, lede is not a title", "[article]") {
  auto a = parse(std::string("Floods displace thousands in coastal Velora\n\n") + kLede);
  CHECK(a.title == "Floods displace thousands in coastal Velora");
  CHECK(a.body.rfind("Floods displace", 0) == 0);  // the title stays in the body

  a = parse(std::string(kLede) + "\n\n" + kSecond);
  CHECK_FALSE(a.title);

  Given g;
  g.title = "Given headline";
  a = parse(std::string("Floods displace thousands in coastal Velora\n\n") + kLede, g);
  CHECK(a.title == "Given headline");
}

TEST_CASE("title: a title printed twice in a row is kept once", "[article]") {
  auto a = parse(std::string("Floods displace thousands in coastal Velora\n\n"
                             "Floods displace thousands in coastal Velora\n\n") + kLede);
  CHECK(a.title == "Floods displace thousands in coastal Velora");
  CHECK(a.body == std::string("Floods displace thousands in coastal Velora\n\n") + kLede);
  REQUIRE(a.removed.size() == 1);
  CHECK(a.removed[0].kind == "duplicate");
}

// --- byline and outlet ----------------------------------------------------------

TEST_CASE("byline: persons and the trailing outlet", "[article]") {
  auto a = parse(std::string("Floods displace thousands\n\nBy Mara Quill and Tomas Reyes, "
                             "Northwind Herald\n\n") + kLede);
  CHECK(a.byline == "Mara Quill and Tomas Reyes");
  CHECK(a.outlet == "Northwind Herald");
  CHECK_FALSE(has(a.body, "Mara Quill"));

  a = parse(std::string("Posted By: By Ann Lee, Bo Park and Cy Diaz, Reuters\n\n") + kLede);
  CHECK(a.byline == "Ann Lee, Bo Park and Cy Diaz");
  CHECK(a.outlet == "Reuters");

  a = parse(std::string("By Ann Lee, Bo Park, Cy Diaz and Dee Ross, NWN\n\n") + kLede);
  CHECK(a.byline == "Ann Lee, Bo Park, Cy Diaz and Dee Ross");
  CHECK(a.outlet == "NWN");

  a = parse(std::string("By Jan van der Berg\n\n") + kLede);
  CHECK(a.byline == "Jan van der Berg");
  CHECK_FALSE(a.outlet);
}

TEST_CASE("byline: trailing page junk and timestamp are separate pieces", "[article]") {
  auto a = parse(std::string("Written by Maria Lopez Facebook Last updated on Jan 3, 2020, 10:00 "
                             "am\n\n") + kLede);
  CHECK(a.byline == "Maria Lopez");
  CHECK(a.published == "2020-01-03");
  CHECK(a.published_from == "updated");
  CHECK(a.body == kLede);
  REQUIRE(a.removed.size() == 2);
  CHECK(a.removed[0].kind == "byline");
  CHECK(a.removed[1].kind == "dateline");
  CHECK(a.text.substr(a.removed[1].start, a.removed[1].end - a.removed[1].start) ==
        "Last updated on Jan 3, 2020, 10:00 am");
}

TEST_CASE("byline: sentences opening with 'By' are not bylines", "[article]") {
  auto a = parse(std::string(kLede) + "\n\nBy Sunday, the water had reached the old town.");
  CHECK_FALSE(a.byline);
  CHECK(has(a.body, "By Sunday"));
  a = parse(std::string("by the river\n\n") + kLede);
  CHECK_FALSE(a.byline);
}

TEST_CASE("outlet: copyright and wire credit lines; the byline's outlet wins", "[article]") {
  auto a = parse(std::string(kLede) +
                 "\n\n\xC2\xA9 2021 Acme News Network, Inc. All rights reserved.");
  CHECK(a.outlet == "Acme News Network");
  CHECK(a.body == kLede);

  a = parse(std::string(kLede) + "\n\nCopyright 2020 The Valley Press. All rights reserved.");
  CHECK(a.outlet == "The Valley Press");

  a = parse(std::string(kLede) + "\n\nPhoto: \xC2\xA9 Lena Marsh\n\n" + kSecond);
  CHECK_FALSE(a.outlet);  // a photographer, not the publisher
  CHECK_FALSE(has(a.body, "Photo:"));

  // The word alone opens sentences too: no year, no mark, no credit.
  a = parse(std::string(kLede) + "\n\nCopyright rules in the province have not changed since "
            "the floods of the last decade.");
  CHECK_FALSE(a.outlet);
  CHECK(has(a.body, "Copyright rules"));

  a = parse(std::string(kLede) + "\n\nThe-XYZ-Wire\n\xC2\xA9 2021 Acme News Network, Inc.");
  CHECK(a.outlet == "XYZ");
  CHECK(a.body == kLede);

  a = parse(std::string("By Mara Quill, QRS\n\n") + kLede +
            "\n\nThe-XYZ-Wire\n\xC2\xA9 2021 Acme News Network, Inc.");
  CHECK(a.outlet == "QRS");
  CHECK(a.byline == "Mara Quill");
}

// --- robustness ---------------------------------------------------------------

TEST_CASE("robust: empty, blank, header-only and huge inputs", "[article]") {
  auto a = parse("");
  CHECK(a.body.empty());
  CHECK(a.removed.empty());
  a = parse("\n\n   \n");
  CHECK(a.body.empty());
  a = parse(" date 2021-09-05 ");
  CHECK(a.published == "2021-09-05");
  CHECK(a.body.empty());
  check_regions(a);

  // 20 MB on one line, words and no line break: linear time, kept whole.
  std::string huge;
  huge.reserve(20u << 20);
  while (huge.size() < (20u << 20)) huge += "the river rose again and ";
  auto t0 = std::chrono::steady_clock::now();
  a = parse(huge);
  auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CHECK(a.body.size() == tokens_trimmed_size(huge));
  CHECK(secs < 30.0);

  // Many lines: a page of 200k table rows and paragraphs stays linear.
  std::string rows;
  for (int i = 0; i < 100000; ++i) {
    rows += "Northfield";
    rows += std::to_string(1000 + i);
    rows += "\n";
    if (i % 1000 == 0) rows += std::string("\n") + kLede + "\n\n";
  }
  t0 = std::chrono::steady_clock::now();
  a = parse(rows);
  secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CHECK_FALSE(has(a.body, "Northfield"));
  CHECK(has(a.body, kLede));
  CHECK(secs < 30.0);
  check_regions(a);

  // A very long line with no spaces at all.
  std::string blob(5u << 20, 'x');
  a = parse(blob);
  CHECK(a.body.size() == blob.size());
}

TEST_CASE("robust: regions are sorted and disjoint on the samples", "[article]") {
  for (const char* f : {"000_2f6a8e7e424e2d0b.txt", "001_e1696c1e9824bb27.txt",
                        "002_e570f30f2768eb7d.txt", "003_97710d070ccb0b80.txt",
                        "004_36b50704942fc6c4.txt"}) {
    auto a = parse(fixture(f));
    check_regions(a);
    CHECK(a.text == fixture(f));
  }
}

// --- the sample pages end to end ------------------------------------------------

TEST_CASE("sample 000: header date, no title", "[article]") {
  auto a = parse(fixture("000_2f6a8e7e424e2d0b.txt"));
  CHECK(a.published == "2021-09-05");
  CHECK(a.published_from == "header");
  CHECK_FALSE(a.title);
  CHECK_FALSE(a.byline);
  CHECK_FALSE(a.outlet);
  CHECK(a.body.rfind("An anti-Taliban Afghan resistance group", 0) == 0);
  CHECK(has(a.body, "there has been no announcement."));
}

TEST_CASE("sample 001: title, byline without its junk", "[article]") {
  auto a = parse(fixture("001_e1696c1e9824bb27.txt"));
  CHECK(a.published == "2021-09-05");
  CHECK(a.published_from == "header");
  CHECK(a.title == "Afghanistan: Over 700 from Taliban killed, claims Panjshir resistance");
  CHECK(a.byline == "Siddhant Pandey");
  CHECK_FALSE(a.outlet);
  CHECK_FALSE(has(a.body, "Written by"));
  CHECK_FALSE(has(a.body, "Last updated"));
  CHECK(has(a.body, "\n\nResistance says 700 Taliban fighters killed, 600 captured\n\n"));
  CHECK(has(a.body, "What is happening in Afghanistan?"));
}

TEST_CASE("sample 002: title once, byline, outlet, page chrome removed", "[article]") {
  auto a = parse(fixture("002_e570f30f2768eb7d.txt"));
  const std::string title =
      "Taliban claims victory in Panjshir, but resistance forces say they still control "
      "strategic position in the valley";
  CHECK(a.published == "2021-09-06");
  CHECK(a.published_from == "header");
  CHECK(a.title == title);
  CHECK(a.byline == "Nic Robertson, Nilly Kohzad, Tim Lister and Helen Regan");
  CHECK(a.outlet == "CNN");
  CHECK(a.body.rfind(title + "\n\n", 0) == 0);  // the stray "Clear" is gone
  CHECK(a.body.find(title) == a.body.rfind(title));
  for (const char* gone : {"Hennepin", "Feels Like", "Related Content", "Scroll for more",
                           "wxIcon", "Image\n", "Posted", "Updated:", "All rights reserved",
                           "Most Popular", "Community Events"})
    CHECK_FALSE(has(a.body, gone));
  CHECK(has(a.body, "\n\nTaliban pledge humanitarian staff safety and security\n\n"));
  const std::string last =
      "This is the second shipment of aid to arrive at Kabul airport from Qatar since the US troop "
      "withdrawal from the country in late August. The first shipment arrived Saturday, with a "
      "plane transporting some 17 tons of aid, according to a Ministry of Foreign Affairs "
      "statement.";
  CHECK(a.body.size() >= last.size());
  CHECK(a.body.substr(a.body.size() - last.size()) == last);
}

TEST_CASE("sample 003: the Dari passage and the embedded posts stay", "[article]") {
  const std::string text = fixture("003_97710d070ccb0b80.txt");
  auto a = parse(text);
  CHECK(a.published == "2021-09-06");
  CHECK(a.published_from == "header");
  CHECK_FALSE(a.title);
  // The second line of the file is the Dari post, kept intact.
  const auto p = text.find("\n\n") + 2;
  const std::string dari = text.substr(p, text.find('\n', p) - p);
  CHECK(has(a.body, dari));
  CHECK(has(a.body, "(@AsvakaNews) September 6, 2021"));
  CHECK(has(a.body, "\n\nNRFA suffers setback\n\n"));
}

TEST_CASE("sample 004: menu, date widget and section label go; no date", "[article]") {
  auto a = parse(fixture("004_36b50704942fc6c4.txt"));
  CHECK_FALSE(a.published);
  CHECK_FALSE(a.published_from);
  CHECK(a.title == "Taliban battle for the Panjshir Province: Hundreds Killed and Captured");
  CHECK(a.body.rfind("Taliban battle for the Panjshir Province", 0) == 0);
  CHECK(a.body.rfind("RU", 0) != 0);
  CHECK_FALSE(has(a.body, "Saturday, 27 April"));
  CHECK_FALSE(has(a.body, "world\n"));
}
