#include "core/entities/coreference.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "core/entities/cues.hpp"
#include "core/entities/names.hpp"
#include "core/entities/tokens.hpp"

namespace claims::entities::detail {
namespace {

constexpr std::size_t kMaxChoices = 64;  // bound on namesakes compared per mention

struct Group {
  std::string key;
  std::string name;  // first spelling seen
  std::vector<int> members;
  std::array<int, 3> votes{0, 0, 0};
  bool multi = false;
  bool acronym = false;
};

Kind kind_of(const std::array<int, 3>& v, bool multi) {
  if (v[0] == 0 && v[1] == 0 && v[2] == 0) return multi ? Kind::person : Kind::other;
  if (v[vote_org] >= v[vote_place] && v[vote_org] >= v[vote_person]) return Kind::organization;
  if (v[vote_place] >= v[vote_person]) return Kind::place;
  return Kind::person;
}

class UnionFind {
 public:
  explicit UnionFind(std::size_t n) : parent_(n) {
    for (std::size_t i = 0; i < n; ++i) parent_[i] = static_cast<int>(i);
  }
  int find(int x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void unite(int a, int b) {
    a = find(a), b = find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);  // the earlier group is the root
  }

 private:
  std::vector<int> parent_;
};

struct Working {
  Kind kind = Kind::other;
  std::vector<int> candidates;
  bool has_role = false;
  bool deceased = false;
  bool side = false;  // has members or spokesmen: a party to the conflict, not an outlet
  long last_seen = -1;
  std::size_t first_pos = 0;
};

class Resolver {
 public:
  Resolver(std::string_view text, std::vector<Candidate>& cs) : text_(text), cs_(cs), c_(cues()) {}

  Analysis run() {
    alive_.assign(cs_.size(), true);
    entity_.assign(cs_.size(), -1);
    keys();
    drop_demonyms();
    group();
    cluster();
    make_entities();
    sweep();
    return finish();
  }

 private:
  // ---- names and groups ---------------------------------------------------------
  void keys() {
    key_.resize(cs_.size());
    std::unordered_set<std::string> all;
    for (std::size_t n = 0; n < cs_.size(); ++n)
      if (!cs_[n].generic) all.insert(key_[n] = alias_key(cs_[n].name));
    for (std::size_t n = 0; n < cs_.size(); ++n) {
      auto& c = cs_[n];
      if (c.generic || c.place_stripped.empty()) continue;
      std::string k = alias_key(c.place_stripped);
      if (all.count(k)) {  // "X Valley" where the text also says "X"
        c.name = c.place_stripped;
        key_[n] = k;
      }
    }
    for (std::size_t n = 0; n < cs_.size(); ++n)
      if (key_[n].empty() && !cs_[n].generic) alive_[n] = false;
  }

  // One word of nationality that only ever modifies a noun ("Afghan
  // leader", "Qatari plane") is an adjective, not an entity.
  void drop_demonyms() {
    std::unordered_map<std::string, bool> keep;
    for (std::size_t n = 0; n < cs_.size(); ++n) {
      const auto& c = cs_[n];
      if (c.generic || c.acronym || c.last - c.first != 1 || !c_.ends_like_demonym(lower(c.name))) continue;
      bool standalone = !c.modifier_only || c.votes[vote_person] > 0 || c.votes[vote_place] > 0 ||
                        !c.role.empty();
      keep[key_[n]] = keep[key_[n]] || standalone;
    }
    for (std::size_t n = 0; n < cs_.size(); ++n) {
      auto it = keep.find(key_[n]);
      if (!cs_[n].generic && it != keep.end() && !it->second && cs_[n].last - cs_[n].first == 1) alive_[n] = false;
    }
  }

  void group() {
    std::unordered_map<std::string, int> by_key;
    group_of_.assign(cs_.size(), -1);
    for (std::size_t n = 0; n < cs_.size(); ++n) {
      if (!alive_[n] || cs_[n].generic) continue;
      auto [it, fresh] = by_key.emplace(key_[n], static_cast<int>(groups_.size()));
      if (fresh) {
        Group g;
        g.key = key_[n];
        g.name = cs_[n].name;
        g.multi = cs_[n].last - cs_[n].first > 1;  // "Mazar-e-Sharif" is one word
        g.acronym = cs_[n].acronym;
        groups_.push_back(std::move(g));
      }
      Group& g = groups_[it->second];
      g.members.push_back(static_cast<int>(n));
      for (int v = 0; v < 3; ++v) g.votes[v] += cs_[n].votes[v];
      group_of_[n] = it->second;
    }
  }

