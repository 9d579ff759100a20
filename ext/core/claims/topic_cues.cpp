#include "core/claims/topic_cues.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "core/claims/cue_lexicon.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::attribution {
namespace {

using claims::lexicon::lower_set;

bool is_be(const Token& t) {
  return t.is("is") || t.is("are") || t.is("was") || t.is("were") || t.is("been") || t.is("be") || t.is("being");
}

// Prepositions that may stand before an owner ("for his remarks", "of
// their views"): never the verb whose subject holds the attitude.
bool is_preposition(const Token& t) {
  static const char* const preps[] = {"for", "of", "from", "at", "in", "on", "with", "to", "by", "about", "against",
                                      "into", "over", "under", "after", "before", "during", "without", "like", "than",
                                      "as", "despite", "amid", "toward", "towards", "upon", "through", "since"};
  for (const char* p : preps)
    if (t.is(p)) return true;
  return false;
}

bool is_owner(const Token& t) { return t.word() && (is_possessive(t.lower) || is_possessive_pronoun(t.lower)); }

// A lower-case word that is not a function word: an adjective or adverb
// inside a noun phrase ("his infamous comment", "a staunch opponent").
bool is_modifier(const Token& t) {
  const auto& lex = cue_lexicon();
  // A word in -s is a plural noun or a verb ("the company faces
  // allegations"), except adjectives in -ous/-ss ("numerous", "gross").
  bool s_form = t.lower.ends_with("s") && !t.lower.ends_with("ous") && !t.lower.ends_with("ss");
  return t.word() && !t.capitalized && !t.in_quote && !lex.breakers.count(t.lower) && !is_determiner(t.lower) &&
         !is_owner(t) && !is_number(t.lower) && !is_time_word(t.lower) && !s_form;
}

// The preposition that opens the topic of an attitude noun.
bool noun_preposition(const Token& t) {
  // Not "at"/"with"/"in": "the pledge at a conference", "an interview
  // with X" name a place or a partner, not a topic.
  return t.is("about") || t.is("of") || t.is("on") || t.is("over") || t.is("for") || t.is("against") ||
         t.is("toward") || t.is("towards") || t.is("regarding") || t.is("concerning");
}

// The start of a topic: a word (not a time word: "his remarks on Monday")
// or an opening quotation mark.
bool topic_start(const std::vector<Token>& toks, std::size_t k) {
  if (k >= toks.size()) return false;
  const Token& t = toks[k];
  if (t.type == Token::Type::quote) return true;
  if (!t.word() || is_time_word(t.lower)) return false;
  // "speaking on condition of anonymity", "on the condition that": terms
  // of speaking, not a topic.
  if (t.is("condition") || (t.is("the") && k + 1 < toks.size() && toks[k + 1].is("condition"))) return false;
  // "his comment about 47 percent of …", not "his remarks on 12 May".
  return !is_number(t.lower) || (k + 1 < toks.size() && toks[k + 1].word() && !is_time_word(toks[k + 1].lower));
}

// Adverbials allowed between a verb of speaking and its preposition:
// "spoke out Tuesday about", "spoke emotionally of", "weighed in again on".
bool verb_gap_word(const Token& t) {
  const auto& lex = cue_lexicon();
  if (!t.word() || t.in_quote) return false;
  if (is_time_word(t.lower) || lex.adverbs.count(t.lower)) return true;
  if (t.capitalized) return false;
  return t.is("out") || t.is("again") || t.is("also") || t.is("up") || t.is("publicly") ||
         (t.lower.size() > 4 && t.lower.ends_with("ly"));
}

// Index after the adverbials starting at toks[k]: up to two gap words,
// or a time phrase "on Tuesday", "last week", "this morning".
std::size_t skip_verb_gap(const std::vector<Token>& toks, std::size_t k) {
  std::size_t start = k;
  while (k < toks.size() && k - start < 3) {
    if (verb_gap_word(toks[k])) { ++k; continue; }
    if (k + 1 < toks.size() && (toks[k].is("on") || toks[k].is("last") || toks[k].is("this") || toks[k].is("late") ||
                                toks[k].is("early")) && toks[k + 1].word() && is_time_word(toks[k + 1].lower)) {
      k += 2;
      continue;
    }
    break;
  }
  return k;
}

// A person object of a judging verb: him/her/them or a capitalised name of
// up to four words. Returns the index after it.
std::optional<std::size_t> person_object(const std::vector<Token>& toks, std::size_t k) {
  if (k >= toks.size() || !toks[k].word() || toks[k].in_quote) return std::nullopt;
  if (toks[k].is("him") || toks[k].is("her") || toks[k].is("them") || toks[k].is("me") || toks[k].is("us"))
    return k + 1;
  const auto& lex = cue_lexicon();
  // "her opponent", "the minister", "his rivals": a person named by role.
  static const auto& holders = lower_set("opinion_holders");
  if (is_owner(toks[k]) || toks[k].is("the")) {
    std::size_t j = k + 1;
    while (j < toks.size() && j - k <= 2 && is_modifier(toks[j]) && !lex.role_nouns.count(toks[j].lower) &&
           !holders.count(toks[j].lower))
      ++j;
    if (j < toks.size() && toks[j].word() && !toks[j].in_quote &&
        (lex.role_nouns.count(toks[j].lower) || holders.count(toks[j].lower)))
      return j + 1;
    return std::nullopt;
  }
  std::size_t j = k;
  while (j < toks.size() && j - k < 4 && toks[j].word() && toks[j].capitalized && !toks[j].in_quote &&
         !lex.breakers.count(toks[j].lower) && !is_time_word(toks[j].lower))
    ++j;
  return j > k ? std::optional<std::size_t>(j) : std::nullopt;
}

// "his remarks", "Smith's recent comments", "the statement": an object
// that is itself something said. Returns the index after the noun.
std::optional<std::size_t> statement_object(const std::vector<Token>& toks, std::size_t k) {
  static const auto& nouns = lower_set("topic_nouns");
  if (k >= toks.size() || toks[k].in_quote) return std::nullopt;
  bool owned = is_owner(toks[k]);
  if (!owned) {
    // "Smith's remarks": a name run ending in a possessive.
    std::size_t j = k;
    while (j < toks.size() && j - k < 4 && toks[j].word() && toks[j].capitalized && !is_possessive(toks[j].lower)) ++j;
    if (j < toks.size() && toks[j].capitalized && is_possessive(toks[j].lower)) owned = true, k = j;
  }
  if (!owned && !toks[k].is("the")) return std::nullopt;
  std::size_t j = k + 1;
  while (j < toks.size() && j - k <= 3 && is_modifier(toks[j]) && !nouns.count(toks[j].lower)) ++j;
  if (j < toks.size() && nouns.count(toks[j].lower) && !toks[j].in_quote) return j + 1;
  return std::nullopt;
}

// An opening quotation mark at toks[k] followed by at least two quoted
// words: a quotation, not a scare-quoted single name.
bool region_words_follow(const std::vector<Token>& toks, std::size_t k) {
  std::size_t words = 0;
  for (std::size_t j = k + 1; j < toks.size() && toks[j].in_quote && words < 2; ++j) words += toks[j].word();
  return words >= 2;
}

bool is_question_word(const Token& t) {
  return t.is("whether") || t.is("if") || t.is("how") || t.is("why") || t.is("what") || t.is("when") ||
         t.is("who") || t.is("where") || t.is("which");
}

// A form of "be" before toks[i], adverbs between: "is once again".
bool progressive_be(const std::vector<Token>& toks, std::size_t i) {
  std::size_t j = i;
  while (j > 0 && i - j < 3 && toks[j - 1].word() && !toks[j - 1].capitalized &&
         (cue_lexicon().adverbs.count(toks[j - 1].lower) || toks[j - 1].is("once") || toks[j - 1].is("again") ||
          (toks[j - 1].lower.size() > 4 && toks[j - 1].lower.ends_with("ly"))) &&
         !toks[j - 1].is("has") && !toks[j - 1].is("have") && !toks[j - 1].is("had"))
    --j;
  return j > 0 && (toks[j - 1].is("is") || toks[j - 1].is("are") || toks[j - 1].is("was") || toks[j - 1].is("were") ||
                   toks[j - 1].is("been"));
}

// Words that show the object was judged in words: ", saying …", "in a
// series of tweets", "in a statement".
bool verbal_follows(const std::vector<Token>& toks, std::size_t k) {
  const auto& lex = cue_lexicon();
  static const auto& nouns = lower_set("topic_nouns");
  if (k < toks.size() && toks[k].is(",")) ++k;
  if (k >= toks.size() || toks[k].in_quote) return false;
  if (toks[k].word() && is_participle(toks[k].lower) && lex.reporting.count(toks[k].lower)) return true;
  if (!(toks[k].is("in") || toks[k].is("on") || toks[k].is("during") || toks[k].is("with"))) return false;
  for (std::size_t j = k + 1; j < toks.size() && j <= k + 5 && toks[j].word(); ++j)
    if (lex.channels.count(toks[j].lower) || nouns.count(toks[j].lower)) return true;
  return false;
}

// "for/as/over" + a reason: "for his remarks", "for accepting X", "for
// not doing Y", "as a fraud", "over her tweets" — not "for hours", "for
// the third day", "as they retreated".
bool reason_follows(const std::vector<Token>& toks, std::size_t k) {
  if (k + 1 >= toks.size() || toks[k].in_quote) return false;
  const Token& r = toks[k + 1];
  if (r.type == Token::Type::quote) return true;
  if (!r.word() || is_time_word(r.lower)) return false;
  if (toks[k].is("for"))
    return (is_participle(r.lower) && !r.capitalized) || is_owner(r) || r.is("not");
  if (toks[k].is("as")) return r.is("a") || r.is("an") || r.is("being");
  if (toks[k].is("over")) return is_owner(r);
  return false;
}

// End of the noun phrase that starts at toks[k] (the topic of a noun
// cue): before the verb of the sentence ("her comments on X [were brief]"),
// a clause-ending punctuation mark or a bound of 30 tokens.
std::size_t noun_phrase_end(const std::vector<Token>& toks, std::size_t k) {
  const auto& lex = cue_lexicon();
  std::size_t quote_depth = 0;
  // "about whether the video should be released": a clause, up to a comma.
  bool clause = k < toks.size() && is_question_word(toks[k]);
  for (std::size_t j = k; j < toks.size(); ++j) {
    if (j - k >= 60) return j;  // a run-on "sentence" stays linear
    if (clause) {
      if (j > k && !toks[j].in_quote && (toks[j].is(",") || toks[j].is(";"))) return j;
      continue;
    }
    const Token& t = toks[j];
    if (j - k >= 30) return j;
    if (t.type == Token::Type::quote || t.in_quote) { quote_depth += t.type == Token::Type::quote; continue; }
    if (j == k) continue;
    // A relative clause belongs to its noun: "a proposal for cooperation
    // that would create a headquarters" runs to the next comma.
    if (t.is("that") || t.is("which") || t.is("who") || t.is("whose")) clause = true;
    if (clause) continue;
    if (t.is(",") || t.is(";") || t.is(":") || t.is("(") || t.is("-") || t.is(".")) return j;
    if (!t.word() || t.capitalized) continue;
    if (is_be(t) || t.is("has") || t.is("have") || t.is("had") || t.is("will") || t.is("would") || t.is("can") ||
        t.is("could") || t.is("should") || t.is("may") || t.is("might") || t.is("must") || t.is("did") ||
        t.is("does") || lex.reporting.count(t.lower) || lex.denial.count(t.lower))
      return j;
    // A past-tense verb after a noun: "the ferry fares [surprised] nobody"
    // (not a participle with its agent: "the fares proposed by X").
    if (j >= k + 2 && t.lower.size() > 4 && t.lower.ends_with("ed") && toks[j - 1].word() &&
        !toks[j - 1].in_quote && !lex.breakers.count(toks[j - 1].lower) && !is_determiner(toks[j - 1].lower) &&
        !(j + 1 < toks.size() && toks[j + 1].is("by")))
      return j;
  }
  return toks.size();
}

// A cue; when it ends in a preposition ("complained about"), its content
// is the noun phrase after it.
Cue make(const std::vector<Token>& toks, std::size_t first, std::size_t last, CuePattern pattern, bool participle) {
  Cue c{first, last, pattern};
  const Token& end = toks[last - 1];
  if (last < toks.size() && (noun_preposition(end) || end.is("at") || end.is("with") || end.is("to") || end.is("in")))
    c.content_end = noun_phrase_end(toks, last);
  c.weak = true;
  c.evaluation = pattern == CuePattern::verb;
  c.participle = participle;
  return c;
}

// The topic cue starting at or around toks[i], if any.
std::optional<Cue> topic_cue_at(const std::vector<Token>& toks, std::size_t i) {
  const auto& lex = cue_lexicon();
  static const auto& nouns = lower_set("topic_nouns");
  static const auto& holders = lower_set("opinion_holders");
  static const auto& expressing = lower_set("expression_verbs");
  static const auto& questioning = lower_set("questioning_verbs");
  static const auto& rebuke = lower_set("rebuke_verbs");
  static const auto& force_verbs = lower_set("force_verbs");
  static const auto& impersonal = lower_set("impersonal_topic_nouns");
  const std::size_t n = toks.size();
  const Token& t = toks[i];
  // "Asked about the convoy, X said …", "Asked to describe the device,
  // …": a question put by someone the text does not name, an impersonal
  // claim whose content runs to the comma.
  if (i == 0 && t.word() && !t.in_quote && questioning.count(t.lower) && t.lower.ends_with("ed") && i + 2 < n &&
      (toks[1].is("about") || toks[1].is("to") || toks[1].is("whether") || toks[1].is("if") || toks[1].is("why") ||
       toks[1].is("how") || toks[1].is("what") || toks[1].is("on"))) {
    std::size_t comma = 2;
    while (comma < n && comma < 30 && !(toks[comma].is(",") && !toks[comma].in_quote)) ++comma;
    if (comma < n && toks[comma].is(",") && comma + 2 < n) {
      Cue c{0, 1, CuePattern::report_noun};
      c.weak = true;
      c.content_end = comma;
      return c;
    }
  }
  if (!t.word() || t.in_quote || t.capitalized) return std::nullopt;
  const Token* prev = i > 0 ? &toks[i - 1] : nullptr;

  // Attitude noun + preposition + topic: the owner or the expressing verb
  // before it decides who holds the attitude.
  // A time word may come between the noun and its preposition: "her
  // comments Tuesday on X".
  std::size_t pp = i + 1;
  if (pp + 1 < n && toks[pp].word() && toks[pp].capitalized && is_time_word(toks[pp].lower)) ++pp;
  if ((nouns.count(t.lower) || holders.count(t.lower)) && pp + 1 < n &&
      noun_preposition(toks[pp]) && !toks[pp].in_quote && topic_start(toks, pp + 1)) {
    std::size_t j = i;
    // Modifiers, also coordinated: "a consistent and outspoken supporter".
    while (j > 0 && i - j < 5 &&
           ((is_modifier(toks[j - 1]) && !expressing.count(toks[j - 1].lower)) ||
            ((toks[j - 1].is("and") || toks[j - 1].is(",")) && j > 1 && j < i && is_modifier(toks[j - 2]))))
      --j;
    bool attitude = nouns.count(t.lower) > 0;
    if (attitude && j > 0 && is_owner(toks[j - 1]) && !toks[j - 1].in_quote) {
      // "Trump continues his adulation of X", "he did have his concerns
      // about Y": the verb's subject holds the attitude, as a verb cue.
      std::size_t o = j - 1;
      if (is_possessive_pronoun(toks[o].lower) && o > 0) {
        const Token& v = toks[o - 1];
        bool have = v.is("has") || v.is("have") || v.is("had");
        if (v.word() && !v.capitalized && !v.in_quote && !is_determiner(v.lower) && !is_number(v.lower) &&
            (have || !lex.breakers.count(v.lower)) && !is_time_word(v.lower) && !is_preposition(v))
          return make(toks, o - 1, pp + 1, CuePattern::verb, is_participle(v.lower));
      }
      // "her comments about X": a noun cue, its owner the speaker.
      return make(toks, j, pp + 1, CuePattern::report_noun, false);
    }
    std::size_t d = j;
    if (d > 0 && (toks[d - 1].is("a") || toks[d - 1].is("an") || toks[d - 1].is("the") || toks[d - 1].is("some") ||
                  toks[d - 1].is("new") || toks[d - 1].is("no") || toks[d - 1].is("such") || toks[d - 1].is("any")))
      --d;
    // "the agency has questions about X": "have" expresses a plural
    // attitude noun with no determiner ("has a plan" is no claim).
    bool have = d > 0 && (d == j || !(toks[d].is("a") || toks[d].is("an") || toks[d].is("the"))) &&
                (toks[d - 1].is("has") || toks[d - 1].is("have") || toks[d - 1].is("had")) &&
                t.lower.ends_with("s");
    if (attitude && d > 0 && (expressing.count(toks[d - 1].lower) || have) && !toks[d - 1].capitalized && !toks[d - 1].in_quote &&
        !(d > 1 && (is_determiner(toks[d - 2].lower) || is_owner(toks[d - 2])))) {
      // "expressed misgivings about X", "made a strong condemnation of Y".
      return make(toks, d - 1, pp + 1, CuePattern::verb, is_participle(toks[d - 1].lower));
    }
    if (holders.count(t.lower) && d < j && (toks[d].is("a") || toks[d].is("an")) && d > 0 && is_be(toks[d - 1]) &&
        (toks[pp].is("of") || toks[pp].is("for") || toks[pp].is("on"))) {
      // "X is a staunch opponent of Y", "has been a vocal critic of Z".
      return make(toks, d - 1, pp + 1, CuePattern::verb, false);
    }
    // "allegations of fraud", "growing skepticism about X": an attitude
    // nobody in the sentence owns, an impersonal claim (no speaker).
    if (attitude && impersonal.count(t.lower) && !(j > 0 && (is_owner(toks[j - 1]) || toks[j - 1].capitalized))) {
      return make(toks, j, pp + 1, CuePattern::report_noun, false);
    }
    return std::nullopt;
  }

  // "X weren't too concerned about Y", "is more passionate about Z": a
  // stance adjective after a negated form of "be" or degree words the
  // plain cue does not take ("they're worried" keeps its own cue: the
  // subject is inside the contraction).
  if (lex.stance_adjectives.count(t.lower) && i + 2 < n && !toks[i + 1].in_quote &&
      (toks[i + 1].is("about") || toks[i + 1].is("of") || toks[i + 1].is("over") || toks[i + 1].is("with")) &&
      topic_start(toks, i + 2)) {
    std::size_t j = i;
    while (j > 0 && i - j < 3 && toks[j - 1].word() && !toks[j - 1].capitalized &&
           (toks[j - 1].is("more") || toks[j - 1].is("most") || toks[j - 1].is("less") || toks[j - 1].is("too") ||
            toks[j - 1].is("so") || toks[j - 1].is("very") || toks[j - 1].is("quite") || toks[j - 1].is("not") ||
            toks[j - 1].is("all") || toks[j - 1].is("as") || lex.adverbs.count(toks[j - 1].lower) ||
            (toks[j - 1].lower.size() > 4 && toks[j - 1].lower.ends_with("ly"))))
      --j;
    if (j > 0 && toks[j - 1].word()) {
      const std::string& b = toks[j - 1].lower;
      bool be = is_be(toks[j - 1]) || b == "isn't" || b == "aren't" || b == "wasn't" || b == "weren't" || b == "am";
      // "the students' parents": a possessive is no "be".
      if (be) return make(toks, j - 1, i + 2, CuePattern::verb, false);
    }
  }

  bool after_det = prev && (is_determiner(prev->lower) || is_owner(*prev));
  if (after_det) return std::nullopt;

  // "European leaders gathered Friday to discuss the crisis": a purpose
  // infinitive after a clause (not "wants to discuss", "has to discuss"),
  // read like a participle phrase: the main clause's subject talks.
  static const auto& purpose = lower_set("purpose_verbs");
  static const auto& topic_nouns = lower_set("topic_nouns");
  if (purpose.count(t.lower) && prev && prev->is("to") && !prev->in_quote && i >= 2 && i + 2 < n &&
      toks[i - 2].word() && !toks[i - 2].in_quote && topic_start(toks, i + 1) && !toks[i + 1].is("whether") &&
      (is_determiner(toks[i + 1].lower) || is_owner(toks[i + 1]) || is_modifier(toks[i + 1]) || toks[i + 1].capitalized ||
       topic_nouns.count(toks[i + 1].lower))) {
    const std::string& w = toks[i - 2].lower;
    static const auto& directive = lower_set("directive_verbs");
    bool governed = lex.desire.count(w) || lex.reporting.count(w) || lex.belief.count(w) || lex.denial.count(w) ||
                    directive.count(w) || is_be(toks[i - 2]) || w == "have" || w == "has" || w == "had" ||
                    w == "need" || w == "needs" || w == "needed" || w == "going" || w == "able" || w == "used" ||
                    w == "ought" || w == "expected" || w == "likely" || w == "time" || w == "chance";
    // "called the meeting to discuss the budget": the infinitive is the
    // purpose of the verb's object (a noun right after "the"), not a talk by
    // the subject; "gathered at the summit to discuss" keeps its preposition.
    bool object_purpose = i >= 4 && is_determiner(toks[i - 3].lower) && !is_preposition(toks[i - 4]);
    if (!governed && !object_purpose) {
      Cue c = make(toks, i - 1, i + 1, CuePattern::verb, true);
      c.content_end = noun_phrase_end(toks, i + 1);
      return c;
    }
  }

  // Verb of speaking + adverbials + preposition, or a phrase of up to four
  // words from the topic list ("weighed in on", "lashed out at").
  bool progressive = is_participle(t.lower) && progressive_be(toks, i);
  if (lex.topic.count(t.lower) && (!(prev && is_be(*prev)) || progressive)) {
    std::size_t k = skip_verb_gap(toks, i + 1);
    if (k > i + 1 && k + 1 < n && (toks[k].is("about") || toks[k].is("of") || toks[k].is("against") || toks[k].is("on")) &&
        !toks[k].in_quote && topic_start(toks, k + 1))
      return make(toks, i, k + 1, CuePattern::verb, is_participle(t.lower));
  }
  // A phrase of the topic list, perhaps with adverbials before its last
  // word: "weighed in (Friday) on", "campaigned (heavily) for".
  if (!(prev && is_be(*prev)) || progressive) {
    std::string phrase = t.lower;
    for (std::size_t k = i + 1; k < n && k <= i + 3 && toks[k].word() && !toks[k].in_quote; ++k) {
      std::size_t m = toks[k].is("out") || toks[k].is("up") ? k : skip_verb_gap(toks, k);
      if (m < n && toks[m].word() && !toks[m].in_quote && (m > k || k >= i + 2) &&
          lex.topic.count(phrase + " " + toks[m].lower) && topic_start(toks, m + 1))
        return make(toks, i, m + 1, CuePattern::verb, is_participle(t.lower));
      phrase += " " + toks[k].lower;
    }
  }

  // "X is (once again) questioning the integrity of Y": a judging verb in
  // the progressive.
  if (lex.evaluation.count(t.lower) && progressive && i + 1 < n && topic_start(toks, i + 1) &&
      !toks[i + 1].in_quote && !toks[i + 1].is("by"))
    return make(toks, i, i + 1, CuePattern::verb, true);

  // "questioned the very need for X": a verb of asking with a noun object
  // judges it (with "whether/how …" it asks a question, a cue of its own).
  if (lex.evaluation.count(t.lower) && lex.question.count(t.lower) && !(prev && is_be(*prev)) && i + 2 < n &&
      toks[i + 1].word() && !toks[i + 1].in_quote && !is_question_word(toks[i + 1]) && !toks[i + 1].is("by") &&
      !toks[i + 1].is("to") && !toks[i + 1].is("as") && (is_determiner(toks[i + 1].lower) || is_owner(toks[i + 1]) ||
                                                          toks[i + 1].capitalized))
    return make(toks, i, i + 1, CuePattern::verb, is_participle(t.lower));

  // "X was accused of Y", "X has been harshly criticized for Z": a
  // judgement whose authors the sentence does not name (none follows with
  // "by"), an impersonal claim whose content is the reason.
  if ((lex.evaluation.count(t.lower) || t.is("accused")) && t.lower.ends_with("ed") && progressive_be(toks, i) &&
      i + 2 < n && (toks[i + 1].is("of") || toks[i + 1].is("for")) && !toks[i + 1].in_quote && topic_start(toks, i + 2))
    return make(toks, i, i + 2, CuePattern::report_noun, false);

  // "asked him about X", "pressed the minister on Y", "asked about Z".
  if (questioning.count(t.lower) && !(prev && is_be(*prev))) {
    std::size_t k = i + 1;
    if (auto o = person_object(toks, k)) k = *o;
    else if (k + 1 < n && toks[k].is("the") && lex.role_nouns.count(toks[k + 1].lower)) k += 2;
    if (k + 1 < n && (toks[k].is("about") || toks[k].is("on") || toks[k].is("over")) && !toks[k].in_quote &&
        topic_start(toks, k + 1))
      return make(toks, i, k + 1, CuePattern::verb, is_participle(t.lower));
  }

  // "called the vote in favour of the war a mistake": a verdict whose
  // object is longer than the plain "called" cue looks (a/an within a
  // dozen words of an object that starts with a determiner or a name).
  if ((t.is("called") || t.is("calls") || t.is("call") || t.is("calling")) && i + 3 < n &&
      !(prev && is_be(*prev)) && toks[i + 1].word() && !toks[i + 1].in_quote &&
      (is_determiner(toks[i + 1].lower) || is_owner(toks[i + 1]) || toks[i + 1].capitalized) &&
      !toks[i + 1].is("a") && !toks[i + 1].is("an")) {
    for (std::size_t k = i + 3; k < n && k <= i + 13; ++k) {
      const Token& w = toks[k];
      if (!w.word() || w.in_quote || w.is("to") || w.is("for") || w.is("on") || w.is("that") || is_be(w)) break;
      if ((w.is("a") || w.is("an")) && toks[k - 1].word() && !lex.breakers.count(toks[k - 1].lower) &&
          !is_determiner(toks[k - 1].lower) && k + 1 < n && toks[k + 1].word() &&
          // "called the reinforcements a day later": a time, no verdict.
          !is_time_word(toks[k + 1].lower) && !toks[k + 1].is("few") && !toks[k + 1].is("while") &&
          !toks[k + 1].is("second") && !toks[k + 1].is("little") && !toks[k + 1].is("lot"))
        return make(toks, i, i + 1, CuePattern::verb, t.is("calling"));
    }
  }

  // "China and Russia support the government", "cities that support the
  // rules": the bare form "support" is a verb only after a plural subject,
  // a pronoun or a relative, and before a noun phrase ("tremendous support
  // from X" is a noun).
  if (t.is("support") && prev && i + 1 < n && toks[i + 1].word() && !toks[i + 1].in_quote &&
      (is_determiner(toks[i + 1].lower) || is_owner(toks[i + 1]) || toks[i + 1].capitalized) &&
      !toks[i + 1].is("for") && (prev->is("they") || prev->is("we") || prev->is("who") || prev->is("that") ||
                                  prev->is("which") || (prev->capitalized && prev->word()) ||
                                  (prev->word() && prev->lower.size() > 3 && prev->lower.ends_with("s") &&
                                   !prev->lower.ends_with("ss"))))
    return make(toks, i, i + 1, CuePattern::verb, false);

  // "went after Smith as a fraud", "tore into the senator for his
  // remarks": a two-word verb of attack, only with a person object and a
  // verdict, like the one-word rebukes.
  static const auto& rebuke_phrases = lower_set("rebuke_phrases");
  if (i + 2 < n && toks[i + 1].word() && !toks[i + 1].in_quote && !(prev && is_be(*prev) && !progressive_be(toks, i)) &&
      rebuke_phrases.count(t.lower + " " + toks[i + 1].lower)) {
    if (auto o = person_object(toks, i + 2); o && (reason_follows(toks, *o) || verbal_follows(toks, *o)))
      return make(toks, i, i + 2, CuePattern::verb, is_participle(t.lower));
  }

  // Verbs of force that also judge: only with the evidence of a verdict.
  bool force = force_verbs.count(t.lower) > 0;
  if ((rebuke.count(t.lower) || force) && (!(prev && is_be(*prev)) || progressive) && i + 1 < n) {
    bool verdict = false;
    if (auto o = person_object(toks, i + 1))
      // Force verbs: "for his remarks" only ("hit the governor as a
      // warning", "targeted him for his links to X" are war).
      verdict = (force ? *o < n && toks[*o].is("for") && statement_object(toks, *o + 1) : reason_follows(toks, *o)) ||
                verbal_follows(toks, *o);
    if (!verdict && statement_object(toks, i + 1)) verdict = true;
    // A quoted object is words: "attacked "the hateful ideology of X"".
    if (!verdict && toks[i + 1].type == Token::Type::quote && region_words_follow(toks, i + 1)) verdict = true;
    if (verdict) return make(toks, i, i + 1, CuePattern::verb, is_participle(t.lower));
  }
  return std::nullopt;
}

}  // namespace

