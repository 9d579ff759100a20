// Hidden argument columns of table-valued functions, handled the way
// SQLite's series.c does, shared by every table-valued module here.
#pragma once

#include <string>
#include <vector>

#include "sqlite/sqlite_api.hpp"

namespace claims::sql {

// Plans the hidden argument columns [n_out, n_out + n_args) of a
// table-valued function. On SQLITE_OK: idxNum is the bit mask of the
// arguments with a usable equality constraint, passed to xFilter in
// column order. Returns SQLITE_CONSTRAINT when an argument is present but
// not usable in this plan (SQLite then tries another); throws sql::Error
// ("missing argument; use <usage>") when one of the first n_required
// arguments is absent altogether.
int plan_hidden_args(sqlite3_index_info* info, int n_out, int n_args, int n_required, const char* usage);

// Copies of the argument values of one xFilter call, for computing rows
// and for returning them in the hidden columns.
class ArgValues {
 public:
  ArgValues() = default;
  ArgValues(const ArgValues&) = delete;
  ArgValues& operator=(const ArgValues&) = delete;
  ~ArgValues() { clear(); }
  void take(int idx_num, int argc, sqlite3_value** argv, int n_args);
  void clear();
  sqlite3_value** data() { return values_.data(); }
  sqlite3_value* at(int i) const { return values_[static_cast<std::size_t>(i)]; }

 private:
  std::vector<sqlite3_value*> values_;  // nullptr = argument not given
};

}  // namespace claims::sql
