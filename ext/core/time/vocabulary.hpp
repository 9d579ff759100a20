// The word lists of the temporal tagger, loaded once from the embedded
// lexicons (ext/lexicon/*.txt) into lookup tables. Multi-word entries
// ("the end of", "going to") are kept as token sequences.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace claims::time {

// A phrase of one or more lower-case tokens and what it stands for.
struct Phrase {
  std::vector<std::string> tokens;
  std::string value;
};

struct Vocabulary {
  std::unordered_map<std::string, int> months;    // "september", "sep", "sept" → 9
  std::unordered_map<std::string, int> weekdays;  // "friday", "fri" → 5 (ISO)
  std::unordered_map<std::string, long> numbers;  // "three" → 3 (from number_words)
  std::unordered_map<std::string, std::string> units;        // "weeks" → W
  std::unordered_map<std::string, std::string> parts_of_day; // "night" → NI
  std::unordered_map<std::string, std::string> clock_words;  // "noon" → 12:00
  std::unordered_map<std::string, std::string> seasons;      // "summer" → SU
  std::unordered_map<std::string, int> directions;           // "last" → -1
  std::unordered_map<std::string, int> ordinals;             // "third" → 3
  std::unordered_map<std::string, std::string> relative_days; // "tonight" → "0 NI"
  std::unordered_map<std::string, std::string> set_words;    // "daily" → P1D
  std::vector<Phrase> modifiers;   // "the end of" → END, longest first
  std::vector<Phrase> references;  // "at present" → PRESENT_REF, longest first
  std::vector<Phrase> tense_markers;  // "going to" → FUTURE
  std::vector<Phrase> holidays;    // "thanksgiving day" → "11 4 4", longest first
  std::unordered_map<std::string, int> decade_words;  // "nineties" → 9
  std::unordered_set<std::string> day_prepositions;   // "on": "on Friday night" = that day
};

const Vocabulary& vocabulary();

// Splits "phrase = value" (value empty when there is no '=').
std::pair<std::string, std::string> split_entry(const std::string& line);
// Lower-case tokens of a phrase as scan_tokens would produce them.
std::vector<std::string> phrase_tokens(const std::string& phrase);

}  // namespace claims::time
