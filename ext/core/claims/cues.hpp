// Reporting cues in a sentence: the verbs, phrases and nouns that introduce
// an attributed claim, with the pattern each one follows. Cues inside
// direct quotes are ignored (a quoted "they said" is part of the quote).
#pragma once

#include <cstddef>
#include <vector>

#include "core/claims/tokens.hpp"

namespace claims::attribution {

enum class CuePattern {
  verb,          // "X said (that) S", "S, X said", "S, said X", "X denied S"
  according_to,  // "according to X, S" / "S, according to X"
  passive,       // "it was claimed that S", "S was reported", "was told by X"
  report_noun,   // "unconfirmed reports (that) S", "X's claims that S"
};

struct Cue {
  std::size_t first = 0, last = 0;  // token range of the cue as written
  CuePattern pattern = CuePattern::verb;
  bool denial = false;      // denied, rejected, refuted, ...
  bool hearer = false;      // told/informed: the hearer follows the verb
  bool participle = false;  // saying, adding: subject is usually elsewhere
  bool weak = false;        // needs "that", ':' or a quote (continued, asked)
  bool belief = false;      // believes, thinks: a clause without "that" is accepted
  bool desire = false;      // wants/plans + infinitive: the content is the infinitive
  bool evidence = false;    // shows/found: only with a poll/study/video subject
  bool evaluation = false;  // cited/criticized X, spoke about X: the object is the content
  bool question = false;    // asked whether/how …: a question clause is the content
  std::size_t content_end = 0;  // when non-zero: a noun-phrase content ends before this token
};

std::vector<Cue> find_cues(const std::vector<Token>& toks);

}  // namespace claims::attribution
