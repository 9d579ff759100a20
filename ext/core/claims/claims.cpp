// The attribution extractor: per sentence, find the reporting cues, then
// for each its speaker and its content (indirect clause or direct quote);
// then attach speakerless quote paragraphs to the speaker they continue,
// and fill stance, hedging, kind, entities and quantities.
//
// Choice for a direct quote with no speaker anywhere (no tag, no earlier
// quote of the paragraph or of the paragraph before): NO claim. A ledger of
// "who claimed what" gains nothing from an anonymous quote, and scare
// quotes ("inclusive government") would flood it.
//
// Linear in the text: every scan is bounded by the sentence or by a small
// window; quote regions and mentions are looked up by binary search.
#include "core/claims/claims.hpp"

#include <algorithm>

#include "core/claims/clause_shapes.hpp"
#include "core/claims/complement_cues.hpp"
#include "core/claims/noun_clause_cues.hpp"
#include "core/claims/content.hpp"
#include "core/claims/cue_lexicon.hpp"
#include "core/claims/cues.hpp"
#include "core/claims/evidence_phrase_cues.hpp"
#include "core/claims/evidence_subject.hpp"
#include "core/claims/headline_case.hpp"
#include "core/claims/hedging.hpp"
#include "core/claims/kind.hpp"
#include "core/claims/paragraphs.hpp"
#include "core/claims/quotes.hpp"
#include "core/claims/raising_cues.hpp"
#include "lexicon/lexicon.hpp"
#include "core/claims/speaker.hpp"
#include "core/claims/speaker_phrase.hpp"
#include "core/claims/stance.hpp"
#include "core/claims/topic_cues.hpp"
#include "core/claims/tokens.hpp"
#include "core/text/ascii.hpp"

namespace claims::attribution {
namespace {

// Confidence by how the claim was found: explicit said-that with a named
// speaker is the surest, impersonal and passive reports the least.
constexpr double kNamedExplicit = 0.9;
constexpr double kNamed = 0.85;
constexpr double kAccordingTo = 0.8;
constexpr double kCommonNoun = 0.75;
constexpr double kPronoun = 0.7;
constexpr double kInherited = 0.7;        // "…, saying S": subject of the earlier cue
constexpr double kContinuation = 0.6;     // a quote paragraph continuing a speaker
constexpr double kNeighbourSentence = 0.6;  // "He said." taking the previous sentence
constexpr double kPassiveBy = 0.6;
constexpr double kImpersonal = 0.35;
constexpr double kHeadlineFactor = 0.9;
constexpr double kClauseSubject = 0.6;    // "X attacked Y, saying S": the clause's subject
constexpr double kWeakCueFactor = 0.8;    // beliefs, wants, evidence: not plain assertions
constexpr double kLabel = 0.6;            // "NAME: S" transcript lines and headline labels
constexpr double kDashCredit = 0.7;       // a quote followed by "-- Name"


struct Draft {
  std::size_t sentence = 0;
  bool has_speaker = false;
  std::size_t speaker_start = 0, speaker_end = 0;
  Anaphor anaphor = Anaphor::none;
  std::size_t verb_start = 0, verb_end = 0;
  std::size_t start = 0, end = 0;
  bool is_quote = false;
  bool denial = false;
  double confidence = 0;
};

// What pass 1 decides for one cue of a sentence.
struct Plan {
  Cue cue;
  std::optional<TokenRange> speaker;
  bool content_before = false;  // tag / inversion: the content precedes
  bool inherited_speaker = false;
  std::size_t clause_first = 0;  // first token of this attribution's clause
  std::size_t content_from = 0;  // when non-zero: the content starts here ("Said X: S")
  double confidence = 0;
  bool drop = false;
  bool speakerless = false;  // a noun cue with no speaker of its own: kept, speaker empty
  std::size_t content_limit = 0;  // when non-zero: a forward content ends before this token
};

// The owner of a noun cue inside a clause ("attacked X for her support
// of Y, saying S"): not the one who goes on "saying"; the clause subject is.
bool owns_noun_cue(const Plan& p, const std::vector<Token>& toks) {
  if (p.cue.pattern == CuePattern::report_noun) return true;
  return p.speaker && p.speaker->last - p.speaker->first == 1 && p.speaker->last == p.cue.first &&
         is_possessive_pronoun(toks[p.speaker->first].lower);
}

// A capitalised word inside a run of capitalised words that reaches the
// sentence start: a title-case headline ("New Poll Shows Bump").
bool headline_case(const std::vector<Token>& toks, std::size_t k) {
  for (std::size_t j = 0; j <= k && j < toks.size(); ++j)
    if (toks[j].word() && !toks[j].capitalized) return false;
  return true;
}

// A content that precedes its tag starts after a label colon, as in the
// headline "Region: 40 killed, claims governor".
std::size_t after_last_colon(const std::vector<Token>& toks, std::size_t first, std::size_t last) {
  for (std::size_t k = last; k-- > first;)
    if (toks[k].is(":") && !toks[k].in_quote) return k + 1;
  return first;
}

class Extractor {
 public:
  Extractor(std::string_view text, const std::vector<sentences::Span>& sents, const entities::Analysis& ents,
            const std::vector<quantities::Quantity>& qs)
      : text_(text), sents_(sents), ents_(ents), qs_(qs), regions_(find_quotes(text)),
        para_(paragraph_of_sentences(text, sents)) {}

  std::vector<Claim> run();
  std::vector<Draft> split_quoted_sentences(const std::vector<Draft>& drafts) const;

 private:
  void sentence_claims(std::size_t s);
  std::vector<Token> tokens_of(std::size_t s) const;
  double speaker_confidence(const std::vector<Token>& toks, TokenRange r, bool explicit_that) const;
  // Region whose closing mark is toks[i], or -1.
  int region_closed_by(const Token& t) const;
  int region_opened_by(const Token& t) const;
  bool content_from_tokens(const std::vector<Token>& toks, std::size_t first, std::size_t last, Draft& d) const;
  bool quote_content(int region, Draft& d) const;
  void attach_orphan_quotes();
  void label_claim(std::size_t s, const std::vector<Token>& toks);
  void headline_quote(std::size_t s, const std::vector<Token>& toks);
  void dash_credits();
  Claim finish(const Draft& d);  // in text order: tracks the previous speaker
  int absolute_clause_group(const Draft& d, std::string_view phrase) const;

