// The timeline as a picture: claims per day (or week, or month, when the
// span is long) by side, as stacked bars; the part of each side's bar that
// is disputed (in a contradiction) is hatched and outlined. An axis with
// dates, a y axis with counts, a legend with the sides. Pure: takes the
// counts, returns SVG text (every text escaped for XML).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace claims::render {

struct TimelineCount {
  std::string date;                 // YYYY-MM-DD: the day the claims are about
  std::optional<std::string> side;  // nullopt: no side known
  std::int64_t claims = 0;
  std::int64_t disputed = 0;        // of those, how many are in a contradiction
};

struct TimelineInput {
  std::vector<TimelineCount> counts;
  // The range asked for (YYYY-MM-DD); the axis spans it when given, else
  // the first to the last day with claims.
  std::optional<std::string> from, to;
  std::int64_t undated = 0;  // claims with no event date, not drawn (said in a note)
};

// How many days one bar covers: a day, a week (from Monday), a month.
enum class Bin { day, week, month };
// Days for spans up to about three months, weeks up to two years, months beyond.
Bin bin_for_span(long days);

std::string timeline_svg(const TimelineInput& in);

}  // namespace claims::render
