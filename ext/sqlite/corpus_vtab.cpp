// The claims_corpus virtual table owns the corpus's shadow tables, as an
// FTS5 table owns its %_data and %_idx: CREATE VIRTUAL TABLE creates them,
// DROP TABLE removes them, xShadowName lets SQLite protect them.
// Reading it gives one row per fact about the corpus: (key, value), e.g.
// the format version and the number of articles and sentences.
#include <string>
#include <utility>
#include <vector>

#include "sqlite/db.hpp"
#include "sqlite/guard.hpp"
#include "sqlite/pure_tvf.hpp"
#include "sqlite/registry.hpp"
#include "sqlite/store.hpp"

namespace claims::sql {
namespace {

constexpr const char* kSchema = "CREATE TABLE x(key TEXT, value)";

struct Vtab : sqlite3_vtab {
  sqlite3* db;
};

struct Cursor : sqlite3_vtab_cursor {
  std::vector<std::pair<std::string, Value>> rows;
  std::size_t at = 0;
};

int connect(sqlite3* db, int argc, const char* const* argv, sqlite3_vtab** out, char** err, bool create) {
  return guard_connect(err, "claims_corpus", [&] {
    if (argc < 3 || std::string_view(argv[1]) != "main" || std::string_view(argv[2]) != store::kTable)
      throw Error("the corpus table can only be main.claims_corpus; let claims_ingest() create it");
    if (argc > 3) throw Error("claims_corpus takes no arguments; use CREATE VIRTUAL TABLE claims_corpus USING claims_corpus");
    // An existing corpus of another format version still connects, so
    // that DROP TABLE claims_corpus and claims_rebuild() (which upgrades
    // it) can reach it; every reader checks the version itself.
    if (create) store::create_tables(db);
    int rc = sqlite3_declare_vtab(db, kSchema);
    if (rc != SQLITE_OK) return rc;
    sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
    auto* vt = new Vtab{};
    vt->db = db;
    *out = vt;
    return SQLITE_OK;
  });
}

int x_create(sqlite3* db, void*, int argc, const char* const* argv, sqlite3_vtab** out, char** err) {
  return connect(db, argc, argv, out, err, true);
}

int x_connect(sqlite3* db, void*, int argc, const char* const* argv, sqlite3_vtab** out, char** err) {
  return connect(db, argc, argv, out, err, false);
}

// The read-only entry point's module: it reads an existing corpus but
// neither creates one (CREATE VIRTUAL TABLE) nor drops one (DROP TABLE).
int x_create_read_only(sqlite3*, void*, int, const char* const*, sqlite3_vtab**, char** err) {
  return guard_connect(err, "claims_corpus", []() -> int {
    throw Error("the read-only extension (claimsro) cannot create a corpus; load claims.so to ingest");
  });
}

// SQLite does not show xDestroy's message, only its code: READONLY says it.
int x_destroy_read_only(sqlite3_vtab*) { return SQLITE_READONLY; }

int x_disconnect(sqlite3_vtab* vt) {
  delete static_cast<Vtab*>(vt);
  return SQLITE_OK;
}

int x_destroy(sqlite3_vtab* vt) {
  int rc = guard_vtab(vt, "claims_corpus", [&] {
    store::drop_tables(static_cast<Vtab*>(vt)->db);
    return SQLITE_OK;
  });
  if (rc == SQLITE_OK) delete static_cast<Vtab*>(vt);
  return rc;
}

int x_best_index(sqlite3_vtab*, sqlite3_index_info* info) {
  info->estimatedCost = 100.0;
  info->estimatedRows = 10;
  return SQLITE_OK;
}

int x_open(sqlite3_vtab* vt, sqlite3_vtab_cursor** out) {
  return guard_vtab(vt, "claims_corpus", [&] {
    *out = new Cursor{};
    return SQLITE_OK;
  });
}

int x_close(sqlite3_vtab_cursor* cur) {
  delete static_cast<Cursor*>(cur);
  return SQLITE_OK;
}

int x_filter(sqlite3_vtab_cursor* base, int, const char*, int, sqlite3_value**) {
  auto* cur = static_cast<Cursor*>(base);
  sqlite3* db = static_cast<Vtab*>(base->pVtab)->db;
  return guard_vtab(base->pVtab, "claims_corpus", [&] {
    cur->rows.clear();
    cur->at = 0;
    Stmt q(db,
           "SELECT key, value FROM main.claims_corpus_config"
           " UNION ALL SELECT 'articles', count(*) FROM main.claims_corpus_article"
           " UNION ALL SELECT 'sentences', count(*) FROM main.claims_corpus_sentence"
           " UNION ALL SELECT 'removed_regions', count(*) FROM main.claims_corpus_region"
           " UNION ALL SELECT 'log_entries', count(*) FROM main.claims_corpus_log");
    while (q.step()) {
      Value v;
      if (sqlite3_column_type(q.get(), 1) == SQLITE_INTEGER) v = q.int64(1);
      else if (auto t = q.text(1)) v = *t;
      cur->rows.emplace_back(q.text(0).value_or(""), std::move(v));
    }
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
  const auto& [key, value] = cur->rows[cur->at];
  if (col == 0) {
    sqlite3_result_text64(ctx, key.data(), key.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  } else if (auto* i = std::get_if<std::int64_t>(&value)) {
    sqlite3_result_int64(ctx, *i);
  } else if (auto* s = std::get_if<std::string>(&value)) {
    sqlite3_result_text64(ctx, s->data(), s->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  }
  return SQLITE_OK;
}

int x_rowid(sqlite3_vtab_cursor* base, sqlite3_int64* rowid) {
  *rowid = static_cast<sqlite3_int64>(static_cast<Cursor*>(base)->at + 1);
  return SQLITE_OK;
}

int x_shadow_name(const char* suffix) { return store::is_shadow_suffix(suffix) ? 1 : 0; }

sqlite3_module make_module() {
  sqlite3_module m{};  // every method we do not set stays NULL
  m.iVersion = 3;  // for xShadowName
  m.xCreate = x_create;
  m.xConnect = x_connect;
  m.xBestIndex = x_best_index;
  m.xDisconnect = x_disconnect;
  m.xDestroy = x_destroy;
  m.xOpen = x_open;
  m.xClose = x_close;
  m.xFilter = x_filter;
  m.xNext = x_next;
  m.xEof = x_eof;
  m.xColumn = x_column;
  m.xRowid = x_rowid;
  m.xShadowName = x_shadow_name;
  return m;
}

}  // namespace

const sqlite3_module* corpus_module() {
  static const sqlite3_module module = make_module();
  return &module;
}

const sqlite3_module* corpus_module_read_only() {
  static const sqlite3_module module = [] {
    sqlite3_module m = make_module();
    m.xCreate = x_create_read_only;
    m.xDestroy = x_destroy_read_only;
    return m;
  }();
  return &module;
}

}  // namespace claims::sql
