// Known faults of speaker and content finding, each on invented text about
// made-up places and people: the frame, the clause and the phrase that
// used to go wrong, and what is right instead.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/claims/claims.hpp"
#include "claims_stage.hpp"

using claims::attribution::Claim;

TEST_CASE("faults: an extraposed 'it' frame has no speaker", "[claims][faults]") {
  auto cs = claims_test::stage_claims("It is worth noting that the levee at Orvel was never inspected.");
  const Claim* c = claims_test::first_with_text(cs, "the levee at Orvel was never inspected");
  REQUIRE(c != nullptr);
  CHECK(c->speaker.empty());
}

TEST_CASE("faults: a 'that' of a later clause is not the cue's complementiser", "[claims][faults]") {
  auto cs = claims_test::stage_claims("Officials warned residents to leave the area so that rescuers could work.");
  const Claim* c = claims_test::first_with_verb(cs, "warned");
  REQUIRE(c != nullptr);
  CHECK(c->text == "residents to leave the area so that rescuers could work");
  // Prepositional adverbials ("after a meeting", "as recently as Monday")
  // still lead to the cue's own "that".
  for (const char* text : {"The minister told reporters after a cabinet meeting that the dam was safe.",
                           "The minister said as recently as Monday that the dam was safe.",
                           "The minister said before the vote that the dam was safe."}) {
    auto ms = claims_test::stage_claims(text);
    REQUIRE(!ms.empty());
    CHECK(ms.front().text == "the dam was safe");
  }
  // A time adverbial with "and" still leads to the cue's own "that".
  cs = claims_test::stage_claims("The mayor told reporters on Monday and Tuesday that the bridge was closed.");
  c = claims_test::first_with_verb(cs, "told");
  REQUIRE(c != nullptr);
  CHECK(c->text == "the bridge was closed");
}

TEST_CASE("faults: an inverted speaker with a numeric modifier keeps it", "[claims][faults]") {
  auto cs = claims_test::stage_claims("\"We will never forgive them,\" said 9/11 widow Jane Orrick.");
  const Claim* c = claims_test::first_with_text(cs, "We will never forgive them");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "9/11 widow Jane Orrick");
  cs = claims_test::stage_claims("The talks have failed, said former minister Paul Derin.");
  c = claims_test::first_with_text(cs, "The talks have failed");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "former minister Paul Derin");
}

TEST_CASE("faults: a subject noun clause stops at the main verb", "[claims][faults]") {
  auto cs = claims_test::stage_claims("His concerns that the dam would fail were ignored by the council.");
  const Claim* c = claims_test::first_with_verb(cs, "concerns");
  REQUIRE(c != nullptr);
  CHECK(c->text == "the dam would fail");
  CHECK(c->speaker == "His");
  cs = claims_test::stage_claims("The mayor's claim that the dam had collapsed was false.");
  c = claims_test::first_with_verb(cs, "claim");
  REQUIRE(c != nullptr);
  CHECK(c->text == "the dam had collapsed");
  CHECK(c->stance == "asserts");
}

TEST_CASE("faults: people located 'in' a place are the speaker, not the place", "[claims][faults]") {
  auto cs = claims_test::stage_claims("Farmers in the Orvel valley voiced fears that the canal will dry their wells.");
  const Claim* c = claims_test::first_with_text(cs, "the canal will dry their wells");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "Farmers in the Orvel valley");
  cs = claims_test::stage_claims("Officials in the capital said the bridge was closed.");
  c = claims_test::first_with_verb(cs, "said");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "Officials in the capital");
}

TEST_CASE("faults: 'called X a day later' is no verdict", "[claims][faults]") {
  CHECK(claims_test::stage_claims("The commander called the reinforcements a day later.").empty());
  auto cs = claims_test::stage_claims("The mayor called the plan a disaster.");
  const Claim* c = claims_test::first_with_verb(cs, "called");
  REQUIRE(c != nullptr);
  CHECK(c->text == "the plan a disaster");
}

