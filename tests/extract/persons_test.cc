#include "extract/persons.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/doc_context.h"
#include "test_docs.h"

namespace duikou::extract::internal {
namespace {

std::vector<std::string> Names(const std::vector<PersonMention>& persons, std::string_view text) {
  std::vector<std::string> out;
  for (const auto& p : persons) out.push_back(p.name + "@" + std::string(text.substr(p.begin, p.end - p.begin)) + "|" + p.role);
  return out;
}

// A context that knows where its passages lie, as BuildDocContext leaves it, with or without
// the persons of each passage.
DocContext ContextOf(const document::Document& doc) {
  DocContext ctx;
  ctx.doc = &doc;
  for (size_t pi = 0; pi < doc.passages.size(); ++pi) ctx.passage_starts.push_back({doc.passages[pi].text.data(), pi});
  std::sort(ctx.passage_starts.begin(), ctx.passage_starts.end(),
            [](const auto& a, const auto& b) { return std::less<const char*>()(a.first, b.first); });
  return ctx;
}

TEST(FindPersonsInPassage, ReadsThePassagesPersonsInsideTheView) {
  const document::Document doc = testing::MakeDocument({
      {"对口支援", "", "3月，市委书记张建国带队赴甲县考察。副市长李明陪同，其中王小红任副县长。"},
  });
  const std::string& text = doc.passages[0].text;
  std::vector<std::vector<PersonMention>> persons = {FindPersons(text)};
  ASSERT_EQ(persons[0].size(), 3u);
  DocContext ctx = ContextOf(doc);
  ctx.passage_persons = &persons;
  const size_t second = text.find("副市长");
  const std::string_view sentence = std::string_view(text).substr(second);
  // From the cache: the same names, roles and surfaces as a search of the view gives.
  EXPECT_EQ(Names(FindPersons(sentence, ctx), sentence), Names(FindPersons(sentence), sentence));
  EXPECT_EQ(Names(FindPersons(sentence, ctx), sentence),
            (std::vector<std::string>{"李明@李明|副市长", "王小红@王小红|副县长"}));
  // A view that cuts a name holds none of it.
  const std::string_view cut = std::string_view(text).substr(0, text.find("建国"));
  EXPECT_TRUE(FindPersons(cut, ctx).empty());
  // A string of its own is searched.
  const std::string copy(sentence);
  EXPECT_EQ(Names(FindPersons(copy, ctx), copy), Names(FindPersons(sentence), sentence));
  // No cache: searched.
  DocContext uncached = ContextOf(doc);
  EXPECT_EQ(Names(FindPersons(sentence, uncached), sentence), Names(FindPersons(sentence), sentence));
}

TEST(DocContextPassageOf, FindsThePassageAndOffsetOfAView) {
  const document::Document doc = testing::MakeDocument({{"甲", "", "第一段文字。"}, {"乙", "", "第二段文字。"}});
  const DocContext ctx = ContextOf(doc);
  size_t pi = 9, offset = 9;
  ASSERT_TRUE(ctx.PassageOf(std::string_view(doc.passages[1].text).substr(6, 6), &pi, &offset));
  EXPECT_EQ(pi, 1u);
  EXPECT_EQ(offset, 6u);
  const std::string copy = doc.passages[1].text;
  EXPECT_FALSE(ctx.PassageOf(copy, &pi, &offset));
}

}  // namespace
}  // namespace duikou::extract::internal
