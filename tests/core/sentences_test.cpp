// Sentence splitter: each mechanism with small cases asserting exact texts,
// plus invariants (order, trimming, UTF-8 boundaries, size limit) on hostile
// input and one real article.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/sentences/splitter.hpp"

using claims::sentences::kMaxSentenceBytes;
using claims::sentences::Span;
using claims::sentences::split;
using Texts = std::vector<std::string>;

namespace {

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Every span is in bounds, non-empty, ordered, non-overlapping, free of
// leading/trailing ASCII whitespace and starts/ends on a UTF-8 boundary.
void check_invariants(std::string_view text, const std::vector<Span>& spans) {
  std::size_t prev_end = 0;
  for (const auto& s : spans) {
    REQUIRE(s.start < s.end);
    REQUIRE(s.end <= text.size());
    REQUIRE(s.start >= prev_end);
    REQUIRE_FALSE(is_space_byte(text[s.start]));
    REQUIRE_FALSE(is_space_byte(text[s.end - 1]));
    REQUIRE_FALSE(is_continuation(text[s.start]));
    if (s.end < text.size()) REQUIRE_FALSE(is_continuation(text[s.end]));
    REQUIRE(s.end - s.start <= kMaxSentenceBytes);
    prev_end = s.end;
  }
}

Texts sents(std::string_view text) {
  const auto spans = split(text);
  check_invariants(text, spans);
  Texts out;
  for (const auto& s : spans) out.emplace_back(text.substr(s.start, s.end - s.start));
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool contains(const Texts& v, const std::string& s) {
  for (const auto& x : v)
    if (x == s) return true;
  return false;
}

}  // namespace

TEST_CASE("empty and whitespace-only input give no sentences", "[sentences]") {
  CHECK(split("").empty());
  CHECK(split("   ").empty());
  CHECK(split("\n\n \t\r\n").empty());
  CHECK(split("\xC2\xA0 \xE3\x80\x80").empty());  // no-break and ideographic spaces
}

TEST_CASE("plain sentences", "[sentences]") {
  CHECK(sents("One sentence.") == Texts{"One sentence."});
  CHECK(sents("No stop at all") == Texts{"No stop at all"});
  CHECK(sents("  First one.  Second one.  ") == Texts{"First one.", "Second one."});
  CHECK(sents("He left. She stayed. They argued.") ==
        Texts{"He left.", "She stayed.", "They argued."});
  CHECK(sents("It rained in 2021. 2022 was dry.") == Texts{"It rained in 2021.", "2022 was dry."});
}

TEST_CASE("spans are byte offsets into the input", "[sentences]") {
  const std::string_view text = "  Hi there.  Bye. ";
  const auto spans = split(text);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].start == 2);
  CHECK(spans[0].end == 11);
  CHECK(spans[1].start == 13);
  CHECK(spans[1].end == 17);
}

TEST_CASE("question and exclamation marks", "[sentences]") {
  CHECK(sents("Is it over? Yes. It is!") == Texts{"Is it over?", "Yes.", "It is!"});
  CHECK(sents("Really?! Nobody knew. What?!? Again.") ==
        Texts{"Really?!", "Nobody knew.", "What?!?", "Again."});
  CHECK(sents("Who won? no one knows.") == Texts{"Who won? no one knows."});
  CHECK(sents("Yahoo! said nothing.") == Texts{"Yahoo! said nothing."});
}

TEST_CASE("titles never end a sentence", "[sentences]") {
  CHECK(sents("Mr. Smith met Mrs. Jones and Dr. Brown.") ==
        Texts{"Mr. Smith met Mrs. Jones and Dr. Brown."});
  CHECK(sents("Lt. Gen. Ahmed spoke. He left.") == Texts{"Lt. Gen. Ahmed spoke.", "He left."});
  CHECK(sents("Gen. Miller and Col. Reyes and Sgt. Park arrived.") ==
        Texts{"Gen. Miller and Col. Reyes and Sgt. Park arrived."});
  CHECK(sents("Gov. Lee, Sen. Cruz and Rep. Ocasio-Cortez voted.") ==
        Texts{"Gov. Lee, Sen. Cruz and Rep. Ocasio-Cortez voted."});
  // Even before a sentence starter a title keeps going.
  CHECK(sents("He met Dr. The Rev. Green.") == Texts{"He met Dr. The Rev. Green."});
}

