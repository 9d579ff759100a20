// Placeholder: replaced by the temporal tagger.
#include "core/time/timex.hpp"

namespace claims::time {
std::optional<Date> parse_iso_date(std::string_view) { return std::nullopt; }
std::string to_iso(const Date&) { return {}; }
std::vector<Timex> extract(std::string_view, std::optional<Date>) { return {}; }
std::optional<Interval> interval_of(std::string_view, std::string_view) { return std::nullopt; }
}  // namespace claims::time
