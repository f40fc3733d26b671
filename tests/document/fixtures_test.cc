// The project's own fixtures (tests/fixtures/document): the same chapter in other
// encodings and scripts, and the other entry layouts.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "document/passage_reader.h"
#include "support/test_paths.h"
#include "text/decoder.h"
#include "text/normalizer.h"

namespace duikou::document {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

class FixturesTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(text::Normalizer::Create(DUIKOU_OPENCC_DIR, &normalizer_).ok()); }

  static std::string Fixture(const std::string& name) {
    return testing::SourceDir() + "/tests/fixtures/document/" + name;
  }
  Document Read(const std::string& name) {
    Document d;
    Status s = PassageReader(normalizer_.get()).ReadFile(Fixture(name), &d);
    EXPECT_TRUE(s.ok()) << s.message();
    return d;
  }
  static std::vector<std::string> Texts(const Document& d) {
    std::vector<std::string> out;
    for (const Passage& p : d.passages) out.push_back(std::string(PassageKindName(p.kind)) + "|" + p.section + "|" +
                                                      p.entry_title + "|" + p.attribution + "|" + p.credit + "|" + p.text);
    return out;
  }

  std::unique_ptr<text::Normalizer> normalizer_;
};

TEST_F(FixturesTest, SimplifiedChapter) {
  Document d = Read("chapter_simplified.txt");
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_FALSE(d.traditional);
  EXPECT_EQ(d.title, "东西部协作");
  EXPECT_THAT(d.sections, ElementsAre("综述", "对口支援"));
  EXPECT_THAT(Texts(d),
              ElementsAre("entry|综述|概况|市发改委、市教育局||【概况】2021年,江宁市实施各类协作项目12个,资金3.5亿元。"
                          "其中,支援北原县项目8个、资金2.1亿元;支援南山县项目4个、资金1.4亿元。",
                          "entry|综述|江宁—北原交流活动|市发改委、市教育局||【江宁—北原交流活动】2021年5月,"
                          "江宁市与北原县开展交流活动,双方签订合作协议3项。",
                          "entry|对口支援|产业合作|市人社局||【产业合作】2021年,江宁市引导企业赴北原县投资,"
                          "落地项目6个,完成投资2.4亿元。组织企业参加农产品展销会,销售额1200万元。",
                          "caption|对口支援|||李明|2021年6月,江宁市代表团在北原县考察",
                          "entry|对口支援|人才支援|市人社局||【人才支援】2021年,江宁市选派教师15人、医生10人"
                          "赴北原县开展支援和培训工作。"));
}

TEST_F(FixturesTest, Gb18030TwinReadsTheSame) {
  Document utf8 = Read("chapter_simplified.txt");
  Document gb = Read("chapter_gb18030.txt");
  EXPECT_EQ(gb.encoding, "GB18030");
  EXPECT_EQ(Texts(gb), Texts(utf8));
  // Offsets are the GB18030 file's own: two bytes per Han character.
  const std::string bytes = testing::ReadFileOrDie(Fixture("chapter_gb18030.txt"));
  const Passage& first = gb.passages[0];
  EXPECT_EQ(bytes.substr(first.source_begin, 2), "\xA1\xBE");  // 【 in GB18030
}

// chapter_utf16le.txt is chapter_simplified.txt as Word's "Unicode text" export writes it:
// a byte order mark, then UTF-16LE (made with iconv -f UTF-8 -t UTF-16LE).
TEST_F(FixturesTest, Utf16TwinReadsTheSame) {
  Document wide = Read("chapter_utf16le.txt");
  EXPECT_EQ(wide.encoding, "UTF-16LE");
  EXPECT_EQ(Texts(wide), Texts(Read("chapter_simplified.txt")));
  // Offsets are the UTF-16 file's own: two bytes per character, the mark included.
  const std::string bytes = testing::ReadFileOrDie(Fixture("chapter_utf16le.txt"));
  const Passage& first = wide.passages[0];
  EXPECT_EQ(bytes.substr(first.source_begin, 2), "\x10\x30");  // 【 (U+3010), little-endian
  EXPECT_EQ((first.source_begin - 2) % 2, 0u);
}