TEST_CASE("abbreviations inside a sentence", "[sentences]") {
  CHECK(sents("The U.S. Army and the U.N. Security Council met.") ==
        Texts{"The U.S. Army and the U.N. Security Council met."});
  CHECK(sents("He lives in St. Louis near the U.K. consulate.") ==
        Texts{"He lives in St. Louis near the U.K. consulate."});
  CHECK(sents("It starts at 9 a.m. Monday and ends at 5 p.m. Friday.") ==
        Texts{"It starts at 9 a.m. Monday and ends at 5 p.m. Friday."});
  CHECK(sents("On Jan. 6 and Feb. 14 and Sept. 11 they met.") ==
        Texts{"On Jan. 6 and Feb. 14 and Sept. 11 they met."});
  CHECK(sents("Acme Inc. Chief Executive Jo Bloggs and Widget Corp. Chairman Al Roe spoke.") ==
        Texts{"Acme Inc. Chief Executive Jo Bloggs and Widget Corp. Chairman Al Roe spoke."});
  CHECK(sents("He was ranked No. 1 in the world.") == Texts{"He was ranked No. 1 in the world."});
  CHECK(sents("Fruit, e.g. Apples, and veg, i.e. Carrots, sell.") ==
        Texts{"Fruit, e.g. Apples, and veg, i.e. Carrots, sell."});
  CHECK(sents("It was Smith vs. Jones in court.") == Texts{"It was Smith vs. Jones in court."});
  CHECK(sents("They bought pens, paper, etc. and went home.") ==
        Texts{"They bought pens, paper, etc. and went home."});
}

TEST_CASE("a sentence can end with an abbreviation", "[sentences]") {
  CHECK(sents("He studied in the U.S. He said it changed him.") ==
        Texts{"He studied in the U.S.", "He said it changed him."});
  CHECK(sents("The meeting ended at 4 p.m. The vote was delayed.") ==
        Texts{"The meeting ended at 4 p.m.", "The vote was delayed."});
  CHECK(sents("They bought pens, paper, etc. But the shop closed.") ==
        Texts{"They bought pens, paper, etc.", "But the shop closed."});
  CHECK(sents("The firm is Acme Inc. It makes anvils.") ==
        Texts{"The firm is Acme Inc.", "It makes anvils."});
  CHECK(sents("Sanctions came from the U.N. \"We object,\" he said.") ==
        Texts{"Sanctions came from the U.N.", "\"We object,\" he said."});
}

TEST_CASE("number abbreviations and case-sensitive abbreviations", "[sentences]") {
  CHECK(sents("See No. 10 and Vol. 3, p. 12 and Art. 5 now.") ==
        Texts{"See No. 10 and Vol. 3, p. 12 and Art. 5 now."});
  CHECK(sents("Yes. No. Maybe.") == Texts{"Yes.", "No.", "Maybe."});
  // "Ill." is Illinois; "ill." is a word that can end a sentence.
  CHECK(sents("Officials in Peoria, Ill. Police said so.") ==
        Texts{"Officials in Peoria, Ill. Police said so."});
  CHECK(sents("He fell ill. Doctors said so.") == Texts{"He fell ill.", "Doctors said so."});
  CHECK(sents("She was born in Washington, D.C. The city grew.") ==
        Texts{"She was born in Washington, D.C.", "The city grew."});
  CHECK(sents("Sen. Jo Doe (D-Mass.) said no. Then she left.") ==
        Texts{"Sen. Jo Doe (D-Mass.) said no.", "Then she left."});
}

TEST_CASE("initials", "[sentences]") {
  CHECK(sents("J. R. R. Tolkien wrote it.") == Texts{"J. R. R. Tolkien wrote it."});
  CHECK(sents("George W. Bush spoke. Then he left.") ==
        Texts{"George W. Bush spoke.", "Then he left."});
  CHECK(sents("It was signed by John F. Kennedy in 1963.") ==
        Texts{"It was signed by John F. Kennedy in 1963."});
  CHECK(sents("They chose Plan B. The rest followed.") ==
        Texts{"They chose Plan B.", "The rest followed."});
}

