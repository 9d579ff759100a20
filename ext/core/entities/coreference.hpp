// Within-text coreference: mentions grouped into entities.
//
// Names are grouped by alias_key; organisations join their acronyms
// (defined or matching initials) and their locative-tail forms; a
// one-word person name goes to a full name with that part (the living one
// with a role first, never one its sentence calls another person); a
// generic reference goes to the organisation whose name has its head word,
// else the most recent organisation. Comparisons are between distinct
// names (hashed by key), never between all pairs of mentions.
#pragma once

#include <string_view>
#include <vector>

#include "core/entities/entities.hpp"
#include "core/entities/mentions.hpp"

namespace claims::entities::detail {

Analysis resolve(std::string_view text, std::vector<Candidate>& candidates);

}  // namespace claims::entities::detail
