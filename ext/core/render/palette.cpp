#include "core/render/palette.hpp"

#include <algorithm>
#include <cstdio>

namespace claims::render {
namespace {

// Okabe & Ito's colour-blind-safe qualitative palette, without its black
// (used for text) and yellow (unreadable on white).
constexpr const char* kColours[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"};
constexpr std::size_t kNamed = sizeof kColours / sizeof kColours[0];
constexpr const char* kOtherColour = "#7F7F7F";
constexpr const char* kNoneColour = "#BDBDBD";

// Mix a #RRGGBB colour with white: 1 part colour, 3 parts white.
std::string pale(const std::string& hex) {
  auto channel = [&](std::size_t at) {
    int v = std::stoi(hex.substr(at, 2), nullptr, 16);
    return (v + 3 * 255) / 4;
  };
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02X%02X%02X", channel(1), channel(3), channel(5));
  return buf;
}

}  // namespace

SidePalette::SidePalette(const std::vector<std::pair<std::optional<std::string>, std::int64_t>>& totals) {
  std::vector<std::pair<std::string, std::int64_t>> named;
  for (const auto& [side, n] : totals) {
    if (!side) {
      none_ = none_ || n > 0;
      continue;
    }
    auto it = std::find_if(named.begin(), named.end(), [&](const auto& p) { return p.first == *side; });
    if (it == named.end()) named.emplace_back(*side, n);
    else it->second += n;
  }
  std::sort(named.begin(), named.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  // With more sides than colours, the last colour slot becomes "other sides".
  std::size_t own = named.size() <= kNamed ? named.size() : kNamed - 1;
  for (std::size_t i = 0; i < own; ++i) named_.push_back(named[i].first);
  others_ = named.size() > own;
}

std::string SidePalette::label(const std::optional<std::string>& side) const {
  if (!side) return kNoSideLabel;
  if (std::find(named_.begin(), named_.end(), *side) != named_.end()) return *side;
  return kOtherSidesLabel;
}

std::string SidePalette::colour(const std::optional<std::string>& side) const {
  if (!side) return kNoneColour;
  auto it = std::find(named_.begin(), named_.end(), *side);
  if (it == named_.end()) return kOtherColour;
  return kColours[static_cast<std::size_t>(it - named_.begin())];
}

std::string SidePalette::tint(const std::optional<std::string>& side) const { return pale(colour(side)); }

std::vector<SidePalette::Entry> SidePalette::legend() const {
  std::vector<Entry> out;
  for (std::size_t i = 0; i < named_.size(); ++i) out.push_back({named_[i], kColours[i]});
  if (others_) out.push_back({kOtherSidesLabel, kOtherColour});
  if (none_) out.push_back({kNoSideLabel, kNoneColour});
  return out;
}

}  // namespace claims::render
