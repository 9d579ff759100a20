// Dating articles and claims from the temporal expressions they contain.
//
// Two jobs, both after the temporal tagger and the claims stage:
// - an article with no publication date gets one inferred from the dates
//   it mentions and weekday consistency, or none when nothing supports it;
// - each claim gets when it was said (said_on) and what time it is about
//   (event interval), with the rule that decided, so a wrong guess shows.
// Offsets are bytes, as everywhere inside the pipeline.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/claims/claims.hpp"
#include "core/sentences/splitter.hpp"
#include "core/time/timex.hpp"

namespace claims::dating {

struct Inferred {
  time::Date date;
  std::string why;  // "latest date mentioned 2021-09-03, then the Sunday it names: 2021-09-05"
};

// An article is written on or after the latest date it mentions, and a
// weekday it names ("on Sunday") is the most recent such day: the
// publication date is the first day on or after the latest mentioned date
// that falls on the latest weekday named after it. Dates without a year
// take `year_hint` (the corpus's usual year), else the latest year the
// article writes out; with neither, nothing is inferred.
std::optional<Inferred> infer_published(const std::vector<time::Timex>& unanchored,
                                        std::optional<int> year_hint);

struct ClaimDates {
  std::optional<std::string> said_on;         // YYYY-MM-DD
  std::optional<std::string> event_date;      // first day, YYYY-MM-DD
  std::optional<std::string> event_date_end;  // last day (inclusive)
  std::string precision;                      // day | week | weekend | month | quarter | year | decade | ""
  std::string rule;                           // e.g. "content:weekday", "said-on:weekday", "published"
};

// One ClaimDates per claim. `timexes` were tagged against `published`.
std::vector<ClaimDates> date_claims(const std::vector<sentences::Span>& sentences,
                                    const std::vector<attribution::Claim>& claims,
                                    const std::vector<time::Timex>& timexes,
                                    std::optional<time::Date> published);

}  // namespace claims::dating
