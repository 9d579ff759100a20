// Every binding source includes this instead of <sqlite3.h>: all calls go
// through the sqlite3_api table that SQLite hands the extension at load, so
// claims.so never links libsqlite3 (a direct call would fail to resolve
// under an ODBC driver). extension.cpp defines the table
// (SQLITE_EXTENSION_INIT1); everyone else declares it.
#pragma once

#include <sqlite3ext.h>

#ifndef CLAIMS_API_DEFINER
extern "C" {
SQLITE_EXTENSION_INIT3
}
#endif