std::optional<TokenRange> opening_participle_subject(const std::vector<Token>& toks, const Cue& cue) {
  if (!cue.participle) return std::nullopt;
  // "After saying S, she …", "While claiming S, the group …".
  bool lead = cue.first == 1 && (toks[0].is("after") || toks[0].is("before") || toks[0].is("while") ||
                                 toks[0].is("since") || toks[0].is("upon") || toks[0].is("by") || toks[0].is("in"));
  if (cue.first != 0 && !lead) return std::nullopt;
  std::size_t comma = cue.last;
  while (comma < toks.size() && comma - cue.last < 30 && !(toks[comma].is(",") && !toks[comma].in_quote)) {
    if (toks[comma].is(";") || toks[comma].is(":")) return std::nullopt;
    // `…, I could barely get my shoe on," she was`: the comma closing a
    // quotation ends the clause too.
    if (toks[comma].is(",") && comma + 1 < toks.size() && toks[comma + 1].type == Token::Type::quote) {
      ++comma;
      break;
    }
    ++comma;
  }
  // An object between the cue and the comma ("Claiming [the upper hand],").
  if (comma >= toks.size() || comma == cue.last || !(toks[comma].is(",") || toks[comma].type == Token::Type::quote))
    return std::nullopt;
  auto subject = find_phrase_after(toks, comma + 1);
  if (!subject || subject->last >= toks.size()) return std::nullopt;
  const Token& v = toks[subject->last];
  bool verb = v.word() && !v.capitalized && !v.in_quote &&
              (cue_lexicon().reporting.count(v.lower) || v.lower.ends_with("ed") || v.lower.ends_with("s") ||
               v.is("has") || v.is("have") || v.is("is") || v.is("was") || v.is("were") || v.is("are") ||
               v.is("will") || v.is("would"));
  if (!verb) return std::nullopt;
  return subject;
}

