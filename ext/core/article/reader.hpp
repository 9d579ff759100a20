// Readers: from a path (file, directory, glob) to raw articles.
//
// The only part of the core that touches the filesystem. It neither decodes
// nor parses: bytes and the metadata a container format carries go out,
// one article at a time, so memory does not grow with the corpus.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/article/article.hpp"

namespace claims::article {

struct RawArticle {
  std::string path;       // file it came from
  std::size_t line = 0;   // 1-based line in a .jsonl file, 0 for a whole file
  std::string bytes;      // the article text as stored in the file
  Given given;            // metadata the container carried (JSONL fields)
};

// An input that was not used, and why ("empty", "binary", "invalid JSON").
struct Skipped {
  std::string path;
  std::size_t line = 0;
  std::string reason;
};

struct FileList {
  std::vector<std::string> files;  // sorted, each once
  std::vector<Skipped> skipped;    // files met but not usable (type, loop, unreadable dir)
  std::uint64_t total_bytes = 0;
};

// The files a path names: a regular file; a directory, walked recursively
// (symbolic links followed, each directory once, so a link loop ends);
// or a glob pattern (*, ?, [..]). In directories only .txt/.text and
// .jsonl/.ndjson files are articles; hidden entries are ignored.
// Throws std::invalid_argument naming the path when nothing is there.
FileList list_files(const std::string& path);

// One file's articles: a JSON Lines file gives one per line (fields
// text|body, date|published, title, url, source); any other file is one
// article. Unusable files and lines go to `skip`, in reading order.
void read_file(const std::string& file, const std::function<void(RawArticle&&)>& emit,
               const std::function<void(Skipped&&)>& skip);

// Parses one JSON Lines record. Returns an empty string on success, else
// the reason the line cannot be used.
std::string parse_json_line(std::string_view line, RawArticle& out);

bool is_jsonl_path(std::string_view path);

}  // namespace claims::article
