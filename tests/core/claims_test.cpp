// Attributed claims: one section per mechanism (cue patterns, speaker
// position, quotes, continuation, passive, denial, headlines, hedging,
// kind), with invented sentences about made-up conflicts; hostile inputs;
// and end-to-end checks on the sample articles through the real pipeline
// stages (splitter, entities, quantities).
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/claims/claims.hpp"
#include "core/claims/hedging.hpp"
#include "core/claims/kind.hpp"
#include "core/claims/quotes.hpp"
#include "core/claims/tokens.hpp"
#include "core/entities/entities.hpp"
#include "core/quantities/quantities.hpp"
#include "core/sentences/splitter.hpp"

using claims::attribution::Claim;

namespace {

// The claims stage alone: sentences split, no entities, no quantities.
std::vector<Claim> claims_of(const std::string& text) {
  auto sents = claims::sentences::split(text);
  return claims::attribution::extract(text, sents, claims::entities::Analysis{}, {});
}

// The pipeline order: split, entities, quantities, claims.
std::vector<Claim> pipeline_claims(const std::string& text) {
  auto sents = claims::sentences::split(text);
  auto ents = claims::entities::analyze(text, sents);
  auto qs = claims::quantities::extract(text);
  return claims::attribution::extract(text, sents, ents, qs);
}

void check_invariants(const std::string& text, const std::vector<Claim>& cs) {
  for (const auto& c : cs) {
    REQUIRE(c.start <= c.end);
    REQUIRE(c.end <= text.size());
    REQUIRE(c.speaker_start <= c.speaker_end);
    REQUIRE(c.speaker_end <= text.size());
    REQUIRE(c.verb_end <= text.size());
    REQUIRE(c.text == text.substr(c.start, c.end - c.start));
    REQUIRE(c.speaker == text.substr(c.speaker_start, c.speaker_end - c.speaker_start));
    REQUIRE(c.verb == text.substr(c.verb_start, c.verb_end - c.verb_start));
    REQUIRE(c.confidence >= 0.0);
    REQUIRE(c.confidence <= 1.0);
    REQUIRE((c.stance == "asserts" || c.stance == "denies"));
  }
}

// The single claim whose verb is `verb` (fails when not exactly one).
const Claim& by_verb(const std::vector<Claim>& cs, const std::string& verb) {
  const Claim* found = nullptr;
  int n = 0;
  for (const auto& c : cs)
    if (c.verb == verb) found = &c, ++n;
  INFO("claims with verb '" << verb << "': " << n);
  REQUIRE(n == 1);
  return *found;
}

std::string read_fixture(const std::string& name) {
  std::ifstream f(std::string(FIXTURES_DIR) + "/panjshir/" + name, std::ios::binary);
  REQUIRE(f.good());
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

const Claim* with_text(const std::vector<Claim>& cs, const std::string& text) {
  for (const auto& c : cs)
    if (c.text == text) return &c;
  return nullptr;
}

}  // namespace

TEST_CASE("indirect speech: speaker before the cue, content after 'that'", "[claims]") {
  std::string t = "The defence ministry said on Monday that rebels had shelled the harbour.";
  auto cs = claims_of(t);
  check_invariants(t, cs);
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker == "The defence ministry");
  CHECK(cs[0].verb == "said");
  CHECK(cs[0].text == "rebels had shelled the harbour");
  CHECK_FALSE(cs[0].is_quote);
  CHECK(cs[0].stance == "asserts");
  CHECK(cs[0].kind == "event");
  CHECK(cs[0].confidence >= 0.7);  // common-noun speaker
  auto named = claims_of("Colonel Varga said that rebels had shelled the harbour.");
  REQUIRE(named.size() == 1);
  CHECK(named[0].confidence >= 0.85);  // explicit said-that, named speaker
  auto passive = claims_of("It was claimed that rebels had shelled the harbour.");
  REQUIRE(passive.size() == 1);
  CHECK(passive[0].confidence < named[0].confidence);
}

TEST_CASE("each reporting cue is recognised", "[claims]") {
  for (std::string cue : {"says", "claimed", "announced", "added", "stated", "reported", "revealed", "confirmed",
                          "warned", "insisted"}) {
    std::string t = "Colonel Varga " + cue + " that the convoy reached the border town.";
    auto cs = claims_of(t);
    INFO(t);
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Colonel Varga");
    CHECK(cs[0].verb == cue);
    CHECK(cs[0].text == "the convoy reached the border town");
  }
}

