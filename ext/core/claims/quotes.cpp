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

}  // namespace

std::vector<QuoteRegion> find_quotes(std::string_view text) {
  std::vector<QuoteRegion> out;
  bool open = false;
  QuoteRegion cur;
  auto close_at_paragraph_end = [&](std::size_t pos) {
    if (!open) return;
    std::size_t e = pos;
    while (e > cur.inner_start && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\r')) --e;
    cur.inner_end = cur.close_end = e;
    cur.closed = false;
    if (cur.inner_end > cur.inner_start) out.push_back(cur);
    open = false;
  };
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '\n') {
      close_at_paragraph_end(i);
      ++i;
      continue;
    }
    std::size_t len = 1;
    int m = quote_mark(text, i, len);
    if (m == 0) { ++i; continue; }
    // An ASCII " opens when nothing is open, closes otherwise. A closing
    // mark at the start of a line before a letter is a typo for an opening.
    bool line_start = i == 0 || text[i - 1] == '\n';
    bool letter_next = i + len < text.size() && (std::isalnum(static_cast<unsigned char>(text[i + len])) != 0);
    if (m == 2 && !open && line_start && letter_next) m = 1;
    bool opening = m == 1 || (m == 3 && !open);
    if (opening && !open) {
      open = true;
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
