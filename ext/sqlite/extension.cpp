// The ONE table of everything the extension registers, and the
// registration both entry points share (ext/sqlite/entry/: claims.so and
// the read-only claimsro.so).
//
// Flags are a security contract: pure functions are DETERMINISTIC |
// INNOCUOUS; functions that only read the corpus are INNOCUOUS (usable in
// views); functions that read files or write are DIRECTONLY (never through
// a view or trigger of a shared database). The read-only entry point
// registers no DIRECTONLY function at all.
#define CLAIMS_API_DEFINER
#include <sqlite3ext.h>
extern "C" {
SQLITE_EXTENSION_INIT1
}

#include <cstdio>

#include "sqlite/guard.hpp"
#include "sqlite/pure_tvf.hpp"
#include "sqlite/query_tvf.hpp"
#include "sqlite/registry.hpp"

namespace claims::sql {
namespace {

constexpr int kPure = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
constexpr int kReadsCorpus = SQLITE_UTF8 | SQLITE_INNOCUOUS;
constexpr int kWrites = SQLITE_UTF8 | SQLITE_DIRECTONLY;

const FunctionSpec kFunctions[] = {
    {"claims_version", 0, kPure, fn_version, "version of the extension"},
    {"claims_ingest", 1, kWrites, fn_ingest, "ingest a file, directory or glob; returns articles added"},
    {"claims_ingest_text", 1, kWrites, fn_ingest_text, "ingest one article text; returns its id"},
    {"claims_ingest_text", 2, kWrites, fn_ingest_text, "... with its publication date"},
    {"claims_ingest_text", 3, kWrites, fn_ingest_text, "... and its source (name or URL)"},
    {"claims_rebuild", 0, kWrites, fn_rebuild, "re-derive everything from the stored texts"},
    {"claims_integrity_check", 0, kReadsCorpus, fn_integrity_check, "check derived data against texts"},
    {"claims_canonical", 1, kReadsCorpus, fn_canonical, "canonical name an alias resolves to"},
    {"contradicts", 2, kReadsCorpus, fn_contradicts, "score in [0, 1] that two claims cannot both be true"},
    {"claims_timeline_svg", 0, kReadsCorpus, fn_timeline_svg, "SVG of claims per day by side, disputed hatched"},
    {"claims_timeline_svg", 1, kReadsCorpus, fn_timeline_svg, "... from a day (YYYY-MM-DD)"},
    {"claims_timeline_svg", 2, kReadsCorpus, fn_timeline_svg, "... from a day to a day"},
    {"claims_graph_dot", 0, kReadsCorpus, fn_graph_dot, "Graphviz graph of speakers, claims and links"},
    {"claims_graph_dot", 1, kReadsCorpus, fn_graph_dot, "... drawing at most that many claims"},
    {"claims_claimreview", 1, kReadsCorpus, fn_claimreview, "schema.org ClaimReview JSON of a claim"},
};

struct ModuleSpec {
  const char* name;
  const sqlite3_module* module;
  const void* aux;
};

// claims_corpus is registered apart: its module depends on the entry point.
const ModuleSpec kModules[] = {
    {"claims_sentences", pure_tvf_module(), &kSentencesTvf},
    {"claims_quantities", pure_tvf_module(), &kQuantitiesTvf},
    {"claims_extract", pure_tvf_module(), &kExtractTvf},
    {"claims", query_tvf_module(), &kClaimsTvf},
    {"on_date", query_tvf_module(), &kOnDateTvf},
    {"claims_dates", pure_tvf_module(), &kDatesTvf},
};

constexpr int kMinSqlite = 3038000;

}  // namespace

int register_all(sqlite3* db, char** err, bool read_only) {
  if (sqlite3_libversion_number() < kMinSqlite) {
    *err = sqlite3_mprintf(
        "claims: load(): SQLite %s is too old; use SQLite 3.38.0 or newer (Debian 12's sqlite3 is)",
        sqlite3_libversion());
    return SQLITE_ERROR;
  }
  for (const auto& f : kFunctions) {
    if (read_only && (f.flags & SQLITE_DIRECTONLY)) continue;
    int rc = sqlite3_create_function_v2(db, f.name, f.n_arg, f.flags, const_cast<FunctionSpec*>(&f),
                                        scalar_trampoline, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) return rc;
  }
  int rc = sqlite3_create_module_v2(db, "claims_corpus", read_only ? corpus_module_read_only() : corpus_module(),
                                    nullptr, nullptr);
  if (rc != SQLITE_OK) return rc;
  for (const auto& m : kModules) {
    rc = sqlite3_create_module_v2(db, m.name, m.module, const_cast<void*>(m.aux), nullptr);
    if (rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

// Called by the entry points, which live in their own files so that each
// .so exports only its own (the object files are shared).
void set_api(const sqlite3_api_routines* api) { SQLITE_EXTENSION_INIT2(api); }
}  // namespace claims::sql
