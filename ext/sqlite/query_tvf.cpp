#include "sqlite/query_tvf.hpp"

#include <new>

#include "sqlite/db.hpp"
#include "sqlite/guard.hpp"
#include "sqlite/hidden_args.hpp"
#include "sqlite/tvf_connect.hpp"
#include "sqlite/registry.hpp"
#include "sqlite/store.hpp"

namespace claims::sql {
namespace {

struct Vtab : sqlite3_vtab {
  const QueryTvfSpec* spec;
  sqlite3* db;
};

struct Cursor : sqlite3_vtab_cursor {
  sqlite3_stmt* stmt = nullptr;
  bool eof = true;
  sqlite3_int64 rowid = 0;
  ArgValues args;
  ~Cursor() { clear(); }
  void clear() {
    sqlite3_finalize(stmt);
    stmt = nullptr;
    args.clear();
  }
};

const QueryTvfSpec& spec_of(sqlite3_vtab* vt) { return *static_cast<Vtab*>(vt)->spec; }

int x_connect(sqlite3* db, void* aux, int, const char* const*, sqlite3_vtab** out, char** err) {
  return connect_tvf<Vtab, QueryTvfSpec>(db, aux, out, err);
}

int x_best_index(sqlite3_vtab* vt, sqlite3_index_info* info) {
  const QueryTvfSpec& spec = spec_of(vt);
  return guard_vtab(vt, spec.name, [&] {
    int rc = plan_hidden_args(info, spec.n_out, spec.n_args, spec.n_required, spec.usage);
    bool indexed = info->idxNum != 0;
    if (indexed) info->idxStr = const_cast<char*>(spec.index_name);  // static: needToFreeIdxStr stays 0
    info->estimatedCost = indexed ? 100.0 : 100000.0;
    info->estimatedRows = indexed ? 20 : 10000;
    return rc;
  });
}

int x_open(sqlite3_vtab* vt, sqlite3_vtab_cursor** out) {
  return guard_vtab(vt, spec_of(vt).name, [&] {
    *out = new Cursor{};
    return SQLITE_OK;
  });
}

int x_close(sqlite3_vtab_cursor* cur) {
  delete static_cast<Cursor*>(cur);
  return SQLITE_OK;
}

int step(Cursor* cur, sqlite3* db) {
  int rc = sqlite3_step(cur->stmt);
  if (rc == SQLITE_ROW) {
    ++cur->rowid;
    cur->eof = false;
    return SQLITE_OK;
  }
  cur->eof = true;
  if (rc == SQLITE_DONE) return SQLITE_OK;
  throw_db_error(db, rc);
}

int x_filter(sqlite3_vtab_cursor* base, int idx_num, const char*, int argc, sqlite3_value** argv) {
  auto* cur = static_cast<Cursor*>(base);
  auto* vt = static_cast<Vtab*>(base->pVtab);
  const QueryTvfSpec& spec = *vt->spec;
  return guard_vtab(vt, spec.name, [&] {
    cur->clear();
    cur->rowid = 0;
    cur->eof = true;
    cur->args.take(idx_num, argc, argv, spec.n_args);
    // No corpus yet: no rows, rather than "no such table".
    if (!store::exists(vt->db)) return SQLITE_OK;
    store::check_version(vt->db);
    spec.prepare(vt->db, cur->args.data(), &cur->stmt);
    return step(cur, vt->db);
  });
}

int x_next(sqlite3_vtab_cursor* base) {
  auto* cur = static_cast<Cursor*>(base);
  auto* vt = static_cast<Vtab*>(base->pVtab);
  return guard_vtab(vt, vt->spec->name, [&] { return step(cur, vt->db); });
}

int x_eof(sqlite3_vtab_cursor* base) { return static_cast<Cursor*>(base)->eof; }

int x_column(sqlite3_vtab_cursor* base, sqlite3_context* ctx, int col) {
  auto* cur = static_cast<Cursor*>(base);
  const QueryTvfSpec& spec = spec_of(base->pVtab);
  if (col >= spec.n_out) {
    if (auto* v = cur->args.at(col - spec.n_out)) sqlite3_result_value(ctx, v);
    return SQLITE_OK;
  }
  sqlite3_result_value(ctx, sqlite3_column_value(cur->stmt, col));
  return SQLITE_OK;
}

int x_rowid(sqlite3_vtab_cursor* base, sqlite3_int64* rowid) {
  *rowid = static_cast<Cursor*>(base)->rowid;
  return SQLITE_OK;
}

sqlite3_module make_module() {
  sqlite3_module m{};  // every method we do not set stays NULL
  m.xConnect = x_connect;  // eponymous only: no xCreate
  m.xBestIndex = x_best_index;
  m.xDisconnect = disconnect_tvf<Vtab>;
  m.xOpen = x_open;
  m.xClose = x_close;
  m.xFilter = x_filter;
  m.xNext = x_next;
  m.xEof = x_eof;
  m.xColumn = x_column;
  m.xRowid = x_rowid;
  return m;
}

}  // namespace

const sqlite3_module* query_tvf_module() {
  static const sqlite3_module module = make_module();
  return &module;
}

}  // namespace claims::sql
