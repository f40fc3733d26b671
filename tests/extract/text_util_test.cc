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

}  // namespace
}  // namespace duikou::extract::internal
