// claims_version() and claims_integrity_check(): facts about the extension
// and the stored corpus, read-only.
#include <string>
#include <vector>

#include "core/pipeline.hpp"
#include "core/text/utf8.hpp"
#include "sqlite/db.hpp"
#include "sqlite/guard.hpp"
#include "sqlite/registry.hpp"
#include "sqlite/store.hpp"

namespace claims::sql {

void fn_version(sqlite3_context* ctx, int, sqlite3_value**) {
  sqlite3_result_text(ctx, CLAIMS_VERSION, -1, SQLITE_STATIC);
}

// Checks that everything derived is consistent with the stored text:
// identity hashes, sentence offsets and texts, removed-region offsets.
// Returns 'ok' or one line per problem (at most 100).
void fn_integrity_check(sqlite3_context* ctx, int, sqlite3_value**) {
  sqlite3* db = sqlite3_context_db_handle(ctx);
  if (!store::exists(db)) {
    sqlite3_result_text(ctx, "ok (no corpus in this database yet)", -1, SQLITE_STATIC);
    return;
  }
  store::check_version(db);
  std::vector<std::string> problems;
  auto problem = [&](std::string p) {
    if (problems.size() < 100) problems.push_back(std::move(p));
  };
  Stmt articles(db, "SELECT article_id, hash, body, raw FROM main.claims_corpus_article ORDER BY article_id");
  Stmt sentences(db,
                 "SELECT ord, start, \"end\", text FROM main.claims_corpus_sentence"
                 " WHERE article_id = ?1 ORDER BY ord");
  Stmt regions(db, "SELECT start, \"end\" FROM main.claims_corpus_region WHERE article_id = ?1");
  while (articles.step()) {
    std::int64_t id = articles.int64(0);
    std::string where = "article " + std::to_string(id) + ": ";
    std::string body = articles.text(2).value_or("");
    std::string raw = articles.text(3).value_or("");
    if (content_key(raw) != articles.text(1).value_or("")) problem(where + "hash does not match its text");
    // Code point → byte index for body, to compare sentence texts.
    std::vector<std::size_t> byte_at;
    byte_at.reserve(body.size() + 1);
    for (std::size_t i = 0; i < body.size(); ++i)
      if ((static_cast<unsigned char>(body[i]) & 0xC0) != 0x80) byte_at.push_back(i);
    byte_at.push_back(body.size());
    std::int64_t n_cp = static_cast<std::int64_t>(byte_at.size() - 1);
    std::int64_t expect_ord = 0, prev_end = 0;
    sentences.bind(1, id);
    while (sentences.step()) {
      std::int64_t ord = sentences.int64(0), s = sentences.int64(1), e = sentences.int64(2);
      if (ord != expect_ord++) problem(where + "sentence ords are not 0..n-1");
      if (s < prev_end || e < s || e > n_cp) {
        problem(where + "sentence " + std::to_string(ord) + " has offsets out of order or range");
        continue;
      }
      prev_end = e;
      std::size_t b = byte_at[static_cast<std::size_t>(s)], be = byte_at[static_cast<std::size_t>(e)];
      if (body.compare(b, be - b, sentences.text(3).value_or("")) != 0)
        problem(where + "sentence " + std::to_string(ord) + " text differs from its span of the body");
    }
    sentences.reset();
    std::int64_t raw_cp = static_cast<std::int64_t>(text::count_codepoints(raw));
    regions.bind(1, id);
    while (regions.step())
      if (regions.int64(0) < 0 || regions.int64(1) < regions.int64(0) || regions.int64(1) > raw_cp)
        problem(where + "removed region out of range");
    regions.reset();
  }
  std::string out;
  for (const auto& p : problems) out += (out.empty() ? "" : "\n") + p;
  if (out.empty()) out = "ok";
  sqlite3_result_text(ctx, out.c_str(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
}

}  // namespace claims::sql
