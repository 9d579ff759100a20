// Stance of a claim: "denies" when the cue is a verb of denial ("denied",
// "rejected reports that", "refuted", "appeared to rebut", "dismissed as
// propaganda") or the content itself declares another claim false ("the
// claim is false", "baseless"); "asserts" otherwise.
#pragma once

#include <string>
#include <string_view>

namespace claims::attribution {

bool is_denial_cue(std::string_view cue_lower);

// `content_joined` as produced by joined_lower().
bool content_denies(const std::string& content_joined);

}  // namespace claims::attribution
