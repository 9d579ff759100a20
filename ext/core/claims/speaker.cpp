#include "core/claims/speaker.hpp"

#include <unordered_set>
#include "core/text/ascii.hpp"

#include "core/claims/cue_lexicon.hpp"
#include "core/claims/speaker_phrase.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::attribution {
namespace {

constexpr std::size_t kMaxPhraseTokens = 14;
constexpr std::size_t kMaxAppositionTokens = 40;

bool is_connector(const Token& t) { return t.is("of") || t.is("for") || t.is("from") || t.is("at"); }

// "in"/"on" inside a name: "the Resistance Front in Afghanistan", "the
// Commission on Presidential Debates".
bool is_name_inner_in(const std::vector<Token>& toks, std::size_t k) {
  return (toks[k].is("in") || toks[k].is("on")) && k > 0 && k + 1 < toks.size() && toks[k - 1].capitalized && toks[k + 1].capitalized;
}

// Nouns ending in "-ly" are no adverbs: "the family said", "the assembly voted".
bool is_ly_noun(std::string_view w) {
  static const std::unordered_set<std::string_view> nouns{
      "family", "assembly", "supply", "weekly", "monthly", "quarterly", "yearly", "elderly", "ally", "anomaly", "rally"};
  return nouns.count(w) > 0;
}

// A word that may end (head) a speaker phrase.
bool can_be_head(const Token& t) {
  const auto& lex = cue_lexicon();
  if (!t.word()) return t.is(")");
  if (lex.pronouns.count(t.lower)) return true;
  if (t.capitalized) return !lex.breakers.count(t.lower) && !is_time_word(t.lower);
  if (lex.breakers.count(t.lower) || is_determiner(t.lower) || is_connector(t)) return false;
  if (lex.reporting.count(t.lower) || lex.denial.count(t.lower))
    return t.is("reports") || t.is("claims") || t.is("report") || t.is("statement");
  // Lower-case verb forms and adverbs are not heads ("could be heard saying").
  std::string_view w = t.lower;
  if (w.size() > 3 && (w.ends_with("ed") || (w.ends_with("ly") && !is_ly_noun(w)))) return false;
  if (is_participle(w)) return false;
  return !is_number(w);
}

// A lower-case word with an adjective ending: "public", "general",
// "national", "serious".
bool is_adjective_form(const Token& t) {
  if (!t.word() || t.capitalized || t.lower.size() < 5) return false;
  for (const char* suffix : {"ic", "al", "ous", "ive", "ful", "less", "able", "ible", "ary"})
    if (t.lower.ends_with(suffix)) return true;
  return false;
}

// A lower-case -ing or -ed word: a verb, or an adjective only when a
// determiner leads it.
bool is_verb_form(const Token& t) {
  if (!t.word() || t.capitalized || t.lower.find('-') != std::string::npos) return false;
  return is_participle(t.lower) || (t.lower.size() > 4 && t.lower.ends_with("ed"));
}

// A word that may stand inside a speaker phrase before its head.
bool can_be_inside(const Token& t) {
  const auto& lex = cue_lexicon();
  if (t.is("-") || t.is("(") || t.is(")") || t.is("&")) return true;
  if (!t.word()) return false;
  if (t.capitalized) return !lex.breakers.count(t.lower);
  // "said Monday that President X": "that" opens a clause, never a speaker.
  if (t.is("that")) return false;
  if (is_determiner(t.lower) || is_connector(t)) return true;
  if (lex.breakers.count(t.lower) || lex.pronouns.count(t.lower)) return false;
  if (lex.reporting.count(t.lower) || lex.denial.count(t.lower)) return false;
  return true;
}

// Phrase ending just before toks[end]; empty when no head is there.
std::optional<TokenRange> phrase_ending_at(const std::vector<Token>& toks, std::size_t end) {
  if (end == 0 || end > toks.size()) return std::nullopt;
  const auto& lex = cue_lexicon();
  const Token& head = toks[end - 1];
  if (!can_be_head(head) || head.in_quote) return std::nullopt;
  if (lex.pronouns.count(head.lower)) {
    // "the latter" / "the former"
    if ((head.is("latter") || head.is("former")) && end >= 2 && toks[end - 2].is("the"))
      return TokenRange{end - 2, end};
    return TokenRange{end - 1, end};
  }
  std::size_t b = end - 1;
  while (b > 0 && end - b < kMaxPhraseTokens) {
    const Token& t = toks[b - 1];
    if (t.in_quote || (!can_be_inside(t) && !is_name_inner_in(toks, b - 1))) break;
    // A lower-case verb form with its object ends the phrase: in "issued a
    // paper welcoming the plan's" or "paying an architect" the speaker is
    // not the verb's clause ("the ruling party", "associate for education
    // organizing at X" keep theirs).
    if (is_verb_form(t) && is_determiner(toks[b].lower) && !(b >= 2 && is_determiner(toks[b - 2].lower))) break;
    // Any lower-case word straight before a determiner is a verb with its
    // object ("placate nervous Democrats", "make a controversial"), unless
    // it is a quantifier ("all the", "both the", "half the").
    if (t.word() && !t.capitalized && is_determiner(toks[b].lower) && !is_determiner(t.lower) && !is_connector(t) &&
        !t.is("all") && !t.is("both") && !t.is("half") && !t.is("of")) break;
    // A connector ("of", "for") joins only noun phrases on both sides.
    if (is_connector(t) && (b < 2 || !can_be_inside(toks[b - 2]) || is_connector(toks[b - 2]))) break;
    --b;
  }
  // Leading connectors, dangling brackets and adverbs ("now the leader",
  // "sometimes") are not part of the phrase.
  while (b < end && (is_connector(toks[b]) || toks[b].is(")") || toks[b].is("-") ||
                     (b + 1 < end && toks[b].word() && !toks[b].capitalized &&
                      (lex.adverbs.count(toks[b].lower) || toks[b].lower.ends_with("ly") || toks[b].is("now") ||
                       toks[b].is("sometimes") || toks[b].is("together") || toks[b].is("too")))))
    ++b;
  // "in 2017 America says": a year after its preposition dates the clause.
  if (b + 1 < end && b > 0 && toks[b].lower.size() == 4 && is_number(toks[b].lower) &&
      (toks[b - 1].is("in") || toks[b - 1].is("since") || toks[b - 1].is("by")))
    ++b;
  // "At least two officials", "at most three residents": a quantifier.
  if (b >= 1 && b < end && (toks[b].is("least") || toks[b].is("most")) && toks[b - 1].is("at")) --b;
  if (b >= end) return std::nullopt;
  // "(Having said that, …": a lone capitalised participle opens an
  // adverbial clause; it is nobody.
  std::size_t w = b < end && toks[b].is("(") ? b + 1 : b;
  if (w + 1 == end && toks[w].capitalized && is_participle(toks[w].lower)) return std::nullopt;
  return TokenRange{b, end};
}

// "Farmers in | the X valley": the phrase before "in" is a plural noun or
// a role/group noun that opens the clause (at the sentence start or after
// a comma or conjunction), so what follows "in" is where they are.
std::optional<TokenRange> people_located_in(const std::vector<Token>& toks, TokenRange place) {
  if (place.first < 2 || !toks[place.first - 1].is("in")) return std::nullopt;
  auto people = phrase_ending_at(toks, place.first - 1);
  if (!people) return std::nullopt;
  const Token& head = toks[people->last - 1];
  const auto& lex = cue_lexicon();
  std::string_view w = head.lower;
  bool plural = head.word() && w.size() > 3 && w.ends_with("s") && !w.ends_with("ss");
  if (!(plural || lex.role_nouns.count(head.lower) || lex.group_nouns.count(head.lower))) return std::nullopt;
  for (std::size_t k = people->first; k < people->last; ++k)
    if (is_verb_form(toks[k])) return std::nullopt;
  std::size_t f = people->first;
  bool opens = f == 0 || toks[f - 1].is(",") || toks[f - 1].is("and") || toks[f - 1].is("but") ||
               toks[f - 1].type == Token::Type::quote;
  if (!opens) return std::nullopt;
  return TokenRange{f, place.last};
}

bool is_causative(const Token& t) {
  static const char* const verbs[] = {"help", "helps", "helped", "helping", "make", "makes", "made",
                                      "making", "let", "lets", "letting"};
  if (!t.word() || t.capitalized) return false;
  for (const char* v : verbs)
    if (t.is(v)) return true;
  return false;
}

bool lex_breaker(const Token& t) { return t.word() && cue_lexicon().breakers.count(t.lower) > 0; }

bool skippable_before_cue(const std::vector<Token>& toks, std::size_t j, bool& negated) {
  const auto& lex = cue_lexicon();
  const Token& t = toks[j];
  if (!t.word()) return false;
  if (lex.adverbs.count(t.lower)) {
    if (t.is("not") || t.is("never") || t.is("n't")) negated = true;
    return true;
  }
  if (t.lower.ends_with("n't")) { negated = true; return true; }  // didn't
  // Any manner adverb: "generally praised", "largely agreed".
  if (!t.capitalized && t.lower.size() > 5 && t.lower.ends_with("ly") && !is_ly_noun(t.lower) && !t.is("friendly"))
    return true;
  if (is_time_word(t.lower) && (t.capitalized || lex.time_words.count(t.lower))) return true;
  if (is_number(t.lower) && j > 0 && lex.months.count(toks[j - 1].lower)) return true;
  // "in 2010": a year
  auto year = [](const Token& u) { return u.lower.size() == 4 && is_number(u.lower) && u.lower[0] <= '2'; };
  if (year(t) && j > 0 && (toks[j - 1].is("in") || toks[j - 1].is("since"))) return true;
  if ((t.is("in") || t.is("since")) && j + 1 < toks.size() && year(toks[j + 1])) return true;
  // "on Sunday", "last week", "late on Saturday"
  if ((t.is("on") || t.is("last") || t.is("this") || t.is("late") || t.is("early") || t.is("for")) &&
      j + 1 < toks.size() && is_time_word(toks[j + 1].lower))
    return true;
  // "in a statement" / "on Twitter" between subject and verb — but a
  // channel noun opening the clause is the subject: "The website noted S".
  auto prep_before = [&](std::size_t at) {
    for (std::size_t k = at; k > 0 && at - k < 3; --k)
      if (toks[k - 1].is("in") || toks[k - 1].is("on") || toks[k - 1].is("via") || toks[k - 1].is("through"))
        return true;
    return false;
  };
  if (lex.channels.count(t.lower) && j >= 1 && prep_before(j)) return true;
  if ((t.is("in") || t.is("on") || t.is("via") || (is_determiner(t.lower) && prep_before(j))) && j + 1 < toks.size()) {
    for (std::size_t k = j + 1; k < toks.size() && k <= j + 3; ++k)
      if (lex.channels.count(toks[k].lower)) return true;
  }
  return false;
}

}  // namespace

