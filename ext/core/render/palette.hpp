// One colour per side, shared by every picture so a side looks the same in
// the timeline and in the graph. Sides are ranked by how many claims they
// have (ties by name): the first ones get the colours of a fixed
// colour-blind-safe palette (Okabe & Ito); when there are more sides than
// colours the rest share "other sides"; claims with no known side are grey.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace claims::render {

inline constexpr const char* kNoSideLabel = "no side known";
inline constexpr const char* kOtherSidesLabel = "other sides";

class SidePalette {
 public:
  // Every side with its number of claims; nullopt is "no side known".
  explicit SidePalette(const std::vector<std::pair<std::optional<std::string>, std::int64_t>>& totals);

  // The legend entry a side falls under: its own name, "other sides" or
  // "no side known".
  std::string label(const std::optional<std::string>& side) const;
  std::string colour(const std::optional<std::string>& side) const;
  // A pale version of the colour, for backgrounds behind black text.
  std::string tint(const std::optional<std::string>& side) const;

  // Legend entries in rank order ("other sides", then "no side known", last).
  struct Entry {
    std::string label, colour;
  };
  std::vector<Entry> legend() const;

 private:
  std::vector<std::string> named_;  // sides with their own colour, by rank
  bool others_ = false;             // some sides fell under "other sides"
  bool none_ = false;               // some claims have no known side
};

}  // namespace claims::render
