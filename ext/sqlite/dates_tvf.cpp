// claims_dates(text, ref_date) → (start, end, text, type, value, mod, rule):
// temporal expressions normalised against a reference date. Offsets are
// code points into the argument.
#include "core/text/utf8.hpp"
#include "core/time/timex.hpp"
#include "sqlite/guard.hpp"
#include "sqlite/pure_tvf.hpp"
#include "sqlite/registry.hpp"

namespace claims::sql {
namespace {

std::vector<Row> compute(sqlite3_value** args) {
  std::vector<Row> rows;
  auto input = text_arg(args[0], "text");
  auto ref = text_arg(args[1], "ref_date");
  if (!ref) throw Error("ref_date is NULL; give the date the text was written, as YYYY-MM-DD");
  auto reference = time::parse_iso_date(*ref);
  if (!reference) throw Error("ref_date '" + *ref + "' is not a date; use YYYY-MM-DD");
  if (!input) return rows;
  text::OffsetMap map(*input);
  for (auto& t : time::extract(*input, reference)) {
    rows.push_back({static_cast<std::int64_t>(map.to_codepoint(t.start)),
                    static_cast<std::int64_t>(map.to_codepoint(t.end)), std::move(t.text), std::move(t.type),
                    std::move(t.value), t.mod.empty() ? Value() : Value(t.mod), std::move(t.rule)});
  }
  return rows;
}

}  // namespace

const PureTvfSpec kDatesTvf = {
    "claims_dates",
    "CREATE TABLE x(start INTEGER, \"end\" INTEGER, text TEXT, type TEXT, value TEXT, mod TEXT, rule TEXT,"
    " input HIDDEN, ref_date HIDDEN)",
    7, 2, 2, "claims_dates(text, ref_date)", compute};

}  // namespace claims::sql
