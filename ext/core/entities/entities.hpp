// Entities: people, organisations/armed groups and places mentioned in a
// text; variants resolved to one entity; the side each person is on.
//
// Pure C++. Offsets are bytes into the text given to analyze(); the
// pipeline converts them to code points. No names, places or facts of any
// corpus live here: only generic cues (titles, roles, place words) from
// ext/lexicon/.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/sentences/splitter.hpp"

namespace claims::entities {

enum class Kind { person, organization, place, other };
const char* kind_name(Kind k);  // "person", "organization", "place", "other"

struct Mention {
  std::size_t start = 0;  // bytes into the text
  std::size_t end = 0;
  std::string text;       // as written ("Dashty", "NRF", "the resistance front")
  std::size_t sentence = 0;  // index into the sentence spans given to analyze()
  int entity = -1;        // index into Analysis::entities
};

struct Entity {
  std::string name;       // canonical in this text: the fullest form seen
  Kind kind = Kind::other;
  // Side: index of the organisation entity this one is affiliated with
  // (for a person: "Taliban spokesman X", "X, a spokesman of the front";
  // for an organisation: itself). -1 when unknown.
  int party = -1;
  std::string role;       // "spokesman", "leader", "commander", ... ("" if none)
  std::vector<std::string> aliases;  // every surface form, incl. acronyms
  // Evidence that keeps namesakes apart: described as dead ("late",
  // "assassinated", "died in ..."), or as another's parent ("the son of X"
  // makes X this entity's parent).
  bool deceased = false;
};

struct Analysis {
  std::vector<Entity> entities;
  std::vector<Mention> mentions;  // in text order
  // Entity of the mention that best covers [start, end) (a speaker phrase
  // such as "Taliban spokesman Zabihullah Mujahid" → the person, not the
  // organisation), or -1. Pronouns are resolved by the claims stage.
  int entity_at(std::size_t start, std::size_t end) const;
};

Analysis analyze(std::string_view text, const std::vector<sentences::Span>& sentences);

// Transliteration-folded key of a name, for matching spellings of the same
// name across articles: case, diacritics, doubled letters, vowel variants
// (i/ee/y, a/e, u/o/ou), dropped h, kh/h, q/k folded.
std::string alias_key(std::string_view name);

// Whether two full names of the same kind can be the same entity
// (transliteration variants, acronym ↔ expansion, expansion with a
// locative tail) — and never when they differ in a name part
// ("Ahmad Massoud" vs "Ahmad Shah Massoud").
bool same_entity_name(std::string_view a, std::string_view b, Kind kind);

}  // namespace claims::entities