TEST_CASE("faults: kinds of claims by what the content tells", "[claims][faults][kind]") {
  auto kind_of = [](const std::string& text) {
    auto cs = claims_test::stage_claims(text);
    const Claim* c = claims_test::first_with_verb(cs, "said");
    return c ? c->kind : std::string("(none)");
  };
  // A punishment is no casualty.
  CHECK(kind_of("The mayor said the death penalty was back.") == "statement");
  CHECK(kind_of("The mayor said two guards were killed.") == "casualties");
  // A capture listed with casualties counts people, not ground.
  CHECK(kind_of("The mayor said all the attackers were either killed, surrendered or captured.") == "casualties");
  CHECK(kind_of("The mayor said the rebels captured the bridge.") == "control");
  // Inflections of event verbs; an offer is no event.
  CHECK(kind_of("The mayor said the rebels were fleeing the town.") == "event");
  CHECK(kind_of("The mayor said the rebels were ready to end the fighting if the army withdrew.") == "statement");
}

TEST_CASE("faults: an evidence subject does not start with the complementiser", "[claims][faults]") {
  auto cs = claims_test::stage_claims(
      "Dorn said the tapes were unclear and that the footage released by the family did not show whether he was armed.");
  const Claim* c = claims_test::first_with_verb(cs, "show");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "the footage");
}

TEST_CASE("faults: a noun before an infinitive cue is no speaker", "[claims][faults]") {
  auto cs = claims_test::stage_claims("Dorn said witnesses need not come to a public hearing to assert their rights.");
  CHECK(claims_test::first_with_verb(cs, "assert") == nullptr);
  cs = claims_test::stage_claims("The council refused to confirm the report.");
  const Claim* c = claims_test::first_with_verb(cs, "confirm");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "The council");
}

TEST_CASE("faults: 'saying' after a noun cue goes with the clause subject", "[claims][faults]") {
  auto cs = claims_test::stage_claims(
      "At a rally on Monday, Dorn attacked Vell for her support of the dam, saying, \"She has ruined the valley.\"");
  const Claim* c = claims_test::first_with_verb(cs, "saying");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "Dorn");
}

TEST_CASE("faults: a time phrase after the cue does not cut off its clause", "[claims][faults]") {
  auto cs = claims_test::stage_claims("Dorn said after the meeting he would not accept the offer.");
  const Claim* c = claims_test::first_with_verb(cs, "said");
  REQUIRE(c != nullptr);
  CHECK(c->text == "after the meeting he would not accept the offer");
}

TEST_CASE("faults: an evidence verb after a report noun", "[claims][faults]") {
  auto cs = claims_test::stage_claims("Analysis of police reports shows that most thefts happen at night.");
  const Claim* c = claims_test::first_with_text(cs, "most thefts happen at night");
  REQUIRE(c != nullptr);
  CHECK(c->verb == "shows");
  CHECK(c->speaker == "Analysis of police reports");
}

TEST_CASE("faults: nested pairs keep each content with its own speaker", "[claims][faults]") {
  // The second cue of the nested speaker stays inside the outer content.
  auto cs = claims_test::stage_claims("Dorn says Vell promised to rebuild the dam and said she would stand by the farmers.");
  const Claim* c = claims_test::first_with_verb(cs, "says");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "Dorn");
  CHECK(c->text.find("stand by the farmers") != std::string::npos);
  c = claims_test::first_with_verb(cs, "said");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "Vell");
  // A fronted time phrase before a mid-sentence tag is no content.
  cs = claims_test::stage_claims("During his years in office, Dorn said, most farmers have come to trust the dam.");
  c = claims_test::first_with_verb(cs, "said");
  REQUIRE(c != nullptr);
  CHECK(c->text == "most farmers have come to trust the dam");
}

TEST_CASE("faults: relatives inside a content stay in it", "[claims][faults]") {
  // An object relative after the content's subject: not the cue's "that".
  auto cs = claims_test::stage_claims("The mayor said the plan that engineers drew up was flawed.");
  const Claim* c = claims_test::first_with_verb(cs, "said");
  REQUIRE(c != nullptr);
  CHECK(c->text == "the plan that engineers drew up was flawed");
  // A free relative with its own cue is the judged object.
  cs = claims_test::stage_claims("Dorn said many of the reports that critics point to in upscale areas failed to note the costs.");
  c = claims_test::first_with_verb(cs, "said");
  REQUIRE(c != nullptr);
  CHECK(c->text.find("many of the reports that critics point to") == 0);
  for (const auto& k : cs) CHECK(k.speaker != "upscale areas");
}