TEST_F(FixturesTest, TraditionalTwinNormalizesToTheSimplifiedText) {
  Document simp = Read("chapter_simplified.txt");
  Document trad = Read("chapter_traditional.txt");
  EXPECT_TRUE(trad.traditional);
  EXPECT_EQ(Texts(trad), Texts(simp));
  EXPECT_EQ(trad.sections, simp.sections);
  // The original characters stay available for provenance.
  EXPECT_THAT(trad.passages[0].original, HasSubstr("【概況】 2021年,江寧市實施各類協作項目"));
  EXPECT_THAT(trad.passages[0].text, HasSubstr("【概况】2021年,江宁市实施各类协作项目"));

  const std::string sbytes = testing::ReadFileOrDie(Fixture("chapter_simplified.txt"));
  const std::string tbytes = testing::ReadFileOrDie(Fixture("chapter_traditional.txt"));
  std::unique_ptr<text::Normalizer>& n = normalizer_;
  EXPECT_EQ(n->Normalize(tbytes).text, n->Normalize(sbytes).text);
}

TEST_F(FixturesTest, TraditionalGb18030TwinReadsTheSame) {
  Document d = Read("chapter_traditional_gb18030.txt");
  EXPECT_EQ(d.encoding, "GB18030");
  EXPECT_TRUE(d.traditional);
  EXPECT_EQ(Texts(d), Texts(Read("chapter_simplified.txt")));
  EXPECT_THAT(d.passages[0].original, HasSubstr("江寧市實施各類協作項目"));
}

// The twins hold the same characters in the same order: every normalized byte of a passage
// must map to the same character in each file. The GB18030 files' offsets are compared
// through the decoder's per-byte map of the GB18030 file (its text is the UTF-8 twin's).
TEST_F(FixturesTest, EveryByteOfTheTwinsMapsToTheSameCharacter) {
  struct Twins {
    std::string utf8, other;
    bool gb18030;
  };
  for (const Twins& t : {Twins{"chapter_simplified.txt", "chapter_gb18030.txt", true},
                         Twins{"chapter_traditional.txt", "chapter_traditional_gb18030.txt", true},
                         Twins{"chapter_simplified.txt", "chapter_traditional.txt", false}}) {
    SCOPED_TRACE(t.other);
    const Document a = Read(t.utf8), b = Read(t.other);
    text::DecodedText decoded;
    ASSERT_TRUE(text::Decode(testing::ReadFileOrDie(Fixture(t.other)), t.other, &decoded).ok());
    ASSERT_EQ(a.passages.size(), b.passages.size());
    size_t checked = 0;
    for (size_t p = 0; p < a.passages.size(); ++p) {
      const Passage &pa = a.passages[p], &pb = b.passages[p];
      ASSERT_EQ(pa.text, pb.text);
      ASSERT_EQ(pa.to_source.size(), pa.text.size() + 1);
      ASSERT_EQ(pb.to_source.size(), pb.text.size() + 1);
      for (size_t i = 0; i < pa.to_source.size(); ++i, ++checked) {
        const uint32_t expected = t.gb18030 ? decoded.utf8_to_source[pa.to_source[i]] : pa.to_source[i];
        ASSERT_EQ(pb.to_source[i], expected) << "passage " << p << " byte " << i;
      }
    }
    EXPECT_GT(checked, 500u);
  }
}

TEST_F(FixturesTest, BomAndCrLfTwinReadsTheSame) {
  Document d = Read("chapter_bom_crlf.txt");
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(Texts(d), Texts(Read("chapter_simplified.txt")));
  const std::string bytes = testing::ReadFileOrDie(Fixture("chapter_bom_crlf.txt"));
  EXPECT_EQ(bytes.substr(d.passages[0].source_begin, 3), "【");
}

TEST_F(FixturesTest, NumberedLayout) {
  Document d = Read("layout_numbered.txt");
  EXPECT_EQ(d.title, "扶贫协作年鉴");
  // "一、对口支援" has no text of its own before "(一)概况": it is a section heading.
  EXPECT_THAT(d.sections, ElementsAre("对口支援", "山海协作"));
  EXPECT_THAT(Texts(d),
              ElementsAre("entry|对口支援|概况|||(一)概况\n2021年，江宁市对口支援北原县，投入资金2亿元。",
                          "entry|对口支援|产业帮扶|||(二)产业帮扶。2021年，江宁市帮助北原县引进企业5家，带动就业300人。",
                          "entry|山海协作|概况|||(一)概况\n2021年，江宁市与东岭县开展山海协作，共建产业园1个。"));
  // "(撰稿：王红)" names the writer, not a providing body.
  EXPECT_EQ(d.passages[2].author, "王红");
  EXPECT_EQ(d.passages[0].author, "");
}