SpeakerBefore find_speaker_before(const std::vector<Token>& toks, std::size_t cue) {
  SpeakerBefore out;
  std::size_t i = cue;
  bool infinitive = false;
  // "to" of an infinitive cue: "appeared to rebut", "refused to confirm",
  // "needs to tell"; not "too early to tell".
  if (i >= 2 && toks[i - 1].is("to") && toks[i - 2].word() && !toks[i - 2].capitalized) {
    if (i >= 3 && toks[i - 3].is("too")) return out;
    // A noun before "to" makes a purpose or a noun complement, not a verb
    // whose subject speaks: "at a public hearing to assert", "the general
    // public to think", "a chance to say".
    if (i >= 3 && (is_determiner(toks[i - 3].lower) || is_possessive_pronoun(toks[i - 3].lower))) return out;
    if (i >= 4 && is_determiner(toks[i - 4].lower) && is_adjective_form(toks[i - 3])) return out;
    i -= 2;
    infinitive = true;
  }
  while (i > 0 && skippable_before_cue(toks, i - 1, out.negated)) --i;
  // Progressive: "X is telling", "X was saying".
  if (i > 0 && is_participle(toks[cue].lower) &&
      (toks[i - 1].is("is") || toks[i - 1].is("are") || toks[i - 1].is("was") || toks[i - 1].is("were") ||
       toks[i - 1].is("been"))) {
    --i;
    while (i > 0 && skippable_before_cue(toks, i - 1, out.negated)) --i;
  }
  out.gap_start = i;
  if (i == 0) return out;
  if (toks[i - 1].is(",")) {
    // "X, a spokesman for Y, said" / "X, who ..., said" / "Y's envoy, X, said"
    out.after_comma = true;
    std::size_t k = i - 1;  // the comma before the cue
    std::size_t prev = k;
    while (prev > 0 && k - prev < kMaxAppositionTokens && !toks[prev - 1].is(",") && !toks[prev - 1].in_quote &&
           toks[prev - 1].type != Token::Type::quote && !toks[prev - 1].is(";"))
      --prev;
    if (prev == 0 || !toks[prev - 1].is(",")) return out;  // a tag: "…, said X" / "…, X said" handled by caller
    std::size_t seg = prev;  // first token of the inserted segment
    auto inner = phrase_ending_at(toks, k);
    const Token& s0 = toks[seg];
    bool relative = s0.is("who") || s0.is("which");
    // ", an anti-war group which has ...," / ", on the other hand," / ", however,"
    bool descriptive = (is_determiner(s0.lower) && !s0.is("that") && !s0.is("this")) ||
                       // ", Pyongyang's only ally and its lifeline,"
                       (s0.capitalized && is_possessive(s0.lower));
    // A segment opened by a conjunction is a clause of its own, not an
    // insertion: "…, and the meeting deteriorated, said one source".
    bool conjunction = s0.is("and") || s0.is("but") || s0.is("or") || s0.is("so") || s0.is("yet");
    bool parenthetical = (lex_breaker(s0) && !s0.is("that") && !conjunction) || (s0.lower.ends_with("ly") && k - seg == 1) ||
                         // ", speaking to reporters," / ", 25," (an age)
                         (s0.word() && !s0.capitalized && is_participle(s0.lower)) ||
                         (is_number(s0.lower) && k - seg <= 2);
    bool appositive = inner && inner->first == seg;
    if (!relative && !appositive && !descriptive && !parenthetical) return out;
    auto outer = phrase_ending_at(toks, prev - 1);
    if (!outer) return out;
    // A lone sentence adverb is no speaker: "Meanwhile, X, ..." handled above.
    if (outer->first == 0 && outer->last == 1 && !appositive) {
      const Token& w = toks[0];
      const auto& lex = cue_lexicon();
      bool adverb = !w.capitalized || w.lower.ends_with("ly") || lex.breakers.count(w.lower) ||
                    lex.adverbs.count(w.lower) || is_time_word(w.lower) || lex.pronouns.count(w.lower);
      // "China, the North's only ally, said": a name with a description.
      if (adverb || !(is_participle(s0.lower) || is_number(s0.lower) || descriptive || relative)) return out;
    }
    out.after_comma = false;
    out.phrase = (relative || parenthetical || descriptive) ? *outer : TokenRange{outer->first, k};
    return out;
  }
  // "X -- the author of Y -- said": a dash-delimited apposition.
  if (toks[i - 1].is("-")) {
    std::size_t k = i - 1;
    while (k > 0 && toks[k - 1].is("-")) --k;
    std::size_t m = k;
    while (m > 0 && k - m < kMaxAppositionTokens && !toks[m - 1].is("-") && toks[m - 1].type != Token::Type::quote &&
           !toks[m - 1].in_quote && !toks[m - 1].is(";"))
      --m;
    if (m > 0 && toks[m - 1].is("-") && m < k) {
      std::size_t open = m - 1;
      while (open > 0 && toks[open - 1].is("-")) --open;
      if (auto outer = phrase_ending_at(toks, open)) {
        out.phrase = outer;
        out.after_comma = false;
        return out;
      }
    }
  }
  // "X, who said" / "the official who said" → X
  if (toks[i - 1].is("who")) {
    std::size_t e = i - 1;
    if (e >= 1 && toks[e - 1].is(",")) --e;
    out.phrase = phrase_ending_at(toks, e);
    return out;
  }
  // "the two unions, which together vowed" → the unions; not when the
  // phrase before the comma holds a verb ("the council established X, which").
  if (toks[i - 1].is("which") && i >= 2 && toks[i - 2].is(",")) {
    out.phrase = phrase_ending_at(toks, i - 2);
    for (std::size_t k = out.phrase ? out.phrase->first : 0; out.phrase && k < out.phrase->last; ++k)
      if (is_verb_form(toks[k]) || (toks[k].word() && !toks[k].capitalized && toks[k].lower.ends_with("ed")))
        out.phrase.reset();  // "My uncle died of it, which confirmed": a clause
    return out;
  }
  auto p = phrase_ending_at(toks, i);
  // "all the experts I interviewed said S": a relative clause with no
  // "that" (a pronoun and its past verb) after the speaker.
  if (!p && i >= 3 && i == cue && toks[i - 1].word() && !toks[i - 1].capitalized &&
      (toks[i - 1].lower.ends_with("ed") || is_irregular_past(toks[i - 1].lower)) &&
      is_subject_pronoun(toks[i - 2].lower)) {
    if (auto ante = phrase_ending_at(toks, i - 2)) {
      const Token& h = toks[ante->last - 1];
      bool plural = h.lower.size() > 3 && h.lower.ends_with("s") && !h.lower.ends_with("ss") && !h.capitalized;
      if (plural || cue_lexicon().role_nouns.count(h.lower) || cue_lexicon().group_nouns.count(h.lower)) {
        out.phrase = ante;
        return out;
      }
    }
  }
  if (!p) return out;
  // "could help a visitor see S", "made the jury believe S": the object of
  // a causative verb before a bare cue does not speak on its own.
  if (p->first > 0 && !infinitive && is_causative(toks[p->first - 1]) && i == cue && !toks[cue].lower.ends_with("s") &&
      !toks[cue].lower.ends_with("ed") && !cue_is_noun_after(toks, *p, cue))
    return out;
  // "The agency decided after a long review not to charge", "X took to the
  // radio to accuse": a phrase governed by a preposition is its object, not
  // the one who speaks; the clause's own subject is, when one is found.
  if (is_prepositional_object(toks, *p, infinitive) || starts_with_bare_verb(toks, *p)) {
    if (auto subj = find_clause_subject(toks, p->first - 1); subj && !is_determiner(toks[subj->last - 1].lower)) {
      // "people involved in the talks assumed": a participle with its
      // prepositional phrase modifies the subject; the whole is the speaker.
      bool reduced_relative = !infinitive && subj->last + 2 == p->first && is_verb_form(toks[subj->last]);
      out.phrase = reduced_relative ? TokenRange{subj->first, p->last} : *subj;
      out.after_comma = false;
      return out;
    }
    // "examples in upscale areas failed to note S": the object of "in" is
    // not who failed; with no subject found, nobody is named.
    if (infinitive && is_prepositional_object(toks, *p, infinitive) && toks[p->first - 1].is("in")) return out;
    // "In the wake of the X report, Y has …": the object of an opening
    // preposition is a scene, not a speaker.
    if (p->first == 1 && is_determiner(toks[1].lower) && is_prepositional_object(toks, *p, infinitive) &&
        cue + 1 < toks.size() && toks[cue + 1].is(","))
      return out;
  }
  // "One of the doctors who sent the letter called X": the phrase is the
  // object of a relative clause; its antecedent speaks. "emails combed
  // through by a website suggest S": the agent of a reduced relative does
  // not; the noun it modifies does.
  if (p->first >= 3 && toks[p->first - 2].is("who") && toks[p->first - 1].word() && !toks[p->first - 1].capitalized) {
    if (auto ante = phrase_ending_at(toks, toks[p->first - 3].is(",") ? p->first - 3 : p->first - 2)) {
      out.phrase = ante;
      out.after_comma = false;
      return out;
    }
  }
  if (p->first >= 3 && toks[p->first - 1].is("by")) {
    std::size_t v = p->first - 2;
    if (v > 0 && (toks[v].is("through") || toks[v].is("up") || toks[v].is("out"))) --v;
    const Token& verb = toks[v];
    bool past = verb.word() && !verb.capitalized &&
                ((verb.lower.size() > 3 && verb.lower.ends_with("ed")) ||
                 is_irregular_past(verb.lower));
    if (past && v > 0 && !toks[v - 1].is("was") && !toks[v - 1].is("were") && !toks[v - 1].is("been") &&
        !toks[v - 1].is("is") && !toks[v - 1].is("are") && !toks[v - 1].is("be")) {
      if (auto noun = phrase_ending_at(toks, v); noun && !is_determiner(toks[noun->last - 1].lower)) {
        out.phrase = noun;
        out.after_comma = false;
        return out;
      }
    }
  }
  // "Farmers in the X valley voiced fears", "officials in the capital
  // said": a place after "in" locates the people who speak; the phrase
  // runs from the people noun opening the clause.
  if (auto people = people_located_in(toks, *p)) {
    out.phrase = people;
    out.after_comma = people->first > 0 && toks[people->first - 1].is(",");
    return out;
  }
  // "said the spate of shootings and protests demands that S", "said
  // professors or supervisors would dismiss S": a coordination opening a
  // reported clause speaks as a whole.
  if (p->first >= 2 && (toks[p->first - 1].is("and") || toks[p->first - 1].is("or"))) {
    if (auto left = phrase_ending_at(toks, p->first - 1); left && left->first > 0) {
      const Token& opener = toks[left->first - 1];
      if (opener.word() && !opener.capitalized &&
          (opener.is("that") || cue_lexicon().reporting.count(opener.lower) || cue_lexicon().belief.count(opener.lower)))
        p = TokenRange{left->first, p->last};
    }
    // "Mr. Grassley and Mr. Leahy said", "But Russia and China said": two
    // names opening the clause speak together.
    if (auto left = phrase_ending_at(toks, p->first - 1);
        left && p->last - p->first <= 4 && left->last - left->first <= 4 && toks[left->first].capitalized &&
        toks[p->first].capitalized && toks[p->first - 2].capitalized &&
        (left->first == 0 || toks[left->first - 1].is(",") ||
         (left->first == 1 && (toks[0].is("but") || toks[0].is("and")))))
      p = TokenRange{left->first, p->last};
  }
  // "X, a former official from Y told": apposition after the name.
  if (p->first >= 2 && toks[p->first - 1].is(",") && is_determiner(toks[p->first].lower)) {
    auto name = phrase_ending_at(toks, p->first - 1);
    bool sentence_adverb = name && name->first == 0 && name->last == 1;  // "Separately, the group said"
    if (name && !sentence_adverb && toks[name->first].capitalized && toks[p->first - 2].capitalized)
      p = TokenRange{name->first, p->last};
  }
  out.phrase = p;
  out.after_comma = p->first > 0 && (toks[p->first - 1].is(",") || toks[p->first - 1].type == Token::Type::quote ||
                                     toks[p->first - 1].is("-"));
  return out;
}

