// Mention detection. One pass over the tokens of each sentence; every
// look-around is a bounded number of tokens, so time is linear.
#include "core/entities/mentions.hpp"

#include <unordered_map>
#include <unordered_set>

#include "lexicon/lexicon.hpp"

#include "core/entities/cues.hpp"
#include "core/entities/names.hpp"

namespace claims::entities::detail {
namespace {

constexpr std::size_t kMaxNameTokens = 12;

class Detector : private TokenView {
 public:
  Detector(std::string_view text, const std::vector<Token>& tokens)
      : TokenView(text, tokens), c_(cues()) {}

  Detected run() {
    mark_headlines();
    collect_known();
    out_.at_token.assign(t_.size(), -1);
    std::size_t i = 0;
    while (i < t_.size()) {
      if (nameable(i)) {
        i = sequence(i);
      } else if (std::size_t next = generic_reference(i); next > i) {
        i = next;
      } else {
        ++i;
      }
    }
    coordinated_places();
    acronym_definitions();
    return std::move(out_);
  }

 private:
  bool is_title(std::size_t i) const { return is_word(i) && t_[i].cap && c_.has(c_.titles, lw(i)); }

  // Headlines and title-case lines: most content words capitalised. Their
  // capitals prove nothing, so only words known from prose count there.
  void mark_headlines() {
    std::vector<std::array<std::uint32_t, 2>> counts;
    std::vector<bool> full_stop;  // prose ends with a full stop or question mark; headlines do not
    for (const auto& t : t_) {
      if (t.sentence >= counts.size()) {
        counts.resize(t.sentence + 1, {0, 0});
        full_stop.resize(t.sentence + 1, false);
      }
      if (t.type == TokenType::punct) {
        std::string_view p = token_text(text_, t);
        if (p == "." || p == "?") full_stop[t.sentence] = true;
        else if (!(p == "\"" || p == "\xE2\x80\x9D" || p == "\xE2\x80\x99" || p == "'" || p == ")"))
          full_stop[t.sentence] = false;
      } else {
        full_stop[t.sentence] = false;
      }
      if (t.type != TokenType::word || t.has_digit) continue;
      std::string w = lower(token_text(text_, t));
      if (c_.stopwords.count(w)) continue;
      ++counts[t.sentence][0];
      if (t.cap) ++counts[t.sentence][1];
    }
    headline_.resize(counts.size());
    for (std::size_t s = 0; s < counts.size(); ++s)
      headline_[s] = !full_stop[s] && counts[s][0] >= 2 && counts[s][1] * 5 >= counts[s][0] * 4;
  }

  // Capitalised words seen inside prose sentences, not first in them.
  void collect_known() {
    for (const auto& t : t_)
      if (t.type == TokenType::word && t.cap && !t.initial && !t.has_digit && !headline_[t.sentence])
        known_.insert(lower(token_text(text_, t)));
  }
  bool known(std::size_t i) const { return known_.count(lw(i)) != 0; }

  bool nameable(std::size_t i) const {
    if (!is_word(i)) return false;
    const Token& t = t_[i];
    if (!t.cap || t.has_digit || t.end - t.start < 2) return false;
    std::string w = lw(i);
    if (c_.weekdays.count(w) || c_.months.count(w)) return false;
    if (headline_[t.sentence] && !known_.count(w)) return false;
    return true;
  }

  // ---- capitalised sequences ------------------------------------------------
  // Extends a name from i; returns the token after it.
  std::size_t sequence(std::size_t i) {
    std::size_t end = i + 1;
    bool org_so_far = c_.is_org_word(lw(i));
    while (end < t_.size() && same_sentence(i, end)) {
      std::size_t k = end;
      if (t_[k - 1].possessive || t_[k - 1].isolated) break;
      if (k - i >= kMaxNameTokens) break;  // a wall of capitals is not one name; keeps work bounded
      org_so_far = org_so_far || c_.is_org_word(lw(k - 1));
      if (is_punct(k, ".") && is_title(k - 1) && nameable(k + 1) && same_sentence(i, k + 1)) {
        end = k + 2;
        continue;
      }
      if (nameable(k) && !t_[k].isolated && !(t_[k].initial && !is_title(k - 1))) {
        end = k + 1;
        continue;
      }
      std::string w = lw(k);
      if (is_lower_word(k) && c_.particles.count(w) && nameable(k + 1) && same_sentence(i, k + 1)) {
        end = k + 2;
        continue;
      }
      bool org_before = c_.is_org_word(lw(k - 1));
      // "Front of X", "Council for the Defence of X": inside an organisation's name.
      if ((w == "of" && org_before) || ((w == "of" || w == "for") && org_so_far)) {
        if (nameable(k + 1) && same_sentence(i, k + 1)) { end = k + 2; continue; }
        if (lw(k + 1) == "the" && nameable(k + 2) && same_sentence(i, k + 2)) { end = k + 3; continue; }
      }
      // "Front in Afghanistan (NRF)": the tail belongs to the defined name.
      if (w == "in" && org_before && nameable(k + 1) && is_punct(k + 2, "(")) {
        end = k + 2;
        continue;
      }
      break;
    }
    split_and_add(i, end);
    return end;
  }

