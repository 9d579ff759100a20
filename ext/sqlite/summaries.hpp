// The timeline and the claim clusters, kept in typed shadow tables
// (claims_corpus_timeline, claims_corpus_cluster) instead of computed by
// aggregates in their views: a view column that is an aggregate has no
// declared type, and a BI tool reading the views over ODBC takes its types
// from PRAGMA table_info.
//
// The writers note every claim they store or link; flush() recomputes the
// (day, side) rows and clusters those claims belong to, once per SQL call,
// each through an index (event_date, cluster_id): the cost follows what a
// call touched, not the size of the corpus.
#pragma once

#include <cstdint>
#include <vector>

#include "sqlite/db.hpp"

namespace claims::store {

class SummaryWriter {
 public:
  explicit SummaryWriter(sqlite3* db) : db_(db) {}
  // A claim that was stored, joined a cluster or got a contradiction.
  void touch(std::int64_t claim_id) { touched_.push_back(claim_id); }
  // Recomputes the summary rows of every touched claim.
  void flush();

 private:
  sqlite3* db_;
  std::vector<std::int64_t> touched_;
};

}  // namespace claims::store
