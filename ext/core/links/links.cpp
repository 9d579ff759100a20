// Contradiction and corroboration rules over ClaimFacts.
//
// Every rule is a constant amount of work per pair of claims (plus the
// length of their texts): candidate pairs come from blocking_keys(), so a
// pass over n claims costs O(sum of bucket sizes squared), not O(n²).
#include "core/links/links.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <set>

#include "core/links/cues.hpp"
#include "core/links/facts.hpp"
#include "core/pipeline.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::links {
namespace {

// ---- dates ------------------------------------------------------------------

std::int64_t days(const time::Date& d) {  // days since 1970-01-01 (civil)
  int y = d.year - (d.month <= 2 ? 1 : 0);
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(d.month > 2 ? d.month - 3 : d.month + 9);
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(d.day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

struct Span {
  std::int64_t first = 0, last = 0;
  bool day = false;  // day precision
};

std::optional<Span> span_of(const ClaimFacts& f) {
  if (f.when) {
    Span s{days(f.when->first), days(f.when->last), f.when->precision == "day"};
    if (s.last < s.first) std::swap(s.first, s.last);
    return s;
  }
  if (auto d = time::parse_iso_date(f.said_on)) return Span{days(*d), days(*d), true};
  return std::nullopt;
}

// How compatible the time windows are: 1 same day, 0.9 overlapping or
// within two days, 0.9 unknown, 0 apart.
double time_factor(const ClaimFacts& a, const ClaimFacts& b) {
  auto sa = span_of(a), sb = span_of(b);
  if (!sa || !sb) return 0.9;
  if (sa->day && sb->day && sa->first == sb->first && sa->last == sb->last) return 1.0;
  std::int64_t gap = std::max(sa->first, sb->first) - std::min(sa->last, sb->last);
  if (gap <= 2) return 0.95;
  return 0;
}

std::string short_date(const ClaimFacts& f) {
  static const std::array<const char*, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::optional<time::Date> d = time::parse_iso_date(f.said_on);
  if (!d && f.when) d = f.when->first;
  if (!d || d->month < 1 || d->month > 12) return "";
  return std::to_string(d->day) + " " + months[static_cast<std::size_t>(d->month - 1)];
}

// ---- sides --------------------------------------------------------------------

bool same_side(const ClaimFacts& a, const ClaimFacts& b) {
  if (a.party != 0 && a.party == b.party) return true;
  if (a.speaker != 0 && a.speaker == b.speaker) return true;
  if (a.party != 0 && a.party == b.speaker) return true;
  if (b.party != 0 && b.party == a.speaker) return true;
  return false;
}

bool opposite_sides(const ClaimFacts& a, const ClaimFacts& b) {
  return a.party != 0 && b.party != 0 && a.party != b.party;
}

// 1 for known opposite sides, 0.85 when a side is unknown.
double side_factor(const ClaimFacts& a, const ClaimFacts& b) { return opposite_sides(a, b) ? 1.0 : 0.85; }

// ---- text ---------------------------------------------------------------------

// What the rules read of a claim's text, computed once per ClaimFacts.
struct TextAnalysis {
  std::vector<std::string> toks;
  std::vector<std::string> stems;
  cues::Polarity pol;
  bool denial = false;    // denies / refutes another statement
  bool negative = false;  // denial or plain negation
};

const TextAnalysis& analysis_of(const ClaimFacts& f) {
  if (!f.analysis) {
    auto a = std::make_shared<TextAnalysis>();
    a->toks = cues::tokens(f.text);
    a->stems = cues::content_stems(a->toks);
    a->pol = cues::polarity(f.text);
    // A plain negation ("did not resign") is an event polarity, not a denial
    // of another statement; the extractor's "denies" stance is.
    a->denial = f.kind == "denial" || a->pol.refutes || a->pol.denies || (f.stance == "denies" && !a->pol.negated);
    if (a->pol.neutral) a->denial = a->pol.negated = false;  // "refused to confirm or deny"
    a->negative = a->denial || a->pol.negated;
    f.analysis = a;
  }
  return *static_cast<const TextAnalysis*>(f.analysis.get());
}

// A claim as the rules see it: the facts and their text's analysis.
struct View {
  const ClaimFacts* f;
  const std::vector<std::string>& toks;
  const std::vector<std::string>& stems;
  const cues::Polarity& pol;
  bool denial;
  bool negative;
};

View view_of(const ClaimFacts& f) {
  const TextAnalysis& a = analysis_of(f);
  return View{&f, a.toks, a.stems, a.pol, a.denial, a.negative};
}

std::vector<std::string> name_stems(std::string_view name) { return cues::content_stems(cues::tokens(name)); }

// Whether all words of `name` occur in `toks` (case-insensitive, stemmed).
bool names(const View& v, std::string_view name) {
  auto ns = name_stems(name);
  if (ns.empty()) return false;
  return cues::shared(v.stems, ns) == ns.size();
}

// Whether `name` occurs in the few words after an exclusion cue ("all
// districts except X").
bool excludes(const View& v, std::string_view name) {
  if (name.empty()) return false;
  std::size_t at = cues::find_phrase(v.toks, "links_exclusion_cues");
  if (at == std::string_view::npos) return false;
  auto ns = name_stems(name);
  if (ns.empty()) return false;
  std::vector<std::string> tail;
  for (std::size_t i = at; i < v.toks.size() && i < at + 12; ++i) tail.push_back(cues::stem(v.toks[i]));
  std::sort(tail.begin(), tail.end());
  tail.erase(std::unique(tail.begin(), tail.end()), tail.end());
  return cues::shared(tail, ns) == ns.size();
}

bool has_entity(const ClaimFacts& f, std::int64_t id) {
  return id != 0 && (f.location == id || std::find(f.entities.begin(), f.entities.end(), id) != f.entities.end());
}

bool share_entity(const ClaimFacts& a, const ClaimFacts& b) {
  if (a.location != 0 && has_entity(b, a.location)) return true;
  for (auto e : a.entities)
    if (has_entity(b, e)) return true;
  return false;
}

// Whether `name` is named as the owner of a statement: "X's claim", "X
// claims", "the X allegations".
bool names_as_owner(const View& v, std::string_view name) {
  // The name's last word carries the possessive ("the National Army's"):
  // its head in text order, not the last of its sorted stems.
  auto words = cues::tokens(name);
  if (words.empty() || name_stems(name).empty()) return false;
  const std::string head = cues::stem(words.back());
  const auto& refs = lexicon::lower_set("links_reference_nouns");
  for (std::size_t i = 0; i < v.toks.size(); ++i) {
    const std::string& t = v.toks[i];
    if (cues::stem(t) != head) continue;
    bool possessive = t.size() > 2 && (t.compare(t.size() - 2, 2, "'s") == 0 || t.back() == '\'');
    if (possessive || (i + 1 < v.toks.size() && refs.count(v.toks[i + 1]))) return true;
  }
  return false;
}

// An entity both mention that says what they are about: not the side the
// denial names as the claim's owner ("X's claim of …" says whose, not
// what), nor a place both are located at (in a war corpus most claims
// share the province).
bool share_topic_entity(const View& dv, const ClaimFacts& s) {
  const ClaimFacts& d = *dv.f;
  bool owner_named = names_as_owner(dv, s.party_name) || names_as_owner(dv, s.speaker_name);
  for (auto e : d.entities) {
    if (e == 0 || (owner_named && (e == s.party || e == s.speaker))) continue;
    if (e == d.location && e == s.location) continue;
    if (has_entity(s, e)) return true;
  }
  return false;
}

// Whether `s` may be the statement the denial answers, by its owner: a
// denial that names whose claim it rejects ("X's claim of … is false")
// answers that side, not a third party that happens to agree with the
// denial ("he is still in the valley" from the denier's ally). A claim
// with no known side may be anyone's.
bool owner_may_be(const View& d, const ClaimFacts& s) {
  const ClaimFacts& fd = *d.f;
  if (s.party == 0 && s.speaker == 0) return true;
  bool named = false;
  for (std::size_t i = 0; i < fd.entities.size() && i < fd.entity_names.size(); ++i) {
    std::int64_t e = fd.entities[i];
    if (e == 0 || !names_as_owner(d, fd.entity_names[i])) continue;
    named = true;
    std::int64_t side = i < fd.entity_sides.size() ? fd.entity_sides[i] : 0;
    if (e == s.party || e == s.speaker || (side != 0 && side == s.party)) return true;
  }
  // The owner may also be named only by the claim's side name ("the X's
  // claims" where X was not resolved as an entity of the denial).
  if ((!s.party_name.empty() && names_as_owner(d, s.party_name)) ||
      (!s.speaker_name.empty() && names_as_owner(d, s.speaker_name)))
    return true;
  return !named;
}

// Whether the claim states that its own place and `other` are one inside
// the other: "the A district of C", "A in C", "C's A" (either way round:
// "C's capital A" names the part it entered). With no place hierarchy
// known, two places listed side by side ("pushed back from A and C") are
// two places, not one inside the other.
bool places_nested(const View& v, std::string_view other) {
  const std::string& own = v.f->location_name;
  auto stated = [&](std::string_view part, std::string_view whole) {
    auto pw = cues::tokens(part), ww = cues::tokens(whole);
    if (pw.empty() || ww.empty()) return false;
    const std::string p_head = cues::stem(pw.back()), w_head = cues::stem(ww.front());
    auto part_in = [&](std::size_t from, std::size_t to) {
      for (std::size_t k = from; k < to && k < v.toks.size(); ++k)
        if (cues::stem(v.toks[k]) == p_head) return true;
      return false;
    };
    for (std::size_t i = 0; i < v.toks.size(); ++i) {
      if (cues::stem(v.toks[i]) != w_head) continue;
      if (i >= 1 && (v.toks[i - 1] == "of" || v.toks[i - 1] == "in") && part_in(i >= 5 ? i - 5 : 0, i - 1)) return true;
      const std::string& t = v.toks[i];
      bool possessive = t.size() > 2 && (t.compare(t.size() - 2, 2, "'s") == 0 || t.back() == '\'');
      if (possessive && part_in(i + 1, i + 4)) return true;
    }
    return false;
  };
  return stated(own, other) || stated(other, own);
}

// Same place for control: the same location, or one claim covers ALL of a
// place the other mentions as the container of its own ("the entire
// province" vs "the X district of the province").
bool same_place(const View& a, const View& b) {
  const ClaimFacts& fa = *a.f;
  const ClaimFacts& fb = *b.f;
  if (fa.location != 0 && fa.location == fb.location) return true;
  if (fa.location != 0 && has_entity(fb, fa.location) && a.pol.totality && places_nested(b, fa.location_name)) return true;
  if (fb.location != 0 && has_entity(fa, fb.location) && b.pol.totality && places_nested(a, fb.location_name)) return true;
  return false;
}

std::string shorten(std::string_view s, std::size_t max = 90) {
  while (!s.empty() && (s.back() == '.' || s.back() == ' ' || s.back() == ',')) s.remove_suffix(1);
  if (s.size() <= max) return std::string(s);
  std::size_t cut = s.rfind(' ', max);
  if (cut == std::string_view::npos || cut < max / 2) {
    cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
  }
  return std::string(s.substr(0, cut)) + "…";
}

// "Taliban (Zabihullah Mujahid, 6 Sep)"
std::string who(const ClaimFacts& f) {
  std::string name = !f.party_name.empty() ? f.party_name : !f.speaker_name.empty() ? f.speaker_name : "";
  std::vector<std::string> detail;
  if (!f.party_name.empty() && !f.speaker_name.empty() && f.speaker_name != f.party_name)
    detail.push_back(f.speaker_name);
  if (auto d = short_date(f); !d.empty()) detail.push_back(d);
  if (name.empty()) name = "an unattributed statement";
  if (detail.empty()) return name;
  std::string out = name + " (";
  for (std::size_t i = 0; i < detail.size(); ++i) out += (i ? ", " : "") + detail[i];
  return out + ")";
}

std::string place_of(const ClaimFacts& f) { return !f.location_name.empty() ? f.location_name : "the place"; }

std::string capitalised(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

double clamp_score(double s) { return std::clamp(s, 0.01, 1.0); }

// ---- rules --------------------------------------------------------------------

const std::set<std::string>& factual_kinds() {
  static const std::set<std::string> k{"control", "casualties", "event"};
  return k;
}

// How many sentences back a denial by reference ("rejected these
// allegations") reaches for the assertions it answers.
constexpr std::int64_t kReferenceReach = 3;

std::optional<Link> denial_rule(const View& d, const View& s) {
  const ClaimFacts& fd = *d.f;
  const ClaimFacts& fs = *s.f;
  if (!d.denial || s.negative || s.f->kind == "denial") return std::nullopt;
  double tf = time_factor(fd, fs);
  if (tf == 0) return std::nullopt;
  if (!owner_may_be(d, fs)) return std::nullopt;
  // The denial's own words, minus the names of the side it answers.
  std::vector<std::string> own = d.stems;
  for (const auto* n : {&fs.party_name, &fs.speaker_name}) {
    auto ns = name_stems(*n);
    std::vector<std::string> rest;
    std::set_difference(own.begin(), own.end(), ns.begin(), ns.end(), std::back_inserter(rest));
    own = std::move(rest);
  }
  bool names_side = (!fs.party_name.empty() && names(d, fs.party_name)) ||
                    (!fs.speaker_name.empty() && fs.speaker != 0 && names(d, fs.speaker_name));
  bool reference_only = own.empty() || (own.size() <= 1 && fd.text.size() < 40);
  // The denial's own words less the places both are located at: what it
  // says of the topic ("occupying" in "the claim of occupying X is false";
  // in a war corpus most claims name the same province).
  std::vector<std::string> topic = own;
  if (fd.location != 0 && fd.location == fs.location) {
    auto ns = name_stems(fs.location_name);
    std::vector<std::string> rest;
    std::set_difference(topic.begin(), topic.end(), ns.begin(), ns.end(), std::back_inserter(rest));
    topic = std::move(rest);
  }
  double base = 0;
  if (!reference_only) {
    // About the same thing: a word of its own (not a name) in the claim, or
    // a place both name when the denial speaks of control of it and the
    // claim is a control claim ("claim of occupying X" vs "X was conquered").
    bool same_topic = cues::shared(topic, s.stems) > 0 || share_topic_entity(d, fs) ||
                      (fs.kind == "control" && share_entity(fd, fs) && cues::has_phrase(d.toks, "claim_kind_control"));
    if (same_topic) {
      base = (d.pol.denies || fd.stance == "denies" || fd.kind == "denial") ? 0.9 : 0.85;
      if (names_side) base = 0.95;
    }
  } else if (factual_kinds().count(fs.kind)) {
    // "denied the claim": in its own article, it answers the assertions of
    // another side made just before it (a few sentences back); elsewhere,
    // only the control claims of the side it names, about the same place
    // (or no place): an article's "rejected the X's claims" answers what X
    // is known to claim, not each of its figures or events.
    bool same_article = fd.article != 0 && fd.article == fs.article;
    if (same_article && fd.sentence != 0 && fs.sentence != 0) {
      std::int64_t back = fd.sentence - fs.sentence;
      if (back >= 0 && back <= kReferenceReach && (names_side || !fd.party || !fs.party || opposite_sides(fd, fs)))
        base = names_side ? 0.9 : 0.8;
    } else if (same_article) {
      base = 0.8;
    } else if (names_side && opposite_sides(fd, fs) && fs.kind == "control" &&
               (fd.location == 0 || fd.location == fs.location)) {
      base = 0.9;
    }
  }
  if (base == 0) return std::nullopt;
  if (d.pol.question) base *= 0.6;  // "a hoax?" doubts, it does not deny
  Link l;
  l.kind = "denial";
  l.score = clamp_score(base * tf * side_factor(fd, fs));
  std::string what = fs.kind == "control" ? "asserts control of " + place_of(fs)
                                          : "asserts that \u201c" + shorten(fs.text) + "\u201d";
  l.reason = capitalised(who(fs)) + " " + what + "; " + who(fd) + " denies it (\u201c" + shorten(fd.text, 60) + "\u201d)";
  return l;
}

// The side a control claim says holds the place: the speaker's side, or,
// when the speaker's side is unknown, the one side the claim names ("most
// of the district is controlled by the Front"). A claim of losing ground
// names the loser, so it says nothing of a holder here.
std::int64_t holder(const View& v) {
  const ClaimFacts& f = *v.f;
  if (f.party != 0) return f.party;
  if (v.pol.loss) return 0;
  // The side must be the agent: named before the control cue ("X fighters
  // entered …") or right after "by"/"under" ("controlled by X", "under X
  // control"); one named after it ("conquered after fighting with X") is
  // the opponent.
  std::size_t cue = cues::find_phrase(v.toks, "claim_kind_control");
  std::int64_t side = 0;
  for (std::size_t i = 0; i < f.entities.size() && i < f.entity_sides.size() && i < f.entity_names.size(); ++i) {
    std::int64_t s = f.entity_sides[i];
    if (s == 0 || s == side) continue;
    auto ns = name_stems(f.entity_names[i]);
    if (ns.empty()) continue;
    bool agent = false, located = false;
    for (std::size_t k = 0; k < v.toks.size() && !agent; ++k) {
      if (cues::stem(v.toks[k]) != ns.back()) continue;
      located = true;
      std::size_t first = k + 1 >= ns.size() ? k + 1 - ns.size() : 0;  // where the name starts
      agent = (cue == std::string_view::npos || k < cue) ||
              (first > 0 && (v.toks[first - 1] == "by" || v.toks[first - 1] == "under")) ||
              (first > 1 && (v.toks[first - 2] == "by" || v.toks[first - 2] == "under"));
    }
    // Named otherwise (an acronym): the agent of a passive ("… are
    // controlled by the X").
    if (!located && cue != std::string_view::npos)
      for (std::size_t k = cue; k < v.toks.size() && !agent; ++k) agent = v.toks[k] == "by" || v.toks[k] == "under";
    if (!agent) continue;
    if (side != 0) return 0;  // two sides as agents: who holds what is unclear
    side = s;
  }
  return side;
}

// Whether `loser` says the side of `other` lost ground ("X was pushed back
// from A and B"): it names that side with a loss verb, and so speaks of
// every place it names.
bool says_other_lost(const View& loser, const ClaimFacts& other) {
  return loser.pol.loss && other.party != 0 && has_entity(*loser.f, other.party) && loser.f->party != other.party &&
         other.location != 0 && has_entity(*loser.f, other.location);
}

// Whether a control claim names the place it is about: its location, or a
// common place noun ("the province", "the valley", "the country"). One that
// names none ("all the attackers were captured", "victory") says who won a
// fight, not who holds which ground: its location is only its context's.
bool names_place(const View& v) {
  const ClaimFacts& f = *v.f;
  if (!f.location_name.empty() && names(v, f.location_name)) return true;
  const auto& cues_ = lexicon::lower_set("entity_place_cues");
  const auto& nouns = lexicon::lower_set("links_place_nouns");
  for (const auto& t : v.toks)
    if (cues_.count(t) || nouns.count(t)) return true;
  return false;
}

// Whether a control claim speaks of an unnamed part of its place only ("cleared
// a district in the province", "holds some areas"): it cannot contradict the
// other side's hold of another part, only a claim to all of the place.
bool partial(const View& v) {
  static const std::set<std::string> indefinite{"a", "an", "one", "some", "several", "parts", "part"};
  const auto& cues_ = lexicon::lower_set("entity_place_cues");
  const auto& nouns = lexicon::lower_set("links_place_nouns");
  for (std::size_t i = 1; i < v.toks.size(); ++i) {
    const std::string& t = v.toks[i];
    if (!cues_.count(t) && !nouns.count(t)) continue;
    if (indefinite.count(v.toks[i - 1])) return true;
    if (i >= 2 && v.toks[i - 1] == "of" && (v.toks[i - 2] == "parts" || v.toks[i - 2] == "part")) return true;
  }
  return false;
}

std::optional<Link> control_rule(const View& a, const View& b) {
  const ClaimFacts& fa = *a.f;
  const ClaimFacts& fb = *b.f;
  if (fa.kind != "control" || fb.kind != "control") return std::nullopt;
  if (!names_place(a) || !names_place(b)) return std::nullopt;
  std::int64_t ha = holder(a), hb = holder(b);
  if (a.negative || b.negative || ha == 0 || hb == 0 || ha == hb) return std::nullopt;
  if (a.pol.change || b.pol.change) return std::nullopt;  // a sequence ("retook")
  if ((partial(a) && !b.pol.totality) || (partial(b) && !a.pol.totality)) return std::nullopt;
  if (!same_place(a, b) && !says_other_lost(a, fb) && !says_other_lost(b, fa)) return std::nullopt;
  if (excludes(a, fb.location_name) || excludes(b, fa.location_name)) return std::nullopt;
  double tf = time_factor(fa, fb);
  if (tf == 0) return std::nullopt;
  Link l;
  l.kind = "control";
  l.score = clamp_score(0.8 * tf + ((a.pol.totality || b.pol.totality) ? 0.1 : 0));
  // Met through a loss ("X was pushed back from A and B"): the place in
  // dispute is the other claim's, not the loser's own location (A), which
  // the other claim may never mention.
  auto as_loss = [&](const View& loser, const ClaimFacts& other) {
    return capitalised(who(other)) + " asserts control of " + place_of(other) + "; " + who(*loser.f) + " says " +
           (other.party_name.empty() ? std::string("that side") : other.party_name) + " lost ground there (\u201c" +
           shorten(loser.f->text, 60) + "\u201d)";
  };
  if (!same_place(a, b) && says_other_lost(b, fa))
    l.reason = as_loss(b, fa);
  else if (!same_place(a, b) && says_other_lost(a, fb))
    l.reason = as_loss(a, fb);
  else
    l.reason = capitalised(who(fa)) + " asserts control of " + place_of(fa) + "; " + who(fb) +
               " asserts its own control of " + place_of(fb) + " (\u201c" + shorten(fb.text, 60) + "\u201d)";
  return l;
}

bool objects_compatible(const quantities::Quantity& a, const quantities::Quantity& b) {
  if (!a.object || !b.object) return true;
  return cues::shared(name_stems(*a.object), name_stems(*b.object)) > 0;
}

std::optional<Link> quantity_rule(const View& a, const View& b) {
  const ClaimFacts& fa = *a.f;
  const ClaimFacts& fb = *b.f;
  if (fa.quantities.empty() || fb.quantities.empty() || same_side(fa, fb)) return std::nullopt;
  if (a.negative || b.negative) return std::nullopt;
  if (fa.location != 0 && fb.location != 0 && fa.location != fb.location && !share_entity(fa, fb))
    return std::nullopt;
  double tf = time_factor(fa, fb);
  if (tf == 0) return std::nullopt;
  constexpr double inf = std::numeric_limits<double>::infinity();
  for (const auto& qa : fa.quantities) {
    if (!qa.count_type || qa.repeat) continue;
    for (const auto& qb : fb.quantities) {
      if (!qb.count_type || qb.repeat || *qa.count_type != *qb.count_type) continue;
      if (!objects_compatible(qa, qb)) continue;
      double la = qa.low.value_or(0), ha = qa.high.value_or(inf);
      double lb = qb.low.value_or(0), hb = qb.high.value_or(inf);
      double gap = std::max(lb - ha, la - hb);
      double scale = std::max({std::isfinite(ha) ? ha : la, std::isfinite(hb) ? hb : lb, 1.0});
      if (!(gap > 1 && gap > 0.02 * scale)) continue;
      bool same_place = fa.location != 0 && fa.location == fb.location;
      Link l;
      l.kind = "quantity";
      l.score = clamp_score(0.75 * tf * side_factor(fa, fb) * (same_place ? 1.0 : 0.9));
      l.reason = capitalised(who(fa)) + " puts the " + *qa.count_type + " at \u201c" + qa.text + "\u201d; " + who(fb) +
                 " at \u201c" + qb.text + "\u201d — the figures cannot both hold";
      return l;
    }
  }
  return std::nullopt;
}

std::optional<Link> event_rule(const View& a, const View& b) {
  const ClaimFacts& fa = *a.f;
  const ClaimFacts& fb = *b.f;
  if (same_side(fa, fb)) return std::nullopt;
  std::size_t overlap = cues::shared(a.stems, b.stems);
  std::size_t smaller = std::min(a.stems.size(), b.stems.size());
  if (overlap == 0 || smaller == 0) return std::nullopt;
  // One says it happened, the other that it did not: the negation's scope
  // must hold a word of the other statement ("does not have Ebola" vs "a
  // case of Ebola"), not just stand somewhere in a related headline.
  auto negates_other = [&](const View& neg, const View& pos) {
    return cues::shared(neg.pol.negated_scope, pos.stems) > 0;
  };
  if (a.pol.negated != b.pol.negated && !a.denial && !b.denial && !a.pol.change && !b.pol.change &&
      negates_other(a.pol.negated ? a : b, a.pol.negated ? b : a)) {
    double tf = time_factor(fa, fb);
    if (tf == 0) return std::nullopt;
    const View& neg = a.pol.negated ? a : b;
    const View& pos = a.pol.negated ? b : a;
    Link l;
    l.kind = "event";
    l.score = clamp_score(0.7 * tf * side_factor(fa, fb) * (neg.pol.question ? 0.6 : 1.0));
    l.reason = capitalised(who(*pos.f)) + " says \u201c" + shorten(pos.f->text) + "\u201d; " + who(*neg.f) +
               " says it did not happen (\u201c" + shorten(neg.f->text, 60) + "\u201d)";
    return l;
  }
  // Opposite states of the same thing ("X was killed" vs "X is alive"):
  // the words in common, the antonyms left out, must name the topic.
  if (!a.negative && !b.negative && !a.pol.change && !b.pol.change) {
    std::vector<std::string> used;
    if (cues::opposite_states(a.stems, b.stems, &used)) {
      std::vector<std::string> rest;
      std::set_difference(a.stems.begin(), a.stems.end(), used.begin(), used.end(), std::back_inserter(rest));
      double tf = time_factor(fa, fb);
      if (tf > 0 && cues::shared(rest, b.stems) > 0) {
        Link l;
        l.kind = "event";
        l.score = clamp_score(0.7 * tf * side_factor(fa, fb));
        l.reason = capitalised(who(fa)) + " says \u201c" + shorten(fa.text) + "\u201d; " + who(fb) +
                   " says the opposite (\u201c" + shorten(fb.text, 60) + "\u201d)";
        return l;
      }
    }
  }
  // The same event at incompatible dates.
  if (fa.kind == "event" && fb.kind == "event" && !a.negative && !b.negative && !a.pol.change && !b.pol.change &&
      overlap >= 2 && overlap * 10 >= smaller * 6 && fa.when && fb.when && fa.when->precision == "day" &&
      fb.when->precision == "day") {
    std::int64_t gap = std::max(days(fa.when->first), days(fb.when->first)) -
                       std::min(days(fa.when->last), days(fb.when->last));
    if (gap > 1) {
      Link l;
      l.kind = "event";
      l.score = clamp_score(0.5 * side_factor(fa, fb));
      l.reason = capitalised(who(fa)) + " dates \u201c" + shorten(fa.text, 60) + "\u201d to " +
                 time::to_iso(fa.when->first) + "; " + who(fb) + " to " + time::to_iso(fb.when->first);
      return l;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Link> contradiction(const ClaimFacts& a, const ClaimFacts& b) {
  if (same_side(a, b)) return std::nullopt;  // a side never contradicts itself
  View va = view_of(a), vb = view_of(b);
  if (auto l = denial_rule(vb, va)) return l;
  if (auto l = denial_rule(va, vb)) return l;
  if (auto l = control_rule(va, vb)) return l;
  if (auto l = quantity_rule(va, vb)) return l;
  return event_rule(va, vb);
}

namespace {

// What the counted figures of two claims say of each other: the same
// figure ("over 700" and "700" killed, the same count type), different
// figures of the same count ("over 700" against "nearly a thousand"), or
// nothing (no count in common).
enum class Figures { none, same, different };

// A repeated mention ("700 killed" after a headline's "over 700") is
// still the figure the claim states: repeats matter for sums, not here.
Figures compare_figures(const ClaimFacts& a, const ClaimFacts& b) {
  Figures out = Figures::none;
  for (const auto& qa : a.quantities) {
    if (!qa.count_type) continue;
    for (const auto& qb : b.quantities) {
      if (!qb.count_type || *qa.count_type != *qb.count_type) continue;
      // "700 fighters" and "700 terrorists" of one side name the same dead
      // in its own words; across sides a different object is another count.
      bool same_count = objects_compatible(qa, qb) || (a.party != 0 && a.party == b.party);
      if (!same_count) continue;
      double scale = std::max({std::fabs(qa.value), std::fabs(qb.value), 1.0});
      if (std::fabs(qa.value - qb.value) <= 0.05 * scale) return Figures::same;
      out = Figures::different;
    }
  }
  // Both count casualties and no figure is shared ("over 700 killed" vs
  // "nearly a thousand killed, wounded or captured"): different assertions.
  auto counts = [](const ClaimFacts& f) {
    return std::any_of(f.quantities.begin(), f.quantities.end(),
                       [](const quantities::Quantity& q) { return q.count_type.has_value(); });
  };
  if (counts(a) && counts(b)) return Figures::different;
  return out;
}

}  // namespace

bool corroborates(const ClaimFacts& a, const ClaimFacts& b) {
  // Asserting the same thing: the same kind of claim ("heavy fighting was
  // reported" does not corroborate a casualty figure), not from opposite
  // sides (loose word overlap across sides is often opposition: "victory
  // in X" vs "we still hold X"), in a compatible time window.
  if (a.kind != b.kind) return false;
  if (opposite_sides(a, b)) return false;
  View va = view_of(a), vb = view_of(b);
  if (va.negative != vb.negative) return false;
  if (time_factor(a, b) == 0) return false;
  if (contradiction(a, b)) return false;
  // Counted figures decide: the same figure of the same count corroborates
  // whatever the wording; a different one never does, however many words
  // the two share.
  Figures fig = compare_figures(a, b);
  if (fig == Figures::different) return false;
  bool places_agree = a.location == 0 || b.location == 0 || a.location == b.location;
  if (fig == Figures::same && places_agree) return true;
  std::size_t overlap = cues::shared(va.stems, vb.stems);
  std::size_t smaller = std::min(va.stems.size(), vb.stems.size());
  if (smaller > 0 && overlap >= 2 && overlap * 10 >= smaller * 6) return true;
  // Same kind about the same place with half the words in common: only
  // within one side.
  bool same_party = a.party != 0 && a.party == b.party;
  return same_party && a.location != 0 && a.location == b.location && overlap * 2 >= smaller && overlap > 0;
}

std::vector<std::string> blocking_keys(const ClaimFacts& c) {
  // Anchors: the place and every entity of the content (ids), plus the
  // article (an unspecified "denied the claim" answers claims of its own
  // article). A claim with no entity falls back to its three longest content
  // words. Time buckets: the ISO-week number of the event (or said_on) and
  // the next one — two claims at most a week apart share one — or
  // "undated". Families: "f" for control/denial/event/statement, plus
  // "q:<count_type>" for each counted quantity. So a claim yields
  // O(#anchors × 2 × #families) keys, and pairs are formed only inside a key.
  std::vector<std::string> anchors;
  if (c.location != 0) anchors.push_back("e" + std::to_string(c.location));
  for (auto e : c.entities)
    if (e != 0) anchors.push_back("e" + std::to_string(e));
  if (c.article != 0) anchors.push_back("a" + std::to_string(c.article));
  if (anchors.empty() || (c.location == 0 && c.entities.empty())) {
    auto stems = cues::content_stems(cues::tokens(c.text));
    std::stable_sort(stems.begin(), stems.end(), [](const std::string& x, const std::string& y) { return x.size() > y.size(); });
    for (std::size_t i = 0; i < stems.size() && i < 3; ++i) anchors.push_back("w" + stems[i]);
  }
  std::vector<std::string> buckets;
  if (auto s = span_of(c)) {
    // Weeks since the Monday 1969-12-29 (ISO-week aligned).
    std::int64_t w = (s->first + 3) / 7 - ((s->first + 3) < 0 && (s->first + 3) % 7 ? 1 : 0);
    std::int64_t w2 = (s->last + 3) / 7 - ((s->last + 3) < 0 && (s->last + 3) % 7 ? 1 : 0);
    if (w2 - w > 8) w2 = w + 8;  // a month-long claim: bounded number of keys
    for (std::int64_t x = w; x <= w2 + 1; ++x) buckets.push_back("w" + std::to_string(x));
  } else {
    buckets.push_back("undated");
  }
  std::vector<std::string> families{"f"};
  for (const auto& q : c.quantities)
    if (q.count_type) families.push_back("q:" + *q.count_type);
  std::sort(families.begin(), families.end());
  families.erase(std::unique(families.begin(), families.end()), families.end());
  std::sort(anchors.begin(), anchors.end());
  anchors.erase(std::unique(anchors.begin(), anchors.end()), anchors.end());
  std::vector<std::string> keys;
  for (const auto& a : anchors)
    for (const auto& b : buckets)
      for (const auto& f : families) keys.push_back(a + "|" + b + "|" + f);
  return keys;
}

double contradiction_score(std::string_view a, std::string_view b) {
  // Bounded: at most this many facts per side (a huge text yields many claims).
  constexpr std::size_t max_facts = 64;
  auto build = [](std::string_view text, std::int64_t article) {
    std::vector<ClaimFacts> out;
    Annotations ann = annotate_text(text);
    if (ann.sentences.empty()) return out;
    out = facts_of(ann, article);
    if (out.size() > max_facts) out.resize(max_facts);
    if (!ann.claims.empty()) out.push_back(whole_text_fact(ann, article));
    return out;
  };
  auto fa = build(a, 1);
  auto fb = build(b, 2);
  std::vector<ClaimFacts*> all;
  for (auto& f : fa) all.push_back(&f);
  for (auto& f : fb) all.push_back(&f);
  unify_entities(all);
  double best = 0;
  for (const auto& x : fa)
    for (const auto& y : fb)
      if (auto l = contradiction(x, y)) best = std::max(best, l->score);
  return best;
}

}  // namespace claims::links