TEST_CASE("faults: outer contents are not cut by a conjunct or an object", "[claims][faults]") {
  // A coordinated subject of a reported clause speaks as a whole.
  auto cs = claims_test::stage_claims("Dorn said farmers or fishermen would sometimes dismiss the plan.");
  const Claim* c = claims_test::first_with_verb(cs, "said");
  REQUIRE(c != nullptr);
  CHECK(c->text == "farmers or fishermen would sometimes dismiss the plan");
  // The object of a causative verb is no speaker.
  cs = claims_test::stage_claims("Perhaps, Dorn said, the exhibit could help a visitor see the efforts of the rangers.");
  c = claims_test::first_with_verb(cs, "said");
  REQUIRE(c != nullptr);
  CHECK(c->text == "the exhibit could help a visitor see the efforts of the rangers");
  CHECK(claims_test::first_with_verb(cs, "see") == nullptr);
}

TEST_CASE("faults: frames and noun phrases inside a content keep it whole", "[claims][faults]") {
  auto cs = claims_test::stage_claims("Back in Orvel, Dorn said, he decided to take aim at the mill's emissions.");
  const Claim* c = claims_test::first_with_verb(cs, "said");
  REQUIRE(c != nullptr);
  CHECK(c->text.find("he decided") == 0);
  cs = claims_test::stage_claims("Dorn responded that the board cites so many Orvel claims as false because they lack context.");
  c = claims_test::first_with_verb(cs, "responded");
  REQUIRE(c != nullptr);
  CHECK(c->text == "the board cites so many Orvel claims as false because they lack context");
  cs = claims_test::stage_claims("According to her account, after the visit, she insisted that the mayor go to the clinic.");
  c = claims_test::first_with_verb(cs, "According to");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "her account");
  CHECK(c->text.find("she insisted that the mayor go to the clinic") != std::string::npos);
}

TEST_CASE("faults: scenes and things are no speakers", "[claims][faults]") {
  // The object of an opening preposition.
  auto cs = claims_test::stage_claims("In the wake of the Orvel Gazette report, Dorn has portrayed himself as a reformer.");
  for (const auto& c : cs) CHECK(c.speaker != "the wake of the Orvel Gazette");
  // A thing after "with" before a participle cue.
  cs = claims_test::stage_claims("The board replaced the clause with softer language calling for restraint.");
  for (const auto& c : cs) CHECK(c.speaker != "softer language");
  // A closing "as X said" is a tag for the clause before it.
  cs = claims_test::stage_claims("The video does not show whether Scott had a gun, as police have said.");
  const Claim* c = claims_test::first_with_verb(cs, "said");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "police");
  CHECK(c->text.find("whether Scott had a gun") != std::string::npos);
}

TEST_CASE("faults: two names opening the clause speak together", "[claims][faults]") {
  auto cs = claims_test::stage_claims("But Mr. Dorn and Mr. Vell said the farmers had been misled.");
  const Claim* c = claims_test::first_with_verb(cs, "said");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "Mr. Dorn and Mr. Vell");
  cs = claims_test::stage_claims("In Orvel and Tellis officials said the vote was illegal.");
  c = claims_test::first_with_verb(cs, "said");
  REQUIRE(c != nullptr);
  CHECK(c->speaker.find("Orvel") == std::string::npos);
}

TEST_CASE("faults: an evidence noun in an earlier clause is no subject", "[claims][faults]") {
  auto cs = claims_test::stage_claims("The mayor rejected reports that the dam had failed, saying engineers found it intact.");
  for (const auto& c : cs) CHECK(c.speaker != "The mayor rejected reports");
  const Claim* c = claims_test::first_with_verb(cs, "saying");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "The mayor");
  CHECK(c->text == "engineers found it intact");
}

TEST_CASE("faults: tags with a hearer and second complements", "[claims][faults]") {
  auto cs = claims_test::stage_claims("The dam was safe, a senior official told reporters, speaking on condition of anonymity.");
  const Claim* c = claims_test::first_with_verb(cs, "told");
  REQUIRE(c != nullptr);
  CHECK(c->text == "The dam was safe");
  CHECK(claims_test::first_with_verb(cs, "speaking on") == nullptr);
  cs = claims_test::stage_claims("Police said two men were arrested and that a third had fled.");
  CHECK(claims_test::first_with_text(cs, "two men were arrested") != nullptr);
  CHECK(claims_test::first_with_text(cs, "a third had fled") != nullptr);
}

