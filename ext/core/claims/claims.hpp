// Attributed claims: speaker + reporting cue + content, with stance,
// hedging and kind. Reads the sentences, entities and quantities found by
// the earlier stages; never reaches back up the pipeline.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/entities/entities.hpp"
#include "core/quantities/quantities.hpp"
#include "core/sentences/splitter.hpp"

namespace claims::attribution {

struct Claim {
  std::size_t sentence = 0;  // index of the sentence holding the cue
  // Speaker phrase as written ("Taliban spokesman Zabihullah Mujahid",
  // "he", "the NRF", "reports"); empty span for impersonal reports.
  std::size_t speaker_start = 0, speaker_end = 0;  // bytes into the text
  std::string speaker;
  int speaker_entity = -1;   // index into entities::Analysis::entities
  std::string verb;          // the cue as written ("said", "claimed", "according to", "denied")
  std::size_t verb_start = 0, verb_end = 0;
  std::string stance;        // "asserts" | "denies"
  std::string kind;          // control | casualties | event | statement | denial
  std::size_t start = 0, end = 0;  // content span, bytes into the text
  std::string text;          // content as written
  bool is_quote = false;
  bool hedged = false;       // "could not be verified", "reportedly", "allegedly", ...
  int location_entity = -1;  // place the claim is about, index into entities
  std::vector<int> quantities;  // indices into the quantities given to extract()
  double confidence = 0;     // 0..1
};

std::vector<Claim> extract(std::string_view text, const std::vector<sentences::Span>& sentences,
                           const entities::Analysis& entities,
                           const std::vector<quantities::Quantity>& quantities);

}  // namespace claims::attribution
