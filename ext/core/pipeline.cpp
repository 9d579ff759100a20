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

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> out;
  text::OffsetMap map(text);
  std::size_t ord = 0;
  for (const auto& span : sentences::split(text)) {
    out.push_back({ord++, map.to_codepoint(span.start), map.to_codepoint(span.end),
                   std::string(text.substr(span.start, span.end - span.start))});
  }
  return out;
}

Document annotate(std::string_view text, const article::Given& given) {
  Document doc;
  doc.key = content_key(text);
  doc.article = article::parse(text, given);
  doc.sentences = split_sentences(doc.article.body);
  text::OffsetMap map(doc.article.text);
  for (const auto& r : doc.article.removed)
    doc.removed.push_back({map.to_codepoint(r.start), map.to_codepoint(r.end), r.kind});
  return doc;
}

std::optional<Document> process(std::string_view bytes, const article::Given& given,
                                std::string& reason, std::string& note) {
  text::Decoded d = text::decode(bytes);
  if (!d.ok) {
    reason = d.reason;
    return std::nullopt;
  }
  note = d.note;
  return annotate(d.text, given);
}

}  // namespace claims
