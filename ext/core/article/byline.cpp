#include "core/article/byline.hpp"

#include <vector>

#include "core/article/dates.hpp"
#include "core/article/tokens.hpp"
#include "lexicon/lexicon.hpp"

namespace claims::article::byline {
namespace {

constexpr std::size_t kMaxBylineBytes = 400;

bool is_acronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 6) return false;
  for (char c : w)
    if (!tokens::is_ascii_upper(c)) return false;
  return true;
}

bool is_org_word(std::string_view w) {
  return lexicon::lower_set("organisation_words").count(tokens::lower(w)) > 0;
}

// One comma/"and"-separated element of the name list.
struct Element {
  std::vector<std::string_view> words;
  bool after_and = false;  // joined to the previous element by "and"/"&"
};

std::string join(const std::vector<std::string_view>& words) {
  std::string out;
  for (auto w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// An acronym, "The ...", or a name with an organisation word ("Acme News").
bool names_an_organisation(const Element& e) {
  if (e.words.empty()) return false;
  if (tokens::iequals(e.words[0], "the")) return true;
  for (auto w : e.words)
    if (is_org_word(w) || is_acronym(w)) return true;
  return false;
}

// The last element of a list of persons is an outlet when it names an
// organisation or is a single word (persons have a first and a last name).
bool looks_like_outlet(const Element& e) {
  return e.words.size() == 1 || names_an_organisation(e);
}

// Drops "Inc", "Ltd" ... from the end of a name.
std::string_view drop_legal_suffix(std::string_view name) {
  const auto& suffixes = lexicon::lower_set("corporate_suffixes");
  for (;;) {
    name = tokens::trim(name);
    while (!name.empty() && (name.back() == ',' || name.back() == '.')) name.remove_suffix(1);
    auto sp = name.rfind(' ');
    if (sp == std::string_view::npos) return name;
    std::string last = tokens::lower(tokens::core(name.substr(sp + 1)));
    if (!suffixes.count(last)) return name;
    name = name.substr(0, sp);
  }
}

// A month name followed by a number ("Sep 05"): a timestamp, not a first
// name like "June".
bool starts_date(std::string_view rest, const std::vector<tokens::Word>& words, std::size_t w) {
  std::string_view c = tokens::core(rest.substr(words[w].start, words[w].end - words[w].start));
  if (dates::month_number(c) == 0 || w + 1 >= words.size()) return false;
  return tokens::is_digit(rest[words[w + 1].start]);
}

}  // namespace

std::optional<Found> parse(std::string_view line) {
  if (line.empty() || line.size() > kMaxBylineBytes) return std::nullopt;
  // The opener: "Written by", "Posted By:", "By", ... (longest listed first).
  std::size_t i = 0;
  bool opened = false;
  for (const auto& p : lexicon::list("byline_prefixes")) {
    if (!tokens::istarts_with(line, p)) continue;
    std::size_t k = p.size();
    if (k < line.size() && line[k] == ':') ++k;
    if (k >= line.size() || line[k] != ' ') continue;
    // A bare "By" must be written as a byline is ("By", "BY"), not "by".
    if (tokens::iequals(p, "by") && line[1] == 'y' && line[0] != 'B') continue;
    i = k;
    opened = true;
    break;
  }
  if (!opened) return std::nullopt;
  while (i < line.size() && line[i] == ' ') ++i;
  // "Posted By: By A": a second "By" repeats the opener.
  if (tokens::istarts_with(line.substr(i), "by ")) i += 3;

  const auto& stop = lexicon::lower_set("byline_stopwords");
  const auto& particles = lexicon::lower_set("name_particles");
  std::string_view rest = line.substr(i);
  const auto words = tokens::split_words(rest);
  std::vector<Element> elems(1);
  std::size_t consumed_end = 0;  // bytes of `rest` covered by names
  bool clean_end = true;         // the list ran to the end or to furniture
  bool next_after_and = false;
  for (std::size_t w = 0; w < words.size(); ++w) {
    std::string_view raw = rest.substr(words[w].start, words[w].end - words[w].start);
    std::string_view c = tokens::core(raw);
    std::string lc = tokens::lower(c);
    if (stop.count(tokens::lower(raw)) || (!c.empty() && stop.count(lc)) ||
        tokens::is_digit(c.empty() ? raw[0] : c[0]) || starts_date(rest, words, w)) {
      break;  // page furniture: share buttons, a timestamp
    }
    if (lc == "and" || raw == "&") {
      if (!elems.back().words.empty()) elems.emplace_back();
      next_after_and = true;
      continue;
    }
    const bool name_word = !c.empty() && (tokens::is_capitalised(c) || particles.count(lc));
    if (!name_word) {
      clean_end = false;
      break;
    }
    if (elems.back().words.empty()) elems.back().after_and = next_after_and;
    next_after_and = false;
    elems.back().words.push_back(c);
    consumed_end = words[w].end;
    if (raw.back() == ',' || raw.back() == ';') elems.emplace_back();
  }
  if (!clean_end) return std::nullopt;
  if (!elems.empty() && elems.back().words.empty()) elems.pop_back();
  if (elems.empty()) return std::nullopt;

  Found out;
  if (elems.size() == 1 && names_an_organisation(elems[0])) {
    // "By AFP", "Written by Acme News": an outlet, no person named.
    if (elems[0].words.size() > 5) return std::nullopt;
    out.outlet = join(elems[0].words);
    out.end = i + consumed_end;
    return out;
  }
  // The trailing ", Outlet": after the persons, separated by a comma.
  if (elems.size() >= 2 && !elems.back().after_and && looks_like_outlet(elems.back())) {
    out.outlet = join(elems.back().words);
    elems.pop_back();
  }
  std::vector<std::string> persons;
  for (const auto& e : elems) {
    // Persons have a first and a last name (and rarely more than five
    // words); anything else after a bare "By" is a sentence ("By Monday").
    if (e.words.size() < 2 || e.words.size() > 5) return std::nullopt;
    persons.push_back(join(e.words));
  }
  for (std::size_t p = 0; p < persons.size(); ++p) {
    if (p > 0) out.names += (p + 1 == persons.size()) ? " and " : ", ";
    out.names += persons[p];
  }
  out.end = i + consumed_end;
  return out;
}

bool is_copyright(std::string_view line) {
  if (line.size() > 300) return false;
  if (line.find("\xC2\xA9") != std::string_view::npos) return true;  // ©
  if (tokens::lower(line).find("all rights reserved") != std::string::npos) return true;
  // "Copyright 2021 ..." / "(c) 2021 ...": the word alone also opens
  // sentences about copyright, so a year must be there too.
  if (!tokens::istarts_with(line, "copyright") && !tokens::istarts_with(line, "(c)")) return false;
  std::size_t run = 0;
  for (char c : line) {
    run = tokens::is_digit(c) ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

std::optional<std::string> outlet_from_copyright(std::string_view line) {
  if (!is_copyright(line)) return std::nullopt;
  // Only a line that opens with the mark names the publisher: "Photo:
  // © Jane Doe" credits a photographer. Skip the marks and years: "™ & ©
  // 2021", "Copyright 2010-2021".
  if (auto mark = line.find("\xC2\xA9"); mark != std::string_view::npos) {
    for (std::size_t i = 0; i < mark; ++i)
      if (tokens::is_ascii_alpha(line[i])) return std::nullopt;
  }
  const auto words = tokens::split_words(line);
  std::size_t w = 0;
  for (; w < words.size(); ++w) {
    std::string_view raw = line.substr(words[w].start, words[w].end - words[w].start);
    std::string_view c = tokens::core(raw);
    bool mark = c.empty() || raw == "&" || raw == "\xC2\xA9" || raw == "\xE2\x84\xA2" ||
                raw == "\xC2\xAE" || raw == "\xE2\x84\x97" || tokens::iequals(c, "c") ||
                tokens::iequals(c, "copyright");
    bool year = !c.empty() && tokens::is_digit(c[0]);
    if (!mark && !year) break;
  }
  if (w >= words.size()) return std::nullopt;
  std::string_view rest = line.substr(words[w].start);
  // The name ends at the first ", " / ". " / " - " / "|" or "All rights".
  std::size_t cut = rest.size();
  for (std::string_view sep : {", ", ". ", " - ", "|", " \xE2\x80\x94"}) {
    auto p = rest.find(sep);
    if (p != std::string_view::npos && p < cut) cut = p;
  }
  auto ar = tokens::lower(rest).find("all rights");
  if (ar != std::string::npos && ar < cut) cut = ar;
  std::string_view name = drop_legal_suffix(rest.substr(0, cut));
  if (name.empty() || !tokens::is_capitalised(name) || tokens::split_words(name).size() > 8)
    return std::nullopt;
  return std::string(name);
}

std::optional<std::string> outlet_from_wire_credit(std::string_view line) {
  line = tokens::trim(line);
  if (line.size() > 60 || !tokens::istarts_with(line, "the-")) return std::nullopt;
  constexpr std::string_view kTail = "-wire";
  if (line.size() <= 4 + kTail.size() ||
      !tokens::iequals(line.substr(line.size() - kTail.size()), kTail))
    return std::nullopt;
  std::string_view mid = line.substr(4, line.size() - 4 - kTail.size());
  for (char c : mid)
    if (!(tokens::is_ascii_alpha(c) || tokens::is_digit(c) || c == '-')) return std::nullopt;
  if (mid.empty() || !tokens::is_capitalised(mid)) return std::nullopt;
  std::string out(mid);
  for (auto& c : out)
    if (c == '-') c = ' ';
  return out;
}

}  // namespace claims::article::byline
