#include "sqlite/entity_index.hpp"

namespace claims::store {

entities::Kind kind_from(std::string_view s) {
  if (s == "person") return entities::Kind::person;
  if (s == "organization") return entities::Kind::organization;
  if (s == "place") return entities::Kind::place;
  return entities::Kind::other;
}

namespace {
constexpr const char* kColumns = "SELECT e.entity_id, e.name, e.kind, e.party_id, e.role, e.deceased ";
std::string q(const char* rest) { return std::string(kColumns) + rest; }
}  // namespace

SqlEntityIndex::SqlEntityIndex(sqlite3* db)
    : by_alias_(db, q("FROM main.claims_corpus_alias AS a JOIN main.claims_corpus_entity AS e"
                      " ON e.entity_id = a.entity_id WHERE a.alias = ?1 ORDER BY e.entity_id")),
      by_key_(db, q("FROM main.claims_corpus_entity AS e WHERE e.key = ?1 ORDER BY e.entity_id")),
      by_name_part_(db, q("FROM main.claims_corpus_entity AS e WHERE e.kind = 'person'"
                          " AND (e.lastkey = ?1 OR e.firstkey = ?1) ORDER BY e.entity_id")),
      by_name_(db, q("FROM main.claims_corpus_entity AS e WHERE e.name = ?1 ORDER BY e.entity_id LIMIT 1")),
      by_id_(db, q("FROM main.claims_corpus_entity AS e WHERE e.entity_id = ?1")),
      user_alias_(db, "SELECT entity_name FROM main.claims_corpus_useralias WHERE alias = ?1"),
      max_id_(db, "SELECT coalesce(max(entity_id), 0) FROM main.claims_corpus_entity") {}

std::vector<corpus::KnownEntity> SqlEntityIndex::rows(sql::Stmt& st) {
  std::vector<corpus::KnownEntity> out;
  while (st.step()) {
    corpus::KnownEntity k;
    k.id = st.int64(0);
    k.name = st.text(1).value_or("");
    k.kind = kind_from(st.text(2).value_or(""));
    k.party = st.int64(3);
    k.role = st.text(4).value_or("");
    k.deceased = st.int64(5) != 0;
    out.push_back(std::move(k));
  }
  st.reset();
  return out;
}

std::vector<corpus::KnownEntity> SqlEntityIndex::by_alias(const std::string& a) {
  by_alias_.bind(1, std::string_view(a));
  return rows(by_alias_);
}
std::vector<corpus::KnownEntity> SqlEntityIndex::by_key(const std::string& k) {
  by_key_.bind(1, std::string_view(k));
  return rows(by_key_);
}
std::vector<corpus::KnownEntity> SqlEntityIndex::by_name_part(const std::string& k) {
  by_name_part_.bind(1, std::string_view(k));
  return rows(by_name_part_);
}
std::optional<corpus::KnownEntity> SqlEntityIndex::by_name(const std::string& n) {
  by_name_.bind(1, std::string_view(n));
  auto r = rows(by_name_);
  if (r.empty()) return std::nullopt;
  return r.front();
}
std::optional<corpus::KnownEntity> SqlEntityIndex::by_id(std::int64_t id) {
  by_id_.bind(1, id);
  auto r = rows(by_id_);
  if (r.empty()) return std::nullopt;
  return r.front();
}
std::optional<std::optional<std::string>> SqlEntityIndex::user_alias(const std::string& a) {
  user_alias_.bind(1, std::string_view(a));
  std::optional<std::optional<std::string>> out;
  if (user_alias_.step()) out = user_alias_.text(0);
  user_alias_.reset();
  return out;
}
std::int64_t SqlEntityIndex::max_id() {
  std::int64_t v = max_id_.step() ? max_id_.int64(0) : 0;
  max_id_.reset();
  return v;
}

}  // namespace claims::store
