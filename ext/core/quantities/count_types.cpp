#include "core/quantities/count_types.hpp"

#include <algorithm>

#include "core/quantities/numbers.hpp"
#include "core/quantities/phrase_tables.hpp"

namespace claims::quantities {
namespace {

const PhraseTable& casualty() { return phrase_table("casualty_words"); }

// Words between the counted phrase and its participle that change nothing:
// "were reportedly killed", "have been either killed", "was later confirmed dead".
bool is_filler_after(const Token& t, bool* auxiliary) {
  static const char* aux[] = {"were", "was", "are", "is", "have", "has", "had", "been", "being",
                              "be", "got", "get", "gets", "reported", "confirmed", "believed",
                              "feared", "thought", "said", "presumed", "to", "now"};
  static const char* other[] = {"either", "also", "all", "both", "later", "each", "who", "that",
                                "subsequently", "then", "reportedly", "allegedly", "apparently", "just",
                                "since", "eventually", "already", "reported", "initially"};
  if (!is_word(t)) return false;
  for (const char* w : aux)
    if (t.lower == w) { *auxiliary = true; return true; }
  for (const char* w : other)
    if (t.lower == w) return true;
  // Adverbs: "were reportedly killed", "were subsequently detained".
  return t.lower.size() > 4 && t.lower.ends_with("ly") && !casualty().values.count(t.lower);
}

bool is_negation(const Token& t) {
  return t.lower == "not" || t.lower == "never" || t.lower == "n't" || t.lower == "nobody" || t.lower == "no";
}

// What may follow an active verb as its own object: "killed the ...",
// "killed two ...", "detained him".
bool starts_object(const std::vector<Token>& toks, std::size_t k) {
  if (k >= toks.size() || toks[k].line_before) return false;
  const Token& t = toks[k];
  if (is_digits(t)) return true;
  static const char* words[] = {"the", "a", "an", "his", "her", "their", "its", "him", "them", "several",
                                "multiple", "numerous", "dozens", "hundreds", "thousands", "scores", "some",
                                "many", "at", "more", "over", "nearly", "about", "another", "other"};
  for (const char* w : words)
    if (t.lower == w) return true;
  return is_number_word(t.lower);
}

// "700 from Taliban killed": skip "from/of/among" + a capitalised name.
std::size_t skip_named_group(const std::vector<Token>& toks, std::size_t k) {
  if (k >= toks.size() || !(toks[k].lower == "from" || toks[k].lower == "of" || toks[k].lower == "among"))
    return k;
  std::size_t j = k + 1;
  if (j < toks.size() && toks[j].lower == "the") ++j;
  std::size_t names = 0;
  while (j < toks.size() && is_word(toks[j]) && toks[j].capitalised && !toks[j].line_before && names < 4) {
    ++j;
    ++names;
  }
  return names ? j : k;
}

int type_rank(const std::string& t) {
  static const char* order[] = {"killed", "wounded", "captured", "surrendered", "missing", "displaced", "trapped"};
  for (int r = 0; r < 7; ++r)
    if (t == order[r]) return r;
  return 7;
}

void add_types(std::vector<std::string>& out, const std::string& value) {
  std::size_t pos = 0;
  while (pos <= value.size()) {
    auto plus = value.find('+', pos);
    std::string t = value.substr(pos, plus == std::string::npos ? std::string::npos : plus - pos);
    if (!t.empty() && std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
    if (plus == std::string::npos) break;
    pos = plus + 1;
  }
}

}  // namespace

std::string combine_types(const std::vector<std::string>& types) {
  std::vector<std::string> sorted = types;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const std::string& a, const std::string& b) { return type_rank(a) < type_rank(b); });
  std::string out;
  for (const auto& t : sorted) out += (out.empty() ? "" : "+") + t;
  return out;
}

std::optional<std::string> count_type_after(const std::vector<Token>& toks, std::size_t i) {
  std::size_t k = skip_named_group(toks, i);
  bool auxiliary = false;
  for (std::size_t fillers = 0; k < toks.size() && fillers < 6; ++k, ++fillers) {
    if (toks[k].line_before && k > i) return std::nullopt;
    if (is_negation(toks[k])) return std::nullopt;
    if (!is_filler_after(toks[k], &auxiliary)) break;
  }
  if (k >= toks.size() || (toks[k].line_before && k > i)) return std::nullopt;
  std::string value;
  std::size_t len = match_at(casualty(), toks, k, &value);
  if (!len) return std::nullopt;
  std::vector<std::string> types;
  add_types(types, value);
  k += len;
  // "fled the fighting" names a place, not a victim: only other verbs are
  // read as active when an object follows.
  bool intransitive = toks[k - 1].lower == "dead" || toks[k - 1].lower == "fled" || toks[k - 1].lower == "fleeing";
  if (!auxiliary && !intransitive && starts_object(toks, k)) return std::nullopt;
  // "killed, wounded or taken captive", "killed and wounded", "dead or injured".
  while (k < toks.size() && !toks[k].line_before) {
    std::size_t j = k;
    bool connector = false;
    while (j < toks.size() && !toks[j].line_before &&
           (is_punct(toks[j], ",") || is_punct(toks[j], "/") || toks[j].lower == "or" || toks[j].lower == "and")) {
      connector = true;
      ++j;
    }
    if (!connector) break;
    std::size_t more = j < toks.size() ? match_at(casualty(), toks, j, &value) : 0;
    if (!more) break;
    // "killed and detained two others": a new active clause, not a list.
    if (starts_object(toks, j + more) && !auxiliary) break;
    add_types(types, value);
    k = j + more;
  }
  return combine_types(types);
}

std::optional<std::string> count_type_before(const std::vector<Token>& toks, std::size_t i) {
  std::size_t k = i;
  // "killed another 3", "detained an additional two", "killed a total of 12".
  for (int guard = 0; guard < 4 && k > 0; ++guard) {
    const std::string& w = toks[k - 1].lower;
    if (w == "another" || w == "additional" || w == "further" || w == "the" || w == "an" || w == "a" ||
        w == "all" || w == "total" || w == "of" || w == "only")
      --k;
    else
      break;
  }
  if (k == 0 || toks[i].line_before) return std::nullopt;
  std::string value;
  // "the deaths of 3", "the arrest of two".
  if (toks[k - 1].lower == "of" && k >= 2) {
    if (std::size_t len = match_before(casualty(), toks, k - 1, &value)) {
      if (k - 1 - len > 0 && is_negation(toks[k - 2 - len])) return std::nullopt;
      return combine_types({value});
    }
  }
  if (std::size_t len = match_before(casualty(), toks, k, &value)) {
    if (k - len > 0 && is_negation(toks[k - len - 1])) return std::nullopt;
    // "an operation to capture a Taliban leader": an intent, not an outcome.
    if (k - len > 0 && toks[k - len - 1].lower == "to") return std::nullopt;
    std::vector<std::string> types;
    add_types(types, value);
    return combine_types(types);
  }
  return std::nullopt;
}

}  // namespace claims::quantities
