// claims_timeline_svg([from [, to]]): the timeline as an SVG picture —
// claims per day by side, disputed claims hatched (ext/core/render draws
// it). from/to are YYYY-MM-DD (NULL: open); INNOCUOUS: reads the corpus.
#include "core/render/timeline_svg.hpp"
#include "core/time/timex.hpp"
#include "sqlite/db.hpp"
#include "sqlite/guard.hpp"
#include "sqlite/pure_tvf.hpp"
#include "sqlite/registry.hpp"
#include "sqlite/store.hpp"

namespace claims::sql {
namespace {

// A day given as YYYY-MM-DD exactly; NULL is an open end.
std::optional<std::string> day_arg(sqlite3_value* v, const char* what) {
  auto s = text_arg(v, what);
  if (!s) return std::nullopt;
  if (s->size() != 10 || !time::parse_iso_date(*s)) throw Error("'" + *s + "' is not a date; use YYYY-MM-DD");
  return s;
}

}  // namespace

void fn_timeline_svg(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  render::TimelineInput in;
  if (argc > 0) in.from = day_arg(argv[0], "from");
  if (argc > 1) in.to = day_arg(argv[1], "to");
  if (in.from && in.to && *in.to < *in.from)
    throw Error("from '" + *in.from + "' is after to '" + *in.to + "'; give the earlier day first");
  sqlite3* db = sqlite3_context_db_handle(ctx);
  if (store::exists(db)) {
    store::check_version(db);
    // Per day and side: the claims, and how many of them are in a
    // contradiction — the summary the timeline view reads, kept at ingest.
    Stmt counts(db,
                "SELECT t.date, p.name, t.n_claims, t.n_disputed FROM main.claims_corpus_timeline AS t"
                " LEFT JOIN main.claims_corpus_entity AS p ON p.entity_id = t.party_id"
                " WHERE (?1 IS NULL OR t.date >= ?1) AND (?2 IS NULL OR t.date <= ?2)");
    counts.bind(1, in.from).bind(2, in.to);
    while (counts.step()) {
      auto date = counts.text(0).value_or("");
      // A malformed stored date is counted as undated rather than drawn.
      if (date.size() != 10 || !time::parse_iso_date(date)) {
        in.undated += counts.int64(2);
        continue;
      }
      in.counts.push_back({date, counts.text(1), counts.int64(2), counts.int64(3)});
    }
    if (!in.from && !in.to) {
      Stmt undated(db, "SELECT count(*) FROM main.claims_corpus_claim WHERE event_date IS NULL");
      if (undated.step()) in.undated += undated.int64(0);
    }
  }
  std::string svg = render::timeline_svg(in);
  sqlite3_result_text64(ctx, svg.data(), svg.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

}  // namespace claims::sql
