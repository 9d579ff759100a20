#include "core/article/reader.hpp"
#include "core/text/ascii.hpp"

#include <glob.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

namespace claims::article {
namespace fs = std::filesystem;

namespace {

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    if (text::ascii_lower(s[s.size() - suffix.size() + i]) != suffix[i]) return false;
  }
  return true;
}

bool is_article_file(std::string_view name) {
  return ends_with_ci(name, ".txt") || ends_with_ci(name, ".text") || is_jsonl_path(name);
}

bool has_glob_chars(std::string_view s) { return s.find_first_of("*?[") != std::string_view::npos; }

struct Walker {
  FileList& out;
  std::set<std::string> visited_dirs;  // canonical paths: breaks symlink loops
  std::set<std::string> seen_files;

  void add_file(const fs::path& p) {
    std::error_code ec;
    std::string canon = fs::weakly_canonical(p, ec).string();
    if (ec) canon = p.string();
    if (!seen_files.insert(canon).second) return;
    out.files.push_back(p.string());
    auto size = fs::file_size(p, ec);
    if (!ec) out.total_bytes += size;
  }

  void walk(const fs::path& dir) {
    std::error_code ec;
    fs::path canon = fs::canonical(dir, ec);
    if (ec) {
      out.skipped.push_back({dir.string(), 0, "unreadable directory: " + ec.message()});
      return;
    }
    if (!visited_dirs.insert(canon.string()).second) {
      out.skipped.push_back({dir.string(), 0, "directory already visited (symbolic link loop)"});
      return;
    }
    std::vector<fs::directory_entry> entries;
    fs::directory_iterator it(dir, ec), end;
    if (ec) {
      out.skipped.push_back({dir.string(), 0, "unreadable directory: " + ec.message()});
      return;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        out.skipped.push_back({dir.string(), 0, "error while listing: " + ec.message()});
        break;
      }
      entries.push_back(*it);
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
    for (const auto& e : entries) {
      std::string name = e.path().filename().string();
      if (!name.empty() && name[0] == '.') continue;  // .git, .DS_Store, editor files
      std::error_code sec;
      auto st = fs::status(e.path(), sec);  // follows symbolic links
      if (sec || !fs::exists(st)) {
        out.skipped.push_back({e.path().string(), 0, "unreadable: " + (sec ? sec.message() : std::string("dangling symbolic link"))});
        continue;
      }
      if (fs::is_directory(st)) walk(e.path());
      else if (!fs::is_regular_file(st))
        out.skipped.push_back({e.path().string(), 0, "not a regular file"});
      else if (!is_article_file(name))
        out.skipped.push_back({e.path().string(), 0, "unsupported file type (expected .txt or .jsonl)"});
      else add_file(e.path());
    }
  }

  void add_path(const fs::path& p, const std::string& as_given) {
    std::error_code ec;
    auto st = fs::status(p, ec);
    if (fs::is_directory(st)) walk(p);
    else if (fs::is_regular_file(st)) add_file(p);
    else if (fs::exists(st)) out.skipped.push_back({as_given, 0, "not a regular file"});
    else throw std::invalid_argument("'" + as_given + "' does not exist");
  }
};

std::optional<std::string> string_field(const nlohmann::json& j, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    auto it = j.find(k);
    if (it != j.end() && it->is_string()) return it->get<std::string>();
  }
  return std::nullopt;
}

}  // namespace

bool is_jsonl_path(std::string_view path) {
  return ends_with_ci(path, ".jsonl") || ends_with_ci(path, ".ndjson");
}

FileList list_files(const std::string& path) {
  FileList out;
  Walker w{out, {}, {}};
  std::error_code ec;
  if (fs::exists(fs::path(path), ec) || !has_glob_chars(path)) {
    w.add_path(fs::path(path), path);
  } else {
    glob_t g{};
    int rc = ::glob(path.c_str(), GLOB_NOSORT, nullptr, &g);
    std::vector<std::string> matches;
    if (rc == 0)
      for (std::size_t i = 0; i < g.gl_pathc; ++i) matches.emplace_back(g.gl_pathv[i]);
    globfree(&g);
    if (rc == GLOB_NOSPACE) throw std::bad_alloc();
    if (matches.empty()) throw std::invalid_argument("no file matches '" + path + "'");
    std::sort(matches.begin(), matches.end());
    for (const auto& m : matches) w.add_path(fs::path(m), m);
  }
  std::sort(out.files.begin(), out.files.end());
  return out;
}

std::string parse_json_line(std::string_view line, RawArticle& out) {
  nlohmann::json j = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
  if (j.is_discarded()) return "invalid JSON";
  if (!j.is_object()) return "JSON line is not an object";
  auto text = string_field(j, {"text", "body"});
  if (!text) return "no \"text\" or \"body\" string";
  out.bytes = std::move(*text);
  out.given.published = string_field(j, {"published", "date"});
  out.given.title = string_field(j, {"title"});
  out.given.url = string_field(j, {"url"});
  out.given.source = string_field(j, {"source"});
  return {};
}

void read_file(const std::string& file, const std::function<void(RawArticle&&)>& emit,
               const std::function<void(Skipped&&)>& skip) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    skip({file, 0, std::string("unreadable: ") + std::strerror(errno)});
    return;
  }
  if (is_jsonl_path(file)) {
    std::string line;
    std::size_t n = 0;
    bool any = false;
    while (std::getline(in, line)) {
      ++n;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      any = true;
      RawArticle a;
      a.path = file;
      a.line = n;
      std::string reason = parse_json_line(line, a);
      if (!reason.empty()) skip({file, n, reason});
      else emit(std::move(a));
    }
    if (in.bad()) skip({file, n, "read error"});
    if (!any) skip({file, 0, "empty"});
    return;
  }
  RawArticle a;
  a.path = file;
  a.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) {
    skip({file, 0, "read error"});
    return;
  }
  emit(std::move(a));
}

}  // namespace claims::article
