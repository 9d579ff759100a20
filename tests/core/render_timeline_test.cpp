// The timeline picture (ext/core/render/timeline_svg): bars per day and
// side, the disputed part hatched, axis, legend, escaping. The SVG is also
// parsed as XML by tests/check_pictures.py.
#include <catch2/catch.hpp>

#include <regex>

#include "core/render/timeline_svg.hpp"

using namespace claims::render;

namespace {

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at + what.size())) ++n;
  return n;
}

}  // namespace

TEST_CASE("timeline: a stacked bar per day, a segment per side, disputed hatched", "[render][svg]") {
  TimelineInput in;
  in.counts = {{"2022-03-07", "Rebel Front", 4, 1},
               {"2022-03-07", "National Army", 2, 0},
               {"2022-03-09", "National Army", 3, 3},
               {"2022-03-09", std::nullopt, 1, 0}};
  in.undated = 5;
  std::string svg = timeline_svg(in);
  CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0);
  CHECK(svg.find("</svg>") != std::string::npos);
  CHECK(count(svg, "class=\"bar\"") == 4);       // one segment per (day, side)
  CHECK(count(svg, "class=\"disputed\"") == 2);  // only segments with disputed claims
  CHECK(svg.find("Claims per day by side") != std::string::npos);
  CHECK(svg.find("2022-03-07 to 2022-03-09") != std::string::npos);
  // Three days on the axis (the empty 8th too), labelled.
  CHECK(svg.find(">2022-03-08</text>") != std::string::npos);
  // Legend: the sides by size, no side last, and the hatch.
  auto army = svg.find(">National Army</text>"), rebels = svg.find(">Rebel Front</text>"),
       none = svg.find(">no side known</text>"), hatch = svg.find(">disputed (in a contradiction)</text>");
  REQUIRE(army != std::string::npos);
  REQUIRE(rebels != std::string::npos);
  REQUIRE(none != std::string::npos);
  REQUIRE(hatch != std::string::npos);
  CHECK(army < rebels);
  CHECK(rebels < none);
  CHECK(svg.find("<title>2022-03-09 · National Army: 3 claims, 3 disputed</title>") != std::string::npos);
  CHECK(svg.find("5 claims without a date not shown") != std::string::npos);
  // Totals above the bars.
  CHECK(svg.find(">6</text>") != std::string::npos);
}

TEST_CASE("timeline: the disputed part is drawn inside its segment", "[render][svg]") {
  TimelineInput in;
  in.counts = {{"2022-03-07", "Rebel Front", 4, 1}};
  std::string svg = timeline_svg(in);
  std::smatch bar, disputed;
  REQUIRE(std::regex_search(svg, bar, std::regex("class=\"bar\" x=\"([0-9.]+)\" y=\"([0-9.]+)\" width=\"[0-9.]+\" height=\"([0-9.]+)\"")));
  REQUIRE(std::regex_search(svg, disputed, std::regex("class=\"disputed\" x=\"[0-9.]+\" y=\"([0-9.]+)\" width=\"[0-9.]+\" height=\"([0-9.]+)\"")));
  double bar_y = std::stod(bar[2]), bar_h = std::stod(bar[3]);
  double d_y = std::stod(disputed[1]), d_h = std::stod(disputed[2]);
  CHECK(d_h == Approx(bar_h / 4).epsilon(0.02));
  CHECK(d_y + d_h == Approx(bar_y + bar_h).epsilon(0.001));  // at the foot of the segment
}

TEST_CASE("timeline: names are escaped for XML", "[render][svg]") {
  TimelineInput in;
  in.counts = {{"2022-03-07", "Front <\"A&B\">", 1, 0}};
  std::string svg = timeline_svg(in);
  CHECK(svg.find("Front &lt;&quot;A&amp;B&quot;&gt;") != std::string::npos);
  CHECK(svg.find("<\"A&B\">") == std::string::npos);
}

TEST_CASE("timeline: long spans are drawn per week or per month", "[render][svg]") {
  CHECK(bin_for_span(1) == Bin::day);
  CHECK(bin_for_span(93) == Bin::day);
  CHECK(bin_for_span(94) == Bin::week);
  CHECK(bin_for_span(800) == Bin::month);
  TimelineInput in;
  in.counts = {{"2022-01-03", "Rebel Front", 1, 0}, {"2022-01-05", "Rebel Front", 2, 1},
               {"2022-06-30", "Rebel Front", 1, 0}};
  std::string svg = timeline_svg(in);
  CHECK(svg.find("Claims per week by side") != std::string::npos);
  // Monday 3 and Wednesday 5 January share the week of the 3rd.
  CHECK(svg.find("<title>week of 2022-01-03 · Rebel Front: 3 claims, 1 disputed</title>") != std::string::npos);
  in.counts.push_back({"2024-02-29", "Rebel Front", 1, 0});
  svg = timeline_svg(in);
  CHECK(svg.find("Claims per month by side") != std::string::npos);
  CHECK(svg.find(">2024-02</text>") != std::string::npos);
}

TEST_CASE("timeline: the axis spans the range asked for; nothing to draw says so", "[render][svg]") {
  TimelineInput in;
  in.counts = {{"2022-03-07", "Rebel Front", 1, 0}};
  in.from = "2022-03-05";
  in.to = "2022-03-10";
  std::string svg = timeline_svg(in);
  CHECK(svg.find(">2022-03-05</text>") != std::string::npos);
  CHECK(svg.find(">2022-03-10</text>") != std::string::npos);
  TimelineInput none;
  none.from = "2022-03-05";
  svg = timeline_svg(none);
  CHECK(count(svg, "class=\"bar\"") == 0);
  CHECK(svg.find("no dated claims in this range") != std::string::npos);
  CHECK(svg.find("</svg>") != std::string::npos);
}

TEST_CASE("timeline: a count with a malformed date is refused", "[render][svg]") {
  TimelineInput in;
  in.counts = {{"2022-02-30", "Rebel Front", 1, 0}};
  CHECK_THROWS_WITH(timeline_svg(in), "'2022-02-30' is not a date; use YYYY-MM-DD");
}

TEST_CASE("timeline: one day is a bar, not a wall; long side names are cut in the legend", "[render][svg]") {
  TimelineInput in;
  std::string name = "The Provisional Coordinating Council of the Northern Valleys and Passes";
  in.counts = {{"2022-03-07", name, 3, 1}};
  std::string svg = timeline_svg(in);
  std::smatch bar;
  REQUIRE(std::regex_search(svg, bar, std::regex("class=\"bar\" x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"([0-9.]+)\"")));
  CHECK(std::stod(bar[1]) <= 48);
  CHECK(svg.find(">The Provisional Coordinating Council of…</text>") != std::string::npos);
  CHECK(svg.find(name) != std::string::npos);  // whole in the bar's tooltip
}
