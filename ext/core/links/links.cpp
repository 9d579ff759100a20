// Placeholder: replaced by the contradiction and corroboration rules.
#include "core/links/links.hpp"

namespace claims::links {
std::optional<Link> contradiction(const ClaimFacts&, const ClaimFacts&) { return std::nullopt; }
bool corroborates(const ClaimFacts&, const ClaimFacts&) { return false; }
std::vector<std::string> blocking_keys(const ClaimFacts&) { return {}; }
double contradiction_score(std::string_view, std::string_view) { return 0; }
}  // namespace claims::links
