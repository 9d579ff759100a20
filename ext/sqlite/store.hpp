// The corpus store: shadow tables under the prefix "claims_corpus_", owned
// by the claims_corpus virtual table (FTS5's model), plus the public views.
// Schema text lives in sql/schema/*.sql and is compiled in.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/corpus/resolver.hpp"
#include "core/pipeline.hpp"
#include "sqlite/db.hpp"
#include "sqlite/links_store.hpp"
#include "sqlite/summaries.hpp"

namespace claims::store {

// Bump when the shadow tables change shape; a corpus written with another
// version is refused with a message that says what to do.
inline constexpr int kFormatVersion = 2;  // 2: typed summaries (timeline, cluster), alias origin
inline constexpr const char* kTable = "claims_corpus";

// Shadow-table suffixes (the part after "claims_corpus_").
bool is_shadow_suffix(std::string_view suffix);

bool exists(sqlite3* db);
// Creates the corpus on first use (CREATE VIRTUAL TABLE claims_corpus ...)
// and checks its format version. For the write functions only.
void ensure(sqlite3* db);
// Throws sql::Error unless the stored format version is kFormatVersion.
void check_version(sqlite3* db);
// Brings a corpus of an older format version to kFormatVersion (its
// derived data must then be rebuilt: claims_rebuild() does both).
void upgrade(sqlite3* db);
// Used by the virtual table's xCreate / xDestroy.
void create_tables(sqlite3* db);
void drop_tables(sqlite3* db);

// Where an article came from, kept so claims_rebuild can re-derive it.
struct Origin {
  std::optional<std::string> path;
  std::int64_t line = 0;
  article::Given given;
};

// Deletes every row derived from the article texts (claims_rebuild).
void clear_derived(sqlite3* db);

// How many stored articles were published in each year (dates from the
// text or given, not inferred): the year hint for dates without a year.
// Kept up to date in memory during an ingest, so it is read once a call.
class YearTally {
 public:
  explicit YearTally(sqlite3* db) : db_(db) {}
  void add(const Document& doc);
  CorpusContext context();

 private:
  void load();
  sqlite3* db_;
  bool loaded_ = false;  // read from the store on first need only
  std::map<int, std::int64_t> counts_;
};

class Writer {
 public:
  Writer(sqlite3* db, corpus::EntityResolver& resolver);
  // Stores a new article with everything derived from it. Returns its id,
  // or nullopt when the same content is already stored.
  std::optional<std::int64_t> add(const Document& doc, const Origin& origin);
  // Rewrites article `id`'s metadata and everything derived from it; the
  // caller has already cleared the derived tables (claims_rebuild).
  void replace(std::int64_t id, const Document& doc, const Origin& origin);
  void log(const std::optional<std::string>& path, std::int64_t line, std::string_view action,
           std::string_view reason);

 private:
  void insert_derived(std::int64_t id, const Document& doc);
  void insert_annotations(std::int64_t id, const Annotations& a, const std::vector<std::int64_t>& sentence_ids);
  void mark_copy(std::int64_t id, const Document& doc);
  sqlite3* db_;
  corpus::EntityResolver& resolver_;
  SummaryWriter summaries_;  // before links_, which uses it
  LinkWriter links_;
  sql::Stmt find_hash_, insert_article_, update_article_, insert_sentence_, insert_region_,
      delete_sentences_, delete_regions_, insert_log_, upsert_entity_, insert_alias_, insert_mention_,
      insert_claim_, insert_claim_entity_, insert_quantity_, insert_timex_, insert_para_, find_para_,
      set_copy_of_;
};

}  // namespace claims::store
