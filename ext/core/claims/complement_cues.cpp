#include "core/claims/complement_cues.hpp"

#include <algorithm>

#include "core/claims/content.hpp"
#include "core/claims/cue_lexicon.hpp"
#include "core/claims/speaker.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::attribution {
namespace {

constexpr std::size_t kClauseWindow = 12;  // a finite verb within this many tokens after "that"
constexpr std::size_t kBareSubjectWindow = 8;  // … and after the first word of a clause with no "that"

bool is_wh(const Token& t) { return t.is("whether") || t.is("if") || t.is("how") || t.is("why") || t.is("what"); }

// Quotation marks do not end the clause: "ruled that the claim about
// "thousands of shootings" was true".
bool ends_clause(const Token& t) { return t.is(".") || t.is(";") || t.is(":") || t.is("?") || t.is("!"); }

// A finite verb (or an auxiliary) among the next few tokens: "that | the
// plan is sound", "that | voters want change" — but not "that | treaty".
bool finite_verb_follows(const std::vector<Token>& toks, std::size_t from, bool bare = false) {
  static const char* const aux[] = {"is",    "are",  "was",   "were",  "has",  "have",   "had",  "will",
                                    "would", "can",  "could", "should", "may", "might",  "must", "does",
                                    "did",   "do",   "shall", "isn't", "wasn't", "won't", "can't", "didn't",
                                    "doesn't", "don't", "hasn't", "haven't", "aren't", "weren't", "wouldn't"};
  for (std::size_t k = from; k < toks.size() && k < from + (bare ? kBareSubjectWindow : kClauseWindow); ++k) {
    const Token& t = toks[k];
    if (ends_clause(t) && !t.in_quote) return false;
    // A bare clause's subject is a short noun phrase: a comma or a
    // preposition before the verb makes it an object ("the case, six
    // were …", "the program as a way to …").
    if (bare && !t.in_quote &&
        (t.is(",") || t.is("as") || t.is("to") || t.is("with") || t.is("for")))
      return false;
    if (!t.word() || t.capitalized || t.in_quote) continue;
    for (const char* a : aux)
      if (t.is(a)) return true;
    if (is_irregular_past(t.lower) || (t.lower.size() > 3 && t.lower.ends_with("ed"))) return true;
    // A plain verb after a plural or pronoun subject: "the rebels hold".
    const Token& prev = toks[k > from ? k - 1 : k];
    bool plural = k > from && prev.word() && !prev.capitalized && prev.lower.size() > 3 && prev.lower.ends_with("s") &&
                  !prev.lower.ends_with("ss") && !prev.lower.ends_with("'s");
    bool pronoun = k > from && (prev.is("they") || prev.is("we") || prev.is("i") || prev.is("you"));
    if ((plural || pronoun) && !is_determiner(t.lower) && !cue_lexicon().breakers.count(t.lower) &&
        !is_number(t.lower) && !is_time_word(t.lower))
      return true;
    // A present "-s" verb after a subject word: "voters want", "Clinton leads".
    bool digits = t.lower.find_first_of("0123456789") != std::string::npos;  // "the 1990s"
    if (k > from && !digits && t.lower.size() > 3 && t.lower.ends_with("s") && !t.lower.ends_with("ss") &&
        !t.lower.ends_with("'s") && toks[k - 1].word() && !is_determiner(toks[k - 1].lower) &&
        !cue_lexicon().breakers.count(toks[k - 1].lower))
      return true;
  }
  return false;
}

// A subject that can report: a pronoun, a name, a role/group/report/
// evidence noun, or a plural noun ("investigators", "economists").
// A subject that can report: a pronoun, a name, a role/group/report/
// evidence noun, a plural noun ("investigators"), or a noun phrase opened
// by a determiner ("the tribunal ruled", "the audit showed") — not a bare
// adjective or verb form before a noun use of the verb ("presidential |
// debate", "left little | doubt").
bool can_report(const std::vector<Token>& toks, TokenRange r) {
  const auto& lex = cue_lexicon();
  const Token& h = toks[r.last - 1];
  if (!h.word() || is_time_word(h.lower) || is_number(h.lower)) return false;
  if (lex.pronouns.count(h.lower) || h.capitalized) return true;
  if (lex.role_nouns.count(h.lower) || lex.group_nouns.count(h.lower) || lex.report_nouns.count(h.lower) ||
      lex.evidence_nouns.count(h.lower))
    return true;
  if (h.lower.size() > 3 && h.lower.ends_with("s") && !h.lower.ends_with("ss")) return true;
  return r.last - r.first >= 2 && is_determiner(toks[r.first].lower) && !toks[r.last - 2].lower.ends_with("'s") &&
         !(h.lower.size() > 3 && h.lower.ends_with("ed"));
}

}  // namespace