  // Drops edge words that name nothing, splits titles off, adds candidates.
  void split_and_add(std::size_t a, std::size_t b) {
    // Edges: "The", "On", a first "Meanwhile"; a trailing "Inc" or "Sunday".
    auto droppable_edge = [&](std::size_t k, bool leading) {
      if (!is_word(k)) return true;
      if (!t_[k].cap) return true;  // a connector left at an edge
      std::string w = lw(k);
      if (t_[k].allcaps) return false;
      if (c_.stopwords.count(w) || c_.starters.count(w) || c_.weekdays.count(w) || c_.months.count(w))
        return true;
      if (leading) return t_[k].initial && c_.nonname.count(w) != 0;
      return c_.corporate.count(w) != 0;
    };
    while (a < b && droppable_edge(a, true)) ++a;
    while (b > a && droppable_edge(b - 1, false)) --b;
    if (a >= b) return;
    // A capitalised word first in its sentence that prose never capitalises
    // is an ordinary word ("Meanwhile", "Photos") unless it speaks.
    if (b - a == 1 && t_[a].initial && !known(a) && !t_[a].allcaps) {
      std::string next = lw(b);
      bool speaks = is_lower_word(b) && c_.reporting_verbs.count(next);
      if (!speaks || c_.is_nonname(lw(a))) return;
    }
    // Leading titles: "Lt. Gen X", "President X".
    std::size_t k = a;
    while (k < b && (is_title(k) || (is_punct(k, ".") && k > a && is_title(k - 1)))) ++k;
    if (k > a) {
      if (k == b) return;  // titles only
      bool org = false;
      for (std::size_t j = k; j < b; ++j) org = org || c_.is_org_word(lw(j));
      if (org) { add(a, b, a, ""); return; }  // "General Assembly"
      add(k, b, a, title_role(a, k));
      return;
    }
    // Inner titles: "Taliban Spokesperson Zabihullah", "UN Secretary-General X".
    for (std::size_t t = a + 1; t < b; ++t) {
      if (c_.is_org_word(lw(t - 1)) || lw(t - 1) == "of") break;  // "Ministry of Foreign Affairs"
      if (!is_title(t)) continue;
      std::size_t u = t;
      while (u < b && (is_title(u) || (is_punct(u, ".") && is_title(u - 1)))) ++u;
      if (u < b) {
        bool org_after = false;
        for (std::size_t j = u; j < b; ++j) org_after = org_after || c_.is_org_word(lw(j));
        if (org_after) break;
        add(a, t, a, "");
        add(u, b, t, title_role(t, u));
        return;
      }
      if (c_.has(c_.roles, lw(b - 1))) {  // "X Spokesman": the role belongs to X's people
        add(a, t, a, "");
        return;
      }
      break;
    }
    add(a, b, a, "");
  }

  std::string title_role(std::size_t a, std::size_t b) const {
    std::string role;
    for (std::size_t k = a; k < b; ++k) {
      if (!is_word(k)) continue;
      std::string w = expand_title(lw(k));
      if (c_.has(c_.roles, w)) role = w;
    }
    return role;
  }

  // "gen" → "general" (entity_title_expansions: "abbreviation role" lines).
  static std::string expand_title(const std::string& w) {
    static const auto table = [] {
      std::unordered_map<std::string, std::string> m;
      for (const auto& line : claims::lexicon::list("entity_title_expansions")) {
        auto sp = line.find(' ');
        if (sp != std::string::npos) m.emplace(lower(line.substr(0, sp)), lower(line.substr(sp + 1)));
      }
      return m;
    }();
    auto it = table.find(w);
    return it == table.end() ? w : it->second;
  }

