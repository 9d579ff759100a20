// Sentence splitter for news English (see splitter.hpp).
//
// The text is read once, left to right.  Sentence ends are decided at two
// kinds of places only:
//   * a cluster of stops (. ? ! … 。 ؟ and kin) with the closing quotes and
//     brackets glued to it: `fight."` ends after the quote;
//   * a line break: paragraph breaks, list items and heading-like lines.
// Every look-around is bounded (one word back, a few words ahead), so the
// pass is linear in the input.  Spans longer than kMaxSentenceBytes are cut
// when they are emitted.
//
// Word lists live in ext/lexicon/*.txt: abbreviations, abbreviations_nonfinal,
// abbreviations_numeral, sentence_starters, quote_tag_verbs,
// line_continuation_words.
#include "core/sentences/splitter.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <string>
#include <unordered_set>

#include "lexicon/lexicon.hpp"

namespace claims::sentences {
namespace {

constexpr std::size_t npos = std::string_view::npos;

// ---------------------------------------------------------------------------
// Word lists, loaded once (thread-safe static init).

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return out;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
  return out;
}

// A word list where capitalised entries are case-sensitive: "Ill." (the
// state) matches "Ill." and "ILL." but not the word "ill.", while an
// all-lowercase entry such as "a.m." matches in any case.
class CaseSet {
 public:
  explicit CaseSet(const std::vector<std::string>& entries) {
    for (const auto& e : entries) {
      if (lower(e) == e) {
        any_case_.insert(e);
      } else {
        exact_.insert(e);
        exact_.insert(upper(e));
      }
    }
  }
  bool contains(const std::string& word) const {
    return exact_.count(word) != 0 || any_case_.count(lower(word)) != 0;
  }

 private:
  std::unordered_set<std::string> exact_, any_case_;
};

struct Lists {
  const CaseSet abbreviations{lexicon::list("abbreviations")};
  const std::unordered_set<std::string>& numeral = lexicon::lower_set("abbreviations_numeral");
  const std::unordered_set<std::string>& nonfinal = lexicon::lower_set("abbreviations_nonfinal");
  const std::unordered_set<std::string>& starters = lexicon::lower_set("sentence_starters");
  const std::unordered_set<std::string>& tag_verbs = lexicon::lower_set("quote_tag_verbs");
  const std::unordered_set<std::string>& continuation = lexicon::lower_set("line_continuation_words");
};

const Lists& lists() {
  static const Lists l;
  return l;
}

bool ascii_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// ---------------------------------------------------------------------------
// UTF-8.  Invalid or truncated sequences decode as a single U+FFFD byte, so
// the scanner always moves forward, never reads past the end, and never
// lands inside a valid multibyte sequence.

struct CodePoint {
  char32_t cp;
  std::size_t len;
};

CodePoint decode(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return {c, 1};
  std::size_t len;
  char32_t cp, min;
  if ((c & 0xE0) == 0xC0) {
    len = 2, cp = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, cp = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, cp = c & 0x07, min = 0x10000;
  } else {
    return {0xFFFD, 1};
  }
  if (i + len > s.size()) return {0xFFFD, 1};
  for (std::size_t k = 1; k < len; ++k) {
    const auto d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return {0xFFFD, 1};
    cp = (cp << 6) | (d & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0xFFFD, 1};
  return {cp, len};
}

// The code point that ends exactly at `end`, or U+FFFD if none does.
CodePoint decode_before(std::string_view s, std::size_t end) {
  for (std::size_t len = 1; len <= 4 && len <= end; ++len) {
    const auto c = static_cast<unsigned char>(s[end - len]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte: keep backing up
    CodePoint cp = decode(s, end - len);
    return cp.len == len ? cp : CodePoint{0xFFFD, 1};
  }
  return {0xFFFD, 1};
}

enum class Kind { Upper, Lower, Digit, OtherLetter, Other };

Kind kind_of(char32_t cp) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') return Kind::Upper;
    if (cp >= 'a' && cp <= 'z') return Kind::Lower;
    if (cp >= '0' && cp <= '9') return Kind::Digit;
    return Kind::Other;
  }
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT: return Kind::Upper;
    case UTF8PROC_CATEGORY_LL: return Kind::Lower;
    case UTF8PROC_CATEGORY_ND: return Kind::Digit;
    case UTF8PROC_CATEGORY_LO:  // Arabic, CJK, ...: scripts without case
    case UTF8PROC_CATEGORY_LM: return Kind::OtherLetter;
    default: return Kind::Other;
  }
}