TEST_CASE("numbers, decimals and times", "[sentences]") {
  CHECK(sents("Growth was 1.5 percent and pi is 3.14 today.") ==
        Texts{"Growth was 1.5 percent and pi is 3.14 today."});
  CHECK(sents("It cost $1.2 billion. Critics balked.") ==
        Texts{"It cost $1.2 billion.", "Critics balked."});
  CHECK(sents("The fine was Rs 2,50,000 and version 2.0 shipped.") ==
        Texts{"The fine was Rs 2,50,000 and version 2.0 shipped."});
  CHECK(sents("The blast came at 9:47 on Monday. Nobody was hurt.") ==
        Texts{"The blast came at 9:47 on Monday.", "Nobody was hurt."});
  CHECK(sents("Prices rose 4.5%. Wages rose 3.2%.") == Texts{"Prices rose 4.5%.", "Wages rose 3.2%."});
}

TEST_CASE("quotations", "[sentences]") {
  CHECK(sents("\"We will fight,\" he said.") == Texts{"\"We will fight,\" he said."});
  CHECK(sents("He said: \"We will fight. We will win.\" Then he left.") ==
        Texts{"He said: \"We will fight.", "We will win.\"", "Then he left."});
  CHECK(sents("\"Is it over?\" she asked.") == Texts{"\"Is it over?\" she asked."});
  CHECK(sents("\"Stop!\" the officer shouted. Nobody moved.") ==
        Texts{"\"Stop!\" the officer shouted.", "Nobody moved."});
  CHECK(sents("\"Is it over?\" Smith asked.") == Texts{"\"Is it over?\" Smith asked."});
  CHECK(sents("\"Is it over?\" Then silence fell.") ==
        Texts{"\"Is it over?\"", "Then silence fell."});
  CHECK(sents("She said it was \"done.\" Then she left.") ==
        Texts{"She said it was \"done.\"", "Then she left."});
  CHECK(sents("He left. \"We won,\" she said.") == Texts{"He left.", "\"We won,\" she said."});
  CHECK(sents("\"Why?\" Lt. Gen. Jane Doe asked. Nobody answered.") ==
        Texts{"\"Why?\" Lt. Gen. Jane Doe asked.", "Nobody answered."});
  CHECK(sents("\"Why not?\", he asked.") == Texts{"\"Why not?\", he asked."});
  CHECK(sents("\"We won!\"\n\nThe crowd cheered.") == Texts{"\"We won!\"", "The crowd cheered."});
}

TEST_CASE("curly quotes, single quotes and guillemets", "[sentences]") {
  CHECK(sents("\xE2\x80\x9CWe will fight,\xE2\x80\x9D he said.") ==
        Texts{"\xE2\x80\x9CWe will fight,\xE2\x80\x9D he said."});
  CHECK(sents("He said: \xE2\x80\x9CWe won.\xE2\x80\x9D Then he left.") ==
        Texts{"He said: \xE2\x80\x9CWe won.\xE2\x80\x9D", "Then he left."});
  CHECK(sents("She wrote ‘enough.\xE2\x80\x99 It ended.") ==
        Texts{"She wrote ‘enough.\xE2\x80\x99", "It ended."});
  CHECK(sents("He said 'never.' Then he smiled.") ==
        Texts{"He said 'never.'", "Then he smiled."});
  CHECK(sents("Il a dit \xC2\xABNon.\xC2\xBB Puis il est parti.") ==
        Texts{"Il a dit \xC2\xABNon.\xC2\xBB", "Puis il est parti."});
  CHECK(sents("\xE2\x80\x9CIs it over?\xE2\x80\x9D she asked.") ==
        Texts{"\xE2\x80\x9CIs it over?\xE2\x80\x9D she asked."});
}

TEST_CASE("closing brackets after a stop", "[sentences]") {
  CHECK(sents("He resigned. (He denied it later.) Then he ran.") ==
        Texts{"He resigned.", "(He denied it later.)", "Then he ran."});
  CHECK(sents("Prices rose (by a lot). Then they fell.") ==
        Texts{"Prices rose (by a lot).", "Then they fell."});
}

