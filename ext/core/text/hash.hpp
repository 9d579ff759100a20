// Content identity: the same article text is stored once.
#pragma once

#include <string>
#include <string_view>

namespace claims::text {

// 128-bit FNV-1a of the bytes, as 32 lowercase hex digits. Not
// cryptographic: it only has to tell articles apart, and at 2^-128 per pair
// a collision needs far more articles than any corpus holds.
std::string content_hash(std::string_view bytes);

}  // namespace claims::text
