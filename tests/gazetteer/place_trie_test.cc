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

// The pair filter covers keys of two characters or more; one-character keys still match.
TEST(PlaceTrie, OneCharacterKeys) {
  PlaceTrie trie;
  trie.Build({{"县", 1}, {"县城", 2}, {"绍兴", 3}});
  EXPECT_THAT(PrefixesAt(trie, "县城", 0), ElementsAre("县=1", "县城=2"));
  EXPECT_THAT(PrefixesAt(trie, "县", 0), ElementsAre("县=1"));
  EXPECT_THAT(PrefixesAt(trie, "绍兴县", 6), ElementsAre("县=1"));
  EXPECT_EQ(trie.Find("县"), 1);
}

// Many keys (so the pair filter has many bits set): every key is still found, and pairs that
// start no key are rejected.
TEST(PlaceTrie, PairFilterKeepsEveryKey) {
  std::vector<std::string> keys;
  for (char32_t a = 0x4E00; a < 0x4E00 + 300; ++a) {
    for (char32_t b : {U'县', U'乡', U'镇'}) {
      std::string k;
      for (char32_t c : {a, static_cast<char32_t>(a + 1), b}) {
        k += static_cast<char>(0xE0 | (c >> 12));
        k += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        k += static_cast<char>(0x80 | (c & 0x3F));
      }
      keys.push_back(k);
    }
  }
  std::vector<std::pair<std::string_view, uint32_t>> entries;
  for (uint32_t i = 0; i < keys.size(); ++i) entries.emplace_back(keys[i], i);
  PlaceTrie trie;
  trie.Build(entries);
  for (uint32_t i = 0; i < keys.size(); ++i) {
    EXPECT_EQ(trie.Find(keys[i]), i);
    EXPECT_THAT(PrefixesAt(trie, keys[i] + "人民", 0), ElementsAre(keys[i] + "=" + std::to_string(i)));
  }
  EXPECT_EQ(trie.Find("人民县"), -1);
}

// ForEachKeyIn is ForEachPrefix at every non-ASCII position, in text order.
TEST(PlaceTrie, ForEachKeyInAgreesWithForEachPrefix) {
  for (const bool one_char_keys : {false, true}) {
    PlaceTrie trie;
    std::vector<std::pair<std::string_view, uint32_t>> keys = {
        {"绍兴", 1}, {"绍兴市", 2}, {"新疆", 3}, {"新疆阿瓦提县", 4}, {"阿瓦提县", 5}, {"兴市", 6}};
    if (one_char_keys) keys.emplace_back("县", 7);
    trie.Build(keys);
    for (const std::string& text :
         {std::string("绍兴市新疆阿瓦提县abc绍兴"), std::string("\xE7\xBB\xFF绍兴市 新疆阿瓦提县"),
          std::string("绍兴市").substr(0, 7), std::string("县"), std::string("")}) {
      std::vector<std::string> expected;
      for (size_t pos = 0; pos < text.size(); ++pos) {
        if (static_cast<unsigned char>(text[pos]) < 0x80 || (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80)
          continue;
        for (const std::string& p : PrefixesAt(trie, text, pos)) expected.push_back(std::to_string(pos) + ":" + p);
      }
      std::vector<std::string> found;
      trie.ForEachKeyIn(text, [&](size_t begin, size_t end, uint32_t id) {
        found.push_back(std::to_string(begin) + ":" + text.substr(begin, end - begin) + "=" + std::to_string(id));
      });
      EXPECT_EQ(found, expected) << text;
    }
  }
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
