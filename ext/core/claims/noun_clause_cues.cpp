#include "core/claims/noun_clause_cues.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "core/claims/complement_cues.hpp"
#include "core/claims/cue_lexicon.hpp"
#include "core/claims/speaker.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::attribution {
namespace {

using claims::lexicon::lower_set;

bool is_have(const Token& t) { return t.is("has") || t.is("have") || t.is("had") || t.is("having"); }

// An adjective inside the noun phrase: "growing concerns", "his repeated
// claims" — a lower-case content word, no function word or plural noun.
bool is_adjective_like(const Token& t) {
  const auto& lex = cue_lexicon();
  return t.word() && !t.capitalized && !t.in_quote && !lex.breakers.count(t.lower) && !is_determiner(t.lower) &&
         !is_possessive(t.lower) && !is_possessive_pronoun(t.lower) && !is_number(t.lower) &&
         !is_time_word(t.lower) && !lex.reporting.count(t.lower) && !(t.lower.ends_with("s") && !t.lower.ends_with("ss"));
}

// "that" opens a complement, not a relative clause: a subject comes
// first ("that | the plan would fail", "that | he will"), so the word
// after it is no verb form ("concerns that | were raised").
bool complement_clause_after(const std::vector<Token>& toks, std::size_t that) {
  if (that + 2 >= toks.size() || !toks[that].is("that") || toks[that].in_quote) return false;
  const Token& s = toks[that + 1];
  if (!s.word() || s.in_quote) return false;
  static const char* const verbs[] = {"is",   "are",   "was",    "were",  "has",   "have", "had",  "will", "would",
                                      "can",  "could", "should", "may",   "might", "must", "does", "did",  "do",
                                      "been", "be",    "shall",  "not",   "also",  "never"};
  for (const char* v : verbs)
    if (s.is(v)) return false;
  if (!s.capitalized && (s.lower.ends_with("ed") || cue_lexicon().reporting.count(s.lower))) return false;
  return bare_clause_at(toks, that + 1);
}

bool is_be_or_have(const Token& t) {
  return t.is("is") || t.is("are") || t.is("was") || t.is("were") || t.is("has") || t.is("have") || t.is("had");
}

bool is_auxiliary(const Token& t) {
  static const char* const aux[] = {"is",  "are",   "was",   "were",  "has",    "have", "had", "will",
                                    "would", "can", "could", "should", "may", "might",  "must", "does", "did"};
  for (const char* a : aux)
    if (t.is(a)) return true;
  return false;
}

// A noun phrase opening the sentence is its subject: "His concerns that S
// were ignored". The complement S ends where the main verb comes, a form
// of "be"/"have" agreeing with the noun right after S's own verb ("would
// fail | were", "had collapsed | was"). Returns that token, or 0.
std::size_t subject_clause_end(const std::vector<Token>& toks, std::size_t noun, std::size_t that) {
  const std::string& w = toks[noun].lower;
  bool plural = w.ends_with("s") && !w.ends_with("ss");
  bool seen_verb = false;
  for (std::size_t k = that + 2; k < toks.size(); ++k) {
    const Token& t = toks[k];
    if (!t.word() || t.in_quote) {
      if (t.is(",")) continue;
      return 0;
    }
    if (seen_verb && is_be_or_have(t)) {
      bool agrees = plural ? (t.is("are") || t.is("were") || t.is("have") || t.is("had"))
                           : (t.is("is") || t.is("was") || t.is("has") || t.is("had"));
      const Token& p = toks[k - 1];
      // The word before ends S's verb phrase: a bare verb after a modal or
      // auxiliary, a participle or an adverb.
      bool verb_end = p.word() && !p.capitalized &&
                      ((k >= 2 && is_auxiliary(toks[k - 2])) || p.lower.ends_with("ed") || p.lower.ends_with("ly") ||
                       p.lower.ends_with("en"));
      if (agrees && verb_end) return k;
    }
    seen_verb |= is_auxiliary(t) || (!t.capitalized && t.lower.size() > 3 && t.lower.ends_with("ed"));
  }
  return 0;
}

// A cue already spans or closely precedes [first, last).
bool covered(const std::vector<Cue>& cues, std::size_t first, std::size_t last) {
  for (const Cue& o : cues)
    if (o.first < last && o.last > first) return true;
  return false;
}

// "concerns raised by the mayor that S", "warnings by engineers that S":
// the agent after "by" holds the attitude. A passive cue from the noun to
// "by", so the agent is found as after "was claimed by".
std::optional<Cue> agent_noun_cue(const std::vector<Token>& toks, std::size_t noun) {
  static const auto& expressing = lower_set("expression_verbs");
  std::size_t k = noun + 1;
  if (k < toks.size() && !toks[k].capitalized && expressing.count(toks[k].lower) &&
      (toks[k].lower.ends_with("ed") || toks[k].is("made") || toks[k].is("given")))
    ++k;
  if (k + 2 >= toks.size() || !toks[k].is("by") || toks[k].in_quote) return std::nullopt;
  auto agent = find_phrase_after(toks, k + 1);
  if (!agent || agent->last >= toks.size() || !complement_clause_after(toks, agent->last)) return std::nullopt;
  Cue c{noun, k, CuePattern::passive};
  c.weak = true;
  // Only a noun phrase opening the sentence is a subject whose clause ends
  // at the main verb ("Concerns raised by X that S were ignored").
  bool subject = noun < 4;
  for (std::size_t j = 0; j < noun && subject; ++j)
    subject = toks[j].word() && (is_determiner(toks[j].lower) || is_adjective_like(toks[j]));
  if (subject) c.content_end = subject_clause_end(toks, noun, agent->last);
  return c;
}

}  // namespace

