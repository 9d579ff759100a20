#include "core/claims/quotes.hpp"

#include <algorithm>
#include <cctype>

namespace claims::attribution {
namespace {

// 1 = opening mark, 2 = closing mark, 3 = either (ASCII "), 0 = none; len set.
int quote_mark(std::string_view s, std::size_t i, std::size_t& len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  auto b = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
  if (c == '"') { len = 1; return 3; }
  // Newswire doubled single quotes: ``open'' and ''either''.
  if (c == '`' && b(1) == '`') { len = 2; return 1; }
  if (c == '\'' && b(1) == '\'') { len = 2; return 3; }
  if (c == 0xE2 && b(1) == 0x80) {
    len = 3;
    if (b(2) == 0x9C || b(2) == 0x9E) return 1;  // “ „
    if (b(2) == 0x9D) return 2;                  // ”
    if (b(2) == 0x9F) return 3;
  }
  if (c == 0xC2 && b(1) == 0xAB) { len = 2; return 1; }  // «
  if (c == 0xC2 && b(1) == 0xBB) { len = 2; return 2; }  // »
  len = 1;
  return 0;
}

bool is_letter_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  unsigned char c = static_cast<unsigned char>(s[i]);
  return std::isalpha(c) != 0 || c >= 0xC3;  // ASCII letters, accented Latin and other scripts
}

// Single curly quotes: ‘ opens a quotation after a space, a line start or
// an opening bracket/dash and before a letter (not ‘90s); ’ closes it when
// no letter follows (in "don’t" it is an apostrophe). 1 = open, 2 = close.
int single_quote_mark(std::string_view s, std::size_t i) {
  if (i + 2 >= s.size() || static_cast<unsigned char>(s[i]) != 0xE2 || static_cast<unsigned char>(s[i + 1]) != 0x80)
    return 0;
  unsigned char c = static_cast<unsigned char>(s[i + 2]);
  if (c == 0x98) {
    bool after_gap = i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n' || s[i - 1] == '(' || s[i - 1] == '[' ||
                     s[i - 1] == ':' || s[i - 1] == '"' || static_cast<unsigned char>(s[i - 1]) >= 0x80;
    return after_gap && is_letter_at(s, i + 3) ? 1 : 0;
  }
  if (c == 0x99) return is_letter_at(s, i + 3) ? 0 : 2;
  return 0;
}

}  // namespace

std::vector<QuoteRegion> find_quotes(std::string_view text) {
  std::vector<QuoteRegion> out;
  bool open = false;
  bool single = false;    // the open region was opened by ‘
  std::size_t depth = 0;  // “ … “inner” … ”: curly marks nested inside the open region
  bool curly = false;     // the open region was opened by a directional mark (“ „ «): only such nest
  QuoteRegion cur;
  auto close_at_paragraph_end = [&](std::size_t pos) {
    if (!open) return;
    std::size_t e = pos;
    while (e > cur.inner_start && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\r')) --e;
    cur.inner_end = cur.close_end = e;
    cur.closed = false;
    if (cur.inner_end > cur.inner_start) out.push_back(cur);
    open = single = false;
  };
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\n') {
      close_at_paragraph_end(i);
      ++i;
      continue;
    }
    std::size_t len = 1;
    int m = quote_mark(text, i, len);
    if (m == 0) {
      // A single-quote region opens only where no quote is open, and
      // closes only itself (double marks inside it are ignored).
      int sq = single_quote_mark(text, i);
      if (sq == 1 && !open) {
        open = single = true;
        depth = 0;
        cur = QuoteRegion{};
        cur.open = i;
        cur.inner_start = i + 3;
      } else if (sq == 2 && open && single) {
        cur.inner_end = i;
        cur.close_end = i + 3;
        cur.closed = true;
        if (cur.inner_end > cur.inner_start) out.push_back(cur);
        open = single = false;
      }
      i += sq ? 3 : 1;
      continue;
    }
    if (open && single) { i += len; continue; }
    // Curly marks nest: an opening “ inside an open quote waits for its own ”.
    if (open && m == 1 && curly) { ++depth; i += len; continue; }
    if (open && m == 2 && depth > 0) { --depth; i += len; continue; }
    // An ASCII " opens when nothing is open, closes otherwise. A closing
    // mark at the start of a line before a letter is a typo for an opening.
    bool line_start = i == 0 || text[i - 1] == '\n';
    bool letter_next = i + len < text.size() && (std::isalnum(static_cast<unsigned char>(text[i + len])) != 0);
    if (m == 2 && !open && line_start && letter_next) m = 1;
    bool opening = m == 1 || (m == 3 && !open);
    if (opening && !open) {
      open = true;
      depth = 0;
      curly = m == 1;
      cur = QuoteRegion{};
      cur.open = i;
      cur.inner_start = i + len;
    } else if (!opening && open) {
      cur.inner_end = i;
      cur.close_end = i + len;
      cur.closed = true;
      if (cur.inner_end > cur.inner_start) out.push_back(cur);
      open = false;
    }
    // An opening mark inside an open quote, or a stray closing mark: ignored.
    i += len;
  }
  close_at_paragraph_end(text.size());
  return out;
}

int quote_at(const std::vector<QuoteRegion>& regions, std::size_t pos) {
  auto it = std::upper_bound(regions.begin(), regions.end(), pos,
                             [](std::size_t p, const QuoteRegion& r) { return p < r.inner_start; });
  if (it == regions.begin()) return -1;
  --it;
  return pos < it->inner_end ? static_cast<int>(it - regions.begin()) : -1;
}

}  // namespace claims::attribution
