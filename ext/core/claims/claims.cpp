// Placeholder: replaced by the attribution extractor.
#include "core/claims/claims.hpp"

namespace claims::attribution {
std::vector<Claim> extract(std::string_view, const std::vector<sentences::Span>&, const entities::Analysis&,
                           const std::vector<quantities::Quantity>&) {
  return {};
}
}  // namespace claims::attribution
