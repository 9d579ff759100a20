#include "core/claims/content.hpp"

#include "core/claims/cue_lexicon.hpp"

namespace claims::attribution {
namespace {

constexpr std::size_t kThatWindow = 9;  // "told the news agency on Sunday that"

bool is_clause_break(const Token& t) {
  return t.type == Token::Type::quote || t.is(".") || t.is(";") || t.is(":") || t.is("?") || t.is("!") ||
         t.is("-") || t.in_quote;
}

// "in a statement", "on Twitter", "in a video message", "on Sunday",
// "last week", "for days", "to reporters": returns the index after it, or i.
std::size_t skip_adverbial(const std::vector<Token>& toks, std::size_t i, std::size_t limit) {
  const auto& lex = cue_lexicon();
  if (i >= limit) return i;
  const Token& t = toks[i];
  if (!t.word()) return i;
  if (lex.adverbs.count(t.lower) && !t.is("not")) return i + 1;
  if (is_time_word(t.lower)) return i + 1;
  if (is_number(t.lower) && i > 0 && lex.months.count(toks[i - 1].lower)) return i + 1;
  static const char* preps[] = {"in", "on", "at", "via", "during", "through", "to", "over", "from", "for", "with", "late", "early", "last", "this", "by"};
  bool prep = false;
  for (const char* p : preps) prep |= t.is(p);
  if (!prep) return i;
  // "to release the hostages": an infinitive, not an adverbial.
  if (t.is("to") && i + 1 < limit && toks[i + 1].word() && !toks[i + 1].capitalized &&
      !is_determiner(toks[i + 1].lower) && !toks[i + 1].is("reporters") && !toks[i + 1].is("journalists"))
    return i;
  // The preposition's object must end, within a few words, in a channel or
  // time noun: "in a Facebook post", "on Sunday", "for days".
  for (std::size_t k = i + 1; k < limit && k <= i + 5; ++k) {
    const Token& u = toks[k];
    if (!u.word() || u.in_quote) break;
    if (lex.channels.count(u.lower) || is_time_word(u.lower)) {
      std::size_t e = k + 1;
      // "in a Facebook post", "in a video message", "on Sunday morning"
      while (e < limit && toks[e].word() &&
             (is_time_word(toks[e].lower) || is_number(toks[e].lower) || lex.channels.count(toks[e].lower)))
        ++e;
      return e;
    }
    if (!(u.capitalized || is_determiner(u.lower) || !lex.breakers.count(u.lower))) break;
  }
  // "to CNN", "to the Associated Press": a named hearer introduced by "to"
  if (t.is("to") && i + 1 < limit) {
    std::size_t e = i + 1;
    if (is_determiner(toks[e].lower)) ++e;
    std::size_t names = e;
    while (e < limit && toks[e].word() && toks[e].capitalized && !toks[e].in_quote) ++e;
    if (e > names) return e;
    if (toks[i + 1].is("reporters") || toks[i + 1].is("journalists")) return i + 2;
  }
  return i;
}

// A word between a cue and a later "that" that opens another clause, so
// the "that" belongs to it, not to the cue: "warned residents to leave so
// that S", "told a man who said that S", "said the bridge closed after
// officials confirmed that S". Words that are also prepositions ("after a
// meeting that") open a clause only when a verb follows before the "that".
bool opens_other_clause(const std::vector<Token>& toks, std::size_t k, std::size_t that) {
  const Token& t = toks[k];
  if (!t.word() || t.capitalized) return false;
  static const char* const always[] = {"who", "which", "whose", "whom", "whether", "if", "because", "although",
                                       "though", "unless", "where", "than"};
  for (const char* w : always)
    if (t.is(w)) return true;
  static const char* const before_that[] = {"so", "such", "now", "given", "except"};
  for (const char* w : before_that)
    if (t.is(w) && k + 1 == that) return true;
  static const char* const with_verb[] = {"after", "before", "since", "until", "as", "when", "while", "once"};
  bool sub = false;
  for (const char* w : with_verb) sub |= t.is(w);
  if (!sub) return false;
  const auto& lex = cue_lexicon();
  for (std::size_t j = k + 2; j < that; ++j) {
    const Token& u = toks[j];
    if (!u.word() || u.capitalized) continue;
    if (u.is("is") || u.is("was") || u.is("are") || u.is("were") || u.is("has") || u.is("had") || u.is("have") ||
        lex.reporting.count(u.lower) || (u.lower.size() > 3 && u.lower.ends_with("ed")))
      return true;
  }
  return false;
}

// toks[from, to) opens with a determiner or quantifier and holds a noun
// phrase: "many of the examples", "the plan". Such a phrase after a cue is
// the content's subject, not an adverbial.
bool is_determiner_led_noun(const std::vector<Token>& toks, std::size_t from, std::size_t to) {
  if (from >= to) return false;
  const Token& t = toks[from];
  return t.word() && !t.capitalized && (is_determiner(t.lower) || t.is("many") || t.is("most") || t.is("some") ||
                                        t.is("several") || t.is("few") || t.is("all"));
}

}  // namespace

std::size_t skip_adverbials(const std::vector<Token>& toks, std::size_t i, std::size_t limit) {
  if (limit > toks.size()) limit = toks.size();
  for (std::size_t guard = 0; guard < 8 && i < limit; ++guard) {
    std::size_t j = skip_adverbial(toks, i, limit);
    if (j == i) break;
    i = j;
  }
  return i;
}

std::size_t skip_hearer(const std::vector<Token>& toks, std::size_t i, std::size_t limit) {
  if (limit > toks.size()) limit = toks.size();
  if (i >= limit || !toks[i].word() || toks[i].in_quote) return i;
  // The hearer: "CNN", "the Associated Press", "reporters", "dpa".
  std::size_t e = i;
  if (is_determiner(toks[e].lower)) ++e;
  if (e < limit && toks[e].capitalized) {
    while (e < limit && toks[e].word() && toks[e].capitalized) ++e;
  } else if (e < limit && toks[e].word()) {
    ++e;
  }
  return e;
}

std::size_t content_start_after(const std::vector<Token>& toks, std::size_t cue, bool hearer, std::size_t limit) {
  std::size_t i = cue + 1;
  if (limit > toks.size()) limit = toks.size();
  // An explicit "that" close after the cue settles it.
  for (std::size_t k = i; k < limit && k <= cue + kThatWindow; ++k) {
    // "said A, and that B": a "that" after a comma opens a second complement.
    // "said, however, that S": a sentence adverb between commas.
    if (toks[k].is(",") && k + 2 < limit && toks[k + 2].is(",") && toks[k + 1].word() &&
        (toks[k + 1].is("however") || toks[k + 1].is("though") || toks[k + 1].is("too") ||
         cue_lexicon().adverbs.count(toks[k + 1].lower) || toks[k + 1].lower.ends_with("ly"))) {
      k += 2;
      continue;
    }
    if (is_clause_break(toks[k]) || toks[k].is(",")) break;
    if (toks[k].is("that")) {
      bool other = false;
      for (std::size_t j = i; j < k && !other; ++j) other = opens_other_clause(toks, j, k);
      if (other) break;
      // "that" ending the clause is a pronoun ("could change that"), not
      // the complementizer.
      if (k + 1 >= limit || !toks[k + 1].word()) break;
      // "denied the claim that S": "that" completes the noun, and the
      // content is the whole noun phrase.
      const auto& lex = cue_lexicon();
      if (k > i && (lex.stance_nouns.count(toks[k - 1].lower) || lex.report_nouns.count(toks[k - 1].lower))) break;
      // "said two men were held and that a third fled": the "that" of a
      // second complement; the first starts right after the cue.
      if (k > i + 1 && (toks[k - 1].is("and") || toks[k - 1].is("or"))) break;
      // A cue with no hearer has only adverbials before its "that": in
      // "said many of the examples that critics cite failed", the "that"
      // is a relative of the content's subject.
      if (!hearer && k > i && skip_adverbials(toks, i, k) != k && toks[k - 1].word() && !toks[k - 1].capitalized &&
          !lex.adverbs.count(toks[k - 1].lower) && is_determiner_led_noun(toks, i, k))
        break;
      return k + 1;
    }
  }
  if (hearer) i = skip_hearer(toks, i, limit);
  for (std::size_t guard = 0; guard < 8 && i < limit; ++guard) {
    std::size_t j = skip_adverbial(toks, i, limit);
    if (j == i && toks[i].is(",")) j = i + 1;
    if (j == i) break;
    i = j;
  }
  if (i < limit && (toks[i].is(":") || toks[i].is(",")) && i + 1 < limit && toks[i + 1].type == Token::Type::quote)
    ++i;
  if (i < limit && toks[i].is(":")) ++i;
  if (i < limit && toks[i].is("that")) ++i;
  return i;
}

bool only_prepositional_phrase(const std::vector<Token>& toks, std::size_t first, std::size_t last) {
  if (first >= last || last > toks.size() || last - first > 6 || last - first < 2) return false;
  static const char* const preps[] = {"after", "before", "during", "in", "on", "at", "since", "following", "until"};
  bool prep = false;
  for (const char* w : preps) prep |= toks[first].is(w);
  if (!prep) return false;
  const auto& lex = cue_lexicon();
  for (std::size_t k = first + 1; k < last; ++k) {
    const Token& t = toks[k];
    if (!t.word() || t.in_quote || t.is("that") || lex.pronouns.count(t.lower) || lex.reporting.count(t.lower)) return false;
    if (!t.capitalized && (t.lower.ends_with("ed") || is_participle(t.lower))) return false;
  }
  return true;
}

void trim_content(const std::vector<Token>& toks, std::size_t& first, std::size_t& last) {
  auto dangling = [](const Token& t) {
    return t.is("but") || t.is("and") || t.is("with") || t.is("while") || t.is("as") || t.is("or") ||
           t.is("however");
  };
  for (std::size_t guard = 0; guard < 64 && first < last; ++guard) {
    const Token& a = toks[first];
    if (a.type == Token::Type::punct && !a.is("(")) { ++first; continue; }
    const Token& z = toks[last - 1];
    if (z.type == Token::Type::punct && !z.is(")")) { --last; continue; }
    if (z.word() && dangling(z) && last - first > 1) { --last; continue; }
    break;
  }
}

}  // namespace claims::attribution
