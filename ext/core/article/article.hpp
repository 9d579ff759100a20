// Parsing one article: header, dates, title, byline, outlet, boilerplate.
//
// Pure C++: takes normalised UTF-8 text (LF line ends, NFC) and returns the
// article's metadata and its cleaned body. Knows nothing of SQLite or files.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claims::article {

// Metadata an input already carries (JSONL fields, claims_ingest_text args).
// Anything given here wins over what the text shows.
struct Given {
  std::optional<std::string> title;
  std::optional<std::string> published;  // as given; validated by parse()
  std::optional<std::string> url;
  std::optional<std::string> source;
};

// A piece of the text that is not article content, as a half-open byte
// range into Article::text. kind names the heuristic that removed it
// ("header", "menu", "date-widget", "section-label", "byline", "dateline",
// "duplicate", "table", "weather", "trailer", "caption", "credit", ...).
struct Region {
  std::size_t start = 0;
  std::size_t end = 0;
  std::string kind;
};

struct Article {
  // The input with line ends normalised: the "original body", kept whole.
  std::string text;
  // The article content: text minus the removed regions, paragraphs joined
  // by "\n\n". Sentences, entities and claims are computed on this.
  std::string body;
  std::optional<std::string> title;
  std::optional<std::string> byline;
  std::optional<std::string> outlet;
  // ISO date YYYY-MM-DD (or NULL) and where it came from:
  // "given", "header", "dateline", "posted", "updated".
  std::optional<std::string> published;
  std::optional<std::string> published_from;
  std::vector<Region> removed;  // sorted by start, non-overlapping
  // Human-readable remarks worth logging ("impossible date in header
  // 2021-02-30", "given date 'soon' is not a date").
  std::vector<std::string> notes;
};

// Byte length of the optional " date YYYY-MM-DD " header that opens the
// sample format (0 when absent). The header is metadata, not content: it is
// excluded from the identity hash and from the body.
std::size_t header_length(std::string_view text);

Article parse(std::string_view text, const Given& given = {});

// Validate a calendar date "YYYY-MM-DD" (also accepts a longer ISO
// timestamp and keeps its date part). Returns the date or nullopt when it
// is not a real day (2021-02-30, 2021-13-01, 21-09-05).
std::optional<std::string> iso_date(std::string_view s);

}  // namespace claims::article
