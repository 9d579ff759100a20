#include "sqlite/pure_tvf.hpp"

#include <memory>
#include <new>
#include <optional>

#include "core/text/utf8.hpp"
#include "sqlite/guard.hpp"
#include "sqlite/hidden_args.hpp"
#include "sqlite/tvf_connect.hpp"
#include "sqlite/registry.hpp"

namespace claims::sql {

std::optional<std::string> text_arg(sqlite3_value* v, const char* what) {
  if (!v || sqlite3_value_type(v) == SQLITE_NULL) return std::nullopt;
  const void* p = sqlite3_value_type(v) == SQLITE_BLOB ? sqlite3_value_blob(v) : sqlite3_value_text(v);
  int n = sqlite3_value_bytes(v);
  if (!p && n > 0) throw std::bad_alloc();
  std::string s(static_cast<const char*>(p), static_cast<std::size_t>(n));
  if (auto bad = text::first_invalid_utf8(s))
    throw Error(std::string(what) + " is not valid UTF-8 (byte " + std::to_string(*bad) +
                "); convert it to UTF-8 first, e.g. with iconv");
  return s;
}

namespace {

struct Vtab : sqlite3_vtab {
  const PureTvfSpec* spec;
  sqlite3* db;
};

struct Cursor : sqlite3_vtab_cursor {
  std::vector<Row> rows;
  std::size_t at = 0;
  ArgValues args;
};

const PureTvfSpec& spec_of(sqlite3_vtab* vt) { return *static_cast<Vtab*>(vt)->spec; }

int x_connect(sqlite3* db, void* aux, int, const char* const*, sqlite3_vtab** out, char** err) {
  return connect_tvf<Vtab, PureTvfSpec>(db, aux, out, err);
}

int x_best_index(sqlite3_vtab* vt, sqlite3_index_info* info) {
  const PureTvfSpec& spec = spec_of(vt);
  return guard_vtab(vt, spec.name, [&] {
    int rc = plan_hidden_args(info, spec.n_out, spec.n_args, spec.n_required, spec.usage);
    info->estimatedCost = 10.0;
    info->estimatedRows = 50;
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

int x_filter(sqlite3_vtab_cursor* base, int idx_num, const char*, int argc, sqlite3_value** argv) {
  auto* cur = static_cast<Cursor*>(base);
  const PureTvfSpec& spec = spec_of(base->pVtab);
  return guard_vtab(base->pVtab, spec.name, [&] {
    cur->rows.clear();
    cur->at = 0;
    cur->args.take(idx_num, argc, argv, spec.n_args);
    cur->rows = spec.compute(cur->args.data());
    return SQLITE_OK;
  });
}

int x_next(sqlite3_vtab_cursor* cur) {
  ++static_cast<Cursor*>(cur)->at;
  return SQLITE_OK;
}

int x_eof(sqlite3_vtab_cursor* base) {
  auto* cur = static_cast<Cursor*>(base);
  return cur->at >= cur->rows.size();
}

int x_column(sqlite3_vtab_cursor* base, sqlite3_context* ctx, int col) {
  auto* cur = static_cast<Cursor*>(base);
  const PureTvfSpec& spec = spec_of(base->pVtab);
  if (col >= spec.n_out) {
    if (sqlite3_value* v = cur->args.at(col - spec.n_out)) sqlite3_result_value(ctx, v);
    return SQLITE_OK;
  }
  const Value& v = cur->rows[cur->at][static_cast<std::size_t>(col)];
  if (auto* i = std::get_if<std::int64_t>(&v)) sqlite3_result_int64(ctx, *i);
  else if (auto* d = std::get_if<double>(&v)) sqlite3_result_double(ctx, *d);
  else if (auto* s = std::get_if<std::string>(&v))
    sqlite3_result_text64(ctx, s->data(), s->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  return SQLITE_OK;
}

int x_rowid(sqlite3_vtab_cursor* base, sqlite3_int64* rowid) {
  *rowid = static_cast<sqlite3_int64>(static_cast<Cursor*>(base)->at + 1);
  return SQLITE_OK;
}

sqlite3_module make_module() {
  sqlite3_module m{};  // every method we do not set stays NULL
  m.iVersion = 0;
  m.xCreate = nullptr;  // eponymous only: no CREATE VIRTUAL TABLE
  m.xConnect = x_connect;
  m.xBestIndex = x_best_index;
  m.xDisconnect = disconnect_tvf<Vtab>;
  m.xDestroy = nullptr;
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

const sqlite3_module* pure_tvf_module() {
  static const sqlite3_module module = make_module();
  return &module;
}

}  // namespace claims::sql
