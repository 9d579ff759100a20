#include "core/article/tokens.hpp"

namespace claims::article::tokens {

std::size_t space_len(std::string_view s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v') return 1;
  if (b == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (b == 0xE2 && i + 2 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if (b1 == 0x80 && (b2 <= 0x8B || b2 == 0xAF)) return 3;  // U+2000..U+200B, U+202F
  }
  if (b == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80)
    return 3;  // U+3000 ideographic space
  return 0;
}

std::string_view trim(std::string_view s) {
  std::size_t b = 0;
  while (b < s.size()) {
    std::size_t n = space_len(s, b);
    if (n == 0) break;
    b += n;
  }
  std::size_t e = s.size();
  while (e > b) {
    // Whitespace is 1-3 bytes; test the candidates ending at e.
    std::size_t n = 0;
    for (std::size_t k = 1; k <= 3 && k <= e - b; ++k)
      if (space_len(s, e - k) == k) { n = k; break; }
    if (n == 0) break;
    e -= n;
  }
  return s.substr(b, e - b);
}

std::vector<Word> split_words(std::string_view line, std::size_t limit) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < line.size() && out.size() < limit) {
    std::size_t n = space_len(line, i);
    if (n) { i += n; continue; }
    std::size_t start = i;
    while (i < line.size() && space_len(line, i) == 0) ++i;
    out.push_back({start, i});
  }
  return out;
}

namespace {

// Length of the punctuation or quote character at s[i] (ASCII punctuation
// other than '@', '#', '&', '%' and '°'-style symbols, or a curly quote /
// guillemet), 0 when s[i] is not one.
std::size_t punct_len_at(std::string_view s, std::size_t i) {
  const char c = s[i];
  switch (c) {
    case '.': case ',': case ';': case ':': case '!': case '?': case '"': case '\'':
    case '(': case ')': case '[': case ']': case '{': case '}': case '*':
      return 1;
    default: break;
  }
  const auto b = static_cast<unsigned char>(c);
  if (b == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if (b2 >= 0x98 && b2 <= 0x9F) return 3;  // ‘ ’ ‚ ‛ “ ” „ ‟
    if (b2 == 0xA6) return 3;                // …
  }
  if (b == 0xC2 && i + 1 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if (b1 == 0xAB || b1 == 0xBB) return 2;  // « »
  }
  return 0;
}

// Same, for the character that ends at s[e] (exclusive).
std::size_t punct_len_before(std::string_view s, std::size_t e) {
  for (std::size_t k = 1; k <= 3 && k <= e; ++k)
    if (punct_len_at(s, e - k) == k) return k;
  return 0;
}

}  // namespace

std::string_view core(std::string_view word) {
  std::size_t b = 0, e = word.size();
  while (b < e) {
    std::size_t n = punct_len_at(word, b);
    if (!n) break;
    b += n;
  }
  while (e > b) {
    std::size_t n = punct_len_before(word.substr(0, e), e);
    if (!n) break;
    e -= n;
  }
  return word.substr(b, e - b);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (is_ascii_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (is_ascii_upper(x)) x = static_cast<char>(x - 'A' + 'a');
    if (is_ascii_upper(y)) y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}

bool is_capitalised(std::string_view word) {
  if (word.empty()) return false;
  const auto b = static_cast<unsigned char>(word[0]);
  return is_ascii_upper(word[0]) || b >= 0xC0;
}

bool ends_sentence(std::string_view line) {
  std::size_t e = line.size();
  // Skip closing quotes and brackets: `..." he said.` ends at '.', and
  // `"May it end!"` ends at '!'.
  while (e > 0) {
    const char c = line[e - 1];
    if (c == '"' || c == '\'' || c == ')' || c == ']') { --e; continue; }
    if (e >= 3 && static_cast<unsigned char>(line[e - 3]) == 0xE2 &&
        static_cast<unsigned char>(line[e - 2]) == 0x80) {
      const auto b2 = static_cast<unsigned char>(line[e - 1]);
      if (b2 == 0x99 || b2 == 0x9D) { e -= 3; continue; }  // ’ ”
      if (b2 == 0xA6) return true;                         // …
    }
    break;
  }
  if (e == 0) return false;
  const char c = line[e - 1];
  return c == '.' || c == '!' || c == '?';
}

}  // namespace claims::article::tokens
