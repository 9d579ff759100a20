// Sentence splitter for news English.
//
// One left-to-right pass over UTF-8 text, no regex, no backtracking: time is
// linear in the input and memory is the output vector.  Knows nothing of
// SQLite or of articles; the pipeline turns byte spans into code-point spans.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace claims::sentences {

// A sentence as a half-open byte range [start, end) into the text passed to
// split(). Leading/trailing whitespace is never inside a span; spans are in
// order and never overlap.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;
};

// Longest sentence the splitter emits, in bytes. A run of text with no
// sentence boundary (a 20 MB line with no full stop) is cut at the last
// whitespace before this length so downstream stages stay bounded.
inline constexpr std::size_t kMaxSentenceBytes = 20000;

// Splits news text into sentences.  Stops inside quotations end sentences
// ("fight. We"), closing quotes/brackets after a stop stay with it, list
// markers ("- ", "1. ", "a) ") stay inside their item's span, and paragraph
// breaks, list items and heading-like lines end a sentence without a stop.
// Abbreviation knowledge comes from ext/lexicon/abbreviations*.txt.
std::vector<Span> split(std::string_view text);

}  // namespace claims::sentences
