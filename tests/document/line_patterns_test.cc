#include "document/line_patterns.h"

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "document/source_text.h"

namespace duikou::document {
namespace {

TEST(LinePatternsTest, EndsSentence) {
  EXPECT_TRUE(EndsSentence("捐赠物资。"));
  EXPECT_TRUE(EndsSentence("成立。(详见P94)"));
  EXPECT_TRUE(EndsSentence("他说：“好。”"));
  EXPECT_TRUE(EndsSentence("一是加强领导；"));
  EXPECT_TRUE(EndsSentence("the end."));
  EXPECT_FALSE(EndsSentence("资金1275万"));
  EXPECT_FALSE(EndsSentence("坚决克服新冠肺炎"));
  EXPECT_FALSE(EndsSentence("资金1."));
  EXPECT_FALSE(EndsSentence("青海省绍兴(浙江)"));
  EXPECT_FALSE(EndsSentence(""));
}

TEST(LinePatternsTest, BarRows) {
  std::vector<std::pair<size_t, size_t>> cells;
  const std::string row = "| 甲区 | 东县 | 1200 |";
  ASSERT_TRUE(IsBarRow(row, &cells));
  ASSERT_EQ(cells.size(), 3u);
  EXPECT_EQ(row.substr(cells[0].first, cells[0].second - cells[0].first), "甲区");
  EXPECT_EQ(row.substr(cells[2].first, cells[2].second - cells[2].first), "1200");
  const std::string inner = "项目 │ 数量 │ 金额";  // no outer bars: two bars, three cells
  ASSERT_TRUE(IsBarRow(inner, &cells));
  ASSERT_EQ(cells.size(), 3u);
  EXPECT_EQ(inner.substr(cells[1].first, cells[1].second - cells[1].first), "数量");
  EXPECT_TRUE(IsBarRow("| 甲区 | |"));          // an empty last cell is still a row of two
  EXPECT_FALSE(IsBarRow("| 只有一格 |"));        // one cell
  EXPECT_FALSE(IsBarRow("完成率100%|98%。"));     // one bar in prose
  EXPECT_FALSE(IsBarRow("| | |"));               // no text at all
  EXPECT_FALSE(IsBarRow("没有分隔符的一行"));
}

TEST(LinePatternsTest, Credits) {
  auto c = ParseCredit("(市委组织部、市发改委 提供)");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->kind, Credit::Kind::kProvided);
  EXPECT_EQ(c->names, "市委组织部、市发改委");
  c = ParseCredit("(张亮宗 摄)");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->kind, Credit::Kind::kPhoto);
  EXPECT_EQ(c->names, "张亮宗");
  c = ParseCredit("(何雯摄)");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->names, "何雯");
  c = ParseCredit("供稿：市发改委");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->names, "市发改委");
  c = ParseCredit("(撰稿：王红)");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->kind, Credit::Kind::kWritten);
  EXPECT_EQ(c->names, "王红");
  c = ParseCredit("摄影：李明");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->kind, Credit::Kind::kPhoto);
  EXPECT_FALSE(ParseCredit("(详见 P94)"));
  EXPECT_FALSE(ParseCredit("(详见P94 提供)"));
  EXPECT_FALSE(ParseCredit("企业免费提供"));           // bare form needs the space
  EXPECT_FALSE(ParseCredit("(为当地学校提供,共计)"));  // sentence punctuation
  EXPECT_FALSE(ParseCredit("( 提供)"));
  c = ParseCredit("(撰稿：张三 审稿：李四)");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->kind, Credit::Kind::kWritten);
  EXPECT_EQ(c->names, "张三");
  c = ParseCredit("审稿：李四；摄影：王五");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->kind, Credit::Kind::kPhoto);
  EXPECT_EQ(c->names, "王五");
  EXPECT_FALSE(ParseCredit("撰稿工作进展顺利。"));
  size_t at = 0;
  c = ParseTrailingCredit("在西宁成立。(市发改委 提供)", &at);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->names, "市发改委");
  EXPECT_EQ(at, std::string("在西宁成立。").size());
  EXPECT_FALSE(ParseTrailingCredit("在西宁成立。(详见P94)", &at));
}

TEST(LinePatternsTest, WriterCreditsNamePersons) {
  auto c = ParseCredit("(撰稿人：赵明远)");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->kind, Credit::Kind::kWritten);
  EXPECT_EQ(c->names, "赵明远");
  c = ParseCredit("(供稿人：钱小梅)");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->kind, Credit::Kind::kWritten);
  c = ParseCredit("(孙立 撰稿)");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->kind, Credit::Kind::kWritten);
  EXPECT_EQ(c->names, "孙立");
}