bool bare_clause_at(const std::vector<Token>& toks, std::size_t k) {
  if (k + 2 >= toks.size()) return false;
  const Token& a = toks[k];
  if (!a.word() || a.in_quote || a.is("to") || a.is("as") || a.is("about") || a.is("of") || a.is("for") ||
      a.is("that") || is_wh(a) || is_number(a.lower) || is_time_word(a.lower))
    return false;
  if (cue_lexicon().breakers.count(a.lower) && !is_determiner(a.lower) && !cue_lexicon().pronouns.count(a.lower))
    return false;
  // Object pronouns and prepositions open no clause: "saw him", "heard
  // them", "demonstrated outside the office after it …".
  static const char* const no_subject[] = {"him",    "them",   "me",      "us",     "her",    "outside", "inside",
                                           "after",  "before", "at",      "in",     "on",     "from",    "into",
                                           "near",   "over",   "under",   "against", "during", "since",  "until",
                                           "across", "through", "around", "behind", "without", "within", "by",
                                           // particles: "held out against", "backed off"
                                           "out",    "up",     "off",     "down",   "away",   "back"};
  for (const char* w : no_subject)
    if (a.is(w)) return false;
  return finite_verb_follows(toks, k + 1, true);
}

std::size_t complement_after(const std::vector<Token>& toks, std::size_t cue_last) {
  const std::size_t n = toks.size();
  std::size_t k = skip_adverbials(toks, cue_last, n);
  if (k >= n || k + 2 >= n || !toks[k].word() || toks[k].in_quote) return n;
  if (is_wh(toks[k])) return toks[k + 1].word() ? k : n;
  if (toks[k].is("that") && finite_verb_follows(toks, k + 1)) return k;
  return n;
}

void add_complement_cues(const std::vector<Token>& toks, std::vector<Cue>& cues) {
  static const auto& verbs = claims::lexicon::lower_set("complement_verbs");
  const std::size_t n = toks.size();
  std::vector<Cue> added;
  for (std::size_t i = 0; i + 2 < n; ++i) {
    const Token& t = toks[i];
    if (!t.word() || t.in_quote || t.capitalized || !verbs.count(t.lower)) continue;
    // A noun or adjective use: "the ruling that", "a detailed plan".
    if (i > 0 && (is_determiner(toks[i - 1].lower) || is_possessive(toks[i - 1].lower))) continue;
    bool taken = false;
    for (const Cue& c : cues) taken |= c.first <= i && i < c.last;
    if (taken) continue;
    std::size_t comp = complement_after(toks, i + 1);
    // "many experts suspect those losses were …": a clause with no "that"
    // (read as a belief, which takes a plain clause).
    bool bare = comp >= n && !is_participle(t.lower) && bare_clause_at(toks, skip_adverbials(toks, i + 1, n));
    if (comp >= n && !bare) continue;
    Cue c{i, i + 1, CuePattern::verb};
    c.participle = is_participle(t.lower);
    c.weak = true;  // the clause is what makes it a report
    c.belief = bare;
    c.question = !bare && is_wh(toks[comp]);
    if (!c.participle) {
      SpeakerBefore sb = find_speaker_before(toks, i);
      // No subject here: an inversion or a coordinated verb, which the
      // extractor resolves itself; a subject that cannot speak drops it.
      if (sb.phrase && !can_report(toks, *sb.phrase)) continue;
      if (!sb.phrase && !(sb.gap_start > 0 && is_coordinator(toks[sb.gap_start - 1]))) continue;
    }
    added.push_back(c);
  }
  if (added.empty()) return;
  cues.insert(cues.end(), added.begin(), added.end());
  std::stable_sort(cues.begin(), cues.end(), [](const Cue& a, const Cue& b) { return a.first < b.first; });
}

