// same_entity_name: can two full names be one entity?
#include "core/entities/entities.hpp"
#include "core/entities/names.hpp"

namespace claims::entities {

bool same_entity_name(std::string_view a, std::string_view b, Kind kind) {
  std::string ka = alias_key(a), kb = alias_key(b);
  if (ka.empty() || kb.empty()) return false;
  if (ka == kb) return true;
  // People: a differing name part is a different person ("Ahmad Massoud" is
  // not "Ahmad Shah Massoud"); surname-only mentions are resolved within a
  // text by the coreference step, never here.
  if (kind == Kind::person) return false;
  if (detail::acronym_matches(a, b) || detail::acronym_matches(b, a)) return true;
  if (kind == Kind::place) return false;
  // An organisation with a locative tail is the organisation.
  std::string ca = detail::strip_locative_tail(a), cb = detail::strip_locative_tail(b);
  bool any_tail = ca.size() != a.size() || cb.size() != b.size();
  return any_tail && alias_key(ca) == alias_key(cb);
}

}  // namespace claims::entities
