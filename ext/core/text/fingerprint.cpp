#include "core/text/fingerprint.hpp"

#include "core/text/hash.hpp"

namespace claims::text {

std::vector<std::string> paragraph_fingerprints(std::string_view body) {
  std::vector<std::string> out;
  std::string norm;
  auto flush = [&] {
    if (norm.size() >= kMinFingerprintChars) out.push_back(content_hash(norm));
    norm.clear();
  };
  for (std::size_t i = 0; i < body.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(body[i]);
    if (c == '\n' && i + 1 < body.size() && body[i + 1] == '\n') {
      flush();
      continue;
    }
    if (c >= 'A' && c <= 'Z') norm += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) norm += static_cast<char>(c);
  }
  flush();
  return out;
}

}  // namespace claims::text
