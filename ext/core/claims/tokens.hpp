// Word/punctuation tokens of one sentence, with byte offsets into the text.
// The claims stage reasons over these instead of raw bytes: every pattern
// (cue, speaker phrase, adverbial) is a short run of tokens.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claims::attribution {

struct Token {
  enum class Type { word, punct, quote };  // quote = a double quotation mark
  std::size_t start = 0, end = 0;          // bytes into the text
  std::string lower;  // ASCII lower-case; ’ folded to ' ("taliban's")
  Type type = Type::word;
  bool capitalized = false;  // first letter upper-case, or a digit-free acronym
  bool in_quote = false;     // strictly inside a quotation (set by the caller)

  bool is(std::string_view w) const { return lower == w; }
  bool word() const { return type == Type::word; }
};

// Tokens of text[start, end). Linear; never splits a UTF-8 sequence. Words
// keep inner hyphens, apostrophes and dots ("anti-Taliban", "U.S.").
std::vector<Token> tokenize(std::string_view text, std::size_t start, std::size_t end);

// The lower-case forms joined by single spaces with a space at each end
// (" the claim is false . "), for phrase look-ups with find(" phrase ").
std::string joined_lower(const std::vector<Token>& toks, std::size_t first, std::size_t last);

// True when the joined text holds one of the phrases (each phrase searched
// as " phrase ", i.e. on word boundaries).
bool contains_phrase(const std::string& joined, const std::vector<std::string>& phrases);

}  // namespace claims::attribution