void add_noun_clause_cues(const std::vector<Token>& toks, std::vector<Cue>& cues) {
  static const auto& nouns = lower_set("clause_nouns");
  static const auto& expressing = lower_set("expression_verbs");
  const std::size_t n = toks.size();
  std::vector<Cue> added;
  for (std::size_t i = 0; i + 3 < n; ++i) {
    const Token& t = toks[i];
    if (!t.word() || t.in_quote || !nouns.count(t.lower)) continue;
    if (auto agent = agent_noun_cue(toks, i)) {
      // The noun read as a verb ("fears voiced by X that S": a cue "fears")
      // gives way; any other cue there keeps the sentence.
      std::erase_if(cues, [&](const Cue& o) {
        return o.first == i && o.last == i + 1 && (o.pattern == CuePattern::verb || o.pattern == CuePattern::report_noun);
      });
      if (!covered(cues, agent->first, agent->last)) added.push_back(*agent);
      continue;
    }
    if (t.capitalized) continue;
    if (!complement_clause_after(toks, i + 1)) continue;
    // Modifiers before the noun: "growing", "his repeated", "a strong".
    std::size_t j = i;
    while (j > 0 && i - j < 3 && is_adjective_like(toks[j - 1]) && !expressing.count(toks[j - 1].lower)) --j;
    std::size_t d = j;
    if (d > 0 && toks[d - 1].word() && !toks[d - 1].in_quote && is_determiner(toks[d - 1].lower) &&
        !is_possessive_pronoun(toks[d - 1].lower))
      --d;
    std::optional<Cue> c;
    if (j > 0 && !toks[j - 1].in_quote && (is_possessive(toks[j - 1].lower) || is_possessive_pronoun(toks[j - 1].lower))) {
      // "his acknowledgment that S", "the senator's claim that S".
      c = Cue{j, i + 1, CuePattern::report_noun};
      // Owner at the sentence start ("His concerns that S were ignored",
      // "The minister's claim that S was false"): S stops at the main verb.
      c->content_end = subject_noun_content_end(toks, j - 1, i);
    } else if (d > 0 && toks[d - 1].word() && !toks[d - 1].capitalized && !toks[d - 1].in_quote &&
               (expressing.count(toks[d - 1].lower) || is_have(toks[d - 1]))) {
      // "voiced fears that S", "has concerns that S": the verb's subject.
      c = Cue{d - 1, i + 1, CuePattern::verb};
      c->participle = is_participle(toks[d - 1].lower);
    } else if (j > 0 && toks[j - 1].capitalized && toks[j - 1].word()) {
      continue;  // "Trump claims that S" is a verb with its subject, not a noun
    } else {
      // "there are signs that S", "amid fears that S": no owner.
      c = Cue{j, i + 1, CuePattern::report_noun};
      if (d == 0) c->content_end = subject_clause_end(toks, i, i + 1);  // "Fears that S were ..."
    }
    c->weak = true;
    // A cue already here, or one whose clause this is ("denied the claim
    // that S", "X's claim that S"), keeps the sentence.
    // The noun read as a verb ("voiced fears that S" has a cue "fears"
    // whose subject would be "voiced") gives way to the noun cue.
    bool taken = false;
    std::vector<std::size_t> verb_reading;
    for (std::size_t k = 0; k < cues.size(); ++k) {
      const Cue& o = cues[k];
      if (o.first == i && o.last == i + 1 && o.pattern == CuePattern::verb && c->first < i) {
        verb_reading.push_back(k);
        continue;
      }
      taken |= (o.first <= i && o.last > c->first) || (o.last <= c->first && c->first - o.last <= 4);
    }
    if (taken) continue;
    for (auto k = verb_reading.rbegin(); k != verb_reading.rend(); ++k) cues.erase(cues.begin() + static_cast<long>(*k));
    added.push_back(*c);
    i += 1;
  }
  // "signed an agreement to S", "made a surprise decision to S": a noun of
  // deciding with an infinitive, concluded or voiced by the verb before
  // it; the verb's subject holds the position, the infinitive is the
  // content (read like "wants to S").
  static const auto& inf_nouns = lower_set("infinitive_nouns");
  static const auto& settling = lower_set("settling_verbs");
  for (std::size_t i = 1; i + 2 < n; ++i) {
    const Token& t = toks[i];
    if (!t.word() || t.in_quote || t.capitalized || !inf_nouns.count(t.lower)) continue;
    const Token& to = toks[i + 1];
    const Token& v = toks[i + 2];
    if (!to.is("to") || to.in_quote || !v.word() || v.capitalized || v.in_quote || is_determiner(v.lower) ||
        is_number(v.lower) || is_possessive_pronoun(v.lower))
      continue;
    std::size_t j = i;
    while (j > 0 && i - j < 3 && (is_adjective_like(toks[j - 1]) || is_number(toks[j - 1].lower) ||
                                  toks[j - 1].lower.find('-') != std::string::npos) &&
           !toks[j - 1].capitalized && !expressing.count(toks[j - 1].lower) && !settling.count(toks[j - 1].lower))
      --j;
    if (j > 0 && toks[j - 1].word() && is_determiner(toks[j - 1].lower) && !is_possessive_pronoun(toks[j - 1].lower)) --j;
    if (j == 0) continue;
    const Token& verb = toks[j - 1];
    if (!verb.word() || verb.capitalized || verb.in_quote || !(expressing.count(verb.lower) || settling.count(verb.lower)))
      continue;
    Cue c{j - 1, i + 1, CuePattern::verb};
    c.desire = true;
    c.participle = is_participle(verb.lower);
    bool taken = false;
    for (const Cue& o : cues) taken |= o.first < c.last + 2 && o.last > c.first;
    for (const Cue& o : added) taken |= o.first < c.last + 2 && o.last > c.first;
    if (!taken) added.push_back(c);
  }
  if (added.empty()) return;
  cues.insert(cues.end(), added.begin(), added.end());
  std::stable_sort(cues.begin(), cues.end(), [](const Cue& a, const Cue& b) { return a.first < b.first; });
}

bool complement_clause_at(const std::vector<Token>& toks, std::size_t that) {
  return complement_clause_after(toks, that);
}

std::size_t subject_noun_content_end(const std::vector<Token>& toks, std::size_t owner_first, std::size_t noun) {
  if (noun + 1 >= toks.size() || !toks[noun + 1].is("that")) return 0;
  std::size_t owner = owner_first;
  while (owner > 0 && toks[owner - 1].word() && toks[owner - 1].capitalized) --owner;
  if (owner != 0 && !(owner == 1 && toks[0].is("the"))) return 0;
  return subject_clause_end(toks, noun, noun + 1);
}

}  // namespace claims::attribution
