// The graph of claims (ext/core/render/graph_dot): speakers by side,
// said-by and corroboration edges, contradiction edges, DOT escaping.
// tests/check_pictures.py renders the real graph with `dot`.
#include <catch2/catch.hpp>

#include "core/render/graph_dot.hpp"

using namespace claims::render;

namespace {

GraphClaim claim(std::int64_t id, std::string text, std::optional<std::string> side, std::vector<std::string> who,
                 std::int64_t n_claims = 1, std::int64_t n_outlets = 1, std::string stance = "asserts") {
  GraphClaim c;
  c.id = id;
  c.text = std::move(text);
  c.side = std::move(side);
  c.said_on = "2022-03-07";
  c.stance = std::move(stance);
  c.n_claims = n_claims;
  c.n_outlets = n_outlets;
  c.speakers = std::move(who);
  return c;
}

GraphInput invented() {
  GraphInput in;
  in.speakers = {{"e1", "Yahya Saree", "Rebel Front", true},
                 {"e2", "National Army", "National Army", false},
                 {"w", "a \"local\" official", std::nullopt, true},
                 {"e3", "Rebel Front", "Rebel Front", false}};
  in.claims = {claim(10, "Rebels captured the airport of Harib.", "Rebel Front", {"e1", "e3"}, 3, 2),
               claim(11, "The army denied that the airport fell.", "National Army", {"e2"}, 1, 1, "denies"),
               claim(12, "The airport was taken on Monday \\ say residents.", std::nullopt, {"w"}),
               claim(13, "Rebels hold the airport.", "Rebel Front", {})};
  in.contradictions = {{10, 11, "denial", 0.95, 4}, {12, 11, "event", 0.6, 1}, {10, 99, "control", 0.8, 1}};
  in.omitted = 4;
  return in;
}

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at + what.size())) ++n;
  return n;
}

}  // namespace

TEST_CASE("graph: speakers grouped by side, said-by edges to claims", "[render][dot]") {
  std::string dot = graph_dot(invented());
  CHECK(dot.rfind("digraph claims {", 0) == 0);
  CHECK(dot.substr(dot.size() - 2) == "}\n");
  CHECK(count(dot, "subgraph cluster_side") == 3);  // two sides and "no side known"
  CHECK(dot.find("label=\"Rebel Front\"") != std::string::npos);
  CHECK(dot.find("label=\"no side known\"") != std::string::npos);
  // People are ellipses, organisations boxes.
  CHECK(dot.find("s0 [label=\"Yahya Saree\", shape=ellipse") != std::string::npos);
  CHECK(dot.find("s1 [label=\"National Army\", shape=box") != std::string::npos);
  // The first side (most claims) speaks from the left; the others from the
  // right: the edge is reversed for the layout, its arrow at the claim.
  CHECK(dot.find("s0 -> c10") != std::string::npos);
  CHECK(dot.find("c11 -> s1 [color=\"#9E9E9E\", dir=back]") != std::string::npos);
  CHECK(dot.find("c12 -> s2 [color=\"#9E9E9E\", dir=back]") != std::string::npos);
}

TEST_CASE("graph: corroborated claims are one node, its speakers joined in green", "[render][dot]") {
  std::string dot = graph_dot(invented());
  CHECK(dot.find("(3 claims, 2 outlets)\", shape=box, style=\"rounded\", color=\"#0072B2\", peripheries=2") !=
        std::string::npos);
  CHECK(dot.find("s0 -> c10 [color=\"#1B7F3B\", style=dashed]") != std::string::npos);
  CHECK(dot.find("s3 -> c10 [color=\"#1B7F3B\", style=dashed]") != std::string::npos);
}

TEST_CASE("graph: contradictions in red with their kind, one edge per pair", "[render][dot]") {
  std::string dot = graph_dot(invented());
  CHECK(dot.find("c10 -> c11 [color=\"#D00000\"") != std::string::npos);
  CHECK(dot.find("label=\"denial ×4\"") != std::string::npos);
  CHECK(dot.find("tooltip=\"denial contradiction, score 0.95\"") != std::string::npos);
  // A link to a claim that is not drawn is left out.
  CHECK(dot.find("c99") == std::string::npos);
  CHECK(dot.find("4 more linked claims not drawn") != std::string::npos);
  CHECK(dot.find("#11 · 2022-03-07 · denies") != std::string::npos);
}

TEST_CASE("graph: a much-disputed claim keeps its strongest edges, counts the rest", "[render][dot]") {
  GraphInput in;
  in.claims.push_back(claim(1, "The bridge is ours.", "Rebel Front", {}));
  for (std::int64_t i = 2; i <= 8; ++i) {
    in.claims.push_back(claim(i, "Denied number " + std::to_string(i), "National Army", {}));
    in.contradictions.push_back({1, i, "denial", 0.5 + 0.05 * static_cast<double>(i), 1});
  }
  std::string dot = graph_dot(in);
  // Every claim keeps its strongest edge: all seven are joined to claim 1.
  CHECK(count(dot, "[color=\"#D00000\"") == 7);
  in.contradictions.clear();
  // Claims 2..8 all contradict each other's side-mates' partners: a dense web.
  for (std::int64_t i = 2; i <= 8; ++i) {
    in.contradictions.push_back({1, i, "denial", 0.9, 1});
    in.claims.push_back(claim(100 + i, "Counter " + std::to_string(i), "Rebel Front", {}));
    for (std::int64_t j = 2; j <= 8; ++j) in.contradictions.push_back({100 + i, j, "control", 0.8, 1});
  }
  dot = graph_dot(in);
  CHECK(count(dot, "[color=\"#D00000\"") < in.contradictions.size());
  CHECK(dot.find("more contradictions (not drawn)") != std::string::npos);
}

TEST_CASE("graph: labels are escaped for DOT", "[render][dot]") {
  std::string dot = graph_dot(invented());
  CHECK(dot.find("a \\\"local\\\" official") != std::string::npos);
  CHECK(dot.find("Monday \\\\ say") != std::string::npos);
}

TEST_CASE("graph: long claims are cut and wrapped", "[render][dot]") {
  GraphInput in;
  std::string words;
  for (int i = 0; i < 40; ++i) words += "word" + std::to_string(i) + " ";
  in.claims = {claim(1, words, std::nullopt, {}), claim(2, "short", std::nullopt, {})};
  in.contradictions = {{1, 2, "event", 0.6, 1}};
  std::string dot = graph_dot(in);
  CHECK(dot.find("…") != std::string::npos);
  CHECK(dot.find("word39") == dot.rfind("word39"));  // only in the tooltip
  CHECK(dot.find("\\n") != std::string::npos);
}

TEST_CASE("graph: nothing to draw is still a valid graph", "[render][dot]") {
  std::string dot = graph_dot({});
  CHECK(dot.rfind("digraph claims {", 0) == 0);
  CHECK(dot.find("->") == std::string::npos);
}
