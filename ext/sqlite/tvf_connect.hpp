// xConnect / xDisconnect shared by the table-valued modules: each virtual
// table is a Vtab holding its spec (schema, name) and connection; every
// one is INNOCUOUS — pure or read-only, so usable in views and triggers.
#pragma once

#include "sqlite/guard.hpp"

namespace claims::sql {

template <class Vtab, class Spec>
int connect_tvf(sqlite3* db, void* aux, sqlite3_vtab** out, char** err) noexcept {
  const auto* spec = static_cast<const Spec*>(aux);
  return guard_connect(err, spec->name, [&] {
    int rc = sqlite3_declare_vtab(db, spec->schema);
    if (rc != SQLITE_OK) return rc;
    sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
    auto* vt = new Vtab{};
    vt->spec = spec;
    vt->db = db;
    *out = vt;
    return SQLITE_OK;
  });
}

template <class Vtab>
int disconnect_tvf(sqlite3_vtab* vt) noexcept {
  delete static_cast<Vtab*>(vt);
  return SQLITE_OK;
}

}  // namespace claims::sql
