#include "core/links/cues.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <mutex>
#include <set>

#include "lexicon/lexicon.hpp"

namespace claims::links::cues {
namespace {

bool word_byte(unsigned char c) { return std::isalnum(c) != 0 || c >= 0x80; }

// Entries of a lexicon list, each split into tokens; cached.
const std::vector<std::vector<std::string>>& phrases(std::string_view list) {
  static std::map<std::string, std::vector<std::vector<std::string>>, std::less<>> cache;
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  if (auto it = cache.find(list); it != cache.end()) return it->second;
  std::vector<std::vector<std::string>> out;
  for (const auto& e : lexicon::list(list)) {
    auto t = tokens(e);
    if (!t.empty()) out.push_back(std::move(t));
  }
  return cache.emplace(std::string(list), std::move(out)).first->second;
}

}  // namespace

std::vector<std::string> tokens(std::string_view text) { return tokens_q(text, nullptr); }

std::vector<std::string> tokens_q(std::string_view text, std::vector<bool>* question_after) {
  return tokens_p(text, question_after, nullptr);
}

std::vector<std::string> tokens_p(std::string_view text, std::vector<bool>* question_after,
                                  std::vector<char>* punct_before) {
  std::vector<std::string> out;
  std::string cur;
  char punct = 0;
  auto flush = [&] {
    while (!cur.empty() && cur.back() == '\'') cur.pop_back();
    std::size_t b = 0;
    while (b < cur.size() && cur[b] == '\'') ++b;
    if (b < cur.size()) {
      out.push_back(cur.substr(b));
      if (punct_before) punct_before->push_back(punct);
      punct = 0;
    }
    cur.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    // U+2019 / U+2018 (E2 80 99 / E2 80 98) fold to an apostrophe.
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[i + 2]) == 0x99 || static_cast<unsigned char>(text[i + 2]) == 0x98)) {
      if (!cur.empty()) cur.push_back('\'');
      i += 2;
      continue;
    }
    if (c == '\'') {
      if (!cur.empty()) cur.push_back('\'');
      continue;
    }
    if (c >= 0x80) {
      // Other non-ASCII punctuation (dashes, quotes: E2 80 xx) separates words.
      if (c == 0xE2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
        flush();
        i += 2;
        continue;
      }
      cur.push_back(static_cast<char>(c));
      continue;
    }
    if (word_byte(c)) {
      cur.push_back(static_cast<char>(std::tolower(c)));
    } else {
      flush();
      if (std::ispunct(c)) punct = static_cast<char>(c);
      if (c == '?' && question_after && !out.empty()) {
        question_after->resize(out.size(), false);
        question_after->back() = true;
      }
    }
  }
  flush();
  if (question_after) question_after->resize(out.size(), false);
  return out;
}

namespace {

std::string plain_stem(std::string_view token);

// Stem → the stem of its synonym group's first word (links_synonyms.txt).
const std::map<std::string, std::string, std::less<>>& synonym_stems() {
  static const std::map<std::string, std::string, std::less<>> map = [] {
    std::map<std::string, std::string, std::less<>> m;
    for (const auto& line : lexicon::list("links_synonyms")) {
      auto words = tokens(line);
      if (words.empty()) continue;
      std::string head = plain_stem(words[0]);
      for (const auto& w : words) m.emplace(plain_stem(w), head);
    }
    return m;
  }();
  return map;
}

}  // namespace

std::string stem(std::string_view token) {
  std::string s = plain_stem(token);
  const auto& syn = synonym_stems();
  if (auto it = syn.find(s); it != syn.end()) return it->second;
  return s;
}

namespace {

std::string plain_stem(std::string_view token) {
  std::string s;
  s.reserve(token.size());
  for (char c : token) s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (s.size() > 2 && s.compare(s.size() - 2, 2, "'s") == 0) s.resize(s.size() - 2);
  while (!s.empty() && s.back() == '\'') s.pop_back();
  if (s.size() > 3 && s.back() == 's') {
    char p = s[s.size() - 2];
    if (p != 's' && p != 'u' && p != 'i') s.pop_back();
  }
  auto ends = [&](std::string_view suf) {
    return s.size() >= suf.size() && s.compare(s.size() - suf.size(), suf.size(), suf) == 0;
  };
  if (s.size() >= 6 && ends("ing")) s.resize(s.size() - 3);
  else if (s.size() >= 6 && ends("ed")) s.resize(s.size() - 2);
  if (s.size() >= 5 && s.back() == 'e') s.pop_back();
  return s;
}

}  // namespace

