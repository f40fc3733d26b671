// Every recognizer on hostile input: empty text, broken UTF-8, endless digits, text cut in
// the middle of a character, random bytes. Nothing may crash, every span must lie inside
// the text, mentions must come in text order, and two runs must agree.
#include <gtest/gtest.h>

#include <random>

#include "recognize/date_recognizer.h"
#include "recognize/money_recognizer.h"
#include "recognize/number_parser.h"
#include "recognize/organization_recognizer.h"
#include "recognize/person_recognizer.h"
#include "recognize/quantity_recognizer.h"
#include "recognize/utf8.h"

namespace duikou::recognize {
namespace {

template <typename M>
void CheckSpans(std::string_view text, const std::vector<M>& mentions) {
  size_t last_begin = 0;
  for (const M& m : mentions) {
    EXPECT_LE(m.span.begin, m.span.end);
    EXPECT_LE(m.span.end, text.size());
    EXPECT_GE(m.span.begin, last_begin);
    last_begin = m.span.begin;
  }
}

void CheckAll(std::string_view text) {
  SCOPED_TRACE(::testing::Message() << "text of " << text.size() << " bytes");
  CheckSpans(text, FindNumbers(text));
  CheckSpans(text, FindMoney(text));
  CheckSpans(text, FindQuantities(text));
  CheckSpans(text, FindDates(text, 2020));
  CheckSpans(text, FindOrganizations(text));
  CheckSpans(text, FindPersons(text));
  EXPECT_EQ(FindMoney(text).size(), FindMoney(text).size());
}

TEST(RobustnessTest, EdgeCases) {
  CheckAll("");
  CheckAll("元");
  CheckAll("1");
  CheckAll("亿元");
  CheckAll("第");
  CheckAll("2020年");
  CheckAll(std::string(5000, '9') + "亿元");
  CheckAll("九九九九九九九九九九九九九九九九九九九九九九九九九九九亿亿亿亿亿亿万万万万元");
  CheckAll("有限公司有限公司有限公司");
  CheckAll("(摄)(  摄)(王 摄");
  CheckAll("市委书记");
  CheckAll(std::string("资金1.6") + "\xE4\xBA");        // cut inside 亿
  CheckAll(std::string("\xFF\xFE\x80\x80") + "12个");   // invalid bytes
  CheckAll("12月31日至");
  CheckAll("1—");
}

TEST(RobustnessTest, HugeChineseNumeralDoesNotOverflow) {
  auto n = FindNumbers("九千九百九十九亿亿亿亿亿");
  for (const auto& m : n) EXPECT_LE(m.value.size(), 20u);
}

TEST(RobustnessTest, RandomBytesAndRandomMixes) {
  std::mt19937 rng(20201231);
  const std::vector<std::string> pieces = {"1", "2", ".", "5", "万", "亿", "元", "多", "余", "个", "人次", "年",
                                           "月", "日", "至", "—", "、", "市", "委", "书记", "王", "李", "有限公司",
                                           "局", "(", ")", "摄", " ", ",", "第", "十", "三", "%", "“", "”"};
  for (int round = 0; round < 300; ++round) {
    std::string text;
    if (round % 3 == 0) {
      for (int i = 0; i < 200; ++i) text.push_back(static_cast<char>(rng() & 0xFF));
    } else {
      for (int i = 0; i < 60; ++i) text += pieces[rng() % pieces.size()];
    }
    CheckAll(text);
  }
}

// utf8::FindCharIn, which the scans skip with, stops where stepping with Decode would first
// meet a character of the set: on broken bytes, near the end of the text, for ASCII, two-,
// three- and four-byte members and U+FFFD (what a broken byte reads as).
TEST(RobustnessTest, FindCharInStepsAsDecodeDoes) {
  utf8::CharSet set;
  for (char32_t c : std::u32string_view(U"7一十\u00b7\uFFFD")) set.Add(c);
  utf8::CharSet numerals;
  for (char32_t c : std::u32string_view(U"0123456789一二三十")) numerals.Add(c);
  const std::vector<std::string> pieces = {"a", "7", "一", "甲", "十", "\u00b7", "\u00e9", "\U00020000", "\xE7\xBB",
                                           "\x80", "\xFF", "\xF0\x9F\x98", "。"};
  std::mt19937 rng(5);
  for (int round = 0; round < 500; ++round) {
    std::string text;
    const int count = static_cast<int>(rng() % 14);
    for (int k = 0; k < count; ++k) text += pieces[rng() % pieces.size()];
    for (const utf8::CharSet* s : {&set, &numerals}) {
      for (size_t from = 0; from <= text.size(); ++from) {
        size_t expected = from;
        while (expected < text.size()) {
          size_t len = 0;
          if (s->Has(utf8::Decode(text, expected, &len))) break;
          expected += len;
        }
        ASSERT_EQ(utf8::FindCharIn(text, from, *s), expected) << "from " << from << " in " << text.size() << " bytes";
      }
    }
  }
}

}  // namespace
}  // namespace duikou::recognize
