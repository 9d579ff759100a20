#include "core/article/header.hpp"

#include "core/article/article.hpp"
#include "core/article/tokens.hpp"

namespace claims::article {
namespace {

// Where the header's date starts and how long the header is; {0, 0} when
// the text does not open with one. Only the shape is checked here
// (dddd-dd-dd): an impossible date is still a header, reported by parse().
struct HeaderShape {
  std::size_t date_at = 0;
  std::size_t length = 0;
};

HeaderShape shape(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (text.substr(i, 4) != "date") return {};
  i += 4;
  std::size_t spaces = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i, ++spaces;
  if (spaces == 0 || i + 10 > text.size()) return {};
  for (std::size_t k = 0; k < 10; ++k) {
    const char c = text[i + k];
    const bool dash = (k == 4 || k == 7);
    if (dash ? c != '-' : !tokens::is_digit(c)) return {};
  }
  const std::size_t date_at = i;
  i += 10;
  // The date must end there: followed by whitespace or the end of text.
  if (i < text.size() && text[i] != ' ' && text[i] != '\t' && text[i] != '\n') return {};
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  return {date_at, i};
}

}  // namespace

std::size_t header_length(std::string_view text) { return shape(text).length; }

std::string_view header_date(std::string_view text) {
  const HeaderShape h = shape(text);
  return h.length ? text.substr(h.date_at, 10) : std::string_view{};
}

}  // namespace claims::article