bool keep_negated_cue(const std::vector<Token>& toks, Cue& cue) {
  if (cue.pattern != CuePattern::verb || cue.denial || cue.desire || cue.evaluation) return false;
  std::size_t comp = complement_after(toks, cue.last);
  // "doesn't even believe the vote was fair": a belief's plain clause.
  if (comp >= toks.size() && cue.belief && bare_clause_at(toks, skip_adverbials(toks, cue.last, toks.size()))) {
    cue.denial = true;
    return true;
  }
  if (comp >= toks.size()) return false;
  if (is_wh(toks[comp])) {
    cue.question = true;
  } else {
    cue.denial = true;  // "doesn't believe that S": the speaker disputes S
  }
  return true;
}

bool is_progressive_be(const Token& t) {
  return t.is("is") || t.is("are") || t.is("was") || t.is("were") || t.is("isn't") || t.is("aren't") ||
         t.is("wasn't") || t.is("weren't");
}

}  // namespace claims::attribution

namespace claims::attribution {

bool is_coordinator(const Token& t) { return t.is("and") || t.is("but"); }

void refine_clause_cues(const std::vector<Token>& toks, std::vector<Cue>& cues) {
  for (Cue& c : cues) {
    // "asking her, “…?”", "asked them whether S": an object pronoun is the hearer.
    std::size_t o = c.last;
    if (c.pattern == CuePattern::verb && !c.hearer && o + 2 < toks.size() &&
        (toks[o].is("her") || toks[o].is("him") || toks[o].is("them") || toks[o].is("us") || toks[o].is("me")) &&
        ((toks[o + 1].is(",") && toks[o + 2].type == Token::Type::quote) || is_wh(toks[o + 1]) || toks[o + 1].is("that")))
      c.hearer = true;
    std::size_t i = c.first;
    if (c.pattern != CuePattern::verb || i < 3 || !toks[i - 1].is("to") || !toks[i - 2].is("on")) continue;
    const Token& go = toks[i - 3];
    if (!(go.is("went") || go.is("go") || go.is("goes") || go.is("going") || go.is("gone"))) continue;
    c.first = i - 3;
    c.participle = go.is("going");
  }
}

std::size_t relative_clause_end(const std::vector<Token>& toks, std::size_t cue_last, std::size_t next_first,
                                std::size_t next_cue) {
  if (next_first >= cue_last) return next_first;
  std::size_t end = std::max(next_cue, cue_last);
  for (std::size_t k = end; k > cue_last; --k)
    if (toks[k - 1].is(",") || toks[k - 1].is("-")) return k - 1;
  return end;
}

}  // namespace claims::attribution

namespace claims::attribution {

std::size_t who_clause_end(const std::vector<Token>& toks, std::size_t speaker_last, std::size_t cue_first,
                           std::size_t limit) {
  if (!(speaker_last + 1 < cue_first && toks[speaker_last].is(",") && toks[speaker_last + 1].is("who"))) return limit;
  for (std::size_t k = cue_first + 1; k + 1 < limit; ++k) {
    if (!toks[k].is(",") || toks[k].in_quote) continue;
    const Token& v = toks[k + 1];
    std::size_t j = k + 1;
    while (j < limit && toks[j].word() && cue_lexicon().adverbs.count(toks[j].lower)) ++j;  // ", then ordered"
    const Token& w = j < limit ? toks[j] : v;
    bool verb = w.word() && !w.capitalized &&
                (is_irregular_past(w.lower) || (w.lower.size() > 3 && w.lower.ends_with("ed")) || w.is("is") || w.is("was") ||
                 w.is("has") || w.is("will") || w.is("would"));
    if (verb) return k;
  }
  return limit;
}

}  // namespace claims::attribution
