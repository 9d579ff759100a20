// Escaping and label cutting for the pictures (ext/core/render/escape).
#include <catch2/catch.hpp>

#include "core/render/escape.hpp"
#include "core/render/palette.hpp"

using namespace claims::render;

TEST_CASE("xml_escape turns markup characters into entities", "[render]") {
  CHECK(xml_escape("a < b & c > d") == "a &lt; b &amp; c &gt; d");
  CHECK(xml_escape("\"quoted\" 'single'") == "&quot;quoted&quot; &apos;single&apos;");
  CHECK(xml_escape("“curly” — Dari پنجشیر") == "“curly” — Dari پنجشیر");
  // Control characters are not allowed in XML 1.0 at all, escaped or not.
  CHECK(xml_escape(std::string("a\x01z\x1f", 4)) == "a z ");
  CHECK(xml_escape("tab\tline\n") == "tab\tline\n");
}

TEST_CASE("dot_escape makes a DOT quoted string that cannot end early", "[render]") {
  CHECK(dot_escape("say \"no\"") == "say \\\"no\\\"");
  CHECK(dot_escape("back\\slash") == "back\\\\slash");  // \N would be the node name
  CHECK(dot_escape("two\nlines") == "two\\nlines");
  CHECK(dot_escape(std::string("bell\x07", 5)) == "bell ");
}

TEST_CASE("shorten cuts at a space and marks the cut", "[render]") {
  CHECK(shorten("short enough", 20) == "short enough");
  CHECK(shorten("the fighters entered the capital of the province", 24) == "the fighters entered…");
  // Counts code points, never splits a multi-byte character.
  CHECK(shorten("ééééééééééé", 5) == "éééé…");
  CHECK(shorten("abc", 0) == "…");
}

TEST_CASE("wrap breaks at spaces near the width", "[render]") {
  CHECK(wrap("one two three four", 9, "|") == "one two|three|four");
  CHECK(wrap("unbreakablewordhere ok", 5, "|") == "unbreakablewordhere|ok");
  CHECK(wrap("  spaced   out  ", 20, "|") == "spaced out");
}

TEST_CASE("sides get palette colours by rank; the tail shares one; no side is grey", "[render]") {
  std::vector<std::pair<std::optional<std::string>, std::int64_t>> totals = {
      {"Beta", 5}, {"Alpha", 9}, {std::nullopt, 3}, {"Gamma", 5}};
  SidePalette p(totals);
  auto legend = p.legend();
  REQUIRE(legend.size() == 4);
  CHECK(legend[0].label == "Alpha");  // most claims first
  CHECK(legend[1].label == "Beta");   // ties by name
  CHECK(legend[2].label == "Gamma");
  CHECK(legend[3].label == kNoSideLabel);
  CHECK(p.colour("Alpha") != p.colour("Beta"));
  CHECK(p.colour(std::nullopt) == legend[3].colour);
  CHECK(p.tint("Alpha").size() == 7);

  std::vector<std::pair<std::optional<std::string>, std::int64_t>> many;
  for (int i = 0; i < 9; ++i) many.emplace_back("side " + std::to_string(i), 100 - i);
  SidePalette q(many);
  auto l = q.legend();
  REQUIRE(l.size() == 6);
  CHECK(l.back().label == kOtherSidesLabel);
  CHECK(q.label("side 8") == kOtherSidesLabel);
  CHECK(q.label("side 0") == "side 0");
  CHECK(q.colour("side 7") == q.colour("side 8"));
}
