// claims_graph_dot([limit]): speakers, claims, contradictions and
// corroboration as a Graphviz graph (ext/core/render writes the DOT).
// A node is a distinct claim: the claims of one corroboration cluster are
// one node. Only linked claims are drawn — contradicted ones first,
// strongest contradiction first, then corroborated ones, largest cluster
// first — at most `limit` nodes (default 24), so the picture stays
// readable on a large corpus. INNOCUOUS: reads the corpus.
#include <algorithm>
#include <map>
#include <set>

#include "core/render/graph_dot.hpp"
#include "sqlite/db.hpp"
#include "sqlite/guard.hpp"
#include "sqlite/registry.hpp"
#include "sqlite/store.hpp"

namespace claims::sql {
namespace {

constexpr std::int64_t kDefaultLimit = 24;
constexpr std::int64_t kMaxLimit = 5000;
// Speakers drawn per node: the first few who said it make the point.
constexpr std::int64_t kMembersRead = 50;
constexpr std::size_t kSpeakersPerNode = 8;

std::int64_t limit_arg(sqlite3_value* v) {
  if (sqlite3_value_type(v) == SQLITE_NULL) return kDefaultLimit;
  std::int64_t n = sqlite3_value_int64(v);
  if (sqlite3_value_numeric_type(v) != SQLITE_INTEGER || n < 1 || n > kMaxLimit)
    throw Error("limit must be a whole number of claims from 1 to " + std::to_string(kMaxLimit) +
                "; e.g. claims_graph_dot(30)");
  return n;
}

// A node's key: its cluster id, or minus the claim id for a claim that has
// no cluster.
using NodeKey = std::int64_t;

// The nodes to draw, in order, up to the limit.
class Selection {
 public:
  explicit Selection(std::int64_t limit) : limit_(limit) {}
  bool full() const { return static_cast<std::int64_t>(order_.size()) >= limit_; }
  bool has(NodeKey k) const { return chosen_.count(k) > 0; }
  // Adds both keys if they fit together, else neither.
  bool add_pair(NodeKey a, NodeKey b) {
    std::int64_t fresh = (has(a) ? 0 : 1) + (has(b) || a == b ? 0 : 1);
    if (static_cast<std::int64_t>(order_.size()) + fresh > limit_) return false;
    add(a);
    add(b);
    return true;
  }
  void add(NodeKey k) {
    if (chosen_.insert(k).second) order_.push_back(k);
  }
  const std::vector<NodeKey>& order() const { return order_; }

