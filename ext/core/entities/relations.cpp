// Relation patterns. Each looks at a bounded window of tokens around one
// mention, so the whole step is linear in the number of mentions.
#include "core/entities/relations.hpp"

#include "core/entities/cues.hpp"

namespace claims::entities::detail {
namespace {

constexpr std::size_t kChain = 6;  // longest role phrase: "co-founder and deputy leader"

class Relations : private TokenView {
 public:
  Relations(std::string_view text, const std::vector<Token>& tokens, Detected& d)
      : TokenView(text, tokens), d_(d), cs_(d.candidates), c_(cues()) {}

  void run() {
    for (std::size_t n = 0; n < cs_.size(); ++n) {
      if (cs_[n].generic || cs_[n].acronym) continue;
      late_before(cs_[n]);
      role_before(n);
      apposition_after(n);
      kin_before(n);
      death(n);
    }
  }

 private:
  int cand_at(std::size_t i) const { return i < d_.at_token.size() ? d_.at_token[i] : -1; }
  bool is_role(std::size_t i) const { return is_word(i) && c_.has(c_.roles, lw(i)); }
  // Candidate whose name ends exactly at token i (a ")" of a defined acronym
  // is looked through: "the National Resistance Front (NRF)").
  int ends_at(std::size_t i) const {
    if (i >= t_.size()) return -1;
    if (is_punct(i, ")")) {
      for (std::size_t k = i; k > 0 && i - k < kChain; --k)
        if (is_punct(k - 1, "(")) return k >= 2 ? ends_at(k - 2) : -1;
      return -1;
    }
    int o = cand_at(i);
    return (o >= 0 && cs_[o].last == i + 1) ? o : -1;
  }

  // "the late X", "late ex-guerrilla commander X".
  void late_before(Candidate& c) {
    for (std::size_t j = c.title_first; j > 0 && c.title_first - j < 8;) {
      --j;
      if (!same_sentence(j, c.first)) return;
      std::string w = lw(j);
      if (w == "late") {
        c.deceased = true;
        return;
      }
      if (t_[j].type == TokenType::punct && !is_punct(j, "-") && !is_punct(j, "'") &&
          !is_punct(j, "\xE2\x80\x98") && !is_punct(j, "\xE2\x80\x99"))
        return;
      if (w == "of" || w == "and" || w == "the" || w == "a" || w == "an" || w == "by" || w == "with") return;
    }
  }

  // "deputy leader", "secretary general": a role word with the role word
  // before it; plurals made singular ("its spokesmen X" → spokesman).
  std::string compound_role(std::size_t j) const {
    std::string w = singular(lw(j));
    if (j > 0 && is_role(j - 1) && t_[j - 1].cap == t_[j].cap) return lw(j - 1) + " " + w;
    return w;
  }
  std::string singular(std::string w) const {
    if (w.ends_with("men")) return w.substr(0, w.size() - 3) + "man";
    if (w.ends_with("people")) return w.substr(0, w.size() - 6) + "person";
    if (w.size() > 3 && w.back() == 's' && c_.has(c_.roles, w.substr(0, w.size() - 1))) w.pop_back();
    return w;
  }

  void set_role(Candidate& c, const std::string& role) {
    if (c.role.empty()) c.role = role;
    c.votes[vote_person] += 2;
  }