TEST_CASE("hearer and channel between cue and content", "[claims]") {
  SECTION("told CNN") {
    auto cs = claims_of("General Ortega told CNN that his troops retook the airport.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "General Ortega");
    CHECK(cs[0].verb == "told");
    CHECK(cs[0].text == "his troops retook the airport");
    CHECK(cs[0].kind == "control");
  }
  SECTION("told dpa, no 'that'") {
    auto cs = claims_of("A local elder told dpa the bridge had been blown up overnight.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "A local elder");
    CHECK(cs[0].text == "the bridge had been blown up overnight");
  }
  SECTION("wrote on Twitter / tweeted / in a statement") {
    auto cs = claims_of("The militia's spokesman wrote on Twitter that the depot was destroyed.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "The militia's spokesman");
    CHECK(cs[0].text == "the depot was destroyed");
    cs = claims_of("The resistance tweeted that 40 soldiers had surrendered.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "The resistance");
    CHECK(cs[0].verb == "tweeted");
    cs = claims_of("The army said in a statement that the offensive had stalled.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].text == "the offensive had stalled");
  }
}

TEST_CASE("speaker after the content: tag and inversion", "[claims]") {
  SECTION("…, X said") {
    auto cs = claims_of("Twelve soldiers were killed in the ambush, the army said.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "the army");
    CHECK(cs[0].text == "Twelve soldiers were killed in the ambush");
    CHECK(cs[0].kind == "casualties");
  }
  SECTION("…, said X") {
    auto cs = claims_of("Twelve soldiers were killed in the ambush, said a military spokesman.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "a military spokesman");
    CHECK(cs[0].verb == "said");
    CHECK(cs[0].text == "Twelve soldiers were killed in the ambush");
  }
  SECTION("apposition and relative clause before the cue") {
    auto cs = claims_of("The spokesperson of the Northern Front, Ivo Saric, wrote that the pass was closed.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "The spokesperson of the Northern Front, Ivo Saric");
    cs = claims_of("A farmer from the valley, who asked not to be named, said militiamen entered his village.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "A farmer from the valley");
    CHECK(cs[0].text == "militiamen entered his village");
  }
}

TEST_CASE("according to X, before or after", "[claims]") {
  auto cs = claims_of("According to the regional governor, the dam was damaged by shelling.");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker == "the regional governor");
  CHECK(cs[0].verb == "According to");
  CHECK(cs[0].text == "the dam was damaged by shelling");
  cs = claims_of("The dam was damaged by shelling, according to the regional governor.");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker == "the regional governor");
  CHECK(cs[0].text == "The dam was damaged by shelling");
}

TEST_CASE("direct quotes: speaker before, after, next and previous sentence", "[claims]") {
  SECTION("quote then tag") {
    std::string t = "\u201cWe hold the northern ridge,\u201d Brandt said.";
    auto cs = claims_of(t);
    check_invariants(t, cs);
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Brandt");
    CHECK(cs[0].is_quote);
    CHECK(cs[0].text == "We hold the northern ridge");
  }
  SECTION("inverted tag after the quote") {
    auto cs = claims_of("\"We hold the northern ridge,\" said Colonel Brandt.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Colonel Brandt");
    CHECK(cs[0].is_quote);
  }
  SECTION("speaker then colon and quote") {
    auto cs = claims_of("Brandt said: \"We hold the northern ridge.\"");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Brandt");
    CHECK(cs[0].is_quote);
    CHECK(cs[0].text == "We hold the northern ridge.");
  }
  SECTION("a quote over several sentences, tag at the end") {
    // One claim per quoted sentence, each with the speaker and cue.
    std::string t = "\"The town is ours. The enemy fled. We will rebuild,\" the commander said in a video.";
    auto cs = claims_of(t);
    REQUIRE(cs.size() == 3);
    for (const auto& c : cs) CHECK(c.speaker == "the commander");
    CHECK(cs[0].text == "The town is ours.");
    CHECK(cs[1].text == "The enemy fled.");
    CHECK(cs[2].text == "We will rebuild");
  }
  SECTION("tag alone in the next sentence takes the previous quote") {
    auto cs = claims_of("\"We hold the northern ridge.\" Brandt said.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].speaker == "Brandt");
    CHECK(cs[0].is_quote);
    CHECK(cs[0].text == "We hold the northern ridge.");
  }
  SECTION("a quote sentence after a claim of the same paragraph continues its speaker") {
    auto cs = claims_of("Brandt said the ridge was quiet. \"Nobody has crossed the river since Tuesday.\"");
    REQUIRE(cs.size() == 2);
    CHECK(cs[1].speaker == "Brandt");
    CHECK(cs[1].is_quote);
    CHECK(cs[1].text == "Nobody has crossed the river since Tuesday.");
    CHECK(cs[1].confidence < cs[0].confidence);
  }
}

TEST_CASE("a quote-only paragraph continues the previous paragraph's quoted speaker", "[claims]") {
  std::string t =
      "\"The siege is broken,\" the governor said.\n\n"
      "\"Food convoys will reach the city by Friday and the wounded will be evacuated.\"\n\n"
      "\"Nobody knows what comes next.\"";
  auto cs = claims_of(t);
  check_invariants(t, cs);
  REQUIRE(cs.size() == 3);
  CHECK(cs[1].speaker == "the governor");
  CHECK(cs[1].is_quote);
  CHECK(cs[1].text == "Food convoys will reach the city by Friday and the wounded will be evacuated.");
  CHECK(cs[2].speaker == "the governor");
  // Not after a paragraph with a quote: no continuation.
  auto none = claims_of("The governor spoke briefly.\n\n\"Nobody knows what comes next.\"");
  CHECK(none.empty());
}

TEST_CASE("passive and impersonal reports", "[claims]") {
  auto cs = claims_of("It was reported that the dam had collapsed.");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker.empty());
  CHECK(cs[0].text == "the dam had collapsed");
  CHECK(cs[0].confidence < 0.5);
  cs = claims_of("It has been claimed that the airfield was mined.");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker.empty());
  CHECK(cs[0].verb == "claimed");
  cs = claims_of("Reports said the convoy was hit near the checkpoint.");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker == "Reports");
  CHECK(cs[0].text == "the convoy was hit near the checkpoint");
  cs = claims_of("There were unconfirmed reports that the bridge had been destroyed.");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker.empty());
  CHECK(cs[0].verb == "reports");
  CHECK(cs[0].hedged);
  cs = claims_of("This was told by a militia commander in a radio message.");
  CHECK(cs.size() <= 1);  // no previous sentence: nothing to attach (no crash)
}

TEST_CASE("denials and refutations", "[claims]") {
  auto cs = claims_of("The ministry denied that its jets had bombed the market.");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].verb == "denied");
  CHECK(cs[0].stance == "denies");
  CHECK(cs[0].kind == "denial");
  CHECK(cs[0].text == "its jets had bombed the market");
  cs = claims_of("The rebels rejected reports that they had withdrawn from the hills.");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].stance == "denies");
  CHECK(cs[0].speaker == "The rebels");
  cs = claims_of("The claim is false, the commander said.");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].stance == "denies");
  cs = claims_of("The government dismissed the video as propaganda.");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].stance == "denies");
  cs = claims_of("The militia appeared to rebut the army's claims.");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].verb == "rebut");
  CHECK(cs[0].speaker == "The militia");
  CHECK(cs[0].stance == "denies");
  cs = claims_of("The front refuted these allegations, saying its fighters still hold the pass.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[1].speaker == "The front");
  // The counter-assertion is the front's own claim, not a denial
  // (fixtures/annotations/README.md: "An assertion that comes with a denial
  // ... is annotated as a separate asserts claim").
  CHECK(cs[0].stance == "denies");
  CHECK(cs[1].stance == "asserts");
  // "did not deny" is no denial and no claim.
  cs = claims_of("Although it did not deny the town had fallen, the army said other areas held out.");
  CHECK(by_verb(cs, "said").stance == "asserts");
  for (const auto& c : cs) CHECK(c.verb != "deny");
}

TEST_CASE("headlines without a final stop", "[claims]") {
  auto cs = claims_of("Rebels claim capture of Lorvia airport");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker == "Rebels");
  CHECK(cs[0].verb == "claim");
  CHECK(cs[0].text == "capture of Lorvia airport");
  CHECK(cs[0].kind == "control");
  cs = claims_of("Over 40 killed in Mirovsk shelling, claims regional governor");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker == "regional governor");
  CHECK(cs[0].text == "Over 40 killed in Mirovsk shelling");
  CHECK(cs[0].kind == "casualties");
  cs = claims_of("Capital seized; palace breached, says militia");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker == "militia");
  CHECK(cs[0].text == "Capital seized; palace breached");
  cs = claims_of("Army claims victory in the east, but militia says it still holds the hills");
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].text == "victory in the east");
  CHECK(cs[1].speaker == "militia");
  CHECK(cs[1].text == "it still holds the hills");
}

