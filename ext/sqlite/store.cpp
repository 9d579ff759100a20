#include "sqlite/store.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <iterator>
#include <map>
#include <set>

#include "core/text/fingerprint.hpp"

#include "sqlite/guard.hpp"

namespace claims::schema {
std::string_view embedded(std::string_view name);  // generated from sql/schema/*.sql
}

namespace claims::store {

namespace {
// Shadow tables (protected). "useralias" is deliberately not among them:
// analysts write it through the aliases view.
constexpr std::array<std::string_view, 18> kSuffixes = {
    "config",   "article", "sentence", "region", "log",  "entity",   "alias",   "mention",      "claim",
    "claimentity", "quantity", "timex", "link",  "claimkey", "para", "timeline", "cluster", "clusteroutlet"};
constexpr std::array<std::string_view, 1> kPlainSuffixes = {"useralias"};
constexpr std::array<const char*, 15> kViews = {
    "articles", "sentences", "boilerplate", "ingest_log", "entities", "mentions", "quantities", "aliases", "dates",
    "timeline", "contradictions", "claim_clusters", "claim_list", "casualty_figures", "disputed_figures"};
// Tables cleared and re-derived by claims_rebuild (articles keep their ids).
constexpr std::array<std::string_view, 13> kDerived = {
    "entity", "alias", "mention", "claim", "claimentity", "quantity", "timex",
    "link", "claimkey", "para", "timeline", "cluster", "clusteroutlet"};

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

namespace {
std::int64_t stored_version(sqlite3* db) {
  sql::Stmt q(db, "SELECT value FROM main.claims_corpus_config WHERE key = 'version'");
  return q.step() ? q.int64(0) : 0;
}
}  // namespace

void check_version(sqlite3* db) {
  std::int64_t v = stored_version(db);
  if (v == kFormatVersion) return;
  std::string what = "the corpus in this database has format version " + std::to_string(v) +
                     " but this extension reads version " + std::to_string(kFormatVersion);
  if (v == 1)
    throw sql::Error(what + "; upgrade it with SELECT claims_rebuild() (claims.so), or DROP TABLE claims_corpus"
                            " and ingest again");
  throw sql::Error(what + "; use the extension that wrote it, or DROP TABLE claims_corpus and ingest again");
}

// Version 1 → 2: the typed summary tables, alias origins, removed texts,
// the new views.
// claims_rebuild() then fills them from the stored texts.
void upgrade(sqlite3* db) {
  if (!exists(db) || stored_version(db) != 1) return;
  for (const char* name : kViews) sql::exec(db, (std::string("DROP VIEW IF EXISTS main.") + name).c_str());
  sql::exec(db, "ALTER TABLE main.claims_corpus_alias ADD COLUMN origin TEXT NOT NULL DEFAULT 'auto'");
  sql::exec(db, "ALTER TABLE main.claims_corpus_region ADD COLUMN text TEXT NOT NULL DEFAULT ''");
  sql::exec(db, "DROP INDEX IF EXISTS main.claims_corpus_claim_cluster");  // now (cluster_id, article_id)
  create_tables(db);
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
  for (auto suffix : kPlainSuffixes)
    sql::exec(db, ("DROP TABLE IF EXISTS main.claims_corpus_" + std::string(suffix)).c_str());
}

void YearTally::load() {
  if (loaded_) return;
  loaded_ = true;
  sql::Stmt q(db_,
              "SELECT CAST(substr(published, 1, 4) AS INTEGER), count(*) FROM main.claims_corpus_article"
              " WHERE published IS NOT NULL AND published_from <> 'inferred' GROUP BY 1");
  while (q.step()) counts_[static_cast<int>(q.int64(0))] += q.int64(1);
}

void YearTally::add(const Document& doc) {
  if (!loaded_) return;  // not read yet: the store will include it when it is
  const auto& a = doc.article;
  if (a.published && a.published->size() >= 4 && a.published_from != "inferred")
    ++counts_[std::atoi(a.published->substr(0, 4).c_str())];
}

CorpusContext YearTally::context() {
  CorpusContext c;
  c.year_hint = [this]() -> std::optional<int> {
    load();
    std::optional<int> year;
    std::int64_t best = 0;
    for (const auto& [y, n] : counts_)
      if (n >= best) {  // ties: the later year
        best = n;
        year = y;
      }
    return year;
  };
  return c;
}

void clear_derived(sqlite3* db) {
  for (auto suffix : kDerived) sql::exec(db, ("DELETE FROM main.claims_corpus_" + std::string(suffix)).c_str());
}



Writer::Writer(sqlite3* db, corpus::EntityResolver& resolver)
    : db_(db),
      resolver_(resolver),
      summaries_(db),
      links_(db, summaries_),
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
                     "INSERT INTO main.claims_corpus_region(article_id, start, \"end\", kind, text)"
                     " VALUES (?1, ?2, ?3, ?4, ?5)"),
      delete_sentences_(db, "DELETE FROM main.claims_corpus_sentence WHERE article_id = ?1"),
      delete_regions_(db, "DELETE FROM main.claims_corpus_region WHERE article_id = ?1"),
      insert_log_(db,
                  "INSERT INTO main.claims_corpus_log(at, path, line, action, reason)"
                  " VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?1, ?2, ?3, ?4)"),
      upsert_entity_(db,
                     "INSERT OR REPLACE INTO main.claims_corpus_entity(entity_id, name, kind, party_id, role,"
                     " deceased, key, lastkey, firstkey) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
      insert_alias_(db, "INSERT OR IGNORE INTO main.claims_corpus_alias(alias, entity_id) VALUES (?1, ?2)"),
      insert_mention_(db,
                      "INSERT INTO main.claims_corpus_mention(article_id, sentence_id, start, \"end\", text,"
                      " entity_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
      insert_claim_(db,
                    "INSERT INTO main.claims_corpus_claim(article_id, sentence_id, start, \"end\", text, speaker,"
                    " speaker_start, speaker_end, speaker_id, party_id, verb, verb_start, verb_end, stance, kind,"
                    " is_quote, hedged, location_id, confidence, said_on, event_date, event_date_end,"
                    " date_precision, date_rule)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,"
                    " ?20, ?21, ?22, ?23, ?24)"),
      insert_claim_entity_(db,
                           "INSERT OR IGNORE INTO main.claims_corpus_claimentity(entity_id, claim_id, role)"
                           " VALUES (?1, ?2, ?3)"),
      insert_quantity_(db,
                       "INSERT INTO main.claims_corpus_quantity(article_id, sentence_id, claim_id, start, \"end\","
                       " text, value, low, high, qualifier, count_type, object, repeat)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"),
      insert_timex_(db,
                    "INSERT INTO main.claims_corpus_timex(article_id, sentence_id, start, \"end\", text, type, value,"
                    " mod, rule) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
      insert_para_(db, "INSERT OR IGNORE INTO main.claims_corpus_para(hash, article_id) VALUES (?1, ?2)"),
      // The earliest article with the paragraph is enough: copies of a copy
      // point at the same original. (All of them would be quadratic when a
      // text is republished many times.)
      find_para_(db,
                 "SELECT p.article_id, coalesce(a.copy_of, a.article_id) FROM main.claims_corpus_para AS p"
                 " JOIN main.claims_corpus_article AS a ON a.article_id = p.article_id"
                 " WHERE p.hash = ?1 AND p.article_id < ?2 ORDER BY p.article_id LIMIT 1"),
      set_copy_of_(db, "UPDATE main.claims_corpus_article SET copy_of = ?2 WHERE article_id = ?1") {}

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
  std::vector<std::int64_t> sentence_ids;
  sentence_ids.reserve(doc.sentences.size());
  for (const auto& s : doc.sentences) {
    insert_sentence_.bind(1, id)
        .bind(2, static_cast<std::int64_t>(s.ord))
        .bind(3, static_cast<std::int64_t>(s.start))
        .bind(4, static_cast<std::int64_t>(s.end))
        .bind(5, std::string_view(s.text))
        .run();
    sentence_ids.push_back(sqlite3_last_insert_rowid(db_));
  }
  insert_annotations(id, doc.annotations, sentence_ids);
  mark_copy(id, doc);
  links_.add_article(id);
  summaries_.add_article(id);
  for (const auto& r : doc.removed) {
    insert_region_.bind(1, id)
        .bind(2, static_cast<std::int64_t>(r.start))
        .bind(3, static_cast<std::int64_t>(r.end))
        .bind(4, std::string_view(r.kind))
        .bind(5, std::string_view(r.text))
        .run();
  }
}

namespace {
std::int64_t i64(std::size_t v) { return static_cast<std::int64_t>(v); }
}  // namespace

void Writer::insert_annotations(std::int64_t id, const Annotations& a,
                                const std::vector<std::int64_t>& sentence_ids) {
  auto sentence_id = [&](std::size_t ord) -> std::optional<std::int64_t> {
    if (ord < sentence_ids.size()) return sentence_ids[ord];
    return std::nullopt;
  };
  auto bind_opt = [](sql::Stmt& st, int i, std::optional<std::int64_t> v) {
    if (v) st.bind(i, *v);
    else st.bind_null(i);
  };
  // Entities: resolve against the corpus, write what is new or changed.
  std::vector<std::int64_t> global = resolver_.resolve(a.entities);
  for (const auto& k : resolver_.take_changed_entities()) {
    upsert_entity_.bind(1, k.id)
        .bind(2, std::string_view(k.name))
        .bind(3, std::string_view(entities::kind_name(k.kind)))
        .bind(5, std::string_view(k.role))
        .bind(6, std::int64_t{k.deceased ? 1 : 0})
        .bind(7, std::string_view(entities::alias_key(k.name)))
        .bind(8, std::string_view(corpus::last_token_key(k.name)))
        .bind(9, std::string_view(corpus::first_token_key(k.name)));
    bind_opt(upsert_entity_, 4, k.party ? std::optional<std::int64_t>(k.party) : std::nullopt);
    upsert_entity_.run();
  }
  for (const auto& [alias, eid] : resolver_.take_new_aliases())
    insert_alias_.bind(1, std::string_view(alias)).bind(2, eid).run();
  auto entity = [&](int local) -> std::optional<std::int64_t> {
    if (local < 0 || static_cast<std::size_t>(local) >= global.size()) return std::nullopt;
    return global[static_cast<std::size_t>(local)];
  };
  for (const auto& m : a.entities.mentions) {
    auto eid = entity(m.entity);
    if (!eid) continue;
    insert_mention_.bind(1, id).bind(3, i64(m.start)).bind(4, i64(m.end)).bind(5, std::string_view(m.text)).bind(6, *eid);
    bind_opt(insert_mention_, 2, sentence_id(m.sentence));
    insert_mention_.run();
  }
  // Claims, each with the entities it involves.
  std::vector<std::optional<std::int64_t>> claim_of_quantity(a.quantities.size());
  for (std::size_t ci = 0; ci < a.claims.size(); ++ci) {
    const auto& c = a.claims[ci];
    const dating::ClaimDates none;
    const dating::ClaimDates& when = ci < a.claim_dates.size() ? a.claim_dates[ci] : none;
    auto speaker = entity(c.speaker_entity);
    std::optional<std::int64_t> party;
    if (c.speaker_entity >= 0 && static_cast<std::size_t>(c.speaker_entity) < a.entities.entities.size())
      party = entity(a.entities.entities[static_cast<std::size_t>(c.speaker_entity)].party);
    auto location = entity(c.location_entity);
    insert_claim_.bind(1, id)
        .bind(3, i64(c.start))
        .bind(4, i64(c.end))
        .bind(5, std::string_view(c.text))
        .bind(6, std::string_view(c.speaker))
        .bind(7, i64(c.speaker_start))
        .bind(8, i64(c.speaker_end))
        .bind(11, std::string_view(c.verb))
        .bind(12, i64(c.verb_start))
        .bind(13, i64(c.verb_end))
        .bind(14, std::string_view(c.stance))
        .bind(15, std::string_view(c.kind))
        .bind(16, std::int64_t{c.is_quote ? 1 : 0})
        .bind(17, std::int64_t{c.hedged ? 1 : 0});
    bind_opt(insert_claim_, 2, sentence_id(c.sentence));
    bind_opt(insert_claim_, 9, speaker);
    bind_opt(insert_claim_, 10, party);
    bind_opt(insert_claim_, 18, location);
    sqlite3_bind_double(insert_claim_.get(), 19, c.confidence);
    insert_claim_.bind(20, when.said_on).bind(21, when.event_date).bind(22, when.event_date_end);
    if (!when.precision.empty()) insert_claim_.bind(23, std::string_view(when.precision));
    if (!when.rule.empty()) insert_claim_.bind(24, std::string_view(when.rule));
    insert_claim_.run();
    std::int64_t claim_id = sqlite3_last_insert_rowid(db_);
    auto link = [&](std::optional<std::int64_t> eid, std::string_view role) {
      if (eid) insert_claim_entity_.bind(1, *eid).bind(2, claim_id).bind(3, role).run();
    };
    link(speaker, "speaker");
    link(party, "party");
    link(location, "location");
    // Mentions are in text order: visit only those inside the content.
    const auto& ms = a.entities.mentions;
    auto first = std::lower_bound(ms.begin(), ms.end(), c.start,
                                  [](const entities::Mention& m, std::size_t v) { return m.start < v; });
    for (auto m = first; m != ms.end() && m->start < c.end; ++m)
      if (m->end <= c.end) link(entity(m->entity), "mention");
    for (int q : c.quantities)
      if (q >= 0 && static_cast<std::size_t>(q) < claim_of_quantity.size() && !claim_of_quantity[static_cast<std::size_t>(q)])
        claim_of_quantity[static_cast<std::size_t>(q)] = claim_id;
  }
  auto sentence_at = [&](std::size_t pos) -> std::optional<std::int64_t> {
    auto after = std::upper_bound(a.sentences.begin(), a.sentences.end(), pos,
                                  [](std::size_t v, const Sentence& s) { return v < s.start; });
    if (after != a.sentences.begin() && pos < std::prev(after)->end) return sentence_id(std::prev(after)->ord);
    return std::nullopt;
  };
  for (const auto& t : a.timexes) {
    insert_timex_.bind(1, id)
        .bind(3, i64(t.start))
        .bind(4, i64(t.end))
        .bind(5, std::string_view(t.text))
        .bind(6, std::string_view(t.type))
        .bind(7, std::string_view(t.value))
        .bind(9, std::string_view(t.rule));
    if (!t.mod.empty()) insert_timex_.bind(8, std::string_view(t.mod));
    bind_opt(insert_timex_, 2, sentence_at(t.start));
    insert_timex_.run();
  }
  // Quantities, linked to the claim that carries them.
  for (std::size_t i = 0; i < a.quantities.size(); ++i) {
    const auto& q = a.quantities[i];
    std::optional<std::int64_t> sentence = sentence_at(q.start);
    insert_quantity_.bind(1, id)
        .bind(4, i64(q.start))
        .bind(5, i64(q.end))
        .bind(6, std::string_view(q.text))
        .bind(10, std::string_view(q.qualifier))
        .bind(11, q.count_type)
        .bind(12, q.object)
        .bind(13, std::int64_t{q.repeat ? 1 : 0});
    bind_opt(insert_quantity_, 2, sentence);
    bind_opt(insert_quantity_, 3, claim_of_quantity[i]);
    sqlite3_bind_double(insert_quantity_.get(), 7, q.value);
    if (q.low) sqlite3_bind_double(insert_quantity_.get(), 8, *q.low);
    if (q.high) sqlite3_bind_double(insert_quantity_.get(), 9, *q.high);
    insert_quantity_.run();
  }
}

// An article that repeats, word for word, a long paragraph (80+ letters)
// of an earlier one copies it (a wire text): it points at the original it
// shares most paragraphs with, so it does not count as another source.
void Writer::mark_copy(std::int64_t id, const Document& doc) {
  auto prints = text::paragraph_fingerprints(doc.article.body);
  std::map<std::int64_t, std::size_t> shared;  // original → paragraphs in common
  for (const auto& h : prints) {
    find_para_.bind(1, std::string_view(h)).bind(2, id);
    std::set<std::int64_t> originals;
    while (find_para_.step()) originals.insert(find_para_.int64(1));
    find_para_.reset();
    for (auto o : originals) ++shared[o];
    insert_para_.bind(1, std::string_view(h)).bind(2, id).run();
  }
  std::optional<std::int64_t> original;
  std::size_t best = 0;
  for (const auto& [o, n] : shared)
    if (n > best) {
      best = n;
      original = o;
    }
  // A long paragraph repeated word for word is a copy of a wire text.
  if (original && best >= 1) {
    set_copy_of_.bind(1, id).bind(2, *original).run();
  } else {
    set_copy_of_.bind(1, id).bind_null(2).run();
  }
}

void Writer::log(const std::optional<std::string>& path, std::int64_t line, std::string_view action,
                 std::string_view reason) {
  insert_log_.bind(1, path).bind(3, action).bind(4, reason);
  if (line > 0) insert_log_.bind(2, line);
  insert_log_.run();
}

}  // namespace claims::store