std::size_t phrase_at(const std::vector<std::string>& toks, std::size_t at, std::string_view list) {
  std::size_t best = 0;
  for (const auto& p : phrases(list)) {
    if (p.size() <= best || at + p.size() > toks.size()) continue;
    bool ok = true;
    for (std::size_t k = 0; k < p.size() && ok; ++k) ok = toks[at + k] == p[k];
    if (ok) best = p.size();
  }
  return best;
}

std::size_t find_phrase(const std::vector<std::string>& toks, std::string_view list) {
  const auto& ps = phrases(list);
  for (std::size_t i = 0; i < toks.size(); ++i) {
    for (const auto& p : ps) {
      if (i + p.size() > toks.size()) continue;
      bool ok = true;
      for (std::size_t k = 0; k < p.size() && ok; ++k) ok = toks[i + k] == p[k];
      if (ok) return i;
    }
  }
  return std::string_view::npos;
}

bool is_negation(std::string_view token) {
  const auto& set = lexicon::lower_set("links_negation_cues");
  if (set.count(std::string(token))) return true;
  return token.size() > 3 && token.substr(token.size() - 3) == "n't";
}

std::vector<std::string> content_stems(const std::vector<std::string>& toks) {
  const auto& stop = lexicon::lower_set("stopwords");
  const auto& denial = lexicon::lower_set("links_denial_cues");
  const auto& refute = lexicon::lower_set("links_refutation_phrases");
  const auto& refs = lexicon::lower_set("links_reference_nouns");
  const auto& reporting = lexicon::lower_set("reporting_verbs");
  std::vector<std::string> out;
  for (const auto& t : toks) {
    if (t.size() < 2 || stop.count(t) || denial.count(t) || refute.count(t) || refs.count(t) ||
        reporting.count(t) || is_negation(t))
      continue;
    out.push_back(stem(t));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::size_t shared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::size_t n = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else { ++n; ++i; ++j; }
  }
  return n;
}

