// Name folding and name shapes: what makes two spellings one name.
//
// alias_key() (declared in entities.hpp) folds transliteration variants;
// these helpers split names into parts and read acronyms, initials and
// locative tails ("... Front of <Place>").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace claims::entities::detail {

// One lower-case word folded for transliteration: kh→h, q→k, ck→k, ph→f,
// h dropped (except in sh/ch/zh), every vowel run (a e i o u, vowel y) → "a",
// doubled letters single. Non-ASCII bytes are kept as they are.
std::string fold_word(std::string_view lower_word);

// The parts of a name as written, split on spaces and hyphens, possessive
// cut off ("Al-Qaeda's" → "Al", "Qaeda").
std::vector<std::string> name_parts(std::string_view name);

// "NRF", "U.S.": two or more letters, all upper-case ASCII (dots allowed).
bool is_acronym(std::string_view word);
std::string acronym_letters(std::string_view word);  // "U.S." → "US"

// Initials of the capitalised parts, function words ignored; an acronym
// part gives all its letters: "National Resistance Front of Afghanistan" →
// "NRFA", "UN Security Council" → "UNSC".
std::string initials(std::string_view name);

// The name without a trailing "of/in <Capitalised Place>" when at least two
// words stand before it: "National Resistance Front in Afghanistan" →
// "National Resistance Front". Unchanged when there is no such tail.
std::string strip_locative_tail(std::string_view name);

// Whether a one-word acronym spells the initials of a longer name (with or
// without its locative tail).
bool acronym_matches(std::string_view acronym, std::string_view expansion);

}  // namespace claims::entities::detail
