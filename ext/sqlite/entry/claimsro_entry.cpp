// Entry point of claimsro.so, the read-only extension for shared databases
// and BI tools (claimsro.so → sqlite3_claimsro_init): only the read side is
// registered — no function that reads files or writes — and SQL
// load_extension() is turned off for the connection, which ODBC drivers
// turn on for every connection, so nothing more can be loaded through SQL.
#include "sqlite/registry.hpp"

extern "C" __attribute__((visibility("default"))) int sqlite3_claimsro_init(sqlite3* db, char** err,
                                                                            const sqlite3_api_routines* api) {
  claims::sql::set_api(api);
  int rc = claims::sql::register_all(db, err, true);
  if (rc != SQLITE_OK) return rc;
  // Clears the flag every extension load checks, the SQL function's too
  // (load_extension() then fails with "not authorized"). The API table has
  // no sqlite3_enable_load_extension, and this is enough.
  return sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
}
