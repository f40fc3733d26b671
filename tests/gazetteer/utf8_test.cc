// base/utf8.h: the one UTF-8 decoder of the gazetteer, recognize and extract stages.
#include "base/utf8.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace duikou::utf8 {
namespace {

struct Read {
  char32_t c;
  size_t len;
  bool operator==(const Read&) const = default;
};

Read DecodeOne(std::string_view text, size_t pos) {
  size_t len = 0;
  const char32_t c = Decode(text, pos, &len);
  return {c, len};
}

Read DecodeBeforeOne(std::string_view text, size_t pos) {
  size_t len = 0;
  const char32_t c = DecodeBefore(text, pos, &len);
  return {c, len};
}

TEST(BaseUtf8Test, DecodesEveryLength) {
  const std::string text = "a\u00e9\u7ecd\U00020000";  // 1, 2, 3 and 4 bytes
  EXPECT_EQ(DecodeOne(text, 0), (Read{U'a', 1}));
  EXPECT_EQ(DecodeOne(text, 1), (Read{U'\u00e9', 2}));
  EXPECT_EQ(DecodeOne(text, 3), (Read{U'\u7ecd', 3}));
  EXPECT_EQ(DecodeOne(text, 6), (Read{U'\U00020000', 4}));
  EXPECT_EQ(DecodeBeforeOne(text, 1), (Read{U'a', 1}));
  EXPECT_EQ(DecodeBeforeOne(text, 3), (Read{U'\u00e9', 2}));
  EXPECT_EQ(DecodeBeforeOne(text, 6), (Read{U'\u7ecd', 3}));
  EXPECT_EQ(DecodeBeforeOne(text, 10), (Read{U'\U00020000', 4}));
}

// Checked decoding: whatever is not a complete sequence reads as U+FFFD with length 1.
TEST(BaseUtf8Test, MalformedBytesReadAsReplacementOfLengthOne) {
  const std::string truncated = std::string("\u7ecd").substr(0, 2);
  EXPECT_EQ(DecodeOne(truncated, 0), (Read{kReplacement, 1}));
  EXPECT_EQ(DecodeOne("\x80", 0), (Read{kReplacement, 1}));        // stray continuation byte
  EXPECT_EQ(DecodeOne("\xFF", 0), (Read{kReplacement, 1}));        // starts no sequence
  EXPECT_EQ(DecodeOne("\xE7\xBBx", 0), (Read{kReplacement, 1}));   // continuation missing
  EXPECT_EQ(DecodeOne("\xF0\x9F\x98", 0), (Read{kReplacement, 1}));
  EXPECT_EQ(DecodeBeforeOne("x\xBB", 2), (Read{kReplacement, 1}));  // no lead byte before
  EXPECT_EQ(DecodeBeforeOne("\xE7\xBB", 2), (Read{kReplacement, 1}));
  // A scan with Decode visits every byte of broken text and never stalls.
  const std::string broken = "\xE7\xBB\xFF\u7ecd\xC3";
  std::vector<char32_t> seen;
  for (size_t pos = 0, len = 0; pos < broken.size(); pos += len) seen.push_back(Decode(broken, pos, &len));
  EXPECT_EQ(seen, (std::vector<char32_t>{kReplacement, kReplacement, kReplacement, U'\u7ecd', kReplacement}));
}

// Unchecked reading: the length from the lead byte alone, clipped at the end.
TEST(BaseUtf8Test, SequenceLengthAndDecodeSequence) {
  const std::string text = "a\u7ecd\u00e9";
  EXPECT_EQ(SequenceLength(text, 0), 1u);
  EXPECT_EQ(SequenceLength(text, 1), 3u);
  EXPECT_EQ(SequenceLength(text, 4), 2u);
  EXPECT_EQ(SequenceLength(text, 6), 0u);
  EXPECT_EQ(SequenceLength("\x80", 0), 1u);
  EXPECT_EQ(SequenceLength("\xE7\xBB", 0), 2u);  // clipped
  EXPECT_EQ(DecodeSequence("\u7ecd"), U'\u7ecd');
  EXPECT_EQ(DecodeSequence("\u00e9"), U'\u00e9');
  EXPECT_EQ(DecodeSequence("\U00020000"), U'\U00020000');
  EXPECT_EQ(DecodeSequence("a"), U'a');
  EXPECT_EQ(DecodeSequence(""), U'\0');
}

TEST(BaseUtf8Test, EncodeRoundTripsEveryPlane) {
  for (char32_t c : {U'a', U'\u00e9', U'\u7ecd', U'\uFFFD', U'\U00020000', U'\U0010FFFF'}) {
    const std::string s = Encode(c);
    EXPECT_EQ(DecodeOne(s, 0), (Read{c, s.size()}));
    EXPECT_EQ(DecodeSequence(s), c);
  }
  EXPECT_EQ(Encode(0x110000), "\uFFFD");
  std::string out = "x";
  Append(U'\u7ecd', &out);
  EXPECT_EQ(out, "x\u7ecd");
  EXPECT_EQ(Length("a\u7ecd\u5174\u00e9"), 4u);
  EXPECT_EQ(Length(""), 0u);
}

// Decode reads four bytes at a time where it can and SequenceLength uses a table: both must
// give what the byte-by-byte definitions give, at every position of text mixing every length,
// broken sequences, and the last bytes of a text (where fewer than four remain).
Read ReferenceDecode(std::string_view text, size_t pos) {
  const auto b = [&](size_t i) { return static_cast<unsigned char>(text[pos + i]); };
  const size_t n = LeadLength(b(0));
  if (n == 0 || pos + n > text.size()) return {kReplacement, 1};
  char32_t c = n == 1 ? b(0) : n == 2 ? (b(0) & 0x1F) : n == 3 ? (b(0) & 0x0F) : (b(0) & 0x07);
  for (size_t i = 1; i < n; ++i) {
    if ((b(i) & 0xC0) != 0x80) return {kReplacement, 1};
    c = (c << 6) | (b(i) & 0x3F);
  }
  return {c, n};
}

TEST(BaseUtf8Test, FastPathsAgreeWithTheByteByByteReading) {
  const std::vector<std::string> pieces = {"a", "7", " ", "\u00e9", "\u7ecd", "\u3002", "\U00020000", "\xE7\xBB",
                                           "\x80", "\xFF", "\xC3", "\xF0\x9F\x98", "\xE7x"};
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int count = static_cast<int>(rng() % 12);
    for (int k = 0; k < count; ++k) text += pieces[rng() % pieces.size()];
    for (size_t end = 0; end <= text.size(); ++end) {  // every prefix: every distance to the end
      const std::string_view view(text.data(), end);
      for (size_t pos = 0; pos < end; ++pos) {
        ASSERT_EQ(DecodeOne(view, pos), ReferenceDecode(view, pos)) << "pos " << pos << " of " << end;
        const size_t n = LeadLength(static_cast<unsigned char>(view[pos]));
        const size_t len = n == 0 ? 1 : n;
        ASSERT_EQ(SequenceLength(view, pos), pos + len <= end ? len : end - pos);
      }
    }
  }
}

}  // namespace
}  // namespace duikou::utf8
