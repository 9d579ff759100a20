#include "core/claims/cues.hpp"

#include "core/claims/cue_lexicon.hpp"
#include "core/claims/noun_clause_cues.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::attribution {
namespace {

bool is_be(const Token& t) {
  return t.is("was") || t.is("were") || t.is("is") || t.is("are") || t.is("been") || t.is("be") || t.is("being");
}

// A word after "a" that makes a time or an amount, not a verdict noun: "a
// day", "a few", "a couple of", "a little", "a lot".
bool is_measure_word(const std::string& w) {
  return w == "day" || w == "week" || w == "month" || w == "year" || w == "few" || w == "couple" || w == "little" ||
         w == "lot" || w == "second" || w == "minute" || w == "hour" || w == "while" || w == "number" || w == "dozen";
}

// An adjective that judges: "baseless", "ridiculous", "unacceptable",
// "unsubstantiated" — by its ending, lower-case.
bool is_verdict_adjective(const Token& t) {
  if (!t.word() || t.capitalized || t.in_quote || t.lower.size() < 6) return false;
  const std::string& w = t.lower;
  for (const char* suffix : {"less", "ous", "ful", "ible", "able", "ic", "ive"})
    if (w.ends_with(suffix)) return true;
  // "unsubstantiated", "unfounded", "uncalled": a negated participle.
  return w.starts_with("un") && w.ends_with("ed");
}

// A word right after a report noun that starts a reported clause.
bool starts_clause(const Token& t) {
  return t.is("that") || t.is("they") || t.is("he") || t.is("she") || t.is("it") || t.is("we");
}

}  // namespace

namespace {

// An object of one to three words, then "to" + a verb: "asked [the
// candidates] to discuss", not "asked to leave" or "begged to the end".
// A bare pronoun object is left out: "the officer asked him to leave" is
// an event of the story, a request to a party ("asked the council to")
// a public demand.
bool object_then_infinitive(const std::vector<Token>& toks, std::size_t i) {
  const auto& lex = cue_lexicon();
  if (i + 2 < toks.size() && toks[i + 2].is("to")) {
    const Token& o = toks[i + 1];
    if (o.is("him") || o.is("her") || o.is("them") || o.is("me") || o.is("us") || o.is("you") || o.is("it"))
      return false;
  }
  for (std::size_t k = i + 1; k < toks.size() && k <= i + 4; ++k) {
    const Token& w = toks[k];
    if (w.is("to") && !w.in_quote) {
      return k > i + 1 && k + 1 < toks.size() && toks[k + 1].word() && !toks[k + 1].capitalized &&
             !toks[k + 1].in_quote && !is_determiner(toks[k + 1].lower) && !is_number(toks[k + 1].lower) &&
             !is_possessive_pronoun(toks[k + 1].lower);
    }
    if (!w.word() || w.in_quote || (lex.breakers.count(w.lower) && !is_determiner(w.lower) && !lex.pronouns.count(w.lower)))
      return false;
  }
  return false;
}

}  // namespace

