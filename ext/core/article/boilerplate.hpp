// Boilerplate removal: which lines of a page are not the article.
//
// Two layers. Line detectors recognise page furniture by its shape (a menu
// of language codes, a table row, a weather widget, a bare date without a
// year, a lone lower-case section label, a generic chrome phrase). Then a
// jusText-style pass classifies the rest by context: prose (long enough,
// normal stopword density) anchors the article; short lines between prose
// are kept (sub-headlines carry claims); everything after an end-of-article
// marker (copyright, wire credit) with no prose after it is trailer.
#pragma once

#include <string_view>
#include <vector>

#include "core/article/lines.hpp"

namespace claims::article::boilerplate {

// Running text: enough words, a sentence end, English stopword density of
// prose; or a long non-Latin passage (stopwords cannot be counted there).
bool is_prose(std::string_view line);

// A complete short sentence ("He was 74."): kept after the last paragraph.
bool is_sentence_like(std::string_view line);

// A headline: 3-30 words, no full stop at the end, starts with a capital,
// a digit or a quote, not prose.
bool looks_like_headline(std::string_view line);

// The furniture a line is by its own shape: "menu", "date-widget",
// "section-label", "table", "weather", "caption", "boilerplate"; empty when
// it is none of those. Cheap on huge lines (only short lines can match).
std::string_view line_kind(std::string_view line);

// Decides every kept line of the page: sets `kind` on furniture, duplicate
// lines, and trailers. Lines already removed (byline, dateline, credit) stay
// removed; "credit" lines mark the end of the article. `prose` must be set.
void classify(std::string_view text, std::vector<Line>& lines);

}  // namespace claims::article::boilerplate