  void add(std::size_t a, std::size_t b, std::size_t title_first, std::string role) {
    while (a < b && !is_word(a)) ++a;
    while (b > a && !is_word(b - 1)) --b;
    if (a >= b) return;
    Candidate c;
    c.first = static_cast<std::uint32_t>(a);
    c.last = static_cast<std::uint32_t>(b);
    c.title_first = static_cast<std::uint32_t>(title_first);
    c.start = t_[a].start;
    c.end = t_[b - 1].end;
    c.sentence = t_[a].sentence;
    for (std::size_t k = a; k < b; ++k) {
      if (!is_word(k)) continue;
      if (!c.name.empty()) c.name += ' ';
      c.name += tx(k);
    }
    c.acronym = b - a == 1 && t_[a].allcaps;
    // A lone place word or direction ("the Valley", "Western") names nothing.
    if (b - a == 1 && !c.acronym && (c_.has(c_.place_cues, lw(a)) || c_.has(c_.compass, lw(a)))) return;
    c.possessive = t_[b - 1].possessive;
    c.role = std::move(role);
    // A single capitalised group head ("The Resistance is ...") is a reference.
    if (b - a == 1 && !c.acronym && c_.group_heads.count(lw(a))) {
      if (std::string d = lw(a - 1); a > 0 && same_sentence(a - 1, a) && (d == "the" || d == "its" || d == "their")) {
        c.first = c.title_first = static_cast<std::uint32_t>(a - 1);
        c.start = t_[a - 1].start;
      }
      c.generic = true;
      c.heads = {lw(a)};
      c.votes[vote_org] += 3;
      push(std::move(c));
      return;
    }
    gather_votes(c, a, b, title_first);
    push(std::move(c));
  }

  void gather_votes(Candidate& c, std::size_t a, std::size_t b, std::size_t title_first) {
    bool single = b - a == 1;
    for (std::size_t k = a; k < b; ++k)
      if (is_word(k) && c_.is_org_word(lw(k))) c.votes[vote_org] += 3;
    if (c.acronym) c.votes[vote_org] += 1;
    if (!single && c_.has(c_.place_cues, lw(b - 1))) {
      c.votes[vote_place] += 3;
      std::string stripped;
      for (std::size_t k = a; k + 1 < b; ++k) {
        if (!is_word(k)) continue;
        if (!stripped.empty()) stripped += ' ';
        stripped += tx(k);
      }
      c.place_stripped = stripped;
    }
    if (title_first < a) c.votes[vote_person] += 3;
    // After the name.
    std::string next = lw(b);
    bool next_lower = is_lower_word(b) && same_sentence(a, b);
    if (next_lower && c_.has(c_.place_cues, next)) c.votes[vote_place] += 3;
    if (next_lower && c_.has(c_.member_nouns, next)) c.votes[vote_org] += 2;
    if (c.possessive && next_lower && c_.has(c_.roles, next)) c.votes[vote_org] += 1;
    if (next_lower && c_.has(c_.reporting_verbs, next) && lw(title_first - 1) != "the")
      c.votes[vote_person] += 1;
    c.modifier_only = next_lower && !c.possessive && !c_.stopwords.count(next) &&
                      !c_.reporting_verbs.count(next) && !c_.death_cues.count(next);
    // "Islamic and humanitarian demand": still a modifier.
    if ((next == "and" || next == "or") && is_lower_word(b + 1) && !c_.stopwords.count(lw(b + 1)))
      c.modifier_only = true;
    if (next_lower && (c_.has(c_.member_nouns, next) || c_.has(c_.roles, next))) c.group_evidence = true;
    // Before the name.
    if (title_first > 0 && same_sentence(title_first - 1, a)) {
      std::size_t p = title_first - 1;
      std::string prev = lw(p);
      if (is_lower_word(p) && c_.has(c_.place_cues, prev)) c.votes[vote_place] += 3;  // "capital X"
      if (prev == "of" && p > 0) {
        std::string before = lw(p - 1);
        if (is_lower_word(p - 1) && c_.has(c_.place_cues, before)) c.votes[vote_place] += 3;
        if (c_.has(c_.compass, before)) c.votes[vote_place] += 2;  // "north of X"
      }
      if (is_lower_word(p) && c_.has(c_.place_preps, prev)) c.votes[vote_place] += 1;
      if (prev == "the" && !single && title_first == a) c.votes[vote_org] += 1;  // people take no article
      if (prev == "the" && single && !c.acronym && !(next_lower && c_.has(c_.place_cues, next)))
        c.votes[vote_org] += 1;
    }
    if (c.possessive && next_lower && c_.has(c_.place_cues, next)) c.votes[vote_place] += 2;
  }

  void push(Candidate c) {
    int idx = static_cast<int>(out_.candidates.size());
    for (std::size_t k = c.title_first; k < c.last; ++k)
      if (k >= c.first || out_.at_token[k] < 0) out_.at_token[k] = idx;
    out_.candidates.push_back(std::move(c));
  }

