// Links: contradiction kinds, traps, blocking keys, ad-hoc scores. Invented
// claims about an invented conflict (never the sample corpus).
#include <algorithm>
#include <set>
#include <catch2/catch.hpp>
#include <string>

#include "core/links/cues.hpp"
#include "core/links/facts.hpp"
#include "core/links/links.hpp"
#include "core/pipeline.hpp"

using namespace claims;
using namespace claims::links;

namespace {

// Entity ids of the invented world.
constexpr std::int64_t REBELS = 1, ARMY = 2, SAREE = 3, KHALIL = 4, MARIB = 10, HARIB = 11, OUTLET = 20;

time::Interval day(int y, int m, int d) { return time::Interval{{y, m, d}, {y, m, d}, "day"}; }

ClaimFacts claim(std::int64_t id, std::int64_t party, std::int64_t speaker, std::string text, std::string kind,
                 std::string stance = "asserts") {
  ClaimFacts c;
  c.id = id;
  c.article = id;
  c.text = std::move(text);
  c.kind = std::move(kind);
  c.stance = std::move(stance);
  c.party = party;
  c.party_name = party == REBELS ? "Rebel Front" : party == ARMY ? "National Army" : "";
  c.speaker = speaker;
  c.speaker_name = speaker == SAREE ? "Yahya Saree" : speaker == KHALIL ? "Ahmed Khalil" : "";
  c.said_on = "2022-03-07";
  return c;
}

ClaimFacts at(ClaimFacts c, std::int64_t place, std::string name) {
  c.location = place;
  c.location_name = name;
  c.entities.push_back(place);
  c.entity_names.push_back(std::move(name));
  return c;
}

quantities::Quantity qty(std::string text, double low, std::optional<double> high, std::string type,
                         std::string object = "fighters") {
  quantities::Quantity q;
  q.text = std::move(text);
  q.value = low;
  q.low = low;
  q.high = high;
  q.count_type = std::move(type);
  q.object = std::move(object);
  return q;
}

bool share_key(const ClaimFacts& a, const ClaimFacts& b) {
  auto ka = blocking_keys(a), kb = blocking_keys(b);
  for (const auto& k : ka)
    if (std::find(kb.begin(), kb.end(), k) != kb.end()) return true;
  return false;
}

}  // namespace

TEST_CASE("denial: explicit refutation of the other side's claim", "[links]") {
  auto a = at(claim(1, REBELS, SAREE, "rebel forces completely captured Marib province", "control"), MARIB, "Marib");
  auto b = at(claim(2, ARMY, KHALIL, "the rebels' claim of capturing Marib is false", "denial", "denies"), MARIB, "Marib");
  auto l = contradiction(a, b);
  REQUIRE(l);
  CHECK(l->kind == "denial");
  CHECK(l->score > 0.8);
  CHECK(l->score <= 1.0);
  CHECK(l->reason.find("Rebel Front (Yahya Saree, 7 Mar)") != std::string::npos);
  CHECK(l->reason.find("National Army (Ahmed Khalil, 7 Mar) denies it") != std::string::npos);
  // Symmetric.
  auto r = contradiction(b, a);
  REQUIRE(r);
  CHECK(r->kind == "denial");
}

TEST_CASE("denial: an unspecified 'the claim' answers the other side's recent assertion", "[links]") {
  auto a = at(claim(1, REBELS, SAREE, "rebel forces completely captured Marib province", "control"), MARIB, "Marib");
  auto b = claim(2, ARMY, KHALIL, "the claim", "denial", "denies");
  b.article = a.article;  // same article
  auto l = contradiction(a, b);
  REQUIRE(l);
  CHECK(l->kind == "denial");
  // Naming the side ("the rebels' claims") links across articles too.
  auto c = claim(3, ARMY, KHALIL, "the Rebel Front's claims", "denial", "denies");
  REQUIRE(contradiction(a, c));
  // An unspecified denial in another article, another place, no side named: no link.
  auto d = at(claim(4, ARMY, KHALIL, "the claim", "denial", "denies"), HARIB, "Harib");
  CHECK_FALSE(contradiction(a, d));
  // A denial a week later is about something else.
  auto e = c;
  e.said_on = "2022-03-20";
  CHECK_FALSE(contradiction(a, e));
}

