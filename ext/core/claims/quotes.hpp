// Quotation regions of a text: where each direct quote opens and closes.
// Found once over the whole text (a quote may span several sentences) so
// that cues inside quotes are ignored and a tag ("…," X said) can take the
// whole quote as its content.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace claims::attribution {

struct QuoteRegion {
  std::size_t open = 0;         // byte offset of the opening mark
  std::size_t inner_start = 0;  // first byte after the opening mark
  std::size_t inner_end = 0;    // the closing mark, or the paragraph end
  std::size_t close_end = 0;    // first byte after the closing mark (= inner_end if unclosed)
  bool closed = false;
};

// Pairs double quotation marks (“ ” " « » „) within each line/paragraph;
// curly ones nest (“a “b” c” is one region). Single curly quotes ‘…’ make a
// region too when ‘ opens after a space before a letter and ’ closes
// before a non-letter (an apostrophe in "don’t" or "’90s" does neither).
// An opening mark never closed in its paragraph runs to the paragraph end
// (the news convention for quotes continuing over paragraphs); a stray
// closing mark is ignored. Regions are in text order and never overlap.
std::vector<QuoteRegion> find_quotes(std::string_view text);

// Index of the region whose inner span holds byte `pos`, or -1. Regions
// must be sorted (as find_quotes returns them). O(log n).
int quote_at(const std::vector<QuoteRegion>& regions, std::size_t pos);

}  // namespace claims::attribution
