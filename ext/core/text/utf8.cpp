#include "core/text/utf8.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>
#include <new>

namespace claims::text {

std::optional<std::size_t> first_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) { ++i; continue; }
    std::size_t len;
    std::uint32_t cp;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
    else return i;
    if (i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
      return i;
    i += len;
  }
  return std::nullopt;
}

std::size_t count_codepoints(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

namespace {

// Windows-1252's 0x80–0x9F block; 0 marks the five unassigned bytes.
constexpr std::uint16_t kCp1252High[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) out += char(cp);
  else if (cp < 0x800) { out += char(0xC0 | (cp >> 6)); out += char(0x80 | (cp & 0x3F)); }
  else {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

bool is_text_control(unsigned char c) { return c == '\n' || c == '\r' || c == '\t' || c == '\f'; }

}  // namespace

Decoded decode(std::string_view bytes) {
  Decoded d;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) {
    d.reason = "empty";
    return d;
  }
  // Binary: any NUL byte, or more than 1% other C0 controls.
  std::size_t controls = 0;
  for (unsigned char c : bytes) {
    if (c == 0) { d.reason = "binary (contains NUL bytes)"; return d; }
    if (c < 0x20 && !is_text_control(c)) ++controls;
  }
  if (controls * 100 > bytes.size()) {
    d.reason = "binary (control characters)";
    return d;
  }
  auto bad = first_invalid_utf8(bytes);
  if (!bad) {
    d.ok = true;
    d.text = normalize(bytes);
    return d;
  }
  // Not UTF-8. If it contains no valid multi-byte sequence at all it is a
  // legacy single-byte text (Latin-1 / Windows-1252); otherwise it is UTF-8
  // that got corrupted, and guessing would garble it.
  bool has_utf8_sequence = false;
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  for (std::size_t i = 0; i + 1 < bytes.size(); ++i) {
    if ((p[i] & 0xE0) == 0xC0 && (p[i + 1] & 0xC0) == 0x80 && p[i] >= 0xC2) {
      has_utf8_sequence = true;
      break;
    }
    if ((p[i] & 0xF0) == 0xE0 && i + 2 < bytes.size() && (p[i + 1] & 0xC0) == 0x80 &&
        (p[i + 2] & 0xC0) == 0x80) {
      has_utf8_sequence = true;
      break;
    }
  }
  if (has_utf8_sequence) {
    d.reason = "invalid UTF-8 at byte " + std::to_string(*bad);
    return d;
  }
  std::string utf8;
  utf8.reserve(bytes.size() + bytes.size() / 8);
  for (unsigned char c : bytes) {
    if (c < 0x80) utf8 += char(c);
    else if (c < 0xA0) {
      std::uint16_t cp = kCp1252High[c - 0x80];
      if (cp == 0) {
        d.reason = "invalid UTF-8 at byte " + std::to_string(*bad) + " and not Windows-1252";
        return d;
      }
      append_utf8(utf8, cp);
    } else append_utf8(utf8, c);
  }
  d.ok = true;
  d.text = normalize(utf8);
  d.note = "not UTF-8; decoded as Latin-1/Windows-1252";
  return d;
}

std::string normalize(std::string_view in) {
  std::string lf;
  lf.reserve(in.size());
  std::size_t i = 0;
  if (in.size() >= 3 && in.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  bool ascii = true;
  for (; i < in.size(); ++i) {
    char c = in[i];
    if (c == '\r') {
      lf += '\n';
      if (i + 1 < in.size() && in[i + 1] == '\n') ++i;
    } else {
      if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
      lf += c;
    }
  }
  if (ascii) return lf;  // ASCII is already NFC.
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(lf.data()),
                                    static_cast<utf8proc_ssize_t>(lf.size()), &out,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0) {
    if (n == UTF8PROC_ERROR_NOMEM) throw std::bad_alloc();
    return lf;  // Cannot happen for valid UTF-8; keep the text rather than lose it.
  }
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(out, &std::free);
  return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

OffsetMap::OffsetMap(std::string_view s) : s_(s) {
  checkpoints_.reserve(s.size() / 64 + 1);
  std::uint32_t cps = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i % 64 == 0) checkpoints_.push_back(cps);
    cps += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  }
  total_ = cps;
}

std::size_t OffsetMap::to_codepoint(std::size_t byte) const {
  if (byte >= s_.size()) return total_;
  std::size_t block = byte / 64;
  std::size_t cps = checkpoints_[block];
  for (std::size_t i = block * 64; i < byte; ++i)
    cps += (static_cast<unsigned char>(s_[i]) & 0xC0) != 0x80;
  return cps;
}

}  // namespace claims::text
