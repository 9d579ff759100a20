// The sample corpus opens each article with " date YYYY-MM-DD ": metadata
// glued to the first line of content. header_length() (article.hpp) finds
// its extent; header_date() returns the date text it carries, valid or not,
// so parse() can report an impossible one.
#pragma once

#include <string_view>

namespace claims::article {

// The YYYY-MM-DD text of the header (unvalidated), empty when there is none.
std::string_view header_date(std::string_view text);

}  // namespace claims::article
