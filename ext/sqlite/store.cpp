#include "sqlite/store.hpp"

#include <array>

#include "sqlite/guard.hpp"

namespace claims::schema {
std::string_view embedded(std::string_view name);  // generated from sql/schema/*.sql
}

namespace claims::store {

namespace {
constexpr std::array<std::string_view, 5> kSuffixes = {"config", "article", "sentence", "region", "log"};
constexpr std::array<const char*, 4> kViews = {"articles", "sentences", "boilerplate", "ingest_log"};

std::string schema_sql(std::string_view name) {
  std::string_view sql = schema::embedded(name);
  if (sql.empty()) throw std::logic_error("missing embedded schema " + std::string(name));
  return std::string(sql);
}
}  // namespace

bool is_shadow_suffix(std::string_view suffix) {
  for (auto s : kSuffixes)
    if (s == suffix) return true;
  return false;
}

bool exists(sqlite3* db) {
  sql::Stmt q(db, "SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = ?1");
  q.bind(1, std::string_view(kTable));
  return q.step();
}

void check_version(sqlite3* db) {
  sql::Stmt q(db, "SELECT value FROM main.claims_corpus_config WHERE key = 'version'");
  std::int64_t v = q.step() ? q.int64(0) : 0;
  if (v != kFormatVersion)
    throw sql::Error("the corpus in this database has format version " + std::to_string(v) +
                     " but this extension reads version " + std::to_string(kFormatVersion) +
                     "; re-ingest into a new database, or DROP TABLE claims_corpus and ingest again");
}

namespace {
// A user table with one of our public view names would silently shadow the
// corpus: refuse instead.
void check_names_free(sqlite3* db) {
  for (const char* name : kViews) {
    sql::Stmt q(db, "SELECT type FROM main.sqlite_master WHERE name = ?1 AND type <> 'view'");
    q.bind(1, std::string_view(name));
    if (q.step())
      throw sql::Error(std::string("this database already has a ") + *q.text(0) + " named '" + name +
                       "'; the corpus needs that name for its view: rename it first");
  }
}
}  // namespace

void ensure(sqlite3* db) {
  if (!exists(db)) {
    check_names_free(db);
    sql::exec(db, "CREATE VIRTUAL TABLE main.claims_corpus USING claims_corpus");
  }
  check_version(db);
}

void create_tables(sqlite3* db) {
  check_names_free(db);
  sql::exec(db, schema_sql("corpus").c_str());
  sql::exec(db, schema_sql("views").c_str());
  sql::Stmt v(db, "INSERT OR REPLACE INTO main.claims_corpus_config(key, value) VALUES ('version', ?1)");
  v.bind(1, std::int64_t{kFormatVersion}).run();
}

void drop_tables(sqlite3* db) {
  for (const char* name : kViews) sql::exec(db, (std::string("DROP VIEW IF EXISTS main.") + name).c_str());
  for (auto suffix : kSuffixes)
    sql::exec(db, ("DROP TABLE IF EXISTS main.claims_corpus_" + std::string(suffix)).c_str());
}

Writer::Writer(sqlite3* db)
    : db_(db),
      find_hash_(db, "SELECT article_id FROM main.claims_corpus_article WHERE hash = ?1"),
      insert_article_(db,
                      "INSERT INTO main.claims_corpus_article(hash, path, line, source, url, title, byline,"
                      " outlet, published, published_from, body, raw, given_title, given_published,"
                      " given_source, given_url, ingested_at)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,"
                      " strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"),
      update_article_(db,
                      "UPDATE main.claims_corpus_article SET hash = ?2, source = ?3, url = ?4, title = ?5,"
                      " byline = ?6, outlet = ?7, published = ?8, published_from = ?9, body = ?10"
                      " WHERE article_id = ?1"),
      insert_sentence_(db,
                       "INSERT INTO main.claims_corpus_sentence(article_id, ord, start, \"end\", text)"
                       " VALUES (?1, ?2, ?3, ?4, ?5)"),
      insert_region_(db,
                     "INSERT INTO main.claims_corpus_region(article_id, start, \"end\", kind)"
                     " VALUES (?1, ?2, ?3, ?4)"),
      delete_sentences_(db, "DELETE FROM main.claims_corpus_sentence WHERE article_id = ?1"),
      delete_regions_(db, "DELETE FROM main.claims_corpus_region WHERE article_id = ?1"),
      insert_log_(db,
                  "INSERT INTO main.claims_corpus_log(at, path, line, action, reason)"
                  " VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?1, ?2, ?3, ?4)") {}

namespace {
// What the articles.source column shows: the source given at ingest, else
// the outlet the text names, else the URL's host.
std::optional<std::string> shown_source(const Document& doc, const Origin& origin) {
  if (origin.given.source) return origin.given.source;
  if (doc.article.outlet) return doc.article.outlet;
  if (origin.given.url) {
    std::string_view u = *origin.given.url;
    auto scheme = u.find("://");
    if (scheme != std::string_view::npos) {
      u.remove_prefix(scheme + 3);
      u = u.substr(0, u.find('/'));
      if (u.substr(0, 4) == "www.") u.remove_prefix(4);
      if (!u.empty()) return std::string(u);
    }
  }
  return std::nullopt;
}
}  // namespace

std::optional<std::int64_t> Writer::add(const Document& doc, const Origin& origin) {
  find_hash_.bind(1, std::string_view(doc.key));
  bool known = find_hash_.step();
  find_hash_.reset();
  if (known) return std::nullopt;
  const auto& a = doc.article;
  insert_article_.bind(1, std::string_view(doc.key))
      .bind(2, origin.path)
      .bind(4, shown_source(doc, origin))
      .bind(5, origin.given.url)
      .bind(6, a.title)
      .bind(7, a.byline)
      .bind(8, a.outlet)
      .bind(9, a.published)
      .bind(10, a.published_from)
      .bind(11, std::string_view(a.body))
      .bind(12, std::string_view(a.text))
      .bind(13, origin.given.title)
      .bind(14, origin.given.published)
      .bind(15, origin.given.source)
      .bind(16, origin.given.url);
  if (origin.line > 0) insert_article_.bind(3, origin.line);
  insert_article_.run();
  std::int64_t id = sqlite3_last_insert_rowid(db_);
  insert_derived(id, doc);
  return id;
}

void Writer::replace(std::int64_t id, const Document& doc, const Origin& origin) {
  const auto& a = doc.article;
  update_article_.bind(1, id)
      .bind(2, std::string_view(doc.key))
      .bind(3, shown_source(doc, origin))
      .bind(4, origin.given.url)
      .bind(5, a.title)
      .bind(6, a.byline)
      .bind(7, a.outlet)
      .bind(8, a.published)
      .bind(9, a.published_from)
      .bind(10, std::string_view(a.body))
      .run();
  delete_sentences_.bind(1, id).run();
  delete_regions_.bind(1, id).run();
  insert_derived(id, doc);
}

void Writer::insert_derived(std::int64_t id, const Document& doc) {
  for (const auto& s : doc.sentences) {
    insert_sentence_.bind(1, id)
        .bind(2, static_cast<std::int64_t>(s.ord))
        .bind(3, static_cast<std::int64_t>(s.start))
        .bind(4, static_cast<std::int64_t>(s.end))
        .bind(5, std::string_view(s.text))
        .run();
  }
  for (const auto& r : doc.removed) {
    insert_region_.bind(1, id)
        .bind(2, static_cast<std::int64_t>(r.start))
        .bind(3, static_cast<std::int64_t>(r.end))
        .bind(4, std::string_view(r.kind))
        .run();
  }
}

void Writer::log(const std::optional<std::string>& path, std::int64_t line, std::string_view action,
                 std::string_view reason) {
  insert_log_.bind(1, path).bind(3, action).bind(4, reason);
  if (line > 0) insert_log_.bind(2, line);
  insert_log_.run();
}

}  // namespace claims::store
