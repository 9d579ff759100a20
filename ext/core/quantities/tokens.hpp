// Word-level tokens for the quantities extractor: words, digit groups and
// single punctuation marks, with byte offsets. Hyphens, slashes and colons
// are kept as their own tokens so that "twenty-five", "25-year-old" and
// "2013-01-S-025" can be recognised by looking at neighbours; `glued`
// says whether a token touches the previous one with no space in between.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claims::quantities {

enum class TokenKind { Word, Digits, Punct };

struct Token {
  std::size_t start = 0;  // bytes, half-open
  std::size_t end = 0;
  TokenKind kind = TokenKind::Punct;
  bool glued = false;      // no whitespace between this token and the previous one
  bool capitalised = false;
  bool line_before = false;  // a line break (or U+2028/U+2029) separates it from the previous token
  std::string lower;       // ASCII-lower-cased text; punctuation as written
};

// One linear pass. Digit tokens keep inner ',' and '.' when a digit follows
// ("2,50,000", "1.5"); words keep inner apostrophes ("province's" is split
// into "province" + "'s"); dotted initialisms are one word ("U.S.", "p.m."). Non-ASCII letters are words too; other non-ASCII
// characters (curly quotes, dashes, U+2028) are one punctuation token each.
std::vector<Token> tokenize(std::string_view text);

inline bool is_word(const Token& t) { return t.kind == TokenKind::Word; }
inline bool is_digits(const Token& t) { return t.kind == TokenKind::Digits; }
inline bool is_punct(const Token& t, std::string_view p) {
  return t.kind == TokenKind::Punct && t.lower == p;
}

}  // namespace claims::quantities
