#include "core/entities/tokens.hpp"
#include "core/text/ascii.hpp"

#include <utf8proc.h>

namespace claims::entities::detail {

std::string lower(std::string_view s) { return text::ascii_lower(s); }

namespace {

struct Cp {
  std::int32_t cp = 0;
  std::size_t len = 1;
};

Cp decode(std::string_view text, std::size_t i) {
  if (i >= text.size()) return {0, 0};
  auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) return {b, 1};
  utf8proc_int32_t cp = 0;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                            static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
  if (n <= 0) return {0xFFFD, 1};  // invalid byte: one symbol, never a crash
  return {cp, static_cast<std::size_t>(n)};
}

bool is_space(std::int32_t cp) {
  if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v') return true;
  return cp >= 0x80 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

bool is_letter(std::int32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  auto c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
         c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO;
}

bool is_mark(std::int32_t cp) {
  if (cp < 0x80) return false;
  auto c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}

bool is_digit(std::int32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

bool is_upper(std::int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  auto c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool is_apostrophe(std::int32_t cp) { return cp == '\'' || cp == 0x2019; }

// Punctuation after which a capitalised word is as good as sentence-initial.
bool opens_phrase(std::string_view p) {
  return p == "\"" || p == "\xE2\x80\x9C" || p == "\xE2\x80\x98" || p == "'" || p == "(" || p == "[" ||
         p == ":" || p == "\xE2\x80\x94" || p == "\xE2\x80\x93" || p == "-" || p == "|";
}

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view text) : text_(text) {}

  std::vector<Token> run() {
    std::size_t i = 0;
    bool chunk_start = true;
    line_start_ = true;
    while (i < text_.size()) {
      Cp c = decode(text_, i);
      if (is_space(c.cp)) {
        if (c.cp == '\n') line_start_ = true;
        i += c.len;
        chunk_start = true;
        continue;
      }
      if (chunk_start) {
        chunk_start = false;
        std::size_t j = chunk_end(i);
        if (is_symbol_chunk(text_.substr(i, j - i))) {
          push(i, j, TokenType::symbol);
          i = j;
          continue;
        }
      }
      if (is_letter(c.cp) || is_digit(c.cp)) {
        i = word(i);
      } else {
        push(i, i + c.len, TokenType::punct);
        i += c.len;
      }
    }
    return std::move(out_);
  }

 private:
  std::size_t chunk_end(std::size_t i) const {
    while (i < text_.size() && !(text_[i] == ' ' || text_[i] == '\n' || text_[i] == '\t' || text_[i] == '\r'))
      ++i;
    return i;
  }

  // URLs, @handles, #tags and e-mail addresses are one symbol: their parts
  // ("t.co", "M33") must not look like words.
  static bool is_symbol_chunk(std::string_view chunk) {
    if (chunk.empty()) return false;
    if (chunk[0] == '@' || chunk[0] == '#') return chunk.size() > 1;
    return chunk.find("://") != std::string_view::npos || chunk.find("www.") != std::string_view::npos ||
           chunk.find('@') != std::string_view::npos || chunk.find('_') != std::string_view::npos ||
           (chunk.find('/') != std::string_view::npos && chunk.find('.') != std::string_view::npos);
  }

  Token& push(std::size_t s, std::size_t e, TokenType type) {
    Token t;
    t.start = static_cast<std::uint32_t>(s);
    t.end = static_cast<std::uint32_t>(e);
    t.type = type;
    if (line_start_) t.initial = true;
    line_start_ = false;
    out_.push_back(t);
    return out_.back();
  }

  // A word from i: letters, digits, marks, inner apostrophes and hyphens;
  // "U.S."-style dotted acronyms; a trailing possessive is cut off.
  std::size_t word(std::size_t i) {
    std::size_t j = i;
    std::size_t letters = 0, uppers = 0, first_hyphen_to_upper = 0;
    bool possessive = false;
    std::size_t resume = 0;
    Cp first = decode(text_, i);
    while (j < text_.size()) {
      Cp c = decode(text_, j);
      if (is_letter(c.cp) || is_mark(c.cp) || is_digit(c.cp)) {
        if (is_letter(c.cp)) {
          ++letters;
          if (is_upper(c.cp)) ++uppers;
        }
        j += c.len;
        continue;
      }
      Cp n = decode(text_, j + c.len);
      if (is_apostrophe(c.cp) && is_letter(n.cp)) {
        Cp after = decode(text_, j + c.len + n.len);
        if ((n.cp == 's' || n.cp == 'S') && !is_letter(after.cp) && !is_digit(after.cp)) {
          possessive = true;
          resume = j + c.len + n.len;
          break;
        }
        j += c.len;
        continue;
      }
      if (c.cp == '-' && (is_letter(n.cp) || is_digit(n.cp))) {
        if (!first_hyphen_to_upper && is_upper(n.cp)) first_hyphen_to_upper = j;
        j += c.len;
        continue;
      }
      break;
    }
    if (!possessive && j < text_.size() && j > i && (text_[j - 1] == 's' || text_[j - 1] == 'S')) {
      Cp c = decode(text_, j);
      Cp n = decode(text_, j + c.len);
      if (is_apostrophe(c.cp) && !is_letter(n.cp)) {  // plural possessive: "militants’"
        possessive = true;
        resume = j + c.len;
      }
    }
    // Dotted acronym: "U.S.", "U.N.".
    if (letters == 1 && uppers == 1 && j - i == 1 && j + 2 < text_.size() && text_[j] == '.' &&
        text_[j + 1] >= 'A' && text_[j + 1] <= 'Z' && text_[j + 2] == '.') {
      while (j + 2 < text_.size() && text_[j] == '.' && text_[j + 1] >= 'A' && text_[j + 1] <= 'Z' &&
             text_[j + 2] == '.') {
        j += 2;
        ++letters;
        ++uppers;
      }
      ++j;  // the final full stop
    }
    // "anti-Taliban", "ex-Vice": the capitalised part is a word of its own.
    if (first_hyphen_to_upper && !is_upper(first.cp) && !possessive) {
      std::string prefix = lower(text_.substr(i, first_hyphen_to_upper - i));
      emit_word(i, first_hyphen_to_upper, false);
      push(first_hyphen_to_upper, first_hyphen_to_upper + 1, TokenType::punct);
      std::size_t rest = first_hyphen_to_upper + 1;
      Token& t = emit_word(rest, j, false);
      t.isolated = prefix != "ex" && prefix != "former";
      return j;
    }
    emit_word(i, j, possessive);
    return possessive ? resume : j;
  }

  Token& emit_word(std::size_t s, std::size_t e, bool possessive) {
    std::size_t letters = 0, uppers = 0;
    bool digit = false;
    for (std::size_t k = s; k < e;) {
      Cp c = decode(text_, k);
      if (is_letter(c.cp)) {
        ++letters;
        if (is_upper(c.cp)) ++uppers;
      } else if (is_digit(c.cp)) {
        digit = true;
      }
      k += c.len;
    }
    Cp first = decode(text_, s);
    Token& t = push(s, e, is_digit(first.cp) ? TokenType::number : TokenType::word);
    t.cap = is_upper(first.cp);
    t.allcaps = letters >= 2 && letters == uppers;
    t.has_digit = digit;
    t.possessive = possessive;
    return t;
  }

  std::string_view text_;
  std::vector<Token> out_;
  bool line_start_ = true;
};

}  // namespace

std::vector<Token> tokenize(std::string_view text, const std::vector<sentences::Span>& sentences) {
  std::vector<Token> tokens = Tokenizer(text).run();
  // Sentence of each token, and sentence-initial words.
  std::size_t s = 0;
  std::size_t last_sentence = static_cast<std::size_t>(-1);
  const Token* prev = nullptr;
  for (auto& t : tokens) {
    while (s + 1 < sentences.size() && t.start >= sentences[s].end) ++s;
    t.sentence = static_cast<std::uint32_t>(s);
    if (s != last_sentence) {
      prev = nullptr;
      last_sentence = s;
    }
    if (t.type == TokenType::word && (!prev || (prev->type == TokenType::punct && opens_phrase(token_text(text, *prev)))))
      t.initial = true;
    prev = &t;
  }
  return tokens;
}

}  // namespace claims::entities::detail
