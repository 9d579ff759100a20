// claims_extract(text [, published]): the whole extractor (sentences →
// entities → quantities → claims) on any text, nothing stored. Same
// columns as claims, without the corpus ids; speaker_canonical, party and
// location are resolved within the text only.
#include "core/article/article.hpp"
#include "core/pipeline.hpp"
#include "sqlite/guard.hpp"
#include "sqlite/pure_tvf.hpp"
#include "sqlite/registry.hpp"

namespace claims::sql {
namespace {

Value name_of(const entities::Analysis& a, int i) {
  if (i < 0 || static_cast<std::size_t>(i) >= a.entities.size()) return {};
  return a.entities[static_cast<std::size_t>(i)].name;
}

std::vector<Row> compute(sqlite3_value** args) {
  std::vector<Row> rows;
  auto input = text_arg(args[0], "text");
  if (args[1]) {
    auto published = text_arg(args[1], "published");
    if (published && !article::iso_date(*published))
      throw Error("published '" + *published + "' is not a date; use YYYY-MM-DD");
  }
  if (!input) return rows;
  Annotations a = annotate_text(*input);
  for (const auto& c : a.claims) {
    Value party;
    if (c.speaker_entity >= 0 && static_cast<std::size_t>(c.speaker_entity) < a.entities.entities.size())
      party = name_of(a.entities, a.entities.entities[static_cast<std::size_t>(c.speaker_entity)].party);
    auto i = [](std::size_t v) { return Value(static_cast<std::int64_t>(v)); };
    rows.push_back({i(c.sentence), i(c.start), i(c.end), c.text, c.speaker, i(c.speaker_start),
                    i(c.speaker_end), name_of(a.entities, c.speaker_entity), party, c.verb, c.stance, c.kind,
                    Value(std::int64_t{c.is_quote}), Value(std::int64_t{c.hedged}),
                    name_of(a.entities, c.location_entity), c.confidence});
  }
  return rows;
}

}  // namespace

const PureTvfSpec kExtractTvf = {
    "claims_extract",
    "CREATE TABLE x(sentence INTEGER, start INTEGER, \"end\" INTEGER, text TEXT, speaker TEXT,"
    " speaker_start INTEGER, speaker_end INTEGER, speaker_canonical TEXT, party TEXT, verb TEXT,"
    " stance TEXT, kind TEXT, is_quote INTEGER, hedged INTEGER, location TEXT, confidence REAL,"
    " input HIDDEN, published HIDDEN)",
    16, 1, 2, "claims_extract(text [, published])", compute};

}  // namespace claims::sql