TEST_CASE("participles and coordinated cues keep the subject", "[claims]") {
  auto cs = claims_of("The army claimed victory, with a spokesman saying the region was cleared.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].text == "victory");
  CHECK(cs[1].speaker == "a spokesman");
  CHECK(cs[1].text == "the region was cleared");
  cs = claims_of("The mayor promised more buses and said the shelters were full.");
  REQUIRE(cs.size() == 2);
  CHECK(cs[1].speaker == "The mayor");
  CHECK(cs[1].text == "the shelters were full");
}

TEST_CASE("hedging", "[claims]") {
  SECTION("hedge words in the sentence; 'claimed' is not a hedge") {
    auto cs = claims_of("Reportedly, the rebels claimed that they took the fort.");
    REQUIRE(cs.size() == 1);
    CHECK(cs[0].hedged);
    cs = claims_of("The rebels claimed that they took the fort.");
    REQUIRE(cs.size() == 1);
    CHECK_FALSE(cs[0].hedged);
  }
  SECTION("a disclaimer sentence hedges the preceding claims of its paragraph") {
    auto cs = claims_of(
        "The militia said it shot down a drone. The army said it lost no aircraft. "
        "The accounts could not be independently verified.\n\nThe mayor said the school reopened.");
    REQUIRE(cs.size() == 3);
    CHECK(cs[0].hedged);
    CHECK(cs[1].hedged);
    CHECK_FALSE(cs[2].hedged);
  }
  SECTION("a disclaimer paragraph hedges the paragraph before") {
    auto cs = claims_of(
        "The mayor said the school reopened.\n\nThe militia said it shot down a drone.\n\n"
        "The information could not be verified independently.");
    REQUIRE(cs.size() == 2);
    CHECK_FALSE(cs[0].hedged);
    CHECK(cs[1].hedged);
  }
  SECTION("the rule itself") {
    // sentences 0,1 in paragraph 0; 2 (disclaimer) opens paragraph 1
    auto h = claims::attribution::hedged_by_disclaimers({0, 1}, {false, false, true}, {0, 0, 1});
    CHECK(h == std::vector<bool>{true, true});
    CHECK(claims::attribution::is_verification_disclaimer(" cnn cannot independently verify the image . "));
  }
}

TEST_CASE("kind classification", "[claims]") {
  using claims::attribution::classify_kind;
  CHECK(classify_kind(" the rebels seized the bridge ", false, false) == "control");
  CHECK(classify_kind(" the town fell to the militia ", false, false) == "control");
  CHECK(classify_kind(" the valleys are under the army's control ", false, false) == "control");
  CHECK(classify_kind(" five soldiers were killed ", false, false) == "casualties");
  CHECK(classify_kind(" 600 had been captured ", false, true) == "casualties");
  CHECK(classify_kind(" the delegates met in the capital ", false, false) == "event");
  CHECK(classify_kind(" heavy fighting continued ", false, false) == "event");
  CHECK(classify_kind(" the talks were constructive ", false, false) == "statement");
  CHECK(classify_kind(" they seized the bridge ", true, false) == "denial");
  // An aim is no claim of control.
  CHECK(classify_kind(" the rebels hope to be able to clear the valley ", false, false) == "statement");
  CHECK(classify_kind(" the army plans to capture the pass ", false, false) == "statement");
}

TEST_CASE("quote regions tolerate unbalanced marks", "[claims]") {
  std::string t = "He said \"open and never closed\nNext line \" stray";
  auto rs = claims::attribution::find_quotes(t);
  REQUIRE(rs.size() == 2);
  CHECK_FALSE(rs[0].closed);
  CHECK(t.substr(rs[0].inner_start, rs[0].inner_end - rs[0].inner_start) == "open and never closed");
  auto toks = claims::attribution::tokenize(t, 0, t.size());
  CHECK(toks.size() > 5);
}

TEST_CASE("bad inputs: no crash, bounded time, sensible output", "[claims]") {
  SECTION("empty text and a text with no claims") {
    CHECK(claims_of("").empty());
    CHECK(claims_of("The river rose overnight. Schools were closed.").empty());
  }
  SECTION("unbalanced quotes") {
    std::string t = "\u201cWe will not leave, the elder said. \u201d\u201d\u201c Then \" he left.\n\u201d";
    auto cs = claims_of(t);
    check_invariants(t, cs);
  }
  SECTION("a quote with no speaker anywhere yields no claim") {
    CHECK(claims_of("\"Nobody will ever know what happened here.\"").empty());
  }
  SECTION("a 10,000-word sentence") {
    std::string t;
    for (int i = 0; i < 10000; ++i) t += (i % 50 == 7) ? "officials said " : "word ";
    t += ".";
    auto t0 = std::chrono::steady_clock::now();
    auto cs = claims_of(t);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
    check_invariants(t, cs);
    CHECK(ms < 5000);
  }
  SECTION("many quotes and cues in one long paragraph") {
    std::string t;
    for (int i = 0; i < 3000; ++i) t += "\"Hold the line,\" he said. \"More.\" ";
    auto t0 = std::chrono::steady_clock::now();
    auto cs = claims_of(t);
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
    check_invariants(t, cs);
    CHECK(cs.size() >= 3000);
    CHECK(ms < 5000);
  }
  SECTION("sentence spans out of range are tolerated") {
    std::string t = "The army said the town was taken.";
    std::vector<claims::sentences::Span> bad{{0, 34}, {30, 500}, {40, 20}};
    auto cs = claims::attribution::extract(t, bad, claims::entities::Analysis{}, {});
    check_invariants(t, cs);
  }
}

TEST_CASE("pronoun speakers resolve to the nearest fitting mention", "[claims]") {
  std::string t = "Captain Mora inspected the lines. He said the enemy had withdrawn.";
  auto sents = claims::sentences::split(t);
  claims::entities::Analysis a;
  claims::entities::Entity person;
  person.name = "Captain Mora";
  person.kind = claims::entities::Kind::person;
  a.entities.push_back(person);
  claims::entities::Mention m;
  m.start = 0;
  m.end = 12;
  m.text = "Captain Mora";
  m.entity = 0;
  a.mentions.push_back(m);
  auto cs = claims::attribution::extract(t, sents, a, {});
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker == "He");
  CHECK(cs[0].speaker_entity == 0);
}