// ---------------------------------------------------------------------------
// Character classes.

enum class Space { None, Blank, Newline, Paragraph };
struct SpaceAt {
  Space kind;
  std::size_t len;
};

SpaceAt space_at(std::string_view s, std::size_t i) {
  switch (s[i]) {
    case ' ':
    case '\t':
    case '\f':
    case '\v': return {Space::Blank, 1};
    case '\n': return {Space::Newline, 1};
    // "\r\n" is one line break (the \n counts); a lone \r is an old Mac one.
    case '\r': return {i + 1 < s.size() && s[i + 1] == '\n' ? Space::Blank : Space::Newline, 1};
    default: break;
  }
  if (static_cast<unsigned char>(s[i]) < 0x80) return {Space::None, 0};
  const CodePoint c = decode(s, i);
  switch (c.cp) {
    case 0x85:     // NEL
    case 0x2028:   // line separator
      return {Space::Newline, c.len};
    case 0x2029:   // paragraph separator
      return {Space::Paragraph, c.len};
    case 0xA0:     // no-break space, common in scraped news
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:   // ideographic space
    case 0xFEFF:   // byte-order mark: never part of a sentence
      return {Space::Blank, c.len};
    default: break;
  }
  if (c.cp >= 0x2000 && c.cp <= 0x200A) return {Space::Blank, c.len};
  return {Space::None, 0};
}

bool is_space(std::string_view s, std::size_t i) { return space_at(s, i).kind != Space::None; }

// Length of the whitespace code point ending exactly at `end` (0 if none).
std::size_t space_before(std::string_view s, std::size_t end) {
  for (std::size_t len = 1; len <= 3 && len <= end; ++len) {
    const SpaceAt sp = space_at(s, end - len);
    if (sp.kind != Space::None && sp.len == len) return len;
  }
  return 0;
}

enum class Stop {
  None,
  Period,    // '.': may be an abbreviation, a decimal point or an ellipsis
  Ellipsis,  // '…'
  Plain,     // ? ! ؟ ۔ । ...: end a sentence unless lowercase text follows
  Final,     // 。！？: CJK stops, which need no space after them
};
struct StopAt {
  Stop kind;
  std::size_t len;
};

StopAt stop_at(std::string_view s, std::size_t i) {
  switch (s[i]) {
    case '.': return {Stop::Period, 1};
    case '?':
    case '!': return {Stop::Plain, 1};
    default: break;
  }
  if (static_cast<unsigned char>(s[i]) < 0x80) return {Stop::None, 0};
  const CodePoint c = decode(s, i);
  switch (c.cp) {
    case 0x2026: return {Stop::Ellipsis, c.len};
    case 0x061F:  // Arabic question mark
    case 0x06D4:  // Arabic full stop (Urdu)
    case 0x0964:  // Devanagari danda
    case 0x0965:
    case 0x1362:  // Ethiopic full stop
    case 0x203C:  // ‼
    case 0x203D:  // ‽
    case 0x2047:
    case 0x2048:
    case 0x2049: return {Stop::Plain, c.len};
    case 0x3002:  // 。
    case 0xFF01:  // ！
    case 0xFF1F:  // ？
    case 0xFF0E:
    case 0xFF61: return {Stop::Final, c.len};
    default: return {Stop::None, 0};
  }
}

// Closing quotes that may follow a stop and belong to its sentence.
bool is_quote_closer(char32_t cp) {
  switch (cp) {
    case '"':
    case '\'':
    case 0x201D:  // ”
    case 0x2019:  // ’
    case 0x00BB:  // »
    case 0x203A:  // ›
    case 0x300D:  // 」
    case 0x300F:  // 』
      return true;
    default: return false;
  }
}

