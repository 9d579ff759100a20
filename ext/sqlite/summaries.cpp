#include "sqlite/summaries.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <utility>

namespace claims::store {

namespace {
// "party_id IS ?2": claims of no known side form their own row (NULL party).
constexpr const char* kDeleteDay = "DELETE FROM main.claims_corpus_timeline WHERE date = ?1 AND party_id IS ?2";
constexpr const char* kInsertDay =
    "INSERT INTO main.claims_corpus_timeline(date, party_id, n_claims, n_articles, n_disputed)"
    " SELECT ?1, ?2, count(*), count(DISTINCT c.article_id),"
    "   sum(EXISTS (SELECT 1 FROM main.claims_corpus_link AS l WHERE l.a = c.claim_id OR l.b = c.claim_id))"
    " FROM main.claims_corpus_claim AS c WHERE c.event_date = ?1 AND c.party_id IS ?2"
    " HAVING count(*) > 0";
constexpr const char* kDeleteCluster = "DELETE FROM main.claims_corpus_cluster WHERE cluster_id = ?1";
// An article that copies an earlier one (copy_of) counts as that original's
// outlet; an article with no source counts as an outlet of its own.
constexpr const char* kInsertCluster =
    "INSERT INTO main.claims_corpus_cluster(cluster_id, n_claims, n_articles, n_outlets, first_said,"
    " representative_id)"
    " SELECT ?1, count(*), count(DISTINCT c.article_id),"
    "   count(DISTINCT coalesce(o.source, 'article ' || o.article_id)), min(c.said_on),"
    "   (SELECT r.claim_id FROM main.claims_corpus_claim AS r WHERE r.cluster_id = ?1"
    "    ORDER BY r.said_on, r.claim_id LIMIT 1)"
    " FROM main.claims_corpus_claim AS c"
    " JOIN main.claims_corpus_article AS a ON a.article_id = c.article_id"
    " JOIN main.claims_corpus_article AS o ON o.article_id = coalesce(a.copy_of, a.article_id)"
    " WHERE c.cluster_id = ?1 HAVING count(*) > 0";
}  // namespace

void SummaryWriter::flush() {
  if (touched_.empty()) return;
  std::sort(touched_.begin(), touched_.end());
  touched_.erase(std::unique(touched_.begin(), touched_.end()), touched_.end());
  std::set<std::pair<std::string, std::optional<std::int64_t>>> days;
  std::set<std::int64_t> clusters;
  {
    sql::Stmt key(db_,
                  "SELECT event_date, party_id, coalesce(cluster_id, claim_id) FROM main.claims_corpus_claim"
                  " WHERE claim_id = ?1");
    for (std::int64_t id : touched_) {
      key.bind(1, id);
      if (key.step()) {
        if (auto day = key.text(0))
          days.emplace(*day, key.is_null(1) ? std::nullopt : std::optional<std::int64_t>(key.int64(1)));
        clusters.insert(key.int64(2));
      }
      key.reset();
    }
  }
  touched_.clear();
  sql::Stmt delete_day(db_, kDeleteDay), insert_day(db_, kInsertDay);
  for (const auto& [day, party] : days) {
    for (sql::Stmt* st : {&delete_day, &insert_day}) {
      st->bind(1, std::string_view(day));
      if (party) st->bind(2, *party);
      else st->bind_null(2);
      st->run();
    }
  }
  sql::Stmt delete_cluster(db_, kDeleteCluster), insert_cluster(db_, kInsertCluster);
  for (std::int64_t k : clusters) {
    delete_cluster.bind(1, k).run();
    insert_cluster.bind(1, k).run();
  }
}

}  // namespace claims::store