TEST(LinePatternsTest, ProviderAndWriterInOneCredit) {
  auto c = ParseCredit("供稿：区协作办 执笔：周文");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->kind, Credit::Kind::kProvided);
  EXPECT_EQ(c->names, "区协作办");
  EXPECT_EQ(c->writers, "周文");
}

TEST(LinePatternsTest, Headings) {
  EXPECT_TRUE(IsHeadingLike("综 述"));
  EXPECT_TRUE(IsHeadingLike("区域合作·对口支援"));
  EXPECT_TRUE(IsHeadingLike("山海协作工程"));
  EXPECT_FALSE(IsHeadingLike("2020年9月,绍兴市党政代表团到乐山市、阿坝州考察"));
  EXPECT_FALSE(IsHeadingLike("元;落实"));
  EXPECT_TRUE(IsHeadingLike("对口援青(示例，繁体、GB18030编码)"));
  EXPECT_FALSE(IsHeadingLike("2020年,绍兴市在西宁成立(详见P94)"));
  EXPECT_EQ(SectionName("综 述"), "综述");
}

TEST(LinePatternsTest, PageMarkersAndDates) {
  EXPECT_TRUE(IsPageMarker("236"));
  EXPECT_TRUE(IsPageMarker("·236·"));
  EXPECT_TRUE(IsPageMarker("- 12 -"));
  EXPECT_TRUE(IsPageMarker("第12页"));
  EXPECT_FALSE(IsPageMarker("12个"));
  EXPECT_FALSE(IsPageMarker("—"));
  EXPECT_TRUE(IsDecoration("———"));
  EXPECT_TRUE(IsDecoration("* * *"));
  EXPECT_TRUE(IsDecoration("……"));
  EXPECT_FALSE(IsDecoration("—\t—"));
  EXPECT_FALSE(IsDecoration("(一)"));
  EXPECT_TRUE(StartsWithDate("2020年9月,考察"));
  EXPECT_TRUE(StartsWithDate("2020年12月28日"));
  EXPECT_FALSE(StartsWithDate("2020年,绍兴市"));
  EXPECT_FALSE(StartsWithDate("20年9月"));
}

TEST(LinePatternsTest, TableLabels) {
  auto t = ParseTableLabel("表65");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->number, "65");
  EXPECT_EQ(t->title, "");
  t = ParseTableLabel("表 3-1 江宁市项目表");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->number, "3-1");
  EXPECT_EQ(t->title, "江宁市项目表");
  t = ParseTableLabel("续表 3-1");
  ASSERT_TRUE(t);
  EXPECT_TRUE(t->continued);
  EXPECT_EQ(t->number, "3-1");
  t = ParseTableLabel("表65(续)");
  ASSERT_TRUE(t);
  EXPECT_TRUE(t->continued);
  EXPECT_EQ(t->title, "");
  EXPECT_FALSE(ParseTableLabel("表65")->continued);
  EXPECT_FALSE(ParseTableLabel("表彰先进"));
  EXPECT_FALSE(ParseTableLabel("表1显示,今年增长较快。"));
}

TEST(LinePatternsTest, EntryStarts) {
  text::DecodedView decoded;
  text::NormalizedText norm;
  auto parse = [&](const std::string& s) {
    decoded.utf8 = s;
    norm.text = s;
    norm.to_input.resize(s.size() + 1);
    for (size_t i = 0; i <= s.size(); ++i) norm.to_input[i] = static_cast<uint32_t>(i);
    SourceText src(&decoded, &norm);
    return ParseEntryStart(s, src, 0);
  };
  auto e = parse("【概况】2020年,资金5亿元。");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->title, "概况");
  EXPECT_FALSE(e->title_only);
  e = parse("〖人才交流〗");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->title, "人才交流");
  EXPECT_TRUE(e->title_only);
  e = parse("一、对口支援");
  ASSERT_TRUE(e);
  EXPECT_TRUE(e->numbered);
  EXPECT_TRUE(e->title_only);
  EXPECT_EQ(e->title, "对口支援");
  e = parse("(十二)产业帮扶。2021年,引进企业。");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->title, "产业帮扶");
  EXPECT_FALSE(e->title_only);
  e = parse("■产销对接 2021年,举办展销会。");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->title, "产销对接");
  EXPECT_FALSE(parse("2020年是十周年。"));
  EXPECT_FALSE(parse("一是加强领导。"));
}


// Shared by the entry tests below: ParseEntryStart on a line whose normalized text is the
// line itself, with the spaces the original had before the given offsets removed.
class EntryTitleTest : public ::testing::Test {
 protected:
  std::optional<EntryStart> Parse(const std::string& s) {
    decoded_.utf8 = s;
    norm_.text = s;
    norm_.to_input.resize(s.size() + 1);
    for (size_t i = 0; i <= s.size(); ++i) norm_.to_input[i] = static_cast<uint32_t>(i);
    src_ = std::make_unique<SourceText>(&decoded_, &norm_);
    return ParseEntryStart(s, *src_, 0);
  }
  text::DecodedView decoded_;
  text::NormalizedText norm_;
  std::unique_ptr<SourceText> src_;
};