bool is_closer(char32_t cp) {
  switch (cp) {
    case ')':
    case ']':
    case '}':
    case 0xFF09:  // ）
    case 0x3011:  // 】
    case 0x300B:  // 》
    case 0x3009:  // 〉
      return true;
    default: return is_quote_closer(cp);
  }
}

// Opening quotes and brackets that may precede the first word of a sentence.
bool is_opener(char32_t cp) {
  switch (cp) {
    case '"':
    case '\'':
    case '(':
    case '[':
    case '{':
    case 0x201C:  // “
    case 0x2018:  // ‘
    case 0x201E:  // „
    case 0x00AB:  // «
    case 0x2039:  // ‹
    case 0x300C:  // 「
    case 0x300E:  // 『
    case 0xFF08:  // （
    case 0x00BF:  // ¿
    case 0x00A1:  // ¡
      return true;
    default: return false;
  }
}

// Marks that start a list item when followed by a blank ("- item"); a
// hyphen or dash glued to a word is not one.
bool is_dash_bullet(char32_t cp) {
  switch (cp) {
    case '-':
    case '*':
    case '+':
    case 0x00B7:  // ·
    case 0x2013:  // –
    case 0x2014:  // —
      return true;
    default: return false;
  }
}

// Marks that only ever start a list item ("•item" too).
bool is_bullet_symbol(char32_t cp) {
  switch (cp) {
    case 0x2022:  // •
    case 0x2023:  // ‣
    case 0x2043:  // ⁃
    case 0x25AA:  // ▪
    case 0x25A0:  // ■
    case 0x25CF:  // ●
    case 0x25E6:  // ◦
    case 0x25BA:  // ►
    case 0x27A2:  // ➢
      return true;
    default: return false;
  }
}

// ---------------------------------------------------------------------------
// The scanner.

class Splitter {
 public:
  explicit Splitter(std::string_view s) : s_(s), n_(s.size()) {}

  std::vector<Span> run() {
    std::size_t i = 0;
    while (i < n_) {
      // Fast path: ordinary ASCII text is most of the input.
      const auto c = static_cast<unsigned char>(s_[i]);
      if (c > ' ' && c < 0x80 && c != '.' && c != '?' && c != '!') {
        if (first_ == npos) first_ = i;
        line_last_ = i;
        line_ends_in_stop_ = false;
        ++i;
        continue;
      }
      const SpaceAt sp = space_at(s_, i);
      if (sp.kind == Space::Blank) {
        i += sp.len;
        continue;
      }
      if (sp.kind != Space::None) {
        i = on_line_break(i, sp);
        continue;
      }
      if (first_ == npos) first_ = i;
      if (stop_at(s_, i).kind != Stop::None) {
        i = on_stop(i);
        continue;
      }
      line_last_ = i;
      line_ends_in_stop_ = false;
      i += decode(s_, i).len;
    }
    cut(n_);
    return std::move(out_);
  }

 private:
  // What follows a candidate boundary: the first character after any opening
  // quotes/brackets, and the ASCII word it starts (lower-cased).
  struct Next {
    Kind kind = Kind::Other;
    bool opened = false;  // an opening quote/bracket came first
    bool punct = false;   // , ; : ) etc.: the sentence goes on
    std::string word;
  };

  // The token right before a period.
  enum class Token { Ordinary, Marker, NonFinal, Numeral, Initial, Abbreviation };

  // ---- sentence bookkeeping ----

  void cut(std::size_t at) {
    emit(start_, at);
    start_ = at;
    first_ = npos;
  }