TEST_CASE("control: opposite sides claim the same place at the same time", "[links]") {
  auto a = at(claim(1, REBELS, SAREE, "Marib province was completely conquered", "control"), MARIB, "Marib");
  auto b = at(claim(2, ARMY, KHALIL, "we control the entire province of Marib", "control"), MARIB, "Marib");
  auto l = contradiction(a, b);
  REQUIRE(l);
  CHECK(l->kind == "control");
  CHECK(l->reason.find("asserts control of Marib") != std::string::npos);
  // A district named together with its province: one side claims ALL of it.
  auto c = at(claim(3, REBELS, SAREE, "the Harib district of Marib had been captured", "control"), HARIB, "Harib");
  c.entities.push_back(MARIB);
  c.entity_names.push_back("Marib");
  REQUIRE(contradiction(c, b));
  // Without "all/entire", a claim on the province does not cover the district.
  auto d = at(claim(4, ARMY, KHALIL, "our forces hold positions in Marib", "control"), MARIB, "Marib");
  CHECK_FALSE(contradiction(c, d));
  // Different days far apart: no contradiction.
  auto e = b;
  e.said_on = "2022-04-20";
  CHECK_FALSE(contradiction(a, e));
}

TEST_CASE("quantity: irreconcilable intervals of the same count", "[links]") {
  auto a = at(claim(1, REBELS, SAREE, "over 700 fighters were killed", "casualties"), MARIB, "Marib");
  a.quantities.push_back(qty("over 700", 701, std::nullopt, "killed"));
  auto b = at(claim(2, ARMY, KHALIL, "nearly 500 fighters were killed", "casualties"), MARIB, "Marib");
  b.quantities.push_back(qty("nearly 500", 450, 499, "killed"));
  auto l = contradiction(a, b);
  REQUIRE(l);
  CHECK(l->kind == "quantity");
  CHECK(l->reason.find("over 700") != std::string::npos);
  // Reconcilable: "over 700" and "about 750".
  auto c = b;
  c.quantities = {qty("about 750", 700, 800, "killed")};
  CHECK_FALSE(contradiction(a, c));
  // Another count type is not compared.
  auto d = b;
  d.quantities = {qty("nearly 500", 450, 499, "captured")};
  CHECK_FALSE(contradiction(a, d));
  // Bare numbers (no count type) are never compared.
  auto e = b;
  e.quantities = {};
  CHECK_FALSE(contradiction(a, e));
}

TEST_CASE("event: it happened vs it did not", "[links]") {
  auto a = claim(1, REBELS, SAREE, "rebels shelled the Harib power station", "event");
  auto b = claim(2, ARMY, KHALIL, "nobody shelled the power station", "event");
  auto l = contradiction(a, b);
  REQUIRE(l);
  CHECK(l->kind == "event");
  // Same event at incompatible dates.
  auto c = claim(3, REBELS, SAREE, "the convoy reached Harib power station", "event");
  c.when = day(2022, 3, 1);
  auto d = claim(4, ARMY, KHALIL, "the convoy reached Harib power station", "event");
  d.when = day(2022, 3, 5);
  auto m = contradiction(c, d);
  REQUIRE(m);
  CHECK(m->kind == "event");
}

TEST_CASE("traps: agreement, corroboration, sequence, same-side figures", "[links]") {
  SECTION("five of seven districts agrees with all districts except two") {
    auto a = at(claim(1, REBELS, SAREE, "rebel forces seized five of the province's seven districts", "control"), MARIB, "Marib");
    auto b = at(claim(2, REBELS, 0, "rebels have taken all districts except Harib and Sirwah", "control"), MARIB, "Marib");
    CHECK_FALSE(contradiction(a, b));
    // Across sides: "except Harib" excludes the other side's Harib claim.
    auto c = at(claim(3, ARMY, KHALIL, "Harib district is controlled by the army", "control"), HARIB, "Harib");
    c.entities.push_back(MARIB);
    c.entity_names.push_back("Marib");
    CHECK_FALSE(contradiction(b, c));
  }
  SECTION("the same statement carried by two outlets corroborates") {
    auto a = at(claim(1, REBELS, SAREE, "at least 1,000 soldiers were trapped in Harib", "event"), HARIB, "Harib");
    auto b = a;
    b.id = 2;
    b.article = OUTLET;
    CHECK_FALSE(contradiction(a, b));
    CHECK(corroborates(a, b));
  }
  SECTION("a later change is a sequence") {
    auto a = at(claim(1, REBELS, SAREE, "rebels captured Harib district", "control"), HARIB, "Harib");
    auto b = at(claim(2, ARMY, KHALIL, "the army retook Harib district", "control"), HARIB, "Harib");
    b.said_on = "2022-03-08";
    CHECK_FALSE(contradiction(a, b));
  }
  SECTION("a side repeating its own figure with another qualifier") {
    auto a = claim(1, REBELS, SAREE, "700 soldiers were killed", "casualties");
    a.quantities.push_back(qty("700", 700, 700, "killed", "soldiers"));
    auto b = claim(2, REBELS, 0, "more than 900 soldiers were killed", "casualties");
    b.quantities.push_back(qty("more than 900", 901, std::nullopt, "killed", "soldiers"));
    CHECK_FALSE(contradiction(a, b));
  }
  SECTION("same side never contradicts, even a denial") {
    auto a = at(claim(1, ARMY, KHALIL, "the army controls Marib", "control"), MARIB, "Marib");
    auto b = claim(2, ARMY, 0, "reports of rebel advances are false", "denial", "denies");
    CHECK_FALSE(contradiction(a, b));
  }
}

