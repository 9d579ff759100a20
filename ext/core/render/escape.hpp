// Escaping text for the formats the pictures are written in, and cutting
// long claim texts to a label. Input is valid UTF-8 (the store holds only
// that); the output is safe to paste between quotes of the target format.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace claims::render {

// Text for XML character data and attribute values: & < > " ' become
// entities; control characters XML 1.0 forbids become spaces.
std::string xml_escape(std::string_view s);

// Text for the inside of a DOT double-quoted string: " and \ are escaped
// (a backslash would otherwise start \n, \N, \G ... escapes), a newline
// becomes \n, other control characters become spaces.
std::string dot_escape(std::string_view s);

// At most `max_codepoints` code points of `s`, cut at the last space
// before the limit when there is one, with "…" appended when cut.
std::string shorten(std::string_view s, std::size_t max_codepoints);

// `s` broken into lines of at most about `width` code points at spaces
// (a word longer than the width stays whole), joined by `newline`.
std::string wrap(std::string_view s, std::size_t width, std::string_view newline);

}  // namespace claims::render
