// A host for claims.so: opens a real SQLite connection, loads the extension
// through the loadable-extension API, and runs SQL with simple results.
#pragma once

#include <sqlite3.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace test {

using Rows = std::vector<std::vector<std::string>>;

class Db {
 public:
  explicit Db(const std::string& path = ":memory:", bool load = true) {
    if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) throw std::runtime_error(sqlite3_errmsg(db_));
    if (load) this->load();
  }
  ~Db() { sqlite3_close(db_); }
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  void load(const char* path = EXTENSION_PATH) {
    sqlite3_db_config(db_, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 1, nullptr);
    char* err = nullptr;
    if (sqlite3_load_extension(db_, path, nullptr, &err) != SQLITE_OK) {
      std::string m = err ? err : "load failed";
      sqlite3_free(err);
      throw std::runtime_error(m);
    }
  }

  // All rows of a statement as text; NULL becomes "NULL". Throws on error.
  Rows rows(const std::string& sql) {
    Rows out;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
      throw std::runtime_error(sqlite3_errmsg(db_));
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
      std::vector<std::string> row;
      for (int i = 0; i < sqlite3_column_count(st); ++i) {
        const unsigned char* t = sqlite3_column_text(st, i);
        row.push_back(t ? std::string(reinterpret_cast<const char*>(t), sqlite3_column_bytes(st, i)) : "NULL");
      }
      out.push_back(std::move(row));
    }
    if (rc != SQLITE_DONE) {
      std::string m = sqlite3_errmsg(db_);
      sqlite3_finalize(st);
      throw std::runtime_error(m);
    }
    sqlite3_finalize(st);
    return out;
  }

  std::string one(const std::string& sql) {
    Rows r = rows(sql);
    if (r.empty() || r[0].empty()) throw std::runtime_error("no row from: " + sql);
    return r[0][0];
  }

  long long count(const std::string& sql) { return std::stoll(one(sql)); }

  // Runs SQL that must fail; returns the error message ("" if it succeeded).
  std::string error(const std::string& sql) {
    char* err = nullptr;
    int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);
    std::string m = err ? err : "";
    sqlite3_free(err);
    return rc == SQLITE_OK ? "" : m;
  }

  void exec(const std::string& sql) {
    std::string m = error(sql);
    if (!m.empty()) throw std::runtime_error(m + " in: " + sql);
  }

  sqlite3* get() { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

// SQL string literal
inline std::string q(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

// A fresh directory under the system temp dir, removed at scope exit.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "claims-test-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }
  std::string str(const std::string& rel = "") const { return rel.empty() ? path_.string() : (path_ / rel).string(); }

 private:
  std::filesystem::path path_;
};

inline const std::string kFixtures = FIXTURES_DIR;
inline const std::string kSample = kFixtures + "/panjshir";

// The sample corpus ingested into db.
inline Db& sample(Db& db) {
  db.exec("SELECT claims_ingest(" + q(kSample) + ")");
  return db;
}

}  // namespace test
