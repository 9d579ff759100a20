#include "core/claims/paragraphs.hpp"

#include <algorithm>

namespace claims::attribution {

std::vector<std::size_t> paragraph_of_sentences(std::string_view text, const std::vector<sentences::Span>& sents) {
  std::vector<std::size_t> out(sents.size(), 0);
  std::size_t para = 0;
  for (std::size_t i = 0; i < sents.size(); ++i) {
    if (i > 0) {
      std::size_t a = std::min(sents[i - 1].end, text.size()), b = std::min(sents[i].start, text.size());
      for (std::size_t k = a; k < b; ++k)
        if (text[k] == '\n') { ++para; break; }
    }
    out[i] = para;
  }
  return out;
}

}  // namespace claims::attribution
