// Corpus-wide entity resolution: the entities of each new text are mapped
// to the entities already known in the corpus, however the outlet spelled
// them, or become new ones.
//
// The order of evidence: an analyst's alias edit wins; then an exact alias
// already seen; then a transliteration-folded key with a name-part check
// (entities::same_entity_name); then, for a lone name ("Dashti",
// "Zabihullah"), the one living person of a compatible side whose first or
// last name part it is. Different sides never merge.
//
// Pure C++: what the corpus knows comes through the EntityIndex interface
// (the store answers it with indexed SQL, tests with maps), so memory does
// not grow with the corpus.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/entities/entities.hpp"

namespace claims::corpus {

struct KnownEntity {
  std::int64_t id = 0;
  std::string name;
  entities::Kind kind = entities::Kind::other;
  std::int64_t party = 0;  // 0 = unknown
  std::string role;
  bool deceased = false;
};

// Keys the index is searched by.
std::string lower(std::string_view s);               // ASCII lower-case alias
std::string last_token_key(std::string_view name);   // alias_key of the last name part
std::string first_token_key(std::string_view name);  // alias_key of the first name part

class EntityIndex {
 public:
  virtual ~EntityIndex() = default;
  virtual std::vector<KnownEntity> by_alias(const std::string& lower_alias) = 0;
  virtual std::vector<KnownEntity> by_key(const std::string& key) = 0;
  // Persons whose first or last name part folds to `key`.
  virtual std::vector<KnownEntity> by_name_part(const std::string& key) = 0;
  virtual std::optional<KnownEntity> by_name(const std::string& name) = 0;
  virtual std::optional<KnownEntity> by_id(std::int64_t id) = 0;
  // An analyst's edit of an alias: nullopt = none; a nullopt inside = the
  // alias was deleted and must not match anything.
  virtual std::optional<std::optional<std::string>> user_alias(const std::string& lower_alias) = 0;
  virtual std::int64_t max_id() = 0;
};

class EntityResolver {
 public:
  explicit EntityResolver(EntityIndex& index) : index_(index) {}

  // Global id of each local entity of one text (same order as a.entities).
  std::vector<std::int64_t> resolve(const entities::Analysis& a);

  // What changed in the last resolve(), for the store to write before the
  // next one (the index must then answer with it).
  std::vector<KnownEntity> take_changed_entities();
  std::vector<std::pair<std::string, std::int64_t>> take_new_aliases();

 private:
  std::int64_t match(const entities::Entity& e, std::int64_t party);
  std::int64_t create(const entities::Entity& e, const std::string& name);
  KnownEntity current(std::int64_t id);  // pending version, else the index's

  EntityIndex& index_;
  std::map<std::int64_t, KnownEntity> pending_;  // created or changed, not yet written
  std::vector<std::pair<std::string, std::int64_t>> new_aliases_;
  std::int64_t next_id_ = 0;
};

// What claims_canonical() answers: the canonical name an alias resolves to
// (an analyst's edit first, then an exact alias, then a spelling variant,
// then the one living person a lone name part belongs to).
std::optional<std::string> canonical_name(EntityIndex& index, std::string_view alias);

}  // namespace claims::corpus