  // ---- generic references -----------------------------------------------
  // "the resistance", "the resistance front", "resistance forces",
  // "the group's"; returns the token after it, or i when there is none.
  std::size_t generic_reference(std::size_t i) {
    if (!is_lower_word(i) || !c_.group_heads.count(lw(i))) return i;
    std::size_t e = i + 1;
    std::vector<std::string> heads{lw(i)};
    while (e < t_.size() && same_sentence(i, e) && is_lower_word(e) && !t_[e - 1].possessive &&
           c_.group_heads.count(lw(e))) {
      heads.push_back(lw(e));
      ++e;
    }
    std::string next = (same_sentence(i, e) && is_lower_word(e) && !t_[e - 1].possessive) ? lw(e) : "";
    if (!next.empty()) {
      if (c_.head_blockers.count(next)) return i;
      bool fits = c_.stopwords.count(next) || c_.reporting_verbs.count(next) || c_.member_nouns.count(next) ||
                  c_.roles.count(next) || c_.death_cues.count(next) || next.ends_with("ed") ||
                  next.ends_with("s");
      if (!fits) return i;
    }
    bool specific = false;
    for (auto& h : heads) specific = specific || !c_.generic_groups.count(h);
    // Modifiers that prose capitalises elsewhere: "the liberation army".
    std::size_t m = i;
    while (m > 0 && i - m < 2 && same_sentence(m - 1, i) && is_lower_word(m - 1) && known(m - 1) &&
           out_.at_token[m - 1] < 0 && !c_.stopwords.count(lw(m - 1)))
      --m;
    for (std::size_t j = i; j > m; --j) heads.insert(heads.begin(), lw(j - 1));
    if (m < i) specific = true;
    i = m;
    std::size_t p = i > 0 ? i - 1 : i;
    std::string prev = i > 0 && same_sentence(p, i) ? lw(p) : std::string();
    bool definite = prev == "the" || prev == "its" || prev == "their" || prev == "this" || prev == "that";
    bool indefinite = (prev == "a" || prev == "an") && specific && next != "of";
    bool members = !next.empty() && c_.member_nouns.count(next) && specific;
    bool after_name = i > 0 && same_sentence(p, i) && is_word(p) && t_[p].cap && specific;
    if (!(definite || indefinite || members || after_name)) return i;
    Candidate c;
    c.generic = true;
    c.head = heads.back();
    c.heads = std::move(heads);
    std::size_t a = (definite || indefinite) ? p : i;
    c.first = static_cast<std::uint32_t>(a);
    c.title_first = c.first;
    c.last = static_cast<std::uint32_t>(e);
    c.start = t_[a].start;
    c.end = t_[e - 1].end;
    c.sentence = t_[i].sentence;
    c.name = std::string(text_.substr(c.start, c.end - c.start));
    c.possessive = t_[e - 1].possessive;
    c.votes[vote_org] += 3;
    push(std::move(c));
    return e;
  }

  // ---- post passes -----------------------------------------------------------
  // "the Khinj and Unabah districts": the cue after the last name covers all.
  void coordinated_places() {
    auto& cs = out_.candidates;
    for (std::size_t n = cs.size(); n-- > 0;) {
      const Candidate& c = cs[n];
      if (c.generic || !is_lower_word(c.last) || !same_sentence(c.first, c.last)) continue;
      std::string cue = lw(c.last);
      if (!c_.has(c_.place_cues, cue) || cue.back() != 's') continue;
      std::size_t k = c.title_first;
      for (int hops = 0; hops < 8 && k >= 2; ++hops) {
        std::string sep = lw(k - 1);
        if (sep != "and" && sep != ",") break;
        int prev = out_.at_token[k - 2];
        if (prev < 0 || cs[prev].generic) break;
        cs[prev].votes[vote_place] += 3;
        k = cs[prev].title_first;
      }
    }
  }

  // "National Resistance Front (NRF)": the acronym abbreviates the name.
  void acronym_definitions() {
    auto& cs = out_.candidates;
    for (std::size_t n = 0; n < cs.size(); ++n) {
      Candidate& c = cs[n];
      if (!c.acronym || c.first < 2 || !is_punct(c.first - 1, "(") || !is_punct(c.last, ")")) continue;
      int p = out_.at_token[c.first - 2];
      if (p < 0 || cs[p].generic || cs[p].last != c.first - 1) continue;
      if (!acronym_matches(c.name, cs[p].name)) continue;
      c.defines = p;
      c.votes[vote_org] += 3;
      cs[p].votes[vote_org] += 3;
    }
  }

  const Cues& c_;
  std::vector<bool> headline_;
  std::unordered_set<std::string> known_;
  Detected out_;
};

}  // namespace

Detected detect_mentions(std::string_view text, const std::vector<Token>& tokens) {
  return Detector(text, tokens).run();
}

}  // namespace claims::entities::detail
