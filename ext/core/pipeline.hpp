// The pipeline: raw bytes → decoded text → parsed article → sentences →
// entities → quantities → claims.
//
// Calls the stages in order and nothing else; each stage only sees the
// output of the ones before. Stages work in byte offsets; everything
// leaving the pipeline is in code points (0-based, half-open) into the
// text that was annotated (Article::body for articles), as SQL reports them.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/article/article.hpp"
#include "core/claims/claims.hpp"
#include "core/dating/dating.hpp"
#include "core/entities/entities.hpp"
#include "core/quantities/quantities.hpp"
#include "core/time/timex.hpp"

namespace claims {

struct Sentence {
  std::size_t ord = 0;    // 0-based position in the article
  std::size_t start = 0;  // code points into the text that was split
  std::size_t end = 0;
  std::string text;
};

// A region removed from the body, with code-point offsets into Article::text.
struct RemovedRegion {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string kind;
  std::string text;  // what was removed (stored, so the boilerplate view is a plain, typed column)
};

// Everything found in one text, offsets in code points. Mention::sentence,
// Claim::sentence index `sentences`; Claim::quantities index `quantities`;
// entity indices index `entities.entities`.
struct Annotations {
  std::vector<Sentence> sentences;
  entities::Analysis entities;
  std::vector<quantities::Quantity> quantities;
  std::vector<time::Timex> timexes;  // normalised against the reference date
  std::vector<attribution::Claim> claims;
  std::vector<dating::ClaimDates> claim_dates;  // one per claim
};

// What the corpus tells about a new article: the year its articles are
// usually from, for dates written without one. Asked only when an article
// has no date of its own (it may cost a query).
struct CorpusContext {
  std::function<std::optional<int>()> year_hint;
};

struct Document {
  article::Article article;
  std::string key;  // identity of the content (see content_key)
  std::vector<Sentence> sentences;
  std::vector<RemovedRegion> removed;
  Annotations annotations;  // of article.body; annotations.sentences == sentences
};

// Identity of an article's content: a hash of the text without the
// metadata header and without trailing whitespace, so the same article
// read from a .txt file, a JSON line or a table row is stored once.
std::string content_key(std::string_view normalized_text);

// Sentences of any UTF-8 text, with code-point offsets into it.
std::vector<Sentence> split_sentences(std::string_view text);

// Sentences, entities, quantities, temporal expressions and dated claims
// of any UTF-8 text; `reference` is the date it was written, if known.
Annotations annotate_text(std::string_view text, std::optional<time::Date> reference = std::nullopt);

// Everything derived from an article's stored text (used at ingest and by
// claims_rebuild). `text` must already be decoded and normalised. An
// article with no publication date gets one inferred from the dates it
// mentions (published_from = "inferred") when they support a guess.
Document annotate(std::string_view text, const article::Given& given, const CorpusContext& context = {});

// Decode + annotate. On unusable bytes returns nullopt and sets `reason`;
// `note` receives a remark worth logging even when the article is kept.
std::optional<Document> process(std::string_view bytes, const article::Given& given,
                                std::string& reason, std::string& note, const CorpusContext& context = {});

}  // namespace claims
