// Kind of a claim from its content: denial (stance denies), control
// (captured, seized, under X's control, fell to), casualties (killed,
// wounded, prisoners, or a counted quantity), event (attack, fighting, met),
// statement (anything else).
#pragma once

#include <string>

namespace claims::attribution {

// `content_joined` as produced by joined_lower(); `counted_quantity` when a
// quantity with a count_type (killed, captured, ...) lies in the content.
std::string classify_kind(const std::string& content_joined, bool denies, bool counted_quantity);

}  // namespace claims::attribution
