// The web of claims as a Graphviz graph. A node per distinct claim (the
// claims of one corroboration cluster assert the same thing and are drawn
// as one node: "3 claims, 2 outlets"), a node per speaker grouped and
// coloured by side; said-by edges from each speaker to what they said
// (green and dashed when the claim is corroborated: each is a member of the
// cluster); contradiction edges in red, labelled with the kind, one per
// pair of nodes. The two sides face each other: the first side's speakers
// on the left of its claims, every other side's on the right of theirs,
// contradictions in between. Pure: takes what to draw, returns DOT text
// (every label escaped for DOT). The caller chooses what to draw.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace claims::render {

struct GraphSpeaker {
  std::string key;                  // unique among speakers, any text
  std::string name;
  std::optional<std::string> side;  // nullopt: no side known
  bool person = false;              // a person (else an organisation or a group)
};

struct GraphClaim {
  std::int64_t id = 0;                      // the representative claim's id
  std::string text;
  std::optional<std::string> side;          // the representative's speaker's side
  std::optional<std::string> said_on;       // first said, YYYY-MM-DD
  std::string stance;                       // asserts | denies
  std::int64_t n_claims = 1, n_outlets = 1; // corroboration: claims in the cluster, independent outlets
  std::vector<std::string> speakers;        // GraphSpeaker keys of who said it
};

struct GraphContradiction {
  std::int64_t a = 0, b = 0;  // GraphClaim ids
  std::string kind;           // of the strongest link between the two
  double score = 0;
  std::int64_t n_links = 1;   // links between members of the two nodes
};

struct GraphInput {
  std::vector<GraphSpeaker> speakers;
  std::vector<GraphClaim> claims;
  std::vector<GraphContradiction> contradictions;
  std::int64_t omitted = 0;  // linked claims left out by the caller's limit (said in the caption)
};

// Longest label of a claim node, in code points.
inline constexpr std::size_t kClaimLabelChars = 90;

std::string graph_dot(const GraphInput& in);

}  // namespace claims::render
