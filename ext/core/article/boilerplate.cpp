#include "core/article/boilerplate.hpp"

#include <string>

#include "core/article/dates.hpp"
#include "core/article/tokens.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::article::boilerplate {
namespace {

// Furniture is short: lines longer than this are never a menu, a table
// row or a widget, so the detectors never scan a long paragraph.
constexpr std::size_t kMaxFurnitureBytes = 200;

// Word statistics of a line, computed in one pass.
struct Stats {
  std::size_t words = 0;      // words with a letter in them
  std::size_t stopwords = 0;  // of those, English function words
  std::size_t ascii_letters = 0;
  std::size_t other_letters = 0;  // non-ASCII code points (lead bytes)
  double density() const { return words ? double(stopwords) / double(words) : 0.0; }
};

Stats stats(std::string_view line) {
  const auto& stop = lexicon::lower_set("stopwords");
  Stats s;
  std::string low;
  std::size_t i = 0;
  while (i < line.size()) {
    if (std::size_t n = tokens::space_len(line, i)) {
      i += n;
      continue;
    }
    std::size_t b = i;
    bool letter = false;
    while (i < line.size() && tokens::space_len(line, i) == 0) {
      const auto c = static_cast<unsigned char>(line[i]);
      if (tokens::is_ascii_alpha(line[i])) ++s.ascii_letters, letter = true;
      else if (c >= 0xC0) ++s.other_letters, letter = true;
      ++i;
    }
    if (!letter) continue;
    ++s.words;
    std::string_view c = tokens::core(line.substr(b, i - b));
    if (c.size() <= 12) {
      low = tokens::lower(c);
      if (stop.count(low)) ++s.stopwords;
    }
  }
  return s;
}

// A sentence boundary inside the line (". The"), for paragraphs that end
// with a credit or a link rather than a full stop.
bool has_inner_sentence_end(std::string_view line) {
  for (std::size_t i = 0; i + 2 < line.size(); ++i) {
    if ((line[i] == '.' || line[i] == '?' || line[i] == '!') && line[i + 1] == ' ' &&
        tokens::is_ascii_upper(line[i + 2]))
      return true;
  }
  return false;
}

bool is_menu(std::string_view line, const std::vector<tokens::Word>& words) {
  // A row of 2-3 letter capitals: language switchers ("RU UA EN"), or
  // several short items between separators ("Home | World | Sport").
  if (words.size() < 2) return false;
  bool codes = true;
  std::size_t separators = 0;
  for (const auto& w : words) {
    std::string_view t = line.substr(w.start, w.end - w.start);
    if (t == "|" || t == "\xE2\x80\xA2" || t == "\xC2\xB7" || t == "/") {
      ++separators;
      continue;
    }
    bool caps = t.size() >= 2 && t.size() <= 3;
    for (char c : t) caps = caps && tokens::is_ascii_upper(c);
    codes = codes && caps;
  }
  if (codes) return true;
  if (separators < 2 || tokens::ends_sentence(line)) return false;
  // Every item between separators is at most three words.
  std::size_t run = 0;
  for (const auto& w : words) {
    std::string_view t = line.substr(w.start, w.end - w.start);
    if (t == "|" || t == "\xE2\x80\xA2" || t == "\xC2\xB7" || t == "/") run = 0;
    else if (++run > 3) return false;
  }
  return true;
}

// "Hennepin1359891839", "Lac qui Parle81122": a name glued to its numbers,
// as table rows come out when cells lose their separators.
bool is_glued_row(std::string_view last) {
  std::size_t d = last.size();
  while (d > 0 && tokens::is_digit(last[d - 1])) --d;
  const std::size_t digits = last.size() - d;
  if (digits < 2 || d < 2 || !tokens::is_ascii_lower(last[d - 1])) return false;
  for (std::size_t i = 0; i < d; ++i)
    if (!tokens::is_ascii_alpha(last[i])) return false;
  return true;
}

// "CountyCasesDeaths": column headers glued into one CamelCase word.
bool is_glued_header(std::string_view word) {
  std::size_t humps = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (!tokens::is_ascii_alpha(word[i])) return false;
    if (i > 0 && tokens::is_ascii_upper(word[i]) && tokens::is_ascii_lower(word[i - 1])) ++humps;
  }
  return humps >= 2;
}

bool is_number(std::string_view w) {
  if (w.empty() || !tokens::is_digit(w[0])) return false;
  for (char c : w)
    if (!(tokens::is_digit(c) || c == ',' || c == '.' || c == '%')) return false;
  return true;
}

