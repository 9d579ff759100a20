#include "core/claims/tokens.hpp"

#include <algorithm>
#include <cctype>

namespace claims::attribution {
namespace {

// Multi-byte punctuation that must not be read as letters.
enum class Mark { none, dquote, apostrophe, dash, other };

// Length and class of a punctuation sequence starting at s[i].
Mark multibyte_mark(std::string_view s, std::size_t i, std::size_t& len) {
  auto b = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  if (b(0) == 0xE2 && b(1) == 0x80) {
    len = 3;
    switch (b(2)) {
      case 0x9C: case 0x9D: case 0x9E: case 0x9F: return Mark::dquote;  // “ ” „ ‟
      case 0x98: case 0x99: case 0x9A: case 0x9B: return Mark::apostrophe;  // ‘ ’ ‚ ‛
      case 0x93: case 0x94: case 0x95: return Mark::dash;  // – — ―
      case 0xA6: case 0xA2: return Mark::other;  // … •
      default: break;
    }
    if (b(2) >= 0x80 && b(2) <= 0x8F) return Mark::other;  // odd spaces
  }
  if (b(0) == 0xC2 && (b(1) == 0xAB || b(1) == 0xBB)) { len = 2; return Mark::dquote; }  // « »
  if (b(0) == 0xC2 && b(1) == 0xA0) { len = 2; return Mark::other; }  // no-break space
  len = 0;
  return Mark::none;
}

bool ascii_alnum(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t start, std::size_t end) {
  std::vector<Token> out;
  if (end > text.size()) end = text.size();
  std::size_t i = start;
  while (i < end) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { ++i; continue; }
    std::size_t len = 0;
    Mark m = c >= 0x80 ? multibyte_mark(text, i, len) : Mark::none;
    if (m == Mark::none && c == '"') { m = Mark::dquote; len = 1; }
    // Newswire doubled single quotes: ''quote'' or ``quote''.
    if (m == Mark::none && (c == '\'' || c == '`') && i + 1 < end && text[i + 1] == text[i]) {
      m = Mark::dquote;
      len = 2;
    }
    if (m == Mark::dquote || m == Mark::dash || m == Mark::other || m == Mark::apostrophe ||
        (c < 0x80 && !ascii_alnum(c))) {
      if (m == Mark::none) len = 1;
      if (m == Mark::other && text.substr(i, len) == "\xC2\xA0") { i += len; continue; }
      Token t;
      t.start = i;
      t.end = std::min(end, i + len);
      t.type = m == Mark::dquote ? Token::Type::quote : Token::Type::punct;
      t.lower = m == Mark::apostrophe ? "'" : m == Mark::dash ? "-" : std::string(text.substr(i, t.end - i));
      i = t.end;
      out.push_back(std::move(t));
      continue;
    }
    // A word: letters (any non-punctuation UTF-8), digits, and inner - . ' ’.
    Token t;
    t.start = i;
    std::size_t j = i;
    while (j < end) {
      unsigned char d = static_cast<unsigned char>(text[j]);
      std::size_t l2 = 0;
      Mark m2 = d >= 0x80 ? multibyte_mark(text, j, l2) : Mark::none;
      if (d >= 0x80 && m2 == Mark::none) {
        ++j;
        while (j < end && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) ++j;
        continue;
      }
      if (ascii_alnum(d)) { ++j; continue; }
      // Inner joiners stay inside the word when a letter/digit follows.
      std::size_t jl = m2 == Mark::apostrophe ? l2 : (d == '-' || d == '.' || d == '\'' || d == '&') ? 1 : 0;
      // "9/11", "24/7": a slash between digits joins one modifier word.
      if (d == '/' && j > i && j + 1 < end && text[j - 1] >= '0' && text[j - 1] <= '9' && text[j + 1] >= '0' &&
          text[j + 1] <= '9')
        jl = 1;
      if (jl && j > i && j + jl < end) {
        unsigned char nx = static_cast<unsigned char>(text[j + jl]);
        if (ascii_alnum(nx) || nx >= 0xC0) { j += jl; continue; }
      }
      // A slash between letters joins a name pair: "Reuters/Ipsos",
      // "Post/ABC" is one name, not two phrases.
      if (d == '/' && j > i && j + 1 < end && std::isalpha(static_cast<unsigned char>(text[j - 1])) &&
          std::isalpha(static_cast<unsigned char>(text[j + 1]))) {
        ++j;
        continue;
      }
      // A trailing dot of an initial, acronym or short title ("U.S.", "J.",
      // "Mr.", "Sen.", "R-Ga.") belongs to it when the sentence goes on:
      // sentences are already split, so an inner dot is an abbreviation.
      // "(D-Mass.)", "(R-Tenn.)": a party and state tag keeps its dot.
      if (d == '.' && j > i && j - i <= 8 && j + 1 < end && text[j + 1] == ')' && text[i] >= 'A' && text[i] <= 'Z' &&
          text.substr(i, j - i).find('-') != std::string_view::npos) {
        ++j;
        break;
      }
      if (d == '.' && j > i && j - i <= 5 && text[i] >= 'A' && text[i] <= 'Z') {
        bool dotted = false;
        for (std::size_t k = i; k < j; ++k) dotted |= text[k] == '.';
        bool goes_on = j + 1 < end && (text[j + 1] == ' ' || text[j + 1] == ')' || text[j + 1] == ',');
        if (dotted || j - i == 1 || goes_on) ++j;
      }
      break;
    }
    t.end = j;
    std::string lower;
    lower.reserve(j - i);
    for (std::size_t k = i; k < j; ++k) {
      std::size_t l3 = 0;
      unsigned char d = static_cast<unsigned char>(text[k]);
      if (d >= 0x80 && multibyte_mark(text, k, l3) == Mark::apostrophe) {
        lower.push_back('\'');
        k += l3 - 1;
        continue;
      }
      lower.push_back(d < 0x80 ? static_cast<char>(std::tolower(d)) : static_cast<char>(d));
    }
    t.lower = std::move(lower);
    t.capitalized = (c >= 'A' && c <= 'Z');
    out.push_back(std::move(t));
    i = j;
  }
  return out;
}

std::string joined_lower(const std::vector<Token>& toks, std::size_t first, std::size_t last) {
  std::string s = " ";
  for (std::size_t k = first; k < last && k < toks.size(); ++k) {
    s += toks[k].lower;
    s += ' ';
  }
  return s;
}

bool contains_phrase(const std::string& joined, const std::vector<std::string>& phrases) {
  // `joined` is " w1 w2 ... wn ": a phrase matches when it stands between
  // spaces. Searched in place: this runs for every claim and sentence.
  for (const auto& p : phrases) {
    for (std::size_t at = joined.find(p); at != std::string::npos; at = joined.find(p, at + 1)) {
      if (at > 0 && joined[at - 1] == ' ' && at + p.size() < joined.size() && joined[at + p.size()] == ' ')
        return true;
    }
  }
  return false;
}

}  // namespace claims::attribution
