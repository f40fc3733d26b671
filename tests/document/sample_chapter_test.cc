// The sample chapter (../shared/seed): every structural fact the reader must get right.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "document/passage_reader.h"
#include "support/test_paths.h"
#include "text/normalizer.h"

namespace duikou::document {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

class SampleChapterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto path = testing::SampleChapter();
    // A git worktree has no ../shared of its own; DUIKOU_SHARED_DIR can point at it.
    if (const char* shared = std::getenv("DUIKOU_SHARED_DIR"); !path && shared) {
      path = std::string(shared) + "/seed/000_3bb9964064fcccfa.txt";
    }
    if (!path) GTEST_SKIP() << "../shared/seed is absent; skipping";
    ASSERT_TRUE(text::Normalizer::Create(DUIKOU_OPENCC_DIR, &normalizer_).ok());
    file_ = testing::ReadFileOrDie(*path);
    Status s = PassageReader(normalizer_.get()).Read(file_, *path, &doc_);
    ASSERT_TRUE(s.ok()) << s.message();
  }

  std::vector<const Passage*> OfKind(PassageKind kind) const {
    std::vector<const Passage*> out;
    for (const Passage& p : doc_.passages) {
      if (p.kind == kind) out.push_back(&p);
    }
    return out;
  }
  const Passage* Entry(const std::string& section, const std::string& title) const {
    for (const Passage& p : doc_.passages) {
      if (p.kind == PassageKind::kEntry && p.section == section && p.entry_title == title) return &p;
    }
    return nullptr;
  }

  std::unique_ptr<text::Normalizer> normalizer_;
  std::string file_;
  Document doc_;
};

TEST_F(SampleChapterTest, TitleAndSections) {
  EXPECT_EQ(doc_.encoding, "UTF-8");
  EXPECT_FALSE(doc_.traditional);
  EXPECT_EQ(doc_.title, "区域合作·对口支援");
  EXPECT_THAT(doc_.sections,
              ElementsAre("综述", "对口援疆", "对口援藏", "对口援青", "东西部扶贫协作", "对口合作", "山海协作工程"));
}

TEST_F(SampleChapterTest, EntryTitlesPerSection) {
  std::map<std::string, std::vector<std::string>> titles;
  for (const Passage* p : OfKind(PassageKind::kEntry)) titles[p->section].push_back(p->entry_title);
  EXPECT_THAT(titles["综述"], ElementsAre("概况", "全市对口工作领导小组会议", "向结对地区捐助防疫物资"));
  EXPECT_THAT(titles["对口援疆"], ElementsAre("概况", "产业援疆", "智力援疆", "民生援疆", "绍阿交流交往",
                                              "“同读一本书·共筑两地情”图书捐赠活动", "绍兴市援阿10周年成果展"));
  EXPECT_THAT(titles["对口援藏"], ElementsAre("概况", "教育援藏", "产业援藏", "公益援藏", "智力援藏",
                                              "绍兴—比如25年援藏情文艺交流演出"));
  EXPECT_THAT(titles["对口援青"],
              ElementsAre("概况", "产业援青", "文旅援青", "教育援青", "医疗援青", "交流交往",
                          "助力大柴旦疫情防控和复工复产复学", "大柴旦“绍兴智库”成立", "青海省绍兴(浙江)商会成立"));
  EXPECT_THAT(titles["东西部扶贫协作"], ElementsAre("概况", "人才培育", "资金支持", "产业合作", "消费扶贫", "劳务协作",
                                                    "助力脱贫", "对口地区农特产品推介活动启动"));
  EXPECT_THAT(titles["对口合作"], ElementsAre("概况", "产业合作", "产销合作", "合作互访"));
  EXPECT_THAT(titles["山海协作工程"], ElementsAre("概况", "平台合作建设", "扶助乡村振兴", "消费扶贫", "社会事业合作",
                                                  "省委书记袁家军考察遂昌—诸暨山海协作产业园"));
  EXPECT_EQ(OfKind(PassageKind::kEntry).size(), 43u);
  EXPECT_TRUE(OfKind(PassageKind::kParagraph).empty());
}