TEST_F(FixturesTest, MarkerLayoutWithTable) {
  Document d = Read("layout_markers.txt");
  EXPECT_EQ(d.title, "对口合作");
  EXPECT_THAT(d.sections, ElementsAre("对口合作"));
  ASSERT_EQ(d.passages.size(), 4u);
  // "■概况 2021年…": the space ends the title, and the text starts a paragraph of its own.
  EXPECT_EQ(d.passages[0].entry_title, "概况");
  EXPECT_EQ(d.passages[0].text, "■概况\n2021年，江宁市与西川市开展对口合作，共建产业园1个。");
  EXPECT_EQ(d.passages[1].entry_title, "产销对接");
  EXPECT_EQ(d.passages[1].text, "■产销对接\n2021年，双方举办展销会3场，销售额80万元。");
  EXPECT_EQ(d.passages[2].entry_title, "人才交流");
  EXPECT_EQ(d.passages[3].kind, PassageKind::kTable);
  for (const Passage& p : d.passages) EXPECT_EQ(p.attribution, "市合作办");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  EXPECT_EQ(t.number, "3");
  EXPECT_EQ(t.title, "江宁市对口合作项目表");
  EXPECT_THAT(t.header, ElementsAre("项目", "地点", "投资"));
  ASSERT_EQ(t.rows.size(), 3u);
  EXPECT_THAT(t.rows[0], ElementsAre("产业园", "西川市", "1.2亿元"));
  EXPECT_THAT(t.rows[1], ElementsAre("产业园", "东城区", "0.8亿元"));
  EXPECT_THAT(t.rows[2], ElementsAre("展销中心", "西川市", "—"));
  EXPECT_THAT(t.ambiguous, ElementsAre(false, false, true));
}

TEST_F(FixturesTest, BulletSectionHeadings) {
  // "■对口援疆" is followed directly by entries: a section heading, not an empty entry.
  Document d = Read("layout_bullet_sections.txt");
  EXPECT_EQ(d.title, "援建工作");
  EXPECT_THAT(d.sections, ElementsAre("对口援疆", "对口援藏"));
  EXPECT_THAT(Texts(d), ElementsAre("entry|对口援疆|概况|||〖概况〗2021年，江宁市选派干部8人赴北原县。",
                                    "entry|对口援疆|产业援疆|||〖产业援疆〗2021年，落地项目3个。",
                                    "entry|对口援藏|概况|市援建办||〖概况〗2021年，江宁市援助南山县资金1200万元。"));
}

TEST_F(FixturesTest, ContinuedTableIsOneTable) {
  Document d = Read("layout_continued_table.txt");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  EXPECT_EQ(t.number, "7");
  EXPECT_EQ(t.title, "结对情况表");
  EXPECT_THAT(t.header, ElementsAre("地区", "县", "单位"));
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_THAT(t.rows[0], ElementsAre("甲地", "东县", "甲单位"));
  EXPECT_THAT(t.rows[1], ElementsAre("甲地", "西县", "乙单位"));
  EXPECT_THAT(t.rows[2], ElementsAre("甲地", "南县", "丙单位"));  // inherited across the page
  EXPECT_THAT(t.rows[3], ElementsAre("乙地", "北县", "丁单位"));
  const Passage& p = d.passages[t.passage_index];
  EXPECT_EQ(p.text, "表7结对情况表\n地区\t县\t单位\n甲地\t东县\t甲单位\n甲地\t西县\t乙单位\n甲地\t南县\t丙单位\n"
                    "乙地\t北县\t丁单位");
  ASSERT_EQ(d.passages.size(), 2u);
  EXPECT_EQ(d.passages[1].entry_title, "概况");
}