std::optional<TokenRange> find_phrase_after(const std::vector<Token>& toks, std::size_t i) {
  std::size_t e = i;
  while (e < toks.size() && e - i < kMaxPhraseTokens && !toks[e].in_quote && can_be_inside(toks[e])) {
    if (is_connector(toks[e]) && (e + 1 >= toks.size() || !can_be_inside(toks[e + 1]))) break;
    ++e;
  }
  // Pronoun speaker after the cue: "…, he said" is handled before; "said he".
  if (e == i && i < toks.size() && cue_lexicon().pronouns.count(toks[i].lower)) e = i + 1;
  while (e > i && (!can_be_head(toks[e - 1]) || is_connector(toks[e - 1]))) {
    // "the ruling", "the briefing": an -ing noun after a determiner heads it.
    if (e >= i + 2 && toks[e - 1].word() && is_participle(toks[e - 1].lower) && is_determiner(toks[e - 2].lower)) break;
    --e;
  }
  if (e == i) return std::nullopt;
  return TokenRange{i, e};
}

std::optional<TokenRange> find_speaker_after_quote(const std::vector<Token>& toks, std::size_t comma) {
  if (comma == 0 || comma >= toks.size()) return std::nullopt;
  std::size_t j = comma;
  while (j > 0 && comma - j < 2 * kMaxAppositionTokens) {
    const Token& t = toks[j - 1];
    if (t.type == Token::Type::quote) break;
    if (t.in_quote || t.is(";") || t.is(".")) return std::nullopt;
    --j;
  }
  if (j == 0 || toks[j - 1].type != Token::Type::quote) return std::nullopt;
  while (j < comma && toks[j].is(",")) ++j;
  if (j >= comma) return std::nullopt;
  auto p = find_phrase_after(toks, j);
  // The name closes at the comma of its apposition (or at the cue's own).
  if (!p || p->last > comma || !toks[p->last].is(",")) return std::nullopt;
  return p;
}

