// Paragraph of each sentence: a new paragraph starts wherever a line break
// separates two sentences. Quote continuation and the verification
// disclaimer rule both work paragraph by paragraph.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/sentences/splitter.hpp"

namespace claims::attribution {

std::vector<std::size_t> paragraph_of_sentences(std::string_view text, const std::vector<sentences::Span>& sents);

}  // namespace claims::attribution