TEST_CASE("blocking keys: contradicting claims meet, unrelated ones do not", "[links]") {
  auto a = at(claim(1, REBELS, SAREE, "Marib province was completely conquered", "control"), MARIB, "Marib");
  auto b = at(claim(2, ARMY, KHALIL, "we control the entire province of Marib", "control"), MARIB, "Marib");
  b.said_on = "2022-03-08";
  CHECK(share_key(a, b));
  auto c = at(claim(3, ARMY, KHALIL, "aid flights landed in Harib", "event"), HARIB, "Harib");
  CHECK_FALSE(share_key(a, c));
  auto d = b;
  d.said_on = "2022-05-01";  // same place, weeks later
  CHECK_FALSE(share_key(a, d));
  // Casualty figures meet on their count type.
  auto q1 = at(claim(4, REBELS, SAREE, "over 700 killed", "casualties"), MARIB, "Marib");
  q1.quantities.push_back(qty("over 700", 701, std::nullopt, "killed"));
  auto q2 = at(claim(5, ARMY, KHALIL, "nearly 500 killed", "casualties"), MARIB, "Marib");
  q2.quantities.push_back(qty("nearly 500", 450, 499, "killed"));
  CHECK(share_key(q1, q2));
  auto keys = blocking_keys(q1);
  CHECK(std::any_of(keys.begin(), keys.end(), [](const std::string& k) { return k.find("q:killed") != std::string::npos; }));
  // Undated claims fall in an "undated" bucket; empty facts yield keys safely.
  ClaimFacts empty;
  CHECK_NOTHROW(blocking_keys(empty));
}

TEST_CASE("facts_of: claims of an annotated text", "[links]") {
  auto ann = annotate_text(
      "Army spokesman Ahmed Khalil denied the claim, saying the army controls the entire province of Marib.",
      time::Date{2022, 3, 7});
  auto facts = facts_of(ann, 9);
  REQUIRE_FALSE(facts.empty());
  bool has_denial = false, has_control = false;
  for (const auto& f : facts) {
    CHECK(f.article == 9);
    if (f.stance == "denies") has_denial = true;
    if (f.kind == "control") {
      has_control = true;
      CHECK(f.location_name == "Marib");
      CHECK(f.location != 0);
    }
  }
  CHECK(has_denial);
  CHECK(has_control);
  // No attributed claim: one unattributed assertion of the whole text.
  auto plain = facts_of(annotate_text("The bridge at Harib did not collapse."));
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].stance == "denies");
  CHECK(plain[0].speaker == 0);
  CHECK(facts_of(annotate_text("")).empty());
}

TEST_CASE("facts_of feeds the rules: a denial built from text", "[links]") {
  auto a = facts_of(annotate_text("Rebels captured the airport at Harib."));
  auto b = facts_of(annotate_text("The army denied that the airport at Harib fell."));
  REQUIRE(a.size() == 1);
  REQUIRE_FALSE(b.empty());
  std::vector<ClaimFacts*> all{&a[0]};
  for (auto& f : b) all.push_back(&f);
  unify_entities(all);
  bool found = false;
  for (const auto& f : b)
    if (auto l = contradiction(a[0], f)) found = found || l->kind == "denial";
  CHECK(found);
}