  std::string_view text_;
  const std::vector<sentences::Span>& sents_;
  const entities::Analysis& ents_;
  const std::vector<quantities::Quantity>& qs_;
  std::vector<QuoteRegion> regions_;
  std::vector<std::size_t> para_;
  std::vector<Draft> drafts_;
  // The previous claim with a speaker, while finishing claims in order.
  // (A copy of the sentence index: the draft finish() works on is a local.)
  std::optional<std::size_t> prev_speaker_sentence_;
  int prev_speaker_entity_ = -1;
  bool prev_speaker_role_ = false;  // its phrase ends in a role noun ("a front representative")
};

std::vector<Token> Extractor::tokens_of(std::size_t s) const {
  auto toks = tokenize(text_, sents_[s].start, sents_[s].end);
  for (auto& t : toks) {
    // The ‘ and ’ bounding a single-quote region are its quotation marks.
    if (t.is("'") && ((quote_at(regions_, t.end) >= 0 && regions_[quote_at(regions_, t.end)].open == t.start) ||
                      (t.start > 0 && quote_at(regions_, t.start - 1) >= 0 &&
                       regions_[quote_at(regions_, t.start - 1)].inner_end == t.start)))
      t.type = Token::Type::quote;
    t.in_quote = t.type != Token::Type::quote && quote_at(regions_, t.start) >= 0;
  }
  return toks;
}

int Extractor::region_closed_by(const Token& t) const {
  if (t.type != Token::Type::quote) return -1;
  int r = t.start > 0 ? quote_at(regions_, t.start - 1) : -1;
  return r >= 0 && regions_[r].closed && regions_[r].inner_end == t.start ? r : -1;
}

int Extractor::region_opened_by(const Token& t) const {
  if (t.type != Token::Type::quote) return -1;
  int r = quote_at(regions_, t.end);
  return r >= 0 && regions_[r].open == t.start ? r : -1;
}

double Extractor::speaker_confidence(const std::vector<Token>& toks, TokenRange r, bool explicit_that) const {
  if (anaphor_kind(toks, r) != Anaphor::none) return kPronoun;
  bool named = false;
  for (std::size_t k = r.first; k < r.last; ++k) named |= toks[k].capitalized && k > 0;
  named |= toks[r.first].capitalized && !is_determiner(toks[r.first].lower);
  named |= ents_.entity_at(toks[r.first].start, toks[r.last - 1].end) >= 0;
  if (!named) return kCommonNoun;
  return explicit_that ? kNamedExplicit : kNamed;
}

// Content from a token range; a range that is exactly one quotation becomes
// the quotation's inside (possibly running over several sentences).
bool Extractor::content_from_tokens(const std::vector<Token>& toks, std::size_t first, std::size_t last,
                                    Draft& d) const {
  trim_content(toks, first, last);
  if (first >= last) return false;
  if (int r = region_opened_by(toks[first]); r >= 0) {
    // Everything after the quotation must be punctuation for the content
    // to be the quote itself (not `said "thousands of terrorists" in …`).
    bool only_quote = true;
    for (std::size_t k = first + 1; k < last && only_quote; ++k)
      if (toks[k].start >= regions_[r].close_end && toks[k].word()) only_quote = false;
    if (only_quote) return quote_content(r, d);
  }
  // Quotation marks at the edges stay only when their partner is inside.
  for (std::size_t guard = 0; guard < 8 && first < last; ++guard) {
    if (toks[first].type == Token::Type::quote && region_opened_by(toks[first]) < 0) { ++first; }
    else if (toks[last - 1].type == Token::Type::quote &&
             (region_closed_by(toks[last - 1]) < 0 ||
              regions_[region_closed_by(toks[last - 1])].open < toks[first].start)) { --last; }
    else break;
    trim_content(toks, first, last);
  }
  if (first >= last) return false;
  d.start = toks[first].start;
  d.end = toks[last - 1].end;
  return d.end > d.start;
}

bool Extractor::quote_content(int r, Draft& d) const {
  std::size_t a = regions_[r].inner_start, e = regions_[r].inner_end;
  // The comma or space before the closing mark is punctuation of the tag.
  while (e > a && (text_[e - 1] == ',' || text_[e - 1] == ' ' || text_[e - 1] == '\n' || text_[e - 1] == ';'))
    --e;
  while (a < e && (text_[a] == ' ' || text_[a] == '\n')) ++a;
  if (a >= e) return false;
  d.start = a;
  d.end = e;
  d.is_quote = true;
  return true;
}

// "NAME: S" opening a paragraph: an interview transcript line ("SMITH:
// Well, …") or a headline label ("Minister: talks have failed"). The label
// is all capitals or a known entity or an evidence noun ("Poll: …"), and
// the content runs to the end of the paragraph.
void Extractor::label_claim(std::size_t s, const std::vector<Token>& toks) {
  if (s > 0 && para_[s - 1] == para_[s]) return;
  const auto& lex = cue_lexicon();
  std::size_t i = 0;
  if (i < toks.size() && region_opened_by(toks[i]) >= 0) ++i;
  std::size_t c = i;
  while (c < toks.size() && c - i < 5 && toks[c].word()) ++c;
  if (c == i || c + 3 >= toks.size() || !toks[c].is(":")) return;
  bool caps = true, capitalized = true;
  for (std::size_t k = i; k < c; ++k) {
    const Token& t = toks[k];
    if (lex.colon_labels.count(t.lower) || is_number(t.lower) || is_time_word(t.lower)) return;
    capitalized &= t.capitalized;
    for (std::size_t b = t.start; b < t.end; ++b) caps &= !(text_[b] >= 'a' && text_[b] <= 'z');
  }
  if (!capitalized) return;
  int ent = ents_.entity_at(toks[i].start, toks[c - 1].end);
  bool known = (ent >= 0 && ent < static_cast<int>(ents_.entities.size()) &&
                (ents_.entities[ent].kind == entities::Kind::person ||
                 ents_.entities[ent].kind == entities::Kind::organization)) ||
               (c == i + 1 && lex.evidence_nouns.count(toks[i].lower));
  if (!(caps && toks[i].end - toks[i].start >= 2) && !known) return;
  // A title-case section heading ("The Gap Goes On: …", "Veto Power
  // Impedes Peace Efforts: …") is no speaker: a named label is short and
  // has no article.
  if (!caps && (c - i > 3 || is_determiner(toks[i].lower))) return;
  std::size_t words = 0;
  for (std::size_t k = c + 1; k < toks.size(); ++k) words += toks[k].word();
  if (words < 3) return;
  Draft d;
  d.sentence = s;
  d.has_speaker = true;
  d.speaker_start = toks[i].start;
  d.speaker_end = toks[c - 1].end;
  d.verb_start = toks[c].start;
  d.verb_end = toks[c].end;
  std::size_t last = s;
  while (last + 1 < sents_.size() && para_[last + 1] == para_[s]) ++last;
  std::size_t a = toks[c + 1].start, e = std::min(sents_[last].end, text_.size());
  if (int r = region_opened_by(toks[c + 1]); r >= 0 && regions_[r].close_end + 2 >= e) {
    a = regions_[r].inner_start;
    e = regions_[r].inner_end;
  }
  if (int r = quote_at(regions_, a); r >= 0 && regions_[r].inner_end < e && regions_[r].open < toks[i].end)
    e = regions_[r].inner_end;  // the transcript quote closes before the paragraph end
  while (e > a && (text_[e - 1] == ' ' || text_[e - 1] == '.' || text_[e - 1] == '\n' || text_[e - 1] == '"')) --e;
  if (e <= a) return;
  d.start = a;
  d.end = e;
  d.is_quote = false;
  d.confidence = kLabel;
  drafts_.push_back(d);
}

// A headline that ends in a quote after a colon: "Senator Hammers Bank
// Chief: 'You Should Be Investigated'", "A lesson from Jane Doe: 'Be the
// voice'". The quote is the words of the person (else the organisation)
// named before the colon, else of its first run of capitalised words.
void Extractor::headline_quote(std::size_t s, const std::vector<Token>& toks) {
  // A headline is a paragraph of its own.
  if ((s > 0 && para_[s - 1] == para_[s]) || (s + 1 < sents_.size() && para_[s + 1] == para_[s])) return;
  std::size_t colon = 0;
  while (colon < toks.size() && colon < 16 && !(toks[colon].is(":") && !toks[colon].in_quote)) ++colon;
  if (colon == 0 || colon + 1 >= toks.size() || colon >= 16 || !toks[colon].is(":")) return;
  int r = region_opened_by(toks[colon + 1]);
  if (r < 0 || !regions_[r].closed) return;
  // The quote closes the sentence (a full stop may follow).
  for (std::size_t k = colon + 1; k < toks.size(); ++k)
    if (toks[k].start >= regions_[r].close_end && toks[k].word()) return;
  // Already the content of a claim (a transcript label)?
  for (const Draft& o : drafts_)
    if (o.sentence == s && o.start < regions_[r].inner_end && regions_[r].inner_start < o.end) return;
  std::size_t a = toks[0].start, e = toks[colon].start;
  int best = -1;
  std::size_t bs = 0, be = 0;
  for (const auto& m : ents_.mentions) {
    if (m.start < a || m.end > e || m.entity < 0 || m.entity >= static_cast<int>(ents_.entities.size())) continue;
    auto kind = ents_.entities[m.entity].kind;
    bool person = kind == entities::Kind::person;
    if (!(person || kind == entities::Kind::organization)) continue;
    if (best < 0 || (person && ents_.entities[best].kind != entities::Kind::person)) best = m.entity, bs = m.start, be = m.end;
  }
  // Without a known name, only a title-case headline gives its first words.
  if (best < 0 && !headline_case(toks, colon - 1)) return;
  if (best < 0) {
    std::size_t i = 0;
    while (i < colon && !toks[i].capitalized) ++i;
    std::size_t j = i;
    while (j < colon && j - i < 4 && toks[j].word() && toks[j].capitalized) ++j;
    if (j == i) return;
    bs = toks[i].start, be = toks[j - 1].end;
  }
  Draft d;
  d.sentence = s;
  d.has_speaker = true;
  d.speaker_start = bs;
  d.speaker_end = be;
  d.verb_start = toks[colon].start;
  d.verb_end = toks[colon].end;
  d.confidence = kLabel * kHeadlineFactor;
  if (!quote_content(r, d)) return;
  drafts_.push_back(d);
}

// A quote credited after it with a dash: `"S" ― Jane Doe` (reader comments,
// epigraphs, lists of reactions). The name is one to six capitalised words
// ending the line.
void Extractor::dash_credits() {
  std::vector<Draft> added;
  // Contents already found, by start: a credited quote that is already a
  // claim's content is not added again.
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  spans.reserve(drafts_.size());
  for (const Draft& o : drafts_) spans.emplace_back(o.start, o.end);
  std::sort(spans.begin(), spans.end());
  std::size_t longest = 0;
  for (const auto& sp : spans) longest = std::max(longest, sp.second - sp.first);
  for (const QuoteRegion& r : regions_) {
    if (!r.closed) continue;
    std::size_t i = r.close_end, lim = std::min(text_.size(), r.close_end + 120);
    auto toks = tokenize(text_, i, lim);
    std::size_t k = 0;
    while (k < toks.size() && toks[k].is(",")) ++k;
    if (k >= toks.size() || !toks[k].is("-")) continue;
    std::size_t dash = k;
    while (k < toks.size() && toks[k].is("-")) ++k;
    // No line break between the quote and the credit.
    if (text_.substr(r.close_end, toks[dash].start - r.close_end).find('\n') != std::string_view::npos) continue;
    std::size_t name = k, words = 0;
    while (k < toks.size() && toks[k].word() && toks[k].capitalized && words < 6 &&
           text_.substr(toks[name].start, toks[k].start - toks[name].start).find('\n') == std::string_view::npos) {
      ++k;
      ++words;
    }
    if (words == 0) continue;
    std::size_t end = toks[k - 1].end;
    // The credit ends the line (a full stop may close it), or the next
    // credited quote opens right after it: `"S" ― Ann Lee "T" ― Bo Kim`.
    std::size_t e = end;
    while (e < text_.size() && (text_[e] == ' ' || text_[e] == '.' || text_.substr(e, 2) == "\xC2\xA0")) e += text_[e] == '\xC2' ? 2 : 1;
    bool next_quote = false;
    if (e < text_.size()) {
      auto nr = std::lower_bound(regions_.begin(), regions_.end(), e,
                                 [](const QuoteRegion& q, std::size_t pos) { return q.open < pos; });
      next_quote = nr != regions_.end() && nr->open == e;
    }
    if (e < text_.size() && text_[e] != '\n' && !next_quote) continue;
    Draft d;
    auto it = std::upper_bound(sents_.begin(), sents_.end(), r.open,
                               [](std::size_t pos, const sentences::Span& sp) { return pos < sp.start; });
    d.sentence = it == sents_.begin() ? 0 : static_cast<std::size_t>(it - sents_.begin()) - 1;
    d.has_speaker = true;
    d.speaker_start = toks[name].start;
    d.speaker_end = end;
    d.verb_start = toks[dash].start;
    d.verb_end = toks[name - 1].end;
    d.confidence = kDashCredit;
    if (!quote_content(static_cast<int>(&r - regions_.data()), d)) continue;
    bool used = false;
    auto hi = std::lower_bound(spans.begin(), spans.end(), std::make_pair(d.end, std::size_t{0}));
    for (auto it2 = hi; it2 != spans.begin() && !used && hi - it2 < 64;) {
      --it2;
      if (it2->first + longest < d.start) break;
      used = it2->second > d.start;
    }
    if (!used) added.push_back(d);
  }
  if (added.empty()) return;
  drafts_.insert(drafts_.end(), added.begin(), added.end());
  std::stable_sort(drafts_.begin(), drafts_.end(),
                   [](const Draft& a, const Draft& b) { return a.sentence < b.sentence; });
}

void Extractor::sentence_claims(std::size_t s) {
  auto toks = tokens_of(s);
  if (toks.empty()) return;
  // A title-case headline, a paragraph of its own: its cue words read lower case.
  if (!(s > 0 && para_[s - 1] == para_[s]) && !(s + 1 < sents_.size() && para_[s + 1] == para_[s]))
    lower_headline_words(toks);
  label_claim(s, toks);
  auto cues = find_cues(toks);
  add_complement_cues(toks, cues);
  refine_clause_cues(toks, cues);
  add_topic_cues(toks, cues);  // noun-phrase and evaluative attributions
  add_noun_clause_cues(toks, cues);  // "concerns that S", "voiced fears that S"
  add_raising_cues(toks, cues);  // "X is expected to S", "X seems to S"
  add_evidence_phrase_cues(toks, cues);  // "In the latest poll, S", "S, by one estimate"
  if (cues.empty()) return;
  const auto& lex = cue_lexicon();
  const std::size_t n = toks.size();

  // Pass 1: speaker and direction of each cue.
  std::vector<Plan> plans;
  for (const Cue& cue : cues) {
    Plan p;
    p.cue = cue;
    p.clause_first = cue.first;
    switch (cue.pattern) {
      case CuePattern::according_to: {
        p.speaker = find_phrase_after(toks, cue.last);
        if (!p.speaker) { p.drop = true; break; }
        std::size_t k = cue.first;
        while (k > 0 && (toks[k - 1].is(",") || lex.adverbs.count(toks[k - 1].lower))) --k;
        p.content_before = k > 0;
        p.confidence = kAccordingTo;
        break;
      }
      case CuePattern::passive: {
        std::size_t k = cue.last;
        if (k < n && toks[k].is("by")) {
          p.speaker = find_phrase_after(toks, k + 1);
          p.confidence = kPassiveBy;
        } else {
          p.confidence = kImpersonal;
        }
        break;
      }
      case CuePattern::report_noun: {
        if (cue.first > 0 && is_possessive_pronoun(toks[cue.first - 1].lower)) {
          // "his promise to S": the owner is an earlier speaker.
          p.speaker = TokenRange{cue.first - 1, cue.first};
          p.clause_first = cue.first - 1;
          p.confidence = kPronoun * kWeakCueFactor;
        } else if (cue.first > 0 && is_possessive(toks[cue.first - 1].lower)) {
          std::size_t b = cue.first - 1;
          while (b > 0 && toks[b - 1].word() && toks[b - 1].capitalized) --b;
          p.speaker = TokenRange{b, cue.first};
          p.clause_first = b;
          p.confidence = kCommonNoun;
        } else {
          p.confidence = kImpersonal;
        }
        break;
      }
      case CuePattern::verb: {
        SpeakerBefore sb = find_speaker_before(toks, cue.first);
        // "research conducted by X found S": the evidence noun opening the clause.
        if (auto ev = cue.evidence ? evidence_subject(toks, cue.first) : std::nullopt;
            ev && (!sb.phrase || ev->first < sb.phrase->first)) {
          sb.phrase = ev;
          sb.after_comma = ev->first > 0 && toks[ev->first - 1].is(",");
        }
        if (sb.negated && !keep_negated_cue(toks, p.cue)) { p.drop = true; break; }
        // "a controversial comment that S": the words before a noun cue
        // modify it; the claim is kept with no speaker rather than a wrong one.
        if (sb.phrase && cue_is_noun_after(toks, *sb.phrase, cue.first)) {
          // Kept only for a noun of speech or attitude ("a controversial
          // comment that S"); "post-traumatic stress disorder" is no claim.
          if (!is_speech_noun(toks[cue.last - 1].lower)) {
            p.drop = true;
            break;
          }
          p.speakerless = true;
          p.clause_first = sb.phrase->first;
          p.confidence = kImpersonal;
          break;
        }
        if (cue.participle) {
          bool progressive = sb.gap_start < cue.first && is_progressive_be(toks[sb.gap_start]);
          bool with_subject = sb.phrase && (progressive || (sb.phrase->first > 0 && (toks[sb.phrase->first - 1].is("with") ||
                                                                                     toks[sb.phrase->first - 1].is("by"))));
          // "replacing it with softer language calling for S": a thing
          // after "with" does not speak; a person, a group or a name does.
          if (with_subject && !progressive && toks[sb.phrase->first - 1].is("with")) {
            const Token& h = toks[sb.phrase->last - 1];
            bool plural = h.lower.size() > 3 && h.lower.ends_with("s") && !h.lower.ends_with("ss");
            with_subject = h.capitalized || lex.pronouns.count(h.lower) || lex.role_nouns.count(h.lower) ||
                           lex.group_nouns.count(h.lower) || plural;
            // Then the clause's own subject goes on speaking.
            if (auto subj = with_subject ? std::nullopt : find_clause_subject(toks, sb.phrase->first - 1)) {
              p.speaker = subj;
              p.inherited_speaker = true;
              p.confidence = kClauseSubject;
              break;
            }
          }
          if (with_subject || (sb.phrase && sb.phrase->first == 0)) {
            p.speaker = sb.phrase;
            p.clause_first = sb.phrase->first > 0 && toks[sb.phrase->first - 1].is("with") ? sb.phrase->first - 1
                                                                                             : sb.phrase->first;
            p.confidence = speaker_confidence(toks, *sb.phrase, false);
          } else if (!plans.empty() && plans.back().speaker && !plans.back().drop && !owns_noun_cue(plans.back(), toks)) {
            // "X said he doubted S, arguing T": X argues, not the nested "he".
            std::size_t j = plans.size() - 1;
            while (j > 0 && !plans[j - 1].drop && plans[j - 1].speaker && !plans[j - 1].content_before &&
                   plans[j - 1].cue.last <= plans[j].clause_first && plans[j].clause_first <= plans[j - 1].cue.last + 1)
              --j;
            p.speaker = plans[j].speaker;
            p.inherited_speaker = true;
            p.confidence = kInherited;
            // "rejected X, saying S": S is the rejecter's own assertion, not a denial.
          } else if (auto subj = cue.first > 0 && (toks[cue.first - 1].is(",") || toks[cue.first - 1].is("and") ||
                                                   // "began by saying S", "criticised for saying S"
                                                   toks[cue.first - 1].is("by") || toks[cue.first - 1].is("for") ||
                                                   toks[cue.first - 1].is("after") || toks[cue.first - 1].is("while") ||
                                                   toks[cue.first - 1].is("before") ||
                                                   // "gathered Friday to discuss X": a purpose infinitive
                                                   toks[cue.first].is("to") ||
                                                   // "… tweets early Friday saying that S"
                                                   complement_after(toks, cue.last) < n)
                                     ? find_clause_subject(toks, cue.first)
                                     : std::optional<TokenRange>{};
                     subj) {
            // "It is worth noting that S": an impersonal frame, nobody's claim.
            if (is_impersonal_it_frame(toks, *subj, cue.first)) {
              p.speakerless = true;
              p.clause_first = subj->first;
              p.confidence = kImpersonal;
              break;
            }
            // "X attacked Y, saying S": the subject of the main clause.
            p.speaker = subj;
            p.inherited_speaker = true;
            p.confidence = kClauseSubject;
          } else if (auto lead = opening_participle_subject(toks, cue)) {
            p.speaker = lead;  // "Claiming X, the group said S"
            p.content_limit = lead->first;  // "After saying S, she …": S ends at the comma
            p.inherited_speaker = true;
            p.confidence = kClauseSubject;
          } else {
            p.drop = true;
          }
          break;
        }
        if (cue.evidence) {
          // "a poll shows S", "the study found S": only evidence subjects.
          // The noun may be capitalised at the start of a sentence or in a
          // title-case headline ("Video shows …", "New Poll Shows …").
          bool fits = false;
          for (std::size_t k = sb.phrase ? sb.phrase->first : 0; sb.phrase && k < sb.phrase->last; ++k)
            fits |= lex.evidence_nouns.count(toks[k].lower) > 0 &&
                    (!toks[k].capitalized || k == 0 || headline_case(toks, k));
          // "The Observer found that S": a finding with an explicit clause,
          // whoever the finder.
          if (!fits && sb.phrase) {
            std::size_t after = content_start_after(toks, cue.last - 1, false, n);
            const Token& h = toks[sb.phrase->last - 1];
            fits = after > 0 && toks[after - 1].is("that") &&
                   (h.capitalized || lex.role_nouns.count(h.lower) || lex.group_nouns.count(h.lower));
          }
          if (!fits) { p.drop = true; break; }
        }
        if (cue.desire) {
          // "plans to" is often a noun ("unveiled plans to"): a name, a
          // pronoun or a role/group noun must be the subject.
          const Token* h = sb.phrase ? &toks[sb.phrase->last - 1] : nullptr;
          // An organisation plans and decides too ("the court made a
          // decision to S", "the company wants to S").
          static const auto& orgs = claims::lexicon::lower_set("entity_org_words");
          bool fits = h && (h->capitalized || lex.pronouns.count(h->lower) || lex.role_nouns.count(h->lower) ||
                            lex.group_nouns.count(h->lower) || h->lower.ends_with("s") || orgs.count(h->lower));
          if (!fits || (sb.phrase && sb.phrase->last - sb.phrase->first == 1 && !h->capitalized &&
                        !lex.pronouns.count(h->lower))) {
            p.drop = true;
            break;
          }
        }
        if (cue.evaluation) {
          // "X criticized Y": a verdict only from a speaker that is a
          // name, a pronoun or a role/group noun ("the attack cited" is not).
          const Token* h = sb.phrase ? &toks[sb.phrase->last - 1] : nullptr;
          // Plural people nouns judge too ("a union representing flight
          // attendants endorsed X", "residents praised Y").
          bool plural = h && h->word() && h->lower.size() > 3 && h->lower.ends_with("s") && !h->lower.ends_with("ss");
          // Organisations judge too: "the union endorsed X", "a federal
          // court ruled against Y".
          static const auto& orgs = claims::lexicon::lower_set("entity_org_words");
          bool fits = h && (h->capitalized || lex.pronouns.count(h->lower) || lex.role_nouns.count(h->lower) ||
                            lex.group_nouns.count(h->lower) || lex.evidence_nouns.count(h->lower) || plural ||
                            orgs.count(h->lower));
          if (!fits) p.cue.evaluation = false;
        }
        // Coordinated verb: "X promised … and said S" keeps X.
        if (!sb.phrase && sb.gap_start > 0 && is_coordinator(toks[sb.gap_start - 1]) && !plans.empty() &&
            plans.back().speaker && !plans.back().drop) {
          p.speaker = plans.back().speaker;
          p.inherited_speaker = true;
          p.confidence = kInherited;
          break;
        }
        // "X criticised Y and said S" with no earlier cue: the clause subject.
        if (!sb.phrase && sb.gap_start > 1 && is_coordinator(toks[sb.gap_start - 1])) {
          if (auto subj = find_clause_subject(toks, sb.gap_start - 1)) {
            p.speaker = subj;
            p.inherited_speaker = true;
            p.confidence = kClauseSubject;
            break;
          }
        }
        if (sb.phrase) {
          p.speaker = sb.phrase;
          p.clause_first = sb.phrase->first;
          std::size_t after = content_start_after(toks, cue.last - 1, cue.hearer, n);
          bool nothing_after = true;
          for (std::size_t k = after; k < n && nothing_after; ++k) nothing_after = !toks[k].word() || toks[k].in_quote;
          // A quote opening right after ("X said: "…"") is content after.
          if (after < n && region_opened_by(toks[after]) >= 0) nothing_after = false;
          // "…," she said, but …  /  S, officials said Friday, as they …
          std::size_t f = sb.phrase->first;
          bool quote_before = f > 0 && (region_closed_by(toks[f - 1]) >= 0 ||
                                        (f > 1 && toks[f - 1].is(",") && region_closed_by(toks[f - 2]) >= 0));
          // `S, an official told reporters, …`: past the hearer too.
          std::size_t adv = skip_adverbials(toks, cue.hearer && sb.after_comma ? skip_hearer(toks, cue.last, n) : cue.last, n);
          // `X said, "S"` opens its content after the comma.
          bool quote_follows = adv + 1 < n && region_opened_by(toks[adv + 1]) >= 0;
          bool comma_after = adv < n && toks[adv].is(",") && !(adv + 1 < n && toks[adv + 1].is("that")) &&
                             !(quote_follows && !quote_before);
          // A quote before the subject makes a tag only when no reported
          // clause follows the cue: `"S," she said as …` but not
          // `On "Show," X said his rival …`.
          bool clause_follows = adv < n && toks[adv].word() && !toks[adv].in_quote &&
                                (!lex.breakers.count(toks[adv].lower) || toks[adv].is("that"));
          // `"S," she said several months later` / `…," X said sarcastically`:
          // a few words with no "that" after a quote's tag are adverbials.
          std::size_t words_after = 0;
          bool that_after = false;
          for (std::size_t k = cue.last; k < n; ++k) {
            words_after += toks[k].word();
            that_after |= toks[k].is("that");
          }
          bool short_tail = quote_before && words_after <= 4 && !that_after;
          // `"S," X said to the nominee, who …` / `… after her release`: a
          // preposition right after the cue opens no reported clause.
          if (quote_before && cue.last < n && !that_after) {
            const Token& w = toks[cue.last];
            short_tail |= w.is("to") || w.is("at") || w.is("in") || w.is("on") || w.is("after") || w.is("during") ||
                          w.is("before") || w.is("while") || w.is("from") || w.is("with") || w.is("as");
          }
          // `"S," she said several months after …`: a time phrase.
          if (quote_before && cue.last < n && !that_after && is_time_word(toks[cue.last].lower)) short_tail = true;
          // `"A whole sentence," she said at a news conference announcing
          // that …`: a quote of some length closing on a comma right before
          // the speaker is what the tag reports, whatever follows the cue.
          if (quote_before && !(adv < n && toks[adv].is("that"))) {
            int r = region_closed_by(toks[f - 1]);
            if (r < 0 && f > 1) r = region_closed_by(toks[f - 2]);
            if (r >= 0) {
              const auto& q = regions_[static_cast<std::size_t>(r)];
              std::size_t e = q.inner_end;
              while (e > q.inner_start && text_[e - 1] == ' ') --e;
              short_tail |= e > q.inner_start + 24 && text_[e - 1] == ',';
            }
          }
          // `"S," she said several months after her release, and …`
          for (std::size_t k = cue.last; quote_before && !that_after && k < n && k < cue.last + 3; ++k)
            if (is_time_word(toks[k].lower) && k + 1 < n &&
                (toks[k + 1].is("after") || toks[k + 1].is("before") || toks[k + 1].is("later") || toks[k + 1].is("ago")))
              short_tail = true;
          // "S, as X put it." / "S, as the mayor said on Monday.": the
          // clause before "as" is what X said.
          bool as_tag = nothing_after && f > 1 && toks[f - 1].is("as") && toks[f - 2].is(",");
          if (as_tag) p.clause_first = f - 1;
          bool tag = (quote_before && (nothing_after || comma_after || !clause_follows || short_tail)) ||
                     (sb.after_comma && (nothing_after || comma_after)) || as_tag;
          // "During his years in office, X said, most people came to S": a
          // fronted adverbial before the tag is no content; the clause after is.
          if (tag && !quote_before && sb.after_comma && comma_after && !nothing_after && f >= 2 &&
              is_fronted_adverbial(toks, 0, f - 1))
            tag = false;
          // `"S," X told the committee, after …`: the hearer is no content.
          if (quote_before && cue.hearer && !(after > 0 && toks[after - 1].is("that"))) tag = true;
          // Content before only in a tag: "S, X said" / "S," X said.
          if (nothing_after && f > 0 && !tag) { p.drop = true; break; }
          p.content_before = tag || (nothing_after && f > 0);
          bool explicit_that = after > 0 && toks[after - 1].is("that");
          p.confidence = speaker_confidence(toks, *sb.phrase, explicit_that);
        } else if (sb.gap_start > 0 && (toks[sb.gap_start - 1].is(",") || toks[sb.gap_start - 1].is("-") ||
                                        toks[sb.gap_start - 1].type == Token::Type::quote)) {
          // Inversion: "…, said X" / "…," says X
          std::size_t k = cue.last;
          while (k < n && lex.adverbs.count(toks[k].lower)) ++k;
          // `"S," X, …, said at a rally`: what follows the cue is a
          // preposition's object; the speaker is the name after the quote.
          if (k < n && is_object_preposition(toks[k])) {
            p.speaker = find_speaker_after_quote(toks, sb.gap_start - 1);
            if (!p.speaker) { p.drop = true; break; }
            p.content_before = true;
            p.clause_first = p.speaker->first;
            p.confidence = speaker_confidence(toks, *p.speaker, false);
            break;
          }
          p.speaker = find_phrase_after(toks, k);
          if (!p.speaker) { p.drop = true; break; }
          // The inverted speaker closes the clause: "…, said X (on Sunday)."
          std::size_t rest = skip_adverbials(toks, p.speaker->last, n);
          bool more = rest < n && toks[rest].word() && !toks[rest].in_quote;
          // `"…," said one source in the room` / "…, said X, who …"
          bool quoted_tag = toks[sb.gap_start - 1].type == Token::Type::quote ||
                            (sb.gap_start > 1 && region_closed_by(toks[sb.gap_start - 2]) >= 0);
          static const char* const trailers[] = {"in",  "on", "at",       "from",     "of",       "for",     "with",
                                                 "during", "who", "as", "familiar", "close",    "involved", "speaking"};
          bool trailer = false;
          for (const char* w : trailers) trailer |= rest < n && toks[rest].is(w);
          if (more && !quoted_tag && !trailer) { p.drop = true; break; }
          p.content_before = true;
          p.clause_first = sb.gap_start;
          p.confidence = speaker_confidence(toks, *p.speaker, false);
        } else if (sb.gap_start == 0 && cue.first == 0 && toks[cue.first].capitalized) {
          // Sentence-initial inversion: "Said X: S" / "Says X, S".
          auto sp = find_phrase_after(toks, cue.last);
          if (!sp || sp->last + 1 >= n || !(toks[sp->last].is(":") || toks[sp->last].is(","))) { p.drop = true; break; }
          p.speaker = sp;
          p.content_from = sp->last + 1;
          p.confidence = speaker_confidence(toks, *sp, false);
        } else {
          p.drop = true;
        }
        break;
      }
    }
    plans.push_back(p);
  }

  // Pass 2: content of each plan, bounded by its neighbours' clauses.
  // A tag's content starts after the previous tag, not after an earlier
  // cue: "X told Y that S, the source added" nests X's claim in the source's.
  std::size_t prev_clause_end = 0;
  for (std::size_t pi = 0; pi < plans.size(); ++pi) {
    Plan& p = plans[pi];
    if (p.drop) continue;
    // A forward cue's content runs over a cue nested at its start: in "X
    // said Y thinks S" the content of "said" is "Y thinks S".
    std::size_t fwd_start = n;
    if (p.cue.pattern == CuePattern::verb && !p.content_before)
      fwd_start = p.content_from ? p.content_from : content_start_after(toks, p.cue.last - 1, p.cue.hearer, n);
    // "X said Y realized that S": the "that" found after "said" is the
    // nested cue's; X's content starts at Y.
    for (std::size_t q = pi + 1; fwd_start < n && !p.content_from && q < plans.size(); ++q)
      if (!plans[q].drop && !plans[q].content_before && plans[q].speaker && plans[q].cue.last <= fwd_start &&
          plans[q].clause_first >= p.cue.last && plans[q].clause_first < fwd_start &&
          skip_adverbials(toks, p.cue.last, n) == plans[q].clause_first) {
        fwd_start = p.content_from = plans[q].clause_first;
        break;
      }
    std::size_t next_clause = n;
    for (std::size_t q = pi + 1; q < plans.size(); ++q) {
      if (plans[q].drop) continue;
      // So does a cue whose speaker is named in a relative clause inside
      // the content: "X said he supports clerics who have called for S".
      bool relative = false;
      if (plans[q].speaker && !plans[q].content_before && plans[q].speaker->first >= fwd_start)
        for (std::size_t k = plans[q].speaker->last; k < plans[q].cue.first && !relative; ++k)
          relative = toks[k].is("who") || toks[k].is("which");
      // An object relative or a free relative inside the content: "many of
      // the examples that critics point to failed", "condemned what he
      // called a breach": the nested cue is part of this content.
      if (plans[q].speaker && !plans[q].content_before && fwd_start < n && plans[q].speaker->first > fwd_start) {
        const Token& rel = toks[plans[q].speaker->first - 1];
        const Token& before_rel = toks[plans[q].speaker->first - 2];
        relative |= rel.is("what") ||
                    ((rel.is("that") || rel.is("which") || rel.is("whom")) && before_rel.word() && !before_rel.capitalized &&
                     !lex.reporting.count(before_rel.lower) && !lex.belief.count(before_rel.lower) &&
                     !lex.denial.count(before_rel.lower) && !before_rel.is("and") && !before_rel.is("but"));
      }
      // A noun cue ("Y's claim that T") is a phrase of the content, never
      // the start of another clause.
      bool noun = plans[q].cue.pattern == CuePattern::report_noun && plans[q].clause_first >= fwd_start &&
                  fwd_start < n;
      // "claimed S1, and that Y hopes S2": a clause opened by "that" is a
      // second complement of the same cue.
      bool complement = fwd_start < n && plans[q].clause_first > fwd_start && toks[plans[q].clause_first - 1].is("that");
      // A judging cue of a pronoun inside the content ("X noted that in
      // 1972 he supported Y") is part of X's report too.
      bool judged = plans[q].cue.evaluation && plans[q].speaker && plans[q].speaker->first >= fwd_start && fwd_start < n &&
                    anaphor_kind(toks, *plans[q].speaker) == Anaphor::person;
      // "X says Y promised S1 and said S2": Y's second cue, inheriting Y,
      // is inside X's content as much as the first.
      bool inherited_inside = plans[q].inherited_speaker && plans[q].speaker && fwd_start < n &&
                              plans[q].speaker->first >= fwd_start && plans[q].speaker->first < plans[q].cue.first;
      // A noun cue with no speaker ("cites so many claims as S") is a
      // phrase of the content too.
      bool speakerless_noun = plans[q].speakerless && fwd_start < n && plans[q].clause_first > fwd_start;
      // "According to X, [after …,] Y insisted S": the frame covers the
      // whole sentence after it, nested reports included.
      bool framed = p.cue.pattern == CuePattern::according_to && !p.content_before;
      // "in what was claimed to be X": an impersonal free relative inside it.
      framed |= fwd_start < n && free_relative_passive(toks, plans[q].cue) && plans[q].cue.first > fwd_start;
      bool nested = !plans[q].content_before &&
                    (plans[q].clause_first == fwd_start || relative || noun || complement || judged || inherited_inside ||
                     speakerless_noun || framed ||
                     only_prepositional_phrase(toks, fwd_start, plans[q].clause_first));
      if (!nested) { next_clause = relative_clause_end(toks, p.cue.last, plans[q].clause_first, plans[q].cue.first); break; }
    }
    if (p.speaker && !p.content_before) next_clause = who_clause_end(toks, p.speaker->last, p.cue.first, next_clause);
    if (p.content_limit > p.cue.last) next_clause = std::min(next_clause, p.content_limit);
    Draft d;
    d.sentence = s;
    d.verb_start = toks[p.cue.first].start;
    d.verb_end = toks[p.cue.last - 1].end;
    d.denial = p.cue.denial;
    d.confidence = p.confidence;
    if (p.speaker) {
      d.has_speaker = true;
      d.speaker_start = toks[p.speaker->first].start;
      d.speaker_end = toks[p.speaker->last - 1].end;
      d.anaphor = anaphor_kind(toks, *p.speaker);
    }
    bool ok = false;
    std::size_t my_end = std::max(p.cue.last, p.speaker ? p.speaker->last : 0);
    switch (p.cue.pattern) {
      case CuePattern::according_to: {
        if (p.content_before) {
          std::size_t b = p.cue.first;
          int r = b >= 2 ? region_closed_by(toks[b - 2]) : -1;
          if (r < 0 && b >= 1) r = region_closed_by(toks[b - 1]);
          if (r >= 0) {
            ok = quote_content(r, d);
          } else {
            ok = content_from_tokens(toks, after_last_colon(toks, prev_clause_end, b), b, d);
          }
        } else {
          std::size_t k = p.speaker->last;
          while (k < next_clause && !toks[k].is(",")) ++k;
          ok = content_from_tokens(toks, std::min(k + 1, next_clause), next_clause, d);
        }
        break;
      }
      case CuePattern::passive: {
        std::size_t after = content_start_after(toks, p.cue.last - 1, false, next_clause);
        if (after > 0 && toks[after - 1].is("that")) {
          ok = content_from_tokens(toks, after, p.cue.content_end ? std::min(next_clause, p.cue.content_end) : next_clause, d);
        } else if (p.cue.evaluation) {
          // "the plan was criticized by X": what is judged is the subject.
          std::size_t j = p.cue.first;
          while (j > prev_clause_end && toks[j - 1].word() &&
                 (toks[j - 1].is("was") || toks[j - 1].is("were") || toks[j - 1].is("is") || toks[j - 1].is("are") ||
                  toks[j - 1].is("been") || toks[j - 1].is("be") || lex.adverbs.count(toks[j - 1].lower)))
            --j;
          ok = content_from_tokens(toks, prev_clause_end, j, d);
        } else if (p.speaker && p.cue.first >= 2 &&
                   (toks[p.cue.first - 2].is("this") || toks[p.cue.first - 2].is("it")) && s > 0 &&
                   para_[s - 1] + 1 >= para_[s]) {
          // "This was told by X": the content is what came before.
          d.start = sents_[s - 1].start, d.end = sents_[s - 1].end, ok = true;
          while (d.end > d.start && (text_[d.end - 1] == '.' || text_[d.end - 1] == ' ')) --d.end;
        } else if (free_relative_passive(toks, p.cue)) {
          // "what was claimed to be the capital": what is claimed follows.
          ok = content_from_tokens(toks, p.cue.last, next_clause, d);
        } else {
          ok = content_from_tokens(toks, prev_clause_end, next_clause, d);
        }
        break;
      }
      case CuePattern::report_noun: {
        std::size_t after = p.cue.last;
        if (after + 1 < n && (toks[after].is("that") || toks[after].is("of") || toks[after].is("about") ||
                              toks[after].is("on") || toks[after].is("for") || toks[after].is("against")))
          ++after;
        ok = content_from_tokens(toks, after, p.cue.content_end ? std::min(next_clause, p.cue.content_end) : next_clause, d);
        break;
      }
      case CuePattern::verb: {
        if (p.content_before) {
          std::size_t b = p.inherited_speaker ? p.cue.first : std::min(p.clause_first, p.cue.first);
          if (p.speaker && p.speaker->first < b) b = p.speaker->first;
          std::size_t k = b;
          while (k > 0 && (toks[k - 1].is(",") || toks[k - 1].is("-"))) --k;
          int r = k > 0 ? region_closed_by(toks[k - 1]) : -1;
          if (r < 0 && k >= 2 && toks[k - 1].is(",")) r = region_closed_by(toks[k - 2]);
          if (r < 0 && b > 0) r = region_closed_by(toks[b - 1]);
          if (r >= 0) {
            ok = quote_content(r, d);
          } else if (k > prev_clause_end) {
            ok = content_from_tokens(toks, after_last_colon(toks, prev_clause_end, k), k, d);
          } else if (s > 0 && para_[s - 1] == para_[s]) {
            // "He said." alone: the previous sentence of the paragraph.
            auto prev = tokens_of(s - 1);
            ok = content_from_tokens(prev, 0, prev.size(), d);
            d.confidence = std::min(d.confidence, kNeighbourSentence);
          }
        } else {
          std::size_t after = p.content_from ? p.content_from
                                             : content_start_after(toks, p.cue.last - 1, p.cue.hearer, next_clause);
          if (p.cue.desire || p.cue.content_end) after = p.cue.last;  // "wants [Congress] to S", "spoke about [X]"
          bool that = after > 0 && toks[after - 1].is("that");
          if (after >= next_clause && after > 0 && toks[after - 1].is(":") && s + 1 < sents_.size()) {
            // "X said:" closing the sentence: the next sentence's quote.
            auto nxt = tokens_of(s + 1);
            ok = !nxt.empty() && region_opened_by(nxt[0]) >= 0 && content_from_tokens(nxt, 0, nxt.size(), d);
          } else {
            ok = content_from_tokens(toks, after, p.cue.content_end ? std::min(next_clause, p.cue.content_end) : next_clause, d);
          }
          // A belief takes a plain clause too ("she thinks the plan is
          // sound"): a subject-like start and a few words.
          bool clause = false;
          if (ok && p.cue.belief && !that && after < n) {
            const Token& a = toks[after];
            std::size_t words = 0;
            for (std::size_t k = after; k < next_clause && words < 3; ++k) words += toks[k].word();
            clause = words >= 3 && a.word() && !a.is("so") && !a.is("about") && !a.is("of") &&
                     (a.capitalized || is_determiner(a.lower) || lex.pronouns.count(a.lower) > 0 ||
                      bare_clause_at(toks, after));
            // An infinitive: "hopes to offset S", "agreed to clean up S".
            clause |= words >= 3 && a.is("to") && after + 1 < n && toks[after + 1].word() &&
                      !toks[after + 1].capitalized && !is_determiner(toks[after + 1].lower);
          }
          // A weak verb with a plain clause opened by a subject pronoun and
          // its verb: "Lynch notes they were appointed earlier", "he
          // maintained he was innocent".
          if (ok && p.cue.weak && !p.cue.belief && !p.cue.evaluation && !p.cue.question && !p.cue.content_end && !that &&
              after + 1 < n && !toks[after].in_quote) {
            const Token& a = toks[after];
            const Token& v = toks[after + 1];
            clause |= is_subject_pronoun(a.lower) && v.word() &&
                      !v.capitalized && !v.in_quote && !v.is("to") && !is_determiner(v.lower) && !is_number(v.lower);
          }
          // A judged object ("cited the audit as the reason") or a question
          // ("asked whether S") stands for "that S".
          bool object = false;
          if (ok && (p.cue.evaluation || p.cue.question) && !that && after < n && toks[after].word() &&
              !toks[after].in_quote) {
            const Token& a = toks[after];
            if (p.cue.question) {
              object = a.is("whether") || a.is("if") || a.is("how") || a.is("why") || a.is("what") ||
                       a.is("when") || a.is("who") || a.is("where") || a.is("which");
            } else {
              std::size_t words = 0;
              for (std::size_t k = after; k < next_clause && words < 2; ++k) words += toks[k].word();
              // One word is an object when it is a name: "endorsed Trump".
              object = (words >= 2 || (a.capitalized && !is_time_word(a.lower))) && !a.is("to") && !a.is("by") &&
                       !a.is("as") && (!lex.breakers.count(a.lower) || is_determiner(a.lower) || a.is("what"));
            }
          }
          if (ok && p.cue.weak && !that && !d.is_quote && !clause && !object) ok = false;
          if (ok && object) d.confidence = std::min(d.confidence, p.confidence * kWeakCueFactor);
          if (ok && (p.cue.belief || p.cue.desire || p.cue.evidence))
            d.confidence = std::min(d.confidence, p.confidence * kWeakCueFactor);
        }
        if (ok && p.cue.weak && p.content_before && !d.is_quote) ok = false;
        break;
      }
    }
    if (p.cue.pattern == CuePattern::verb && !p.speaker && !p.speakerless) ok = false;
    std::optional<Draft> second;
    if (ok && d.is_quote && p.content_before && p.cue.pattern == CuePattern::verb) {
      // `"A," she said, "B."`: the quote after the tag is hers too.
      std::size_t k = skip_adverbials(toks, my_end, n);
      if (k + 1 < n && (toks[k].is(",") || toks[k].is(":"))) {
        if (int r = region_opened_by(toks[k + 1]); r >= 0) {
          Draft d2 = d;
          if (quote_content(r, d2)) second = d2;
        }
      }
    }
    if (ok && !second && !d.is_quote && !p.content_before && p.cue.pattern == CuePattern::verb) {
      // "claimed A, and that B": two complements, two claims of the speaker.
      for (std::size_t k = 0; k + 1 < n; ++k) {
        if (toks[k].start <= d.start || toks[k].end > d.end) continue;
        if (!(toks[k].is("that") && k > 0 && toks[k - 1].is("and") && !toks[k].in_quote)) continue;
        std::size_t cut = k - 1;
        while (cut > 0 && toks[cut - 1].is(",")) --cut;
        Draft d2 = d;
        Draft d1 = d;
        if (cut == 0 || toks[cut - 1].end <= d.start) break;
        d1.end = toks[cut - 1].end;
        d2.start = toks[k + 1].start;
        if (d1.end > d1.start && d2.end > d2.start) {
          d = d1;
          second = d2;
        }
        break;
      }
    }
    if (ok) {
      drafts_.push_back(d);
      if (second) drafts_.push_back(*second);
      if (p.content_before) prev_clause_end = std::max(prev_clause_end, my_end);
    }
  }
}

// Quotes with no tag of their own: a quote sentence right after a claim of
// the same paragraph, or a quote-only paragraph right after a paragraph
// whose quote had a speaker, continues that speaker.
void Extractor::attach_orphan_quotes() {
  // Last sentence of each paragraph, to tell a quote-only paragraph.
  std::vector<std::size_t> para_last(sents_.empty() ? 0 : para_.back() + 1, 0);
  for (std::size_t s = 0; s < sents_.size(); ++s) para_last[para_[s]] = s;
  std::vector<Draft> added;
  std::optional<Draft> last_claim;  // latest claim before the current sentence
  std::size_t di = 0;               // drafts_ are in sentence order
  std::size_t ri = 0;
  for (std::size_t s = 0; s < sents_.size(); ++s) {
    std::optional<Draft> here;
    while (ri < regions_.size() && regions_[ri].open < sents_[s].start) ++ri;
    while (ri < regions_.size() && regions_[ri].open < sents_[s].end) {
      const QuoteRegion& r = regions_[ri++];
      if (r.open != sents_[s].start || !last_claim || !last_claim->has_speaker) continue;
      if (r.inner_end - r.inner_start < 12) continue;  // a word or two: not a statement
      // Already the content of a claim (a tag may come sentences later)?
      bool used = false;
      for (std::size_t k = di; k < drafts_.size() && drafts_[k].sentence <= s + 64; ++k)
        used |= drafts_[k].start < r.inner_end && r.inner_start < drafts_[k].end;
      if (used) continue;
      bool same_paragraph = para_[last_claim->sentence] == para_[s];
      bool opens_paragraph = s == 0 || para_[s - 1] != para_[s];
      bool whole_paragraph = r.inner_end + 4 >= sents_[para_last[para_[s]]].end;
      bool continues = same_paragraph || (opens_paragraph && whole_paragraph && last_claim->is_quote &&
                                          para_[last_claim->sentence] + 1 == para_[s]);
      if (!continues) continue;
      Draft d = *last_claim;
      d.sentence = s;
      d.start = r.inner_start;
      d.end = r.inner_end;
      d.is_quote = true;
      d.confidence = std::min(last_claim->confidence, kContinuation);
      added.push_back(d);
      here = d;
    }
    while (di < drafts_.size() && drafts_[di].sentence <= s) last_claim = drafts_[di++];
    if (here) last_claim = here;
  }
  drafts_.insert(drafts_.end(), added.begin(), added.end());
  std::stable_sort(drafts_.begin(), drafts_.end(),
                   [](const Draft& a, const Draft& b) { return a.sentence < b.sentence; });
}

// A content longer than this is cut at a word boundary: in a run-on
// "sentence" (a 20 MB line with no full stop) every claim would otherwise
// carry, and re-scan, the rest of the line, which is quadratic.
constexpr std::size_t kMaxContentBytes = 2000;

// "The army claimed victory, with a spokesman saying S": an unnamed role
// in an absolute "with" clause speaks for the main clause's subject, the
// first organisation named in the sentence before it.
int Extractor::absolute_clause_group(const Draft& d, std::string_view phrase) const {
  std::size_t sp = phrase.find(' ');
  if (sp == std::string_view::npos || phrase.find(' ', sp + 1) != std::string_view::npos) return -1;
  std::string det = text::ascii_lower(phrase.substr(0, sp));
  if ((det != "a" && det != "an") || !cue_lexicon().role_nouns.count(text::ascii_lower(phrase.substr(sp + 1))))
    return -1;
  std::string_view before = text_.substr(0, d.speaker_start);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.size() < 6 || text::ascii_lower(before.substr(before.size() - 4)) != "with") return -1;
  before.remove_suffix(4);
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.empty() || before.back() != ',') return -1;
  for (const auto& m : ents_.mentions) {
    if (m.start >= d.speaker_start) break;
    if (m.sentence != d.sentence || m.entity < 0 || m.entity >= static_cast<int>(ents_.entities.size())) continue;
    if (ents_.entities[m.entity].kind == entities::Kind::organization) return m.entity;
  }
  return -1;
}

