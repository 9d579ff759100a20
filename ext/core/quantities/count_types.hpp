// What happened to the people a number counts, read from the words around it
// within the clause (casualty_words.txt):
//
//   after the counted phrase, past auxiliaries and adverbs:
//     "12 insurgents were killed", "700 Taliban fighters killed, 600 captured",
//     "two civilians died", "50 dead", "600 prisoners"
//     A list of casualty words is ONE combined figure: "have been either
//     killed, wounded or taken captive" -> "killed+wounded+captured".
//     An active verb with its own object is not about the number: in "a
//     gunman killed two soldiers" the gunman was not killed.
//   before the number:
//     "killed 12 insurgents", "detained two suspected insurgents",
//     "the deaths of 3 civilians", "killed at least 12", "killed another 3"
// Negated clauses ("were not killed") give no type.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/quantities/tokens.hpp"

namespace claims::quantities {

// Type from the words starting at token i (just after the counted phrase).
std::optional<std::string> count_type_after(const std::vector<Token>& toks, std::size_t i);

// Type from the words ending just before token i (the qualifier or number).
std::optional<std::string> count_type_before(const std::vector<Token>& toks, std::size_t i);

// Joins types in the canonical order killed, wounded, captured,
// surrendered, missing, displaced, trapped: {"captured","killed"} -> "killed+captured".
std::string combine_types(const std::vector<std::string>& types);

}  // namespace claims::quantities
