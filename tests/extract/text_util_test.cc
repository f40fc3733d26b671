// The extractors' text helpers: the fast paths must agree with the plain definitions.
#include "extract/text_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace duikou::extract::internal {
namespace {

// FindWord and RFindWord are std::string_view::find and rfind with a different search order:
// same answers, for every start position, on Chinese and mixed text, at the ends and on
// broken bytes.
TEST(TextUtilTest, FindWordAgreesWithFind) {
  const std::vector<std::string> texts = {
      "绍兴市与阿瓦提县结对,对口支援与对口合作。《山海协作》与《援疆》",
      "与",
      "",
      "abc与d与",
      "\xE4\xB8\x8E\xE4\xB8",  // 与 and a truncated character
      "对口支对口支援对口支援",
      "获得获评荣获被评为获",
      "《》《《》》",
  };
  const std::vector<std::string> words = {"与", "对口支援", "《", "》", "获", "被评为", "abc", "d", "援疆》", "ab", "", "；"};
  for (const std::string& text : texts) {
    for (const std::string& word : words) {
      for (size_t from = 0; from <= text.size() + 1; ++from) {
        EXPECT_EQ(FindWord(text, word, from), std::string_view(text).find(word, from))
            << "text=" << text << " word=" << word << " from=" << from;
        EXPECT_EQ(RFindWord(text, word, from), std::string_view(text).rfind(word, from))
            << "text=" << text << " word=" << word << " pos=" << from;
      }
    }
  }
}

TEST(TextUtilTest, SentencesSplitAtSentenceBreaksOnly) {
  const std::string text = "第一句。第二句,还在第二句!第三句？\n第四";
  std::vector<std::string> got;
  for (const Range& r : Sentences(text)) got.push_back(text.substr(r.begin, r.end - r.begin));
  EXPECT_EQ(got, (std::vector<std::string>{"第一句", "第二句,还在第二句", "第三句", "第四"}));
  EXPECT_TRUE(Sentences("").empty());
  EXPECT_TRUE(Sentences("。。").empty());
}

// Sentences reads bytes, not characters: it must split exactly where IsSentenceBreak says,
// also next to characters that share a break's first bytes (、 E3 80 81 and 。 E3 80 82;
// ，EF BC 8C and ！EF BC 81) and with a break as the last character.
TEST(TextUtilTest, SentencesSplitWhereIsSentenceBreakSays) {
  const std::string text = "甲、乙。丙，丁！戊（己）？庚\n辛! 壬?癸〇。";
  std::vector<std::string> by_chars;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); i += CharLen(text, i)) {
    if (!IsSentenceBreak(CharAt(text, i))) continue;
    if (i > start) by_chars.push_back(text.substr(start, i - start));
    start = i + CharLen(text, i);
  }
  if (start < text.size()) by_chars.push_back(text.substr(start));
  std::vector<std::string> got;
  for (const Range& r : Sentences(text)) got.push_back(text.substr(r.begin, r.end - r.begin));
  EXPECT_EQ(got, by_chars);
  EXPECT_EQ(got.size(), 7u);
}

// Random texts of the pieces yearbook text is made of (and broken bytes), long enough to cross
// the 16-byte blocks Sentences reads and the 8-byte words StripSpaces reads.
std::vector<std::string> MixedTexts() {
  const std::vector<std::string> pieces = {"甲", "乙", "。", "，", "、", "；", "！", "？", "：", ",", ";", ":", "!",
                                           "?", "\n", " ", "\t", "a", "7", "\u00b7", "\U00020000", "\xE7\xBB", "\x80",
                                           "\xFF", "\xEF\xBC", "\xE3\x80",
                                           // overlong or unchecked forms a scan may decode to a break
                                           "\xE0\x80\xAC", "\xE0\x80\x8A", "\xC2", "\x42"};
  std::mt19937 rng(11);
  std::vector<std::string> out = {""};
  for (int round = 0; round < 400; ++round) {
    std::string text;
    const int count = static_cast<int>(rng() % 40);
    for (int k = 0; k < count; ++k) text += pieces[rng() % pieces.size()];
    out.push_back(text);
  }
  return out;
}