TEST_CASE("contradiction_score on invented text pairs", "[links]") {
  CHECK(contradiction_score("Rebels captured the airport.", "The army denied the airport fell.") > 0);
  CHECK(contradiction_score("A giant squid washed ashore in Lisbon", "Giant squid photo is a hoax") >= 0.5);
  CHECK(contradiction_score("The minister resigned on Friday", "The minister did not resign") >= 0.5);
  CHECK(contradiction_score("The singer has died", "Reports of the singer's death are false") >= 0.5);
  CHECK(contradiction_score("Company X will close its factory", "No evidence that company X will close factory") > 0);
  // Agreement, paraphrase, unrelated: 0.
  CHECK(contradiction_score("Rebels captured the airport.", "Rebels captured the airport.") == 0);
  CHECK(contradiction_score("The minister resigned on Friday", "Minister quits after scandal") == 0);
  CHECK(contradiction_score("A giant squid washed ashore", "Stock markets rallied on Monday") == 0);
  // Doubt is not denial; a negated hoax affirms; "confirm or deny" withholds.
  CHECK(contradiction_score("A giant squid washed ashore in Lisbon", "Giant squid in Lisbon a hoax?") < 0.5);
  CHECK(contradiction_score("The video of the squid is real", "Fisherman insists squid video is not a hoax") == 0);
  CHECK(contradiction_score("Company X is buying Y", "Company X refuses to confirm or deny it is buying Y") == 0);
  // Negation in a subordinate clause is not the main predicate.
  CHECK(contradiction_score("A clerk who hadn't worked in years was fired", "Clerk fired after years of absence from work") == 0);
  // Robust on empty and huge inputs.
  CHECK(contradiction_score("", "") == 0);
  CHECK(contradiction_score("", "This is false.") == 0);
  std::string huge;
  for (int i = 0; i < 2000; ++i) huge += "The convoy reached the northern pass on the second day. ";
  CHECK_NOTHROW(contradiction_score(huge, "The convoy never reached the northern pass."));
}

TEST_CASE("cues: stems and polarity", "[links]") {
  CHECK(cues::stem("Claims") == "claim");
  CHECK(cues::stem("threatened") == cues::stem("threaten"));
  CHECK(cues::stem("Army's") == "army");
  auto p = cues::polarity("The report is a hoax");
  CHECK(p.refutes);
  CHECK_FALSE(cues::polarity("It was NOT a hoax").refutes);
  CHECK(cues::polarity("They didn't win").negated);
  CHECK_FALSE(cues::polarity("a man who didn't work").negated);
  CHECK(cues::polarity("Bigfoot hoax? New footage").question);
}

// The sample's own annotation: gold claims (with sides, places, dates) turned
// into ClaimFacts, then every annotated pair checked. Traps must never be
// flagged; the share of contradictions found is reported.
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

TEST_CASE("sample annotation: no trap flagged, contradictions found", "[links]") {
  std::ifstream cin_(std::string(FIXTURES_DIR) + "/annotations/panjshir_claims.jsonl");
  std::ifstream lin(std::string(FIXTURES_DIR) + "/annotations/panjshir_links.jsonl");
  REQUIRE(cin_.good());
  REQUIRE(lin.good());
  std::vector<nlohmann::json> gold;
  std::set<std::string> places;
  for (std::string line; std::getline(cin_, line);)
    if (!line.empty()) {
      gold.push_back(nlohmann::json::parse(line));
      if (!gold.back()["location"].get<std::string>().empty()) places.insert(gold.back()["location"].get<std::string>());
    }
  std::map<std::string, std::int64_t> ids;
  auto id_of = [&](const std::string& name) -> std::int64_t {
    if (name.empty()) return 0;
    return ids.emplace(name, static_cast<std::int64_t>(ids.size()) + 1).first->second;
  };
  auto facts_for = [&](const nlohmann::json& ref) {
    std::string file = ref["file"], content = ref["content"];
    ClaimFacts f;
    f.text = content;
    f.article = id_of("file:" + file);
    f.stance = "asserts";
    f.kind = "event";
    for (const auto& g : gold) {
      std::string gc = g["content"];
      if (g["file"] != file || (gc.find(content) == std::string::npos && content.find(gc) == std::string::npos)) continue;
      f.stance = g["stance"];
      f.kind = g["kind"];
      f.party_name = g["party"];
      f.party = id_of(f.party_name);
      f.speaker_name = g["speaker_canonical"];
      f.speaker = id_of(f.speaker_name);
      f.location_name = g["location"];
      f.location = id_of(f.location_name);
      f.said_on = g["said_on"];
      break;
    }
    for (const auto& p : places)
      if (content.find(p) != std::string::npos) {
        f.entities.push_back(id_of(p));
        f.entity_names.push_back(p);
      }
    for (auto& q : quantities::extract(content))
      if (q.count_type) f.quantities.push_back(q);
    return f;
  };
  int contradictions = 0, found = 0, traps = 0, flagged = 0;
  for (std::string line; std::getline(lin, line);) {
    if (line.empty()) continue;
    auto r = nlohmann::json::parse(line);
    auto a = facts_for(r["a"]), b = facts_for(r["b"]);
    auto l = contradiction(a, b);
    if (r["relation"] == "trap") {
      ++traps;
      if (l) {
        ++flagged;
        WARN("trap flagged: " << r["a"]["content"] << " || " << r["b"]["content"] << " → " << l->reason);
      }
    } else {
      ++contradictions;
      if (l) ++found;
    }
  }
  WARN("sample links: " << found << "/" << contradictions << " contradictions found, " << flagged << "/" << traps
                        << " traps flagged");
  CHECK(flagged == 0);
  CHECK(found * 2 >= contradictions);
}

