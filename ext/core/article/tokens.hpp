// Byte-level helpers shared by the article heuristics: the whitespace news
// pages use (ASCII plus no-break and thin spaces), ASCII case, and splitting
// one line into whitespace-separated words. Everything here is a single
// linear pass; nothing allocates per byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claims::article::tokens {

// Byte length of the whitespace character starting at s[i] (space, tab,
// U+00A0, U+2000..U+200B, U+202F, U+3000), or 0 when s[i] starts none.
std::size_t space_len(std::string_view s, std::size_t i);

std::string_view trim(std::string_view s);

// A word of a line: [start, end) byte offsets into that line.
struct Word {
  std::size_t start = 0;
  std::size_t end = 0;
};

// Whitespace-separated words. `limit` stops after that many words so that
// callers that only look at a line's opening never pay for a 20 MB line.
std::vector<Word> split_words(std::string_view line, std::size_t limit = SIZE_MAX);

// The word without the punctuation and quotes around it ("(Jan." -> "Jan",
// "“Hello,”" -> "Hello"). Inner punctuation stays ("U.S", "al-Qaeda").
std::string_view core(std::string_view word);

std::string lower(std::string_view s);
bool iequals(std::string_view a, std::string_view b);
bool istarts_with(std::string_view s, std::string_view prefix);

inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_alpha(char c) { return is_ascii_upper(c) || is_ascii_lower(c); }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// True when every byte is an ASCII digit (and there is at least one).
bool all_digits(std::string_view s);

// True for a word that opens with a capital letter. Non-ASCII letters
// count as capitals: accented and non-Latin names must not be rejected.
bool is_capitalised(std::string_view word);

// Text ends a sentence: last visible character (after closing quotes and
// brackets) is . ! ? or an ellipsis.
bool ends_sentence(std::string_view line);

}  // namespace claims::article::tokens
