// claims_canonical(name): the canonical name an alias resolves to in this
// corpus (an analyst's edit first, then the aliases seen, then spelling
// variants), or NULL.
#include "core/corpus/resolver.hpp"
#include "sqlite/entity_index.hpp"
#include "sqlite/guard.hpp"
#include "sqlite/pure_tvf.hpp"
#include "sqlite/registry.hpp"
#include "sqlite/store.hpp"

namespace claims::sql {

void fn_canonical(sqlite3_context* ctx, int, sqlite3_value** argv) {
  auto name = text_arg(argv[0], "name");
  sqlite3* db = sqlite3_context_db_handle(ctx);
  if (!name || !store::exists(db)) {
    sqlite3_result_null(ctx);
    return;
  }
  store::check_version(db);
  store::SqlEntityIndex index(db);
  auto canonical = corpus::canonical_name(index, *name);
  if (canonical) sqlite3_result_text64(ctx, canonical->data(), canonical->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  else sqlite3_result_null(ctx);
}

}  // namespace claims::sql