std::optional<TokenRange> find_clause_subject(const std::vector<Token>& toks, std::size_t before) {
  const auto& lex = cue_lexicon();
  std::size_t i = 0;
  // Skip a leading conjunction and a fronted adverbial up to its comma:
  // "But", "Meanwhile,", "At the debate on Monday, X attacked …".
  if (i < before && (toks[i].is("but") || toks[i].is("and") || toks[i].is("so") || toks[i].is("yet"))) ++i;
  if (i + 1 < before && toks[i + 1].is(",") && toks[i].word() &&
      (toks[i].lower.ends_with("ly") || lex.adverbs.count(toks[i].lower) || lex.breakers.count(toks[i].lower)))
    i += 2;
  else if (i < before && toks[i].word() && lex.breakers.count(toks[i].lower)) {
    std::size_t k = i;
    while (k < before && k - i < 16 && !toks[k].is(",") && toks[k].type != Token::Type::quote) ++k;
    if (k >= before || !toks[k].is(",")) return std::nullopt;
    i = k + 1;
  }
  if (i >= before || toks[i].in_quote || toks[i].type == Token::Type::quote) return std::nullopt;
  // The subject runs up to its verb: a past form, an auxiliary or a
  // reporting verb ("Trump attacked Clinton …, saying S").
  std::size_t v = i;
  auto verb_like = [&](const Token& t) {
    if (!t.word() || t.capitalized) return false;
    if (t.is("has") || t.is("have") || t.is("had") || t.is("is") || t.is("was") || t.is("are") || t.is("were") ||
        t.is("will") || t.is("would") || is_modal(t))
      return true;
    if (lex.reporting.count(t.lower) || lex.denial.count(t.lower)) return true;
    // "began by saying S", "went on to say S": irregular pasts, from data.
    if (is_irregular_past(t.lower)) return true;
    return t.lower.size() > 3 && t.lower.ends_with("ed");
  };
  // A pronoun subject: "Meanwhile, it attacked X, saying S".
  if (lex.pronouns.count(toks[i].lower) && i + 1 < before) {
    std::size_t v2 = i + 1;
    while (v2 < before && toks[v2].word() && lex.adverbs.count(toks[v2].lower)) ++v2;
    if (v2 < before && verb_like(toks[v2])) return TokenRange{i, i + 1};
  }
  // "Dean, a medical doctor, then appeared …": a name with an apposition.
  std::size_t name_end = i;
  while (name_end < before && toks[name_end].word() && toks[name_end].capitalized && !toks[name_end].in_quote) ++name_end;
  if (name_end > i && name_end + 2 < before && toks[name_end].is(",") && is_determiner(toks[name_end + 1].lower)) {
    std::size_t k = name_end + 1;
    while (k < before && k - name_end < 16 && !toks[k].is(",") && !toks[k].in_quote) ++k;
    std::size_t v2 = k + 1;
    while (v2 < before && toks[v2].word() && lex.adverbs.count(toks[v2].lower)) ++v2;
    if (k < before && toks[k].is(",") && v2 < before && verb_like(toks[v2])) return TokenRange{i, name_end};
  }
  while (v < before && v - i < kMaxPhraseTokens && !verb_like(toks[v])) {
    // "Donald Trump and Hillary Clinton vied …": two names are one subject.
    bool names_and = toks[v].is("and") && v > i && toks[v - 1].capitalized && v + 1 < before && toks[v + 1].capitalized;
    if (toks[v].in_quote || (!can_be_inside(toks[v]) && !is_name_inner_in(toks, v) && !names_and)) return std::nullopt;
    ++v;
  }
  std::size_t e = v;
  while (e > i && toks[e - 1].word() && lex.adverbs.count(toks[e - 1].lower)) --e;
  if (v >= before || e == i || !can_be_head(toks[e - 1])) return std::nullopt;
  // A bare article is no subject ("The unreleased video …, and called for").
  if (is_determiner(toks[e - 1].lower)) return std::nullopt;
  return TokenRange{i, e};
}