// ---- refutation cues ----------------------------------------------------------

TEST_CASE("cues: a dismissal verb denies only a statement", "[links][cues]") {
  CHECK(cues::polarity("The minister slams rumours of his resignation").denies);
  CHECK(cues::polarity("The army dismissed the reports as propaganda").denies);
  CHECK(cues::polarity("The spokesman rejected as baseless the claim").denies);
  CHECK(cues::polarity("Coach shoots down report of a transfer").denies);
  // Without a statement as object the verb means something else.
  CHECK_FALSE(cues::polarity("Absent for years, the clerk was dismissed").denies);
  CHECK_FALSE(cues::polarity("The court rejects the appeal of the company").denies);
  CHECK(contradiction_score("The minister resigned on Friday", "Minister slams resignation rumours") >= 0.5);
}

TEST_CASE("cues: 'despite the reports' asserts the opposite of the reports", "[links][cues]") {
  CHECK(cues::polarity("The reporter is fine and still working, despite kidnap reports").refutes);
  CHECK(cues::polarity("Contrary to claims, the bridge is open").refutes);
  CHECK_FALSE(cues::polarity("The match went ahead despite the rain").refutes);
  CHECK(contradiction_score("The reporter was kidnapped in Harib",
                            "The reporter posts a video from Harib despite kidnap reports") >= 0.5);
}

TEST_CASE("cues: doubt refutes, 'no doubt' does not", "[links][cues]") {
  CHECK(cues::polarity("Scientists cast doubt on the meteorite claim").refutes);
  CHECK(cues::polarity("Experts doubt the crater was caused by a meteorite").refutes);
  CHECK_FALSE(cues::polarity("There is no doubt the crater was caused by a meteorite").refutes);
  CHECK(contradiction_score("A meteorite landed near Harib", "Experts doubt a meteorite landed near Harib") >= 0.5);
}

TEST_CASE("cues: withdrawing from what was announced negates it", "[links][cues]") {
  auto p = cues::polarity("The actor drops out of the war film");
  CHECK(p.withdraws);
  CHECK(p.negated);
  CHECK(contradiction_score("The actor will star in the war film", "The actor drops out of the war film") >= 0.5);
  CHECK(contradiction_score("The summit will take place in Harib", "The summit in Harib was called off") >= 0.5);
  // Both withdraw: they agree.
  CHECK(contradiction_score("The actor quits the war film", "The actor drops out of the war film") == 0);
}

TEST_CASE("cues: contrastive and compound negations are not the predicate's", "[links][cues]") {
  CHECK_FALSE(cues::polarity("Possession may mean a ticket, not an arrest").negated);
  CHECK_FALSE(cues::polarity("The council approves a no-arrest policy").negated);
  CHECK(cues::polarity("The protesters were not arrested").negated);
  CHECK(contradiction_score("Police will issue tickets rather than make arrests",
                            "Possession may soon mean a ticket, not an arrest") == 0);
}

TEST_CASE("synonyms: died, dead, death and killed meet", "[links][cues]") {
  CHECK(cues::stem("died") == cues::stem("dead"));
  CHECK(cues::stem("death") == cues::stem("killed"));
  CHECK(cues::stem("threats") == cues::stem("threatened"));
  CHECK(contradiction_score("The singer is dead", "The singer hasn't died") >= 0.5);
  CHECK(contradiction_score("The commander was killed in an airstrike", "The commander is not dead") >= 0.5);
}

