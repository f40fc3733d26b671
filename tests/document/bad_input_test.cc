// Bad input: each case gives a clear message or is handled correctly; none crashes.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <string>

#include "document/passage_reader.h"
#include "support/test_paths.h"
#include "text/normalizer.h"

namespace duikou::document {
namespace {

using ::testing::HasSubstr;

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(text::Normalizer::Create(DUIKOU_OPENCC_DIR, &normalizer_).ok()); }
  Status ReadBytes(const std::string& bytes, const std::string& name, Document* d) {
    return PassageReader(normalizer_.get()).Read(bytes, name, d);
  }
  std::unique_ptr<text::Normalizer> normalizer_;
};

TEST_F(BadInputTest, EmptyFile) {
  Document d;
  Status s = ReadBytes("", "empty.txt", &d);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "empty.txt: empty file, expected the text of a yearbook chapter");
}

TEST_F(BadInputTest, WhitespaceOnlyFile) {
  Document d;
  Status s = ReadBytes(" \n\r\n\t\xE3\x80\x80\n", "blank.txt", &d);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("blank.txt: file holds only whitespace"));
}

TEST_F(BadInputTest, BinaryFile) {
  std::string bytes;
  for (int i = 0; i < 4096; ++i) bytes.push_back(static_cast<char>((i * 131 + 7) & 0xFF));
  Document d;
  Status s = ReadBytes(bytes, "blob.bin", &d);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("blob.bin: byte offset "));
  EXPECT_THAT(s.message(), HasSubstr("binary"));
}

TEST_F(BadInputTest, NulBytesInText) {
  Document d;
  Status s = ReadBytes(std::string("【概况】2020年\0\0", 21), "nul.txt", &d);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("nul.txt: byte offset 19: NUL byte"));
}

TEST_F(BadInputTest, TruncatedUtf8) {
  std::string bytes = "【概况】2020年,资金5亿元。\n【交流】对口";
  bytes += "\xE6\x94";  // the first two bytes of 支
  Document d;
  Status s = ReadBytes(bytes, "cut.txt", &d);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("cut.txt: byte offset " + std::to_string(bytes.size() - 2)));
  EXPECT_THAT(s.message(), HasSubstr("truncated UTF-8"));
}

TEST_F(BadInputTest, FiftyMegabyteSingleLine) {
  const std::string unit = "2020年,甲乙市实施各类对口支援、协作项目85个,资金5.06亿元";
  std::string bytes;
  bytes.reserve(50u << 20);
  while (bytes.size() + unit.size() < (50u << 20)) bytes += unit;
  Document d;
  Status s = ReadBytes(bytes, "huge.txt", &d);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(d.passages.size(), 1u);
  EXPECT_EQ(d.passages[0].kind, PassageKind::kParagraph);
  EXPECT_EQ(d.passages[0].text, bytes);  // already normalized text
  EXPECT_EQ(d.passages[0].source_end, bytes.size());
}

TEST_F(BadInputTest, DirectoryAndMissingFile) {
  Document d;
  const std::string dir = testing::MakeTempDir("reader_bad_input");
  Status s = PassageReader(normalizer_.get()).ReadFile(dir, &d);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("is a directory"));
  s = PassageReader(normalizer_.get()).ReadFile(dir + "/missing.txt", &d);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.message(), HasSubstr("missing.txt: cannot open file"));
}

TEST_F(BadInputTest, NoStructureAtAllStillReads) {
  Document d;
  Status s = ReadBytes("just a line of ascii text without any structure", "plain.txt", &d);
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(d.passages.size(), 1u);
  EXPECT_EQ(d.passages[0].kind, PassageKind::kParagraph);
}

TEST_F(BadInputTest, StrayMarkersDoNotCrash) {
  Document d;
  const std::string odd = "【\n】\n【】\n表\n表 \t\n\t\t\n(\n)\n()\n(摄)\n( 提供)\n■\n一、\n(一)\n〖\n";
  Status s = ReadBytes(odd, "odd.txt", &d);
  EXPECT_TRUE(s.ok()) << s.message();
  for (const Passage& p : d.passages) EXPECT_EQ(p.to_source.size(), p.text.size() + 1);
}

}  // namespace
}  // namespace duikou::document
