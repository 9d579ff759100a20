#include "core/entities/cues.hpp"

#include "lexicon/lexicon.hpp"

namespace claims::entities::detail {

bool Cues::ends_like_demonym(std::string_view w) const {
  for (const auto& suffix : demonym_suffixes)
    if (w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix) return true;
  return false;
}

const Cues& cues() {
  using claims::lexicon::lower_set;
  static const Cues c{
      lower_set("entity_titles"),          lower_set("entity_roles"),
      lower_set("entity_member_nouns"),    lower_set("entity_place_cues"),
      lower_set("entity_place_prepositions"), lower_set("entity_compass_words"),
      lower_set("entity_org_words"),       lower_set("organisation_words"),
      lower_set("entity_group_heads"),     lower_set("entity_generic_group_words"),
      lower_set("entity_group_head_blockers"), lower_set("entity_death_cues"),
      lower_set("entity_death_nouns"),     lower_set("entity_kinship"),
      lower_set("entity_nonname_words"),   lower_set("entity_reporting_verbs"),
      lower_set("stopwords"),              lower_set("sentence_starters"),
      lower_set("weekdays"),               lower_set("months"),
      lower_set("name_particles"),         lower_set("corporate_suffixes"),
      lower_set("entity_demonym_suffixes"),
  };
  return c;
}

}  // namespace claims::entities::detail
