#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/article/reader.hpp"
#include "core/pipeline.hpp"

using namespace claims::article;
namespace fs = std::filesystem;

namespace {
struct Tmp {
  fs::path p;
  Tmp() {
    std::string t = (fs::temp_directory_path() / "claims-reader-XXXXXX").string();
    p = mkdtemp(t.data());
  }
  ~Tmp() {
    std::error_code ec;
    fs::remove_all(p, ec);
  }
};
}  // namespace

TEST_CASE("list_files walks directories recursively in sorted order", "[reader]") {
  Tmp t;
  fs::create_directories(t.p / "b" / "c");
  std::ofstream(t.p / "b" / "c" / "z.txt") << "x";
  std::ofstream(t.p / "b" / "a.jsonl") << "{}";
  std::ofstream(t.p / "a.TXT") << "x";
  std::ofstream(t.p / "readme.md") << "x";
  std::ofstream(t.p / ".hidden.txt") << "x";
  auto list = list_files(t.p.string());
  REQUIRE(list.files.size() == 3);
  CHECK(list.files[0] == (t.p / "a.TXT").string());
  CHECK(list.files[1] == (t.p / "b" / "a.jsonl").string());
  CHECK(list.files[2] == (t.p / "b" / "c" / "z.txt").string());
  REQUIRE(list.skipped.size() == 1);
  CHECK(list.skipped[0].reason == "unsupported file type (expected .txt or .jsonl)");
  CHECK(list.total_bytes == 4);
}

TEST_CASE("list_files: missing path and empty glob are errors naming the path", "[reader]") {
  CHECK_THROWS_WITH(list_files("/nonexistent/x.txt"), "'/nonexistent/x.txt' does not exist");
  CHECK_THROWS_WITH(list_files("/nonexistent/*.txt"), "no file matches '/nonexistent/*.txt'");
}

TEST_CASE("list_files: globs select files and directories", "[reader]") {
  Tmp t;
  fs::create_directories(t.p / "d1");
  std::ofstream(t.p / "d1" / "x.txt") << "x";
  std::ofstream(t.p / "y.txt") << "y";
  std::ofstream(t.p / "y.md") << "y";
  // A glob's matches are read whatever their extension: the pattern chose them.
  auto list = list_files((t.p / "*").string());
  CHECK(list.files.size() == 3);
  auto only = list_files((t.p / "y.*").string());
  CHECK(only.files.size() == 2);
}

TEST_CASE("symbolic link loops are visited once", "[reader]") {
  Tmp t;
  fs::create_directories(t.p / "a");
  std::ofstream(t.p / "a" / "f.txt") << "x";
  fs::create_directory_symlink(t.p, t.p / "a" / "up");
  auto list = list_files(t.p.string());
  CHECK(list.files.size() == 1);
  REQUIRE(list.skipped.size() == 1);
  CHECK(list.skipped[0].reason == "directory already visited (symbolic link loop)");
}

TEST_CASE("JSON Lines records", "[reader]") {
  RawArticle a;
  CHECK(parse_json_line(R"({"text":"Body.","date":"2021-09-05","title":"T","url":"u","source":"S"})", a).empty());
  CHECK(a.bytes == "Body.");
  CHECK(a.given.published == "2021-09-05");
  CHECK(a.given.title == "T");
  CHECK(a.given.url == "u");
  CHECK(a.given.source == "S");
  RawArticle b;
  CHECK(parse_json_line(R"({"body":"B","published":"2020-01-01T00:00:00Z","title":7})", b).empty());
  CHECK(b.bytes == "B");
  CHECK(b.given.published == "2020-01-01T00:00:00Z");
  CHECK_FALSE(b.given.title);  // not a string: ignored
  RawArticle c;
  CHECK(parse_json_line("{\"text\": 5}", c) == "no \"text\" or \"body\" string");
  CHECK(parse_json_line("{\"text\": \"x\"", c) == "invalid JSON");
  CHECK(parse_json_line("[1]", c) == "JSON line is not an object");
  CHECK(parse_json_line("{\"text\": \"bad \xff utf8\"}", c) == "invalid JSON");
}

TEST_CASE("read_file streams a JSONL file line by line", "[reader]") {
  Tmp t;
  std::ofstream(t.p / "a.jsonl") << "{\"text\":\"One.\"}\n\n{oops}\n{\"text\":\"Two.\"}";
  std::vector<RawArticle> got;
  std::vector<Skipped> skipped;
  read_file((t.p / "a.jsonl").string(), [&](RawArticle&& r) { got.push_back(std::move(r)); },
            [&](Skipped&& s) { skipped.push_back(std::move(s)); });
  REQUIRE(got.size() == 2);
  CHECK(got[0].line == 1);
  CHECK(got[1].line == 4);
  CHECK(got[1].bytes == "Two.");
  REQUIRE(skipped.size() == 1);
  CHECK(skipped[0].line == 3);
}

TEST_CASE("content_key ignores the metadata header and trailing whitespace", "[pipeline]") {
  CHECK(claims::content_key(" date 2021-09-05 Rebels said so.\n") == claims::content_key("Rebels said so."));
  CHECK(claims::content_key("Rebels said so.") != claims::content_key("Rebels said no."));
}

TEST_CASE("split_sentences reports code-point offsets", "[pipeline]") {
  auto s = claims::split_sentences("Ça va. Très bien.");
  REQUIRE(s.size() == 2);
  CHECK(s[0].start == 0);
  CHECK(s[0].end == 6);
  CHECK(s[1].start == 7);
  CHECK(s[1].end == 17);
  CHECK(s[1].text == "Très bien.");
}