// The third level of numbering: 1. / 1、 / (1) before a title. A number that opens a line of a
// broken paragraph ("1.18亿元…", "12.6亿元") is no entry.
TEST_F(EntryTitleTest, ArabicNumberedEntryStarts) {
  auto e = Parse("2.援藏工作。大连市对口支援索县,安排资金6200万元。");
  ASSERT_TRUE(e);
  EXPECT_TRUE(e->numbered);
  EXPECT_EQ(e->title, "援藏工作");
  e = Parse("3、产业协作");
  ASSERT_TRUE(e);
  EXPECT_TRUE(e->title_only);
  EXPECT_EQ(e->title, "产业协作");
  e = Parse("(4)消费协作。销售农产品1亿元。");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->title, "消费协作");
  EXPECT_FALSE(Parse("1.18亿元,实施项目16个。"));
  EXPECT_FALSE(Parse("12.6亿元。"));
  EXPECT_FALSE(Parse("2020.5亿元"));
}

TEST_F(EntryTitleTest, SpaceSetsOffARunInTitle) {
  auto e = Parse("■人才培训 江东县举办培训班3期。");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->title, "人才培训");
  EXPECT_TRUE(e->run_in);
  EXPECT_EQ(std::string("■人才培训 江东县举办培训班3期。").substr(0, e->title_end), "■人才培训");
  EXPECT_EQ(std::string("■人才培训 江东县举办培训班3期。").substr(e->body_begin), "江东县举办培训班3期。");
}

TEST_F(EntryTitleTest, YearOpensTheTextAfterAnUnspacedTitle) {
  const std::string line = "(三)劳务协作2022年,两地共建工作站4个。";
  auto e = Parse(line);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->title, "劳务协作");
  EXPECT_TRUE(e->run_in);
  EXPECT_EQ(line.substr(e->body_begin), "2022年,两地共建工作站4个。");
}

TEST_F(EntryTitleTest, PunctuatedTitleIsNotRunIn) {
  auto e = Parse("(四)消费协作。两地共销售农产品1亿元。");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->title, "消费协作");
  EXPECT_FALSE(e->run_in);
  e = Parse("【概况】2022年,两地共建工作站4个。");
  ASSERT_TRUE(e);
  EXPECT_FALSE(e->run_in);
}

TEST_F(EntryTitleTest, YearRightAfterTheMarkerIsNoTitleEnd) {
  auto e = Parse("■2022年度考核结果");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->title, "2022年度考核结果");
  EXPECT_TRUE(e->title_only);
  EXPECT_FALSE(e->run_in);
}

TEST(LinePatternsTest, TrailingPhotoCreditNeedsNoSentenceEnd) {
  size_t at = 0, from = 9;
  auto c = ParseTrailingPhotoCredit("图为新校区落成(刘晓峰 摄)", &at, &from);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->kind, Credit::Kind::kPhoto);
  EXPECT_EQ(c->names, "刘晓峰");
  EXPECT_EQ(at, std::string("图为新校区落成").size());
  EXPECT_EQ(from, 0u);
  EXPECT_FALSE(ParseTrailingPhotoCredit("新校区落成(市教育局 提供)", &at, &from));  // a provider, not a photographer
  EXPECT_FALSE(ParseTrailingPhotoCredit("新校区落成(二期)", &at, &from));
}

TEST(LinePatternsTest, ACaptionBracketedWholeEndsWithItsPhotographer) {
  size_t at = 0, from = 0;
  const std::string line = "(图为9月23日,产业合作推介会现场 苏文彬 摄)";
  auto c = ParseTrailingPhotoCredit(line, &at, &from);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->kind, Credit::Kind::kPhoto);
  EXPECT_EQ(c->names, "苏文彬");
  EXPECT_EQ(line.substr(from, at - from), "图为9月23日,产业合作推介会现场 ");
  // A plain credit line stays one; a whole caption is none.
  EXPECT_TRUE(ParseCredit("(新华社记者 王五 摄)"));
  EXPECT_FALSE(ParseCredit("(图为党政代表团在阳坝镇考察茶产业 赵明亮 摄)"));
  // No space before the name, or no caption text before it: not this shape.
  EXPECT_FALSE(ParseTrailingPhotoCredit("(图为推介会现场苏文彬摄)", &at, &from));
  EXPECT_FALSE(ParseTrailingPhotoCredit("(图为推介会现场 市委宣传部 提供)", &at, &from));
}

}  // namespace
}  // namespace duikou::document
