// alias_key: the transliteration-folded key of a name.
#include <cctype>
#include <cstdlib>
#include <utf8proc.h>

#include "core/entities/entities.hpp"
#include "core/entities/names.hpp"
#include "core/entities/tokens.hpp"

namespace claims::entities {
namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Case-folded, accents stripped ("Stéphane" → "stephane"); plain ASCII
// lower-casing when utf8proc refuses the input.
std::string fold_case_and_marks(std::string_view s) {
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                        &out,
                        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK |
                                                       UTF8PROC_CASEFOLD));
  if (n < 0) return detail::lower(s);
  std::string r(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  return r;
}

}  // namespace

namespace detail {

std::string fold_word(std::string_view w) {
  // 1. Consonant spellings of one sound.
  std::string a;
  for (std::size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    char n = i + 1 < w.size() ? w[i + 1] : '\0';
    if (c == 'k' && n == 'h') { a += 'h'; ++i; }
    else if (c == 'c' && n == 'k') { a += 'k'; ++i; }
    else if (c == 'p' && n == 'h') { a += 'f'; ++i; }
    else if (c == 'q') a += 'k';
    else a += c;
  }
  // 2. A dropped h: only sh, ch, zh keep theirs (they are other sounds).
  std::string b;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char prev = i ? a[i - 1] : '\0';
    if (a[i] == 'h' && prev != 's' && prev != 'c' && prev != 'z') continue;
    b += a[i];
  }
  // 3. Vowels: any run of a e i o u (and y not before a vowel) is one vowel.
  std::string v;
  bool in_vowel = false;
  for (std::size_t i = 0; i < b.size(); ++i) {
    char c = b[i];
    char n = i + 1 < b.size() ? b[i + 1] : '\0';
    bool vowel = is_vowel(c) || (c == 'y' && !is_vowel(n));
    if (vowel) {
      if (!in_vowel) v += 'a';
      in_vowel = true;
      continue;
    }
    in_vowel = false;
    v += c;
  }
  // 4. Doubled letters (ASCII only: multi-byte characters stay intact).
  std::string out;
  for (char c : v) {
    bool ascii_letter = (c >= 'a' && c <= 'z');
    if (ascii_letter && !out.empty() && out.back() == c) continue;
    out += c;
  }
  return out;
}

}  // namespace detail

std::string alias_key(std::string_view name) {
  std::string folded = fold_case_and_marks(name);
  // Apostrophes vanish ("Mas'ud"), a possessive goes, dots go ("U.S."),
  // other punctuation separates words.
  std::string cleaned;
  for (std::size_t i = 0; i < folded.size();) {
    auto c = static_cast<unsigned char>(folded[i]);
    bool apostrophe = c == '\'' || c == '`';
    std::size_t len = 1;
    if (c == 0xE2 && i + 2 < folded.size() && static_cast<unsigned char>(folded[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(folded[i + 2]) == 0x99 || static_cast<unsigned char>(folded[i + 2]) == 0x98)) {
      apostrophe = true;
      len = 3;
    }
    if (apostrophe) {
      // possessive: apostrophe + s at the end of a word
      std::size_t j = i + len;
      if (j < folded.size() && folded[j] == 's' && (j + 1 == folded.size() || !std::isalnum(static_cast<unsigned char>(folded[j + 1])))) {
        i = j + 1;
        continue;
      }
      i += len;
      continue;
    }
    if (c == '.') { ++i; continue; }
    if (c < 0x80 && !std::isalnum(c)) { cleaned += ' '; ++i; continue; }
    cleaned += folded[i];
    ++i;
  }
  std::string key;
  std::size_t i = 0;
  bool first = true;
  while (i < cleaned.size()) {
    while (i < cleaned.size() && cleaned[i] == ' ') ++i;
    std::size_t j = i;
    while (j < cleaned.size() && cleaned[j] != ' ') ++j;
    if (j > i) {
      std::string_view w(cleaned.data() + i, j - i);
      if (!(first && w == "the")) {
        std::string f = detail::fold_word(w);
        if (!f.empty()) {
          if (!key.empty()) key += ' ';
          key += f;
        }
      }
      first = false;
    }
    i = j;
  }
  return key;
}

}  // namespace claims::entities
