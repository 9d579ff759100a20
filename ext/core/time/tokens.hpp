// Token scanning for the temporal tagger: words (ASCII letter runs), numbers
// (digit runs) and single punctuation marks, with byte offsets and whether
// whitespace separates a token from the previous one. Dates like
// "2021-09-05" or "9:47" are recognised later from glued tokens, so that
// "2013-01-S-025" can be seen to continue past the date-like part.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claims::time {

enum class TokenKind { Word, Number, Punct };

struct Token {
  std::size_t start = 0, end = 0;  // bytes, half-open
  std::string lower;               // ASCII-lowercased; curly quotes → "'", dashes → "-"
  TokenKind kind = TokenKind::Punct;
  bool space_before = true;        // whitespace (or text start) precedes it
  bool newline_before = false;     // a line break precedes it (headline, paragraph)
  bool capitalised = false;        // first letter upper case as written

  bool is_word() const { return kind == TokenKind::Word; }
  bool is_number() const { return kind == TokenKind::Number; }
  bool is(std::string_view s) const { return lower == s; }
  // Glued to the previous token (no whitespace between).
  bool glued() const { return !space_before; }
};

std::vector<Token> scan_tokens(std::string_view text);

}  // namespace claims::time
