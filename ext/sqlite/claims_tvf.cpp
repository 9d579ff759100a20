// claims / claims('name or place') / on_date('2021-09-04'): the stored
// claims, all of them, those involving one entity (as speaker, side,
// location or mentioned in the content; alias-aware: claims('Panjsher')
// finds Panjshir), or those whose event interval overlaps a date.
// Offsets are code points into articles.body.
#include <string>

#include "core/entities/entities.hpp"
#include "core/time/calendar.hpp"
#include "core/time/timex.hpp"
#include "sqlite/db.hpp"
#include "sqlite/guard.hpp"
#include "sqlite/pure_tvf.hpp"
#include "sqlite/query_tvf.hpp"
#include "sqlite/registry.hpp"

namespace claims::sql {
namespace {

// One column list for claims and on_date.
constexpr const char* kColumns =
    "claim_id INTEGER, article_id INTEGER, sentence_id INTEGER, start INTEGER, \"end\" INTEGER, text TEXT,"
    " speaker TEXT, speaker_start INTEGER, speaker_end INTEGER, speaker_canonical TEXT, party TEXT,"
    " verb TEXT, stance TEXT, kind TEXT, is_quote INTEGER, hedged INTEGER, location TEXT, confidence REAL,"
    " said_on TEXT, event_date TEXT, event_date_end TEXT, date_precision TEXT, date_rule TEXT,"
    " cluster_id INTEGER";
constexpr int kOut = 24;

constexpr const char* kSelect =
    "SELECT c.claim_id, c.article_id, c.sentence_id, c.start, c.\"end\", c.text, c.speaker,"
    " c.speaker_start, c.speaker_end, s.name, p.name, c.verb, c.stance, c.kind, c.is_quote, c.hedged,"
    " l.name, c.confidence, c.said_on, c.event_date, c.event_date_end, c.date_precision, c.date_rule,"
    " coalesce(c.cluster_id, c.claim_id)"
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

// Interval overlap as a range scan of the date index: an event that
// overlaps [lo, hi] starts at most `hi`, and no earlier than `lo` minus the
// longest event interval stored.
constexpr const char* kOnDate =
    " WHERE c.event_date BETWEEN"
    "   date(?1, '-' || (SELECT coalesce(max(julianday(event_date_end) - julianday(event_date)), 0)"
    "                    FROM main.claims_corpus_claim) || ' days') AND ?2"
    " AND c.event_date_end >= ?1";

void prepare_sql(sqlite3* db, const std::string& sql, sqlite3_stmt** out) {
  int rc = sqlite3_prepare_v2(db, sql.c_str(), -1, out, nullptr);
  if (rc != SQLITE_OK) throw_db_error(db, rc);
}

void bind(sqlite3_stmt* st, int i, const std::string& v) {
  sqlite3_bind_text64(st, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void prepare_claims(sqlite3* db, sqlite3_value** args, sqlite3_stmt** out) {
  std::string sql = kSelect;
  std::optional<std::string> about;
  if (args[0]) {
    about = text_arg(args[0], "name");
    sql += kAbout;
  }
  sql += " ORDER BY c.claim_id";
  prepare_sql(db, sql, out);
  // A NULL name stays unbound and matches nothing.
  if (about) {
    bind(*out, 1, *about);
    bind(*out, 2, entities::alias_key(*about));
  }
}

// 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or 'A/B' → first and last day.
std::pair<time::Date, time::Date> parse_period(const std::string& d) {
  auto bad = [&]() {
    return Error("'" + d + "' is not a date; use YYYY-MM-DD, YYYY-MM, YYYY or a range A/B");
  };
  auto one = [&](std::string_view p) -> std::pair<time::Date, time::Date> {
    auto all_digits = [](std::string_view s) {
      return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
    };
    if (p.size() == 10) {
      if (auto day = time::parse_iso_date(p)) return {*day, *day};
    } else if (p.size() == 7 && p[4] == '-' && all_digits(p.substr(0, 4)) && all_digits(p.substr(5, 2))) {
      int y = std::stoi(std::string(p.substr(0, 4))), m = std::stoi(std::string(p.substr(5, 2)));
      if (m >= 1 && m <= 12) return {{y, m, 1}, {y, m, time::calendar::days_in_month(y, m)}};
    } else if (p.size() == 4 && all_digits(p)) {
      int y = std::stoi(std::string(p));
      return {{y, 1, 1}, {y, 12, 31}};
    }
    throw bad();
  };
  auto slash = d.find('/');
  if (slash == std::string::npos) return one(d);
  auto a = one(std::string_view(d).substr(0, slash));
  auto b = one(std::string_view(d).substr(slash + 1));
  if (time::calendar::to_days(b.second) < time::calendar::to_days(a.first))
    throw Error("range '" + d + "' ends before it starts; put the earlier date first, as in 2021-09-01/2021-09-30");
  return {a.first, b.second};
}

void prepare_on_date(sqlite3* db, sqlite3_value** args, sqlite3_stmt** out) {
  auto d = text_arg(args[0], "date");
  if (!d) throw Error("date is NULL; use YYYY-MM-DD, YYYY-MM, YYYY or a range A/B");
  auto [lo, hi] = parse_period(*d);
  prepare_sql(db, std::string(kSelect) + kOnDate + " ORDER BY c.event_date, c.claim_id", out);
  bind(*out, 1, time::to_iso(lo));
  bind(*out, 2, time::to_iso(hi));
}

const std::string kClaimsSchema = std::string("CREATE TABLE x(") + kColumns + ", about HIDDEN)";
const std::string kOnDateSchema = std::string("CREATE TABLE x(") + kColumns + ", day HIDDEN)";

}  // namespace

const QueryTvfSpec kClaimsTvf = {"claims", kClaimsSchema.c_str(), kOut, 1, 0, "claims or claims(name)",
                                 "claim entity index", prepare_claims};
const QueryTvfSpec kOnDateTvf = {"on_date", kOnDateSchema.c_str(), kOut, 1, 1,
                                 "on_date('YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' | 'A/B')", "claim date index",
                                 prepare_on_date};

}  // namespace claims::sql