  // "Taliban spokesman X", "A Taliban spokesman, X", "its spokesmen X",
  // "the late ... commander X", "the spokesperson of the NRF (NRF), X".
  void role_before(std::size_t n) {
    Candidate& c = cs_[n];
    if (c.title_first == 0) return;
    std::size_t p = c.title_first - 1;
    if (!same_sentence(p, c.first)) return;
    bool comma = is_punct(p, ",");
    if (comma) {
      if (p == 0) return;
      --p;
      // "the spokesperson of the National Resistance Front (NRF), X"
      int o = ends_at(p);
      if (o >= 0) {
        std::size_t q = cs_[o].title_first;
        if (q >= 1 && lw(q - 1) == "the") --q;
        if (q >= 2 && (lw(q - 1) == "of" || lw(q - 1) == "for") && is_role(q - 2)) {
          if (cs_[n].role.empty()) cs_[n].role = lw(q - 2);
          cs_[n].votes[vote_person] += 2;
          cs_[n].party = o;
        }
        return;
      }
    }
    // Walk back over a lower-case role phrase.
    std::string role;
    bool late = false;
    std::size_t q = p + 1;  // first token of the phrase
    bool title_role = !c.role.empty();
    for (std::size_t k = p + 1; k > 0 && (p + 1) - k < kChain;) {
      std::size_t j = k - 1;
      if (!same_sentence(j, c.first)) break;
      bool joins = is_lower_word(j) || is_punct(j, "-") || is_punct(j, "'") || is_punct(j, "\xE2\x80\x98") ||
                   is_punct(j, "\xE2\x80\x99");
      if (!joins) break;
      std::string w = lw(j);
      if (w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" || w == "her" ||
          w == "of" || w == "by" || w == "with" || w == "said" || w == "told")
        break;
      if (c_.stopwords.count(w) && w != "and" && w != "for") break;
      if (c_.has(c_.place_cues, w) || w == "like" || w == "including" || w == "such") break;
      if (w == "late") late = true;
      if (role.empty() && is_role(j)) role = compound_role(j);
      q = j;
      k = j;
    }
    if (late) c.deceased = true;
    if (!role.empty()) {  // the phrase names the office better than a title ("co-founder ... Mullah X")
      c.role = role;
      c.votes[vote_person] += 2;
    } else if (title_role) {
      role = c.role;
    }
    if (role.empty()) return;
    if (q == 0) return;
    std::size_t before = q - 1;
    if (!same_sentence(before, c.first)) return;
    std::string b = lw(before);
    if (b == "its" || b == "their") {
      c.party_is_recent_org = true;
      return;
    }
    if (b == "late") c.deceased = true;
    if (int o = ends_at(before); o >= 0 && o != static_cast<int>(n)) {
      c.party = o;
      return;
    }
    // "..., with spokesman X telling ...", "with a spokesman, X, saying":
    // an unqualified role in an absolute clause speaks for the subject.
    if (b == "a" || b == "an") {
      if (before == 0 || !same_sentence(before - 1, c.first)) return;
      b = lw(--before);
    }
    if (b == "with" && before > 0 && is_punct(before - 1, ",")) c.party_is_subject_org = true;
  }

  // "X, a spokesman of the resistance front", "X, spokesman for the UN",
  // "X, a Taliban spokesman", "X, the son of Y".
  void apposition_after(std::size_t n) {
    Candidate& c = cs_[n];
    std::size_t k = c.last;
    if (c.possessive || !is_punct(k, ",") || !same_sentence(k, c.first)) return;
    ++k;
    std::string w = lw(k);
    if (w == "a" || w == "an" || w == "the") ++k;
    // An organisation first: "X, a Taliban spokesman".
    if (int o = cand_at(k); o >= 0 && cs_[o].first == k && o != static_cast<int>(n)) {
      std::size_t e = cs_[o].last;
      for (std::size_t j = e; j < e + 3 && is_lower_word(j); ++j)
        if (is_role(j)) {
          set_role(c, compound_role(j));
          c.party = o;
          return;
        }
      return;
    }
    // A role phrase, then "of/for ... <organisation>".
    std::string role;
    std::size_t j = k;
    for (; j < k + kChain && same_sentence(j, c.first) && is_word(j); ++j) {
      std::string x = lw(j);
      if (c_.has(c_.kinship, x)) {
        kin_after(n, j + 1);
        return;
      }
      if (is_role(j)) role = compound_role(j);
      if (x == "of" || x == "for" || x == "with" || x == "from" || x == "at" || x == "in") break;
      if (cand_at(j) >= 0) break;
    }
    if (role.empty()) return;
    set_role(c, role);
    std::string link = lw(j);
    if (link != "of" && link != "for" && link != "with" && link != "from" && link != "at" && link != "in") return;
    std::size_t o_tok = j + 1;
    if (int o = cand_at(o_tok); o >= 0 && cs_[o].title_first == o_tok) {
      c.party = o;
      return;
    }
    if (lw(o_tok) == "the") ++o_tok;
    if (int o = cand_at(o_tok); o >= 0 && cs_[o].title_first == o_tok) c.party = o;
  }