TEST_CASE("ellipses", "[sentences]") {
  CHECK(sents("It was completely conquered... We assure you.") ==
        Texts{"It was completely conquered...", "We assure you."});
  CHECK(sents("Just wait... and see.") == Texts{"Just wait... and see."});
  CHECK(sents("Just wait\xE2\x80\xA6 and see.") == Texts{"Just wait\xE2\x80\xA6 and see."});
  CHECK(sents("It ended\xE2\x80\xA6 Nobody cared.") ==
        Texts{"It ended\xE2\x80\xA6", "Nobody cared."});
  CHECK(sents("Scroll for more content...") == Texts{"Scroll for more content..."});
  CHECK(sents("...and then it stopped.") == Texts{"...and then it stopped."});
  CHECK(sents("\"I don't know...\" she said.") == Texts{"\"I don't know...\" she said."});
}

TEST_CASE("URLs, emails, handles and hashtags are never split", "[sentences]") {
  CHECK(sents("See https://www.example.com/a.b?c=d!e for more. Then go.") ==
        Texts{"See https://www.example.com/a.b?c=d!e for more.", "Then go."});
  CHECK(sents("Mail jane.doe@news.example.org today.") ==
        Texts{"Mail jane.doe@news.example.org today."});
  CHECK(sents("Follow @user.name and #Vote2024 now! Photo: pic.twitter.com/Ab1.Cd") ==
        Texts{"Follow @user.name and #Vote2024 now!", "Photo: pic.twitter.com/Ab1.Cd"});
  CHECK(sents("Read it at t.co/XyZ.12 today.") == Texts{"Read it at t.co/XyZ.12 today."});
  CHECK(sents("Visit example.com. It is free.") == Texts{"Visit example.com.", "It is free."});
}

TEST_CASE("paragraph breaks always split", "[sentences]") {
  CHECK(sents("First paragraph\n\nSecond paragraph") ==
        Texts{"First paragraph", "Second paragraph"});
  CHECK(sents("one\n \nmore\r\n\r\nlast") == Texts{"one", "more", "last"});
  CHECK(sents("Taliban claims victory in the valley\n\nThe group said.") ==
        Texts{"Taliban claims victory in the valley", "The group said."});
  CHECK(sents("He met Mr.\n\nSmith later.") == Texts{"He met Mr.", "Smith later."});
}

TEST_CASE("single newlines: wrapped text versus headings", "[sentences]") {
  // Wrapped prose: the next line starts lowercase.
  CHECK(sents("The Taliban has claimed\nvictory in the province.") ==
        Texts{"The Taliban has claimed\nvictory in the province."});
  // Wrapped after a word that cannot end a line.
  CHECK(sents("He held talks with the\nPresident on Monday.") ==
        Texts{"He held talks with the\nPresident on Monday."});
  CHECK(sents("Officials said,\nThe talks failed.") == Texts{"Officials said,\nThe talks failed."});
  // Heading-like lines without a stop.
  CHECK(sents("Posted: Sep 6, 2021 1:30 AM\nUpdated: Sep 6, 2021 1:30 AM\nBy Jane Doe") ==
        Texts{"Posted: Sep 6, 2021 1:30 AM", "Updated: Sep 6, 2021 1:30 AM", "By Jane Doe"});
  CHECK(sents("Key numbers\n2021 was a record year.") ==
        Texts{"Key numbers", "2021 was a record year."});
  // A line ending in a stop goes by the stop rules.
  CHECK(sents("It ended.\nThen it began.") == Texts{"It ended.", "Then it began."});
  CHECK(sents("It started at 9 a.m.\nUpdated: noon") == Texts{"It started at 9 a.m.", "Updated: noon"});
  CHECK(sents("Signed by George W.\nBush in 2002.") == Texts{"Signed by George W.\nBush in 2002."});
}

TEST_CASE("list items are their own sentences", "[sentences]") {
  CHECK(sents("Key points:\n- first item\n- second item") ==
        Texts{"Key points:", "- first item", "- second item"});
  CHECK(sents("* alpha\n* beta") == Texts{"* alpha", "* beta"});
  CHECK(sents("\xE2\x80\xA2 one thing\n\xE2\x80\xA2 another thing") ==
        Texts{"\xE2\x80\xA2 one thing", "\xE2\x80\xA2 another thing"});
  CHECK(sents("Steps:\n1. Buy milk\n2. Drink it") == Texts{"Steps:", "1. Buy milk", "2. Drink it"});
  CHECK(sents("1. The first point.\n2. The second point.") ==
        Texts{"1. The first point.", "2. The second point."});
  CHECK(sents("Options:\na) stay\nb) leave\n(c) wait") ==
        Texts{"Options:", "a) stay", "b) leave", "(c) wait"});
  // A hyphen inside wrapped text is not a bullet.
  CHECK(sents("a well-\nknown case") == Texts{"a well-\nknown case"});
}