TEST_CASE("event: opposite states of the same thing", "[links]") {
  std::vector<std::string> used;
  const std::string dead = cues::stem("dead"), alive = cues::stem("alive"), singer = cues::stem("singer");
  CHECK(cues::opposite_states({dead, singer}, {alive, singer}, &used));
  CHECK(std::find(used.begin(), used.end(), alive) != used.end());
  CHECK(std::find(used.begin(), used.end(), singer) == used.end());
  CHECK_FALSE(cues::opposite_states({alive, singer}, {alive, singer}, nullptr));
  CHECK(contradiction_score("The journalist was kidnapped in Harib", "The journalist says she is safe in Harib") >= 0.5);
  CHECK(contradiction_score("The fighter was killed by the rebels", "The fighter is alive and fighting on") >= 0.5);
  // Opposite states of unrelated things: nothing in common but the antonyms.
  CHECK(contradiction_score("A tourist was kidnapped", "The harbour is safe for ships") == 0);
  // Both in the same state: no contradiction.
  CHECK(contradiction_score("The journalist is safe", "The journalist is safe and well") == 0);
}

// ---- topic of a denial -------------------------------------------------------

TEST_CASE("denial by reference answers the other side's claims just before it", "[links]") {
  auto a = at(claim(1, REBELS, SAREE, "rebel forces completely captured Marib province", "control"), MARIB, "Marib");
  a.sentence = 10;
  auto d = at(claim(2, ARMY, KHALIL, "these allegations", "denial", "denies"), MARIB, "Marib");
  d.article = a.article;
  d.sentence = 12;
  CHECK(contradiction(a, d));
  // Far later in the article: it answers something else.
  auto far = d;
  far.sentence = 30;
  CHECK_FALSE(contradiction(a, far));
  // Before the claim: it cannot answer it.
  auto before = d;
  before.sentence = 8;
  CHECK_FALSE(contradiction(a, before));
  // Another article: only when it names the side, about the same place.
  auto other = at(claim(3, ARMY, KHALIL, "the Rebel Front's claims", "denial", "denies"), MARIB, "Marib");
  CHECK(contradiction(a, other));
  auto elsewhere = at(claim(4, ARMY, KHALIL, "the Rebel Front's claims", "denial", "denies"), HARIB, "Harib");
  CHECK_FALSE(contradiction(a, elsewhere));
}

TEST_CASE("explicit denial needs the topic, not only the shared province", "[links]") {
  auto occupy = at(claim(1, ARMY, KHALIL, "the rebels' claim of occupying Marib is false", "denial", "denies"), MARIB, "Marib");
  auto conquered = at(claim(2, REBELS, SAREE, "Marib was completely conquered", "control"), MARIB, "Marib");
  auto aid = at(claim(3, REBELS, SAREE, "aid convoys reached Marib", "event"), MARIB, "Marib");
  REQUIRE(contradiction(conquered, occupy));  // control of the place is the topic
  CHECK(contradiction(conquered, occupy)->kind == "denial");
  CHECK_FALSE(contradiction(aid, occupy));  // only the province in common
  auto convoy = at(claim(4, ARMY, KHALIL, "reports of aid convoys are false", "denial", "denies"), MARIB, "Marib");
  CHECK(contradiction(aid, convoy));  // a word of the topic in common
}

// ---- control: who holds the place -------------------------------------------

TEST_CASE("control: an unknown speaker's claim held by the side it names as agent", "[links]") {
  auto a = at(claim(1, REBELS, SAREE, "rebel fighters entered Harib and took the governor's office", "control"), HARIB, "Harib");
  auto held = at(claim(2, 0, 0, "most of Harib district is controlled by the army", "control"), HARIB, "Harib");
  held.entities.push_back(ARMY);
  held.entity_names.push_back("army");
  held.entity_sides = {0, ARMY};
  auto l = contradiction(a, held);
  REQUIRE(l);
  CHECK(l->kind == "control");
  // Named after the control cue, the side is the opponent, not the holder.
  auto opponent = at(claim(3, 0, 0, "Harib was conquered after fighting with the army", "control"), HARIB, "Harib");
  opponent.entities.push_back(ARMY);
  opponent.entity_names.push_back("army");
  opponent.entity_sides = {0, ARMY};
  CHECK_FALSE(contradiction(a, opponent));
  // No side at all: no control contradiction.
  auto nobody = at(claim(4, 0, 0, "Harib district is under control", "control"), HARIB, "Harib");
  CHECK_FALSE(contradiction(a, nobody));
}

