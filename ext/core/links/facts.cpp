#include "core/links/facts.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "core/entities/entities.hpp"
#include "core/links/cues.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::links {
namespace {

std::optional<time::Interval> interval_from(const std::optional<std::string>& first,
                                            const std::optional<std::string>& last,
                                            const std::string& precision) {
  if (!first) return std::nullopt;
  auto f = time::parse_iso_date(*first);
  if (!f) return std::nullopt;
  auto l = last ? time::parse_iso_date(*last) : f;
  if (!l) l = f;
  return time::Interval{*f, *l, precision.empty() ? std::string("day") : precision};
}

void add_entity(ClaimFacts& f, const entities::Analysis& ea, int e) {
  if (e < 0 || static_cast<std::size_t>(e) >= ea.entities.size()) return;
  std::int64_t id = e + 1;
  if (std::find(f.entities.begin(), f.entities.end(), id) != f.entities.end()) return;
  f.entities.push_back(id);
  const auto& ent = ea.entities[static_cast<std::size_t>(e)];
  f.entity_names.push_back(ent.name);
  f.entity_sides.push_back(ent.party >= 0 ? ent.party + 1 : 0);
}

void set_speaker(ClaimFacts& f, const entities::Analysis& ea, int e, const std::string& phrase) {
  f.speaker_name = phrase;
  if (e < 0 || static_cast<std::size_t>(e) >= ea.entities.size()) return;
  const auto& ent = ea.entities[static_cast<std::size_t>(e)];
  f.speaker = e + 1;
  f.speaker_name = ent.name;
  int p = ent.party;
  if (p < 0 && ent.kind == entities::Kind::organization) p = e;
  if (p >= 0 && static_cast<std::size_t>(p) < ea.entities.size()) {
    f.party = p + 1;
    f.party_name = ea.entities[static_cast<std::size_t>(p)].name;
  }
}

void set_location(ClaimFacts& f, const entities::Analysis& ea, int e) {
  if (e < 0 || static_cast<std::size_t>(e) >= ea.entities.size()) return;
  f.location = e + 1;
  f.location_name = ea.entities[static_cast<std::size_t>(e)].name;
}

std::string kind_from_cues(const std::string& text, const std::vector<quantities::Quantity>& qs) {
  for (const auto& q : qs)
    if (q.count_type) return "casualties";
  auto toks = cues::tokens(text);
  if (cues::has_phrase(toks, "claim_kind_control")) return "control";
  if (cues::has_phrase(toks, "claim_kind_event")) return "event";
  return "statement";
}

}  // namespace

ClaimFacts whole_text_fact(const Annotations& ann, std::int64_t article) {
  ClaimFacts f;
  f.id = 1;
  f.article = article;
  for (const auto& s : ann.sentences) {
    if (!f.text.empty()) f.text.push_back(' ');
    f.text += s.text;
  }
  for (const auto& q : ann.quantities)
    if (q.count_type && !q.repeat) f.quantities.push_back(q);
  auto pol = cues::polarity(f.text);
  f.stance = (pol.negated || pol.denies || pol.refutes) ? "denies" : "asserts";
  f.kind = kind_from_cues(f.text, f.quantities);
  const auto& ea = ann.entities;
  for (const auto& m : ea.mentions) add_entity(f, ea, m.entity);
  for (const auto& m : ea.mentions)
    if (m.entity >= 0 && ea.entities[static_cast<std::size_t>(m.entity)].kind == entities::Kind::place) {
      set_location(f, ea, m.entity);
      break;
    }
  for (const auto& t : ann.timexes) {
    if (t.type != "DATE" && t.type != "TIME") continue;
    if (auto iv = time::interval_of(t.value, t.mod)) {
      f.when = *iv;
      break;
    }
  }
  return f;
}

std::vector<ClaimFacts> facts_of(const Annotations& ann, std::int64_t article) {
  std::vector<ClaimFacts> out;
  if (ann.claims.empty()) {
    if (!ann.sentences.empty()) out.push_back(whole_text_fact(ann, article));
    return out;
  }
  const auto& ea = ann.entities;
  out.reserve(ann.claims.size());
  for (std::size_t i = 0; i < ann.claims.size(); ++i) {
    const auto& c = ann.claims[i];
    ClaimFacts f;
    f.id = static_cast<std::int64_t>(i) + 1;
    f.article = article;
    f.sentence = static_cast<std::int64_t>(c.sentence) + 1;
    f.text = c.text;
    f.stance = c.stance;
    f.kind = c.kind;
    set_speaker(f, ea, c.speaker_entity, c.speaker);
    set_location(f, ea, c.location_entity);
    for (const auto& m : ea.mentions)
      if (m.start >= c.start && m.end <= c.end) add_entity(f, ea, m.entity);
    for (int qi : c.quantities) {
      if (qi < 0 || static_cast<std::size_t>(qi) >= ann.quantities.size()) continue;
      auto q = ann.quantities[static_cast<std::size_t>(qi)];
      if (!q.count_type) continue;
      q.start = q.start >= c.start ? q.start - c.start : 0;
      q.end = q.end >= c.start ? q.end - c.start : 0;
      f.quantities.push_back(std::move(q));
    }
    if (i < ann.claim_dates.size()) {
      const auto& d = ann.claim_dates[i];
      if (d.said_on) f.said_on = *d.said_on;
      f.when = interval_from(d.event_date, d.event_date_end, d.precision);
    }
    out.push_back(std::move(f));
  }
  return out;
}

void unify_entities(std::vector<ClaimFacts*> facts) {
  std::map<std::string, std::int64_t> ids;
  auto id_of = [&](std::int64_t local, const std::string& name, const ClaimFacts& f) -> std::int64_t {
    if (local == 0) return 0;
    // Unnamed entities stay apart per text: "#<article>:<local id>".
    std::string key = name.empty() ? std::string() : entities::alias_key(name);
    if (key.empty()) {
      key.append(1, '#');
      key.append(std::to_string(f.article));
      key.append(1, ':');
      key.append(std::to_string(local));
    }
    auto [it, fresh] = ids.emplace(key, static_cast<std::int64_t>(ids.size()) + 1);
    (void)fresh;
    return it->second;
  };
  for (auto* f : facts) {
    if (!f) continue;
    f->speaker = id_of(f->speaker, f->speaker_name, *f);
    f->party = id_of(f->party, f->party_name, *f);
    f->location = id_of(f->location, f->location_name, *f);
    // A side's id is the id of the entity of that index (local ids are
    // entity index + 1), so it is renumbered through that entity's name.
    std::vector<std::int64_t> local = f->entities;
    std::vector<std::string> side_names;
    for (auto side : f->entity_sides) {
      std::string name;
      for (std::size_t i = 0; i < local.size(); ++i)
        if (local[i] == side && i < f->entity_names.size()) name = f->entity_names[i];
      side_names.push_back(name);
    }
    for (std::size_t i = 0; i < f->entities.size(); ++i)
      f->entities[i] = id_of(f->entities[i], i < f->entity_names.size() ? f->entity_names[i] : "", *f);
    for (std::size_t i = 0; i < f->entity_sides.size(); ++i)
      f->entity_sides[i] = side_names[i].empty() ? 0 : id_of(f->entity_sides[i], side_names[i], *f);
  }
}

}  // namespace claims::links
