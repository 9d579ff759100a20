// Declarations of every SQL object's implementation; extension.cpp owns
// the one table that registers them with their flags.
#pragma once

#include "sqlite/sqlite_api.hpp"

namespace claims::sql {

// ingest.cpp (DIRECTONLY: read files / write)
void fn_ingest(sqlite3_context*, int, sqlite3_value**);
void fn_ingest_text(sqlite3_context*, int, sqlite3_value**);
void fn_rebuild(sqlite3_context*, int, sqlite3_value**);

// maintenance.cpp
void fn_version(sqlite3_context*, int, sqlite3_value**);
void fn_integrity_check(sqlite3_context*, int, sqlite3_value**);

// entity_functions.cpp, contradicts.cpp (INNOCUOUS: read the corpus)
void fn_canonical(sqlite3_context*, int, sqlite3_value**);
void fn_contradicts(sqlite3_context*, int, sqlite3_value**);

// timeline_svg.cpp, graph_dot.cpp, claimreview.cpp (INNOCUOUS: pictures
// and exports of the corpus, drawn by ext/core/render)
void fn_timeline_svg(sqlite3_context*, int, sqlite3_value**);
void fn_graph_dot(sqlite3_context*, int, sqlite3_value**);
void fn_claimreview(sqlite3_context*, int, sqlite3_value**);

// corpus_vtab.cpp: the claims_corpus virtual table that owns the shadow tables.
const sqlite3_module* corpus_module();
// The same table for the read-only entry point: cannot create or drop it.
const sqlite3_module* corpus_module_read_only();

// pure_tvf.cpp: one module shared by every pure table-valued function.
const sqlite3_module* pure_tvf_module();
struct PureTvfSpec;
extern const PureTvfSpec kSentencesTvf;   // sentences_tvf.cpp
extern const PureTvfSpec kQuantitiesTvf;  // quantities_tvf.cpp
extern const PureTvfSpec kExtractTvf;     // extract_tvf.cpp

// query_tvf.cpp: one module shared by the table-valued views of the corpus.
const sqlite3_module* query_tvf_module();
struct QueryTvfSpec;
extern const QueryTvfSpec kClaimsTvf;     // claims_tvf.cpp
extern const QueryTvfSpec kOnDateTvf;     // claims_tvf.cpp
extern const PureTvfSpec kDatesTvf;       // dates_tvf.cpp

// extension.cpp: registers everything (read_only = false), or only the
// read side (read_only = true: no function that reads files or writes, and
// a corpus table that cannot be created or dropped).
int register_all(sqlite3* db, char** err, bool read_only);
// Stores the API table SQLite hands an entry point (SQLITE_EXTENSION_INIT2).
void set_api(const sqlite3_api_routines* api);

}  // namespace claims::sql