TEST_CASE("sample 002: quotes, tags and the NRF denial", "[claims]") {
  std::string t = read_fixture("002_e570f30f2768eb7d.txt");
  auto cs = pipeline_claims(t);
  check_invariants(t, cs);
  const Claim* c = with_text(cs, "Most of Bazarak district and all the side valleys are controlled by the NRF");
  REQUIRE(c);
  CHECK(c->speaker == "Nazary");
  CHECK(c->verb == "said");
  CHECK(c->is_quote);
  CHECK(c->kind == "control");
  bool denial_found = false;
  for (const auto& x : cs)
    if (x.text.rfind("Taliban's claim of occupying Panjshir is false.", 0) == 0) {
      denial_found = true;
      CHECK(x.stance == "denies");
      CHECK(x.speaker == "the NRF");
    }
  CHECK(denial_found);
  // Headline: "Taliban claims victory in Panjshir, but resistance forces say …"
  const Claim* h = with_text(cs, "victory in Panjshir");
  REQUIRE(h);
  CHECK(h->speaker == "Taliban");
  CHECK(h->verb == "claims");
}

TEST_CASE("sample 000: the verification disclaimer hedges Dashti's claim", "[claims]") {
  std::string t = read_fixture("000_2f6a8e7e424e2d0b.txt");
  auto cs = pipeline_claims(t);
  check_invariants(t, cs);
  bool found = false;
  for (const auto& c : cs) {
    if (c.speaker == "Dashti" && c.verb == "said") {
      found = true;
      CHECK(c.hedged);
      CHECK(c.kind == "casualties");
      CHECK(c.text.rfind("Nearly a thousand Taliban fighters", 0) == 0);
    }
    if (c.verb == "claimed" && c.text.rfind("their forces have seized", 0) == 0) CHECK_FALSE(c.hedged);
  }
  CHECK(found);
}

TEST_CASE("sample 001: inverted headline", "[claims]") {
  std::string t = read_fixture("001_e1696c1e9824bb27.txt");
  auto cs = pipeline_claims(t);
  check_invariants(t, cs);
  const Claim* c = with_text(cs, "Over 700 from Taliban killed");
  REQUIRE(c);
  CHECK(c->speaker == "Panjshir resistance");
  CHECK(c->verb == "claims");
  CHECK(c->kind == "casualties");
}

// --- mechanisms added for broader attribution coverage -------------------

TEST_CASE("nested attribution: the outer content holds the inner one", "[claims]") {
  std::string t = "Colonel Varga said he thinks the rebels will withdraw from the valley.";
  auto cs = claims_of(t);
  check_invariants(t, cs);
  const Claim& said = by_verb(cs, "said");
  CHECK(said.speaker == "Colonel Varga");
  CHECK(said.text == "he thinks the rebels will withdraw from the valley");
  const Claim& thinks = by_verb(cs, "thinks");  // a belief with a plain clause
  CHECK(thinks.speaker == "he");
  CHECK(thinks.text == "the rebels will withdraw from the valley");
  CHECK(thinks.confidence < said.confidence);
}

TEST_CASE("call for / call on / called X \"Y\"", "[claims]") {
  std::string t = "The mayor of Oskar called for an immediate ceasefire in the port.";
  auto cs = claims_of(t);
  check_invariants(t, cs);
  const Claim& c = by_verb(cs, "called for");
  CHECK(c.speaker == "The mayor of Oskar");
  CHECK(c.text == "an immediate ceasefire in the port");
  auto day = claims_of("The mayor of Oskar called Friday for a ceasefire in the port.");
  REQUIRE(day.size() == 1);
  CHECK(day[0].verb == "called Friday for");
  CHECK(day[0].text == "a ceasefire in the port");
  auto on = claims_of("The governor called on the militia to release the hostages.");
  REQUIRE(on.size() == 1);
  CHECK(on[0].verb == "called on");
  CHECK(on[0].text.find("release the hostages") != std::string::npos);
  auto verdict = claims_of("General Tamm called the shelling \"a war crime\" on Friday.");
  REQUIRE(verdict.size() == 1);
  CHECK(verdict[0].speaker == "General Tamm");
  // "the so-called" and passive "was called" are no cues.
  CHECK(claims_of("The town was called \"the fortress\" by locals.").empty());
}

TEST_CASE("asking someone to act: object + infinitive is the demand", "[claims]") {
  auto cs = claims_of("Governor Ilves asked the Orrin council to reopen the ferry.");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker == "Governor Ilves");
  CHECK(cs[0].text == "the Orrin council to reopen the ferry");
  auto p = claims_of("Farmers begged the mayor to drop the canal levy.");
  REQUIRE(p.size() == 1);
  CHECK(p[0].verb == "begged");
  // A question keeps its own reading; no object or no verb after "to" is no demand.
  auto q = claims_of("Governor Ilves asked whether the ferry would run.");
  REQUIRE(q.size() == 1);
  CHECK(q[0].text == "whether the ferry would run");
  CHECK(claims_of("The crowd begged to the end.").empty());
  CHECK(claims_of("The guard pressed the button to open the gate.").empty());
}

TEST_CASE("a weak verb of saying takes a plain clause opened by a subject pronoun", "[claims]") {
  auto cs = claims_of("Minister Oskar Tamm maintained he had never seen the ferry accounts.");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker == "Minister Oskar Tamm");
  CHECK(cs[0].text == "he had never seen the ferry accounts");
  // Without a pronoun subject the weak verb still needs "that".
  CHECK(claims_of("Minister Oskar Tamm maintained the ferry accounts.").empty());
}

TEST_CASE("'as X put it' quotes X's words; 'put it on' is no cue", "[claims]") {
  auto cs = claims_of("As the Orrin harbour chief recently put it, the ferry fares are a scandal.");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].verb == "put it");
  CHECK(cs[0].speaker == "the Orrin harbour chief");
  CHECK(cs[0].text == "the ferry fares are a scandal");
  CHECK(claims_of("The crew put it on the Tellis quay as a gift.").empty());
  // Closing the sentence: "S, as X said." — the clause before "as".
  auto tail = claims_of("The Vell ferry will not run this winter, as the harbour chief said on Monday.");
  REQUIRE(tail.size() == 1);
  CHECK(tail[0].speaker == "the harbour chief");
  CHECK(tail[0].text == "The Vell ferry will not run this winter");
}

