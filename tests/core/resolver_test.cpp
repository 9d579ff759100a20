// Corpus-wide entity resolution against an in-memory index.
#include <catch2/catch.hpp>

#include <map>

#include "core/corpus/resolver.hpp"

using namespace claims;
using corpus::KnownEntity;
using entities::Kind;

namespace {

// The store's role, played by maps: what was written is what is found.
struct MapIndex : corpus::EntityIndex {
  std::map<std::int64_t, KnownEntity> entities;
  std::multimap<std::string, std::int64_t> aliases;
  std::map<std::string, std::optional<std::string>> user;

  std::vector<KnownEntity> by_alias(const std::string& a) override {
    std::vector<KnownEntity> out;
    for (auto [it, end] = aliases.equal_range(a); it != end; ++it) out.push_back(entities.at(it->second));
    return out;
  }
  std::vector<KnownEntity> by_key(const std::string& k) override {
    std::vector<KnownEntity> out;
    for (auto& [id, e] : entities)
      if (entities::alias_key(e.name) == k) out.push_back(e);
    return out;
  }
  std::vector<KnownEntity> by_name_part(const std::string& k) override {
    std::vector<KnownEntity> out;
    for (auto& [id, e] : entities)
      if (e.kind == Kind::person && (corpus::last_token_key(e.name) == k || corpus::first_token_key(e.name) == k))
        out.push_back(e);
    return out;
  }
  std::optional<KnownEntity> by_name(const std::string& n) override {
    for (auto& [id, e] : entities)
      if (e.name == n) return e;
    return std::nullopt;
  }
  std::optional<KnownEntity> by_id(std::int64_t id) override {
    auto it = entities.find(id);
    if (it == entities.end()) return std::nullopt;
    return it->second;
  }
  std::optional<std::optional<std::string>> user_alias(const std::string& a) override {
    auto it = user.find(a);
    if (it == user.end()) return std::nullopt;
    return it->second;
  }
  std::int64_t max_id() override { return entities.empty() ? 0 : entities.rbegin()->first; }

  // What the store does after each text.
  void write(corpus::EntityResolver& r) {
    for (auto& e : r.take_changed_entities()) entities[e.id] = e;
    for (auto& [alias, id] : r.take_new_aliases()) {
      bool seen = false;
      for (auto [it, end] = aliases.equal_range(corpus::lower(alias)); it != end; ++it) seen |= it->second == id;
      if (!seen) aliases.emplace(corpus::lower(alias), id);
    }
  }
};

entities::Entity entity(std::string name, Kind kind, int party = -1, std::vector<std::string> aliases = {}) {
  entities::Entity e;
  e.name = std::move(name);
  e.kind = kind;
  e.party = party;
  e.aliases = std::move(aliases);
  return e;
}

// One text's analysis from entities (mentions are not needed here).
entities::Analysis text(std::vector<entities::Entity> es) {
  entities::Analysis a;
  a.entities = std::move(es);
  return a;
}

std::vector<std::int64_t> resolve(MapIndex& index, std::vector<entities::Entity> es) {
  corpus::EntityResolver r(index);
  auto ids = r.resolve(text(std::move(es)));
  index.write(r);
  return ids;
}

}  // namespace

TEST_CASE("spelling variants across texts resolve to one entity", "[resolver]") {
  MapIndex index;
  auto a = resolve(index, {entity("Liberation Front", Kind::organization, 0), entity("Yusuf Qaderi", Kind::person, 0)});
  auto b = resolve(index, {entity("Liberation Front", Kind::organization, 0), entity("Yousef Qadiri", Kind::person, 0)});
  CHECK(a[1] == b[1]);
  CHECK(a[0] == b[0]);
  CHECK(index.entities.at(a[1]).party == a[0]);
}

TEST_CASE("a lone name goes to the one living person who carries it", "[resolver]") {
  MapIndex index;
  auto a = resolve(index, {entity("Omid Farahani", Kind::person)});
  auto b = resolve(index, {entity("Farahani", Kind::person)});
  CHECK(b[0] == a[0]);
  auto c = resolve(index, {entity("Omid", Kind::person)});
  CHECK(c[0] == a[0]);
  // The full form stays canonical.
  CHECK(index.entities.at(a[0]).name == "Omid Farahani");
}

TEST_CASE("a lone name shared by two people stays apart", "[resolver]") {
  MapIndex index;
  auto a = resolve(index, {entity("Karim Saberi", Kind::person), entity("Nasir Saberi", Kind::person)});
  auto b = resolve(index, {entity("Saberi", Kind::person)});
  CHECK(b[0] != a[0]);
  CHECK(b[0] != a[1]);
}

TEST_CASE("people who share name parts are never merged", "[resolver]") {
  MapIndex index;
  auto a = resolve(index, {entity("Omar Haddad", Kind::person)});
  auto b = resolve(index, {entity("Omar Rashid Haddad", Kind::person)});
  CHECK(a[0] != b[0]);
}

TEST_CASE("different sides never merge", "[resolver]") {
  MapIndex index;
  auto a = resolve(index, {entity("Army", Kind::organization, 0), entity("Samir Nouri", Kind::person, 0)});
  auto b = resolve(index, {entity("Rebel Council", Kind::organization, 0), entity("Samir Nouri", Kind::person, 0)});
  CHECK(a[1] != b[1]);
}

TEST_CASE("an acronym and its expansion are one organisation", "[resolver]") {
  MapIndex index;
  auto a = resolve(index, {entity("Democratic Liberation Army", Kind::organization, 0, {"DLA"})});
  auto b = resolve(index, {entity("DLA", Kind::organization, 0)});
  CHECK(a[0] == b[0]);
  CHECK(corpus::canonical_name(index, "dla") == "Democratic Liberation Army");
}

TEST_CASE("an analyst's alias edit wins; a deleted alias matches nothing", "[resolver]") {
  MapIndex index;
  auto a = resolve(index, {entity("Hamid Sarwari", Kind::person)});
  index.user["the general"] = "Hamid Sarwari";
  auto b = resolve(index, {entity("The General", Kind::person)});
  CHECK(b[0] == a[0]);
  CHECK(corpus::canonical_name(index, "The General") == "Hamid Sarwari");
  index.user["sarwari"] = std::nullopt;
  auto c = resolve(index, {entity("Sarwari", Kind::person)});
  CHECK(c[0] != a[0]);
  CHECK_FALSE(corpus::canonical_name(index, "Sarwari"));
}

TEST_CASE("kinds keep entities apart", "[resolver]") {
  MapIndex index;
  auto a = resolve(index, {entity("Jordan", Kind::place)});
  auto b = resolve(index, {entity("Jordan", Kind::person)});
  CHECK(a[0] != b[0]);
}
