#include "core/pipeline.hpp"

#include "core/sentences/splitter.hpp"
#include "core/text/hash.hpp"
#include "core/text/utf8.hpp"

namespace claims {

std::string content_key(std::string_view text) {
  text.remove_prefix(article::header_length(text));
  auto last = text.find_last_not_of(" \t\r\n");
  text = last == std::string_view::npos ? std::string_view{} : text.substr(0, last + 1);
  return text::content_hash(text);
}

namespace {

std::vector<Sentence> to_sentences(std::string_view text, const std::vector<sentences::Span>& spans,
                                   const text::OffsetMap& map) {
  std::vector<Sentence> out;
  out.reserve(spans.size());
  std::size_t ord = 0;
  for (const auto& span : spans)
    out.push_back({ord++, map.to_codepoint(span.start), map.to_codepoint(span.end),
                   std::string(text.substr(span.start, span.end - span.start))});
  return out;
}

// The one place where byte offsets become code points.
void to_codepoints(Annotations& a, const text::OffsetMap& map) {
  auto cp = [&](std::size_t& b) { b = map.to_codepoint(b); };
  for (auto& m : a.entities.mentions) {
    cp(m.start);
    cp(m.end);
  }
  for (auto& q : a.quantities) {
    cp(q.start);
    cp(q.end);
  }
  for (auto& t : a.timexes) {
    cp(t.start);
    cp(t.end);
  }
  for (auto& c : a.claims) {
    cp(c.speaker_start);
    cp(c.speaker_end);
    cp(c.verb_start);
    cp(c.verb_end);
    cp(c.start);
    cp(c.end);
  }
}

// A claim that names no place is about the place the text is about: the
// place mentioned most (the earliest on a tie). News reports one place at a
// time; "the resistance still holds the valley" is about that place.
void default_locations(Annotations& a) {
  std::vector<int> count(a.entities.entities.size(), 0);
  int best = -1;
  for (const auto& m : a.entities.mentions) {
    if (m.entity < 0 || static_cast<std::size_t>(m.entity) >= count.size()) continue;
    if (a.entities.entities[static_cast<std::size_t>(m.entity)].kind != entities::Kind::place) continue;
    if (++count[static_cast<std::size_t>(m.entity)] > (best < 0 ? 0 : count[static_cast<std::size_t>(best)]))
      best = m.entity;
  }
  if (best < 0) return;
  for (auto& c : a.claims)
    if (c.location_entity < 0) c.location_entity = best;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text) {
  text::OffsetMap map(text);
  return to_sentences(text, sentences::split(text), map);
}

Annotations annotate_text(std::string_view text, std::optional<time::Date> reference) {
  Annotations a;
  text::OffsetMap map(text);
  auto spans = sentences::split(text);
  a.entities = entities::analyze(text, spans);
  a.quantities = quantities::extract(text);
  a.timexes = time::extract(text, reference);
  a.claims = attribution::extract(text, spans, a.entities, a.quantities);
  default_locations(a);
  a.claim_dates = dating::date_claims(spans, a.claims, a.timexes, reference);
  a.sentences = to_sentences(text, spans, map);
  to_codepoints(a, map);
  return a;
}

Document annotate(std::string_view text, const article::Given& given, const CorpusContext& context) {
  Document doc;
  doc.key = content_key(text);
  doc.article = article::parse(text, given);
  auto& art = doc.article;
  if (!art.published) {
    std::optional<int> hint = context.year_hint ? context.year_hint() : std::nullopt;
    if (auto inferred = dating::infer_published(time::extract(art.body, std::nullopt), hint)) {
      art.published = time::to_iso(inferred->date);
      art.published_from = "inferred";
      art.notes.push_back("publication date inferred: " + inferred->why);
    }
  }
  std::optional<time::Date> reference;
  if (art.published) reference = time::parse_iso_date(*art.published);
  doc.annotations = annotate_text(art.body, reference);
  doc.sentences = doc.annotations.sentences;
  text::OffsetMap map(doc.article.text);
  for (const auto& r : doc.article.removed)
    doc.removed.push_back({map.to_codepoint(r.start), map.to_codepoint(r.end), r.kind,
                           doc.article.text.substr(r.start, r.end - r.start)});
  return doc;
}

std::optional<Document> process(std::string_view bytes, const article::Given& given,
                                std::string& reason, std::string& note, const CorpusContext& context) {
  text::Decoded d = text::decode(bytes);
  if (!d.ok) {
    reason = d.reason;
    return std::nullopt;
  }
  note = d.note;
  return annotate(d.text, given, context);
}

}  // namespace claims