  void emit(std::size_t a, std::size_t b) {
    trim(a, b);
    // Over-long runs (no boundary found) are cut at the last whitespace that
    // keeps the piece within the limit, else at a UTF-8 boundary.  Each cut
    // either scans only bytes beyond the previous limit or emits a full-size
    // piece, so this stays linear.
    while (b - a > kMaxSentenceBytes) {
      const std::size_t limit = a + kMaxSentenceBytes;  // limit < b <= n_
      std::size_t c = limit;
      while (c > a && !is_space(s_, c)) --c;
      if (c == a) {
        c = limit;
        while (c > a && limit - c < 3 && (static_cast<unsigned char>(s_[c]) & 0xC0) == 0x80) --c;
        if ((static_cast<unsigned char>(s_[c]) & 0xC0) == 0x80 || c == a) c = limit;
      }
      std::size_t pa = a, pb = c;
      trim(pa, pb);
      if (pa < pb) out_.push_back({pa, pb});
      a = c;
      trim(a, b);
    }
    if (a < b) out_.push_back({a, b});
  }

  void trim(std::size_t& a, std::size_t& b) const {
    while (a < b) {
      const SpaceAt sp = space_at(s_, a);
      if (sp.kind == Space::None) break;
      a += sp.len;
    }
    while (b > a) {
      const std::size_t len = space_before(s_, b);
      if (len == 0) break;
      b -= len;
    }
    if (b < a) b = a;
  }

  // ---- line breaks ----

  std::size_t on_line_break(std::size_t i, SpaceAt sp) {
    std::size_t k = i + sp.len;
    while (k < n_ && space_at(s_, k).kind == Space::Blank) k += space_at(s_, k).len;
    const bool paragraph = sp.kind == Space::Paragraph || k >= n_ || space_at(s_, k).kind != Space::None;
    if (first_ != npos) {
      if (paragraph || starts_bullet(k)) {
        cut(i);
      } else if (!line_ends_in_stop_ && line_last_ != npos && line_is_complete() &&
                 starts_heading_like(k)) {
        // A line without a stop followed by a capitalised line: a headline,
        // dateline or label ("Posted: Sep 6, 2021 1:30 AM").
        cut(i);
      }
    }
    line_last_ = npos;
    line_ends_in_stop_ = false;
    return k;  // a further line break at k is handled by the main loop
  }

  // List item markers at the start of a line: "- x", "• x", "1. x", "2) x",
  // "a) x", "a. x", "(b) x".
  bool starts_bullet(std::size_t k) const {
    if (k >= n_) return false;
    auto blank_at = [&](std::size_t p) { return p < n_ && space_at(s_, p).kind == Space::Blank; };
    const CodePoint c = decode(s_, k);
    if (is_bullet_symbol(c.cp)) return true;
    if (is_dash_bullet(c.cp)) return blank_at(k + c.len);
    std::size_t p = k;
    const bool paren = s_[p] == '(';
    if (paren) ++p;
    std::size_t d = p;
    while (d < n_ && d - p < 4 && ascii_digit(static_cast<unsigned char>(s_[d]))) ++d;
    if (d > p) {
      if (d - p > 3 || d >= n_) return false;  // "2021." is a year, not an item
      return (s_[d] == ')' || (!paren && s_[d] == '.')) && blank_at(d + 1);
    }
    if (p + 1 < n_ && ascii_alpha(static_cast<unsigned char>(s_[p]))) {
      const char m = s_[p + 1];
      // Only lowercase letters take a dot: "A. Smith" is an initial.
      const bool dot_ok = !paren && m == '.' && s_[p] >= 'a' && s_[p] <= 'z';
      return (m == ')' || dot_ok) && blank_at(p + 2);
    }
    return false;
  }

  // Whether the current line could be a complete heading: it does not end in
  // a comma-like mark or a word that needs a continuation ("the", "of").
  bool line_is_complete() const {
    const CodePoint last = decode(s_, line_last_);
    switch (last.cp) {
      case ',':
      case ';':
      case ':':
      case '-':
      case '&':
      case '/':
      case '(':
      case 0x2013:
      case 0x2014: return false;
      default: break;
    }
    std::size_t e = line_last_ + last.len, b = e;
    while (b > 0 && e - b < 16 && ascii_alpha(static_cast<unsigned char>(s_[b - 1]))) --b;
    if (b == e || (b > 0 && ascii_alpha(static_cast<unsigned char>(s_[b - 1])))) return true;
    return lists().continuation.count(lower(s_.substr(b, e - b))) == 0;
  }