  // Organisations: acronym ↔ expansion, locative tails.
  void cluster() {
    UnionFind uf(groups_.size());
    for (std::size_t n = 0; n < cs_.size(); ++n)
      if (group_of_[n] >= 0 && cs_[n].defines >= 0 && group_of_[cs_[n].defines] >= 0)
        uf.unite(group_of_[n], group_of_[cs_[n].defines]);
    std::unordered_map<std::string, int> by_core, by_initials;
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      const Group& gr = groups_[g];
      Kind k = kind_of(gr.votes, gr.multi);
      if (!gr.multi || k == Kind::person) continue;
      std::string core = strip_locative_tail(gr.name);
      auto [it, fresh] = by_core.emplace(alias_key(core), static_cast<int>(g));
      if (!fresh) uf.unite(it->second, static_cast<int>(g));
      if (k == Kind::organization || k == Kind::place) {
        by_initials.emplace(initials(gr.name), static_cast<int>(g));
        by_initials.emplace(initials(core), static_cast<int>(g));
      }
    }
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      const Group& gr = groups_[g];
      if (!gr.acronym || kind_of(gr.votes, false) == Kind::person) continue;
      auto it = by_initials.find(acronym_letters(gr.name));
      if (it != by_initials.end()) uf.unite(it->second, static_cast<int>(g));
    }
    regional_variants(uf);
    root_.resize(groups_.size());
    cluster_votes_.assign(groups_.size(), {0, 0, 0});
    cluster_multi_.assign(groups_.size(), false);
    cluster_acronym_.assign(groups_.size(), false);
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      int r = root_[g] = uf.find(static_cast<int>(g));
      for (int v = 0; v < 3; ++v) cluster_votes_[r][v] += groups_[g].votes[v];
      cluster_multi_[r] = cluster_multi_[r] || groups_[g].multi;
      cluster_acronym_[r] = cluster_acronym_[r] || groups_[g].acronym;
    }
  }

  // "the Northern Resistance" after "the National Resistance Front": a
  // compass adjective before one word of exactly one longer organisation's
  // name is that organisation described by region, as "the resistance" is
  // by its head noun. Never when any organisation of the text carries a
  // compass word itself ("Northern Alliance" vs "Southern Alliance").
  void regional_variants(UnionFind& uf) {
    std::vector<std::vector<std::string>> words(groups_.size());
    std::vector<bool> org(groups_.size(), false);
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      org[g] = !groups_[g].acronym && kind_of(groups_[g].votes, groups_[g].multi) == Kind::organization;
      if (!org[g]) continue;
      for (auto& p : name_parts(groups_[g].name)) words[g].push_back(lower(p));
    }
    auto has_compass = [&](std::size_t g) {
      for (auto& w : words[g])
        if (c_.has(c_.compass, w)) return true;
      return false;
    };
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      if (!org[g] || words[g].size() != 2 || !c_.has(c_.compass, words[g][0])) continue;
      int match = -1, matches = 0;
      for (std::size_t o = 0; o < groups_.size(); ++o) {
        if (o == g || !org[o]) continue;
        if (has_compass(o) && uf.find(static_cast<int>(o)) != uf.find(static_cast<int>(g))) return;
        if (words[o].size() < 3) continue;
        if (std::find(words[o].begin(), words[o].end(), words[g][1]) == words[o].end()) continue;
        if (match < 0 || uf.find(match) != uf.find(static_cast<int>(o))) ++matches;
        match = static_cast<int>(o);
      }
      if (matches == 1) uf.unite(match, static_cast<int>(g));
    }
  }

  Kind cluster_kind(int r) const { return kind_of(cluster_votes_[r], cluster_multi_[r]); }

  // One-word person names wait for the sweep: they may be a surname.
  bool is_partial_name(int r) const {
    Kind k = cluster_kind(r);
    return !cluster_multi_[r] && !cluster_acronym_[r] && (k == Kind::person || k == Kind::other);
  }

  int entity_of_cluster(int r) {
    if (entity_of_root_.empty()) entity_of_root_.assign(groups_.size(), -1);
    if (entity_of_root_[r] < 0) {
      entity_of_root_[r] = static_cast<int>(work_.size());
      Working w;
      w.kind = cluster_kind(r);
      work_.push_back(w);
    }
    return entity_of_root_[r];
  }

  void make_entities() {
    for (std::size_t n = 0; n < cs_.size(); ++n) {
      if (group_of_[n] < 0) continue;
      int r = root_[group_of_[n]];
      if (is_partial_name(r)) continue;
      assign(n, entity_of_cluster(r));
    }
    // Indexes of full person names by last and first part, and of
    // organisations by the words of their names.
    std::vector<bool> seen(groups_.size(), false);
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      int r = root_[g];
      if (is_partial_name(r) || entity_of_root_.empty() || entity_of_root_[r] < 0) continue;
      int e = entity_of_root_[r];
      auto parts = name_parts(groups_[g].name);
      if (work_[e].kind == Kind::person && parts.size() > 1) {
        add_unique(by_last_[alias_key(parts.back())], e);
        add_unique(by_first_[alias_key(parts.front())], e);
      }
      if (work_[e].kind == Kind::organization)
        for (auto& p : parts)
          if (!p.empty() && !(p[0] >= 'a' && p[0] <= 'z')) add_unique(org_words_[lower(p)], e);
    }
  }

  static void add_unique(std::vector<int>& v, int e) {
    if (v.size() < kMaxChoices && std::find(v.begin(), v.end(), e) == v.end()) v.push_back(e);
  }

  void assign(std::size_t n, int e) {
    entity_[n] = e;
    Working& w = work_[e];
    if (w.candidates.empty()) w.first_pos = cs_[n].start;
    w.candidates.push_back(static_cast<int>(n));
    if (!cs_[n].role.empty()) w.has_role = true;
    if (cs_[n].deceased) w.deceased = true;
    if (cs_[n].group_evidence) w.side = true;
  }

  // ---- the sweep in text order ------------------------------------------------------
  void sweep() {
    last_org_before_.assign(cs_.size(), -1);
    for (std::size_t n = 0; n < cs_.size(); ++n) {
      int p = cs_[n].party;
      if (alive_[n] && p >= 0 && alive_[p] && entity_[p] >= 0) work_[entity_[p]].side = true;
    }
    // Organisations all exist before the sweep (only people and "other"
    // names are made during it), so the first one is known now.
    for (std::size_t e = 0; e < work_.size(); ++e)
      if (work_[e].kind == Kind::organization && (first_org_ < 0 || work_[e].first_pos < work_[first_org_].first_pos))
        first_org_ = static_cast<int>(e);
    subject_org_before_.assign(cs_.size(), -1);
    int last_org = -1, last_side = -1, subject_org = -1;
    std::size_t sentence = 0;
    for (std::size_t n = 0; n < cs_.size(); ++n) {
      if (!alive_[n]) continue;
      if (cs_[n].sentence != sentence) subject_org = -1;
      sentence = cs_[n].sentence;
      last_org_before_[n] = last_org;
      subject_org_before_[n] = subject_org;
      const Candidate& c = cs_[n];
      if (c.generic) {
        int e = generic_target(c, last_side >= 0 ? last_side : last_org);
        if (e >= 0) assign(n, e);
      } else if (entity_[n] < 0 && group_of_[n] >= 0) {
        int e = surname_target(n);
        assign(n, e >= 0 ? e : entity_of_cluster(root_[group_of_[n]]));
      }
      int e = entity_[n];
      if (e < 0) continue;
      work_[e].last_seen = static_cast<long>(c.start);
      if (work_[e].kind == Kind::organization) {
        last_org = e;
        if (subject_org < 0) subject_org = e;
        if (work_[e].side) last_side = e;
      }
    }
  }

  int most_recent(const std::vector<int>& choices) const {
    int best = -1;
    for (int e : choices) {
      if (best < 0) { best = e; continue; }
      const Working& a = work_[e];
      const Working& b = work_[best];
      if (a.last_seen != b.last_seen ? a.last_seen > b.last_seen : a.first_pos < b.first_pos) best = e;
    }
    return best;
  }

  int surname_target(std::size_t n) {
    const Candidate& c = cs_[n];
    auto parts = name_parts(c.name);
    if (parts.size() != 1) return -1;
    std::string k = alias_key(parts[0]);
    const std::vector<int>* list = nullptr;
    if (auto it = by_last_.find(k); it != by_last_.end()) list = &it->second;
    else if (auto it2 = by_first_.find(k); it2 != by_first_.end()) list = &it2->second;
    if (!list) return -1;
    std::vector<int> choices;
    for (int e : *list) {
      bool other = false;
      for (int o : c.others) other = other || entity_[o] == e;
      if (!other) choices.push_back(e);
    }
    auto keep_if = [&](auto pred) {
      std::vector<int> kept;
      for (int e : choices)
        if (pred(work_[e])) kept.push_back(e);
      if (!kept.empty()) choices = std::move(kept);
    };
    // The living person with a role speaks; the dead namesake is only
    // chosen when the sentence itself describes a death.
    if (c.deceased) keep_if([](const Working& w) { return w.deceased; });
    else keep_if([](const Working& w) { return !w.deceased; });
    keep_if([](const Working& w) { return w.has_role; });
    return most_recent(choices);
  }

  int generic_target(const Candidate& c, int last_org) const {
    // Organisations with the head noun in their name, narrowed to those
    // with the modifiers too ("the resistance front", "the liberation army");
    // a name without the head noun may still carry the first word
    // ("resistance forces" → "... Resistance Front").
    std::vector<int> choices;
    std::vector<std::string> words;
    if (!c.head.empty()) words.push_back(c.head);
    for (const auto& h : c.heads)
      if (h != c.head) words.push_back(h);
    for (const auto& h : words) {
      auto it = org_words_.find(h);
      if (it == org_words_.end()) continue;
      if (choices.empty()) {
        choices = it->second;
      } else {
        std::vector<int> both;
        for (int e : choices)
          if (std::find(it->second.begin(), it->second.end(), e) != it->second.end()) both.push_back(e);
        if (!both.empty()) choices = std::move(both);
      }
    }
    if (!choices.empty()) return most_recent(choices);
    bool generic = false;
    for (const auto& h : c.heads) generic = generic || c_.generic_groups.count(h);
    if (!generic) return -1;
    // Before any organisation is named: the first one named after.
    return last_org >= 0 ? last_org : first_org_;
  }

  // ---- entities out -------------------------------------------------------------------
  Analysis finish() {
    // Entities in order of first mention.
    std::vector<int> order;
    for (std::size_t e = 0; e < work_.size(); ++e)
      if (!work_[e].candidates.empty()) order.push_back(static_cast<int>(e));
    std::sort(order.begin(), order.end(), [&](int a, int b) {
      return cs_[work_[a].candidates.front()].start < cs_[work_[b].candidates.front()].start;
    });
    std::vector<int> renum(work_.size(), -1);
    for (std::size_t i = 0; i < order.size(); ++i) renum[order[i]] = static_cast<int>(i);

    Analysis out;
    out.entities.resize(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
      const Working& w = work_[order[i]];
      Entity& e = out.entities[i];
      e.kind = w.kind;
      if (e.kind == Kind::other)
        for (int n : w.candidates)
          if (!cs_[n].role.empty()) e.kind = Kind::person;
      std::size_t best_parts = 0;
      bool best_acronym = true;
      std::unordered_set<std::string> seen;
      for (int n : w.candidates) {
        const Candidate& c = cs_[n];
        if (c.generic) continue;
        std::size_t parts = name_parts(c.name).size();
        // The fullest form: an expansion over an acronym, more name parts
        // over fewer; among equals the first spelling seen.
        bool better = e.name.empty() || (best_acronym && !c.acronym) ||
                      (best_acronym == c.acronym && parts > best_parts);
        if (better) {
          e.name = c.name;
          best_parts = parts;
          best_acronym = c.acronym;
        }
        if (seen.insert(c.name).second) e.aliases.push_back(c.name);
      }
      if (e.name.empty()) e.name = cs_[w.candidates.front()].name;
      if (e.kind == Kind::person) {
        for (int n : w.candidates)
          if (e.role.empty() && !cs_[n].role.empty()) e.role = cs_[n].role;
        e.deceased = w.deceased;
      }
    }
    // Sides.
    for (std::size_t i = 0; i < order.size(); ++i) {
      Entity& e = out.entities[i];
      if (e.kind == Kind::organization) {
        e.party = static_cast<int>(i);
        continue;
      }
      if (e.kind != Kind::person) continue;
      std::unordered_map<int, int> votes;
      int best = -1;
      for (int n : work_[order[i]].candidates) {
        const Candidate& c = cs_[n];
        int org = -1;
        if (c.party >= 0 && alive_[c.party]) org = entity_[c.party];
        else if (c.party_is_recent_org) org = last_org_before_[n];
        else if (c.party_is_subject_org) org = subject_org_before_[n];
        if (org < 0 || work_[org].kind != Kind::organization) continue;
        int r = renum[org];
        if (r < 0) continue;
        int v = ++votes[r];
        if (best < 0 || v > votes[best]) best = r;
      }
      e.party = best;
    }
    for (std::size_t n = 0; n < cs_.size(); ++n) {
      if (!alive_[n] || entity_[n] < 0 || renum[entity_[n]] < 0) continue;
      Mention m;
      m.start = cs_[n].start;
      m.end = cs_[n].end;
      m.text = std::string(text_.substr(m.start, m.end - m.start));
      m.sentence = cs_[n].sentence;
      m.entity = renum[entity_[n]];
      out.mentions.push_back(std::move(m));
    }
    return out;
  }

  std::string_view text_;
  std::vector<Candidate>& cs_;
  const Cues& c_;
  std::vector<bool> alive_;
  std::vector<std::string> key_;
  std::vector<Group> groups_;
  std::vector<int> group_of_, root_, entity_, entity_of_root_, last_org_before_, subject_org_before_;
  std::vector<std::array<int, 3>> cluster_votes_;
  std::vector<bool> cluster_multi_, cluster_acronym_;
  std::vector<Working> work_;
  int first_org_ = -1;
  std::unordered_map<std::string, std::vector<int>> by_last_, by_first_, org_words_;
};

}  // namespace

Analysis resolve(std::string_view text, std::vector<Candidate>& candidates) {
  return Resolver(text, candidates).run();
}

}  // namespace claims::entities::detail
