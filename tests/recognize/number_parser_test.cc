#include "recognize/number_parser.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "recognize/utf8.h"

namespace duikou::recognize {
namespace {

std::string Value(std::string_view s) { return ToDecimal(s).value_or("<none>"); }

TEST(ToDecimalTest, ArabicWithMultipliers) {
  EXPECT_EQ(Value("85"), "85");
  EXPECT_EQ(Value("1.61亿"), "161000000");
  EXPECT_EQ(Value("1275万"), "12750000");
  EXPECT_EQ(Value("18.9万"), "189000");
  EXPECT_EQ(Value("126.2万"), "1262000");
  EXPECT_EQ(Value("1093.7万"), "10937000");
  EXPECT_EQ(Value("1046.53万"), "10465300");
  EXPECT_EQ(Value("1.56亿"), "156000000");
  EXPECT_EQ(Value("5千万"), "50000000");
  EXPECT_EQ(Value("1.2万亿"), "1200000000000");
  EXPECT_EQ(Value("0.35"), "0.35");
  EXPECT_EQ(Value("87.18"), "87.18");
  EXPECT_EQ(Value("12,705"), "12705");
  EXPECT_EQ(Value("1,234,567.50"), "1234567.5");
  EXPECT_EQ(Value("007"), "7");
}

TEST(ToDecimalTest, ChineseNumerals) {
  EXPECT_EQ(Value("十九"), "19");
  EXPECT_EQ(Value("十"), "10");
  EXPECT_EQ(Value("一千二百"), "1200");
  EXPECT_EQ(Value("两万"), "20000");
  EXPECT_EQ(Value("三十五万"), "350000");
  EXPECT_EQ(Value("一千零五"), "1005");
  EXPECT_EQ(Value("一亿五千万"), "150000000");
  EXPECT_EQ(Value("两万五"), "25000");
  EXPECT_EQ(Value("一百五"), "150");
  EXPECT_EQ(Value("三百零五"), "305");
  EXPECT_EQ(Value("二十一"), "21");
  EXPECT_EQ(Value("零"), "0");
}

TEST(ToDecimalTest, RejectsNonNumbers) {
  EXPECT_FALSE(ToDecimal("十三五"));  // a planning period
  EXPECT_FALSE(ToDecimal("十四五"));
  EXPECT_FALSE(ToDecimal("万"));
  EXPECT_FALSE(ToDecimal("百"));
  EXPECT_FALSE(ToDecimal("abc"));
  EXPECT_FALSE(ToDecimal("12个"));  // not exactly a number
}

TEST(ScaleDecimalTest, ExactShifts) {
  EXPECT_EQ(ScaleDecimal("1.61", 8), "161000000");
  EXPECT_EQ(ScaleDecimal("126.2", 4), "1262000");
  EXPECT_EQ(ScaleDecimal("0.0001", 4), "1");
  EXPECT_EQ(ScaleDecimal("12.345678", 4), "123456.78");
  EXPECT_EQ(ScaleDecimal("5", 0), "5");
  EXPECT_EQ(ScaleDecimal("5", -2), "0.05");
  EXPECT_EQ(ScaleDecimal("0", 8), "0");
}

TEST(CompareDecimalTest, Orders) {
  EXPECT_LT(CompareDecimal("99", "100"), 0);
  EXPECT_GT(CompareDecimal("1.5", "1.25"), 0);
  EXPECT_EQ(CompareDecimal("2", "2"), 0);
}

TEST(ParseChineseDigitsTest, YearStyle) {
  std::string d;
  EXPECT_EQ(ParseChineseDigitsAt("二〇二〇年", 0, &d), std::string_view("二〇二〇").size());
  EXPECT_EQ(d, "2020");
  EXPECT_EQ(ParseChineseDigitsAt("一年", 0, &d), 0u);
}

std::vector<std::string> Surfaces(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& n : FindNumbers(text)) {
    out.push_back(std::string(text.substr(n.span.begin, n.span.end - n.span.begin)) + "=" + n.value +
                  (n.kind == NumberKind::kPercent ? "%" : n.kind == NumberKind::kOrdinal ? "#" : ""));
  }
  return out;
}

TEST(FindNumbersTest, KindsAndBoundaries) {
  EXPECT_EQ(Surfaces("惠及全县87.18%的农户"), (std::vector<std::string>{"87.18%=87.18%"}));
  EXPECT_EQ(Surfaces("比率在90 %左右"), (std::vector<std::string>{"90 %=90%"}));
  EXPECT_EQ(Surfaces("推动第5批医疗团队"), (std::vector<std::string>{"第5=5#"}));
  EXPECT_EQ(Surfaces("第十三次会议"), (std::vector<std::string>{"第十三=13#"}));
  EXPECT_EQ(Surfaces("占百分之九十"), (std::vector<std::string>{"百分之九十=90%"}));
  EXPECT_EQ(Surfaces("沿G318国道与5G基站"), std::vector<std::string>{});
  EXPECT_EQ(Surfaces("“十三五”规划"), std::vector<std::string>{});
  EXPECT_EQ(Surfaces("宁波市投入资金3.2亿元,项目12个"),
            (std::vector<std::string>{"3.2亿=320000000", "12=12"}));
}

TEST(FindNumbersTest, ChineseNumeralsAreFlagged) {
  auto numbers = FindNumbers("温州市选派十九名干部");
  ASSERT_EQ(numbers.size(), 1u);
  EXPECT_TRUE(numbers[0].chinese);
  EXPECT_EQ(numbers[0].value, "19");
}

TEST(FindNumbersTest, ABareMultiplierAfterAnApproximationWordIsOneOfIt) {
  EXPECT_EQ(Surfaces("转移就业近千人"), (std::vector<std::string>{"千=1000"}));
  EXPECT_EQ(Surfaces("帮销农产品近百万元"), (std::vector<std::string>{"百万=1000000"}));
  EXPECT_EQ(Surfaces("培训逾万人次"), (std::vector<std::string>{"万=10000"}));
  // Elsewhere a bare multiplier is part of a word.
  EXPECT_EQ(Surfaces("千家万户、百姓和万企兴万村"), std::vector<std::string>{});
}

}  // namespace
}  // namespace duikou::recognize

