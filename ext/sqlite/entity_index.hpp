// The corpus's entities as the resolver sees them: indexed SQL lookups on
// the shadow tables, so resolving a new article costs a few index probes
// whatever the size of the corpus.
#pragma once

#include "core/corpus/resolver.hpp"
#include "sqlite/db.hpp"

namespace claims::store {

class SqlEntityIndex : public corpus::EntityIndex {
 public:
  explicit SqlEntityIndex(sqlite3* db);
  std::vector<corpus::KnownEntity> by_alias(const std::string& lower_alias) override;
  std::vector<corpus::KnownEntity> by_key(const std::string& key) override;
  std::vector<corpus::KnownEntity> by_name_part(const std::string& key) override;
  std::optional<corpus::KnownEntity> by_name(const std::string& name) override;
  std::optional<corpus::KnownEntity> by_id(std::int64_t id) override;
  std::optional<std::optional<std::string>> user_alias(const std::string& lower_alias) override;
  std::int64_t max_id() override;

 private:
  std::vector<corpus::KnownEntity> rows(sql::Stmt& st);
  sql::Stmt by_alias_, by_key_, by_name_part_, by_name_, by_id_, user_alias_, max_id_;
};

entities::Kind kind_from(std::string_view s);

}  // namespace claims::store
