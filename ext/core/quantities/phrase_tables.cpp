#include "core/quantities/phrase_tables.hpp"

#include <map>
#include <mutex>

#include "lexicon/lexicon.hpp"

namespace claims::quantities {
namespace {

std::string trim(std::string_view s) {
  auto b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  auto e = s.find_last_not_of(" \t");
  return std::string(s.substr(b, e - b + 1));
}

// Lower-case and collapse runs of spaces, so keys compare with joined tokens.
std::string normalise_key(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t') { space = !out.empty(); continue; }
    if (space) out.push_back(' ');
    space = false;
    out.push_back((c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c);
  }
  return out;
}

PhraseTable build(std::string_view name) {
  PhraseTable t;
  for (const auto& line : lexicon::list(name)) {
    auto eq = line.find('=');
    std::string key = normalise_key(trim(std::string_view(line).substr(0, eq)));
    std::string value = eq == std::string::npos ? "" : trim(std::string_view(line).substr(eq + 1));
    if (key.empty()) continue;
    std::size_t words = 1;
    for (char c : key) words += (c == ' ');
    if (words > t.max_words) t.max_words = words;
    t.values.emplace(std::move(key), std::move(value));
  }
  return t;
}

// The key spelled by word tokens [first, first + n), or "" if one is not a word.
std::string key_of(const std::vector<Token>& toks, std::size_t first, std::size_t n) {
  std::string key;
  for (std::size_t k = first; k < first + n; ++k) {
    if (!is_word(toks[k])) return {};
    if (!key.empty()) key.push_back(' ');
    key += toks[k].lower;
  }
  return key;
}

}  // namespace

const PhraseTable& phrase_table(std::string_view lexicon_name) {
  static std::mutex mutex;
  static std::map<std::string, PhraseTable, std::less<>> cache;
  std::lock_guard lock(mutex);
  if (auto it = cache.find(lexicon_name); it != cache.end()) return it->second;
  return cache.emplace(std::string(lexicon_name), build(lexicon_name)).first->second;
}

std::size_t match_at(const PhraseTable& table, const std::vector<Token>& toks, std::size_t first,
                     std::string* value) {
  for (std::size_t n = table.max_words; n >= 1; --n) {
    if (first + n > toks.size()) continue;
    std::string key = key_of(toks, first, n);
    if (key.empty()) continue;
    if (auto it = table.values.find(key); it != table.values.end()) {
      if (value) *value = it->second;
      return n;
    }
  }
  return 0;
}

std::size_t match_before(const PhraseTable& table, const std::vector<Token>& toks, std::size_t end,
                         std::string* value) {
  for (std::size_t n = table.max_words; n >= 1; --n) {
    if (n > end) continue;
    std::string key = key_of(toks, end - n, n);
    if (key.empty()) continue;
    if (auto it = table.values.find(key); it != table.values.end()) {
      if (value) *value = it->second;
      return n;
    }
  }
  return 0;
}

}  // namespace claims::quantities
