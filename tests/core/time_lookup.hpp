// Shared by the temporal tagger's unit tests: a date literal and the timex
// of a given text among those a sentence produced.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/time/timex.hpp"

namespace time_test {

inline claims::time::Date d(int y, int m, int day) { return claims::time::Date{y, m, day}; }

// The single timex whose text is `text` (fails the test when absent).
inline claims::time::Timex find(const std::vector<claims::time::Timex>& xs, const std::string& text) {
  for (const auto& x : xs)
    if (x.text == text) return x;
  FAIL("no timex with text '" << text << "'");
  return {};
}

}  // namespace time_test
