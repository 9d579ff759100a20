// claims-cli: the NLP core as a command-line filter, for evaluation
// harnesses and map steps. Reads JSON Lines on stdin, one text per line:
//   {"id": ..., "text": "...", "published": "YYYY-MM-DD"}
// ("published" is the reference date for normalising temporal expressions)
// and writes one JSON object per line with everything the core finds.
// All offsets are code points into "text" (0-based, half-open), as in SQL.
//
//   claims-cli annotate < in.jsonl > out.jsonl
//   claims-cli contradicts < pairs.jsonl > scores.jsonl   ({"id":..,"a":"..","b":".."} → {"id":..,"score":..})
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "core/claims/claims.hpp"
#include "core/entities/entities.hpp"
#include "core/links/links.hpp"
#include "core/quantities/quantities.hpp"
#include "core/sentences/splitter.hpp"
#include "core/text/utf8.hpp"
#include "core/time/timex.hpp"

using nlohmann::json;
using namespace claims;

namespace {

json annotate(const std::string& text, std::optional<time::Date> reference) {
  text::OffsetMap cp(text);
  auto at = [&](std::size_t byte) { return cp.to_codepoint(byte); };
  auto sents = sentences::split(text);
  auto ents = entities::analyze(text, sents);
  auto qs = quantities::extract(text);
  auto cls = attribution::extract(text, sents, ents, qs);
  json out;
  out["sentences"] = json::array();
  for (auto& s : sents) out["sentences"].push_back({{"start", at(s.start)}, {"end", at(s.end)}});
  out["entities"] = json::array();
  for (auto& e : ents.entities)
    out["entities"].push_back({{"name", e.name},
                               {"kind", entities::kind_name(e.kind)},
                               {"party", e.party >= 0 ? json(ents.entities[e.party].name) : json()},
                               {"role", e.role},
                               {"aliases", e.aliases},
                               {"deceased", e.deceased}});
  out["mentions"] = json::array();
  for (auto& m : ents.mentions)
    out["mentions"].push_back({{"start", at(m.start)}, {"end", at(m.end)}, {"text", m.text}, {"entity", m.entity}});
  out["quantities"] = json::array();
  for (auto& q : qs)
    out["quantities"].push_back({{"start", at(q.start)},
                                 {"end", at(q.end)},
                                 {"text", q.text},
                                 {"value", q.value},
                                 {"low", q.low ? json(*q.low) : json()},
                                 {"high", q.high ? json(*q.high) : json()},
                                 {"qualifier", q.qualifier},
                                 {"count_type", q.count_type ? json(*q.count_type) : json()},
                                 {"object", q.object ? json(*q.object) : json()},
                                 {"repeat", q.repeat}});
  out["timexes"] = json::array();
  for (auto& t : time::extract(text, reference))
    out["timexes"].push_back({{"start", at(t.start)},
                              {"end", at(t.end)},
                              {"text", t.text},
                              {"type", t.type},
                              {"value", t.value},
                              {"mod", t.mod},
                              {"rule", t.rule}});
  out["claims"] = json::array();
  for (auto& c : cls) {
    json speaker_entity = c.speaker_entity >= 0 ? json(ents.entities[c.speaker_entity].name) : json();
    json party;
    if (c.speaker_entity >= 0 && ents.entities[c.speaker_entity].party >= 0)
      party = ents.entities[ents.entities[c.speaker_entity].party].name;
    out["claims"].push_back({{"sentence", c.sentence},
                             {"speaker", c.speaker},
                             {"speaker_start", at(c.speaker_start)},
                             {"speaker_end", at(c.speaker_end)},
                             {"speaker_canonical", speaker_entity},
                             {"party", party},
                             {"verb", c.verb},
                             {"stance", c.stance},
                             {"kind", c.kind},
                             {"start", at(c.start)},
                             {"end", at(c.end)},
                             {"text", c.text},
                             {"is_quote", c.is_quote},
                             {"hedged", c.hedged},
                             {"location", c.location_entity >= 0 ? json(ents.entities[c.location_entity].name) : json()},
                             {"quantities", c.quantities},
                             {"confidence", c.confidence}});
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::string cmd = argc > 1 ? argv[1] : "";
  if (cmd != "annotate" && cmd != "contradicts") {
    std::cerr << "usage: claims-cli annotate < texts.jsonl > annotations.jsonl\n"
                 "       claims-cli contradicts < pairs.jsonl > scores.jsonl\n";
    return 2;
  }
  std::ios::sync_with_stdio(false);
  std::string line;
  std::size_t n = 0;
  while (std::getline(std::cin, line)) {
    ++n;
    if (line.empty()) continue;
    json in = json::parse(line, nullptr, false);
    if (cmd == "contradicts") {
      if (in.is_discarded() || !in.contains("a") || !in.contains("b") || !in["a"].is_string() ||
          !in["b"].is_string()) {
        std::cerr << "claims-cli: line " << n << ": not a JSON object with \"a\" and \"b\" strings\n";
        return 1;
      }
      json out = {{"score", links::contradiction_score(in["a"].get<std::string>(), in["b"].get<std::string>())}};
      if (in.contains("id")) out["id"] = in["id"];
      std::cout << out.dump() << '\n';
      continue;
    }
    if (in.is_discarded() || !in.contains("text") || !in["text"].is_string()) {
      std::cerr << "claims-cli: line " << n << ": not a JSON object with a \"text\" string\n";
      return 1;
    }
    std::string text = in["text"].get<std::string>();
    if (!text::is_valid_utf8(text)) {
      std::cerr << "claims-cli: line " << n << ": text is not valid UTF-8\n";
      return 1;
    }
    std::optional<time::Date> reference;
    if (in.contains("published") && in["published"].is_string())
      reference = time::parse_iso_date(in["published"].get<std::string>());
    json out = annotate(text, reference);
    if (in.contains("id")) out["id"] = in["id"];
    std::cout << out.dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
  }
  return 0;
}
