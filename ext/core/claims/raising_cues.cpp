#include "core/claims/raising_cues.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "core/claims/cue_lexicon.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::attribution {
namespace {

using claims::lexicon::lower_set;

bool is_be(const Token& t) {
  return t.is("is") || t.is("are") || t.is("was") || t.is("were") || t.is("be") || t.is("been") || t.is("being") ||
         t.is("isn't") || t.is("aren't") || t.is("wasn't") || t.is("weren't");
}

// "to" + a verb: a lower-case word that is no determiner, number or time
// ("seemed to the crowd", "appeared to 200 people" are no infinitives).
bool infinitive_at(const std::vector<Token>& toks, std::size_t k) {
  if (k + 1 >= toks.size() || !toks[k].is("to") || toks[k].in_quote) return false;
  const Token& v = toks[k + 1];
  return v.word() && !v.capitalized && !v.in_quote && !is_determiner(v.lower) && !is_possessive_pronoun(v.lower) &&
         !is_number(v.lower) && !is_time_word(v.lower) && !cue_lexicon().pronouns.count(v.lower);
}

// End of the infinitive clause: the first clause-ending mark outside a
// quote ("is expected to come Friday, but …", "-- which seems to be X --").
std::size_t clause_end(const std::vector<Token>& toks, std::size_t k) {
  for (std::size_t j = k; j < toks.size(); ++j) {
    const Token& t = toks[j];
    if (t.in_quote || t.type == Token::Type::quote) continue;
    if (t.is(",") || t.is(";") || t.is(":") || t.is("-") || t.is("(") || t.is(".")) return j;
  }
  return toks.size();
}

// The raising cue at toks[i] (the verb, or "be" + adverbs + participle).
std::optional<Cue> raising_cue_at(const std::vector<Token>& toks, std::size_t i) {
  static const auto& verbs = lower_set("raising_verbs");
  static const auto& participles = lower_set("raising_participles");
  const Token& t = toks[i];
  if (!t.word() || t.in_quote || t.capitalized || !infinitive_at(toks, i + 1)) return std::nullopt;
  // "seems to think S", "appeared to suggest that S": the verb after "to"
  // is a cue of its own, whose claim is the one to keep.
  const auto& lex = cue_lexicon();
  const std::string& v = toks[i + 2].lower;
  // (A weak verb such as "continue" needs "that" or a quote to be a cue.)
  static const auto& weak = lower_set("weak_reporting_verbs");
  if ((lex.reporting.count(v) && !weak.count(v)) || lex.belief.count(v) || lex.denial.count(v) || lex.desire.count(v))
    return std::nullopt;
  std::size_t first = i;
  if (participles.count(t.lower)) {
    // "is expected", "could be expected", "were widely believed".
    std::size_t j = i;
    while (j > 0 && i - j < 2 && toks[j - 1].word() && !toks[j - 1].capitalized && !toks[j - 1].in_quote &&
           (cue_lexicon().adverbs.count(toks[j - 1].lower) || (toks[j - 1].lower.size() > 4 && toks[j - 1].lower.ends_with("ly"))))
      --j;
    if (j == 0 || !is_be(toks[j - 1]) || toks[j - 1].in_quote) return std::nullopt;
    first = j - 1;
  } else if (!verbs.count(t.lower)) {
    return std::nullopt;
  } else if (i > 0 && (is_determiner(toks[i - 1].lower) || is_possessive_pronoun(toks[i - 1].lower))) {
    return std::nullopt;  // "the appear…": never a verb after a determiner
  }
  Cue c{first, i + 1, CuePattern::report_noun};
  c.weak = true;
  c.content_end = clause_end(toks, i + 1);
  return c;
}

}  // namespace

void add_raising_cues(const std::vector<Token>& toks, std::vector<Cue>& cues) {
  std::vector<Cue> added;
  for (std::size_t i = 0; i + 2 < toks.size(); ++i) {
    auto c = raising_cue_at(toks, i);
    if (!c) continue;
    // A one-word weak or belief cue on the verb gives way ("expected" as
    // a belief wants a clause); any other cue overlapping keeps its place.
    bool taken = false;
    std::vector<std::size_t> replaced;
    for (std::size_t k = 0; k < cues.size(); ++k) {
      const Cue& o = cues[k];
      if (o.last <= c->first || o.first >= c->last) continue;
      if (o.first == i && o.last == i + 1 && (o.weak || o.belief)) replaced.push_back(k);
      else taken = true;
    }
    if (taken) continue;
    for (auto k = replaced.rbegin(); k != replaced.rend(); ++k) cues.erase(cues.begin() + static_cast<long>(*k));
    added.push_back(*c);
    i = c->last;
  }
  if (added.empty()) return;
  cues.insert(cues.end(), added.begin(), added.end());
  std::stable_sort(cues.begin(), cues.end(), [](const Cue& a, const Cue& b) { return a.first < b.first; });
}

}  // namespace claims::attribution
