// Tokens for the entity stage: words, numbers, punctuation and symbols
// (URLs, @handles) with the few facts the recogniser needs about each.
//
// One left-to-right pass; tokens are small (offsets as 32-bit) because a
// 20 MB text has millions of them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/sentences/splitter.hpp"

namespace claims::entities::detail {

enum class TokenType : std::uint8_t { word, number, punct, symbol };

struct Token {
  std::uint32_t start = 0;  // bytes; a possessive word ends before its 's
  std::uint32_t end = 0;
  std::uint32_t sentence = 0;  // index into the sentence spans
  TokenType type = TokenType::punct;
  bool cap = false;         // first letter upper-case
  bool allcaps = false;     // two or more letters, all upper-case ("NRF", "U.S.")
  bool has_digit = false;   // "M33", "Hennepin1359": never a name
  bool possessive = false;  // followed by 's / ’s / s’
  bool initial = false;     // first word of a sentence, line, quote or after a colon
  bool isolated = false;    // capitalised part after a lower-case hyphen prefix ("anti-X")
};

// Byte-exact view of a token.
inline std::string_view token_text(std::string_view text, const Token& t) {
  return text.substr(t.start, t.end - t.start);
}

// ASCII lower-case copy (names of other scripts are left as they are).
std::string lower(std::string_view s);

std::vector<Token> tokenize(std::string_view text, const std::vector<sentences::Span>& sentences);

// Questions about the tokens of one text, shared by the scanners that walk
// them (mentions, relations). Out-of-range indices answer "no".
class TokenView {
 public:
  TokenView(std::string_view text, const std::vector<Token>& tokens) : text_(text), t_(tokens) {}

 protected:
  std::string_view tx(std::size_t i) const { return token_text(text_, t_[i]); }
  std::string lw(std::size_t i) const { return i < t_.size() ? lower(tx(i)) : std::string(); }
  bool is_word(std::size_t i) const { return i < t_.size() && t_[i].type == TokenType::word; }
  bool is_lower_word(std::size_t i) const { return is_word(i) && !t_[i].cap; }
  bool is_punct(std::size_t i, std::string_view p) const {
    return i < t_.size() && t_[i].type == TokenType::punct && tx(i) == p;
  }
  bool same_sentence(std::size_t a, std::size_t b) const {
    return a < t_.size() && b < t_.size() && t_[a].sentence == t_[b].sentence;
  }

  std::string_view text_;
  const std::vector<Token>& t_;
};

}  // namespace claims::entities::detail
