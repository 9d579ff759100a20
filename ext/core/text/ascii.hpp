// ASCII case folding for word lists and lookups. Letters outside ASCII
// (accents, other scripts) are left as they are: names keep their spelling,
// and NFC text compares byte for byte.
#pragma once

#include <string>
#include <string_view>

namespace claims::text {

inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = ascii_lower(c);
  return out;
}

}  // namespace claims::text
