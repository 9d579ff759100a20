// Noun-phrase and evaluative attributions (core/claims/topic_cues): an
// attitude noun with its owner, a verb of expressing, "is a critic of",
// topic verbs with adverbials, judging verbs in the progressive, "asked
// her about", and verbs of force that judge only with a verdict. Invented
// sentences about a made-up town.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/claims/claims.hpp"
#include "claims_stage.hpp"

using claims::attribution::Claim;

namespace {

// The only claim of a sentence.
Claim only_claim(const std::string& text) {
  auto cs = claims_test::stage_claims(text);
  INFO(text);
  REQUIRE(cs.size() == 1);
  return cs[0];
}

}  // namespace

TEST_CASE("topic cues: an attitude noun with its owner", "[claims][topic]") {
  auto c = only_claim("Mayor Arlo Venn's remarks about the harbour tariffs were brief.");
  CHECK(c.speaker == "Mayor Arlo Venn's");
  CHECK(c.verb == "remarks about");
  // The noun phrase ends before the sentence's verb.
  CHECK(c.text == "the harbour tariffs");
  CHECK(c.stance == "asserts");
  // A possessive pronoun after a verb: the verb's subject holds the view.
  auto d = only_claim("Ilsa Moor continued her sharp criticism of the grain levy.");
  CHECK(d.speaker == "Ilsa Moor");
  CHECK(d.text == "the grain levy");
  // A time word between the noun and its preposition.
  auto e = only_claim("The clerk's comments Friday on the ferry fares surprised nobody.");
  CHECK(e.text == "the ferry fares");
  // Not a topic: a place or a partner ("at", "with"), a time.
  CHECK(claims_test::stage_claims("Her statement at the town hall was short.").empty());
  CHECK(claims_test::stage_claims("His comments on Monday were short.").empty());
}

TEST_CASE("topic cues: verbs of expressing and holders of a view", "[claims][topic]") {
  auto c = only_claim("Farmers expressed deep misgivings about the new canal.");
  CHECK(c.speaker == "Farmers");
  CHECK(c.text == "the new canal");
  auto d = only_claim("Councillor Dace has been a consistent and vocal critic of the curfew.");
  CHECK(d.speaker == "Councillor Dace");
  CHECK(d.text == "the curfew");
  auto e = only_claim("The auditors have questions about the ferry accounts.");
  CHECK(e.speaker == "The auditors");
  CHECK(e.text == "the ferry accounts");
  // "has a plan for": no attitude noun, no claim.
  CHECK(claims_test::stage_claims("The council has a plan for the river.").empty());
}

TEST_CASE("topic cues: verbs of speaking with adverbials, questioning, asking", "[claims][topic]") {
  auto c = only_claim("The minister spoke out on Tuesday about the flooding of the docks.");
  CHECK(c.speaker == "The minister");
  CHECK(c.text == "the flooding of the docks");
  auto d = only_claim("Other residents weighed in Friday about whether the dam should be raised.");
  CHECK(d.text == "whether the dam should be raised");
  auto e = only_claim("Senator Oona Fell is once again questioning the legality of the toll.");
  CHECK(e.speaker == "Senator Oona Fell");
  CHECK(e.text == "the legality of the toll");
  auto f = only_claim("Reporters asked her about the ferry contract.");
  CHECK(f.speaker == "Reporters");
  CHECK(f.text == "the ferry contract");
}

TEST_CASE("topic cues: verbs of force judge only with a verdict", "[claims][topic]") {
  auto c = only_claim("The governor blasted the minister as a coward.");
  CHECK(c.speaker == "The governor");
  CHECK(c.text == "the minister as a coward");
  // The judged remarks are a claim of their own, their owner's.
  auto ds = claims_test::stage_claims("Opposition leaders attacked Premier Ruiz for his remarks about the port.");
  REQUIRE(ds.size() == 2);
  CHECK(ds[0].speaker == "Opposition leaders");
  CHECK(ds[0].text.rfind("Premier Ruiz for his remarks", 0) == 0);
  CHECK(ds[1].speaker == "his");
  CHECK(ds[1].text == "the port");
  auto f = only_claim("The senator attacked Premier Ruiz in a series of angry posts.");
  CHECK(f.speaker == "The senator");
  auto e = only_claim("The senator is defending his tweets about the harbour.");
  CHECK(e.speaker == "The senator");
  CHECK(e.text == "his tweets about the harbour");
  // War reports: military action, no claim.
  CHECK(claims_test::stage_claims("Artillery hit the rebels as they retreated.").empty());
  CHECK(claims_test::stage_claims("Jets attacked the village for the third day.").empty());
  CHECK(claims_test::stage_claims("The militia attacked the governor's convoy.").empty());
  CHECK(claims_test::stage_claims("Drones targeted him for hours.").empty());
  CHECK(claims_test::stage_claims("Fighters attacked government positions in the district.").empty());
  CHECK(claims_test::stage_claims("The brigade defended the bridge for two days.").empty());
  // Force against a person, with a reason: still war, not words.
  CHECK(claims_test::stage_claims("Drones targeted him for his links to the smugglers.").empty());
  CHECK(claims_test::stage_claims("Jets targeted Commander Oru for his role in the raid.").empty());
  CHECK(claims_test::stage_claims("Rebels hit the governor as a warning.").empty());
  for (const auto& c : claims_test::stage_claims("Insurgents attacked Governor Nuri for backing the army."))
    CHECK(c.verb != "attacked");
  // Two-word verbs of attack, with a person object and a verdict.
  auto ga = only_claim("The senator went after Premier Ruiz as a fraud.");
  CHECK(ga.verb == "went after");
  CHECK(ga.text == "Premier Ruiz as a fraud");
  CHECK(claims_test::stage_claims("Troops went after the rebels as they fled.").empty());
  // A quoted object is words: a verdict on what was said.
  auto q = only_claim("In a speech, Premier Ruiz attacked \"the reckless ferry policy of the council.\"");
  CHECK(q.speaker == "Premier Ruiz");
  CHECK(q.text.find("reckless ferry policy") != std::string::npos);
}

