#include "text/decoder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace duikou::text {
namespace {

using ::testing::HasSubstr;

TEST(DecoderTest, PlainUtf8MapsEveryByteToItsCharacter) {
  DecodedText d;
  ASSERT_TRUE(Decode("ab中c", "f.txt", &d).ok());
  EXPECT_EQ(d.encoding, Encoding::kUtf8);
  EXPECT_EQ(d.utf8, "ab中c");
  EXPECT_EQ(d.utf8_to_source, (std::vector<uint32_t>{0, 1, 2, 2, 2, 5, 6}));
}

TEST(DecoderTest, BomIsRemovedAndOffsetsStillPointIntoTheFile) {
  DecodedText d;
  ASSERT_TRUE(Decode("\xEF\xBB\xBF中", "f.txt", &d).ok());
  EXPECT_EQ(d.encoding, Encoding::kUtf8Bom);
  EXPECT_EQ(d.utf8, "中");
  EXPECT_EQ(d.utf8_to_source, (std::vector<uint32_t>{3, 3, 3, 6}));
}

TEST(DecoderTest, Gb18030IsDetectedAndConverted) {
  // "中文" in GB18030, then "a".
  DecodedText d;
  ASSERT_TRUE(Decode("\xD6\xD0\xCE\xC4" "a", "f.txt", &d).ok());
  EXPECT_EQ(d.encoding, Encoding::kGb18030);
  EXPECT_EQ(d.utf8, "中文a");
  EXPECT_EQ(d.utf8_to_source, (std::vector<uint32_t>{0, 0, 0, 2, 2, 2, 4, 5}));
}

TEST(DecoderTest, Gb18030FourByteSequencesMapToTheirFirstByte) {
  // U+20000 (a supplementary ideograph) is 95 32 82 36 in GB18030; 中 follows.
  DecodedText d;
  ASSERT_TRUE(Decode("\x95\x32\x82\x36\xD6\xD0", "f.txt", &d).ok());
  EXPECT_EQ(d.utf8, "\xF0\xA0\x80\x80中");
  EXPECT_EQ(d.utf8_to_source, (std::vector<uint32_t>{0, 0, 0, 0, 4, 4, 4, 6}));
}

TEST(DecoderTest, EmptyInputDecodesToEmptyText) {
  DecodedText d;
  ASSERT_TRUE(Decode("", "f.txt", &d).ok());
  EXPECT_EQ(d.utf8, "");
  EXPECT_EQ(d.utf8_to_source, (std::vector<uint32_t>{0}));
}

TEST(DecoderTest, NulByteIsRefusedWithItsOffset) {
  DecodedText d;
  Status s = Decode(std::string("abc\0def", 7), "nul.txt", &d);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("nul.txt"));
  EXPECT_THAT(s.message(), HasSubstr("byte offset 3"));
  EXPECT_THAT(s.message(), HasSubstr("NUL"));
}

// 中 is U+4E2D, 文 U+6587; 𠀀 (U+20000) is the surrogate pair D840 DC00.
TEST(DecoderTest, Utf16LittleEndianWithMarkIsConverted) {
  DecodedText d;
  Status s = Decode(std::string("\xFF\xFE\x2D\x4E\x87\x65\x0A\x00", 8), "wide.txt", &d);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(d.encoding, Encoding::kUtf16Le);
  EXPECT_EQ(d.utf8, "中文\n");
  // Every UTF-8 byte maps to its character's offset in the file, past the two-byte mark.
  EXPECT_EQ(d.utf8_to_source, (std::vector<uint32_t>{2, 2, 2, 4, 4, 4, 6, 8}));
}

TEST(DecoderTest, Utf16BigEndianWithMarkAndSurrogatePair) {
  DecodedText d;
  Status s = Decode(std::string("\xFE\xFF\xD8\x40\xDC\x00\x4E\x2D", 8), "wide.txt", &d);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_EQ(d.encoding, Encoding::kUtf16Be);
  EXPECT_EQ(d.utf8, "\xF0\xA0\x80\x80中");
  EXPECT_EQ(d.utf8_to_source, (std::vector<uint32_t>{2, 2, 2, 2, 6, 6, 6, 8}));
}

TEST(DecoderTest, Utf16WithUnpairedSurrogateIsRefusedAtItsOffset) {
  DecodedText d;
  Status s = Decode(std::string("\xFF\xFE\x2D\x4E\x40\xD8\x2D\x4E", 8), "wide.txt", &d);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("wide.txt: byte offset 4: invalid UTF-16"));
}

TEST(DecoderTest, Utf16WithOddTrailingByteIsRefused) {
  DecodedText d;
  Status s = Decode(std::string("\xFF\xFE\x2D\x4E\x87", 5), "wide.txt", &d);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("wide.txt: byte offset 4: invalid UTF-16"));
}

TEST(DecoderTest, Utf16HoldingControlCharactersIsBinary) {
  DecodedText d;
  Status s = Decode(std::string("\xFF\xFE\x2D\x4E\x00\x00", 6), "wide.txt", &d);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("wide.txt: byte offset 4: control character U+0000"));
}

TEST(DecoderTest, BinaryFileIsRefused) {
  const std::string png("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR", 16);
  DecodedText d;
  Status s = Decode(png, "image.png", &d);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("image.png: byte offset 6"));
  EXPECT_THAT(s.message(), HasSubstr("binary"));
}

TEST(DecoderTest, TruncatedUtf8IsReportedAsTruncated) {
  DecodedText d;
  Status s = Decode("中文\xE5\xAD", "cut.txt", &d);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("cut.txt: byte offset 6"));
  EXPECT_THAT(s.message(), HasSubstr("truncated UTF-8"));
}

TEST(DecoderTest, DamagedUtf8IsNotMistakenForGb18030) {
  std::string bytes;
  for (int i = 0; i < 10; ++i) bytes += "对口";
  bytes += "\xC3\x28";  // invalid continuation
  bytes += "支援";
  DecodedText d;
  Status s = Decode(bytes, "bad.txt", &d);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("bad.txt: byte offset 60"));
  EXPECT_THAT(s.message(), HasSubstr("invalid UTF-8"));
}

TEST(DecoderTest, NeitherEncodingNamesTheFirstBadSequence) {
  DecodedText d;
  Status s = Decode("ok \xFF\xFE text", "junk.txt", &d);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("junk.txt: byte offset 3"));
  EXPECT_THAT(s.message(), HasSubstr("neither UTF-8 nor GB18030"));
}

TEST(DecoderTest, TruncatedGb18030IsRefused) {
  DecodedText d;
  Status s = Decode("\xD6\xD0\xCE", "cut_gb.txt", &d);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("cut_gb.txt: byte offset 2"));
}

}  // namespace
}  // namespace duikou::text
