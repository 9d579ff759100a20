// Name shapes: parts, acronyms, initials and locative tails.
#include <cctype>

#include "core/entities/names.hpp"

namespace claims::entities::detail {
namespace {

bool upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

std::vector<std::string> split_spaces(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string strip_possessive(std::string w) {
  if (w.size() > 2 && (w.ends_with("'s") || w.ends_with("'S"))) return w.substr(0, w.size() - 2);
  if (w.size() > 4 && w.ends_with("\xE2\x80\x99s")) return w.substr(0, w.size() - 4);
  return w;
}

}  // namespace

std::vector<std::string> name_parts(std::string_view name) {
  std::vector<std::string> out;
  for (auto& word : split_spaces(name)) {
    std::string w = strip_possessive(word);
    std::size_t i = 0;
    while (i <= w.size()) {
      std::size_t j = w.find('-', i);
      if (j == std::string::npos) j = w.size();
      if (j > i) out.push_back(w.substr(i, j - i));
      i = j + 1;
    }
  }
  return out;
}

bool is_acronym(std::string_view word) {
  std::size_t letters = 0;
  for (char c : word) {
    if (upper_ascii(c)) ++letters;
    else if (c != '.') return false;
  }
  return letters >= 2;
}

std::string acronym_letters(std::string_view word) {
  std::string out;
  for (char c : word)
    if (upper_ascii(c)) out += c;
  return out;
}

std::string initials(std::string_view name) {
  std::string out;
  for (const auto& part : name_parts(name)) {
    if (part.empty()) continue;
    if (is_acronym(part)) out += acronym_letters(part);
    else if (upper_ascii(part[0])) out += part[0];
    else if (static_cast<unsigned char>(part[0]) >= 0x80) out += '?';  // other scripts: never matches
    // lower-case parts are function words ("of", "the", "al"): ignored
  }
  return out;
}

std::string strip_locative_tail(std::string_view name) {
  auto words = split_spaces(name);
  for (std::size_t k = 2; k + 1 < words.size(); ++k) {
    if (words[k] != "of" && words[k] != "in") continue;
    std::size_t tail = words.size() - k - 1;
    if (tail > 4) continue;
    bool capitalised = true;
    for (std::size_t t = k + 1; t < words.size(); ++t)
      if (!(upper_ascii(words[t][0]) || words[t] == "the" || static_cast<unsigned char>(words[t][0]) >= 0x80))
        capitalised = false;
    if (!capitalised || !upper_ascii(words.back()[0])) continue;
    std::string core;
    for (std::size_t t = 0; t < k; ++t) {
      if (t) core += ' ';
      core += words[t];
    }
    return core;
  }
  return std::string(name);
}

bool acronym_matches(std::string_view acronym, std::string_view expansion) {
  if (!is_acronym(acronym) || name_parts(expansion).size() < 2) return false;
  std::string letters = acronym_letters(acronym);
  return letters == initials(expansion) || letters == initials(strip_locative_tail(expansion));
}

}  // namespace claims::entities::detail
