// claims / claims('name or place'): every attributed claim of the corpus,
// or those involving one entity (as speaker, side, location or mentioned
// in the content), alias-aware: claims('Panjsher') finds Panjshir.
// Offsets are code points into articles.body.
#include <string>

#include "core/entities/entities.hpp"
#include "sqlite/db.hpp"
#include "sqlite/guard.hpp"
#include "sqlite/pure_tvf.hpp"
#include "sqlite/query_tvf.hpp"
#include "sqlite/registry.hpp"

namespace claims::sql {
namespace {

constexpr const char* kSelect =
    "SELECT c.claim_id, c.article_id, c.sentence_id, c.start, c.\"end\", c.text, c.speaker,"
    " c.speaker_start, c.speaker_end, s.name, p.name, c.verb, c.stance, c.kind, c.is_quote, c.hedged,"
    " l.name, c.confidence"
    " FROM main.claims_corpus_claim AS c"
    " LEFT JOIN main.claims_corpus_entity AS s ON s.entity_id = c.speaker_id"
    " LEFT JOIN main.claims_corpus_entity AS p ON p.entity_id = c.party_id"
    " LEFT JOIN main.claims_corpus_entity AS l ON l.entity_id = c.location_id";

// The entities a name may denote: an analyst's alias edit, else the
// aliases seen, plus every entity whose folded name matches.
constexpr const char* kAbout =
    " WHERE c.claim_id IN (SELECT ce.claim_id FROM main.claims_corpus_claimentity AS ce WHERE ce.entity_id IN ("
    "   SELECT e.entity_id FROM main.claims_corpus_useralias AS u"
    "     JOIN main.claims_corpus_entity AS e ON e.name = u.entity_name WHERE u.alias = ?1"
    "   UNION SELECT a.entity_id FROM main.claims_corpus_alias AS a WHERE a.alias = ?1"
    "     AND NOT EXISTS (SELECT 1 FROM main.claims_corpus_useralias AS u WHERE u.alias = ?1)"
    "   UNION SELECT e.entity_id FROM main.claims_corpus_entity AS e WHERE e.key = ?2))";

void prepare(sqlite3* db, sqlite3_value** args, sqlite3_stmt** out) {
  std::string sql = kSelect;
  std::optional<std::string> about;
  if (args[0]) about = text_arg(args[0], "name");
  if (args[0]) sql += kAbout;
  sql += " ORDER BY c.claim_id";
  int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, out, nullptr);
  if (rc != SQLITE_OK) throw_db_error(db, rc);
  if (args[0]) {
    // NULL matches nothing; a name binds as given and as its folded key.
    std::string a = about.value_or(""), key = about ? entities::alias_key(*about) : std::string();
    if (about) {
      sqlite3_bind_text64(*out, 1, a.data(), a.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
      sqlite3_bind_text64(*out, 2, key.data(), key.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
  }
}

}  // namespace

const QueryTvfSpec kClaimsTvf = {
    "claims",
    "CREATE TABLE x(claim_id INTEGER, article_id INTEGER, sentence_id INTEGER, start INTEGER,"
    " \"end\" INTEGER, text TEXT, speaker TEXT, speaker_start INTEGER, speaker_end INTEGER,"
    " speaker_canonical TEXT, party TEXT, verb TEXT, stance TEXT, kind TEXT, is_quote INTEGER,"
    " hedged INTEGER, location TEXT, confidence REAL, about HIDDEN)",
    18, 1, prepare};

}  // namespace claims::sql
