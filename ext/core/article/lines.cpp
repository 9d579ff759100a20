#include "core/article/lines.hpp"

#include "core/article/tokens.hpp"

namespace claims::article {

std::vector<Line> split_lines(std::string_view text, std::size_t from) {
  std::vector<Line> out;
  bool blank_before = true;
  std::size_t pos = from;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    std::string_view t = tokens::trim(raw);
    if (t.empty()) {
      blank_before = true;
    } else {
      Line l;
      l.start = static_cast<std::size_t>(t.data() - text.data());
      l.end = l.start + t.size();
      l.paragraph_start = blank_before;
      out.push_back(std::move(l));
      blank_before = false;
    }
    pos = nl + 1;
  }
  return out;
}

}  // namespace claims::article
