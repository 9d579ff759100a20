// claims_ingest(path), claims_ingest_text(text [, published [, source]]),
// claims_rebuild(): the write side. All DIRECTONLY, all transactional: one
// savepoint per call, rolled back whole on any database error, so nothing
// already stored is lost and nothing is half-written.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/article/reader.hpp"
#include "core/pipeline.hpp"
#include "sqlite/entity_index.hpp"
#include "sqlite/guard.hpp"
#include "sqlite/registry.hpp"
#include "sqlite/store.hpp"

namespace claims::sql {
namespace {

std::optional<std::string> opt_text(sqlite3_value* v) {
  if (!v || sqlite3_value_type(v) == SQLITE_NULL) return std::nullopt;
  const auto* p = reinterpret_cast<const char*>(sqlite3_value_text(v));
  if (!p) throw std::bad_alloc();
  return std::string(p, static_cast<std::size_t>(sqlite3_value_bytes(v)));
}

bool looks_like_url(std::string_view s) {
  return s.substr(0, 7) == "http://" || s.substr(0, 8) == "https://";
}

// "files done / total, MB/s" on stderr, only when a person is watching.
class Progress {
 public:
  Progress(std::size_t total_files, std::uint64_t total_bytes)
      : enabled_(isatty(STDERR_FILENO) && total_files > 1), total_(total_files),
        total_mb_(static_cast<double>(total_bytes) / 1e6), start_(Clock::now()), last_(start_) {}
  void update(std::size_t files_done, std::uint64_t bytes_done, bool final = false) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (!final && now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double mb = static_cast<double>(bytes_done) / 1e6;
    std::fprintf(stderr, "\rclaims: %zu/%zu files, %.1f/%.1f MB, %.1f MB/s%s", files_done, total_, mb,
                 total_mb_, secs > 0 ? mb / secs : 0.0, final ? "\n" : "");
    std::fflush(stderr);
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  std::size_t total_;
  double total_mb_;
  Clock::time_point start_, last_;
};

// One article through the pipeline into the store; returns its id or nullopt.
std::optional<std::int64_t> ingest_one(store::Writer& w, std::string_view bytes, const store::Origin& origin,
                                       store::YearTally& years) {
  std::string reason, note;
  auto doc = process(bytes, origin.given, reason, note, years.context());
  if (!doc) {
    w.log(origin.path, origin.line, "skipped", reason);
    return std::nullopt;
  }
  if (!note.empty()) w.log(origin.path, origin.line, "note", note);
  for (const auto& n : doc->article.notes) w.log(origin.path, origin.line, "note", n);
  auto id = w.add(*doc, origin);
  if (id) years.add(*doc);
  return id;
}

}  // namespace

void fn_ingest(sqlite3_context* ctx, int, sqlite3_value** argv) {
  auto path = opt_text(argv[0]);
  if (!path || path->empty()) throw Error("path is NULL or empty; give a file, a directory or a glob");
  article::FileList files;
  try {
    files = article::list_files(*path);
  } catch (const std::invalid_argument& e) {
    throw Error(std::string(e.what()) + "; give an existing file, a directory or a glob that matches files");
  }
  sqlite3* db = sqlite3_context_db_handle(ctx);
  Savepoint sp(db, "claims_ingest");
  store::ensure(db);
  store::SqlEntityIndex index(db);
  corpus::EntityResolver resolver(index);
  store::Writer w(db, resolver);
  for (const auto& s : files.skipped) w.log(s.path, static_cast<std::int64_t>(s.line), "skipped", s.reason);

  std::int64_t added = 0;
  std::uint64_t bytes_done = 0;
  Progress progress(files.files.size(), files.total_bytes);
  store::YearTally years(db);
  for (std::size_t i = 0; i < files.files.size(); ++i) {
    const std::string& file = files.files[i];
    article::read_file(
        file,
        [&](article::RawArticle&& raw) {
          store::Origin origin{raw.path, static_cast<std::int64_t>(raw.line), raw.given};
          bytes_done += raw.bytes.size();
          if (ingest_one(w, raw.bytes, origin, years)) ++added;
        },
        [&](article::Skipped&& s) { w.log(s.path, static_cast<std::int64_t>(s.line), "skipped", s.reason); });
    progress.update(i + 1, bytes_done);
  }
  progress.update(files.files.size(), bytes_done, true);
  sp.release();
  sqlite3_result_int64(ctx, added);
}

void fn_ingest_text(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_null(ctx);
    return;
  }
  // TEXT or BLOB: take the bytes as stored, decoding decides if usable.
  const void* p = sqlite3_value_blob(argv[0]);
  int n = sqlite3_value_bytes(argv[0]);
  if (!p && n > 0) throw std::bad_alloc();
  std::string_view bytes(static_cast<const char*>(p), static_cast<std::size_t>(n));

  store::Origin origin;
  if (argc > 1) origin.given.published = opt_text(argv[1]);
  if (argc > 2) {
    auto source = opt_text(argv[2]);
    if (source && looks_like_url(*source)) origin.given.url = source;
    else origin.given.source = source;
  }
  sqlite3* db = sqlite3_context_db_handle(ctx);
  Savepoint sp(db, "claims_ingest_text");
  store::ensure(db);
  store::SqlEntityIndex index(db);
  corpus::EntityResolver resolver(index);
  store::Writer w(db, resolver);
  store::YearTally years(db);
  auto id = ingest_one(w, bytes, origin, years);
  sp.release();
  if (id) sqlite3_result_int64(ctx, *id);
  else sqlite3_result_null(ctx);
}

void fn_rebuild(sqlite3_context* ctx, int, sqlite3_value**) {
  sqlite3* db = sqlite3_context_db_handle(ctx);
  Savepoint sp(db, "claims_rebuild");
  store::upgrade(db);
  store::ensure(db);
  std::vector<std::int64_t> ids;
  {
    Stmt q(db, "SELECT article_id FROM main.claims_corpus_article ORDER BY article_id");
    while (q.step()) ids.push_back(q.int64(0));
  }
  // Entities are re-resolved from scratch, in article order, keeping only
  // the analysts' alias edits.
  store::clear_derived(db);
  store::SqlEntityIndex index(db);
  corpus::EntityResolver resolver(index);
  store::Writer w(db, resolver);
  Stmt get(db,
           "SELECT raw, path, line, given_title, given_published, given_source, given_url"
           " FROM main.claims_corpus_article WHERE article_id = ?1");
  store::YearTally years(db);
  for (std::int64_t id : ids) {
    get.bind(1, id);
    if (!get.step()) throw Error("article " + std::to_string(id) + " vanished during rebuild; another connection changed the corpus: run claims_rebuild() again");
    std::string raw = get.text(0).value_or("");
    store::Origin origin{get.text(1), get.int64(2), {get.text(3), get.text(4), get.text(6), get.text(5)}};
    get.reset();
    w.replace(id, annotate(raw, origin.given, years.context()), origin);
  }
  sp.release();
  sqlite3_result_int64(ctx, static_cast<std::int64_t>(ids.size()));
}

}  // namespace claims::sql