TEST_CASE("wants/plans with an infinitive, evidence verbs with a poll or study", "[claims]") {
  std::string t = "The rebel council wants to hold talks in the capital.";
  auto cs = claims_of(t);
  check_invariants(t, cs);
  const Claim& w = by_verb(cs, "wants");
  CHECK(w.speaker == "The rebel council");
  CHECK(w.text == "to hold talks in the capital");
  CHECK(w.confidence < 0.75);
  // A noun "plans" is no cue.
  CHECK(claims_of("The army unveiled plans to rebuild the bridge.").empty());
  // A wish with a noun object is a position; its object is the content.
  auto np = claims_of("The Orrin farmers want lower ferry fares.");
  REQUIRE(np.size() == 1);
  CHECK(np[0].speaker == "The Orrin farmers");
  CHECK(np[0].text == "lower ferry fares");
  auto rel = claims_of("The rebels want policies that restore the old port.");
  REQUIRE(rel.size() == 1);
  CHECK(rel[0].text == "policies that restore the old port");
  CHECK(claims_of("Heavy rain wants attention.").empty());
  // A refusal is an intention too; "to" must open an infinitive.
  auto d = claims_of("Minister Oskar Tamm declined to reopen the port.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].speaker == "Minister Oskar Tamm");
  CHECK(d[0].text == "to reopen the port");
  CHECK(claims_of("Grain exports declined to 200 tonnes.").empty());
  // "declined to comment." keeps the verb of saying in its content; with
  // a clause after it, the verb of saying carries the claim.
  auto dc = claims_of("Minister Oskar Tamm declined to comment.");
  REQUIRE(dc.size() == 1);
  CHECK(dc[0].text == "to comment");
  auto rs = claims_of("Minister Oskar Tamm refused to say whether the port would reopen.");
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].speaker == "Minister Oskar Tamm");
  CHECK(rs[0].text == "whether the port would reopen");
  CHECK(claims_of("The militia plans to the west were abandoned.").empty());
  std::string p = "A new poll shows that most residents oppose the curfew.";
  auto ps = claims_of(p);
  const Claim& sh = by_verb(ps, "shows");
  CHECK(sh.speaker == "A new poll");
  CHECK(sh.text == "most residents oppose the curfew");
  auto st = claims_of("One study found the blockade doubled food prices.");
  REQUIRE(st.size() == 1);
  CHECK(st[0].text == "the blockade doubled food prices");
  // The evidence verb closing the sentence as a tag: "S, an analysis shows."
  auto tag = claims_of("Ferry fares doubled in two years, a new analysis of port records shows.");
  REQUIRE(tag.size() == 1);
  CHECK(tag[0].speaker == "a new analysis of port records");
  CHECK(tag[0].text == "Ferry fares doubled in two years");
  // A person does not "show" a claim.
  CHECK(claims_of("The commander showed the reporters the damaged bridge.").empty());
}

TEST_CASE("quote tags: a long quote closing on a comma is the tag's content, whatever follows", "[claims]") {
  auto cs = claims_of("\"The ferry will run again before the winter,\" she said at a news conference announcing "
                      "that the port of Oskar had reopened.");
  const Claim* c = with_text(cs, "The ferry will run again before the winter");
  REQUIRE(c != nullptr);
  CHECK(c->verb == "said");
  // "that" right after the cue opens the reported clause.
  auto th = claims_of("\"We will win this vote in the end,\" she said that the count was wrong.");
  REQUIRE(th.size() == 1);
  CHECK(th[0].text == "the count was wrong");
}

TEST_CASE("quote tags: comma before a quote, quote split by the tag, hearer after the tag", "[claims]") {
  std::string t = "Asked about the convoy, Major Ilves said, \"We will not let it pass.\"";
  auto cs = claims_of(t);
  check_invariants(t, cs);
  const Claim& c = by_verb(cs, "said");
  CHECK(c.text == "We will not let it pass.");
  CHECK(c.is_quote);
  std::string split = "\"The bridge is ours,\" the colonel said, \"and we will keep it.\"";
  auto ss = claims_of(split);
  check_invariants(split, ss);
  REQUIRE(ss.size() == 2);
  CHECK(ss[0].text == "The bridge is ours");
  CHECK(ss[1].text == "and we will keep it.");
  CHECK(ss[1].speaker == "the colonel");
  std::string told = "\"You lied to the council,\" Varga told the minister, after the vote.";
  auto ts = claims_of(told);
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].text == "You lied to the council");
  // A quoted title before the subject is no tag.
  std::string title = "On \"Morning Hour,\" Senator Rask said his rival had fled the region.";
  auto tt = claims_of(title);
  REQUIRE(tt.size() == 1);
  CHECK(tt[0].text == "his rival had fled the region");
}

TEST_CASE("inverted speaker followed by a prepositional phrase; sentence-initial 'Said X:'", "[claims]") {
  std::string t = "\"The shelling never stopped,\" said one aid worker in the city.";
  auto cs = claims_of(t);
  check_invariants(t, cs);
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker == "one aid worker");
  CHECK(cs[0].text == "The shelling never stopped");
  std::string s = "Said Ilves: \"The port is closed to all ships.\"";
  auto ss = claims_of(s);
  check_invariants(s, ss);
  REQUIRE(ss.size() == 1);
  CHECK(ss[0].speaker == "Ilves");
  CHECK(ss[0].text == "The port is closed to all ships.");
}

TEST_CASE("appositions: participle, age and dashes between subject and cue", "[claims]") {
  auto a = claims_of("Varga, speaking to reporters in the port, said the convoy had been turned back.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].speaker == "Varga");
  CHECK(a[0].text == "the convoy had been turned back");
  auto b = claims_of("Mira Tamm, 34, said soldiers had searched every house.");
  REQUIRE(b.size() == 1);
  CHECK(b[0].speaker == "Mira Tamm");
  auto c = claims_of("Rask -- the author of a book on the war -- said the offensive had stalled.");
  REQUIRE(c.size() == 1);
  CHECK(c[0].speaker == "Rask");
  CHECK(c[0].text == "the offensive had stalled");
}

TEST_CASE("participle or coordinated cue with no earlier cue takes the clause subject", "[claims]") {
  std::string t = "During a speech in the capital, the general attacked the rebels, saying they had used civilians as shields.";
  auto cs = claims_of(t);
  check_invariants(t, cs);
  const Claim& c = by_verb(cs, "saying");
  CHECK(c.speaker == "the general");
  CHECK(c.text == "they had used civilians as shields");
  auto d = claims_of("The envoy criticised the blockade and said aid convoys must be allowed in.");
  const Claim& e = by_verb(d, "said");
  CHECK(e.speaker == "The envoy");
}

TEST_CASE("transcript labels, headline labels and dash credits", "[claims]") {
  std::string t = "Partial transcript:\n\n\"VARGA: We hold the northern bank. The bridge is intact.\n\n"
                  "Note: the interview was edited.\n";
  auto cs = claims_of(t);
  check_invariants(t, cs);
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker == "VARGA");
  CHECK(cs[0].verb == ":");
  CHECK(cs[0].text == "We hold the northern bank. The bridge is intact");
  std::string credit = "\xE2\x80\x9CThe siege has to end now.\xE2\x80\x9D \xE2\x80\x95 Lena Ruud\n"
                       "\xE2\x80\x9CNobody listens to us.\xE2\x80\x9D\xE2\x80\x95 Omar Haddad.\n";
  auto ds = claims_of(credit);
  check_invariants(credit, ds);
  REQUIRE(ds.size() == 2);
  CHECK(ds[0].speaker == "Lena Ruud");
  CHECK(ds[0].text == "The siege has to end now.");
  CHECK(ds[1].speaker == "Omar Haddad");
  // A closing mark used as the opening one at the start of a line.
  std::string typo = "\xE2\x80\x9DThe town is empty.\xE2\x80\x9D \xE2\x80\x95 Ana Sild\n";
  auto ts = claims_of(typo);
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].text == "The town is empty.");
}

