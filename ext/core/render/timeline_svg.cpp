#include "core/render/timeline_svg.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <stdexcept>

#include "core/render/escape.hpp"
#include "core/render/palette.hpp"
#include "core/text/utf8.hpp"
#include "core/time/calendar.hpp"

namespace claims::render {
namespace {

namespace cal = time::calendar;

// Layout, in SVG user units (pixels at 100 %).
constexpr double kLeft = 56, kRight = 24, kTop = 56, kPlotHeight = 240;
constexpr double kAxisLabels = 76;  // room under the plot for rotated date labels
constexpr double kMinPlot = 320, kMaxPlot = 1100, kPerBin = 34;
constexpr double kCharWidth = 6.6;  // average width of a 12 px sans-serif character
constexpr double kLegendRow = 20;
constexpr double kMaxBar = 48;
constexpr std::size_t kLegendChars = 40;  // longer side names are cut in the legend

// Locale-independent number for attributes: at most 2 decimals.
std::string num(double v) {
  char buf[32];
  double r = std::round(v * 100) / 100;
  auto res = std::to_chars(buf, buf + sizeof buf, r, std::chars_format::fixed, 2);
  std::string s(buf, res.ptr);
  while (s.find('.') != std::string::npos && (s.back() == '0' || s.back() == '.')) {
    bool dot = s.back() == '.';
    s.pop_back();
    if (dot) break;
  }
  return s == "-0" ? "0" : s;
}

time::Date parse(const std::string& iso) {
  auto d = time::parse_iso_date(iso);
  if (!d) throw std::invalid_argument("'" + iso + "' is not a date; use YYYY-MM-DD");
  return *d;
}

// First day of the bin holding `d`.
long bin_start(long d, Bin bin) {
  if (bin == Bin::day) return d;
  time::Date date = cal::from_days(d);
  if (bin == Bin::week) return d - (cal::weekday(date) - 1);
  return cal::to_days({date.year, date.month, 1});
}

long next_bin(long start, Bin bin) {
  if (bin == Bin::day) return start + 1;
  if (bin == Bin::week) return start + 7;
  return cal::to_days(cal::add_months(cal::from_days(start), 1));
}

std::string bin_label(long start, Bin bin) {
  std::string iso = time::to_iso(cal::from_days(start));
  return bin == Bin::month ? iso.substr(0, 7) : iso;
}

const char* bin_noun(Bin bin) { return bin == Bin::day ? "day" : bin == Bin::week ? "week" : "month"; }

// A step of 1, 2 or 5 × 10^k giving about five ticks up to `max`.
std::int64_t tick_step(std::int64_t max) {
  std::int64_t step = 1;
  for (;;) {
    for (std::int64_t m : {1, 2, 5})
      if (max / (step * m) <= 5) return step * m;
    step *= 10;
  }
}

struct Segment {
  std::string label;  // the legend entry (side)
  std::int64_t claims = 0, disputed = 0;
};

std::string plural(std::int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

Bin bin_for_span(long days) {
  if (days <= 93) return Bin::day;
  if (days <= 731) return Bin::week;
  return Bin::month;
}

std::string timeline_svg(const TimelineInput& in) {
  // Sides in palette order, their totals over what is drawn.
  std::vector<std::pair<std::optional<std::string>, std::int64_t>> totals;
  for (const auto& c : in.counts) totals.emplace_back(c.side, c.claims);
  SidePalette palette(totals);
  auto legend = palette.legend();

  // The span of the axis.
  std::optional<long> first, last;
  for (const auto& c : in.counts) {
    long d = cal::to_days(parse(c.date));
    first = first ? std::min(*first, d) : d;
    last = last ? std::max(*last, d) : d;
  }
  if (in.from) first = cal::to_days(parse(*in.from));
  if (in.to) last = cal::to_days(parse(*in.to));
  bool empty = in.counts.empty() || !first || !last || *last < *first;

  Bin bin = empty ? Bin::day : bin_for_span(*last - *first + 1);
  std::vector<long> starts;  // first day of each bin on the axis
  if (!empty)
    for (long b = bin_start(*first, bin); b <= *last; b = next_bin(b, bin)) starts.push_back(b);

  // bin → legend entry → counts, in legend order.
  std::map<long, std::vector<Segment>> bars;
  for (const auto& c : in.counts) {
    long b = bin_start(cal::to_days(parse(c.date)), bin);
    auto& segs = bars[b];
    std::string label = palette.label(c.side);
    auto it = std::find_if(segs.begin(), segs.end(), [&](const Segment& s) { return s.label == label; });
    if (it == segs.end()) {
      segs.push_back({label, 0, 0});
      it = segs.end() - 1;
    }
    it->claims += c.claims;
    it->disputed += std::min(c.disputed, c.claims);
  }
  std::int64_t max_total = 1;
  for (auto& [b, segs] : bars) {
    std::stable_sort(segs.begin(), segs.end(), [&](const Segment& x, const Segment& y) {
      auto rank = [&](const std::string& l) {
        for (std::size_t i = 0; i < legend.size(); ++i)
          if (legend[i].label == l) return i;
        return legend.size();
      };
      return rank(x.label) < rank(y.label);
    });
    std::int64_t total = 0;
    for (const auto& s : segs) total += s.claims;
    max_total = std::max(max_total, total);
  }
  auto colour_of = [&](const std::string& label) {
    for (const auto& e : legend)
      if (e.label == label) return e.colour;
    return std::string("#7F7F7F");
  };

  const std::size_t n_bins = std::max<std::size_t>(starts.size(), 1);
  const double plot_w = std::clamp(kPerBin * static_cast<double>(n_bins), kMinPlot, kMaxPlot);
  const double width = kLeft + plot_w + kRight;
  const double slot = plot_w / static_cast<double>(n_bins);
  // A few days make wide slots: a bar stays a bar, not a wall.
  const double bar_w = std::clamp(slot * 0.72, 0.5, kMaxBar);

  // Legend entries flow left to right and wrap.
  struct Placed {
    std::string label, colour;
    bool hatched;
    double x, y;
  };
  std::vector<Placed> placed;
  double lx = kLeft, ly = kTop + kPlotHeight + kAxisLabels;
  auto place = [&](const std::string& full, const std::string& colour, bool hatched) {
    std::string label = shorten(full, kLegendChars);
    double w = 18 + kCharWidth * static_cast<double>(text::count_codepoints(label)) + 18;
    if (lx > kLeft && lx + w > width - kRight) {
      lx = kLeft;
      ly += kLegendRow;
    }
    placed.push_back({label, colour, hatched, lx, ly});
    lx += w;
  };
  for (const auto& e : legend) place(e.label, e.colour, false);
  place("disputed (in a contradiction)", "#FFFFFF", true);
  const double note_y = ly + kLegendRow + 6;
  const double height = note_y + 14;

  std::string range;
  if (!empty) range = time::to_iso(cal::from_days(*first)) + " to " + time::to_iso(cal::from_days(*last));
  std::string title = std::string("Claims per ") + bin_noun(bin) + " by side";

  std::string o;
  o.reserve(4096 + bars.size() * 600);
  o += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(width) + "\" height=\"" + num(height) +
       "\" viewBox=\"0 0 " + num(width) + " " + num(height) +
       "\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"12\" role=\"img\" aria-label=\"" +
       xml_escape(title) + "\">\n";
  o += "<title>" + xml_escape(title + (range.empty() ? "" : ", " + range)) + "</title>\n";
  o += "<desc>Stacked bars: claims about each " + std::string(bin_noun(bin)) +
       " by the side of their speaker; the hatched part of a bar is the claims that another claim "
       "contradicts.</desc>\n";
  o += "<defs><pattern id=\"disputed\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" "
       "patternTransform=\"rotate(45)\"><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000000\" "
       "stroke-opacity=\"0.6\" stroke-width=\"2.4\"/></pattern></defs>\n";
  o += "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n";
  o += "<text class=\"title\" x=\"" + num(kLeft) + "\" y=\"24\" font-size=\"16\" font-weight=\"bold\">" +
       xml_escape(title) + "</text>\n";
  if (!range.empty())
    o += "<text class=\"subtitle\" x=\"" + num(kLeft) + "\" y=\"42\" fill=\"#444444\">" + xml_escape(range) +
         "</text>\n";

  const double base = kTop + kPlotHeight;
  auto y_of = [&](double v) { return base - kPlotHeight * v / static_cast<double>(max_total); };

  // Y axis: grid lines and counts.
  o += "<g class=\"y-axis\" fill=\"#444444\" text-anchor=\"end\">\n";
  std::int64_t step = tick_step(max_total);
  for (std::int64_t t = 0; t <= max_total; t += step) {
    double y = y_of(static_cast<double>(t));
    o += "<line x1=\"" + num(kLeft) + "\" x2=\"" + num(kLeft + plot_w) + "\" y1=\"" + num(y) + "\" y2=\"" +
         num(y) + "\" stroke=\"" + (t == 0 ? "#000000" : "#E0E0E0") + "\"/>";
    o += "<text x=\"" + num(kLeft - 6) + "\" y=\"" + num(y + 4) + "\">" + std::to_string(t) + "</text>\n";
  }
  o += "<text x=\"14\" y=\"" + num(kTop + kPlotHeight / 2) + "\" text-anchor=\"middle\" transform=\"rotate(-90 14 " +
       num(kTop + kPlotHeight / 2) + ")\">claims</text>\n";
  o += "</g>\n";

  if (empty) {
    o += "<text class=\"empty\" x=\"" + num(kLeft + plot_w / 2) + "\" y=\"" + num(kTop + kPlotHeight / 2) +
         "\" text-anchor=\"middle\" fill=\"#444444\">no dated claims" +
         std::string(in.from || in.to ? " in this range" : "") + "</text>\n";
  }

  // Bars: one stack per bin, a segment per side, the disputed part of the
  // segment hatched over its colour at the segment's foot.
  o += "<g class=\"bars\">\n";
  for (std::size_t i = 0; i < starts.size(); ++i) {
    auto it = bars.find(starts[i]);
    if (it == bars.end()) continue;
    double x = kLeft + slot * static_cast<double>(i) + (slot - bar_w) / 2;
    std::string when = bin_label(starts[i], bin);
    if (bin == Bin::week) when = "week of " + when;
    std::int64_t below = 0, total = 0;
    for (const auto& s : it->second) {
      double y0 = y_of(static_cast<double>(below)), y1 = y_of(static_cast<double>(below + s.claims));
      std::string tip = when + " · " + s.label + ": " + plural(s.claims, "claim", "claims") + ", " +
                        std::to_string(s.disputed) + " disputed";
      o += "<rect class=\"bar\" x=\"" + num(x) + "\" y=\"" + num(y1) + "\" width=\"" + num(bar_w) +
           "\" height=\"" + num(y0 - y1) + "\" fill=\"" + colour_of(s.label) + "\" stroke=\"#FFFFFF\" stroke-width=\"0.5\"><title>" +
           xml_escape(tip) + "</title></rect>";
      if (s.disputed > 0) {
        double yd = y_of(static_cast<double>(below + s.disputed));
        o += "<rect class=\"disputed\" x=\"" + num(x) + "\" y=\"" + num(yd) + "\" width=\"" + num(bar_w) +
             "\" height=\"" + num(y0 - yd) + "\" fill=\"url(#disputed)\" stroke=\"#000000\" stroke-width=\"0.8\"><title>" +
             xml_escape(tip) + "</title></rect>";
      }
      o += "\n";
      below += s.claims;
      total += s.claims;
    }
    if (bar_w >= 14)
      o += "<text class=\"total\" x=\"" + num(x + bar_w / 2) + "\" y=\"" + num(y_of(static_cast<double>(total)) - 4) +
           "\" text-anchor=\"middle\" font-size=\"10\" fill=\"#444444\">" + std::to_string(total) + "</text>\n";
  }
  o += "</g>\n";

  // X axis: a label every k bins so that rotated labels do not overlap.
  o += "<g class=\"x-axis\" fill=\"#444444\" text-anchor=\"end\" font-size=\"11\">\n";
  std::size_t every = static_cast<std::size_t>(std::ceil(18.0 / std::max(slot, 0.01)));
  every = std::max<std::size_t>(every, 1);
  for (std::size_t i = 0; i < starts.size(); i += every) {
    double cx = kLeft + slot * (static_cast<double>(i) + 0.5);
    o += "<line x1=\"" + num(cx) + "\" x2=\"" + num(cx) + "\" y1=\"" + num(base) + "\" y2=\"" + num(base + 4) +
         "\" stroke=\"#000000\"/>";
    o += "<text x=\"" + num(cx + 4) + "\" y=\"" + num(base + 14) + "\" transform=\"rotate(-45 " + num(cx + 4) + " " +
         num(base + 14) + ")\">" + xml_escape(bin_label(starts[i], bin)) + "</text>\n";
  }
  o += "</g>\n";

  o += "<g class=\"legend\">\n";
  for (const auto& p : placed) {
    o += "<g class=\"legend-entry\"><rect x=\"" + num(p.x) + "\" y=\"" + num(p.y - 10) +
         "\" width=\"12\" height=\"12\" fill=\"" + (p.hatched ? std::string("url(#disputed)") : p.colour) +
         "\" stroke=\"" + (p.hatched ? "#000000" : p.colour) + "\"/><text x=\"" + num(p.x + 18) + "\" y=\"" +
         num(p.y) + "\">" + xml_escape(p.label) + "</text></g>\n";
  }
  o += "</g>\n";

  std::string note = "Claims are placed on the day they are about, stacked by the side of their speaker.";
  if (in.undated > 0) note += " " + plural(in.undated, "claim", "claims") + " without a date not shown.";
  o += "<text class=\"note\" x=\"" + num(kLeft) + "\" y=\"" + num(note_y) + "\" font-size=\"10\" fill=\"#666666\">" +
       xml_escape(note) + "</text>\n";
  o += "</svg>\n";
  return o;
}

}  // namespace claims::render
