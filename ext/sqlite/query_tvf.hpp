// One eponymous virtual-table module for table-valued views of the stored
// corpus (claims, claims('Bazarak'), ...): each is described by a
// QueryTvfSpec, and its rows stream from a prepared statement over the
// shadow tables, so nothing is materialised.
//
// Plan encoding (xBestIndex → xFilter): idxNum is a bit mask of the hidden
// argument columns with a usable equality constraint; their values arrive
// in xFilter's argv in column order. With no argument the whole corpus is
// scanned; with one, the spec's indexed query runs. idxStr is unused.
#pragma once

#include <string>
#include <vector>

#include "sqlite/sqlite_api.hpp"

namespace claims::sql {

class Stmt;

struct QueryTvfSpec {
  const char* name;
  const char* schema;  // outputs first, then HIDDEN argument columns
  int n_out;
  int n_args;
  int n_required;      // leading arguments that must be given
  const char* usage;   // shown when a required argument is missing
  // Shown by EXPLAIN QUERY PLAN when the arguments are given (idxStr): the
  // index the query uses, e.g. "claim date index".
  const char* index_name;
  // Prepares the statement for the given arguments (nullptr = not given)
  // and binds them; its result columns are the n_out outputs, in order.
  void (*prepare)(sqlite3* db, sqlite3_value** args, sqlite3_stmt** out);
};

}  // namespace claims::sql
