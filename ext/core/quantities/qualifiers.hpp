// Qualifiers: the words before a number that make it an interval ("over
// 700", "at least 1,000", "nearly a thousand", "up to 50"), and the interval
// each one gives. The full rule table is at the top of qualifiers.cpp.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/quantities/numbers.hpp"
#include "core/quantities/tokens.hpp"

namespace claims::quantities {

struct Qualifier {
  std::size_t length = 0;  // tokens, ending just before the number
  std::string phrase;      // lower-cased as written: "more than"
  std::string rule;        // above | atleast | nearly | approx | upto | below
};

// The qualifier phrase that ends just before token `number_first`, if any.
std::optional<Qualifier> qualifier_before(const std::vector<Token>& toks, std::size_t number_first);

struct Interval {
  std::optional<double> low, high;
  std::string qualifier;  // what Quantity::qualifier reports
};

// The interval of a number under an optional qualifier.
Interval interval_for(const NumberMatch& number, const std::optional<Qualifier>& qualifier);

}  // namespace claims::quantities