  // After "X, the son of": the next person named is another person.
  void kin_after(std::size_t n, std::size_t from) {
    if (lw(from) != "of") return;
    for (std::size_t j = from + 1; j < from + 1 + 2 * kChain && same_sentence(j, cs_[n].first); ++j) {
      int o = cand_at(j);
      if (o < 0 || cs_[o].generic || cs_[o].acronym || cs_[o].modifier_only) continue;
      link_others(n, static_cast<std::size_t>(o));
      return;
    }
  }

  // "Y's son X", "Y's nephew X".
  void kin_before(std::size_t n) {
    std::size_t f = cs_[n].title_first;
    if (f < 2 || !is_lower_word(f - 1) || !c_.has(c_.kinship, lw(f - 1))) return;
    int o = ends_at(f - 2);
    if (o < 0 || !cs_[o].possessive || cs_[o].generic) return;
    link_others(n, static_cast<std::size_t>(o));
  }

  void link_others(std::size_t a, std::size_t b) {
    if (a == b) return;
    cs_[a].others.push_back(static_cast<int>(b));
    cs_[b].others.push_back(static_cast<int>(a));
  }

  // "X was killed", "X and Y had been killed", "X, who was assassinated",
  // "X died", "the assassination of X", "X's death".
  void death(std::size_t n) {
    Candidate& c = cs_[n];
    std::size_t f = c.title_first;
    if (f >= 2 && lw(f - 1) == "of" && c_.has(c_.death_nouns, lw(f - 2))) c.deceased = true;
    if (c.possessive && is_lower_word(c.last) && c_.has(c_.death_nouns, lw(c.last))) c.deceased = true;
    if (c.possessive) return;
    std::vector<std::size_t> subjects{n};
    std::size_t k = c.last;
    bool aux = false;
    for (std::size_t steps = 0; steps < 16 && k < t_.size() && same_sentence(k, c.first); ++steps) {
      std::string w = lw(k);
      if (is_punct(k, "-") || is_punct(k, "\xE2\x80\x94") || is_punct(k, "\xE2\x80\x93")) {
        // a parenthetical between dashes: "X - Y's nephew - was killed"
        std::size_t j = k + 1;
        while (j < k + 10 && j < t_.size() && !(is_punct(j, "-") || is_punct(j, "\xE2\x80\x94") ||
                                                 is_punct(j, "\xE2\x80\x93")))
          ++j;
        if (j >= k + 10 || j >= t_.size()) return;
        k = j + 1;
        continue;
      }
      int o = cand_at(k);
      if (o >= 0 && !aux) {
        if (cs_[o].generic || cs_[o].possessive) return;
        subjects.push_back(static_cast<std::size_t>(o));
        k = cs_[o].last;
        continue;
      }
      if (w == "and" || w == "," || w == "too" || w == "also" || w == "reportedly" || w == "who") {
        ++k;
        continue;
      }
      if (w == "was" || w == "were" || w == "had" || w == "has" || w == "have" || w == "been" ||
          w == "is" || w == "being" || w == "later" || w == "allegedly") {
        aux = true;
        ++k;
        continue;
      }
      if (c_.has(c_.death_cues, w) && (aux || w == "died" || w == "dies")) {
        for (auto s : subjects) cs_[s].deceased = true;
      }
      return;
    }
  }

  Detected& d_;
  std::vector<Candidate>& cs_;
  const Cues& c_;
};

}  // namespace

void read_relations(std::string_view text, const std::vector<Token>& tokens, Detected& detected) {
  Relations(text, tokens, detected).run();
}

}  // namespace claims::entities::detail
