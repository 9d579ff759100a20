#include <catch2/catch.hpp>

#include "core/text/hash.hpp"
#include "core/text/utf8.hpp"

using namespace claims::text;

TEST_CASE("UTF-8 validation finds the first bad byte", "[text]") {
  CHECK(is_valid_utf8("plain ascii"));
  CHECK(is_valid_utf8("curly “quotes” and Dari پنجشیر and 😀"));
  CHECK(first_invalid_utf8("ab\xff") == 2u);
  CHECK(first_invalid_utf8("ab\xe2\x80") == 2u);            // truncated
  CHECK(first_invalid_utf8("\xc0\xaf") == 0u);              // overlong '/'
  CHECK(first_invalid_utf8("x\xed\xa0\x80") == 1u);         // surrogate
  CHECK(first_invalid_utf8("\xf4\x90\x80\x80") == 0u);      // past U+10FFFF
}

TEST_CASE("decode refuses empty, binary and corrupted input", "[text]") {
  CHECK(decode("").reason == "empty");
  CHECK(decode(" \n\t\n").reason == "empty");
  CHECK(decode("\xEF\xBB\xBF  \n").reason == "empty");
  CHECK(decode(std::string("ab\0cd", 5)).reason == "binary (contains NUL bytes)");
  CHECK(decode("\x01\x02\x03\x04 text").reason == "binary (control characters)");
  CHECK(decode("“good” then \xe2\x80 bad").reason == "invalid UTF-8 at byte 16");
}

TEST_CASE("decode transcodes Latin-1 / Windows-1252 with a note", "[text]") {
  auto d = decode("caf\xe9 \x93" "quoted\x94 \x80 5");
  REQUIRE(d.ok);
  CHECK(d.text == "café “quoted” € 5");
  CHECK(d.note == "not UTF-8; decoded as Latin-1/Windows-1252");
  CHECK_FALSE(decode("undefined \x81 byte").ok);
}

TEST_CASE("normalize: BOM, CRLF, lone CR, NFC", "[text]") {
  CHECK(normalize("\xEF\xBB\xBF" "a\r\nb\rc\n") == "a\nb\nc\n");
  CHECK(normalize("e\xCC\x81") == "\xC3\xA9");  // e + combining acute → é
  auto d = decode("a\r\n\r\nb");
  REQUIRE(d.ok);
  CHECK(d.text == "a\n\nb");
  CHECK(d.note.empty());
}

TEST_CASE("OffsetMap turns byte offsets into code points", "[text]") {
  std::string s = "aé😀b";
  OffsetMap m(s);
  CHECK(m.to_codepoint(0) == 0);
  CHECK(m.to_codepoint(1) == 1);
  CHECK(m.to_codepoint(3) == 2);
  CHECK(m.to_codepoint(7) == 3);
  CHECK(m.to_codepoint(8) == 4);
  CHECK(m.to_codepoint(100) == 4);
  std::string long_text;
  for (int i = 0; i < 1000; ++i) long_text += "ж";  // 2 bytes each
  OffsetMap lm(long_text);
  CHECK(lm.to_codepoint(1000) == 500);
  CHECK(lm.to_codepoint(1998) == 999);
  CHECK(count_codepoints(long_text) == 1000);
}

TEST_CASE("content_hash is stable and discriminating", "[text]") {
  CHECK(content_hash("") == "6c62272e07bb014262b821756295c58d");  // FNV-1a 128 offset basis
  CHECK(content_hash("a").size() == 32);
  CHECK(content_hash("a") != content_hash("b"));
  CHECK(content_hash("same") == content_hash("same"));
}