TEST_CASE("non-Latin text passes through intact", "[sentences]") {
  // Dari: "Is the war over? He said no."
  const std::string dari = "\xD8\xA2\xDB\x8C\xD8\xA7 \xD8\xAC\xD9\x86\xDA\xAF \xD8\xAA\xD9\x85\xD8\xA7\xD9\x85 "
                           "\xD8\xB4\xD8\xAF\xD8\x9F \xD8\xA7\xD9\x88 \xDA\xAF\xD9\x81\xD8\xAA \xD9\x86\xD9\x87.";
  const Texts d = sents(dari);
  REQUIRE(d.size() == 2);
  CHECK(d[0] == "\xD8\xA2\xDB\x8C\xD8\xA7 \xD8\xAC\xD9\x86\xDA\xAF \xD8\xAA\xD9\x85\xD8\xA7\xD9\x85 \xD8\xB4\xD8\xAF\xD8\x9F");
  CHECK(d[0] + " " + d[1] == dari);
  // Arabic sentences ending in an ASCII full stop.
  const std::string arabic = "\xD9\x82\xD8\xA7\xD9\x84 \xD8\xB0\xD9\x84\xD9\x83. \xD8\xAB\xD9\x85 \xD8\xB0\xD9\x87\xD8\xA8.";
  CHECK(sents(arabic) == Texts{"\xD9\x82\xD8\xA7\xD9\x84 \xD8\xB0\xD9\x84\xD9\x83.", "\xD8\xAB\xD9\x85 \xD8\xB0\xD9\x87\xD8\xA8."});
  // Chinese: 。 needs no space after it.
  CHECK(sents("\xE4\xBB\x8A\xE5\xA4\xA9\xE4\xB8\x8B\xE9\x9B\xA8\xE3\x80\x82\xE6\x98\x8E\xE5\xA4\xA9\xE6\x99\xB4\xE3\x80\x82") ==
        Texts{"\xE4\xBB\x8A\xE5\xA4\xA9\xE4\xB8\x8B\xE9\x9B\xA8\xE3\x80\x82", "\xE6\x98\x8E\xE5\xA4\xA9\xE6\x99\xB4\xE3\x80\x82"});
  // CJK stops keep their closing brackets.
  CHECK(sents("\xE4\xBB\x96\xE8\xAF\xB4\xEF\xBC\x9A\xE3\x80\x8C\xE5\xA5\xBD\xE3\x80\x82\xE3\x80\x8D"
              "\xE7\x84\xB6\xE5\x90\x8E\xE8\xB5\xB0\xE4\xBA\x86\xEF\xBC\x81") ==
        Texts{"\xE4\xBB\x96\xE8\xAF\xB4\xEF\xBC\x9A\xE3\x80\x8C\xE5\xA5\xBD\xE3\x80\x82\xE3\x80\x8D",
              "\xE7\x84\xB6\xE5\x90\x8E\xE8\xB5\xB0\xE4\xBA\x86\xEF\xBC\x81"});
  // Accented capitals count as capitals.
  CHECK(sents("He left. \xC3\x89milie stayed.") == Texts{"He left.", "\xC3\x89milie stayed."});
}

TEST_CASE("Unicode whitespace is trimmed", "[sentences]") {
  CHECK(sents("\xC2\xA0Hello there.\xC2\xA0 Bye now.\xE2\x80\x83") == Texts{"Hello there.", "Bye now."});
  CHECK(sents("Para one\xE2\x80\xA9Para two") == Texts{"Para one", "Para two"});
}

TEST_CASE("over-long runs are cut at whitespace", "[sentences]") {
  std::string text;
  while (text.size() < 3 * kMaxSentenceBytes) text += "word ";
  const auto spans = split(text);
  check_invariants(text, spans);
  REQUIRE(spans.size() >= 3);
  for (const auto& s : spans) {
    CHECK(text[s.end - 1] == 'd');  // ends on a whole word
    CHECK(text[s.start] == 'w');
  }
}

