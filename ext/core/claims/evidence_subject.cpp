#include "core/claims/evidence_subject.hpp"

#include "core/claims/cue_lexicon.hpp"

namespace claims::attribution {
namespace {

constexpr std::size_t kMaxSubjectTokens = 30;  // "A … analysis of … since Jan. 1, 2015, shows"
constexpr std::size_t kMaxModifiers = 4;       // "The latest Reuters/Ipsos opinion | poll"

bool breaks_clause(const Token& t) {
  return t.type == Token::Type::quote || t.in_quote || t.is(".") || t.is(";") || t.is(":") || t.is("?") || t.is("!");
}

bool opens_clause(const std::vector<Token>& toks, std::size_t k) {
  return k == 0 || toks[k - 1].is(",") || toks[k - 1].is("and") || toks[k - 1].is("but") || toks[k - 1].is("that") ||
         toks[k - 1].is("-");
}

}  // namespace

std::optional<TokenRange> evidence_subject(const std::vector<Token>& toks, std::size_t cue) {
  const auto& lex = cue_lexicon();
  std::size_t lo = cue > kMaxSubjectTokens ? cue - kMaxSubjectTokens : 0;
  std::size_t b = cue;
  while (b > lo && !breaks_clause(toks[b - 1])) --b;
  for (std::size_t k = b; k < cue; ++k) {
    if (!toks[k].word() || !lex.evidence_nouns.count(toks[k].lower)) continue;
    // Its modifiers: determiners, names and adjectives ("a USA TODAY", "the latest").
    std::size_t s = k;
    while (s > b && k - s < kMaxModifiers && toks[s - 1].word() &&
           (is_determiner(toks[s - 1].lower) || toks[s - 1].capitalized || !lex.breakers.count(toks[s - 1].lower)) &&
           !lex.reporting.count(toks[s - 1].lower) && !lex.denial.count(toks[s - 1].lower) &&
           !is_possessive(toks[s - 1].lower) &&
           !toks[s - 1].is("that"))  // "and that | the footage … did not show"
      --s;
    // Back to the first determiner, name or the clause start: "of polls taken" stays out.
    while (s < k && !(opens_clause(toks, s) || is_determiner(toks[s].lower) || toks[s].capitalized)) ++s;
    if (!opens_clause(toks, s)) return std::nullopt;
    // The noun and an "of" complement: "analysis of campaign filings".
    std::size_t e = k + 1;
    if (e + 1 < cue && toks[e].is("of")) {
      ++e;
      while (e < cue && toks[e].word() && !lex.breakers.count(toks[e].lower) && !toks[e].is("that") &&
             !(toks[e].lower.size() > 3 && toks[e].lower.ends_with("ed") && !toks[e].capitalized))
        ++e;
    }
    // "Photos and videos shared on social media showed S": a second
    // evidence noun, then a participle phrase running up to the cue.
    if (e + 1 < cue && (toks[e].is("and") || toks[e].is("or")) && lex.evidence_nouns.count(toks[e + 1].lower)) e += 2;
    if (e < cue && cue - e <= 8 && toks[e].word() && !toks[e].capitalized && toks[e].lower.size() > 3 &&
        (toks[e].lower.ends_with("ed") || toks[e].is("shown") || toks[e].is("taken") || toks[e].is("seen"))) {
      bool plain = true;
      for (std::size_t j = e + 1; j < cue && plain; ++j)
        plain = toks[j].word() && !toks[j].in_quote && !lex.reporting.count(toks[j].lower) && !toks[j].is("that");
      if (plain) e = cue;
    }
    return TokenRange{s, e};
  }
  return std::nullopt;
}

}  // namespace claims::attribution