TEST_CASE("title-case headline verbs", "[claims]") {
  std::string t = "Rebel Commander Says Ceasefire Has Collapsed";
  auto cs = claims_of(t);
  check_invariants(t, cs);
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker == "Rebel Commander");
  CHECK(cs[0].text == "Ceasefire Has Collapsed");
  auto tag = claims_of("Port Was Shelled Overnight, Mayor Says.");
  REQUIRE(tag.size() == 1);
  CHECK(tag[0].text == "Port Was Shelled Overnight");
  CHECK(claims_of("The United States Embassy reopened.").empty());
}

TEST_CASE("judging, topic and question cues take their object", "[claims]") {
  std::string t = "The governor criticized the decision to close the border.";
  auto cs = claims_of(t);
  check_invariants(t, cs);
  const Claim& c = by_verb(cs, "criticized");
  CHECK(c.speaker == "The governor");
  CHECK(c.text == "the decision to close the border");
  CHECK(c.confidence < 0.75);  // a verdict, not a report of fact
  // Only a name, pronoun or role/group noun judges: rain welcomes nothing.
  CHECK(claims_of("Heavy rain welcomed the convoy at the pass.").empty());
  // A judging verb with no object is no claim.
  CHECK(claims_of("The mayor praised.").empty());
  auto sp = claims_of("The minister spoke about the reconstruction of the dam.");
  const Claim& about = by_verb(sp, "spoke about");
  CHECK(about.speaker == "The minister");
  CHECK(about.text == "the reconstruction of the dam");
  auto po = claims_of("The envoy pointed out that the ceasefire had held for a week.");
  CHECK(by_verb(po, "pointed out").text == "the ceasefire had held for a week");
  auto q = claims_of("Lawmakers asked whether the deal required new funds.");
  CHECK(by_verb(q, "asked").text == "whether the deal required new funds");
  // Asking someone to do something is a request without a question.
  CHECK(claims_of("The officer asked him to leave the checkpoint.").empty());
}

TEST_CASE("evidence verbs in headlines and findings with 'that'", "[claims]") {
  std::string v = "Video shows that the convoy was hit twice.";
  auto vs = claims_of(v);
  check_invariants(v, vs);
  CHECK(by_verb(vs, "shows").text == "the convoy was hit twice");
  auto h = claims_of("New Poll Shows Support For Truce");
  CHECK(by_verb(h, "Shows").text == "Support For Truce");
  auto f = claims_of("The Valley Observer found that one in four homes was damaged.");
  const Claim& fo = by_verb(f, "found");
  CHECK(fo.speaker == "The Valley Observer");
  CHECK(fo.text == "one in four homes was damaged");
  // Finding an object is no finding of a claim.
  CHECK(claims_of("The Valley Observer found the missing boat.").empty());
}

TEST_CASE("speaker phrases stop at 'that' and at a verb with its object", "[claims]") {
  std::string t = "Spokesman Ali Ren said Monday that President Ode called for calm in the north.";
  auto cs = claims_of(t);
  check_invariants(t, cs);
  CHECK(by_verb(cs, "called for").speaker == "President Ode");
  std::string r = "The envoy said he backs elders in the capital who have called for an end to the siege.";
  auto rs = claims_of(r);
  // The relative clause's cue nests in the outer content.
  CHECK(by_verb(rs, "said").text == "he backs elders in the capital who have called for an end to the siege");
}

TEST_CASE("a group's unnamed representative and 'he' after it speak for the group", "[claims]") {
  std::string t =
      "Heavy fighting was reported in the Koral Valley, where fighters of the Koral Liberation Front (KLF) "
      "battle an army offensive.\n\nThis was told by a front representative in a video message.\n\n"
      "\"We hold the northern pass,\" he said.\n\n"
      "A resident of the Varna district said soldiers had left the village.\n";
  auto cs = pipeline_claims(t);
  check_invariants(t, cs);
  auto sents = claims::sentences::split(t);
  auto ents = claims::entities::analyze(t, sents);
  const Claim& told = by_verb(cs, "told");
  CHECK(told.text.rfind("Heavy fighting was reported", 0) == 0);
  // The impersonal "was reported" is the same claim as the representative's.
  for (const auto& c : cs)
    if (c.start == told.start && c.end == told.end) CHECK(c.verb == "told");
  REQUIRE(told.speaker_entity >= 0);
  CHECK(ents.entities[told.speaker_entity].kind == claims::entities::Kind::organization);
  const Claim* quote = with_text(cs, "We hold the northern pass");
  REQUIRE(quote != nullptr);
  CHECK(quote->speaker == "he");
  CHECK(quote->speaker_entity == told.speaker_entity);
  // A place inside the speaker phrase is where the speaker lives.
  const Claim* res = with_text(cs, "soldiers had left the village");
  REQUIRE(res != nullptr);
  CHECK(res->speaker == "A resident of the Varna district");
  if (res->speaker_entity >= 0) CHECK(ents.entities[res->speaker_entity].kind != claims::entities::Kind::place);
}

