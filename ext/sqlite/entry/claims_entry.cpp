// Entry point of claims.so: everything, the write side included. SQLite
// derives its name from the file name's letters (claims.so → sqlite3_claims_init).
#include "sqlite/registry.hpp"

extern "C" __attribute__((visibility("default"))) int sqlite3_claims_init(sqlite3* db, char** err,
                                                                          const sqlite3_api_routines* api) {
  claims::sql::set_api(api);
  return claims::sql::register_all(db, err, false);
}