  bool starts_heading_like(std::size_t k) const {
    const Next nx = next_at(k);
    return nx.kind == Kind::Upper || nx.kind == Kind::Digit;
  }

  // ---- stops ----

  std::size_t on_stop(std::size_t i) {
    std::size_t j = i, dots = 0;
    bool ellipsis = false, plain = false, final = false, closed = false, quoted = false;
    while (j < n_) {
      const StopAt st = stop_at(s_, j);
      if (st.kind != Stop::None) {
        dots += st.kind == Stop::Period;
        ellipsis |= st.kind == Stop::Ellipsis;
        plain |= st.kind == Stop::Plain;
        final |= st.kind == Stop::Final;
        j += st.len;
        continue;
      }
      const CodePoint c = decode(s_, j);
      if (!is_closer(c.cp)) break;
      closed = true;
      quoted = is_quote_closer(c.cp);
      j += c.len;
    }
    // A spaced ellipsis ". . ." reads as one mark.
    if (j == i + 1 && dots == 1 && s_.substr(j, 4) == " . .") {
      j += 4;
      dots = 3;
    }
    ellipsis |= dots >= 2;

    line_last_ = i;
    line_ends_in_stop_ = true;
    // A sentence needs more than punctuation: a leading "..." never ends one.
    if (first_ != i && ends_sentence(i, j, dots, ellipsis, plain, final, closed, quoted)) cut(j);
    return j;
  }

  bool ends_sentence(std::size_t i, std::size_t j, std::size_t dots, bool ellipsis, bool plain,
                     bool final, bool closed, bool quoted) const {
    if (final) return true;  // CJK stops need no following space
    if (j >= n_) return true;
    // No space after the stop: "1.5", "U.S.", "example.com", "?," "Yahoo!'s".
    if (!is_space(s_, j)) return false;
    std::size_t k = j;
    bool newline = false;
    while (k < n_) {
      const SpaceAt sp = space_at(s_, k);
      if (sp.kind == Space::None) break;
      newline |= sp.kind != Space::Blank;
      k += sp.len;
    }
    if (k >= n_) return true;
    const Next nx = next_at(k);
    if (nx.kind == Kind::Lower || nx.punct) return false;  // "wait... and see"
    // `"Is it over?" Smith asked.` keeps the quote with its tag.
    const bool tagged = quoted && nx.kind == Kind::Upper && !nx.opened && quote_tag_follows(k);
    if (plain) return !tagged;
    if (ellipsis) return nx.kind == Kind::Upper && !tagged;
    if (dots == 1 && !closed) {
      switch (token_before(i)) {
        case Token::Marker:  // "1. Buy milk" at the start of a sentence
        case Token::NonFinal: return false;  // "Dr. Smith", "e.g. Paris"
        case Token::Numeral:  // "No. 1", but "Yes. No. Maybe."
          if (nx.kind == Kind::Digit) return false;
          break;
        case Token::Initial:  // "George W. Bush", but "Plan B. The"
          return nx.kind == Kind::Upper && starter(nx);
        case Token::Abbreviation:  // "in the U.S. He said", but "U.S. Army"
          return (nx.kind == Kind::Upper && (starter(nx) || nx.opened)) ||
                 (newline && (nx.kind == Kind::Upper || nx.kind == Kind::Digit));
        case Token::Ordinary: break;
      }
    }
    return !tagged;
  }

  bool starter(const Next& nx) const { return lists().starters.count(nx.word) != 0; }

  Next next_at(std::size_t k) const {
    Next nx;
    std::size_t p = k;
    for (int skipped = 0; p < n_ && skipped < 4; ++skipped) {
      const CodePoint c = decode(s_, p);
      if (!is_opener(c.cp)) break;
      nx.opened = true;
      p += c.len;
    }
    if (p >= n_) return nx;
    const CodePoint c = decode(s_, p);
    nx.kind = kind_of(c.cp);
    switch (c.cp) {
      case ',':
      case ';':
      case ':':
      case ')':
      case ']':
      case '}':
      case '%': nx.punct = true; break;
      default: break;
    }
    std::size_t q = p;
    while (q < n_ && q - p < 24 && ascii_alpha(static_cast<unsigned char>(s_[q]))) ++q;
    nx.word = lower(s_.substr(p, q - p));
    return nx;
  }