// The plain definitions the helpers must agree with: byte by byte, character by character.
std::vector<std::pair<size_t, size_t>> ReferenceSentences(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t start = 0;
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  for (size_t i = 0; i < text.size(); ++i) {
    size_t n = 0;
    if (byte(i) == '\n' || byte(i) == '!' || byte(i) == '?') n = 1;
    else if (byte(i) == 0xE3 && i + 2 < text.size() && byte(i + 1) == 0x80 && byte(i + 2) == 0x82) n = 3;
    else if (byte(i) == 0xEF && i + 2 < text.size() && byte(i + 1) == 0xBC && (byte(i + 2) == 0x81 || byte(i + 2) == 0x9F)) n = 3;
    if (n == 0) continue;
    if (i > start) out.emplace_back(start, i);
    start = i + n;
    i += n - 1;
  }
  if (start < text.size()) out.emplace_back(start, text.size());
  return out;
}

size_t ReferenceClauseStart(std::string_view text, size_t pos, size_t floor) {
  for (size_t p = pos; p > floor;) {
    const size_t q = PrevChar(text, p);
    if (q < floor) break;
    if (IsClauseBreak(CharAt(text, q))) return p;
    p = q;
  }
  return floor;
}

size_t ReferenceClauseEnd(std::string_view text, size_t pos, size_t ceiling) {
  const size_t end = std::min(ceiling, text.size());
  for (size_t p = pos; p < end; p += CharLen(text, p))
    if (IsClauseBreak(CharAt(text, p))) return p;
  return end;
}

TEST(TextUtilTest, FastScansAgreeWithThePlainDefinitions) {
  for (const std::string& text : MixedTexts()) {
    SCOPED_TRACE(::testing::Message() << "text of " << text.size() << " bytes");
    std::vector<std::pair<size_t, size_t>> got;
    for (const Range& r : Sentences(text)) got.emplace_back(r.begin, r.end);
    ASSERT_EQ(got, ReferenceSentences(text));
    std::string stripped;
    for (char c : text)
      if (c != ' ' && c != '\t') stripped += c;
    ASSERT_EQ(StripSpaces(text), stripped);
    // Positions the extractors pass: character starts, and for ClauseEnd any byte.
    for (size_t pos = 0; pos <= text.size(); ++pos) {
      ASSERT_EQ(ClauseEnd(text, pos), ReferenceClauseEnd(text, pos, std::string_view::npos)) << pos;
      ASSERT_EQ(ClauseEnd(text, pos, pos + 7), ReferenceClauseEnd(text, pos, pos + 7)) << pos;
      for (size_t floor : {size_t{0}, pos / 2, pos})
        ASSERT_EQ(ClauseStart(text, pos, floor), ReferenceClauseStart(text, pos, floor)) << pos << " " << floor;
    }
  }
}

// A braced list of words takes the initializer_list overload: same answers as a vector.
TEST(TextUtilTest, ContainsAnyAndRFindAnyOfABracedList) {
  const std::string text = "某市选派教师和医生赴某县支教,医生留下。";
  EXPECT_TRUE(ContainsAny(text, {"护士", "医生"}));
  EXPECT_FALSE(ContainsAny(text, {"护士", "律师"}));
  EXPECT_FALSE(ContainsAny(text, {}));
  size_t len = 0;
  EXPECT_EQ(RFindAny(text, {"教师", "医生"}, &len), text.rfind("医生"));
  EXPECT_EQ(len, std::string_view("医生").size());
  const std::vector<std::string_view> words = {"教师", "医生"};
  EXPECT_EQ(RFindAny(text, words), RFindAny(text, {"教师", "医生"}));
}

}  // namespace
}  // namespace duikou::extract::internal
