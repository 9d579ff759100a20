// The extractor: finds every number in one pass over the tokens, then reads
// its qualifier, unit or counted phrase, count type and repeats. Each step
// lives in its own file; this one only wires them together.
#include "core/quantities/quantities.hpp"

#include <cstddef>
#include <utility>

#include "core/quantities/count_types.hpp"
#include "core/quantities/non_counts.hpp"
#include "core/quantities/numbers.hpp"
#include "core/quantities/objects.hpp"
#include "core/quantities/phrase_tables.hpp"
#include "core/quantities/qualifiers.hpp"
#include "core/quantities/repeats.hpp"
#include "core/quantities/tokens.hpp"

namespace claims::quantities {
namespace {

enum class TypeSource { None, After, Before, Coordination };

// Everything known about one number while the text is read.
struct Candidate {
  NumberMatch number;
  std::optional<Qualifier> qualifier;
  Use use;
  ObjectPhrase object;
  std::size_t first = 0;        // first token of the span (qualifier or number)
  std::size_t last = 0;         // one past the span (number, or its unit)
  std::size_t after = 0;        // where the words after the counted phrase begin
  bool implicit = false;        // "a leader", "no civilians": kept only with a count type
  bool anaphoric = false;       // "the leader", "him", "Taliban leader X" after a casualty word
  std::optional<std::string> type;
  TypeSource source = TypeSource::None;
};

// "no civilians were killed", "no one was hurt", "nobody died", "none of them".
std::optional<NumberMatch> negated_count(const std::vector<Token>& toks, std::size_t i) {
  const std::string& w = toks[i].lower;
  NumberMatch m;
  m.first = i;
  m.value = 0;
  if (w == "nobody" || w == "none") {
    m.last = i + 1;
    return m;
  }
  if (w != "no" || i + 1 >= toks.size() || toks[i + 1].glued) return std::nullopt;  // "No." abbreviation
  m.last = (toks[i + 1].lower == "one") ? i + 2 : i + 1;
  return m;
}

// Words that mark a sentence as a new event for the repeat rule.
bool is_new_event_cue(const std::string& w) {
  return w == "another" || w == "separate" || w == "additional" || w == "also" || w == "other" ||
         w == "further" || w == "second" || w == "others";
}

bool is_sentence_end(const Token& t) {
  return t.kind == TokenKind::Punct && (t.lower == "." || t.lower == "!" || t.lower == "?" || t.lower == ";");
}

// The connective words allowed between coordinated counts: "a leader and two
// associates", "two insurgents, along with one other".
bool only_conjunctions_between(const std::vector<Token>& toks, std::size_t from, std::size_t to) {
  if (from > to || to - from > 4) return false;
  bool any = false;
  for (std::size_t k = from; k < to; ++k) {
    const std::string& w = toks[k].lower;
    if (toks[k].line_before) return false;
    if (w == "and" || w == "," || w == "along" || w == "with" || w == "as" || w == "well" || w == "plus") {
      any = true;
      continue;
    }
    return false;
  }
  return any;
}

std::optional<std::string> span_text(std::string_view text, const std::vector<Token>& toks, std::size_t first,
                                     std::size_t last) {
  if (first >= last) return std::nullopt;
  return std::string(text.substr(toks[first].start, toks[last - 1].end - toks[first].start));
}

bool is_casualty_word(const Token& t) { return phrase_table("casualty_words").values.count(t.lower) > 0; }

// One person without a numeral: "a Taliban leader", "another facilitator";
// after a casualty word also "(killed) the Taliban leader", "(arrested)
// Taliban leader Mullah X", "(killing) him". Kept only if a casualty word
// gives it a count type; repeats are resolved by the head noun.
std::optional<std::pair<NumberMatch, ObjectPhrase>> single_person(const std::vector<Token>& toks, std::size_t i) {
  const std::string& w = toks[i].lower;
  bool after_casualty = i > 0 && is_casualty_word(toks[i - 1]) && !toks[i].line_before;
  std::size_t head_start;
  if (w == "a" || w == "an" || w == "another" || (after_casualty && w == "the")) {
    head_start = i + 1;
  } else if (after_casualty && (w == "him" || w == "her")) {
    NumberMatch one;
    one.first = i;
    one.last = i + 1;
    one.value = 1;
    ObjectPhrase none;
    none.first = none.last = none.end = i + 1;
    return std::make_pair(one, none);
  } else if (after_casualty && is_word(toks[i])) {
    // No article: a title before a name ("arrested rebel commander Jean
    // Mbeki", "killed Taliban leader Saifullah").
    ObjectPhrase head = person_phrase(toks, head_phrase(toks, i));
    if (head.empty()) return std::nullopt;
    bool name_follows = head.last < toks.size() && !toks[head.last].line_before &&
                        ((is_word(toks[head.last]) && toks[head.last].capitalised) || is_punct(toks[head.last], ","));
    if (!toks[i].capitalised && !name_follows) return std::nullopt;
    head_start = i;
  } else {
    return std::nullopt;
  }
  // "a 25-year-old man": the age is skipped, the man counted.
  if (head_start < toks.size()) head_start = std::max(head_start, id_run_end(toks, head_start));
  ObjectPhrase head = person_phrase(toks, head_phrase(toks, head_start));
  if (head.empty()) return std::nullopt;
  // The span is the whole mention, "a Taliban leader": there is no numeral.
  NumberMatch one;
  one.first = i;
  one.last = head.last;
  one.value = 1;
  return std::make_pair(one, head);
}

std::vector<Candidate> find_candidates(const std::vector<Token>& toks) {
  std::vector<Candidate> out;
  std::size_t i = 0;
  while (i < toks.size()) {
    if (std::size_t end = id_run_end(toks, i); end > i) {  // "2013-01-S-025", "10^400"
      i = end;
      continue;
    }
    Candidate c;
    std::optional<NumberMatch> number;
    if (is_word(toks[i])) number = negated_count(toks, i);
    if (number) {
      c.implicit = true;
    } else {
      number = parse_number(toks, i);
    }
    if (!number && is_word(toks[i])) {
      if (auto one = single_person(toks, i)) {
        number = one->first;
        c.object = one->second;
        c.implicit = true;
        const std::string& w = toks[i].lower;
        c.anaphoric = !(w == "a" || w == "an" || w == "another");
      }
    }
    if (!number) {
      ++i;
      continue;
    }
    c.number = *number;
    c.use = c.implicit ? Use{} : classify_number(toks, c.number);
    if (c.use.kind == NumberUse::Skip) {
      i = c.number.last;
      continue;
    }
    c.qualifier = c.implicit ? std::nullopt : qualifier_before(toks, c.number.first);
    c.first = c.qualifier ? c.number.first - c.qualifier->length : c.number.first;
    c.last = c.number.last;
    if (c.use.kind == NumberUse::Measure) {
      if (c.use.unit_first < c.number.first) c.first = std::min(c.first, c.use.unit_first);
      if (c.use.unit_last > c.last) c.last = c.use.unit_last;
      // The unit and its complement: "tons of medical aid".
      ObjectPhrase unit;
      unit.first = c.use.unit_first;
      unit.last = unit.end = std::max(c.use.unit_last, c.use.unit_first + 1);
      if (c.use.unit_last > c.number.last && c.use.unit_last < toks.size() && toks[c.use.unit_last].lower == "of") {
        ObjectPhrase rest = head_phrase(toks, c.use.unit_last + 1);
        if (!rest.empty()) unit.last = unit.end = rest.last;
      }
      c.object = unit;
    } else if (!(c.implicit && c.number.value == 1)) {
      c.object = object_after(toks, c.number.last, /*allow_partitive=*/true);
    }
    c.after = c.object.end;
    out.push_back(std::move(c));
    i = std::max(out.back().number.last, i + 1);
  }
  return out;
}

// Partitives take the counted phrase of the number they point to: in "five of
// the province's seven districts" both count districts.
void resolve_partitives(std::vector<Candidate>& cs) {
  for (std::size_t k = cs.size(); k-- > 0;) {
    if (!cs[k].object.partitive_number) continue;
    for (std::size_t j = k + 1; j < cs.size(); ++j) {
      if (cs[j].number.first == cs[k].object.partitive_at) {
        cs[k].object.first = cs[j].object.first;
        cs[k].object.last = cs[j].object.last;
        cs[k].after = cs[j].after;
        break;
      }
      if (cs[j].number.first > cs[k].object.partitive_at) break;
    }
  }
}

void assign_count_types(std::vector<Candidate>& cs, const std::vector<Token>& toks) {
  for (auto& c : cs) {
    if (c.use.kind != NumberUse::Count) continue;
    if ((c.type = count_type_after(toks, c.after))) {
      c.source = TypeSource::After;
    } else if (!c.implicit || c.number.value > 0) {
      if ((c.type = count_type_before(toks, c.first))) c.source = TypeSource::Before;
    }
  }
  // Coordination: "captured a Taliban leader and several suspected
  // insurgents" (forward from an active verb); "a leader and two associates
  // were detained" (backward from a passive one).
  for (std::size_t k = 1; k < cs.size(); ++k) {
    Candidate& p = cs[k - 1];
    Candidate& q = cs[k];
    if (p.use.kind != NumberUse::Count || q.use.kind != NumberUse::Count) continue;
    if (!only_conjunctions_between(toks, p.after, q.first)) continue;
    if (p.type && !q.type && p.source != TypeSource::After) {
      q.type = p.type;
      q.source = TypeSource::Coordination;
    }
  }
  for (std::size_t k = cs.size(); k-- > 1;) {
    Candidate& p = cs[k - 1];
    Candidate& q = cs[k];
    if (p.use.kind != NumberUse::Count || q.use.kind != NumberUse::Count) continue;
    if (!only_conjunctions_between(toks, p.after, q.first)) continue;
    if (q.type && !p.type && q.source == TypeSource::After) {
      p.type = q.type;
      p.source = TypeSource::Coordination;
    }
  }
}

RepeatHints hints_for(const Candidate& c, const std::vector<Token>& toks) {
  RepeatHints h;
  // Scan the sentence around the number, bounded so a 10,000-word text with
  // no full stop stays linear.
  constexpr std::size_t kReach = 40;
  std::size_t b = c.first;
  for (std::size_t steps = 0; b > 0 && steps < kReach && !is_sentence_end(toks[b - 1]) && !toks[b].line_before;
       ++steps)
    --b;
  std::size_t e = c.last;
  for (std::size_t steps = 0; e < toks.size() && steps < kReach && !is_sentence_end(toks[e]) &&
                              !(e > c.last && toks[e].line_before);
       ++steps)
    ++e;
  for (std::size_t k = b; k < e; ++k)
    if (is_word(toks[k]) && is_new_event_cue(toks[k].lower)) h.new_event_cue = true;
  if (c.first > 0) {
    const std::string& w = toks[c.first - 1].lower;
    h.definite = (w == "the" || w == "these" || w == "those");
  }
  h.anaphoric = c.anaphoric;
  return h;
}

}  // namespace

std::vector<Quantity> extract(std::string_view text) {
  std::vector<Token> toks = tokenize(text);
  std::vector<Candidate> cs = find_candidates(toks);
  resolve_partitives(cs);
  assign_count_types(cs, toks);

  std::vector<Quantity> out;
  std::vector<RepeatHints> hints;
  for (const auto& c : cs) {
    if (c.implicit && !c.type) continue;
    Quantity q;
    q.start = toks[c.first].start;
    q.end = toks[c.last - 1].end;
    q.text = std::string(text.substr(q.start, q.end - q.start));
    q.value = c.number.value;
    if (c.implicit) {
      q.low = q.high = c.number.value;
      q.qualifier = c.number.value == 0 ? "no" : "";
    } else {
      Interval iv = interval_for(c.number, c.qualifier);
      q.low = iv.low;
      q.high = iv.high;
      q.qualifier = iv.qualifier;
    }
    q.count_type = c.type;
    q.object = span_text(text, toks, c.object.first, c.object.last);
    out.push_back(std::move(q));
    hints.push_back(hints_for(c, toks));
  }
  mark_repeats(out, hints);
  return out;
}

}  // namespace claims::quantities