TEST_CASE("control: 'the other side was pushed back from A and B' covers both places", "[links]") {
  auto upper = at(claim(1, REBELS, SAREE, "the rebels gained the upper hand in Marib", "control"), MARIB, "Marib");
  upper.entities.push_back(REBELS);
  upper.entity_names.push_back("Rebel Front");
  auto pushed = at(claim(2, ARMY, KHALIL, "the Rebel Front was pushed back from Harib and Marib", "control"), HARIB, "Harib");
  pushed.entities.push_back(REBELS);
  pushed.entity_names.push_back("Rebel Front");
  pushed.entities.push_back(MARIB);
  pushed.entity_names.push_back("Marib");
  auto l = contradiction(upper, pushed);
  REQUIRE(l);
  CHECK(l->kind == "control");
  // A side conceding its own loss elsewhere does not contradict.
  auto own = pushed;
  own.text = "our forces were pushed back from Harib";
  own.entities = {HARIB};
  own.entity_names = {"Harib"};
  CHECK_FALSE(contradiction(upper, own));
}

TEST_CASE("control: a claim that names no place holds no ground", "[links]") {
  auto conquered = at(claim(1, REBELS, SAREE, "Marib province was completely conquered", "control"), MARIB, "Marib");
  // Located at Marib only by its context: who won a fight, not who holds where.
  auto attackers = at(claim(2, ARMY, KHALIL, "all the attackers were killed or captured as they fled", "control"), MARIB, "Marib");
  CHECK_FALSE(contradiction(conquered, attackers));
  // A common place noun names the place.
  auto valley = at(claim(3, ARMY, KHALIL, "our forces hold all positions in the valley", "control"), MARIB, "Marib");
  CHECK(contradiction(conquered, valley));
}

TEST_CASE("denial by reference across articles answers only control claims of the side", "[links]") {
  auto held = at(claim(1, REBELS, SAREE, "rebel forces completely captured Marib province", "control"), MARIB, "Marib");
  auto toll = at(claim(2, REBELS, SAREE, "the army suffered heavy casualties in Marib", "casualties"), MARIB, "Marib");
  auto named = at(claim(3, ARMY, KHALIL, "the Rebel Front's claims", "denial", "denies"), MARIB, "Marib");
  CHECK(contradiction(held, named));
  CHECK_FALSE(contradiction(toll, named));
  // In its own article, just after it, the same denial answers the figure too.
  auto here = named;
  here.article = toll.article;
  toll.sentence = 4;
  here.sentence = 5;
  CHECK(contradiction(toll, here));
}

TEST_CASE("corroboration: the same figure from two outlets, not a different one", "[links][clusters]") {
  auto over = at(claim(1, REBELS, SAREE, "Over 300 from the army killed", "casualties"), MARIB, "Marib");
  over.quantities.push_back(qty("Over 300", 301, std::nullopt, "killed", ""));
  over.quantities.back().object.reset();
  auto exact = at(claim(2, REBELS, SAREE, "300 army soldiers killed, 200 captured", "casualties"), MARIB, "Marib");
  exact.quantities.push_back(qty("300", 300, 300, "killed", "army soldiers"));
  exact.quantities.push_back(qty("200", 200, 200, "captured", ""));
  exact.article = OUTLET;
  // The same side's figure in other words ("invaders" for "soldiers").
  auto other_words = at(claim(3, REBELS, 0, "More than 300 invaders were killed", "casualties"), MARIB, "Marib");
  other_words.quantities.push_back(qty("More than 300", 301, std::nullopt, "killed", "invaders"));
  CHECK(corroborates(over, exact));
  CHECK(corroborates(exact, other_words));
  // A different figure of the same side shares words but asserts another thing.
  auto thousand = at(claim(4, REBELS, SAREE, "Nearly a thousand army soldiers have been killed, wounded or captured",
                           "casualties"), MARIB, "Marib");
  thousand.quantities.push_back(qty("Nearly a thousand", 900, 1000, "killed+wounded+captured", "army soldiers"));
  CHECK_FALSE(corroborates(thousand, over));
  CHECK_FALSE(corroborates(thousand, exact));
}

TEST_CASE("corroboration: another kind or the other side is not the same assertion", "[links][clusters]") {
  auto toll = at(claim(1, REBELS, SAREE, "Over 300 army soldiers were killed in Marib province", "casualties"), MARIB,
                 "Marib");
  toll.quantities.push_back(qty("Over 300", 301, std::nullopt, "killed", "army soldiers"));
  // The other side's victory words overlap ("army", "Marib", "province").
  auto victory = at(claim(2, ARMY, KHALIL, "army victory in Marib province", "control"), MARIB, "Marib");
  CHECK_FALSE(corroborates(toll, victory));
  // A report of fighting names the place too, but asserts no figure.
  auto fighting = at(claim(3, REBELS, 0, "Heavy fighting was reported in Marib province between army soldiers", "event"),
                     MARIB, "Marib");
  CHECK_FALSE(corroborates(toll, fighting));
  // The same words from the other side: not counted as one assertion.
  auto mirrored = toll;
  mirrored.id = 4;
  mirrored.party = ARMY;
  mirrored.party_name = "National Army";
  mirrored.speaker = KHALIL;
  mirrored.speaker_name = "Ahmed Khalil";
  CHECK_FALSE(corroborates(toll, mirrored));
}

