// Shared by the claims unit tests: the claims stage alone on a text
// (sentences split, no entities, no quantities) and lookups of one claim.
#pragma once

#include <string>
#include <vector>

#include "core/claims/claims.hpp"
#include "core/entities/entities.hpp"
#include "core/sentences/splitter.hpp"

namespace claims_test {

inline std::vector<claims::attribution::Claim> stage_claims(const std::string& text) {
  auto sents = claims::sentences::split(text);
  return claims::attribution::extract(text, sents, claims::entities::Analysis{}, {});
}

// The first claim whose cue is `verb`, or nullptr.
inline const claims::attribution::Claim* first_with_verb(const std::vector<claims::attribution::Claim>& cs,
                                                         const std::string& verb) {
  for (const auto& c : cs)
    if (c.verb == verb) return &c;
  return nullptr;
}

// The first claim whose content is `text`, or nullptr.
inline const claims::attribution::Claim* first_with_text(const std::vector<claims::attribution::Claim>& cs,
                                                         const std::string& text) {
  for (const auto& c : cs)
    if (c.text == text) return &c;
  return nullptr;
}

}  // namespace claims_test