namespace duikou::recognize {
namespace {

// The reference: every character decoded in turn, as utf8::FindCharIn steps over them.
size_t SlowFindDigitOrNumeral(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    size_t len = 0;
    const char32_t c = utf8::Decode(text, pos, &len);
    if (utf8::IsAsciiDigit(c) || IsChineseNumeral(c)) return pos;
    pos += len;
  }
  return text.size();
}

// Every start position of `text` (character starts and bytes inside characters alike).
void ExpectSameAsDecoding(std::string_view text) {
  for (size_t pos = 0; pos <= text.size(); ++pos)
    ASSERT_EQ(internal::FindDigitOrNumeral(text, pos), SlowFindDigitOrNumeral(text, pos)) << "at " << pos;
}

TEST(FindDigitOrNumeralTest, SameAsDecodingEveryCharacter) {
  ExpectSameAsDecoding("");
  ExpectSameAsDecoding("7");
  ExpectSameAsDecoding("统一");
  // Numerals and digits at every offset of a sixteen-byte block, and near the end.
  const std::string text =
      "全年安排资金1.61亿元，实施项目19个，选派干部十九名赴乙县挂职，〇二零年，两万五千人次，"
      "七八九十百千万亿零四六三五二一；生产总值增长87.18%。共同体建设与促进中心，甲乙丙丁";
  for (size_t cut = 0; cut < 24; ++cut) ExpectSameAsDecoding(std::string_view(text).substr(cut));
  // Non-numerals sharing a numeral's middle byte (下 E4 B8 8B, 中 E4 B8 AD, 人 E4 BA BA),
  // truncated and malformed sequences, continuation bytes alone, an overlong 0 (E0 80 B0).
  ExpectSameAsDecoding("下中人下中人下中人下中人下中人\xE4\xB8\xE4\xB8\x80\x80\xB8\x80\xE0\x80\xB0\xE4\xB8");
}

TEST(FindDigitOrNumeralTest, SameAsDecodingOnRandomBytes) {
  uint32_t state = 12345;
  auto next = [&] { return state = state * 1103515245u + 12345u, static_cast<unsigned char>(state >> 16); };
  // Bytes drawn mostly from the numerals' own lead and middle bytes, so candidates are many.
  const unsigned char kBytes[] = {0xE3, 0xE4, 0xE5, 0xE7, 0xE9, 0x80, 0x85, 0x8D, 0x99, 0x9B, 0xB8,
                                  0xB9, 0xBA, 0x87, 0x83, 0x89, 0xA4, '0',  '9',  'a',  0xEF, 0xBC};
  for (int round = 0; round < 50; ++round) {
    std::string text;
    for (int i = 0; i < 200; ++i) text.push_back(static_cast<char>(kBytes[next() % sizeof kBytes]));
    ExpectSameAsDecoding(text);
  }
}

}  // namespace
}  // namespace duikou::recognize

namespace duikou::recognize {
namespace {

TEST(DigitAndNumeralPositionsTest, EveryStopOfTheScanInOnePass) {
  const std::string text =
      "2020年，甲市安排资金1.61亿元，实施项目十九个，两万五千人次受益；“十三五”期间累计投入3,200万元。"
      "下中人\xE4\xB8 7";
  std::vector<uint32_t> expected;
  for (size_t pos = internal::FindDigitOrNumeral(text, 0); pos < text.size();
       pos = internal::FindDigitOrNumeral(text, pos + 1))
    expected.push_back(static_cast<uint32_t>(pos));
  const NumeralPositions positions = DigitAndNumeralPositions(text);
  EXPECT_EQ(positions, expected);
  // The cursor answers as the scan would, for growing and for earlier positions.
  internal::NumeralCursor cursor(text, positions);
  for (size_t pos : {size_t{0}, size_t{5}, size_t{40}, size_t{41}, text.size() - 1, size_t{3}, text.size()})
    EXPECT_EQ(cursor(pos), internal::FindDigitOrNumeral(text, pos)) << "at " << pos;
}

TEST(DigitAndNumeralPositionsTest, NumbersFromPositionsAreTheNumbersOfTheText) {
  const std::string text = "全年投入资金1.61亿元、援建项目19个，选派干部二十名、专业技术人员100余人次，第3批，占87.18%。";
  const auto scanned = FindNumbers(text);
  const auto listed = FindNumbers(text, DigitAndNumeralPositions(text));
  ASSERT_EQ(listed.size(), scanned.size());
  for (size_t i = 0; i < scanned.size(); ++i) {
    EXPECT_EQ(listed[i].span.begin, scanned[i].span.begin);
    EXPECT_EQ(listed[i].value, scanned[i].value);
  }
  EXPECT_GE(scanned.size(), 6u);
}

}  // namespace
}  // namespace duikou::recognize
