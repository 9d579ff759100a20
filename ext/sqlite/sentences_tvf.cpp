// claims_sentences(text) → (ord, start, end, text): the sentence splitter
// on any text. Offsets are code points into the argument, 0-based,
// half-open, so substr(text, start + 1, end - start) is the sentence.
#include "core/pipeline.hpp"
#include "sqlite/pure_tvf.hpp"
#include "sqlite/registry.hpp"

namespace claims::sql {
namespace {

std::vector<Row> compute(sqlite3_value** args) {
  std::vector<Row> rows;
  auto input = text_arg(args[0], "text");
  if (!input) return rows;
  for (auto& s : split_sentences(*input))
    rows.push_back({static_cast<std::int64_t>(s.ord), static_cast<std::int64_t>(s.start),
                    static_cast<std::int64_t>(s.end), std::move(s.text)});
  return rows;
}

}  // namespace

const PureTvfSpec kSentencesTvf = {
    "claims_sentences",
    "CREATE TABLE x(ord INTEGER, start INTEGER, \"end\" INTEGER, text TEXT, input HIDDEN)",
    4, 1, 1, "claims_sentences(text)", compute};

}  // namespace claims::sql
