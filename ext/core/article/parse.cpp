// parse(): the article from a page. Order matters and is the point of this
// file: header first (metadata glued to the first line), then the metadata
// lines near the top (credits, stamps, bylines, datelines), then boilerplate
// classification of what is left, then title, body and regions.
#include <string>

#include "core/article/article.hpp"
#include "core/article/boilerplate.hpp"
#include "core/article/byline.hpp"
#include "core/article/dates.hpp"
#include "core/article/header.hpp"
#include "core/article/lines.hpp"
#include "core/article/tokens.hpp"

namespace claims::article {
namespace {

// Metadata lines are short; longer lines are never tested as such.
constexpr std::size_t kMaxMetaLineBytes = 400;

// Where the publication date may come from, by preference.
struct DateCandidates {
  std::optional<std::string> dateline, posted, updated;
};

struct OutletCandidates {
  std::optional<std::string> byline, wire, copyright;
};

std::string iso_of(const dates::Found& f) { return dates::format_iso(f.year, f.month, f.day); }

bool real(const dates::Found& f) { return f.year && dates::is_real_day(f.year, f.month, f.day); }

// Removes a byline line; its tail, when it is a timestamp ("... Last updated
// on Sep 05, 2021"), is a separate dateline piece.
void remove_byline(Line& line, std::string_view content, std::size_t names_end,
                   DateCandidates& when) {
  line.kind = "byline";
  auto stamp = dates::find_stamp(content.substr(names_end), /*anywhere=*/true);
  if (!stamp) return;
  const std::size_t cut = names_end + stamp->start;
  if (real(stamp->date)) {
    auto& slot = stamp->posted ? when.posted : when.updated;
    if (!slot) slot = iso_of(stamp->date);
  }
  std::size_t byline_end = line.start + cut;
  while (byline_end > line.start && content[byline_end - line.start - 1] == ' ') --byline_end;
  line.pieces.push_back({line.start, byline_end, "byline"});
  line.pieces.push_back({line.start + cut, line.end, "dateline"});
}

// The metadata pass: credits anywhere, stamps/bylines/date lines while they
// can still be page furniture, a dateline opening the first paragraph.
void find_metadata(std::string_view text, std::vector<Line>& lines, Article& a,
                   DateCandidates& when, OutletCandidates& from) {
  bool seen_prose = false;
  for (auto& line : lines) {
    std::string_view s = line.in(text);
    if (s.size() <= kMaxMetaLineBytes) {
      if (auto wire = byline::outlet_from_wire_credit(s)) {
        line.kind = "credit";
        if (!from.wire) from.wire = wire;
        continue;
      }
      if (byline::is_copyright(s)) {
        line.kind = "credit";
        if (auto o = byline::outlet_from_copyright(s); o && !from.copyright) from.copyright = o;
        continue;
      }
      if (s.find("(@") != std::string_view::npos) {
        // An embedded post: its dates and names belong to the post.
      } else if (auto stamp = dates::find_stamp(s, /*anywhere=*/false)) {
        line.kind = "dateline";
        if (real(stamp->date)) {
          auto& slot = stamp->posted ? when.posted : when.updated;
          if (!slot) slot = iso_of(stamp->date);
        }
        continue;
      } else if (auto by = byline::parse(s); by && !line.prose) {
        if (!a.byline && !by->names.empty()) a.byline = by->names;
        if (by->outlet && !from.byline) from.byline = by->outlet;
        remove_byline(line, s, by->end, when);
        continue;
      } else if (!seen_prose) {
        if (auto d = dates::whole_line(s); d && d->year) {
          // A date alone above the article: its publication date.
          line.kind = "dateline";
          if (real(*d) && !when.dateline) when.dateline = iso_of(*d);
          continue;
        }
      }
    }
    if (line.prose && !seen_prose) {
      seen_prose = true;
      if (auto dl = dates::find_dateline(s)) {
        if (real(dl->date) && !when.dateline) when.dateline = iso_of(dl->date);
        if (line.start + dl->length >= line.end) {
          line.kind = "dateline";  // the dateline is the whole line
        } else {
          line.pieces.push_back({line.start, line.start + dl->length, "dateline"});
          line.start += dl->length;
        }
      }
    }
  }
}

void choose_published(std::string_view text, const Given& given, const DateCandidates& when,
                      Article& a) {
  if (given.published) {
    if (auto d = iso_date(*given.published)) {
      a.published = d;
      a.published_from = "given";
      return;
    }
    a.notes.push_back("given date '" + *given.published + "' is not a date");
  }
  if (std::string_view h = header_date(text); !h.empty()) {
    if (auto d = iso_date(h)) {
      a.published = d;
      a.published_from = "header";
      return;
    }
    a.notes.push_back("impossible date in header: " + std::string(h));
  }
  const std::pair<const std::optional<std::string>*, const char*> order[] = {
      {&when.dateline, "dateline"}, {&when.posted, "posted"}, {&when.updated, "updated"}};
  for (const auto& [date, source] : order)
    if (*date) {
      a.published = **date;
      a.published_from = source;
      return;
    }
}

// The first headline-like line above the first paragraph.
std::optional<std::string> find_title(std::string_view text, const std::vector<Line>& lines) {
  for (const auto& line : lines) {
    if (line.kept() && boilerplate::looks_like_headline(line.in(text)))
      return std::string(line.in(text));
    if (line.prose) break;
  }
  return std::nullopt;
}

// Removed regions in text order; neighbours of one kind with only
// whitespace between them become one region (a 90-row table is one).
void collect_regions(std::string_view text, std::size_t header, const std::vector<Line>& lines,
                     std::vector<Region>& out) {
  auto add = [&](Region r) {
    if (r.end <= r.start) return;
    if (!out.empty() && out.back().kind == r.kind &&
        tokens::trim(text.substr(out.back().end, r.start - out.back().end)).empty()) {
      out.back().end = r.end;
      return;
    }
    out.push_back(std::move(r));
  };
  if (header) add({0, header, "header"});
  for (const auto& line : lines) {
    for (const auto& p : line.pieces) add(p);
    if (!line.kept() && line.pieces.empty()) add({line.start, line.end, line.kind});
  }
}

std::string assemble_body(std::string_view text, const std::vector<Line>& lines) {
  std::string body;
  bool previous_kept = false;
  for (const auto& line : lines) {
    std::string_view s = line.kept() ? tokens::trim(line.in(text)) : std::string_view{};
    if (s.empty()) {
      previous_kept = false;
      continue;
    }
    // Lines of one paragraph stay on adjacent lines; paragraphs, and text
    // on both sides of a removed line, are separated by a blank line.
    if (!body.empty()) body += (previous_kept && !line.paragraph_start) ? "\n" : "\n\n";
    body += s;
    previous_kept = true;
  }
  return body;
}

}  // namespace

Article parse(std::string_view text, const Given& given) {
  Article a;
  a.text = std::string(text);
  const std::string_view t = a.text;
  const std::size_t header = header_length(t);

  std::vector<Line> lines = split_lines(t, header);
  for (auto& line : lines) line.prose = boilerplate::is_prose(line.in(t));

  DateCandidates when;
  OutletCandidates from;
  find_metadata(t, lines, a, when, from);
  boilerplate::classify(t, lines);

  choose_published(t, given, when, a);
  if (given.title && !tokens::trim(*given.title).empty())
    a.title = std::string(tokens::trim(*given.title));
  else
    a.title = find_title(t, lines);
  if (from.byline) a.outlet = from.byline;
  else if (from.wire) a.outlet = from.wire;
  else if (from.copyright) a.outlet = from.copyright;

  collect_regions(t, header, lines, a.removed);
  a.body = assemble_body(t, lines);
  return a;
}

}  // namespace claims::article
