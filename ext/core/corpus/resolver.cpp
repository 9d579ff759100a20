#include "core/corpus/resolver.hpp"
#include "core/text/ascii.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace claims::corpus {

using entities::Kind;

std::string lower(std::string_view s) { return text::ascii_lower(s); }

namespace {

std::size_t token_count(std::string_view s) {
  std::size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\t' || c == '\n';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

bool is_acronym(std::string_view s) {
  if (s.size() < 2 || s.find(' ') != std::string_view::npos) return false;
  for (char c : s)
    if (!(c >= 'A' && c <= 'Z') && c != '.') return false;
  return true;
}

// A fuller form of the same name: more name parts, or an expansion rather
// than an acronym. Between two spellings of equal length the first seen
// stays canonical, so names do not flip as articles arrive.
bool fuller(std::string_view candidate, std::string_view current) {
  std::size_t a = token_count(candidate), b = token_count(current);
  if (a != b) return a > b;
  return is_acronym(current) && !is_acronym(candidate);
}

// "other" is an unknown kind: it can be any of the others.
bool kinds_agree(Kind a, Kind b) { return a == b || a == Kind::other || b == Kind::other; }

}  // namespace

std::string first_token_key(std::string_view name) {
  auto b = name.find_first_not_of(" \t\n");
  if (b == std::string_view::npos) return {};
  auto e = name.find_first_of(" \t\n", b);
  return entities::alias_key(name.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
}

std::string last_token_key(std::string_view name) {
  auto e = name.find_last_not_of(" \t\n");
  if (e == std::string_view::npos) return {};
  auto b = name.find_last_of(" \t\n", e);
  std::size_t from = b == std::string_view::npos ? 0 : b + 1;
  return entities::alias_key(name.substr(from, e - from + 1));
}

KnownEntity EntityResolver::current(std::int64_t id) {
  if (auto it = pending_.find(id); it != pending_.end()) return it->second;
  if (auto k = index_.by_id(id)) return *k;
  throw std::logic_error("entity " + std::to_string(id) + " vanished from the index");
}

std::int64_t EntityResolver::create(const entities::Entity& e, const std::string& name) {
  if (next_id_ == 0) next_id_ = index_.max_id() + 1;
  KnownEntity k;
  k.id = next_id_++;
  k.name = name;
  k.kind = e.kind;
  k.role = e.role;
  k.deceased = e.deceased;
  pending_[k.id] = k;
  return k.id;
}

std::int64_t EntityResolver::match(const entities::Entity& e, std::int64_t party) {
  std::vector<std::string> forms{e.name};
  forms.insert(forms.end(), e.aliases.begin(), e.aliases.end());
  std::set<std::string> banned;
  // 1. An analyst's edit wins.
  for (const auto& f : forms) {
    auto u = index_.user_alias(lower(f));
    if (!u) continue;
    if (!*u) {
      banned.insert(lower(f));
      continue;
    }
    for (const auto& [id, k] : pending_)
      if (k.name == **u) return id;
    if (auto k = index_.by_name(**u)) return k->id;
    return create(e, **u);
  }
  // Same kind, and never across sides.
  auto compatible = [&](const KnownEntity& k) {
    return kinds_agree(k.kind, e.kind) && (party == 0 || k.party == 0 || k.party == party || k.id == party);
  };
  // The index may lag behind what this resolver changed but has not written.
  auto fresh = [&](const KnownEntity& k) -> KnownEntity {
    auto it = pending_.find(k.id);
    return it == pending_.end() ? k : it->second;
  };
  // 2. An alias already seen for an entity of the same kind.
  for (const auto& f : forms) {
    std::string l = lower(f);
    if (banned.count(l)) continue;
    for (const auto& k : index_.by_alias(l))
      if (compatible(fresh(k))) return k.id;
  }
  if (banned.count(lower(e.name))) return create(e, e.name);
  // 3. A spelling variant of a known name (folded key + name-part check).
  for (const auto& k : index_.by_key(entities::alias_key(e.name)))
    if (compatible(fresh(k)) && entities::same_entity_name(e.name, fresh(k).name, e.kind)) return k.id;
  for (const auto& [id, k] : pending_)
    if (compatible(k) && entities::same_entity_name(e.name, k.name, e.kind)) return id;
  // 4. A lone name: the one living person (of a compatible side) whose
  // first or last name part it is.
  if (e.kind == entities::Kind::person && token_count(e.name) == 1) {
    std::set<std::int64_t> found;
    for (const auto& k : index_.by_name_part(entities::alias_key(e.name)))
      if (!fresh(k).deceased && compatible(fresh(k))) found.insert(k.id);
    if (found.size() == 1) return *found.begin();
  }
  return create(e, e.name);
}

std::vector<std::int64_t> EntityResolver::resolve(const entities::Analysis& a) {
  // Organisations first, so a person's side is known when matching them.
  std::vector<std::int64_t> ids(a.entities.size(), 0);
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < a.entities.size(); ++i)
    if (a.entities[i].kind == entities::Kind::organization) order.push_back(i);
  for (std::size_t i = 0; i < a.entities.size(); ++i)
    if (a.entities[i].kind != entities::Kind::organization) order.push_back(i);
  for (std::size_t i : order) {
    const entities::Entity& e = a.entities[i];
    std::size_t p = e.party < 0 ? i : static_cast<std::size_t>(e.party);
    std::int64_t party = (p != i && p < ids.size()) ? ids[p] : 0;
    std::int64_t id = match(e, party);
    ids[i] = id;
    KnownEntity k = current(id);
    bool changed = false;
    if (fuller(e.name, k.name) && entities::same_entity_name(e.name, k.name, e.kind) &&
        !index_.user_alias(lower(k.name))) {
      k.name = e.name;
      changed = true;
    }
    if (k.role.empty() && !e.role.empty()) {
      k.role = e.role;
      changed = true;
    }
    if (k.kind == Kind::other && e.kind != Kind::other) {
      k.kind = e.kind;
      changed = true;
    }
    if (changed) pending_[id] = k;
    new_aliases_.emplace_back(e.name, id);
    for (const auto& al : e.aliases) new_aliases_.emplace_back(al, id);
  }
  // Sides, once every local entity has its global id.
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    int p = a.entities[i].party;
    if (p < 0 || static_cast<std::size_t>(p) >= ids.size()) continue;
    KnownEntity k = current(ids[i]);
    if (k.party == 0) {
      k.party = ids[static_cast<std::size_t>(p)];
      pending_[k.id] = k;
    }
  }
  return ids;
}

