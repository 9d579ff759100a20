#include "core/quantities/objects.hpp"

#include <string>

#include "core/quantities/numbers.hpp"
#include "core/quantities/phrase_tables.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::quantities {
namespace {

constexpr std::size_t kMaxObjectWords = 5;

bool is_stop(const Token& t) { return lexicon::lower_set("quantity_stop_words").count(t.lower) > 0; }
bool is_casualty_word(const Token& t) {
  return phrase_table("casualty_words").values.count(t.lower) > 0;
}

bool is_determiner(const std::string& w) {
  return w == "the" || w == "these" || w == "those" || w == "their" || w == "his" || w == "her" || w == "its" ||
         w == "our" || w == "your" || w == "my" || w == "whose";
}

bool is_pronoun(const std::string& w) {
  return w == "them" || w == "us" || w == "whom" || w == "which" || w == "those" || w == "these" || w == "you";
}

// A plural noun ends the phrase: "two suspected insurgents", "700 Taliban fighters".
bool is_plural_head(const Token& t) {
  static const char* irregular[] = {"people", "men", "women", "children", "police", "personnel",
                                    "staff", "youths", "persons", "troops", "folk"};
  for (const char* w : irregular)
    if (t.lower == w) return true;
  const std::string& s = t.lower;
  return s.size() > 3 && s.back() == 's' && s[s.size() - 2] != 's' && s[s.size() - 2] != 'u' &&
         s[s.size() - 2] != 'i' && !t.capitalised;
}

// Skips "the province's" / "the Taliban's" before the counted phrase.
std::size_t skip_possessives(const std::vector<Token>& toks, std::size_t k) {
  std::size_t n = toks.size();
  while (k < n) {
    std::size_t j = k;
    while (j < n && is_word(toks[j]) && j - k < 4 && !toks[j].line_before) ++j;
    if (j == k || j >= n || !is_punct(toks[j], "'") || !toks[j].glued) return k;
    j += 1;
    if (j < n && toks[j].glued && toks[j].lower == "s") ++j;
    k = j;
  }
  return k;
}

}  // namespace

ObjectPhrase head_phrase(const std::vector<Token>& toks, std::size_t i) {
  ObjectPhrase p;
  p.first = p.last = p.end = i;
  std::size_t k = i, words = 0;
  while (k < toks.size() && words < kMaxObjectWords) {
    const Token& t = toks[k];
    if (t.line_before && k > i) break;
    if (k == i && t.line_before) break;
    if (!is_word(t) || is_stop(t) || is_casualty_word(t) || is_number_word(t.lower)) break;
    ++k;
    ++words;
    // Hyphenated compounds stay one word: "Taliban-affiliated", "al-Qaeda".
    while (k + 1 < toks.size() && is_punct(toks[k], "-") && toks[k].glued && toks[k + 1].glued &&
           is_word(toks[k + 1]))
      k += 2;
    if (is_plural_head(toks[k - 1])) break;
    // A present participle after a noun starts a new clause: "an insurgent
    // emplacing an IED". ("-ed" words are usually adjectives here:
    // "two additional suspected insurgents".)
    if (k < toks.size() && is_word(toks[k]) && !toks[k].capitalised && toks[k].lower.size() > 4 &&
        toks[k].lower.ends_with("ing") && !is_casualty_word(toks[k]))
      break;
    // "of" inside a capitalised name: "Islamic Movement of Uzbekistan facilitator".
    if (k + 1 < toks.size() && toks[k].lower == "of" && toks[k - 1].capitalised && toks[k + 1].capitalised &&
        is_word(toks[k + 1]) && !toks[k + 1].line_before && words + 1 < kMaxObjectWords)
      ++k;
  }
  p.last = p.end = k;
  return p;
}

ObjectPhrase object_after(const std::vector<Token>& toks, std::size_t i, bool allow_partitive) {
  std::size_t n = toks.size();
  if (allow_partitive && i < n && toks[i].lower == "of" && !toks[i].line_before) {
    std::size_t k = i + 1;
    while (k < n && is_determiner(toks[k].lower)) ++k;
    k = skip_possessives(toks, k);
    if (k < n && is_pronoun(toks[k].lower)) {
      ObjectPhrase p;
      p.first = p.last = k;
      p.end = k + 1;
      return p;
    }
    if (k < n && parse_number(toks, k)) {
      ObjectPhrase p;
      p.first = p.last = p.end = k;
      p.partitive_number = true;
      p.partitive_at = k;
      return p;
    }
    ObjectPhrase p = head_phrase(toks, k);
    if (!p.empty()) return p;
    p.first = p.last = p.end = i;  // "of" leads nowhere useful: no object
    return p;
  }
  return head_phrase(toks, i);
}

ObjectPhrase person_phrase(const std::vector<Token>& toks, const ObjectPhrase& phrase) {
  const auto& persons = lexicon::lower_set("counted_person_nouns");
  ObjectPhrase out = phrase;
  while (out.last > out.first && !persons.count(toks[out.last - 1].lower)) --out.last;
  if (out.empty()) out.last = out.first;
  out.end = out.last;
  return out;
}

}  // namespace claims::quantities
