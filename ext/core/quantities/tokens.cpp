#include "core/quantities/tokens.hpp"

namespace claims::quantities {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Length of the UTF-8 sequence led by byte c (1 for stray continuation bytes).
std::size_t utf8_len(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

// Non-ASCII code points that separate words like whitespace does:
// U+00A0, U+2000..U+200B, U+2028, U+2029, U+202F, U+3000.
bool is_unicode_space(std::string_view s) {
  if (s == "\xC2\xA0" || s == "\xE2\x80\xA8" || s == "\xE2\x80\xA9" || s == "\xE2\x80\xAF" ||
      s == "\xE3\x80\x80")
    return true;
  return s.size() == 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
         (unsigned char)s[2] <= 0x8B;
}

// Letters outside ASCII (Latin-1 supplement and up): "Ḥamza", "Pañjshir".
// Punctuation lives in U+2000..U+206F and a few Latin-1 symbols; treat the
// rest as letters, which is right for names and harmless for numbers.
bool is_unicode_letter(std::string_view s) {
  auto b0 = (unsigned char)s[0];
  if (s.size() == 2 && b0 == 0xC2) return false;  // U+0080..U+00BF: symbols, no-break space
  if (s.size() == 2 && b0 == 0xC3) return s != "\xC3\x97" && s != "\xC3\xB7";  // not × ÷
  if (s.size() == 3 && b0 == 0xE2) return false;  // general punctuation, currency, arrows
  return s.size() >= 2;
}

char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  std::size_t i = 0, n = text.size();
  bool space_before = true;
  bool line_before = false;
  while (i < n) {
    char c = text[i];
    if (is_space(c)) { line_before |= (c == '\n' || c == '\r'); ++i; space_before = true; continue; }
    std::size_t cl = utf8_len((unsigned char)c);
    if (i + cl > n) cl = n - i;
    std::string_view cp = text.substr(i, cl);
    if (cl > 1 && is_unicode_space(cp)) {
      line_before |= (cp == "\xE2\x80\xA8" || cp == "\xE2\x80\xA9");
      i += cl;
      space_before = true;
      continue;
    }

    Token t;
    t.start = i;
    t.glued = !space_before && !out.empty();
    t.line_before = line_before;
    if (is_digit(c)) {
      // Digits with inner separators: "1,000", "2,50,000", "1.5".
      std::size_t j = i + 1;
      while (j < n) {
        if (is_digit(text[j])) { ++j; continue; }
        if ((text[j] == ',' || text[j] == '.') && j + 1 < n && is_digit(text[j + 1])) { j += 2; continue; }
        break;
      }
      t.kind = TokenKind::Digits;
      t.end = j;
    } else if (is_alpha(c) || (cl > 1 && is_unicode_letter(cp))) {
      std::size_t j = i;
      while (j < n) {
        char d = text[j];
        if (is_alpha(d) || is_digit(d)) { ++j; continue; }
        std::size_t dl = utf8_len((unsigned char)d);
        if (dl > 1 && j + dl <= n && is_unicode_letter(text.substr(j, dl))) { j += dl; continue; }
        break;
      }
      // Dotted initialisms stay one word: "U.S.", "p.m.", "a.m.".
      if (j == i + 1 && j + 1 < n && text[j] == '.' && is_alpha(text[j + 1]) &&
          (j + 2 >= n || !is_alpha(text[j + 2]))) {
        while (j + 1 < n && text[j] == '.' && is_alpha(text[j + 1]) && (j + 2 >= n || !is_alpha(text[j + 2]))) j += 2;
        if (j < n && text[j] == '.') ++j;
      }
      t.kind = TokenKind::Word;
      t.end = j;
      t.capitalised = (c >= 'A' && c <= 'Z');
    } else {
      t.kind = TokenKind::Punct;
      t.end = i + cl;
    }
    t.lower.reserve(t.end - t.start);
    for (std::size_t k = t.start; k < t.end; ++k) t.lower.push_back(lower_ascii(text[k]));
    // Normalise curly apostrophe and dashes so callers compare one spelling.
    if (t.lower == "\xE2\x80\x99") t.lower = "'";
    if (t.lower == "\xE2\x80\x93" || t.lower == "\xE2\x80\x94") t.lower = "--";
    out.push_back(std::move(t));
    i = out.back().end;
    space_before = false;
    line_before = false;
  }
  return out;
}

}  // namespace claims::quantities