 private:
  std::int64_t limit_;
  std::set<NodeKey> chosen_;
  std::vector<NodeKey> order_;
};

}  // namespace

void fn_graph_dot(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  std::int64_t limit = argc > 0 ? limit_arg(argv[0]) : kDefaultLimit;
  render::GraphInput in;
  sqlite3* db = sqlite3_context_db_handle(ctx);
  if (store::exists(db)) {
    store::check_version(db);
    Selection pick(limit);

    // Contradictions, strongest first, by the nodes they join; a pair is
    // drawn whole or not at all, and one edge per pair of nodes.
    struct Edge {
      std::string kind;
      double score;
      std::int64_t n;
    };
    std::map<std::pair<NodeKey, NodeKey>, Edge> edges;
    std::vector<std::pair<NodeKey, NodeKey>> edge_order;
    Stmt links(db,
               "SELECT coalesce(ca.cluster_id, -l.a), coalesce(cb.cluster_id, -l.b), l.kind, l.score"
               " FROM main.claims_corpus_link AS l"
               " JOIN main.claims_corpus_claim AS ca ON ca.claim_id = l.a"
               " JOIN main.claims_corpus_claim AS cb ON cb.claim_id = l.b"
               " ORDER BY l.score DESC, l.link_id");
    while (links.step()) {
      NodeKey a = links.int64(0), b = links.int64(1);
      if (a == b) continue;
      if (!pick.add_pair(a, b)) continue;
      auto key = std::minmax(a, b);
      auto it = edges.find(key);
      if (it != edges.end()) {
        ++it->second.n;
        continue;
      }
      edges.emplace(key, Edge{links.text(2).value_or(""), sqlite3_column_double(links.get(), 3), 1});
      edge_order.push_back(key);
    }

    // Then corroboration clusters of two or more claims, largest first.
    Stmt clusters(db,
                  "SELECT cluster_id FROM main.claims_corpus_cluster WHERE n_claims > 1"
                  " ORDER BY n_claims DESC, cluster_id");
    while (!pick.full() && clusters.step()) pick.add(clusters.int64(0));

    // Each node: its members, earliest said first (the first is the
    // representative, as in the claim_clusters view), and who said them.
    const std::string member_columns =
        "SELECT c.claim_id, c.text, c.speaker, c.speaker_id, s.name, s.kind, p.name, c.said_on, c.stance"
        " FROM main.claims_corpus_claim AS c"
        " LEFT JOIN main.claims_corpus_entity AS s ON s.entity_id = c.speaker_id"
        " LEFT JOIN main.claims_corpus_entity AS p ON p.entity_id = c.party_id";
    Stmt cluster_members(db, member_columns + " WHERE c.cluster_id = ?1 ORDER BY c.said_on, c.claim_id LIMIT ?2");
    Stmt lone_claim(db, member_columns + " WHERE c.claim_id = -?1 AND ?2 > 0");
    // Size and independent outlets of a cluster, as the claim_clusters
    // view shows them (a wire copy is not another outlet).
    Stmt cluster(db, "SELECT n_claims, n_outlets FROM main.claims_corpus_cluster WHERE cluster_id = ?1");
    std::map<std::string, std::size_t> speakers;
    std::map<NodeKey, std::int64_t> node_id;  // node key → representative claim id
    for (NodeKey key : pick.order()) {
      render::GraphClaim node;
      Stmt& members = key > 0 ? cluster_members : lone_claim;
      members.bind(1, key).bind(2, kMembersRead);
      bool first = true;
      while (members.step()) {
        if (first) {
          node.id = members.int64(0);
          node.text = members.text(1).value_or("");
          node.side = members.text(6);
          node.said_on = members.text(7);
          node.stance = members.text(8).value_or("");
          first = false;
        }
        // A resolved speaker is one node however it was written; an
        // unresolved one is a node per spelling.
        std::optional<std::string> name = members.is_null(3) ? members.text(2) : members.text(4);
        if (!name || name->empty()) continue;
        std::string skey = members.is_null(3) ? "as written: " + *name : "entity " + std::to_string(members.int64(3));
        if (std::find(node.speakers.begin(), node.speakers.end(), skey) != node.speakers.end()) continue;
        if (node.speakers.size() >= kSpeakersPerNode) continue;
        if (!speakers.count(skey)) {
          speakers.emplace(skey, in.speakers.size());
          in.speakers.push_back({skey, *name, members.text(6), members.text(5).value_or("") == "person"});
        }
        node.speakers.push_back(skey);
      }
      members.reset();
      if (first) continue;  // no such claim (cannot happen in a consistent store)
      if (key > 0) {
        cluster.bind(1, key);
        if (cluster.step()) {
          node.n_claims = cluster.int64(0);
          node.n_outlets = cluster.int64(1);
        }
        cluster.reset();
      }
      node_id[key] = node.id;
      in.claims.push_back(std::move(node));
    }
    for (const auto& key : edge_order) {
      auto a = node_id.find(key.first), b = node_id.find(key.second);
      if (a == node_id.end() || b == node_id.end()) continue;
      const Edge& e = edges[key];
      in.contradictions.push_back({a->second, b->second, e.kind, e.score, e.n});
    }

    // What the limit left out: distinct claims (nodes) with a link of
    // either kind, not drawn.
    Stmt linked(db,
                "SELECT count(DISTINCT coalesce(c.cluster_id, -c.claim_id)) FROM main.claims_corpus_claim AS c"
                " WHERE EXISTS (SELECT 1 FROM main.claims_corpus_link AS l WHERE l.a = c.claim_id)"
                " OR EXISTS (SELECT 1 FROM main.claims_corpus_link AS l WHERE l.b = c.claim_id)"
                " OR c.cluster_id IN (SELECT cluster_id FROM main.claims_corpus_cluster WHERE n_claims > 1)");
    if (linked.step())
      in.omitted = std::max<std::int64_t>(0, linked.int64(0) - static_cast<std::int64_t>(in.claims.size()));
  }
  std::string dot = render::graph_dot(in);
  sqlite3_result_text64(ctx, dot.data(), dot.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

}  // namespace claims::sql