TEST_CASE("topic cues: impersonal attitude nouns and long verdict objects", "[claims][topic]") {
  // Nobody owns the allegations: a claim with no speaker.
  auto c = only_claim("The ferry company faces allegations of fraud in its ticket sales.");
  CHECK(c.speaker.empty());
  CHECK(c.text == "fraud in its ticket sales");
  // An owner makes it the owner's.
  auto d = only_claim("The union's allegations of fraud were denied.");
  CHECK(d.speaker == "The union's");
  // "called X ... a Y" with a long object.
  auto e = only_claim("Councillor Brann called her vote in favour of the river toll a mistake.");
  CHECK(e.speaker == "Councillor Brann");
  CHECK(e.text == "her vote in favour of the river toll a mistake");
  CHECK(claims_test::stage_claims("The colonel called the reserve units to the river.").empty());
}

TEST_CASE("topic cues: judgements with unnamed authors, progressive topic phrases", "[claims][topic]") {
  auto c = only_claim("The ferry operator was accused of overcharging pilgrims.");
  CHECK(c.speaker.empty());
  CHECK(c.verb == "accused of");
  CHECK(c.text == "overcharging pilgrims");
  // With its authors after "by", the judgement is theirs (not impersonal).
  auto d = claims_test::stage_claims("The ferry operator was criticized by the council for its fares.");
  REQUIRE(d.size() == 1);
  CHECK_FALSE(d[0].speaker.empty());
  auto e = only_claim("Senator Oona Fell is doubling down on her attacks on the harbour board.");
  CHECK(e.speaker == "Senator Oona Fell");
  CHECK(e.text == "her attacks on the harbour board");
}

TEST_CASE("topic cues: stance adjectives with degree words or a negated 'be'", "[claims][topic]") {
  auto c = only_claim("The farmers are more worried about the quotas than the storms.");
  CHECK(c.speaker == "The farmers");
  auto d = only_claim("The growers weren't too concerned about the drought.");
  CHECK(d.speaker == "The growers");
  CHECK(d.text == "the drought");
}

TEST_CASE("topic cues: nesting in a report; section headings are no speakers", "[claims][topic]") {
  // The pronoun's judging cue stays inside the report it belongs to.
  std::string t = "Councillor Dace noted that in 2019 he supported the river toll.";
  auto cs = claims_test::stage_claims(t);
  bool outer = false;
  for (const auto& c : cs)
    if (c.verb == "noted") outer = c.text.find("he supported the river toll") != std::string::npos;
  CHECK(outer);
  // A title-case heading before a colon is not a transcript label.
  // (With entities: the heading may be taken for an organisation's name.)
  std::string ht =
      "Ferry Fares.\n\nThe Price Keeps Rising: It was under the old board that fares doubled.\n\n"
      "Veto Power Impedes Ferry Plans: Raising fares is one of the goals of the board.";
  auto sents = claims::sentences::split(ht);
  auto ents = claims::entities::analyze(ht, sents);
  auto h = claims::attribution::extract(ht, sents, ents, {});
  for (const auto& c : h) CHECK(c.speaker != "The Price Keeps Rising");
  for (const auto& c : h) CHECK(c.speaker != "Veto Power Impedes Ferry Plans");
}

TEST_CASE("topic cues: an opening participle with its object takes the main clause's subject", "[claims][topic]") {
  auto cs = claims_test::stage_claims("Claiming the high ground, the ferrymen said the strike would go on.");
  bool opening = false;
  for (const auto& c : cs)
    if (c.verb == "Claiming") {
      opening = true;
      CHECK(c.speaker == "the ferrymen");
      CHECK(c.text == "the high ground");
    }
  CHECK(opening);
  // No object before the comma, or no verb after the subject: no claim.
  for (const auto& c : claims_test::stage_claims("Speaking to reporters, the mayor smiled and left.")) CHECK(c.verb != "Speaking");
}

TEST_CASE("topic cues: an opening 'Asked to/about …,' is a question by someone unnamed", "[claims][topic]") {
  auto cs = claims_test::stage_claims("Asked to describe the damage to the Vell bridge, Mayor Dorm said, \"We will rebuild it.\"");
  const Claim* c = claims_test::first_with_text(cs, "to describe the damage to the Vell bridge");
  REQUIRE(c != nullptr);
  CHECK(c->speaker.empty());
  CHECK(claims_test::first_with_text(cs, "We will rebuild it.") != nullptr);
}

TEST_CASE("topic cues: a purpose infinitive 'to discuss X' is the main subject's talk", "[claims][topic]") {
  auto cs = claims_test::stage_claims("The Orrin councillors gathered Friday to discuss the ferry fares.");
  const Claim* c = claims_test::first_with_text(cs, "the ferry fares");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "The Orrin councillors");
  // Governed by a verb of wanting: that verb's reading, one claim.
  auto w = claims_test::stage_claims("Mayor Dorm wants to discuss the ferry fares.");
  REQUIRE(w.size() == 1);
  CHECK(w[0].text == "the ferry fares");
  CHECK(w[0].speaker == "Mayor Dorm");
}