TEST_CASE("tags with trailing adverbials, one-word subjects with a description, 'that' ending a clause", "[claims]") {
  auto a = claims_of("\"We will not leave the valley,\" Orlov said sarcastically.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].text == "We will not leave the valley");
  auto b = claims_of("\"The road is open,\" she said several months later.");
  REQUIRE(b.size() == 1);
  CHECK(b[0].text == "The road is open");
  auto c = claims_of("Varnia, the rebels' only ally, said it was opposed to the offensive.");
  const Claim& cs = by_verb(c, "said");
  CHECK(cs.speaker == "Varnia");
  CHECK(cs.text == "it was opposed to the offensive");
  auto d = claims_of("Analysts said the latest offensive could change that.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].text == "the latest offensive could change that");
  // A segment opened by "and" is a clause, not an insertion after a subject.
  auto e = claims_of("The talks failed with the elders, and the truce collapsed, said one source familiar with the talks.");
  const Claim& s = by_verb(e, "said");
  CHECK(s.speaker.rfind("one source", 0) == 0);
  CHECK(s.text == "The talks failed with the elders, and the truce collapsed");
}

TEST_CASE("dash credits followed by the next credited quote on the same line", "[claims]") {
  std::string t =
      "\xE2\x80\x9CThe siege must end.\xE2\x80\x9D \xE2\x80\x95 Ana Sild \xE2\x80\x9CWe need bread.\xE2\x80\x9D \xE2\x80\x95 Ivo Tamm\n";
  auto cs = claims_of(t);
  check_invariants(t, cs);
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].speaker == "Ana Sild");
  CHECK(cs[0].text == "The siege must end.");
  CHECK(cs[1].speaker == "Ivo Tamm");
  CHECK(cs[1].text == "We need bread.");
}

TEST_CASE("stance nouns owned by a speaker; manner adverbs before the cue", "[claims]") {
  std::string t = "Residents dismissed the Governor's claim that the wells were safe.";
  auto cs = claims_of(t);
  check_invariants(t, cs);
  const Claim& c = by_verb(cs, "claim");
  CHECK(c.speaker == "Governor's");
  CHECK(c.text == "the wells were safe");
  // The noun cue is nested in the outer content, which it does not cut.
  const Claim& d = by_verb(cs, "dismissed");
  CHECK(d.text == "the Governor's claim that the wells were safe");
  auto p = claims_of("The council welcomed Mayor Ivo's promise to reopen the market.");
  CHECK(by_verb(p, "promise").text == "to reopen the market");
  // Without an owner a noun is no cue.
  CHECK(claims_of("A promise to reopen the market was made.").empty());
  auto m = claims_of("The experts generally praised the new irrigation plan.");
  const Claim& pr = by_verb(m, "praised");
  CHECK(pr.speaker == "The experts");
  CHECK(pr.text == "the new irrigation plan");
}

TEST_CASE("verdicts with 'a', one-name objects, plural judges, participles after 'by'", "[claims]") {
  auto v = claims_of("The minister has called the blockade a crime against civilians.");
  CHECK(by_verb(v, "called").text.find("the blockade a crime") != std::string::npos);
  // Calling a meeting is no verdict.
  CHECK(claims_of("The council called an emergency meeting on Sunday.").empty());
  auto e = claims_of("A union representing nurses endorsed Marta Lind for mayor.");
  const Claim& en = by_verb(e, "endorsed");
  CHECK(en.text == "Marta Lind for mayor");
  auto b = claims_of("The general opened the briefing by saying the front had stabilised.");
  const Claim& s = by_verb(b, "saying");
  CHECK(s.speaker == "The general");
  CHECK(s.text == "the front had stabilised");
}

TEST_CASE("passive judging with its agent", "[claims]") {
  std::string t = "The truce plan was criticized by opposition leaders.";
  auto cs = claims_of(t);
  check_invariants(t, cs);
  const Claim& c = by_verb(cs, "criticized");
  CHECK(c.speaker == "opposition leaders");
  CHECK(c.text == "The truce plan");
  // Without an agent there is no speaker and no claim.
  CHECK(claims_of("The truce plan was criticized.").empty());
}

TEST_CASE("a headline ending in a quote after a colon", "[claims]") {
  std::string t = "Governor Ana Lind Hammers Bank Chiefs: \xE2\x80\x9CYou Should Resign\xE2\x80\x9D\n\n"
                  "Governor Ana Lind spoke to reporters on Monday.\n";
  auto cs = pipeline_claims(t);
  check_invariants(t, cs);
  const Claim* q = with_text(cs, "You Should Resign");
  REQUIRE(q != nullptr);
  CHECK(q->speaker.find("Ana Lind") != std::string::npos);
  // In running text a colon before a quote is no headline.
  auto run = claims_of("The challenge is shown by this finding: \"most firms report nothing\" and more.\n");
  CHECK(with_text(run, "most firms report nothing") == nullptr);
}

TEST_CASE("beliefs with an infinitive; a second 'that' complement stays in the content", "[claims]") {
  auto a = claims_of("The new company agreed to clean up the old mines.");
  CHECK(by_verb(a, "agreed").text == "to clean up the old mines");
  std::string t = "The spokesman claimed the enemy had suffered losses, and that the rebels hope to take the pass soon.";
  auto cs = claims_of(t);
  check_invariants(t, cs);
  // Two complements of one cue are two claims of the same speaker.
  REQUIRE(with_text(cs, "the enemy had suffered losses") != nullptr);
  const Claim* second = with_text(cs, "the rebels hope to take the pass soon");
  REQUIRE(second != nullptr);
  CHECK(second->verb == "claimed");
  CHECK(second->speaker == "The spokesman");
  CHECK(by_verb(cs, "hope").text == "to take the pass soon");
}

TEST_CASE("stance adjectives after 'be'; a verb with its object ends a speaker phrase", "[claims]") {
  std::string t = "Senator Vale has been critical of the ceasefire since it began.";
  auto cs = claims_of(t);
  check_invariants(t, cs);
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker == "Senator Vale");
  CHECK(cs[0].text.rfind("the ceasefire", 0) == 0);
  auto c = claims_of("Residents are convinced that the dam will hold.");
  REQUIRE(c.size() == 1);
  CHECK(c[0].text == "the dam will hold");
  // An adjective without its complement is no claim.
  CHECK(claims_of("The residents were worried.").empty());
  auto v = claims_of("Aides tried to placate the donors who argued that the plan was sound.");
  CHECK(by_verb(v, "argued").speaker == "the donors");
}

TEST_CASE("'it became known that' is an impersonal report", "[claims]") {
  auto cs = claims_of("It later became known that the bridge to the harbour had been blown up.");
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].speaker.empty());
  CHECK(cs[0].text == "the bridge to the harbour had been blown up");
  auto named = claims_of("Colonel Varga said that rebels had shelled the harbour.");
  REQUIRE(named.size() == 1);
  CHECK(cs[0].confidence < named[0].confidence);
  // "known" as an adjective reports nothing.
  CHECK(claims_of("The well-known harbour was shelled on Monday.").empty());
  CHECK(claims_of("He is known as a careful commander.").empty());
}