TEST_CASE("denial naming the claim's owner does not answer a third party", "[links]") {
  auto denial = at(claim(1, REBELS, SAREE, "the National Army's claim of occupying Marib is false", "denial", "denies"),
                   MARIB, "Marib");
  denial.entities.push_back(ARMY);
  denial.entity_names.push_back("National Army");
  denial.entity_sides.assign(denial.entities.size(), 0);
  denial.entity_sides.back() = ARMY;
  auto occupied = at(claim(2, ARMY, KHALIL, "army units are occupying Marib", "control"), MARIB, "Marib");
  CHECK(contradiction(occupied, denial));
  // An ally of the denier (another party, same view) saying where a leader is.
  constexpr std::int64_t ALLIES = 5;
  auto ally = at(claim(3, ALLIES, 0, "he is still occupying his post in Marib", "statement"), MARIB, "Marib");
  ally.party_name = "Northern Alliance";
  auto ally_link = contradiction(ally, denial);
  CHECK_FALSE(ally_link);
  if (ally_link) FAIL_CHECK(ally_link->reason);
  // An unattributed statement may be anyone's: still answered.
  auto unknown = at(claim(4, 0, 0, "troops are occupying Marib", "control"), MARIB, "Marib");
  CHECK(contradiction(unknown, denial));
}

TEST_CASE("event: a negation set off by commas is an aside, not the other's event negated", "[links][cues]") {
  CHECK(cues::polarity("They are not allowing food, nothing, to be entered into the valley").negated_scope ==
        std::vector<std::string>{"allow", "food"});
  auto mp = at(claim(1, 0, KHALIL, "They are not allowing food, nothing, to be entered into Marib", "statement"), MARIB,
               "Marib");
  auto village = at(claim(2, 0, 0, "gunmen had entered their village and shot at parked cars", "event"), MARIB, "Marib");
  CHECK_FALSE(contradiction(village, mp));
  // A plain negation of the same event still is one.
  auto denied = at(claim(3, 0, KHALIL, "gunmen had not entered the village", "event"), MARIB, "Marib");
  CHECK(contradiction(village, denied));
}

TEST_CASE("control: two places named side by side are not one inside the other", "[links]") {
  // The army holds ALL of Marib; the rebels speak of Harib, naming Marib
  // only next to it: no containment stated, no common place.
  auto whole = at(claim(1, ARMY, KHALIL, "Marib province was completely conquered", "control"), MARIB, "Marib");
  auto side = at(claim(2, REBELS, SAREE, "rebel forces hold Harib and are advancing on Marib", "control"), HARIB, "Harib");
  side.entities.push_back(MARIB);
  side.entity_names.push_back("Marib");
  CHECK_FALSE(contradiction(whole, side));
  // Stated containment ("the Harib district of Marib") makes it part of the whole.
  auto part = at(claim(3, REBELS, SAREE, "the Harib district of Marib is held by rebel forces", "control"), HARIB, "Harib");
  part.entities.push_back(MARIB);
  part.entity_names.push_back("Marib");
  auto l = contradiction(whole, part);
  REQUIRE(l);
  CHECK(l->kind == "control");
  // Either way round: "Marib's capital Harib" names the part entered, and
  // the other side holds all of Harib.
  auto entered = at(claim(4, ARMY, KHALIL, "army units entered Marib's capital Harib", "control"), MARIB, "Marib");
  entered.entities.push_back(HARIB);
  entered.entity_names.push_back("Harib");
  auto all_harib = at(claim(5, REBELS, SAREE, "all of Harib district is under rebel control", "control"), HARIB, "Harib");
  CHECK(contradiction(entered, all_harib));
}

TEST_CASE("control: an unnamed part of a place meets only a claim to all of it", "[links]") {
  auto part = at(claim(1, REBELS, SAREE, "rebel fighters cleared a district in Marib province", "control"), MARIB, "Marib");
  auto some = at(claim(2, ARMY, KHALIL, "the army seized five of the province's seven districts", "control"), MARIB, "Marib");
  CHECK_FALSE(contradiction(part, some));
  auto all = at(claim(3, ARMY, KHALIL, "the army has taken all districts of Marib province", "control"), MARIB, "Marib");
  CHECK(contradiction(part, all));
}