  // Classifies the word that ends at the period at i.
  Token token_before(std::size_t i) const {
    std::size_t b = i;
    while (b > 0 && i - b < 16) {
      const auto c = static_cast<unsigned char>(s_[b - 1]);
      if (!ascii_alpha(c) && !ascii_digit(c) && c != '.') break;
      --b;
    }
    if (b == i) return Token::Ordinary;
    // The token must stand alone: text start, space, or an opening mark
    // ("(U.S." yes; "Müller." or a 16+ letter run no).
    if (b > 0) {
      const auto c = static_cast<unsigned char>(s_[b - 1]);
      if (ascii_alpha(c) || ascii_digit(c) || c == '.') return Token::Ordinary;
      const CodePoint prev = decode_before(s_, b);
      if (!is_opener(prev.cp) && space_before(s_, b) == 0 && prev.cp >= 0x80) return Token::Ordinary;
    }
    const std::string_view t = s_.substr(b, i - b);
    const bool single_letter = t.size() == 1 && ascii_alpha(static_cast<unsigned char>(t[0]));
    const bool short_number =
        t.size() <= 3 && std::all_of(t.begin(), t.end(), [](char c) { return ascii_digit(static_cast<unsigned char>(c)); });
    if (b == first_ && (single_letter || short_number)) return Token::Marker;
    const std::string key = lower(t) + ".";
    if (lists().nonfinal.count(key)) return Token::NonFinal;
    if (lists().numeral.count(key)) return Token::Numeral;
    if (single_letter) return Token::Initial;
    if (lists().abbreviations.contains(std::string(t) + ".") || dotted(t)) return Token::Abbreviation;
    return Token::Ordinary;
  }

  // Letter groups joined by dots: "U.S", "a.m", "Ph.D", "W.Va".
  static bool dotted(std::string_view t) {
    std::size_t segments = 0, run = 0;
    for (char ch : t) {
      if (ch == '.') {
        if (run == 0 || run > 3) return false;
        ++segments, run = 0;
      } else if (ascii_alpha(static_cast<unsigned char>(ch))) {
        ++run;
      } else {
        return false;
      }
    }
    return run >= 1 && run <= 3 && segments >= 1;
  }

  // After a closing quote: up to four capitalised words (a name, a title, a
  // pronoun) and then a verb of saying that ends its clause:
  // `"Why?" Smith asked.`, `"No!" Lt. Gen. Jane Doe said,`.
  bool quote_tag_follows(std::size_t k) const {
    const std::size_t limit = std::min(n_, k + 160);
    std::size_t p = k;
    for (int words = 0; words <= 4 && p < limit; ++words) {
      std::size_t q = p;
      while (q < limit && !is_space(s_, q) && std::string_view(".,;:!?\"").find(s_[q]) == npos) ++q;
      if (q == p) return false;
      const std::string w = lower(s_.substr(p, q - p));
      if (words > 0 && lists().tag_verbs.count(w))
        return q >= n_ || (q < limit && std::string_view(".,;:!?").find(s_[q]) != npos);
      if (kind_of(decode(s_, p).cp) != Kind::Upper) return false;
      if (q < limit && s_[q] == '.') {  // only a title or an initial may carry a dot
        if (!lists().nonfinal.count(w + ".") && q - p != 1) return false;
        ++q;
      }
      if (q >= limit || s_[q] != ' ') return false;
      p = q + 1;
    }
    return false;
  }

  std::string_view s_;
  std::size_t n_;
  std::vector<Span> out_;
  std::size_t start_ = 0;             // raw start of the current sentence
  std::size_t first_ = npos;          // first non-space byte of the current sentence
  std::size_t line_last_ = npos;      // last non-space code point on the current line
  bool line_ends_in_stop_ = false;    // ... and it belongs to a stop cluster
};

}  // namespace

std::vector<Span> split(std::string_view text) { return Splitter(text).run(); }

}  // namespace claims::sentences
