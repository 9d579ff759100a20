#include "core/text/hash.hpp"

namespace claims::text {

std::string content_hash(std::string_view bytes) {
  using u128 = unsigned __int128;
  const u128 prime = (u128(0x0000000001000000ULL) << 64) | 0x000000000000013BULL;
  u128 h = (u128(0x6c62272e07bb0142ULL) << 64) | 0x62b821756295c58dULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= prime;
  }
  static const char* hex = "0123456789abcdef";
  std::string out(32, '0');
  for (int i = 31; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = hex[static_cast<unsigned>(h & 0xF)];
    h >>= 4;
  }
  return out;
}

}  // namespace claims::text