bool is_table(std::string_view line, const std::vector<tokens::Word>& words) {
  std::size_t digits = 0, visible = 0;
  for (const auto& w : words)
    for (std::size_t i = w.start; i < w.end; ++i) {
      ++visible;
      if (tokens::is_digit(line[i])) ++digits;
    }
  if (visible && digits * 2 >= visible) return true;  // mostly numbers
  if (words.size() > 5) return false;
  std::string_view last = tokens::core(line.substr(words.back().start));
  if (is_glued_row(last)) return true;
  if (words.size() == 1 && is_glued_header(last)) return true;
  // "Cases: 655418", "Reported Deaths: 7937": a label and a figure.
  return words.size() >= 2 && line.find(':') != std::string_view::npos && is_number(last);
}

bool is_weather(std::string_view line) {
  // A temperature: a digit then the degree sign ("60°", "Hi: 77°").
  for (std::size_t p = line.find("\xC2\xB0"); p != std::string_view::npos;
       p = line.find("\xC2\xB0", p + 1))
    if (p > 0 && tokens::is_digit(line[p - 1])) return true;
  std::string_view bare = tokens::core(line);
  if (lexicon::lower_set("weather_phrases").count(tokens::lower(bare))) return true;
  bool digit = false;
  for (char c : line) digit = digit || tokens::is_digit(c);
  if (!digit) return false;
  for (const auto& label : lexicon::list("weather_labels"))
    if (tokens::istarts_with(line, label)) return true;
  return false;
}

// Lower-cased, ellipses and trailing punctuation gone, spaces single.
std::string normalised_phrase(std::string_view line) {
  std::string out;
  for (const auto& w : tokens::split_words(line)) {
    std::string_view c = tokens::core(line.substr(w.start, w.end - w.start));
    if (c.empty()) continue;
    if (!out.empty()) out += ' ';
    out += tokens::lower(c);
  }
  return out;
}

bool is_boilerplate_phrase(std::string_view line, std::size_t word_count) {
  const std::string norm = normalised_phrase(line);
  for (const auto& phrase : lexicon::lower_set("boilerplate_phrases")) {
    if (norm == phrase) return true;
    if (norm.size() <= phrase.size() || norm.compare(0, phrase.size(), phrase) != 0 ||
        norm[phrase.size()] != ' ')
      continue;
    // A longer line opening with the phrase: "Sign up for our newsletter",
    // "Read more: <link title>". One-word phrases ("Watch", "Related")
    // only count with a colon after them, they also open sentences.
    const bool colon = line.size() > phrase.size() && line[phrase.size()] == ':';
    const bool multiword = phrase.find(' ') != std::string::npos;
    const bool sentence = tokens::ends_sentence(line) && !line.ends_with("..") &&
                          !line.ends_with("\xE2\x80\xA6");
    if (colon || (multiword && word_count <= 8 && !sentence)) return true;
  }
  return false;
}

bool is_section_label(std::string_view line) {
  if (line.size() < 2 || line.size() > 24) return false;
  for (char c : line)
    if (!(tokens::is_ascii_lower(c) || c == '-')) return false;
  return true;
}

bool is_caption_marker(std::string_view line) {
  return line.size() <= 24 &&
         lexicon::lower_set("caption_markers").count(tokens::lower(tokens::core(line))) > 0;
}

}  // namespace

bool is_prose(std::string_view line) {
  const Stats s = stats(line);
  // Non-Latin script: no stopword list applies; length decides.
  if (s.other_letters > s.ascii_letters && s.other_letters >= 40) return true;
  if (s.words < 5 || s.density() < 0.2) return false;
  if (tokens::ends_sentence(line)) return true;
  return s.words >= 30 || (s.words >= 12 && has_inner_sentence_end(line));
}

bool is_sentence_like(std::string_view line) {
  if (!tokens::ends_sentence(line)) return false;
  line = line.substr(0, 2000);
  return tokens::split_words(line, 3).size() >= 3 && stats(line).stopwords >= 1;
}

bool looks_like_headline(std::string_view line) {
  // A headline may ask a question; it does not end with a full stop.
  if (line.empty() || line.size() > 300 || line.back() == '.' || line.back() == ':') return false;
  const auto words = tokens::split_words(line);
  if (words.size() < 3 || words.size() > 30) return false;
  const auto lead = static_cast<unsigned char>(line[0]);
  if (!(tokens::is_capitalised(line) || tokens::is_digit(line[0]) || line[0] == '"' ||
        line[0] == '\'' || lead == 0xE2))
    return false;
  if (line.find("(@") != std::string_view::npos) return false;  // an embedded post
  return (line.back() == '?' || !is_prose(line)) && line_kind(line).empty();
}

