#include "core/render/escape.hpp"

#include <vector>

namespace claims::render {
namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Byte offsets where each code point starts, plus s.size().
std::vector<std::size_t> codepoint_starts(std::string_view s) {
  std::vector<std::size_t> at;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (!is_continuation(static_cast<unsigned char>(s[i]))) at.push_back(i);
  at.push_back(s.size());
  return at;
}

}  // namespace

std::string xml_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (c < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') out += ' ';
        else out += ch;
    }
  }
  return out;
}

std::string dot_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (ch == '"' || ch == '\\') {
      out += '\\';
      out += ch;
    } else if (ch == '\n') {
      out += "\\n";
    } else if (c < 0x20 || c == 0x7F) {
      out += ' ';
    } else {
      out += ch;
    }
  }
  return out;
}

std::string shorten(std::string_view s, std::size_t max_codepoints) {
  auto at = codepoint_starts(s);
  std::size_t n = at.size() - 1;
  if (n <= max_codepoints) return std::string(s);
  if (max_codepoints == 0) return "…";
  // Leave room for the ellipsis, then back up to a space if there is one
  // in the second half (a cut inside a word reads worse than a short label).
  std::size_t keep = max_codepoints - 1;
  std::size_t cut = at[keep];
  for (std::size_t k = keep; k > keep / 2; --k) {
    if (s[at[k]] == ' ') {
      cut = at[k];
      break;
    }
  }
  std::string out(s.substr(0, cut));
  while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == ';')) out.pop_back();
  return out + "…";
}

std::string wrap(std::string_view s, std::size_t width, std::string_view newline) {
  std::string out;
  std::size_t line_len = 0;  // code points on the current line
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j == i) break;
    std::string_view word = s.substr(i, j - i);
    std::size_t len = codepoint_starts(word).size() - 1;
    if (line_len > 0 && line_len + 1 + len > width) {
      out += newline;
      line_len = 0;
    } else if (line_len > 0) {
      out += ' ';
      ++line_len;
    }
    out += word;
    line_len += len;
    i = j;
  }
  return out;
}

}  // namespace claims::render
