#include "core/render/claimreview.hpp"

#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

namespace claims::render {
namespace {

using nlohmann::ordered_json;

void put(ordered_json& j, const char* key, const std::optional<std::string>& v) {
  if (v && !v->empty()) j[key] = *v;
}

ordered_json organisation(const std::string& name) {
  return ordered_json{{"@type", "Organization"}, {"name", name}};
}

ordered_json author(const ReviewedClaim& c) {
  ordered_json a;
  a["@type"] = c.author_is_person ? "Person" : "Organization";
  a["name"] = *c.author;
  if (c.side && *c.side != *c.author) a["affiliation"] = organisation(*c.side);
  return a;
}

// A schema.org Claim: its text, author, date and where it appeared.
ordered_json claim_json(const ReviewedClaim& c, bool with_text) {
  ordered_json j;
  j["@type"] = "Claim";
  j["identifier"] = c.id;
  if (with_text) j["text"] = c.text;
  if (c.author) j["author"] = author(c);
  put(j, "datePublished", c.said_on);
  const auto& a = c.appearance;
  ordered_json app;
  app["@type"] = "NewsArticle";
  put(app, "url", a.url);
  put(app, "headline", a.headline);
  put(app, "datePublished", a.published);
  if (a.publisher && !a.publisher->empty()) app["publisher"] = organisation(*a.publisher);
  j["appearance"] = app;
  return j;
}

// Locale-independent, two decimals.
std::string two_decimals(double v) {
  char buf[32];
  auto res = std::to_chars(buf, buf + sizeof buf, std::round(v * 100) / 100, std::chars_format::fixed, 2);
  return std::string(buf, res.ptr);
}

}  // namespace

std::string claimreview_json(const ClaimReviewInput& in) {
  ordered_json j;
  j["@context"] = "https://schema.org";
  j["@type"] = "ClaimReview";
  j["claimReviewed"] = in.claim.text;
  j["itemReviewed"] = claim_json(in.claim, false);

  // The rating says what is known, never whether the claim is true.
  std::string explanation;
  if (in.contradictions.empty()) {
    explanation = "Not rated: no claim in the corpus contradicts it.";
  } else {
    auto total = static_cast<std::int64_t>(in.contradictions.size()) + in.more_contradictions;
    explanation = "Not rated. Disputed: " + std::to_string(total) +
                  (total == 1 ? " claim contradicts it" : " claims contradict it") + ":";
    // Numbered: a reason may itself contain semicolons.
    for (std::size_t i = 0; i < in.contradictions.size(); ++i)
      explanation += " (" + std::to_string(i + 1) + ") " + in.contradictions[i].reason;
    explanation += ".";
    if (in.more_contradictions > 0)
      explanation += " " + std::to_string(in.more_contradictions) + " weaker " +
                     (in.more_contradictions == 1 ? "one is" : "ones are") + " not listed.";
  }
  if (in.corroborating_claims > 0)
    explanation += " Asserted also by " + std::to_string(in.corroborating_claims) +
                   (in.corroborating_claims == 1 ? " other claim" : " other claims") + " (" +
                   std::to_string(in.corroborating_outlets) +
                   (in.corroborating_outlets == 1 ? " independent outlet in all)." : " independent outlets in all).");
  if (in.claim.hedged) explanation += " The article reports it as unverified.";
  ordered_json rating;
  rating["@type"] = "Rating";
  rating["alternateName"] = in.contradictions.empty() ? "Unrated" : "Unrated (disputed)";
  rating["ratingExplanation"] = explanation;
  j["reviewRating"] = rating;

  if (!in.contradictions.empty()) {
    ordered_json cited = ordered_json::array();
    for (const auto& e : in.contradictions) {
      ordered_json c = claim_json(e.other, true);
      c["description"] = e.kind + " contradiction (score " + two_decimals(e.score) + "): " + e.reason;
      cited.push_back(std::move(c));
    }
    j["citation"] = std::move(cited);
  }
  return j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace claims::render
