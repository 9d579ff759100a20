// Content spans of indirect speech: where the reported clause starts after
// a cue ("said [on Sunday in a statement] that | S"), where it ends (before
// the next attribution in the sentence), and the trimming of edges.
#pragma once

#include <cstddef>
#include <vector>

#include "core/claims/tokens.hpp"

namespace claims::attribution {

// Index of the first token of the content after the cue at toks[cue]:
// skips the hearer ("told CNN", "told reporters"), channel and time
// adverbials ("in a statement", "on Twitter", "on Sunday"), a ':' or ','
// before a quote, and the complementiser "that". `limit` bounds the scan.
std::size_t content_start_after(const std::vector<Token>& toks, std::size_t cue, bool hearer, std::size_t limit);

// Index after the hearer of a cue such as "told" starting at toks[i]
// ("CNN", "the Associated Press", "reporters"); i when there is none.
std::size_t skip_hearer(const std::vector<Token>& toks, std::size_t i, std::size_t limit);

// Index after the channel/time adverbials starting at toks[i] (commas not
// skipped): "said [on Sunday in a statement], …".
std::size_t skip_adverbials(const std::vector<Token>& toks, std::size_t i, std::size_t limit);

// Whether toks[first, last) is one short prepositional phrase with no verb
// ("after the convention" in "X said after the convention he would not
// accept S"): the clause after it is the cue's content, not another one.
bool only_prepositional_phrase(const std::vector<Token>& toks, std::size_t first, std::size_t last);

// Shrinks [first, last) so it neither starts nor ends with punctuation
// (quotation marks are left to the caller, who knows the quote regions),
// nor ends with a dangling connective (", but", ", with", "and").
void trim_content(const std::vector<Token>& toks, std::size_t& first, std::size_t& last);

}  // namespace claims::attribution
