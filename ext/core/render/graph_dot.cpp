#include "core/render/graph_dot.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

#include "core/render/escape.hpp"
#include "core/render/palette.hpp"

namespace claims::render {
namespace {

constexpr const char* kRed = "#D00000";
constexpr const char* kGreen = "#1B7F3B";
constexpr const char* kGrey = "#9E9E9E";
// Contradiction edges kept per claim, strongest first: past a few, more
// edges hide the structure instead of showing it.
constexpr std::size_t kEdgesPerClaim = 3;

std::string q(std::string_view s) { return "\"" + dot_escape(s) + "\""; }

std::string score_text(double v) {
  char buf[16];
  auto res = std::to_chars(buf, buf + sizeof buf, std::round(v * 100) / 100, std::chars_format::fixed, 2);
  return std::string(buf, res.ptr);
}

std::string claim_node(std::int64_t id) { return "c" + std::to_string(id); }

}  // namespace

std::string graph_dot(const GraphInput& in) {
  // Colours by side, ranked by the claims drawn.
  std::vector<std::pair<std::optional<std::string>, std::int64_t>> totals;
  for (const auto& c : in.claims) totals.emplace_back(c.side, c.n_claims);
  for (const auto& s : in.speakers) totals.emplace_back(s.side, 0);
  SidePalette palette(totals);
  auto legend = palette.legend();
  auto rank = [&](const std::optional<std::string>& side) {
    std::string label = palette.label(side);
    for (std::size_t i = 0; i < legend.size(); ++i)
      if (legend[i].label == label) return i;
    return legend.size();
  };

  std::map<std::string, std::size_t> speaker_node;  // key → index (node "s<index>")
  for (std::size_t i = 0; i < in.speakers.size(); ++i) speaker_node.emplace(in.speakers[i].key, i);
  std::map<std::int64_t, const GraphClaim*> drawn;
  for (const auto& c : in.claims) drawn.emplace(c.id, &c);

  std::string o;
  o += "digraph claims {\n";
  std::string caption =
      "Who claimed what. Red: claims that cannot both be true. Green dashed: the same claim from several "
      "speakers or outlets (corroboration).";
  if (in.omitted > 0) caption += " " + std::to_string(in.omitted) + " more linked claims not drawn.";
  o += "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=11, nodesep=0.2, ranksep=1.2, labelloc=t, label=" +
       q(wrap(caption, 110, "\n")) + "];\n";
  o += "  node [fontname=\"Helvetica\", fontsize=10];\n";
  o += "  edge [fontname=\"Helvetica\", fontsize=9, arrowsize=0.6];\n";

  // Speakers, one cluster per legend entry (side), in palette order.
  std::map<std::string, std::vector<std::size_t>> by_side;
  for (std::size_t i = 0; i < in.speakers.size(); ++i) by_side[palette.label(in.speakers[i].side)].push_back(i);
  std::size_t group = 0;
  for (const auto& entry : legend) {
    auto it = by_side.find(entry.label);
    if (it == by_side.end()) continue;
    const auto& first = in.speakers[it->second.front()];
    o += "  subgraph cluster_side" + std::to_string(group++) + " {\n";
    o += "    label=" + q(wrap(entry.label, 28, "\n")) + "; style=\"rounded,filled\"; color=" + q(entry.colour) +
         "; fillcolor=" + q(palette.tint(first.side)) + "; fontsize=12;\n";
    for (std::size_t i : it->second) {
      const auto& s = in.speakers[i];
      o += "    s" + std::to_string(i) + " [label=" + q(wrap(s.name, 24, "\n")) + ", shape=" +
           (s.person ? "ellipse" : "box") + ", style=filled, fillcolor=\"#FFFFFF\", color=" +
           q(palette.colour(s.side)) + ", penwidth=2];\n";
    }
    o += "  }\n";
  }

  // Which contradictions get an edge: a claim disputed many times would
  // hide the picture under its edges. Each claim keeps its strongest one;
  // beyond that an edge is drawn while both its ends have fewer than
  // kEdgesPerClaim. The rest are counted in the claims' labels.
  std::vector<const GraphContradiction*> shown;
  for (const auto& l : in.contradictions)
    if (drawn.count(l.a) && drawn.count(l.b) && l.a != l.b) shown.push_back(&l);
  std::stable_sort(shown.begin(), shown.end(),
                   [](const GraphContradiction* x, const GraphContradiction* y) { return x->score > y->score; });
  std::map<std::int64_t, std::size_t> kept_at;  // claim → edges kept so far
  std::vector<bool> keep(shown.size(), false);
  for (std::size_t i = 0; i < shown.size(); ++i) {
    auto& a = kept_at[shown[i]->a];
    auto& b = kept_at[shown[i]->b];
    if (a == 0 || b == 0) {
      keep[i] = true;
      ++a;
      ++b;
    }
  }
  for (std::size_t i = 0; i < shown.size(); ++i) {
    if (keep[i]) continue;
    auto& a = kept_at[shown[i]->a];
    auto& b = kept_at[shown[i]->b];
    if (a < kEdgesPerClaim && b < kEdgesPerClaim) {
      keep[i] = true;
      ++a;
      ++b;
    }
  }
  std::vector<const GraphContradiction*> kept;
  std::map<std::int64_t, std::size_t> hidden;
  for (std::size_t i = 0; i < shown.size(); ++i) {
    if (keep[i]) {
      kept.push_back(shown[i]);
    } else {
      ++hidden[shown[i]->a];
      ++hidden[shown[i]->b];
    }
  }

  // Claims: the number and date, a short text, how far it is corroborated;
  // the border in the side's colour, doubled when corroborated.
  for (const auto& c : in.claims) {
    std::string head = "#" + std::to_string(c.id);
    if (c.said_on) head += " · " + *c.said_on;
    if (c.stance == "denies") head += " · denies";
    std::string label = head + "\n" + wrap(shorten(c.text, kClaimLabelChars), 32, "\n");
    if (c.n_claims > 1)
      label += "\n(" + std::to_string(c.n_claims) + " claims, " + std::to_string(c.n_outlets) +
               (c.n_outlets == 1 ? " outlet)" : " outlets)");
    if (auto h = hidden.find(c.id); h != hidden.end())
      label += "\n+" + std::to_string(h->second) + " more contradictions (not drawn)";
    o += "  " + claim_node(c.id) + " [label=" + q(label) + ", shape=box, style=\"rounded\", color=" +
         q(palette.colour(c.side)) + (c.n_claims > 1 ? ", peripheries=2" : "") + ", tooltip=" +
         q(shorten(c.text, 400)) + "];\n";
  }

  // Said-by edges. The first side's speakers stand left of its claims,
  // the others right of theirs (the edge reversed for the layout, drawn
  // with its arrow still at the claim).
  for (const auto& c : in.claims) {
    for (const auto& key : c.speakers) {
      auto it = speaker_node.find(key);
      if (it == speaker_node.end()) continue;
      const auto& s = in.speakers[it->second];
      std::string style = c.n_claims > 1 ? std::string("color=\"") + kGreen + "\", style=dashed"
                                         : std::string("color=\"") + kGrey + "\"";
      std::string sn = "s" + std::to_string(it->second);
      if (rank(s.side) == 0) o += "  " + sn + " -> " + claim_node(c.id) + " [" + style + "];\n";
      else o += "  " + claim_node(c.id) + " -> " + sn + " [" + style + ", dir=back];\n";
    }
  }

  // Contradictions: red, from the side ranked first to the other, so the
  // sides' claims stand in facing columns.
  for (const auto* l : kept) {
    std::size_t ra = rank(drawn[l->a]->side), rb = rank(drawn[l->b]->side);
    std::int64_t from = ra <= rb ? l->a : l->b, to = ra <= rb ? l->b : l->a;
    std::string label = l->kind;
    if (l->n_links > 1) label += " ×" + std::to_string(l->n_links);
    o += "  " + claim_node(from) + " -> " + claim_node(to) + " [color=\"" + kRed + "\", fontcolor=\"" + kRed +
         "\", penwidth=" + (l->score >= 0.75 ? "1.6" : "1") + ", dir=none" +
         (ra == rb ? ", constraint=false" : "") + ", label=" + q(label) + ", tooltip=" +
         q(l->kind + " contradiction, score " + score_text(l->score)) + "];\n";
  }
  o += "}\n";
  return o;
}

}  // namespace claims::render
