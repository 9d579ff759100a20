// Clausal attributions and quote regions: the complement-clause fallback
// (verb + that/whether/if/how/why, or a bare clause), negated and nested
// clausal cues, participles and their main-clause subjects, pronoun
// contractions, single curly quotes, nested curly quotes and dash credits.
// Invented sentences about made-up places and people.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/claims/claims.hpp"
#include "claims_stage.hpp"
#include "core/claims/quotes.hpp"

using claims::attribution::Claim;

TEST_CASE("complement clause: a verb of no cue list with a that-clause reports it", "[claims][clauses]") {
  auto cs = claims_test::stage_claims("The tribunal ruled that the blockade of Vostra harbour was unlawful.");
  const Claim* c = claims_test::first_with_verb(cs, "ruled");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "The tribunal");
  CHECK(c->text == "the blockade of Vostra harbour was unlawful");
  CHECK(c->stance == "asserts");

  auto d = claims_test::stage_claims("Field medics have also discovered that the wells near Kerrin were poisoned.");
  REQUIRE(claims_test::first_with_verb(d, "discovered") != nullptr);
  CHECK(claims_test::first_with_verb(d, "discovered")->speaker == "Field medics");
}

TEST_CASE("complement clause: 'that' opening a noun phrase is no clause", "[claims][clauses]") {
  CHECK(claims_test::stage_claims("The envoy heard that rumour in the market at Dasso.").empty());
  CHECK(claims_test::stage_claims("The cease-fire commission examined that report twice.").empty());
}

TEST_CASE("complement clause: negated cues keep their clause", "[claims][clauses]") {
  auto q = claims_test::stage_claims("But the governor isn't saying whether the convoy reached the Ulm valley.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].speaker == "the governor");
  CHECK(q[0].text == "whether the convoy reached the Ulm valley");

  auto d = claims_test::stage_claims("The commander does not believe that the rebels hold the Sarn pass.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].speaker == "The commander");
  CHECK(d[0].text == "the rebels hold the Sarn pass");
  CHECK(d[0].stance == "denies");

  auto e = claims_test::stage_claims("She doesn't even believe the vote in Harlo was fair.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].speaker == "She");
  CHECK(e[0].text == "the vote in Harlo was fair");
}

TEST_CASE("complement clause: a clause with no 'that' after a cognition verb", "[claims][clauses]") {
  auto cs = claims_test::stage_claims("Many analysts suspect the truce along the Orne river will collapse.");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker == "Many analysts");
  CHECK(cs[0].text == "the truce along the Orne river will collapse");
  // An object is no clause.
  CHECK(claims_test::stage_claims("Witnesses saw him near the bridge at Tamsk.").empty());
  CHECK(claims_test::stage_claims("About forty people demonstrated outside the council after it closed the market.").empty());
}

TEST_CASE("nested clause: the outer speaker keeps the clause holding the inner claim", "[claims][clauses]") {
  auto cs = claims_test::stage_claims("The mayor said the minister realized that the Pell dam had failed.");
  const Claim* outer = claims_test::first_with_verb(cs, "said");
  const Claim* inner = claims_test::first_with_verb(cs, "realized");
  REQUIRE(outer != nullptr);
  REQUIRE(inner != nullptr);
  CHECK(outer->speaker == "The mayor");
  CHECK(outer->text == "the minister realized that the Pell dam had failed");
  CHECK(inner->speaker == "the minister");
  CHECK(inner->text == "the Pell dam had failed");

  // In a relative clause the content ends before the main verb.
  auto r = claims_test::stage_claims("Colonel Dorn, who understood that the bridge was lost, ordered a retreat.");
  const Claim* u = claims_test::first_with_verb(r, "understood");
  REQUIRE(u != nullptr);
  CHECK(u->speaker == "Colonel Dorn");
  CHECK(u->text == "the bridge was lost");
}

TEST_CASE("participles and clause subjects", "[claims][clauses]") {
  // A participle with a that-clause after a main clause with no comma.
  auto a = claims_test::stage_claims("The ministry issued a statement on Monday saying that the Irra crossing was closed.");
  REQUIRE(claims_test::first_with_verb(a, "saying") != nullptr);
  CHECK(claims_test::first_with_verb(a, "saying")->speaker == "The ministry");
  CHECK(claims_test::first_with_verb(a, "saying")->text == "the Irra crossing was closed");
  // A pronoun subject after a sentence adverb.
  auto b = claims_test::stage_claims("Meanwhile, it shelled the depot, saying the depot stored rockets.");
  REQUIRE(claims_test::first_with_verb(b, "saying") != nullptr);
  CHECK(claims_test::first_with_verb(b, "saying")->speaker == "it");
  // An irregular past before "by saying"; a catenative "went on to say".
  auto c = claims_test::stage_claims("The colonel began by saying the road to Fenn was mined.");
  REQUIRE(claims_test::first_with_verb(c, "saying") != nullptr);
  CHECK(claims_test::first_with_verb(c, "saying")->speaker == "The colonel");
  auto d = claims_test::stage_claims("The spokesman went on to say that the talks in Brol would resume.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].speaker == "The spokesman");
  CHECK(d[0].verb == "went on to say");
  CHECK(d[0].text == "the talks in Brol would resume");
  // A participle after a nested clause belongs to the outer speaker.
  auto f = claims_test::stage_claims("Sen. Dale Orrin said he doubted the rumours from Kesh, arguing that the roads were open.");
  REQUIRE(claims_test::first_with_verb(f, "arguing") != nullptr);
  CHECK(claims_test::first_with_verb(f, "arguing")->speaker == "Sen. Dale Orrin");
  // "but also": a second verb of the same subject.
  auto e = claims_test::stage_claims("The envoy agreed, but also contended that the border must stay open.");
  REQUIRE(claims_test::first_with_verb(e, "contended") != nullptr);
  CHECK(claims_test::first_with_verb(e, "contended")->speaker == "The envoy");
}

TEST_CASE("pronoun contractions are subjects, not possessives", "[claims][clauses]") {
  for (std::string text : {"He's claiming that the airport at Molk is under his control.",
                           "He\xE2\x80\x99s claiming that the airport at Molk is under his control."}) {
    auto cs = claims_test::stage_claims(text);
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].verb == "claiming");
    CHECK(cs[0].text == "the airport at Molk is under his control");
    CHECK(cs[0].speaker.rfind("He", 0) == 0);
  }
}

TEST_CASE("quote regions: single curly quotes and nested curly quotes", "[claims][quotes]") {
  using claims::attribution::find_quotes;
  // ‘…’ encloses a quotation; apostrophes inside words and before digits do not.
  std::string s = "The envoy told reporters, \xE2\x80\x98We will not leave the hills.\xE2\x80\x99";
  auto r = find_quotes(s);
  REQUIRE(r.size() == 1);
  CHECK(s.substr(r[0].inner_start, r[0].inner_end - r[0].inner_start) == "We will not leave the hills.");
  CHECK(find_quotes("The \xE2\x80\x99" "80s were calm, the farmer\xE2\x80\x99s son said; they don\xE2\x80\x99t care.").empty());
  auto cs = claims_test::stage_claims(s);
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].is_quote);
  CHECK(cs[0].speaker == "The envoy");
  auto tag = claims_test::stage_claims("\xE2\x80\x98The city is calm,\xE2\x80\x99 the governor said.");
  REQUIRE(tag.size() == 1);
  CHECK(tag[0].text == "The city is calm");
  CHECK(tag[0].speaker == "the governor");

  // “a “b” c” is one region; an ASCII-opened quote does not nest.
  std::string n = "\xE2\x80\x9CThey call it \xE2\x80\x9Cpeace\xE2\x80\x9D but it is not,\xE2\x80\x9D she said.";
  auto nr = find_quotes(n);
  REQUIRE(nr.size() == 1);
  CHECK(n.substr(nr[0].inner_start, nr[0].inner_end - nr[0].inner_start) ==
        "They call it \xE2\x80\x9Cpeace\xE2\x80\x9D but it is not,");
}