Claim Extractor::finish(const Draft& draft) {
  Draft d = draft;
  if (d.end > d.start + kMaxContentBytes) {
    std::size_t cut = text_.rfind(' ', d.start + kMaxContentBytes);
    d.end = (cut != std::string_view::npos && cut > d.start) ? cut : d.start + kMaxContentBytes;
    while (d.end > d.start && (static_cast<unsigned char>(text_[d.end]) & 0xC0) == 0x80) --d.end;
  }
  Claim c;
  c.sentence = d.sentence;
  if (d.has_speaker) {
    c.speaker_start = d.speaker_start;
    c.speaker_end = d.speaker_end;
    c.speaker = std::string(text_.substr(d.speaker_start, d.speaker_end - d.speaker_start));
    std::string_view phrase = text_.substr(d.speaker_start, d.speaker_end - d.speaker_start);
    std::string_view head = phrase.substr(phrase.find_last_of(' ') == std::string_view::npos ? 0 : phrase.find_last_of(' ') + 1);
    c.speaker_entity = d.anaphor == Anaphor::group && phrase.find(' ') != std::string_view::npos
                           ? resolve_speaker(ents_, d.speaker_start, d.speaker_end, d.anaphor, head)
                           : resolve_speaker(ents_, d.speaker_start, d.speaker_end, d.anaphor);
    // Speaker continuity beats distance: "A resident said S. He added T."
    // — a pronoun right after another claim refers to that claim's speaker
    // when it fits (and stays unresolved when that speaker is no entity).
    // An unnamed person who speaks for a group ("a front representative",
    // "a group spokesman") resolves to the group: "he" after it does too,
    // and so carries its side.
    if (d.anaphor == Anaphor::person && prev_speaker_sentence_ && *prev_speaker_sentence_ + 2 >= d.sentence) {
      bool known = prev_speaker_entity_ >= 0 && prev_speaker_entity_ < static_cast<int>(ents_.entities.size());
      bool person = known && ents_.entities[prev_speaker_entity_].kind == entities::Kind::person;
      bool for_group = known && prev_speaker_role_ && ents_.entities[prev_speaker_entity_].kind == entities::Kind::organization;
      c.speaker_entity = person || for_group ? prev_speaker_entity_ : -1;
    }
    if (c.speaker_entity < 0 && d.anaphor == Anaphor::none) c.speaker_entity = absolute_clause_group(d, phrase);
  } else {
    c.speaker_start = c.speaker_end = d.verb_start;
  }
  c.verb = std::string(text_.substr(d.verb_start, d.verb_end - d.verb_start));
  c.verb_start = d.verb_start;
  c.verb_end = d.verb_end;
  c.start = d.start;
  c.end = d.end;
  c.text = std::string(text_.substr(d.start, d.end - d.start));
  c.is_quote = d.is_quote;
  auto ctoks = tokenize(text_, d.start, d.end);
  std::string joined = joined_lower(ctoks, 0, ctoks.size());
  bool denies = d.denial || content_denies(joined);
  c.stance = denies ? "denies" : "asserts";
  // Quantities inside the content.
  bool counted = false;
  for (std::size_t q = 0; q < qs_.size(); ++q) {
    if (qs_[q].start >= d.start && qs_[q].end <= d.end) {
      c.quantities.push_back(static_cast<int>(q));
      // People trapped or besieged are a figure of the fighting, not of
      // its casualties: such a claim stays an event.
      counted |= qs_[q].count_type.has_value() && *qs_[q].count_type != "trapped";
    }
  }
  c.kind = classify_kind(joined, denies, counted);
  // First place mentioned inside the content.
  auto it = std::lower_bound(ents_.mentions.begin(), ents_.mentions.end(), d.start,
                             [](const entities::Mention& m, std::size_t pos) { return m.start < pos; });
  for (; it != ents_.mentions.end() && it->start < d.end; ++it) {
    if (it->end > d.end || it->entity < 0 || it->entity >= static_cast<int>(ents_.entities.size())) continue;
    if (ents_.entities[it->entity].kind == entities::Kind::place) {
      c.location_entity = it->entity;
      break;
    }
  }
  c.hedged = has_hedge(joined);
  if (d.has_speaker && d.anaphor == Anaphor::none) {
    prev_speaker_sentence_ = d.sentence;
    prev_speaker_entity_ = c.speaker_entity;
    // Does the phrase end in a role noun ("representative", "spokesman")?
    std::string_view phrase = text_.substr(d.speaker_start, d.speaker_end - d.speaker_start);
    std::size_t sp = phrase.find_last_of(' ');
    std::string head = text::ascii_lower(phrase.substr(sp == std::string_view::npos ? 0 : sp + 1));
    prev_speaker_role_ = cue_lexicon().role_nouns.count(head) > 0;
  }
  c.confidence = d.confidence;
  if (d.anaphor != Anaphor::none && c.speaker_entity >= 0) c.confidence += 0.05;  // resolved: a little surer
  // Headlines (no final stop) are terse and often elliptical.
  std::size_t se = std::min(sents_[d.sentence].end, text_.size());
  if (se > 0) {
    char last = text_[se - 1];
    bool stop = last == '.' || last == '!' || last == '?' || last == '"' || last == ':' ||
                (se >= 3 && static_cast<unsigned char>(text_[se - 3]) == 0xE2);
    if (!stop) c.confidence *= kHeadlineFactor;
  }
  c.confidence = std::clamp(c.confidence, 0.0, 1.0);
  return c;
}

