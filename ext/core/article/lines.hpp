// The page as a list of lines: the unit every heuristic decides on. Pages
// put one block per line (paragraphs) or one item per line (tables,
// widgets), so lines, not blank-line paragraphs, are what gets removed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/article/article.hpp"

namespace claims::article {

struct Line {
  std::size_t start = 0;  // trimmed content, bytes into Article::text
  std::size_t end = 0;
  bool paragraph_start = false;  // a blank line (or the text start) precedes it
  bool prose = false;            // looks like running text (boilerplate::is_prose)
  std::string kind;              // non-empty: removed; names the heuristic
  // Removed with finer regions than the whole line (a byline line whose
  // tail is a timestamp), or a removed prefix of a kept line (a dateline).
  std::vector<Region> pieces;

  bool kept() const { return kind.empty(); }
  std::string_view in(std::string_view text) const { return text.substr(start, end - start); }
};

// Non-blank lines of text[from..], trimmed. Linear; one entry per line.
std::vector<Line> split_lines(std::string_view text, std::size_t from);

}  // namespace claims::article