TEST_CASE("faults: evidence with a participle phrase, and a claimed free relative", "[claims][faults]") {
  auto cs = claims_test::stage_claims(
      "Photos and videos shared on social media showed a white flag hoisted in what was claimed to be the centre of Orvel.");
  const Claim* c = claims_test::first_with_verb(cs, "showed");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "Photos and videos shared on social media");
  CHECK(c->text == "a white flag hoisted in what was claimed to be the centre of Orvel");
  c = claims_test::first_with_verb(cs, "claimed");
  REQUIRE(c != nullptr);
  CHECK(c->speaker.empty());
  CHECK(c->text == "to be the centre of Orvel");
}

TEST_CASE("faults: a party and state tag with a long abbreviation", "[claims][faults]") {
  auto cs = claims_test::stage_claims("Rep. Ann Dorn (D-Mass.) said the law does not require witnesses to appear.");
  const Claim* c = claims_test::first_with_verb(cs, "said");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "Rep. Ann Dorn (D-Mass.)");
  CHECK(c->text == "the law does not require witnesses to appear");
}

TEST_CASE("faults: a long relative clause between the name and the cue", "[claims][faults]") {
  auto cs = claims_test::stage_claims(
      "Dr. Ann Dorn, who as a navy captain was the physician of the harbour board in the administration of the "
      "former governor and later retired from the service as a rear admiral, said that the governor had hidden "
      "his illness.");
  const Claim* c = claims_test::first_with_verb(cs, "said");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "Dr. Ann Dorn");
  CHECK(c->text == "the governor had hidden his illness");
}

TEST_CASE("faults: a zero relative after the speaker and a time tail after a tag", "[claims][faults]") {
  auto cs = claims_test::stage_claims("All the engineers we interviewed said the dam was sound.");
  const Claim* c = claims_test::first_with_verb(cs, "said");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "All the engineers");
  cs = claims_test::stage_claims(
      "\u201cIt never crossed my mind,\u201d she said several months after her release, and the reason was the flood.");
  c = claims_test::first_with_verb(cs, "said");
  REQUIRE(c != nullptr);
  CHECK(c->text == "It never crossed my mind");
}

TEST_CASE("faults: subjects of participle cues past an apposition or a leading 'After'", "[claims][faults]") {
  auto cs = claims_test::stage_claims("Dorn, a retired engineer, then appeared on the radio and began by saying the dam would hold.");
  const Claim* c = claims_test::first_with_verb(cs, "saying");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "Dorn");
  cs = claims_test::stage_claims("Dorn and Vell argued for an hour, each touting their plans and saying the other lacks judgment.");
  c = claims_test::first_with_verb(cs, "saying");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "Dorn and Vell");
  cs = claims_test::stage_claims("After saying the canal was dry, she was taken to the clinic.");
  c = claims_test::first_with_verb(cs, "saying");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "she");
  CHECK(c->text == "the canal was dry");
}

TEST_CASE("faults: 'called X baseless' is a verdict, 'called the police again' is not", "[claims][faults]") {
  auto cs = claims_test::stage_claims("The company called the charges unsubstantiated and fabricated.");
  const Claim* c = claims_test::first_with_verb(cs, "called");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "The company");
  CHECK(claims_test::stage_claims("The mayor called the police again.").empty());
  CHECK(claims_test::stage_claims("The mayor called the meeting to discuss the budget.").empty());
}

TEST_CASE("faults: 'At least N officials said, however, that S'", "[claims][faults]") {
  auto cs = claims_test::stage_claims("At least two officials said, however, that the dam was safe.");
  const Claim* c = claims_test::first_with_verb(cs, "said");
  REQUIRE(c != nullptr);
  CHECK(c->speaker == "At least two officials");
  CHECK(c->text == "the dam was safe");
  // The impersonal frame stays speakerless after the determiner guard.
  cs = claims_test::stage_claims("It is worth noting that the levee was never inspected.");
  REQUIRE(!cs.empty());
  CHECK(cs.front().speaker.empty());
}