TEST_CASE("dash credits: a no-break space before the line end", "[claims][quotes]") {
  std::string text =
      "Readers answered.\n"
      "\xE2\x80\x9CThe river at Oska is rising fast.\xE2\x80\x9D\xC2\xA0\xE2\x80\x95 Mara Veld\xC2\xA0\n"
      "\xE2\x80\x9CNobody came to help us in Oska.\xE2\x80\x9D \xE2\x80\x95 Tom Rask\n";
  auto cs = claims_test::stage_claims(text);
  std::vector<std::string> speakers;
  for (const Claim& c : cs) speakers.push_back(c.speaker);
  CHECK(std::find(speakers.begin(), speakers.end(), "Mara Veld") != speakers.end());
  CHECK(std::find(speakers.begin(), speakers.end(), "Tom Rask") != speakers.end());
}

TEST_CASE("evidence subjects too long for the speaker rules", "[claims][clauses]") {
  auto a = claims_test::stage_claims(
      "A new analysis of relief convoys that have crossed since Jan. 4, 2021, shows aid reaching Kesh slowly.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].speaker == "A new analysis of relief convoys");
  CHECK(a[0].text == "aid reaching Kesh slowly");
  auto b = claims_test::stage_claims("In 2019, research conducted by the Tarn Institute found most shelters were full.");
  REQUIRE(b.size() == 1);
  CHECK(b[0].speaker == "research");
  CHECK(b[0].text == "most shelters were full");
}

TEST_CASE("speaker heads ending in -ly are nouns", "[claims][clauses]") {
  auto cs = claims_test::stage_claims("The convoy left Orsk on Thursday, his family said.");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker == "his family");
  CHECK(cs[0].text == "The convoy left Orsk on Thursday");
}

TEST_CASE("question quotes after a hearer pronoun", "[claims][quotes]") {
  auto cs = claims_test::stage_claims(
      "\xE2\x80\x9CKeep the lights off,\xE2\x80\x9D the warden tells the crowd before asking her, "
      "\xE2\x80\x9CWhere do we go from here?\xE2\x80\x9D");
  const Claim* q = claims_test::first_with_verb(cs, "asking");
  REQUIRE(q != nullptr);
  CHECK(q->speaker == "the warden");
  CHECK(q->is_quote);
  CHECK(q->text == "Where do we go from here?");
  auto w = claims_test::stage_claims("The officer asked them whether the road to Tamsk was open.");
  REQUIRE(w.size() == 1);
  CHECK(w[0].text == "whether the road to Tamsk was open");
}

TEST_CASE("a channel noun opening the clause is the speaker", "[claims][clauses]") {
  auto cs = claims_test::stage_claims("The website noted that both ferries to Arlo were cancelled.");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker == "The website");
  auto in = claims_test::stage_claims("The ministry, in a statement on Twitter, said the Arlo ferry was cancelled.");
  REQUIRE(in.size() == 1);
  CHECK(in[0].speaker == "The ministry");
}