std::vector<KnownEntity> EntityResolver::take_changed_entities() {
  std::vector<KnownEntity> out;
  for (auto& [id, k] : pending_) out.push_back(std::move(k));
  pending_.clear();
  return out;
}

std::vector<std::pair<std::string, std::int64_t>> EntityResolver::take_new_aliases() {
  return std::exchange(new_aliases_, {});
}

std::optional<std::string> canonical_name(EntityIndex& index, std::string_view alias) {
  std::string l = lower(alias);
  if (auto u = index.user_alias(l)) {
    if (!*u) return std::nullopt;
    if (auto k = index.by_name(**u)) return k->name;
    return std::nullopt;
  }
  auto exact = index.by_alias(l);
  if (!exact.empty()) return exact.front().name;
  for (const auto& k : index.by_key(entities::alias_key(alias)))
    if (entities::same_entity_name(alias, k.name, k.kind)) return k.name;
  // A lone name part ("Karimi" for "Bilal Karimi"): the one living person.
  if (token_count(alias) == 1) {
    std::optional<std::string> found;
    for (const auto& k : index.by_name_part(entities::alias_key(alias))) {
      if (k.deceased) continue;
      if (found && *found != k.name) return std::nullopt;  // ambiguous
      found = k.name;
    }
    return found;
  }
  return std::nullopt;
}

}  // namespace claims::corpus
