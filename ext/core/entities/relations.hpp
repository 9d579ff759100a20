// Relations read around each mention: role and side ("Taliban spokesman X",
// "X, a spokesman of the front", "the spokesperson of the NRF, X"), death
// ("the late X", "X, who was assassinated"), and kinship ("X, the son of
// Y"), which keeps namesakes apart.
#pragma once

#include <string_view>
#include <vector>

#include "core/entities/mentions.hpp"
#include "core/entities/tokens.hpp"

namespace claims::entities::detail {

// Fills Candidate::role, party, party_is_recent_org, deceased and others,
// and adds person evidence for names that carry a role.
void read_relations(std::string_view text, const std::vector<Token>& tokens, Detected& detected);

}  // namespace claims::entities::detail