std::vector<Cue> find_cues(const std::vector<Token>& toks) {
  const auto& lex = cue_lexicon();
  const auto& weak = claims::lexicon::lower_set("weak_reporting_verbs");
  static const auto& directive = claims::lexicon::lower_set("directive_verbs");
  std::vector<Cue> out;
  for (std::size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (!t.word() || t.in_quote) continue;
    if (t.is("according") && i + 1 < toks.size() && toks[i + 1].is("to")) {
      out.push_back(Cue{i, i + 2, CuePattern::according_to});
      ++i;
      continue;
    }
    // "It became known that S", "it is known that S": an impersonal report
    // whose source the text does not name (the least sure kind of claim).
    if (t.is("known") && i > 0 && i + 1 < toks.size() && toks[i + 1].is("that")) {
      std::size_t j = i;
      while (j > 0 && toks[j - 1].word() && lex.adverbs.count(toks[j - 1].lower)) --j;
      bool copula = j > 0 && (is_be(toks[j - 1]) || toks[j - 1].is("became") || toks[j - 1].is("become") ||
                              toks[j - 1].is("becomes"));
      if (copula) {
        out.push_back(Cue{i, i + 1, CuePattern::passive});
        continue;
      }
    }
    // "as X put it, S" / "S, as X (once) put it": the idiom of quoting
    // someone's words, a two-word cue only after "as" + a speaker (no
    // punctuation between): "put it on the table" is no cue.
    if ((t.is("put") || t.is("puts")) && !t.capitalized && i + 1 < toks.size() && toks[i + 1].is("it") && i >= 2) {
      bool as = false;
      for (std::size_t k = i; k > 0 && i - k < 8 && !as; --k) {
        const Token& w = toks[k - 1];
        if (!w.word() && !w.is("-") && !w.is(".")) break;
        as = w.is("as") && k < i;
      }
      if (as) {
        out.push_back(Cue{i, i + 2, CuePattern::verb});
        ++i;
        continue;
      }
    }
    // "called for S" / "calls on X to S": a two-word cue.
    // A day may come between: "called Friday for S".
    std::size_t cf = i + 1;
    if (cf + 1 < toks.size() && toks[cf].word() && !toks[cf].in_quote && is_time_word(toks[cf].lower) &&
        toks[cf + 1].is("for"))
      ++cf;
    if ((t.is("call") || t.is("calls") || t.is("called") || t.is("calling")) && cf < toks.size() &&
        (toks[cf].is("for") || toks[cf].is("on")) && !(i > 0 && is_determiner(toks[i - 1].lower))) {
      Cue c{i, cf + 1, CuePattern::verb};
      c.hearer = toks[cf].is("on");
      c.participle = t.is("calling");
      out.push_back(c);
      i = cf;
      continue;
    }
    // "called X "a disgrace"" / "called him a liar": a verdict on X.
    if ((t.is("called") || t.is("calls") || t.is("call")) && i > 0 && !is_determiner(toks[i - 1].lower) &&
        !toks[i - 1].is("be") && !toks[i - 1].is("been") && !toks[i - 1].is("was") && !toks[i - 1].is("is")) {
      bool verdict = i + 2 < toks.size() && (toks[i + 1].is("him") || toks[i + 1].is("her") ||
                                             toks[i + 1].is("them") || toks[i + 1].is("it")) &&
                     (toks[i + 2].is("a") || toks[i + 2].is("an") || toks[i + 2].is("the"));
      for (std::size_t k = i + 2; k < toks.size() && k <= i + 8 && !verdict; ++k) {
        if (toks[k].type == Token::Type::quote) verdict = true;
        else if (toks[k].is(",") || toks[k].is(".") || toks[k].is(";")) break;
        // "called climate change a hoax": an object, then "a"/"an" + noun.
        // Not a time or amount ("called the reinforcements a day later",
        // "called them twice a week", "called a few times").
        else if (k <= i + 5 && (toks[k].is("a") || toks[k].is("an")) && k + 1 < toks.size() && toks[k + 1].word() &&
                 toks[k - 1].word() && !is_determiner(toks[k - 1].lower) && !toks[k - 1].is("as") &&
                 !is_time_word(toks[k + 1].lower) && !is_measure_word(toks[k + 1].lower))
          verdict = true;
      }
      // "called the charges baseless", "called the claim unsubstantiated":
      // a determiner, a noun or two, then an adjective of judgement.
      if (!verdict && i + 3 < toks.size() && is_determiner(toks[i + 1].lower) && !toks[i + 1].is("a") &&
          !toks[i + 1].is("an")) {
        for (std::size_t k = i + 3; k < toks.size() && k <= i + 4 && !verdict; ++k)
          verdict = is_verdict_adjective(toks[k]) && toks[k - 1].word() && !toks[k - 1].capitalized &&
                    !is_verdict_adjective(toks[k - 1]);
      }
      if (verdict) {
        out.push_back(Cue{i, i + 1, CuePattern::verb});
        continue;
      }
    }
    // "X's claim that S", "his promise to S", "their criticism of S": a
    // stance noun owned by a speaker, with its complement.
    if (lex.stance_nouns.count(t.lower) && !t.capitalized && i > 0 && i + 2 < toks.size() &&
        is_possessive(toks[i - 1].lower) && toks[i + 2].word() &&
        !toks[i + 1].in_quote &&
        (toks[i + 1].is("that") || toks[i + 1].is("to") || toks[i + 1].is("of") || toks[i + 1].is("about") ||
         toks[i + 1].is("on") || toks[i + 1].is("for") || toks[i + 1].is("against"))) {
      Cue c{i, i + 1, CuePattern::report_noun};
      c.weak = true;
      c.content_end = subject_noun_content_end(toks, i - 1, i);
      out.push_back(c);
      continue;
    }
    // "X has been critical of Y", "officials were concerned about Y",
    // "residents are convinced that S": the cue runs from the form of "be"
    // to the preposition, so the subject is found as before a verb.
    if (lex.stance_adjectives.count(t.lower) && !t.capitalized && i > 0 && i + 2 < toks.size()) {
      std::size_t j = i;
      while (j > 0 && i - j < 3 && toks[j - 1].word() &&
             (toks[j - 1].is("too") || toks[j - 1].is("very") || toks[j - 1].is("so") || toks[j - 1].is("deeply") ||
              toks[j - 1].is("increasingly") || toks[j - 1].is("highly") || toks[j - 1].is("also") ||
              toks[j - 1].is("still") || toks[j - 1].is("always") || toks[j - 1].is("long") || toks[j - 1].is("openly") ||
              toks[j - 1].is("sharply") || toks[j - 1].is("quite")))
        --j;
      const Token& nx = toks[i + 1];
      bool prep = nx.is("of") || nx.is("about") || nx.is("to") || nx.is("with") || nx.is("over") || nx.is("that");
      if (j > 0 && is_be(toks[j - 1]) && prep && toks[i + 2].word() && !nx.in_quote) {
        Cue c{j - 1, nx.is("that") ? i + 1 : i + 2, CuePattern::verb};
        c.evaluation = true;
        c.weak = true;
        out.push_back(c);
        i = c.last - 1;
        continue;
      }
    }
    // "spoke about X", "railed against Y", "pointed to Z", "pointed out
    // that S": a verb of speaking and its preposition make one cue.
    if (!t.capitalized && i + 1 < toks.size() && !(i > 0 && (is_determiner(toks[i - 1].lower) || is_be(toks[i - 1]))) &&
        (lex.topic.count(t.lower) || lex.topic.count(t.lower + " " + toks[i + 1].lower))) {
      std::size_t k = i + 1;
      if (toks[k].is("out") && k + 1 < toks.size() && (toks[k + 1].is("about") || toks[k + 1].is("against"))) ++k;
      bool general = lex.topic.count(t.lower) > 0;
      bool about = lex.topic.count(t.lower + " " + toks[k].lower) > 0 ||
                   (general && (toks[k].is("about") || toks[k].is("of") || toks[k].is("against") || toks[k].is("on"))) ||
                   (toks[k].is("to") && (t.lower.starts_with("point")));
      bool out_that = toks[k].is("out") && t.lower.starts_with("point");
      // "speaking on condition of anonymity": the terms, not a topic.
      bool terms = k + 1 < toks.size() && (toks[k + 1].is("condition") ||
                                           (toks[k + 1].is("the") && k + 2 < toks.size() && toks[k + 2].is("condition")));
      if ((about || out_that) && !terms) {
        Cue c{i, k + 1, CuePattern::verb};
        c.participle = is_participle(t.lower);
        c.evaluation = about;
        c.weak = about;
        out.push_back(c);
        i = k;
        continue;
      }
    }
    // "asked the candidates to discuss S", "begged the council to stay": a
    // demand, object + infinitive its content (as for "wants X to S").
    if (directive.count(t.lower) && !t.capitalized && !(i > 0 && (is_determiner(toks[i - 1].lower) || is_be(toks[i - 1]))) &&
        object_then_infinitive(toks, i)) {
      Cue c{i, i + 1, CuePattern::verb};
      c.desire = true;
      c.participle = is_participle(t.lower);
      out.push_back(c);
      continue;
    }
    bool reporting = lex.reporting.count(t.lower) > 0, denial = lex.denial.count(t.lower) > 0;
    bool belief = lex.belief.count(t.lower) > 0;
    if (!reporting && !denial && !belief) {
      const Token* nx = i + 1 < toks.size() ? &toks[i + 1] : nullptr;
      if (lex.desire.count(t.lower) && !t.capitalized && nx && !(i > 0 && is_determiner(toks[i - 1].lower))) {
        // "wants to S", "wants Congress to S" (an object of up to 3 words)
        bool inf = false;
        std::size_t to = 0;
        for (std::size_t k = i + 1; k < toks.size() && k <= i + 4 && !inf; ++k) {
          // "to" + a verb: "declined to comment", not "declined to 200
          // units" or "plans to the west".
          if (toks[k].is("to")) {
            inf = k + 1 < toks.size() && toks[k + 1].word() && !toks[k + 1].capitalized &&
                  !is_determiner(toks[k + 1].lower) && !is_number(toks[k + 1].lower) &&
                  !is_possessive_pronoun(toks[k + 1].lower);
            to = k;
            break;
          } else if (!toks[k].word() || toks[k].in_quote || lex.breakers.count(toks[k].lower)) break;
        }
        // "refused to say whether S": the verb of saying carries the claim
        // (same subject) and the intention would keep only "to". With
        // nothing after it ("declined to comment.") the verb is part of
        // the intention's content and makes no cue of its own.
        bool said = inf && (lex.reporting.count(toks[to + 1].lower) || lex.denial.count(toks[to + 1].lower) ||
                            lex.belief.count(toks[to + 1].lower) || lex.evaluation.count(toks[to + 1].lower));
        bool bare = said && (to + 2 >= toks.size() || (!toks[to + 2].word() && toks[to + 2].type != Token::Type::quote));
        if (inf && (!said || bare)) {
          Cue c{i, i + 1, CuePattern::verb};
          c.desire = true;
          c.participle = is_participle(t.lower);
          out.push_back(c);
          if (bare) i = to + 1;
        } else if (!inf && (t.is("want") || t.is("wants") || t.is("wanted")) && nx->word() && !nx->in_quote &&
                   !nx->is("to") && !is_time_word(nx->lower) && (!lex.breakers.count(nx->lower) || is_determiner(nx->lower))) {
          // "Democrats want policies that S", "they want lower tax rates":
          // a wish with a noun object is a position; the object is the
          // content, as for a judging verb.
          // (As a desire its content starts right after the verb: "want
          // policies that S" keeps "policies that S".)
          Cue c{i, i + 1, CuePattern::verb};
          c.evaluation = true;
          c.desire = true;
          c.weak = true;
          out.push_back(c);
        }
        continue;
      }
      // Passive judging with its agent: "the plan was criticized by X",
      // "she has been endorsed by Y".
      if (lex.evaluation.count(t.lower) && !t.capitalized && i > 0 && is_be(toks[i - 1]) && nx && nx->is("by") &&
          t.lower.ends_with("ed")) {
        Cue c{i, i + 1, CuePattern::passive};
        c.evaluation = true;
        out.push_back(c);
        continue;
      }
      // Judging and asking verbs: "X criticized Y", "X asked whether S".
      if ((lex.evaluation.count(t.lower) || lex.question.count(t.lower)) && !t.capitalized && nx &&
          !(i > 0 && (is_determiner(toks[i - 1].lower) || is_possessive(toks[i - 1].lower) || is_be(toks[i - 1])))) {
        Cue c{i, i + 1, CuePattern::verb};
        c.evaluation = lex.evaluation.count(t.lower) > 0;
        c.question = lex.question.count(t.lower) > 0;
        c.weak = true;
        c.participle = is_participle(t.lower);
        out.push_back(c);
        continue;
      }
      // A clause after the verb, or the verb closing the sentence as a tag
      // ("S, a new analysis shows.").
      bool closing = !nx || ((nx->is(".") || nx->is("!")) && i + 2 >= toks.size());
      if (lex.evidence_verbs.count(t.lower) && (!t.capitalized || (i > 0 && toks[i - 1].capitalized && toks[i - 1].word())) &&
          ((nx && nx->word()) || closing) &&
          !(i > 0 && (is_determiner(toks[i - 1].lower) || is_be(toks[i - 1])))) {
        Cue c{i, i + 1, CuePattern::verb};
        c.evidence = true;
        out.push_back(c);
      }
      continue;
    }
    // Capitalised cue words are names or title-case headings ("United
    // States", "Reports") except at the start of a sentence or clause.
    // A title-case headline keeps its verb: "Minister Says Talks Failed".
    bool headline_verb = t.capitalized && i > 0 && toks[i - 1].capitalized && toks[i - 1].word() &&
                         (t.is("says") || t.is("said") || t.is("say") || t.is("warns") || t.is("claims") ||
                          t.is("insists") || t.is("admits") || t.is("urges") || t.is("denies"));
    if (t.capitalized && i > 0 && !toks[i - 1].is(",") && !toks[i - 1].is(":") && !headline_verb) continue;
    const Token* prev = i > 0 ? &toks[i - 1] : nullptr;
    const Token* next = i + 1 < toks.size() ? &toks[i + 1] : nullptr;
    // "reports said": the first is the subject noun, not a cue.
    if (next && next->word() && (lex.reporting.count(next->lower) || lex.denial.count(next->lower)) &&
        lex.report_nouns.count(t.lower))
      continue;
    bool noun_use = prev && (is_determiner(prev->lower) || is_possessive(prev->lower) || prev->is("one") ||
                             prev->is("unconfirmed") || prev->is("unverified") || prev->is("conflicting") ||
                             prev->is("media") || prev->is("news") || prev->is("earlier") || prev->is("initial"));
    if (lex.report_nouns.count(t.lower)) {
      if (noun_use || (prev && (prev->is("were") || prev->is("are")))) {
        if (next && starts_clause(*next) && t.lower.back() == 's') {
          // possessive owner ("X's claims that") is the speaker: handled by caller
          out.push_back(Cue{i, i + 1, CuePattern::report_noun});
        }
        continue;
      }
    }
    // A determiner before a verb form makes it a noun or an adjective
    // ("the claim", "the reported attack").
    if (noun_use && prev && (is_determiner(prev->lower) || is_possessive(prev->lower) || prev->is("one"))) continue;
    // Passive: "was claimed", "has been reported", "were told by".
    if (is_past_participle_cue(t.lower)) {
      std::size_t j = i;
      while (j > 0 && toks[j - 1].word() && (toks[j - 1].is("also") || toks[j - 1].is("widely") ||
                                              toks[j - 1].is("reportedly") || toks[j - 1].is("being")))
        --j;
      // Passive of a verb that is often no report ("charged with", "was
      // denied entry") counts only before "that", "by" or "as".
      bool strong = !weak.count(t.lower) && !belief && !denial;
      bool marked = next && (next->is("that") || next->is("by") || next->is("as"));
      if (j > 0 && is_be(toks[j - 1]) && (strong || marked)) {
        Cue c{i, i + 1, CuePattern::passive};
        c.denial = denial;
        out.push_back(c);
        continue;
      }
    }
    Cue c{i, i + 1, CuePattern::verb};
    c.denial = denial;
    c.hearer = lex.hearer.count(t.lower) > 0;
    c.participle = is_participle(t.lower);
    c.weak = belief || weak.count(t.lower) > 0;
    c.belief = belief;
    c.evaluation = lex.evaluation.count(t.lower) > 0;
    c.question = lex.question.count(t.lower) > 0;
    out.push_back(c);
  }
  return out;
}

}  // namespace claims::attribution
