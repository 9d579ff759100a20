#include "core/claims/stance.hpp"

#include "core/claims/cue_lexicon.hpp"
#include "core/claims/tokens.hpp"

namespace claims::attribution {

bool is_denial_cue(std::string_view cue_lower) { return cue_lexicon().denial.count(std::string(cue_lower)) > 0; }

bool content_denies(const std::string& content_joined) {
  return contains_phrase(content_joined, cue_lexicon().denial_phrases);
}

}  // namespace claims::attribution
