// Who wrote an article and for which outlet: byline lines ("By A, B and C,
// Outlet", "Written by A", "Posted By: By A"), copyright lines ("© 2021
// Acme News Network, Inc. All rights reserved.") and wire credits
// ("The-XYZ-Wire"). Line-local; parse() decides which line to trust.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace claims::article::byline {

struct Found {
  std::string names;                  // "A, B and C"; empty when only an outlet is named
  std::optional<std::string> outlet;  // the trailing ", Outlet" of the list
  std::size_t end = 0;                // bytes of the line the byline covers (junk after it
                                      // like "Twitter" included, up to `end`)
};

// The byline a line carries, or nullopt. Strict: the names must run to the
// end of the line or to page furniture (share buttons, a timestamp, "|"),
// so "By Sunday, the fighting had stopped." is not a byline.
std::optional<Found> parse(std::string_view line);

// A copyright or "All rights reserved" line: marks the end of an article.
bool is_copyright(std::string_view line);
// The organisation a copyright line names, legal suffixes dropped.
std::optional<std::string> outlet_from_copyright(std::string_view line);

// "The-XYZ-Wire" -> "XYZ": a wire service's credit line.
std::optional<std::string> outlet_from_wire_credit(std::string_view line);

}  // namespace claims::article::byline
