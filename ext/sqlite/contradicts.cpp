// contradicts(a, b): whether two claims cannot both be true, as a score in
// [0, 1] (0: no contradiction found). Two claim ids compare stored claims
// (NULL when an id is unknown); two texts run the extractor on both, for
// an ad-hoc check. INNOCUOUS: it reads the corpus, so not deterministic.
#include "core/links/links.hpp"
#include "sqlite/guard.hpp"
#include "sqlite/links_store.hpp"
#include "sqlite/pure_tvf.hpp"
#include "sqlite/registry.hpp"
#include "sqlite/store.hpp"

namespace claims::sql {

void fn_contradicts(sqlite3_context* ctx, int, sqlite3_value** argv) {
  int ta = sqlite3_value_type(argv[0]), tb = sqlite3_value_type(argv[1]);
  if (ta == SQLITE_NULL || tb == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  if (ta == SQLITE_INTEGER && tb == SQLITE_INTEGER) {
    sqlite3* db = sqlite3_context_db_handle(ctx);
    if (!store::exists(db)) {
      sqlite3_result_null(ctx);
      return;
    }
    store::check_version(db);
    store::FactsLoader loader(db);
    auto a = loader.load(sqlite3_value_int64(argv[0]));
    auto b = loader.load(sqlite3_value_int64(argv[1]));
    if (!a || !b) {
      sqlite3_result_null(ctx);
      return;
    }
    // The older claim first, as at ingest.
    auto link = a->id <= b->id ? links::contradiction(*a, *b) : links::contradiction(*b, *a);
    sqlite3_result_double(ctx, link ? link->score : 0.0);
    return;
  }
  if (ta == SQLITE_INTEGER || tb == SQLITE_INTEGER)
    throw Error("one argument is a claim id and the other a text; give two claim ids or two texts");
  auto a = text_arg(argv[0], "a");
  auto b = text_arg(argv[1], "b");
  sqlite3_result_double(ctx, links::contradiction_score(*a, *b));
}

}  // namespace claims::sql