TEST_CASE("over-long runs without whitespace are cut on UTF-8 boundaries", "[sentences]") {
  std::string text;
  while (text.size() < 2 * kMaxSentenceBytes + 7) text += "\xE4\xB8\xAD";  // 中, no spaces
  const auto spans = split(text);
  check_invariants(text, spans);
  REQUIRE(spans.size() == 3);
  std::size_t total = 0;
  for (const auto& s : spans) total += s.end - s.start;
  CHECK(total == text.size());
}

// Speed is measured by bench/, never by a timed unit test: this checks the
// bound on sentence length (a hang would show as a CI timeout).
TEST_CASE("a 20 MB line with no full stop is cut into bounded pieces", "[sentences]") {
  std::string text;
  text.reserve(20'000'000 + 16);
  while (text.size() < 20'000'000) text += "lorem ipsum dolor, sit amet ";
  const auto spans = split(text);
  REQUIRE(spans.size() >= 20'000'000 / kMaxSentenceBytes);
  std::size_t prev = 0;
  bool ok = true;
  for (const auto& s : spans) {
    ok = ok && s.start >= prev && s.end - s.start <= kMaxSentenceBytes && s.end > s.start;
    prev = s.end;
  }
  CHECK(ok);
}

TEST_CASE("hostile bytes never crash", "[sentences]") {
  const std::vector<std::string> inputs = {
      std::string("\xFF\xFE. \x80\x80\x80. A\xE2\x80", 12),
      std::string("\xE2\x80\xA6\xE2\x80", 5),
      std::string("abc.\xC3", 5),
      std::string("\"\xE2\x80\x9D.\xE2\x80\x9D ?! \xF0\x9F\x98\x80. \xF0\x9F", 20),
      std::string("\0. \0\n\n\0", 7),
      std::string(". . . .\n- \n1. \n(", 16),
      std::string("Mr.", 3),
      std::string("?", 1),
      std::string("\n", 1),
  };
  for (const auto& in : inputs) {
    const auto spans = split(in);
    std::size_t prev = 0;
    for (const auto& s : spans) {
      CHECK(s.start < s.end);
      CHECK(s.start >= prev);
      CHECK(s.end <= in.size());
      prev = s.end;
    }
  }
  // A multibyte sequence is never split, even next to invalid bytes.
  const std::string mixed = std::string("x\xFF. \xC3\x89t\xC3\xA9. \xC3\x80 la fin.");
  const Texts m = sents(mixed);
  CHECK(m == Texts{"x\xFF.", "\xC3\x89t\xC3\xA9.", "\xC3\x80 la fin."});
}

TEST_CASE("real article: panjshir sample", "[sentences]") {
  const std::string text = read_file(std::string(FIXTURES_DIR) + "/panjshir/002_e570f30f2768eb7d.txt");
  REQUIRE_FALSE(text.empty());
  const Texts s = sents(text);
  CHECK(contains(s, "\"Most of Bazarak district and all the side valleys are controlled by the NRF,\" Nazary said."));
  CHECK(contains(s, "Panjshir was the last remaining hold-out among Afghanistan's 34 provinces to resist the Taliban."));
  CHECK(contains(s, "CNN cannot independently verify the image."));
  CHECK(contains(s, "\"The last nest of the enemy, Panjshir province, was completely conquered..."));
  CHECK(contains(s, "\"May their memory be eternal!\""));
  CHECK(contains(s, "Taliban pledge humanitarian staff safety and security"));
  CHECK(contains(s, "Posted: Sep 6, 2021 1:30 AM"));
  CHECK(contains(s, "\"In this meeting, Mr. Griffiths reiterated the humanitarian community's commitment to "
                    "deliver impartial and independent humanitarian assistance and protection to millions of "
                    "people in need,\" Stéphane Dujarric, spokesman for UN Secretary-General António Guterres, "
                    "said in a statement."));
  CHECK(contains(s, "Parwan and Kapisa are neighboring provinces to Panjshir."));
  // No sentence swallows a paragraph break.
  for (const auto& x : s) CHECK(x.find("\n\n") == std::string::npos);
}
