// claims_quantities(text): numbers with their qualifier interval and what
// they count. Offsets are code points into the argument.
#include "core/pipeline.hpp"
#include "core/quantities/quantities.hpp"
#include "core/text/utf8.hpp"
#include "sqlite/pure_tvf.hpp"
#include "sqlite/registry.hpp"

namespace claims::sql {
namespace {

Value opt(const std::optional<double>& v) { return v ? Value(*v) : Value(); }
Value opt(const std::optional<std::string>& v) { return v ? Value(*v) : Value(); }

std::vector<Row> compute(sqlite3_value** args) {
  std::vector<Row> rows;
  auto input = text_arg(args[0], "text");
  if (!input) return rows;
  text::OffsetMap map(*input);
  for (const auto& q : quantities::extract(*input)) {
    rows.push_back({static_cast<std::int64_t>(map.to_codepoint(q.start)),
                    static_cast<std::int64_t>(map.to_codepoint(q.end)), q.text, q.value, opt(q.low), opt(q.high),
                    q.qualifier, opt(q.count_type), opt(q.object), static_cast<std::int64_t>(q.repeat)});
  }
  return rows;
}

}  // namespace

const PureTvfSpec kQuantitiesTvf = {
    "claims_quantities",
    "CREATE TABLE x(start INTEGER, \"end\" INTEGER, text TEXT, value REAL, low REAL, high REAL,"
    " qualifier TEXT, count_type TEXT, object TEXT, repeat INTEGER, input HIDDEN)",
    10, 1, 1, "claims_quantities(text)", compute};

}  // namespace claims::sql