TEST_F(FixturesTest, TypesettingDebrisLayout) {
  // Full-width indentation, page numbers and a running header inside paragraphs, a caption
  // without a credit, a "▲" caption with a photographer, a multi-role credit.
  Document d = Read("layout_noise.txt");
  EXPECT_EQ(d.title, "合作交流");
  EXPECT_THAT(Texts(d),
              ElementsAre("entry|合作交流|概况|||【概况】2021年，江宁市与北原县开展合作，实施项目10个，"
                          "投入资金1.2亿元。双方互派干部20人。",
                          "caption|合作交流||||2021年9月，江宁市代表团赴北原县考察",
                          "caption|合作交流|||王五|▲北原县特色农产品展销现场",
                          "entry|合作交流|教育合作|||【教育合作】2021年，江宁市选派教师12人赴北原县支教，"
                          "并捐赠图书5000册。"));
  EXPECT_EQ(d.passages[0].author, "张三");  // the writer, not the reviewer 李四
  EXPECT_EQ(d.passages[3].author, "张三");
}

TEST_F(FixturesTest, RunInTitlesInlineCaptionAndWriterCredit) {
  // "■概况　2022年…" and "(二)人才交流2022年…": titles run into the text; a caption with its
  // photographer on one line inside an entry; a closing writer credit.
  Document d = Read("layout_run_in.txt");
  EXPECT_THAT(Texts(d),
              ElementsAre("entry|协作交流|概况|||■概况\n2022年，江宁市与北原县开展协作，实施项目8个。",
                          "entry|协作交流|人才交流|||(二)人才交流\n2022年，两地互派干部16人。\n两地教师交流活动持续开展。",
                          "caption|协作交流|||刘晓峰|图为2022年6月3日，北原县中学新校区落成"));
  EXPECT_EQ(d.passages[0].author, "何秀兰");
  EXPECT_EQ(d.passages[1].author, "何秀兰");
  EXPECT_EQ(d.passages[2].author, "");
}

TEST_F(FixturesTest, CaptionsBrokenOverLines) {
  // Captions of two and three short lines before a photographer's credit, one of them
  // interrupting a paragraph, one of them made of lines that look like headings.
  Document d = Read("layout_multiline_captions.txt");
  EXPECT_EQ(d.title, "交流合作");
  EXPECT_THAT(Texts(d),
              ElementsAre("entry|交流合作|概况|市合作办||【概况】2021年，江宁市与北原县开展交流合作，实施项目9个，"
                          "投入资金8000万元。双方组织干部互访12批次，签订合作协议4项。",
                          "caption|交流合作|||赵六|2021年7月，江宁市党政代表团赴北原县考察产业园区和易地搬迁安置点",
                          "caption|交流合作|||孙七|东岭县新建的农产品冷链物流中心和电商服务中心投入使用",
                          "entry|交流合作|产业合作|||【产业合作】2021年，江宁市引导企业到北原县投资，落地项目5个。",
                          "caption|交流合作|||周八|北原县中学生在江宁市开展研学旅行",
                          // A heading right before a one-line caption stays a heading.
                          "caption|对口援建|||钱九|2021年8月，北原县第一中学新校区落成",
                          "entry|对口援建|教育援建|||【教育援建】2021年，江宁市援建学校2所。"));
  EXPECT_THAT(d.sections, ElementsAre("交流合作", "对口援建"));
  // The joined caption keeps both lines' provenance.
  const std::string bytes = testing::ReadFileOrDie(Fixture("layout_multiline_captions.txt"));
  const Passage& c = d.passages[1];
  const size_t second = c.text.find("考察");
  EXPECT_EQ(bytes.substr(c.to_source[second], std::string("考察产业园区").size()), "考察产业园区");
  EXPECT_EQ(bytes.substr(c.source_begin, 4), "2021");
  EXPECT_EQ(bytes.substr(c.source_end - 3, 3), "点");
}

// A table laid out with spaces in which one row was typed with tabs: the row stays in the
// table, and so do the rows after it and the 合计 row.
TEST_F(FixturesTest, ATabRowInsideASpacedTableStaysInIt) {
  Document d = Read("layout_mixed_separators.txt");
  ASSERT_EQ(d.tables.size(), 1u);
  const Table& t = d.tables[0];
  EXPECT_THAT(t.header, ElementsAre("结对县", "协作县", "援助资金(万元)", "实施项目(个)"));
  ASSERT_EQ(t.rows.size(), 4u);
  EXPECT_THAT(t.rows[1], ElementsAre("西山区", "南山县", "2980", "22"));
  EXPECT_EQ(t.rows[3][0], "合计");
  EXPECT_EQ(t.rows[3].back(), "58");
}

