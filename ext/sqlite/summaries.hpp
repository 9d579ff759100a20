// The timeline and the claim clusters, kept in typed shadow tables
// (claims_corpus_timeline, claims_corpus_cluster) instead of computed by
// aggregates in their views: a view column that is an aggregate has no
// declared type, and a BI tool reading the views over ODBC takes its types
// from PRAGMA table_info.
//
// The counts go up as each article is stored and linked, never by
// re-counting a day or a cluster: a day of a large corpus holds thousands
// of claims, and re-counting it for every article made ingest quadratic.
// Each step is a few indexed lookups; claims_rebuild() clears the tables
// and counts every article again, in order.
#pragma once

#include <cstdint>

#include "sqlite/db.hpp"

namespace claims::store {

class SummaryWriter {
 public:
  explicit SummaryWriter(sqlite3* db);
  // Counts a newly stored article's claims, after they were linked and
  // clustered: its (day, side) rows and the clusters its claims joined.
  void add_article(std::int64_t article_id);
  // A claim of an earlier article got its first contradiction.
  void disputed(std::int64_t claim_id);

 private:
  sql::Stmt add_days_, mark_disputed_, claims_of_article_, outlet_of_article_, new_cluster_, seen_article_,
      add_outlet_, count_claim_;
};

}  // namespace claims::store
