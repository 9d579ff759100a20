// UTF-8 in, UTF-8 out: validation, decoding of file bytes, NFC, and the map
// from byte offsets to the code-point offsets the SQL side speaks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claims::text {

// Byte offset of the first invalid UTF-8 sequence, or nullopt when valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view s);

inline bool is_valid_utf8(std::string_view s) { return !first_invalid_utf8(s); }

// Number of code points in valid UTF-8.
std::size_t count_codepoints(std::string_view s);

// Result of turning the bytes of a file (or a BLOB) into article text.
struct Decoded {
  bool ok = false;
  std::string text;    // valid UTF-8, NFC, LF line ends, no BOM (when ok)
  std::string reason;  // why it cannot be used (when !ok)
  std::string note;    // something worth logging although ok ("decoded as Latin-1")
};

// Accepts UTF-8 (with or without BOM). Bytes that are not UTF-8 at all but
// read as Windows-1252/Latin-1 prose are transcoded (with a note). Empty,
// whitespace-only, binary (NUL bytes, control characters) and corrupted
// UTF-8 are refused with a reason.
Decoded decode(std::string_view bytes);

// CRLF and lone CR become LF; the BOM goes; the result is NFC.
// Input must be valid UTF-8.
std::string normalize(std::string_view utf8);

// Byte offset → code-point offset over one string, O(1) memory per 64 bytes.
class OffsetMap {
 public:
  explicit OffsetMap(std::string_view s);
  std::size_t to_codepoint(std::size_t byte) const;

 private:
  std::string_view s_;
  std::vector<std::uint32_t> checkpoints_;  // code points before byte 64*i
  std::size_t total_ = 0;
};

}  // namespace claims::text
