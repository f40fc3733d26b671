#include "gazetteer/place_trie.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace duikou::gazetteer {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> PrefixesAt(const PlaceTrie& trie, std::string_view text, size_t pos) {
  std::vector<std::string> out;
  trie.ForEachPrefix(text, pos, [&](size_t end, uint32_t id) {
    out.push_back(std::string(text.substr(pos, end - pos)) + "=" + std::to_string(id));
  });
  return out;
}

TEST(PlaceTrie, FindsEveryKeyStartingAtAPosition) {
  PlaceTrie trie;
  trie.Build({{"绍兴", 1}, {"绍兴市", 2}, {"新疆", 3}, {"新疆阿瓦提县", 4}, {"阿瓦提县", 5}});
  EXPECT_THAT(PrefixesAt(trie, "绍兴市柯桥区", 0), ElementsAre("绍兴=1", "绍兴市=2"));
  EXPECT_THAT(PrefixesAt(trie, "新疆阿瓦提县", 0), ElementsAre("新疆=3", "新疆阿瓦提县=4"));
  EXPECT_THAT(PrefixesAt(trie, "新疆阿瓦提县", 6), ElementsAre("阿瓦提县=5"));
  EXPECT_THAT(PrefixesAt(trie, "新疆阿瓦提", 6), ElementsAre());  // a prefix of a key is no key
  EXPECT_THAT(PrefixesAt(trie, "abc", 0), ElementsAre());
  EXPECT_EQ(trie.Find("绍兴市"), 2);
  EXPECT_EQ(trie.Find("绍"), -1);
  EXPECT_EQ(trie.Find("绍兴市柯桥区"), -1);
  EXPECT_EQ(trie.Find(""), -1);
}

TEST(PlaceTrie, SurvivesInvalidUtf8AndTruncatedText) {
  PlaceTrie trie;
  trie.Build({{"绍兴", 1}});
  const std::string bad = std::string("\xE7\xBB") + "\xFF绍兴";
  EXPECT_THAT(PrefixesAt(trie, bad, 0), ElementsAre());
  EXPECT_THAT(PrefixesAt(trie, bad, 3), ElementsAre("绍兴=1"));
  EXPECT_THAT(PrefixesAt(trie, std::string("绍兴").substr(0, 4), 0), ElementsAre());
}

TEST(PlaceTrie, KeysOutsideTheBasicPlane) {
  PlaceTrie trie;
  trie.Build({{"\U00020000乡", 1}, {"绍\U00020001", 2}});
  EXPECT_THAT(PrefixesAt(trie, "\U00020000乡", 0), ElementsAre("\U00020000乡=1"));
  EXPECT_THAT(PrefixesAt(trie, "绍\U00020001", 0), ElementsAre("绍\U00020001=2"));
}

TEST(PlaceTrie, EmptyTrieMatchesNothing) {
  PlaceTrie trie;
  EXPECT_EQ(trie.Find("绍兴"), -1);
  EXPECT_THAT(PrefixesAt(trie, "绍兴", 0), ElementsAre());
  trie.Build({});
  EXPECT_THAT(PrefixesAt(trie, "绍兴", 0), ElementsAre());
}

}  // namespace
}  // namespace duikou::gazetteer
