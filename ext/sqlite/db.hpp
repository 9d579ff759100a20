// Small RAII helpers over the SQLite C API: prepared statements with bound
// parameters (the only way the extension runs SQL with values), plain exec
// for DDL, and savepoints that roll back unless released.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "sqlite/sqlite_api.hpp"

namespace claims::sql {

// Throws sql::Error with the connection's message (std::bad_alloc for NOMEM).
[[noreturn]] void throw_db_error(sqlite3* db, int rc);

void exec(sqlite3* db, const char* sql);

class Stmt {
 public:
  Stmt(sqlite3* db, std::string_view sql);
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Stmt& bind(int i, std::int64_t v);
  Stmt& bind(int i, std::string_view v);
  Stmt& bind(int i, const std::optional<std::string>& v);
  Stmt& bind_null(int i);
  // Binds with bind(1, a), bind(2, b), ...
  template <class... A>
  Stmt& bind_all(const A&... a) {
    int i = 0;
    (bind(++i, a), ...);
    return *this;
  }

  bool step();  // true: a row is ready; false: done. Throws on error.
  void run();   // step to completion, then reset
  void reset();

  std::int64_t int64(int col) const;
  std::optional<std::string> text(int col) const;
  bool is_null(int col) const;
  sqlite3_stmt* get() const { return stmt_; }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// SAVEPOINT on construction; ROLLBACK TO + RELEASE on destruction unless
// release() was called. Works inside or outside a user transaction.
class Savepoint {
 public:
  Savepoint(sqlite3* db, const char* name);
  ~Savepoint();
  void release();

 private:
  sqlite3* db_;
  // Built up front: the destructor must not allocate.
  std::string rollback_sql_;
  std::string release_sql_;
  bool open_ = true;
};

}  // namespace claims::sql
