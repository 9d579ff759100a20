// Mention detection: capitalised names (with titles split off), acronyms
// and generic group references ("the resistance front"), each with local
// evidence of what kind of thing it names.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/entities/tokens.hpp"

namespace claims::entities::detail {

enum Vote { vote_person = 0, vote_org = 1, vote_place = 2 };

struct Candidate {
  std::uint32_t first = 0, last = 0;  // token range [first, last) of the name, titles excluded
  std::uint32_t title_first = 0;      // first token of the titles before the name (== first if none)
  std::size_t start = 0, end = 0;     // bytes of the mention
  std::size_t sentence = 0;
  std::string name;                   // parts joined by single spaces
  std::string place_stripped;         // "X Valley" → "X" (used if "X" is a name of the text too)
  bool generic = false;               // a reference ("the group"), not a name
  std::vector<std::string> heads;     // generic: its words, lower-case ("liberation", "army")
  std::string head;                   // generic: the head noun ("army"); "" = last of heads
  bool acronym = false;
  bool possessive = false;
  bool modifier_only = false;
  bool group_evidence = false;        // "X fighters", "X spokesman": X has members, a side         // stands before a lower-case noun ("Afghan leader")
  std::array<int, 3> votes{0, 0, 0};  // evidence for person / organisation / place
  // Filled by the relation step:
  std::string role;                   // "spokesman"
  int party = -1;                     // candidate naming the organisation this one belongs to
  bool party_is_recent_org = false;   // "its spokesman X"
  // "The front denied it, with spokesman X telling ...": the absolute
  // "with" clause hangs on the main clause, whose subject is the sentence's
  // first organisation.
  bool party_is_subject_org = false;
  bool deceased = false;
  int defines = -1;                   // "(NRF)": the candidate it abbreviates
  std::vector<int> others;            // candidates that are certainly other people ("son of")
};

struct Detected {
  std::vector<Candidate> candidates;  // text order, non-overlapping
  std::vector<int> at_token;          // token → candidate covering it (names and generic refs), or -1
};

Detected detect_mentions(std::string_view text, const std::vector<Token>& tokens);

}  // namespace claims::entities::detail
