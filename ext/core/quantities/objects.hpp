// What a number counts: the head phrase written after it, as written.
//
//   "700 Taliban fighters were killed"     -> "Taliban fighters"
//   "Over 700 fighters of the Taliban"     -> "fighters"   (stops at "of")
//   "dozens of civilians"                  -> "civilians"  ("of" after a
//                                             number is partitive: skipped)
//   "five of the province's seven districts" -> the object of "seven":
//                                             "districts"
//   "two of them were killed"              -> none (pronoun)
//   "5 tons of medical aid"                -> "tons of medical aid" (units
//                                             keep their complement: "tons"
//                                             alone says nothing; see
//                                             quantities.cpp)
// The phrase ends at the first plural noun (or irregular plural such as
// "people"), at a function word, a casualty word, punctuation or a line break,
// and is at most five words long.
#pragma once

#include <cstddef>
#include <vector>

#include "core/quantities/tokens.hpp"

namespace claims::quantities {

struct ObjectPhrase {
  std::size_t first = 0, last = 0;  // token range of the head phrase; empty = none
  std::size_t end = 0;              // first token after everything read (partitive, pronoun, phrase)
  bool partitive_number = false;    // "five of the seven districts": a number at `partitive_at`
  std::size_t partitive_at = 0;
  bool empty() const { return first == last; }
};

// The phrase after a number that ends just before token i.
ObjectPhrase object_after(const std::vector<Token>& toks, std::size_t i, bool allow_partitive = true);

// The head phrase alone (no partitive "of"), starting at token i.
ObjectPhrase head_phrase(const std::vector<Token>& toks, std::size_t i);

// The phrase cut after its last singular noun for a person ("leader",
// "insurgent"), or an empty phrase when it has none: "a Taliban leader"
// and "Taliban leader Mullah Omar" both count one "Taliban leader".
ObjectPhrase person_phrase(const std::vector<Token>& toks, const ObjectPhrase& phrase);

}  // namespace claims::quantities
