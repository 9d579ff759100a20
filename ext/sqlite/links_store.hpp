// Links in the store: for each newly stored claim, its blocking keys, the
// contradictions and corroborations with the claims that share a key, and
// its cluster. Run at ingest (incrementally, per article) and by
// claims_rebuild (every article again, in order).
//
// Complexity: each claim yields O(#entities it involves) keys; it is
// compared only with the claims under those keys, at most kMaxPerKey of
// them per key and kMaxCandidates in all (the most recent), so a pass over
// n claims costs O(n * k) whatever the corpus size — near-linear
// (bench/links_bench measures it).
#pragma once

#include <cstdint>
#include <optional>
#include <unordered_map>

#include "core/links/links.hpp"
#include "sqlite/db.hpp"
#include "sqlite/summaries.hpp"

namespace claims::store {

// Candidates per key and per claim (the most recent ones): bounds the work
// for a claim whatever the size of a key's bucket.
inline constexpr int kMaxPerKey = 100;
inline constexpr std::size_t kMaxCandidates = 100;
inline constexpr std::size_t kMaxCachedFacts = 20000;

// What a comparison needs of a stored claim.
class FactsLoader {
 public:
  explicit FactsLoader(sqlite3* db);
  std::optional<links::ClaimFacts> load(std::int64_t claim_id);

 private:
  sql::Stmt claim_, entities_, quantities_;
};

class LinkWriter {
 public:
  // A claim of an earlier article disputed for the first time is counted
  // in `summaries`.
  LinkWriter(sqlite3* db, SummaryWriter& summaries);
  // Keys, links and clusters for every claim of a newly stored article.
  void add_article(std::int64_t article_id);

 private:
  const links::ClaimFacts& facts(std::int64_t claim_id);
  std::int64_t cluster_of(std::int64_t claim_id);

  sqlite3* db_;
  FactsLoader loader_;
  SummaryWriter& summaries_;
  std::unordered_map<std::int64_t, links::ClaimFacts> cache_;  // per ingest, bounded
  sql::Stmt claims_of_article_, insert_key_, candidates_, insert_link_, set_cluster_, get_cluster_, has_link_;
};

}  // namespace claims::store
