// One eponymous virtual-table module shared by every pure table-valued
// function (claims_sentences(text), ...). A function is described by a
// PureTvfSpec: its schema (outputs first, then HIDDEN argument columns)
// and a compute() that turns the argument values into rows.
//
// Plan encoding (xBestIndex → xFilter): idxNum is a bit mask of the hidden
// argument columns that have a usable equality constraint; their values
// arrive in xFilter's argv in column order. idxStr is unused.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "sqlite/sqlite_api.hpp"

namespace claims::sql {

using Value = std::variant<std::monostate, std::int64_t, double, std::string>;
using Row = std::vector<Value>;

struct PureTvfSpec {
  const char* name;
  const char* schema;  // "CREATE TABLE x(a INTEGER, b TEXT, input HIDDEN)"
  int n_out;           // output columns (before the hidden ones)
  int n_required;      // leading hidden arguments that must be given
  int n_args;          // all hidden arguments
  const char* usage;   // shown when a required argument is missing
  // args has n_args entries; a missing optional argument is nullptr.
  std::vector<Row> (*compute)(sqlite3_value** args);
};

// Text of a TEXT/BLOB argument, nullopt for NULL; throws sql::Error when
// it is not valid UTF-8.
std::optional<std::string> text_arg(sqlite3_value* v, const char* what);

}  // namespace claims::sql
