// claims_claimreview(claim_id): a stored claim as schema.org ClaimReview
// JSON (ext/core/render builds it), with the claims that contradict it as
// the evidence; NULL for an unknown id. INNOCUOUS: reads the corpus.
#include <algorithm>

#include "core/render/claimreview.hpp"
#include "sqlite/db.hpp"
#include "sqlite/guard.hpp"
#include "sqlite/registry.hpp"
#include "sqlite/store.hpp"

namespace claims::sql {
namespace {

constexpr unsigned kJsonSubtype = 'J';  // SQLite's JSON1 marks its own JSON text so
// Contradicting claims cited, strongest first: a review that cites every
// copy of a much-disputed claim buries the point (the rest are counted).
constexpr std::size_t kCitedClaims = 10;

class ReviewReader {
 public:
  explicit ReviewReader(sqlite3* db)
      : claim_(db,
               "SELECT c.claim_id, c.text, coalesce(s.name, c.speaker), s.kind, p.name, c.said_on, c.hedged,"
               " a.url, a.title, a.published, a.source, c.cluster_id"
               " FROM main.claims_corpus_claim AS c"
               " JOIN main.claims_corpus_article AS a ON a.article_id = c.article_id"
               " LEFT JOIN main.claims_corpus_entity AS s ON s.entity_id = c.speaker_id"
               " LEFT JOIN main.claims_corpus_entity AS p ON p.entity_id = c.party_id"
               " WHERE c.claim_id = ?1"),
        links_(db,
               "SELECT other, kind, score, reason FROM ("
               " SELECT b AS other, kind, score, reason, link_id FROM main.claims_corpus_link WHERE a = ?1"
               " UNION ALL"
               " SELECT a, kind, score, reason, link_id FROM main.claims_corpus_link WHERE b = ?1)"
               " ORDER BY score DESC, link_id"),
        count_links_(db,
                     "SELECT (SELECT count(*) FROM main.claims_corpus_link WHERE a = ?1)"
                     " + (SELECT count(*) FROM main.claims_corpus_link WHERE b = ?1)"),
        // Claims of the cluster and its independent outlets, as the
        // claim_clusters view shows them.
        cluster_(db, "SELECT n_claims, n_outlets FROM main.claims_corpus_cluster WHERE cluster_id = ?1") {}

  // The claim and its cluster id, or nullopt when there is no such claim.
  std::optional<render::ReviewedClaim> claim(std::int64_t id, std::optional<std::int64_t>* cluster = nullptr) {
    claim_.bind(1, id);
    if (!claim_.step()) {
      claim_.reset();
      return std::nullopt;
    }
    render::ReviewedClaim c;
    c.id = claim_.int64(0);
    c.text = claim_.text(1).value_or("");
    c.author = claim_.text(2);
    c.author_is_person = claim_.text(3).value_or("") == "person";
    c.side = claim_.text(4);
    c.said_on = claim_.text(5);
    c.hedged = claim_.int64(6) != 0;
    c.appearance = {claim_.text(7), claim_.text(8), claim_.text(9), claim_.text(10)};
    if (cluster && !claim_.is_null(11)) *cluster = claim_.int64(11);
    claim_.reset();
    return c;
  }

  std::vector<render::ReviewEvidence> contradictions(std::int64_t id) {
    struct Link {
      std::int64_t other;
      std::string kind, reason;
      double score;
    };
    std::vector<Link> found;
    links_.bind(1, id);
    while (found.size() < kCitedClaims && links_.step())
      found.push_back({links_.int64(0), links_.text(1).value_or(""), links_.text(3).value_or(""),
                       sqlite3_column_double(links_.get(), 2)});
    links_.reset();
    std::vector<render::ReviewEvidence> out;
    for (auto& l : found)
      if (auto other = claim(l.other)) out.push_back({std::move(*other), l.kind, l.score, l.reason});
    return out;
  }

  std::int64_t count_contradictions(std::int64_t id) {
    count_links_.bind(1, id);
    std::int64_t n = count_links_.step() ? count_links_.int64(0) : 0;
    count_links_.reset();
    return n;
  }

  // (claims in the cluster, independent outlets)
  std::pair<std::int64_t, std::int64_t> cluster(std::int64_t cluster_id) {
    cluster_.bind(1, cluster_id);
    std::pair<std::int64_t, std::int64_t> out{0, 0};
    if (cluster_.step()) out = {cluster_.int64(0), cluster_.int64(1)};
    cluster_.reset();
    return out;
  }

 private:
  Stmt claim_, links_, count_links_, cluster_;
};

}  // namespace

void fn_claimreview(sqlite3_context* ctx, int, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  if (sqlite3_value_numeric_type(argv[0]) != SQLITE_INTEGER)
    throw Error("claim_id must be a claim's id (an integer); take it from claims.claim_id");
  std::int64_t id = sqlite3_value_int64(argv[0]);
  sqlite3* db = sqlite3_context_db_handle(ctx);
  if (!store::exists(db)) {
    sqlite3_result_null(ctx);
    return;
  }
  store::check_version(db);
  ReviewReader reader(db);
  std::optional<std::int64_t> cluster;
  auto claim = reader.claim(id, &cluster);
  if (!claim) {
    sqlite3_result_null(ctx);
    return;
  }
  render::ClaimReviewInput in;
  in.claim = std::move(*claim);
  in.contradictions = reader.contradictions(id);
  in.more_contradictions =
      std::max<std::int64_t>(0, reader.count_contradictions(id) - static_cast<std::int64_t>(in.contradictions.size()));
  if (cluster) {
    auto [n_claims, n_outlets] = reader.cluster(*cluster);
    if (n_claims > 1) {
      in.corroborating_claims = n_claims - 1;
      in.corroborating_outlets = n_outlets;
    }
  }
  std::string json = render::claimreview_json(in);
  sqlite3_result_text64(ctx, json.data(), json.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  // The JSON subtype: json_object() and json_group_array() embed the
  // result as an object instead of quoting it as a string.
  sqlite3_result_subtype(ctx, kJsonSubtype);
}

}  // namespace claims::sql
