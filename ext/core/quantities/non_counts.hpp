// Numbers that are not counts. Years, dates, times, ages, ids, phone numbers,
// ordinals and names such as "Route 1" are not quantities at all; money,
// percentages, measurements and durations are quantities that never get a
// count type.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/quantities/numbers.hpp"
#include "core/quantities/tokens.hpp"

namespace claims::quantities {

enum class NumberUse {
  Count,    // a candidate count ("700 fighters", "twelve")
  Measure,  // emitted, count type always null ("5 tons", "40 percent", "$3 million")
  Skip,     // not emitted (year, date, time, age, id, phone, ordinal, name)
};

struct Use {
  NumberUse kind = NumberUse::Count;
  std::string unit;         // for Measure: the unit as written ("tons", "percent", "$")
  std::size_t unit_first = 0, unit_last = 0;  // token range of a unit written after the number
};

Use classify_number(const std::vector<Token>& toks, const NumberMatch& number);

// For a token that starts a run of glued tokens with id punctuation
// ("2013-01-S-025", "10^400", "+93-70-555"), the index just past the run;
// otherwise `i`. The caller skips the whole run so that no part of it is read.
std::size_t id_run_end(const std::vector<Token>& toks, std::size_t i);

}  // namespace claims::quantities