TEST_CASE("'with a spokesman saying' speaks for the sentence's subject", "[claims]") {
  std::string t =
      "The Ardent Army has claimed victory in the north, with a spokesman saying the port had been taken.";
  auto sents = claims::sentences::split(t);
  auto ents = claims::entities::analyze(t, sents);
  auto cs = claims::attribution::extract(t, sents, ents, claims::quantities::extract(t));
  bool found = false;
  for (const auto& c : cs) {
    if (c.speaker != "a spokesman") continue;
    found = true;
    REQUIRE(c.speaker_entity >= 0);
    CHECK(ents.entities[c.speaker_entity].name == "Ardent Army");
  }
  CHECK(found);
}

TEST_CASE("a claim about people trapped is an event, one about the killed a casualty claim", "[claims]") {
  auto trapped = pipeline_claims("At least 400 soldiers were trapped in the valley, the colonel said.");
  REQUIRE(trapped.size() == 1);
  CHECK(trapped[0].kind == "event");
  auto killed = pipeline_claims("At least 400 soldiers were killed in the valley, the colonel said.");
  REQUIRE(killed.size() == 1);
  CHECK(killed[0].kind == "casualties");
}

TEST_CASE("a phrase governed by a preposition is no speaker: the clause subject is", "[claims]") {
  auto a = claims_of("The tribunal decided after a lengthy inquiry not to recommend charges against the harbour master.");
  CHECK(by_verb(a, "recommend").speaker == "The tribunal");
  auto b = claims_of("Governor Ostrava took to the radio overnight to accuse the militia of looting.");
  CHECK(by_verb(b, "accuse").speaker == "Governor Ostrava");
  // "after" opening a clause keeps that clause's own subject.
  auto c = claims_of("The mayor resigned shortly after he appeared to suggest that the bridge was unsafe.");
  CHECK(by_verb(c, "suggest").speaker == "he");
}

TEST_CASE("adverbs between the subject and the cue are skipped", "[claims]") {
  auto cs = claims_of("The two unions together vowed to resist the new port tariffs.");
  CHECK(by_verb(cs, "vowed").speaker == "The two unions");
  auto s = claims_of("Engineers would sometimes dismiss warnings that the dam was leaking.");
  CHECK(by_verb(s, "dismiss").speaker == "Engineers");
}

TEST_CASE("a title-case headline before a colon is no speaker label", "[claims]") {
  std::string t =
      "Rivers.\n\nThe Long Drought Ends Here: Rain returned to the valley farms after three dry years.\n";
  for (const auto& c : pipeline_claims(t)) CHECK(c.speaker != "The Long Drought Ends Here");
}

TEST_CASE("a participle with its preposition stays in the subject; ', which' keeps its antecedent", "[claims]") {
  auto cs = claims_of("Many people involved in the talks assumed that the port would reopen.");
  CHECK(by_verb(cs, "assumed").speaker == "Many people involved in the talks");
  auto w = claims_of("The river unions, which together vowed to block the new tariffs, met on Monday.");
  CHECK(by_verb(w, "vowed").speaker == "The river unions");
  // A clause before ", which" is no speaker.
  auto c = claims_of("My uncle died of fever, which confirmed that the clinic had failed.");
  for (const auto& x : c) CHECK(x.speaker != "My uncle died of fever");
}

TEST_CASE("a bare verb after a modal opens no speaker phrase", "[claims]") {
  auto cs = claims_of("Voters may not let pamphlets tell them how to vote in the port elections.");
  CHECK(by_verb(cs, "tell").speaker == "Voters");
}

TEST_CASE("a quote tag whose cue is followed by a preposition keeps the name after the quote", "[claims]") {
  std::string t =
      "\u201cThe tariff is a tax on every fisherman,\u201d Lena Voss, the harbour commissioner of Ostrava, one of the ports "
      "opposing the rule, said at a Tallin conference this month.";
  auto cs = claims_of(t);
  const Claim& c = by_verb(cs, "said");
  CHECK(c.speaker == "Lena Voss");
  CHECK(c.text.find("tariff") != std::string::npos);
  std::string u =
      "\u201cIt is a fair plan,\u201d Marek Halas, director of the Harbour Institute and a lecturer at the Naval School, "
      "said of the mayor's budget.";
  CHECK(by_verb(claims_of(u), "said").speaker == "Marek Halas");
}

TEST_CASE("a cue word that agreement makes a noun has no speaker before it", "[claims]") {
  // A plural quantifier before a singular-looking word: "claims" is a noun.
  auto a = claims_of("The auditor rated so many Coastal claims as inaccurate because they lacked context.");
  for (const auto& c : a) CHECK(c.speaker != "many Coastal");
  // An adjective before a bare form: "comment" is a noun.
  auto b = claims_of("The scandal led the mayor to make a controversial comment that described the dockers as idle.");
  for (const auto& c : b) CHECK(c.speaker != "a controversial");
  // The claim is kept with an empty speaker rather than a wrong one.
  const Claim& comment = by_verb(b, "comment");
  CHECK(comment.speaker.empty());
  CHECK(comment.text.find("dockers") != std::string::npos);
  // A role noun that ends like an adjective still speaks.
  auto c = claims_of("A harbour official said that the dockers would return on Monday.");
  CHECK(by_verb(c, "said").speaker == "A harbour official");
}

TEST_CASE("a year after its preposition and a lone participle are no speaker", "[claims]") {
  auto a = claims_of("I hope in 2031 Varnia says that the dam was worth it.");
  for (const auto& c : a) CHECK(c.speaker != "2031 Varnia");
  auto b = claims_of("Ports should pay some tax. (Having said that, there are economists who argue that the levy is too high.)");
  for (const auto& c : b) CHECK(c.speaker != "(Having");
}

TEST_CASE("the object of a relative clause or the agent of a reduced relative is no speaker", "[claims]") {
  auto a = claims_of("One of the pilots who signed the petition called the new runway a hazard.");
  CHECK(by_verb(a, "called").speaker == "One of the pilots");
  auto b = claims_of("Other leaked memos combed through by Harbour Weekly suggest that the tender was rigged.");
  CHECK(by_verb(b, "suggest").speaker == "Other leaked memos");
}

TEST_CASE("an adjective before a bare form ending in -ss is a modifier", "[claims]") {
  auto cs = claims_of("Clinics treat underlying illnesses such as post-viral stress that keeps sailors ashore.");
  for (const auto& c : cs) CHECK(c.speaker != "post-viral");
}