TEST_F(FixturesTest, TablesLaidOutWithSpaces) {
  // Cells separated by runs of ASCII spaces and by full-width spaces, "same as above" cells
  // left blank under their column, a table without a label, and a prose line with a double
  // space that must stay prose.
  Document d = Read("layout_spaced_tables.txt");
  EXPECT_EQ(d.title, "结对帮扶");
  ASSERT_EQ(d.tables.size(), 3u);

  const Table& pairs = d.tables[0];
  EXPECT_EQ(pairs.number, "5");
  EXPECT_EQ(pairs.title, "江宁市结对帮扶情况表");
  EXPECT_THAT(pairs.header, ElementsAre("地区", "县", "单位"));
  ASSERT_EQ(pairs.rows.size(), 3u);
  EXPECT_THAT(pairs.rows[0], ElementsAre("甲地", "东县", "甲单位"));
  EXPECT_THAT(pairs.rows[1], ElementsAre("甲地", "西县", "乙单位"));  // blank under 地区: same as above
  EXPECT_THAT(pairs.rows[2], ElementsAre("乙地", "北县", "丙单位"));
  EXPECT_THAT(pairs.ambiguous, ElementsAre(false, false, false));

  const Table& plain = d.tables[1];  // no "表 N" label
  EXPECT_EQ(plain.number, "");
  EXPECT_THAT(plain.header, ElementsAre("项目", "数量", "金额"));
  ASSERT_EQ(plain.rows.size(), 2u);
  EXPECT_THAT(plain.rows[0], ElementsAre("培训班", "12期", "80万元"));
  EXPECT_THAT(plain.rows[1], ElementsAre("义诊", "5次", "12万元"));

  const Table& projects = d.tables[2];  // full-width spaces, label and title on two lines
  EXPECT_EQ(projects.number, "6");
  EXPECT_EQ(projects.title, "江宁市援建项目表");
  EXPECT_THAT(projects.header, ElementsAre("项目", "地点", "投资"));
  ASSERT_EQ(projects.rows.size(), 3u);
  EXPECT_THAT(projects.rows[0], ElementsAre("产业园", "西川市", "1.2亿元"));
  EXPECT_THAT(projects.rows[1], ElementsAre("产业园", "东城区", "0.8亿元"));
  EXPECT_THAT(projects.rows[2], ElementsAre("展销中心", "西川市", "—"));
  EXPECT_THAT(projects.ambiguous, ElementsAre(false, false, true));  // a placeholder cell

  EXPECT_THAT(Texts(d),
              ElementsAre("table|结对帮扶||市合作办||表5江宁市结对帮扶情况表\n地区\t县\t单位\n甲地\t东县\t甲单位\n"
                          "甲地\t西县\t乙单位\n乙地\t北县\t丙单位",
                          "entry|结对帮扶|概况|市合作办||【概况】2021年，江宁市各单位与结对县开展帮扶，落实资金3000万元。"
                          "\n全年共培训120人次。",
                          "table|结对帮扶||市合作办||项目\t数量\t金额\n培训班\t12期\t80万元\n义诊\t5次\t12万元",
                          "table|结对帮扶||市合作办||表6 江宁市援建项目表\n项目\t地点\t投资\n产业园\t西川市\t1.2亿元\n"
                          "产业园\t东城区\t0.8亿元\n展销中心\t西川市\t—"));

  // Cells keep their provenance: an aligned cell points at itself, an inherited one at the
  // cell it was copied from.
  const std::string bytes = testing::ReadFileOrDie(Fixture("layout_spaced_tables.txt"));
  const Passage& p = d.passages[pairs.passage_index];
  const size_t row = p.text.find("甲地\t西县");
  ASSERT_NE(row, std::string::npos);
  EXPECT_EQ(p.to_source[row], bytes.find("甲地"));
  EXPECT_EQ(p.to_source[p.text.find("西县")], bytes.find("西县"));
}