// A quote of several sentences makes one claim per sentence: each is its
// own assertion ("X was completely conquered... We assure the people they
// will not face ..." — the first asserts control, the second a promise with
// a negation that must not colour the first), with the same speaker and cue.
std::vector<Draft> Extractor::split_quoted_sentences(const std::vector<Draft>& drafts) const {
  constexpr std::size_t kMaxPieces = 20;  // a runaway quote stays bounded
  std::vector<Draft> out;
  out.reserve(drafts.size());
  auto is_space = [](char ch) { return ch == ' ' || ch == '\n' || ch == '\t'; };
  for (const Draft& d : drafts) {
    if (!d.is_quote) {
      out.push_back(d);
      continue;
    }
    auto first = std::upper_bound(sents_.begin(), sents_.end(), d.start,
                                  [](std::size_t v, const sentences::Span& s) { return v < s.start; });
    std::size_t from = d.start, pieces = 0;
    for (auto s = first; s != sents_.end() && s->start < d.end && pieces + 1 < kMaxPieces; ++s) {
      Draft p = d;
      p.start = from;
      p.end = s->start;
      while (p.end > p.start && is_space(text_[p.end - 1])) --p.end;
      if (p.end > p.start) {
        out.push_back(p);
        ++pieces;
      }
      from = s->start;
    }
    Draft last = d;
    last.start = from;
    if (last.end > last.start) out.push_back(last);
  }
  return out;
}