std::string_view line_kind(std::string_view line) {
  if (line.empty() || line.size() > kMaxFurnitureBytes) return {};
  const auto words = tokens::split_words(line);
  if (words.empty()) return {};
  if (is_menu(line, words)) return "menu";
  if (auto d = dates::whole_line(line); d && d->year == 0) return "date-widget";
  if (words.size() == 1 && is_section_label(line)) return "section-label";
  if (is_weather(line)) return "weather";
  if (is_table(line, words)) return "table";
  if (is_caption_marker(line)) return "caption";
  if (is_boilerplate_phrase(line, words.size())) return "boilerplate";
  return {};
}

void classify(std::string_view text, std::vector<Line>& lines) {
  const std::size_t n = lines.size();
  // 1. A line repeating the line before it (a template printing the title
  //    twice) is kept once.
  for (std::size_t i = 1; i < n; ++i) {
    if (lines[i].kept() && lines[i - 1].kept() && lines[i].in(text) == lines[i - 1].in(text))
      lines[i].kind = "duplicate";
  }
  // 2. Furniture by shape. A caption marker ("Image") takes the short line
  //    after it along: that line is the caption.
  for (std::size_t i = 0; i < n; ++i) {
    if (!lines[i].kept()) continue;
    std::string_view kind = line_kind(lines[i].in(text));
    if (kind.empty()) continue;
    lines[i].kind = std::string(kind);
    if (kind == "caption" && i + 1 < n && lines[i + 1].kept() && !lines[i + 1].prose &&
        tokens::split_words(lines[i + 1].in(text), 21).size() <= 20)
      lines[i + 1].kind = "caption";
  }
  for (auto& l : lines)
    if (!l.kept()) l.prose = false;

  std::size_t first = n, last = n;
  for (std::size_t i = 0; i < n; ++i)
    if (lines[i].prose) {
      if (first == n) first = i;
      last = i;
    }
  if (first == n) return;  // no prose at all: only shape decides

  // 3. An end-of-article marker with no prose after it: the rest is page.
  for (std::size_t i = last + 1; i < n; ++i) {
    if (lines[i].kind != "credit") continue;
    for (std::size_t k = i + 1; k < n; ++k)
      if (lines[k].kind != "credit") {
        lines[k].kind = "trailer";
        lines[k].pieces.clear();
      }
    break;
  }

  // 4. Before the first paragraph: a run of three or more tiny lines is a
  //    navigation menu (titles are longer).
  for (std::size_t i = 0; i < first;) {
    std::size_t j = i;
    auto tiny = [&](const Line& l) {
      return l.kept() && !tokens::ends_sentence(l.in(text)) &&
             tokens::split_words(l.in(text), 4).size() <= 3;
    };
    while (j < first && tiny(lines[j])) ++j;
    if (j - i >= 3)
      for (std::size_t k = i; k < j; ++k) lines[k].kind = "menu";
    i = (j == i) ? i + 1 : j;
  }

  // 5. Between paragraphs: a short line keeps its neighbours' class. It is
  //    dropped only when the nearest decided lines on both sides are
  //    furniture (a run of widgets), kept when either side is prose.
  std::vector<int> next(n, 0);  // nearest decided line after: 1 prose, -1 removed
  int state = 0;
  for (std::size_t i = n; i-- > 0;) {
    next[i] = state;
    if (lines[i].prose) state = 1;
    else if (!lines[i].kept()) state = -1;
  }
  state = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const int before = state;
    if (lines[i].prose) state = 1;
    else if (!lines[i].kept()) state = -1;
    if (i <= first || i >= last || !lines[i].kept() || lines[i].prose) continue;
    if (before == -1 && next[i] == -1) lines[i].kind = "context";
  }

  // 6. After the last paragraph: complete sentences right after it stay
  //    (a closing line); from the first thing that is not one, it is page.
  bool tail = false;
  for (std::size_t i = last + 1; i < n; ++i) {
    if (!lines[i].kept()) {
      tail = true;
      continue;
    }
    if (!tail && is_sentence_like(lines[i].in(text))) continue;
    tail = true;
    lines[i].kind = "trailer";
  }
}

}  // namespace claims::article::boilerplate
