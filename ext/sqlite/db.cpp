#include "sqlite/db.hpp"

#include <new>
#include <utility>

#include "sqlite/guard.hpp"

namespace claims::sql {

namespace {
// SQLite says what is wrong; for the errors a user can act on, say what to do.
std::string with_advice(std::string message, int rc) {
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return message + "; another connection is using the database: retry, or set PRAGMA busy_timeout";
    case SQLITE_READONLY:
      return message + "; open the database read-write to ingest (claimsro.so only reads)";
    case SQLITE_FULL:
      return message + "; free disk space, then run the statement again";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return message + "; restore the database from a copy, or ingest again into a new one";
    default:
      return message;
  }
}
}  // namespace

void throw_db_error(sqlite3* db, int rc) {
  if (rc == SQLITE_NOMEM) throw std::bad_alloc();
  throw Error(with_advice(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc), rc), rc & 0xff);
}

void exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string message = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    if (rc == SQLITE_NOMEM) throw std::bad_alloc();
    throw Error(with_advice(std::move(message), rc), rc & 0xff);
  }
}

Stmt::Stmt(sqlite3* db, std::string_view sql) : db_(db) {
  int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
  if (rc != SQLITE_OK) throw_db_error(db, rc);
}

Stmt::~Stmt() { sqlite3_finalize(stmt_); }

Stmt& Stmt::bind(int i, std::int64_t v) {
  int rc = sqlite3_bind_int64(stmt_, i, v);
  if (rc != SQLITE_OK) throw_db_error(db_, rc);
  return *this;
}

Stmt& Stmt::bind(int i, std::string_view v) {
  int rc = sqlite3_bind_text64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK) throw_db_error(db_, rc);
  return *this;
}

Stmt& Stmt::bind(int i, const std::optional<std::string>& v) {
  return v ? bind(i, std::string_view(*v)) : bind_null(i);
}

Stmt& Stmt::bind_null(int i) {
  int rc = sqlite3_bind_null(stmt_, i);
  if (rc != SQLITE_OK) throw_db_error(db_, rc);
  return *this;
}

bool Stmt::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  sqlite3_reset(stmt_);
  throw_db_error(db_, rc);
}

void Stmt::run() {
  while (step()) {
  }
  reset();
}

void Stmt::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t Stmt::int64(int col) const { return sqlite3_column_int64(stmt_, col); }

std::optional<std::string> Stmt::text(int col) const {
  if (sqlite3_column_type(stmt_, col) == SQLITE_NULL) return std::nullopt;
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  if (!p) {
    if (sqlite3_errcode(db_) == SQLITE_NOMEM) throw std::bad_alloc();
    return std::string();
  }
  return std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)));
}

bool Stmt::is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

Savepoint::Savepoint(sqlite3* db, const char* name)
    : db_(db),
      rollback_sql_(std::string("ROLLBACK TO ") + name),
      release_sql_(std::string("RELEASE ") + name) {
  exec(db_, (std::string("SAVEPOINT ") + name).c_str());
}

Savepoint::~Savepoint() {
  if (!open_) return;
  // Undo everything since the savepoint, then drop it. Errors here cannot
  // be reported (we may be unwinding); SQLite keeps the database consistent.
  sqlite3_exec(db_, rollback_sql_.c_str(), nullptr, nullptr, nullptr);
  sqlite3_exec(db_, release_sql_.c_str(), nullptr, nullptr, nullptr);
}

void Savepoint::release() {
  exec(db_, release_sql_.c_str());
  open_ = false;
}

}  // namespace claims::sql