Anaphor anaphor_kind(const std::vector<Token>& toks, TokenRange r) {
  const auto& lex = cue_lexicon();
  if (r.empty()) return Anaphor::none;
  if (r.last - r.first == 1) {
    // "he's claiming": the pronoun of a contraction.
    std::string w = toks[r.first].lower;
    if (is_pronoun_contraction(w)) w.resize(w.find('\''));
    if (w == "he" || w == "she" || w == "i" || w == "his" || w == "her" || w == "my") return Anaphor::person;
    if (w == "it" || w == "its") return Anaphor::group;
    if (w == "they" || w == "we" || w == "their" || w == "our") return Anaphor::any;
    return Anaphor::none;
  }
  if (r.last - r.first == 2 && toks[r.first].is("the")) {
    const std::string& w = toks[r.first + 1].lower;
    if (w == "latter" || w == "former") return Anaphor::any;
    if (lex.role_nouns.count(w)) return Anaphor::person;
    if (lex.group_nouns.count(w)) return Anaphor::group;
  }
  return Anaphor::none;
}

int resolve_speaker(const entities::Analysis& ents, std::size_t start, std::size_t end, Anaphor a,
                    std::string_view head_noun) {
  // A mention covering the phrase wins ("the resistance" may be an alias).
  int covered = ents.entity_at(start, end);
  // A place inside a longer phrase is where the speaker is from, not the
  // speaker: "a resident of the X district", "a doctor in Y". A place
  // speaks only as the phrase itself ("Kabul said", "the United States").
  if (covered >= 0 && covered < static_cast<int>(ents.entities.size()) &&
      ents.entities[covered].kind == entities::Kind::place) {
    bool heads = false;
    for (const auto& m : ents.mentions)
      if (m.entity == covered && m.start < end && m.end > start)
        heads |= m.start <= start + 4;  // at the start, or after "the "
    if (!heads) covered = -1;
  }
  if (a == Anaphor::none || covered >= 0) return covered;
  std::string noun = text::ascii_lower(head_noun);
  int nearest = -1;
  // Nearest fitting mention ending before the speaker phrase; for "the
  // group"-style phrases an organisation named with that noun is preferred
  // ("the resistance" → "... Resistance Front").
  for (std::size_t k = ents.mentions.size(); k-- > 0;) {
    const auto& m = ents.mentions[k];
    if (m.end > start || m.entity < 0 || m.entity >= static_cast<int>(ents.entities.size())) continue;
    const auto& e = ents.entities[m.entity];
    bool fits = (a == Anaphor::person && e.kind == entities::Kind::person) ||
                (a == Anaphor::group && e.kind == entities::Kind::organization) ||
                (a == Anaphor::any && (e.kind == entities::Kind::person || e.kind == entities::Kind::organization));
    if (!fits) continue;
    if (noun.empty()) return m.entity;
    if (nearest < 0) nearest = m.entity;
    if (text::ascii_lower(e.name).find(noun) != std::string::npos) return m.entity;
  }
  return nearest;
}

}  // namespace claims::attribution
