// The extractors' text helpers: the fast paths must agree with the plain definitions.
#include "extract/text_util.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace duikou::extract::internal
