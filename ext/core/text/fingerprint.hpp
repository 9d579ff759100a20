// Paragraph fingerprints: how an article that copies another (a wire text
// republished word for word, give or take punctuation and case) is told
// apart from an independent source.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace claims::text {

// Paragraphs shorter than this (in letters and digits) are too generic to
// prove copying ("Related Content", a one-line quote).
inline constexpr std::size_t kMinFingerprintChars = 80;

// One hash per long paragraph (split at blank lines), computed on its
// letters and digits only, lower-cased, so re-punctuated copies match.
std::vector<std::string> paragraph_fingerprints(std::string_view body);

}  // namespace claims::text
