#include "core/time/vocabulary.hpp"
#include "core/text/ascii.hpp"

#include <algorithm>

#include "core/time/tokens.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::time {
namespace {

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return {};
  auto e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

std::string lower(std::string s) { return text::ascii_lower(s); }

template <class Map, class Convert>
void load_map(Map& map, const char* name, Convert convert) {
  for (const auto& line : lexicon::list(name)) {
    auto [k, v] = split_entry(line);
    map[lower(k)] = convert(v);
  }
}

std::vector<Phrase> load_phrases(const char* name) {
  std::vector<Phrase> out;
  for (const auto& line : lexicon::list(name)) {
    auto [k, v] = split_entry(line);
    out.push_back(Phrase{phrase_tokens(k), v});
  }
  // Longest first, so that "late on" is preferred to "late".
  std::stable_sort(out.begin(), out.end(),
                   [](const Phrase& a, const Phrase& b) { return a.tokens.size() > b.tokens.size(); });
  return out;
}

Vocabulary load() {
  Vocabulary v;
  // months.txt / weekdays.txt list full names in calendar order; the
  // abbreviations are derived here (first three letters, plus "sept").
  const auto& months = lexicon::list("months");
  for (std::size_t i = 0; i < months.size() && i < 12; ++i) {
    std::string m = lower(months[i]);
    v.months[m] = int(i) + 1;
    v.months[m.substr(0, 3)] = int(i) + 1;
  }
  if (months.size() >= 9) v.months["sept"] = 9;  // the one common 4-letter form
  const auto& days = lexicon::list("weekdays");
  for (std::size_t i = 0; i < days.size() && i < 7; ++i) {
    std::string d = lower(days[i]);
    v.weekdays[d] = int(i) + 1;
    v.weekdays[d.substr(0, 3)] = int(i) + 1;
  }
  load_map(v.numbers, "number_words", [](const std::string& s) { return std::stol(s.empty() ? "0" : s); });
  auto same = [](const std::string& s) { return s; };
  auto integer = [](const std::string& s) { return std::stoi(s.empty() ? "0" : s); };
  load_map(v.units, "time_units", same);
  load_map(v.parts_of_day, "time_of_day", same);
  load_map(v.clock_words, "time_clock_words", same);
  load_map(v.seasons, "season_words", same);
  load_map(v.directions, "time_directions", integer);
  load_map(v.ordinals, "time_ordinals", integer);
  load_map(v.relative_days, "time_relative_days", same);
  load_map(v.set_words, "time_set_words", same);
  v.modifiers = load_phrases("temporal_modifiers");
  v.references = load_phrases("time_references");
  v.tense_markers = load_phrases("time_tense_markers");
  v.holidays = load_phrases("time_holidays");
  load_map(v.decade_words, "time_decade_words", integer);
  for (const auto& w : lexicon::list("time_day_prepositions")) v.day_prepositions.insert(lower(trim(w)));
  return v;
}

}  // namespace

std::pair<std::string, std::string> split_entry(const std::string& line) {
  auto eq = line.find(" = ");
  if (eq == std::string::npos) return {trim(line), ""};
  return {trim(line.substr(0, eq)), trim(line.substr(eq + 3))};
}

std::vector<std::string> phrase_tokens(const std::string& phrase) {
  std::vector<std::string> out;
  for (auto& t : scan_tokens(phrase)) out.push_back(t.lower);
  return out;
}

const Vocabulary& vocabulary() {
  static const Vocabulary v = load();
  return v;
}

}  // namespace claims::time
