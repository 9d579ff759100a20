#include "sqlite/summaries.hpp"

namespace claims::store {

// Whether claim `id` lies in its article's headline: the body starts with
// the title and the claim starts within it.
#define HEADLINE_CLAIM(id)                                                                              \
  "EXISTS (SELECT 1 FROM main.claims_corpus_claim AS h JOIN main.claims_corpus_article AS ha"           \
  " ON ha.article_id = h.article_id WHERE h.claim_id = " id " AND length(ha.title) > 0"                 \
  " AND substr(ha.body, 1, length(ha.title)) = ha.title AND h.start < length(ha.title))"

SummaryWriter::SummaryWriter(sqlite3* db)
    // One row per (event day, side) of the article: its claims, itself, and
    // those of its claims already in a contradiction. "WHERE true": an
    // upsert's SELECT needs a WHERE before ON CONFLICT.
    : add_days_(db,
                "INSERT INTO main.claims_corpus_timeline(date, party_id, n_claims, n_articles, n_disputed)"
                " SELECT c.event_date, coalesce(c.party_id, 0), count(*), 1,"
                "   sum(EXISTS (SELECT 1 FROM main.claims_corpus_link AS l WHERE l.a = c.claim_id OR l.b = c.claim_id))"
                " FROM main.claims_corpus_claim AS c WHERE c.article_id = ?1 AND c.event_date IS NOT NULL"
                " GROUP BY 1, 2"
                " ON CONFLICT(date, party_id) DO UPDATE SET n_claims = n_claims + excluded.n_claims,"
                "   n_articles = n_articles + 1, n_disputed = n_disputed + excluded.n_disputed"),
      mark_disputed_(db,
                     "UPDATE main.claims_corpus_timeline SET n_disputed = n_disputed + 1"
                     " WHERE (date, party_id) = (SELECT event_date, coalesce(party_id, 0)"
                     "                           FROM main.claims_corpus_claim WHERE claim_id = ?1)"),
      claims_of_article_(db,
                         "SELECT claim_id, coalesce(cluster_id, claim_id), said_on FROM main.claims_corpus_claim"
                         " WHERE article_id = ?1 ORDER BY claim_id"),
      // A wire copy (copy_of) counts as its original's outlet; an article
      // with no source is an outlet of its own.
      outlet_of_article_(db,
                         "SELECT coalesce(o.source, 'article ' || o.article_id) FROM main.claims_corpus_article AS a"
                         " JOIN main.claims_corpus_article AS o ON o.article_id = coalesce(a.copy_of, a.article_id)"
                         " WHERE a.article_id = ?1"),
      new_cluster_(db,
                   "INSERT OR IGNORE INTO main.claims_corpus_cluster(cluster_id, n_claims, n_articles, n_outlets,"
                   " first_said, representative_id) VALUES (?1, 0, 0, 0, NULL, ?2)"),
      seen_article_(db,
                    "SELECT 1 FROM main.claims_corpus_claim WHERE cluster_id = ?1 AND article_id = ?2"
                    " AND claim_id < ?3 LIMIT 1"),
      add_outlet_(db, "INSERT OR IGNORE INTO main.claims_corpus_clusteroutlet(cluster_id, outlet) VALUES (?1, ?2)"),
      // The representative is the first said (a NULL said_on sorts first,
      // as in ORDER BY said_on, claim_id); a new claim has the largest id,
      // so it takes over only when said strictly earlier — or on the same
      // day when the representative is only a headline's wording ("Over N
      // from X killed") and the new claim is from a body, which states it
      // in full.
      count_claim_(db,
                   "UPDATE main.claims_corpus_cluster SET n_claims = n_claims + 1,"
                   " n_articles = n_articles + ?3, n_outlets = n_outlets + ?4,"
                   " first_said = CASE WHEN first_said IS NULL OR ?5 < first_said THEN coalesce(?5, first_said)"
                   "                   ELSE first_said END,"
                   " representative_id = CASE"
                   "   WHEN representative_id = ?2 THEN ?2"
                   "   WHEN ?5 IS (SELECT r.said_on FROM main.claims_corpus_claim AS r"
                   "               WHERE r.claim_id = representative_id)"
                   "        AND " HEADLINE_CLAIM("representative_id") " AND NOT " HEADLINE_CLAIM("?2") " THEN ?2"
                   "   WHEN (SELECT r.said_on FROM main.claims_corpus_claim AS r"
                   "         WHERE r.claim_id = representative_id) IS NULL THEN representative_id"
                   "   WHEN ?5 IS NULL OR ?5 < (SELECT r.said_on FROM main.claims_corpus_claim AS r"
                   "                            WHERE r.claim_id = representative_id) THEN ?2"
                   "   ELSE representative_id END"
                   " WHERE cluster_id = ?1") {}

void SummaryWriter::add_article(std::int64_t article_id) {
  add_days_.bind(1, article_id).run();
  outlet_of_article_.bind(1, article_id);
  std::string outlet = outlet_of_article_.step() ? outlet_of_article_.text(0).value_or("") : "";
  outlet_of_article_.reset();
  claims_of_article_.bind(1, article_id);
  while (claims_of_article_.step()) {
    std::int64_t claim = claims_of_article_.int64(0), cluster = claims_of_article_.int64(1);
    std::optional<std::string> said = claims_of_article_.text(2);
    new_cluster_.bind(1, cluster).bind(2, claim).run();
    seen_article_.bind(1, cluster).bind(2, article_id).bind(3, claim);
    bool new_article = !seen_article_.step();
    seen_article_.reset();
    add_outlet_.bind(1, cluster).bind(2, std::string_view(outlet)).run();
    bool new_outlet = sqlite3_changes(sqlite3_db_handle(add_outlet_.get())) > 0;
    count_claim_.bind(1, cluster)
        .bind(2, claim)
        .bind(3, std::int64_t{new_article ? 1 : 0})
        .bind(4, std::int64_t{new_outlet ? 1 : 0})
        .bind(5, said)
        .run();
  }
  claims_of_article_.reset();
}

void SummaryWriter::disputed(std::int64_t claim_id) { mark_disputed_.bind(1, claim_id).run(); }

#undef HEADLINE_CLAIM

}  // namespace claims::store