std::vector<Claim> Extractor::run() {
  for (std::size_t s = 0; s < sents_.size(); ++s) sentence_claims(s);
  // Headline quotes last: a sentence whose quote already has a speaker
  // ("Said X: …") is left alone.
  std::size_t before = drafts_.size();
  for (std::size_t s = 0; s < sents_.size(); ++s) {
    bool own_paragraph = !(s > 0 && para_[s - 1] == para_[s]) && !(s + 1 < sents_.size() && para_[s + 1] == para_[s]);
    if (own_paragraph) headline_quote(s, tokens_of(s));
  }
  if (drafts_.size() != before)
    std::stable_sort(drafts_.begin(), drafts_.end(),
                     [](const Draft& a, const Draft& b) { return a.sentence < b.sentence; });
  dash_credits();
  attach_orphan_quotes();
  // Duplicates (same content and speaker, e.g. a repeated headline cue).
  std::vector<Draft> unique;
  for (const Draft& d : drafts_) {
    bool dup = false;
    for (std::size_t k = unique.size(); k-- > 0 && unique[k].sentence == d.sentence;)
      dup |= unique[k].start == d.start && unique[k].end == d.end && unique[k].verb_start == d.verb_start;
    if (!dup) unique.push_back(d);
  }
  // "S was reported. This was told by X.": the impersonal report of S and
  // X's claim of S are one claim, X's.
  std::vector<Draft> named;
  named.reserve(unique.size());
  for (std::size_t k = 0; k < unique.size(); ++k) {
    const Draft& d = unique[k];
    bool superseded = false;
    for (std::size_t j = k + 1; !d.has_speaker && j < unique.size() && unique[j].sentence <= d.sentence + 1; ++j)
      superseded |= unique[j].has_speaker && unique[j].start == d.start && unique[j].end == d.end;
    if (!superseded) named.push_back(d);
  }
  unique.swap(named);
  unique = split_quoted_sentences(unique);
  // Hedging by a verification disclaimer after the claim.
  std::vector<bool> disclaimer(sents_.size(), false), sentence_hedge(sents_.size(), false);
  std::vector<std::size_t> claim_sentences;
  for (const Draft& d : unique) claim_sentences.push_back(d.sentence);
  for (std::size_t s = 0; s < sents_.size(); ++s) {
    auto toks = tokenize(text_, sents_[s].start, sents_[s].end);
    std::string joined = joined_lower(toks, 0, toks.size());
    disclaimer[s] = is_verification_disclaimer(joined);
    sentence_hedge[s] = has_hedge(joined);
  }
  auto by_disclaimer = hedged_by_disclaimers(claim_sentences, disclaimer, para_);
  std::vector<Claim> out;
  out.reserve(unique.size());
  for (std::size_t k = 0; k < unique.size(); ++k) {
    Claim c = finish(unique[k]);
    // A hedge word anywhere in the cue's sentence ("Reportedly, X claimed").
    c.hedged = c.hedged || sentence_hedge[c.sentence] || by_disclaimer[k];
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

std::vector<Claim> extract(std::string_view text, const std::vector<sentences::Span>& sentences,
                           const entities::Analysis& entities, const std::vector<quantities::Quantity>& quantities) {
  // Out-of-range spans (a caller bug) are clamped by tokenize(): no claim
  // reads outside the text.
  Extractor x(text, sentences, entities, quantities);
  return x.run();
}

}  // namespace claims::attribution
