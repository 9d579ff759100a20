// Interval rules. v is the figure as stated (for vague words, its ACLED code).
//
//   written                      qualifier          low        high
//   ---------------------------  -----------------  ---------  ---------
//   "700"                        ""                 v          v
//   "over / more than / above    the phrase         v + 1      unbounded
//    / in excess of 700"
//       (strictly more: for a figure written as one whole number, "more
//        than 10", "over twenty", the least the text allows is v + 1, as
//        "min_killed"-style coding reads it; for rounded figures such as
//        "more than 1.5 million" or "over a thousand", low = v, the infimum)
//   "at least / no fewer than"   the phrase         v          unbounded
//   "nearly / almost / close to  the phrase         0.9 v      v
//    / just under 1,000"
//   "about / around / some /     the phrase         0.9 v      1.1 v
//    approximately / roughly
//    / an estimated 50"
//   "up to / as many as /        the phrase         unbounded  v
//    at most / no more than 50"
//   "fewer than / less than /    the phrase         unbounded  v (supremum)
//    under / below 50"
//   vague words                  the words          from vague_quantities.txt:
//     several / a few / multiple "several"          3          9
//     numerous                   "numerous"         4          unbounded
//     a couple / a pair          "a couple"         2          2
//     dozens                     "dozens"           12         99
//     scores                     "scores"           20         99
//     hundreds                   "hundreds"         100        999
//     thousands                  "thousands"        1000       9999
//     tens of thousands          ...                10000      99999
//   qualifier + vague word       the qualifier      the qualifier's rule on
//     ("more than a dozen" is not vague: "a dozen" = 12 exactly)
//   "a"/"an" + person noun       ""                 1          1
//   "no" / "no one" / "nobody"   "no"               0          0
#include "core/quantities/qualifiers.hpp"

#include <cmath>

#include "core/quantities/phrase_tables.hpp"

namespace claims::quantities {

std::optional<Qualifier> qualifier_before(const std::vector<Token>& toks, std::size_t number_first) {
  std::string rule;
  std::size_t len = match_before(phrase_table("quantity_qualifiers"), toks, number_first, &rule);
  if (len == 0) return std::nullopt;
  // "some" and "under" are qualifiers only right before a number; the caller
  // guarantees that. "over" after a verb of motion ("took over 3 districts")
  // is still read as a qualifier: the common reading in the news.
  Qualifier q;
  q.length = len;
  q.rule = rule;
  for (std::size_t k = number_first - len; k < number_first; ++k)
    q.phrase += (q.phrase.empty() ? "" : " ") + toks[k].lower;
  return q;
}

Interval interval_for(const NumberMatch& number, const std::optional<Qualifier>& qualifier) {
  Interval iv;
  double v = number.value;
  if (!qualifier) {
    if (!number.vague.empty()) {
      iv.low = number.vague_low;
      iv.high = number.vague_high;
      iv.qualifier = number.vague;
    } else {
      iv.low = v;
      iv.high = v;
    }
    return iv;
  }
  iv.qualifier = qualifier->phrase;
  const std::string& r = qualifier->rule;
  if (r == "above") {
    bool one_whole_number = number.last == number.first + 1 && v == std::floor(v) && number.vague.empty();
    iv.low = one_whole_number ? v + 1 : v;
  } else if (r == "atleast") {
    iv.low = v;
  } else if (r == "nearly") {
    iv.low = 0.9 * v;
    iv.high = v;
  } else if (r == "approx") {
    iv.low = 0.9 * v;
    iv.high = 1.1 * v;
  } else if (r == "upto" || r == "below") {
    iv.high = v;
  } else {  // unknown rule in the lexicon: keep the figure exact
    iv.low = v;
    iv.high = v;
  }
  return iv;
}

}  // namespace claims::quantities
