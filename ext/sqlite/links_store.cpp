#include "sqlite/links_store.hpp"

#include <algorithm>
#include <set>

#include "sqlite/guard.hpp"

namespace claims::store {

FactsLoader::FactsLoader(sqlite3* db)
    : claim_(db,
             "SELECT c.article_id, c.text, c.stance, c.kind, c.speaker_id, c.party_id, c.location_id, s.name,"
             " p.name, l.name, c.event_date, c.event_date_end, c.date_precision, c.said_on, c.start"
             " FROM main.claims_corpus_claim AS c"
             " LEFT JOIN main.claims_corpus_entity AS s ON s.entity_id = c.speaker_id"
             " LEFT JOIN main.claims_corpus_entity AS p ON p.entity_id = c.party_id"
             " LEFT JOIN main.claims_corpus_entity AS l ON l.entity_id = c.location_id"
             " WHERE c.claim_id = ?1"),
      entities_(db,
                "SELECT DISTINCT ce.entity_id, e.name FROM main.claims_corpus_claimentity AS ce"
                " JOIN main.claims_corpus_entity AS e ON e.entity_id = ce.entity_id"
                " WHERE ce.claim_id = ?1 AND ce.role IN ('mention', 'location') ORDER BY ce.entity_id"),
      quantities_(db,
                  "SELECT start, \"end\", text, value, low, high, qualifier, count_type, object, repeat"
                  " FROM main.claims_corpus_quantity WHERE claim_id = ?1 ORDER BY start") {}

std::optional<links::ClaimFacts> FactsLoader::load(std::int64_t claim_id) {
  claim_.bind(1, claim_id);
  if (!claim_.step()) {
    claim_.reset();
    return std::nullopt;
  }
  links::ClaimFacts f;
  f.id = claim_id;
  f.article = claim_.int64(0);
  f.text = claim_.text(1).value_or("");
  f.stance = claim_.text(2).value_or("");
  f.kind = claim_.text(3).value_or("");
  f.speaker = claim_.int64(4);
  f.party = claim_.int64(5);
  f.location = claim_.int64(6);
  f.speaker_name = claim_.text(7).value_or("");
  f.party_name = claim_.text(8).value_or("");
  f.location_name = claim_.text(9).value_or("");
  auto first = time::parse_iso_date(claim_.text(10).value_or(""));
  auto last = time::parse_iso_date(claim_.text(11).value_or(""));
  if (first && last) f.when = time::Interval{*first, *last, claim_.text(12).value_or("day")};
  f.said_on = claim_.text(13).value_or("");
  std::int64_t start = claim_.int64(14);
  claim_.reset();
  entities_.bind(1, claim_id);
  while (entities_.step()) {
    f.entities.push_back(entities_.int64(0));
    f.entity_names.push_back(entities_.text(1).value_or(""));
  }
  entities_.reset();
  quantities_.bind(1, claim_id);
  while (quantities_.step()) {
    quantities::Quantity q;
    // Offsets into the claim's text, as ClaimFacts wants them.
    q.start = static_cast<std::size_t>(std::max<std::int64_t>(0, quantities_.int64(0) - start));
    q.end = static_cast<std::size_t>(std::max<std::int64_t>(0, quantities_.int64(1) - start));
    q.text = quantities_.text(2).value_or("");
    q.value = sqlite3_column_double(quantities_.get(), 3);
    if (!quantities_.is_null(4)) q.low = sqlite3_column_double(quantities_.get(), 4);
    if (!quantities_.is_null(5)) q.high = sqlite3_column_double(quantities_.get(), 5);
    q.qualifier = quantities_.text(6).value_or("");
    q.count_type = quantities_.text(7);
    q.object = quantities_.text(8);
    q.repeat = quantities_.int64(9) != 0;
    f.quantities.push_back(std::move(q));
  }
  quantities_.reset();
  return f;
}

LinkWriter::LinkWriter(sqlite3* db, SummaryWriter& summaries)
    : db_(db),
      loader_(db),
      summaries_(summaries),
      claims_of_article_(db, "SELECT claim_id FROM main.claims_corpus_claim WHERE article_id = ?1 ORDER BY claim_id"),
      insert_key_(db, "INSERT OR IGNORE INTO main.claims_corpus_claimkey(key, claim_id) VALUES (?1, ?2)"),
      candidates_(db,
                  "SELECT claim_id FROM main.claims_corpus_claimkey WHERE key = ?1 AND claim_id <> ?2"
                  " ORDER BY claim_id DESC LIMIT ?3"),
      insert_link_(db,
                   "INSERT OR IGNORE INTO main.claims_corpus_link(a, b, kind, score, reason)"
                   " VALUES (?1, ?2, ?3, ?4, ?5)"),
      set_cluster_(db, "UPDATE main.claims_corpus_claim SET cluster_id = ?2 WHERE claim_id = ?1"),
      get_cluster_(db, "SELECT coalesce(cluster_id, claim_id) FROM main.claims_corpus_claim WHERE claim_id = ?1"),
      has_link_(db, "SELECT 1 FROM main.claims_corpus_link WHERE a = ?1 OR b = ?1 LIMIT 1") {}

const links::ClaimFacts& LinkWriter::facts(std::int64_t claim_id) {
  auto it = cache_.find(claim_id);
  if (it != cache_.end()) return it->second;
  auto f = loader_.load(claim_id);
  if (!f) throw sql::Error("claim " + std::to_string(claim_id) + " vanished while linking; another connection changed the corpus: run claims_rebuild()");
  return cache_.emplace(claim_id, std::move(*f)).first->second;
}

std::int64_t LinkWriter::cluster_of(std::int64_t claim_id) {
  get_cluster_.bind(1, claim_id);
  std::int64_t c = get_cluster_.step() ? get_cluster_.int64(0) : claim_id;
  get_cluster_.reset();
  return c;
}

void LinkWriter::add_article(std::int64_t article_id) {
  // Stored facts do not change: the cache lives for the whole ingest, so
  // the claims an article is compared with are read once, within a bound.
  if (cache_.size() > kMaxCachedFacts) cache_.clear();
  std::vector<std::int64_t> ids;
  claims_of_article_.bind(1, article_id);
  while (claims_of_article_.step()) ids.push_back(claims_of_article_.int64(0));
  claims_of_article_.reset();
  for (std::int64_t id : ids) {
    set_cluster_.bind(1, id).bind(2, id).run();
    const links::ClaimFacts& mine = facts(id);
    std::vector<std::string> keys = links::blocking_keys(mine);
    std::set<std::int64_t> candidates;
    for (const auto& key : keys) {
      candidates_.bind(1, std::string_view(key)).bind(2, id).bind(3, std::int64_t{kMaxPerKey});
      while (candidates_.step()) candidates.insert(candidates_.int64(0));
      candidates_.reset();
      insert_key_.bind(1, std::string_view(key)).bind(2, id).run();
    }
    while (candidates.size() > kMaxCandidates) candidates.erase(candidates.begin());  // keep the newest
    std::int64_t joined = 0;
    for (std::int64_t other : candidates) {
      const links::ClaimFacts& theirs = facts(other);  // older: stored before `id`
      if (auto link = links::contradiction(theirs, facts(id))) {
        // The article's own claims are counted with it (SummaryWriter).
        bool newly_disputed = false;
        if (theirs.article != article_id) {
          has_link_.bind(1, other);
          newly_disputed = !has_link_.step();
          has_link_.reset();
        }
        insert_link_.bind(1, std::min(other, id))
            .bind(2, std::max(other, id))
            .bind(3, std::string_view(link->kind))
            .bind(5, std::string_view(link->reason));
        sqlite3_bind_double(insert_link_.get(), 4, link->score);
        insert_link_.run();
        if (newly_disputed && sqlite3_changes(db_) > 0) summaries_.disputed(other);
      } else if (joined == 0 && links::corroborates(theirs, facts(id))) {
        // Join the candidate's cluster only if its first claim (the
        // representative) is corroborated too: clusters do not drift
        // through chains of loosely similar claims.
        std::int64_t rep = cluster_of(other);
        if (rep == other || links::corroborates(facts(rep), facts(id))) {
          joined = rep;
          set_cluster_.bind(1, id).bind(2, rep).run();
        }
      }
    }
  }
}

}  // namespace claims::store