void add_topic_cues(const std::vector<Token>& toks, std::vector<Cue>& cues) {
  // Linear: candidates come in token order, existing cues are sorted by
  // position (find_cues scans left to right), so one cursor walks them.
  std::stable_sort(cues.begin(), cues.end(), [](const Cue& a, const Cue& b) { return a.first < b.first; });
  std::vector<Cue> added;
  std::vector<bool> removed(cues.size(), false);
  std::size_t cursor = 0;  // first existing cue that may still overlap a candidate
  for (std::size_t i = 0; i < toks.size(); ++i) {
    auto c = topic_cue_at(toks, i);
    if (!c) continue;
    // A candidate starts at most a few tokens before i: cues ending before
    // it are behind us for good.
    while (cursor < cues.size() && cues[cursor].last <= c->first && cues[cursor].first + 16 < c->first) ++cursor;
    // Existing cues inside the new one: a weak one-word cue is replaced
    // ("asked" of "asked him about X"); any other keeps its place.
    bool blocked = !added.empty() && added.back().last > c->first;
    std::vector<std::size_t> inside;
    for (std::size_t k = cursor; k < cues.size() && cues[k].first < c->last && !blocked; ++k) {
      const Cue& o = cues[k];
      if (removed[k] || o.last <= c->first) continue;
      bool contained = o.first >= c->first && o.last <= c->last && o.last - o.first == 1 && o.weak;
      if (contained) inside.push_back(k);
      else blocked = true;
    }
    if (blocked) continue;
    for (std::size_t k : inside) removed[k] = true;
    added.push_back(*c);
    i = c->last - 1;
  }
  if (added.empty()) return;
  std::vector<Cue> merged;
  merged.reserve(cues.size() + added.size());
  for (std::size_t k = 0; k < cues.size(); ++k)
    if (!removed[k]) merged.push_back(cues[k]);
  merged.insert(merged.end(), added.begin(), added.end());
  std::stable_sort(merged.begin(), merged.end(), [](const Cue& a, const Cue& b) { return a.first < b.first; });
  cues.swap(merged);
}

}  // namespace claims::attribution