Polarity polarity(std::string_view text) {
  Polarity p;
  std::vector<bool> qmark;
  std::vector<char> punct;
  auto toks = tokens_p(text, &qmark, &punct);
  const auto& stop = lexicon::lower_set("stopwords");
  const auto& subord = lexicon::lower_set("links_subordinators");
  const auto& refs = lexicon::lower_set("links_reference_nouns");
  // A '?' within a few words after a cue makes it a question, not a denial.
  auto question_after = [&](std::size_t at) {
    for (std::size_t k = at; k < qmark.size() && k <= at + 6; ++k)
      if (qmark[k]) return true;
    return false;
  };
  // Whether a statement is named in the few words from `at` ("the reports",
  // "as propaganda", "that ..."): what a dismissal verb needs to deny.
  auto statement_follows = [&](std::size_t at, bool as_or_that) {
    for (std::size_t k = at; k < toks.size() && k < at + 4; ++k) {
      if (k > at && punct[k] != 0 && punct[k] != '\'' && punct[k] != '-') return false;  // clause ends
      if (refs.count(toks[k])) return true;
      if (as_or_that && k == at && (toks[k] == "as" || toks[k] == "that")) return true;
    }
    return false;
  };
  // Scope of a negation or withdrawal: the content words right after it.
  auto add_scope = [&](std::size_t from) {
    for (std::size_t k = from; k < toks.size() && k < from + 4; ++k)
      if (toks[k].size() >= 2 && !stop.count(toks[k]) && !is_negation(toks[k])) p.negated_scope.push_back(stem(toks[k]));
  };
  // A refutation cue right after a negation is itself negated ("not a hoax").
  std::size_t refute_at = find_phrase(toks, "links_refutation_phrases");
  bool negated_refutation = false;
  if (refute_at != std::string_view::npos) {
    for (std::size_t k = refute_at >= 2 ? refute_at - 2 : 0; k < refute_at; ++k)
      if (is_negation(toks[k]) && toks[refute_at].find('\'') == std::string::npos &&
          toks[refute_at] != "true" && toks[refute_at] != "real")
        negated_refutation = true;
  }
  for (std::size_t i = 0; i < toks.size(); ++i) {
    if (!is_negation(toks[i])) continue;
    if (negated_refutation && i + 2 >= refute_at && i < refute_at) continue;
    // Negation inside a subordinate clause ("a panel that didn't include").
    if ((i >= 1 && subord.count(toks[i - 1])) || (i >= 2 && subord.count(toks[i - 2]) && toks[i - 2] != "to"))
      continue;
    // A contrast ("a ticket, not an arrest") or a compound ("no-fly zone")
    // is not the statement's predicate negated.
    if (punct[i] == ',' && toks[i] == "not") continue;
    // An aside between commas ("no food, nothing, gets in") repeats what
    // the clause says; the words after it are not in its scope.
    if (punct[i] == ',' && i + 1 < toks.size() && punct[i + 1] == ',') continue;
    if (i + 1 < toks.size() && punct[i + 1] == '-') continue;
    p.negated = true;
    if (question_after(i)) p.question = true;
    add_scope(i + 1);
  }
  // Withdrawing from what was announced negates it ("drops out of the film").
  static const std::set<std::string, std::less<>> passive_aux{"is", "are", "was", "were", "be", "been", "being"};
  for (std::size_t i = 0; i < toks.size(); ++i) {
    std::size_t n = phrase_at(toks, i, "links_withdrawal_verbs");
    if (n == 0) continue;
    p.withdraws = p.negated = true;
    if (question_after(i)) p.question = true;
    add_scope(i + n);
    // A passive ("the summit was called off"): what is withdrawn comes first.
    if (i >= 1 && passive_aux.count(toks[i - 1]))
      for (std::size_t k = i - 1, taken = 0; k > 0 && taken < 3; --k) {
        if (punct[k] != 0 && punct[k] != '\'' && punct[k] != '-') break;
        const auto& t = toks[k - 1];
        if (t.size() < 2 || stop.count(t) || is_negation(t)) continue;
        p.negated_scope.push_back(stem(t));
        ++taken;
      }
  }
  std::sort(p.negated_scope.begin(), p.negated_scope.end());
  p.negated_scope.erase(std::unique(p.negated_scope.begin(), p.negated_scope.end()), p.negated_scope.end());
  p.refutes = refute_at != std::string_view::npos && !negated_refutation;
  if (p.refutes && question_after(refute_at)) p.question = true;
  // "despite the kidnap reports", "contrary to claims": asserts the opposite.
  for (std::size_t i = 0; i < toks.size() && !p.refutes; ++i)
    if (std::size_t n = phrase_at(toks, i, "links_concessive_cues"); n && statement_follows(i + n, false)) {
      p.refutes = true;
      if (question_after(i)) p.question = true;
    }
  p.neutral = has_phrase(toks, "links_neutral_phrases");
  std::size_t deny_at = find_phrase(toks, "links_denial_cues");
  // "slams rumours", "dismissed as propaganda": a dismissal verb denies
  // only a statement.
  for (std::size_t i = 0; i < toks.size() && deny_at == std::string_view::npos; ++i)
    if (std::size_t n = phrase_at(toks, i, "links_dismissal_verbs"); n && statement_follows(i + n, true)) deny_at = i;
  p.denies = deny_at != std::string_view::npos;
  if (p.denies && question_after(deny_at)) p.question = true;
  p.change = has_phrase(toks, "links_change_verbs");
  p.totality = has_phrase(toks, "links_totality_words");
  p.loss = has_phrase(toks, "links_loss_verbs");
  return p;
}

bool opposite_states(const std::vector<std::string>& a_stems, const std::vector<std::string>& b_stems,
                     std::vector<std::string>* used) {
  struct Pair {
    std::vector<std::string> left, right;  // sorted stems
  };
  static const std::vector<Pair> pairs = [] {
    std::vector<Pair> out;
    for (const auto& line : lexicon::list("links_antonyms")) {
      auto eq = line.find('=');
      if (eq == std::string::npos) continue;
      Pair pr;
      for (const auto& t : tokens(std::string_view(line).substr(0, eq))) pr.left.push_back(stem(t));
      for (const auto& t : tokens(std::string_view(line).substr(eq + 1))) pr.right.push_back(stem(t));
      for (auto* v : {&pr.left, &pr.right}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
      }
      if (!pr.left.empty() && !pr.right.empty()) out.push_back(std::move(pr));
    }
    return out;
  }();
  auto take = [&](const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (!used) return;
    for (const auto* side : {&a, &b})
      for (const auto& w : *side)
        if (std::binary_search(a_stems.begin(), a_stems.end(), w) || std::binary_search(b_stems.begin(), b_stems.end(), w))
          used->push_back(w);
  };
  bool found = false;
  for (const auto& pr : pairs) {
    bool al = shared(a_stems, pr.left) > 0, ar = shared(a_stems, pr.right) > 0;
    bool bl = shared(b_stems, pr.left) > 0, br = shared(b_stems, pr.right) > 0;
    if ((al && !ar && br) || (bl && !br && ar)) {
      found = true;
      take(pr.left, pr.right);
    }
  }
  if (used) {
    std::sort(used->begin(), used->end());
    used->erase(std::unique(used->begin(), used->end()), used->end());
  }
  return found;
}

}  // namespace claims::links::cues