TEST_F(SampleChapterTest, Table65IsReconstructed) {
  ASSERT_EQ(doc_.tables.size(), 1u);
  const Table& t = doc_.tables[0];
  EXPECT_EQ(t.number, "65");
  EXPECT_EQ(t.title, "绍兴市对口工作情况表");
  EXPECT_EQ(t.section, "综述");
  EXPECT_THAT(t.header, ElementsAre("对口关系", "受援地", "支援地"));
  using Row = std::vector<std::string>;
  const std::vector<Row> expected = {
      {"对口支援", "新疆阿瓦提县", "绍兴市"},
      {"对口支援", "西藏比如县", "绍兴市"},
      {"对口支援", "青海大柴旦行委", "绍兴市"},
      {"对口支援(重庆涪陵区)", "重庆涪陵区", "绍兴市"},
      {"对口支援(重庆涪陵区)", "荔枝街道", "柯桥区"},
      {"对口支援(重庆涪陵区)", "南沱镇", "诸暨市"},
      {"对口支援(重庆涪陵区)", "珍溪镇", "上虞区"},
      {"对口支援(重庆涪陵区)", "珍溪镇", "嵊州市"},
      {"东西部扶贫协作(乐山市、阿坝州)", "马尔康市", "嵊州市"},
      {"东西部扶贫协作(乐山市、阿坝州)", "金川县", "柯桥区"},
      {"东西部扶贫协作(乐山市、阿坝州)", "金川县", "诸暨市"},
      {"东西部扶贫协作(乐山市、阿坝州)", "小金县", "上虞区"},
      {"东西部扶贫协作(乐山市、阿坝州)", "小金县", "新昌县"},
      {"马边县", "越城区", "—"},  // misaligned, ends in a placeholder: flagged
      {"对口合作", "辽源市", "绍兴市"},
      {"对口合作", "龙山区", "越城区"},
      {"对口合作", "西安区", "柯桥区"},
      {"对口合作", "辽源经济开发区", "上虞区"},
      {"对口合作", "辽源经济开发区", "滨海新区"},
      {"对口合作", "东辽县", "诸暨市"},
      {"对口合作", "东丰县", "嵊州市"},
      {"对口合作", "东丰县", "新昌县"},
      {"山海协作工程", "衢州市", "绍兴市"},      // an extra tab removed
      {"山海协作工程", "衢州市江山市", "柯桥区"},  // an extra tab removed
      {"丽水市景宁县", "", "上虞区"},              // misaligned: flagged
      {"丽水市遂昌县", "", "诸暨市"},
      {"丽水市青田县", "", "嵊州市"},
      {"—", "", ""},
      {"—", "", "—"},
  };
  ASSERT_EQ(t.rows.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(t.rows[i], expected[i]) << "row " << i;
  const std::vector<bool> ambiguous = {false, false, false, false, false, false, false, false, false, false,
                                       false, false, false, true,  false, false, false, false, false, false,
                                       false, false, false, false, true,  true,  true,  true,  true};
  EXPECT_EQ(t.ambiguous, ambiguous);

  // The table's passage lists the rows, one per line, cells joined by tabs.
  const Passage& p = doc_.passages[t.passage_index];
  EXPECT_EQ(p.kind, PassageKind::kTable);
  EXPECT_EQ(p.table_index, 0);
  EXPECT_EQ(p.section, "综述");
  EXPECT_THAT(p.text, HasSubstr("表65 绍兴市对口工作情况表\n对口关系\t受援地\t支援地\n对口支援\t新疆阿瓦提县\t绍兴市\n"));
  EXPECT_THAT(p.text, HasSubstr("\n对口合作\t辽源经济开发区\t滨海新区\n"));
  // An inherited cell points at the cell it was copied from.
  size_t at = p.text.find("对口合作\t辽源经济开发区\t滨海新区");
  EXPECT_EQ(file_.substr(p.to_source[at], std::string("对口合作").size()), "对口合作");
}

TEST_F(SampleChapterTest, CaptionsAreTheirOwnPassages) {
  auto captions = OfKind(PassageKind::kCaption);
  ASSERT_EQ(captions.size(), 3u);
  EXPECT_EQ(captions[0]->text, "2020年5月23日，“文化润疆、爱心图书”大货车开往新疆维吾尔自治区阿瓦提县");
  EXPECT_EQ(captions[0]->credit, "张亮宗");
  EXPECT_EQ(captions[0]->attribution, "");
  EXPECT_EQ(captions[1]->text, "2020年9月,绍兴市党政代表团到乐山市、阿坝州考察");
  EXPECT_EQ(captions[1]->attribution, "市发改委");
  EXPECT_EQ(captions[1]->credit, "");
  EXPECT_EQ(captions[1]->section, "对口援青");
  EXPECT_EQ(captions[2]->text, "2020年5月28日,绍兴市启动“原产地 真好味”对口帮扶地区农特产品销售推介活动");
  EXPECT_EQ(captions[2]->credit, "何雯");
  for (const Passage& p : doc_.passages) {
    if (p.kind == PassageKind::kCaption) continue;
    EXPECT_THAT(p.text, Not(HasSubstr("代表团到乐山市、阿坝州考察")));
    EXPECT_THAT(p.text, Not(HasSubstr("摄)")));
    EXPECT_THAT(p.text, Not(HasSubstr("提供)")));
  }
}

TEST_F(SampleChapterTest, AttributionsCloseTheEntriesAboveThem) {
  const std::map<std::string, std::string> by_section = {
      {"综述", "市委组织部、市发改委"},       {"对口援疆", "市委组织部、市发改委、市援疆指挥部"},
      {"对口援藏", "市委组织部、市发改委"},   {"对口援青", "市委组织部、市发改委"},
      {"东西部扶贫协作", "市发改委"},         {"对口合作", "市发改委"},
      {"山海协作工程", "市发改委"},
  };
  for (const Passage* p : OfKind(PassageKind::kEntry)) {
    EXPECT_EQ(p->attribution, by_section.at(p->section)) << p->section << "/" << p->entry_title;
  }
  EXPECT_EQ(doc_.passages[doc_.tables[0].passage_index].attribution, "市委组织部、市发改委");
}

TEST_F(SampleChapterTest, CrossReferenceIsTextNotAttribution) {
  const Passage* p = Entry("对口援青", "青海省绍兴(浙江)商会成立");
  ASSERT_NE(p, nullptr);
  EXPECT_THAT(p->text, HasSubstr("在西宁成立。(详见P94)"));
  EXPECT_EQ(p->attribution, "市委组织部、市发改委");
}

TEST_F(SampleChapterTest, SplitParagraphsAreRejoined) {
  struct Case {
    const char* section;
    const char* title;
    const char* joined;
  };
  const Case cases[] = {
      {"综述", "概况", "资金1275万元;落实重庆涪陵项目"},
      {"综述", "概况", "绍兴市援川工作组长朱润晔"},
      {"综述", "全市对口工作领导小组会议", "坚决克服新冠肺炎疫情影响,确保"},
      {"对口援疆", "智力援疆", "上公开课示范课观摩课186节。"},
      {"对口援疆", "绍阿交流交往", "阿瓦提县党政代表团、纪检、政法"},
      {"对口援藏", "概况", "北京中民集团中民新投有限公司与比如县"},
      {"对口援藏", "公益援藏", "绍兴市向比如县捐赠"},
      {"对口援青", "医疗援青", "绍兴市妇幼保健院、绍兴市口腔医院2家结对医院"},
      {"东西部扶贫协作", "概况", "阿坝藏族羌族自治州马尔康市"},
      {"东西部扶贫协作", "消费扶贫", "对口地区农特产品推介活动,通过"},
      {"对口合作", "产业合作", "产业园已完成土地平整"},
      {"对口合作", "合作互访", "万安集团、全兴精工集团参观"},
      {"山海协作工程", "平台合作建设", "推动省级产业园高质量发展"},
  };
  for (const Case& c : cases) {
    const Passage* p = Entry(c.section, c.title);
    ASSERT_NE(p, nullptr) << c.section << "/" << c.title;
    EXPECT_THAT(p->text, HasSubstr(c.joined)) << c.section << "/" << c.title;
  }
  // A genuine second paragraph stays a paragraph of the same entry.
  const Passage* overview = Entry("综述", "概况");
  EXPECT_THAT(overview->text, HasSubstr("奖。\n2020年是绍兴对口支援新疆"));
}

TEST_F(SampleChapterTest, TypesettingNoiseIsNormalized) {
  const Passage* p = Entry("对口援青", "交流交往");
  ASSERT_NE(p, nullptr);
  EXPECT_THAT(p->text, HasSubstr("【交流交往】2020年,绍兴市政府等各级领导、社会组织21批307人次"));
  EXPECT_THAT(p->original, HasSubstr("【交流交往】 2020 年,绍兴市政府等各级领导、社会组织 21 批 307 人次"));
  const Passage* show = Entry("对口援疆", "绍兴市援阿10周年成果展");
  ASSERT_NE(show, nullptr);
  EXPECT_THAT(show->text, HasSubstr("文艺采风和文艺联演"));
  const Passage* drama = Entry("对口援藏", "绍兴—比如25年援藏情文艺交流演出");
  ASSERT_NE(drama, nullptr);
  EXPECT_THAT(drama->original, HasSubstr("【绍兴一比如25年"));
}

TEST_F(SampleChapterTest, EveryCharacterTracesBackToTheFile) {
  for (const Passage& p : doc_.passages) {
    ASSERT_EQ(p.to_source.size(), p.text.size() + 1);
    EXPECT_LE(p.source_begin, p.source_end);
    EXPECT_LE(p.source_end, file_.size());
    for (size_t i = 0; i < p.text.size();) {
      const unsigned char c = static_cast<unsigned char>(p.text[i]);
      const size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      const std::string ch = p.text.substr(i, len);
      const uint32_t at = p.to_source[i];
      ASSERT_GE(at, p.source_begin);
      ASSERT_LT(at, p.source_end);
      // The sample is simplified UTF-8: every character is found as-is at its offset,
      // except the ones the normalizer repaired (— for 一, 和 for "and", folded widths).
      // Separators the reader inserts map to the piece they precede.
      const bool inserted = ch == "\n" || ch == "\t" || (p.kind == PassageKind::kTable && ch == " ");
      if (ch != "—" && ch != "和" && ch != "(" && ch != ")" && !inserted) {
        EXPECT_EQ(file_.substr(at, len), ch) << "passage " << p.entry_title << " byte " << i;
      }
      i += len;
    }
  }
}

}  // namespace
}  // namespace duikou::document
