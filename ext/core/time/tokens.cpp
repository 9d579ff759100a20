#include "core/time/tokens.hpp"

namespace claims::time {
namespace {

bool is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Length of the UTF-8 sequence starting with lead byte c (1 for invalid
// bytes, so that scanning always advances).
std::size_t utf8_length(unsigned char c) {
  if (c >= 0xF0 && c <= 0xF7) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

// Non-ASCII punctuation that behaves like an ASCII mark in dates.
std::string fold_punct(std::string_view s) {
  if (s == "\xE2\x80\x99" || s == "\xE2\x80\x98") return "'";  // ’ ‘
  if (s == "\xE2\x80\x93" || s == "\xE2\x80\x94") return "-";  // – —
  if (s == "\xC2\xA0") return " ";                              // no-break space
  return std::string(s);
}

}  // namespace

std::vector<Token> scan_tokens(std::string_view text) {
  std::vector<Token> out;
  bool space = true, newline = false;
  std::size_t i = 0, n = text.size();
  while (i < n) {
    unsigned char c = text[i];
    if (is_space(c)) {
      space = true;
      if (c == '\n') newline = true;
      ++i;
      continue;
    }
    Token t;
    t.start = i;
    t.space_before = space;
    t.newline_before = newline;
    if (is_alpha(c)) {
      t.kind = TokenKind::Word;
      t.capitalised = c >= 'A' && c <= 'Z';
      while (i < n && is_alpha(text[i])) ++i;
    } else if (is_digit(c)) {
      t.kind = TokenKind::Number;
      while (i < n && is_digit(text[i])) ++i;
    } else {
      std::size_t len = utf8_length(c);
      i = i + len > n ? n : i + len;
    }
    t.end = i;
    t.lower = fold_punct(text.substr(t.start, t.end - t.start));
    if (t.lower == " ") {  // no-break space is whitespace
      space = true;
      continue;
    }
    for (auto& ch : t.lower)
      if (ch >= 'A' && ch <= 'Z') ch = char(ch - 'A' + 'a');
    out.push_back(std::move(t));
    space = false;
    newline = false;
  }
  return out;
}

}  // namespace claims::time