TEST_F(FixturesTest, TablesSeparatedOnlyByABlankLineStaySeparate) {
  // Two tab tables, then two space-aligned ones, each pair divided by one blank line; then a
  // double-spaced table whose rows are all blank-separated, which stays one table.
  Document d = Read("layout_adjacent_tables.txt");
  ASSERT_EQ(d.tables.size(), 5u);
  EXPECT_EQ(d.tables[0].number, "3");
  EXPECT_THAT(d.tables[0].header, ElementsAre("地区", "县"));
  ASSERT_EQ(d.tables[0].rows.size(), 2u);
  EXPECT_THAT(d.tables[0].rows[1], ElementsAre("乙地", "西县"));
  EXPECT_THAT(d.tables[1].header, ElementsAre("单位", "人数", "资金"));
  ASSERT_EQ(d.tables[1].rows.size(), 2u);
  EXPECT_THAT(d.tables[1].rows[0], ElementsAre("甲单位", "12人", "80万元"));
  EXPECT_THAT(d.tables[2].header, ElementsAre("项目", "数量", "金额"));
  ASSERT_EQ(d.tables[2].rows.size(), 2u);
  EXPECT_THAT(d.tables[3].header, ElementsAre("单位", "地点"));
  ASSERT_EQ(d.tables[3].rows.size(), 2u);
  EXPECT_THAT(d.tables[3].rows[1], ElementsAre("丁单位", "南县"));
  EXPECT_THAT(d.tables[4].header, ElementsAre("年份", "项目"));
  ASSERT_EQ(d.tables[4].rows.size(), 2u);
  EXPECT_THAT(d.tables[4].rows[1], ElementsAre("2021年", "展销中心"));
  EXPECT_EQ(d.passages.back().entry_title, "概况");
}

TEST_F(FixturesTest, TablesSetOffByVerticalBars) {
  // Markdown-style rows "| a | b |" (the rule line under the header is dropped), full-width
  // bars ｜, box-drawing bars │ without outer bars, and a prose line holding one bar.
  Document d = Read("layout_bar_tables.txt");
  EXPECT_EQ(d.title, "结对帮扶");
  ASSERT_EQ(d.tables.size(), 2u);

  const Table& funds = d.tables[0];
  EXPECT_EQ(funds.number, "7");
  EXPECT_EQ(funds.title, "江宁市结对帮扶资金表");
  EXPECT_THAT(funds.header, ElementsAre("结对区", "受援县", "资金(万元)"));
  ASSERT_EQ(funds.rows.size(), 3u);
  EXPECT_THAT(funds.rows[0], ElementsAre("甲区", "东县", "1200"));
  EXPECT_THAT(funds.rows[1], ElementsAre("乙区", "西县", "—"));
  EXPECT_THAT(funds.rows[2], ElementsAre("丙区", "北县", "860"));
  EXPECT_THAT(funds.ambiguous, ElementsAre(false, true, false));  // a placeholder cell

  const Table& plain = d.tables[1];
  EXPECT_EQ(plain.number, "");
  EXPECT_THAT(plain.header, ElementsAre("项目", "数量", "金额"));
  ASSERT_EQ(plain.rows.size(), 2u);
  EXPECT_THAT(plain.rows[0], ElementsAre("培训班", "12期", "80万元"));
  EXPECT_THAT(plain.rows[1], ElementsAre("义诊", "5次", "12万元"));

  bool prose_kept = false;
  for (const Passage& p : d.passages) {
    if (p.kind == PassageKind::kEntry && p.entry_title == "概况") {
      prose_kept = true;
      EXPECT_THAT(p.text, HasSubstr("完成率100%|98%。"));
    }
  }
  EXPECT_TRUE(prose_kept);
}

TEST_F(FixturesTest, ShortTitlesWithoutMarkersSetOffByAFullWidthSpace) {
  // "概况　2021年，…" and "产业合作　江宁市…" are entries; a short line and a line that goes on
  // after a number ("医疗卫生 3 家…") are not.
  Document d = Read("layout_unmarked_titles.txt");
  std::vector<std::string> titles;
  for (const Passage& p : d.passages)
    if (p.kind == PassageKind::kEntry) titles.push_back(p.entry_title);
  EXPECT_THAT(titles, ElementsAre("概况", "产业合作"));
}

}  // namespace
}  // namespace duikou::document
