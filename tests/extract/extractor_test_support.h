// Shared by the extractor tests (extractor_*_test.cc): the fixture that runs the Extractor on
// documents built by hand, the documents several tests share, and helpers that list an
// Extraction's facts as short keys to assert on.
#pragma once

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "test_docs.h"

namespace duikou::extract {

using testing::MakeDocument;
using testing::PassageSpec;
using ::testing::Contains;
using ::testing::Not;

class ExtractorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    gaz_ = testing::SharedGazetteer();
    ASSERT_NE(gaz_, nullptr) << "gazetteer data missing: " << gazetteer::Gazetteer::DefaultPath();
  }
  Extraction Run(const std::vector<PassageSpec>& specs) {
    Extractor ex(gaz_);
    return ex.Extract(MakeDocument(specs));
  }
  const gazetteer::Gazetteer* gaz_ = nullptr;
};

inline std::vector<std::string> FigureKeys(const Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& f : ex.figures) out.push_back(f.metric + " " + f.value + (f.qualifier.empty() ? "" : " " + f.qualifier));
  return out;
}

inline std::vector<std::string> PairingKeys(const Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& p : ex.pairings) out.push_back(p.supporter.key + ">" + p.recipient.key + " " + p.type);
  return out;
}

inline const std::vector<PassageSpec> kNingbo = {
    {"东西部扶贫协作", "概况",
     "2021年,宁波市承担贵州省黔西南布依族苗族自治州晴隆县、安龙县结对帮扶工作,拨付计划内援助资金3.2亿元,"
     "计划外资金1800万元,实施帮扶项目120个。宁波市向帮扶地区选派党政干部45人、专业技术人才600人,"
     "其中6个月以上200人。全年培训党政干部30期、2000人次,专业技术人员15期、900人次。"},
    {"东西部扶贫协作", "消费扶贫",
     "2021年,宁波市帮助销售黔西南州农产品5.5亿元,实现规上工业总产值9亿元,入库税收3000万元。"
     "宁波甬兴纺织有限公司向晴隆县捐赠价值50万元的物资,带动贫困人口3000人,解决就业800人。"},
    {"东西部扶贫协作", "市领导赴晴隆县考察",
     "2021年6月18日至20日,市委书记王明华率宁波市党政代表团赴晴隆县考察,副市长李卫国等参加。"
     "宁波甬兴纺织有限公司获2021年全国脱贫攻坚先进集体。",
     document::PassageKind::kEntry, "市发改委、市经信局"},
};

inline std::vector<std::string> FigureDetails(const Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& f : ex.figures)
    out.push_back(f.metric + " " + f.value + " " + f.subject.key + ">" + f.recipient.key +
                  (f.qualifier.empty() ? "" : " " + f.qualifier));
  return out;
}

// ---- projects: name forms and boundaries (gen-facts)
// An overview that makes 无锡市 the home city and names the partners in full (short forms
// such as 新源 are read only when the full name is written somewhere).
inline const PassageSpec kWuxiOverview = {
    "综述", "概况",
    "2021年,无锡市对口支援新疆伊犁哈萨克自治州新源县、巩留县,伊宁市。无锡市锡山区、无锡市新吴区参与结对。"};

inline std::vector<std::string> ProjectNames(const Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& p : ex.projects) out.push_back(p.name);
  return out;
}

// ---- events: month-only dates inside a clause (gen-facts)
inline std::vector<std::string> EventDates(const Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& e : ex.events) out.push_back(e.start_date + (e.end_date.empty() ? "" : "~" + e.end_date));
  return out;
}

// ---- awards (gen-facts)
inline std::vector<std::string> AwardNames(const Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& a : ex.awards) out.push_back(a.name);
  return out;
}

inline std::vector<std::string> PlaceCodes(const Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& p : ex.places) out.push_back(p.code);
  return out;
}

inline const PassageSpec kNingboGuizhou = {"东西部协作", "概况", "2021年，宁波市对口帮扶黔西南州晴隆县、安龙县，宁波市投入资金2亿元。"};

// A Qingdao chapter's opening, naming the home city often enough to be recognized as home.
inline const PassageSpec kQingdaoOpening = {"综述", "概况",
                                     "2021年,青岛市全面推进协作工作,青岛市各区(市)参与,青岛市财政投入资金5亿元。"};

inline Extraction RunWithTitle(const gazetteer::Gazetteer* gaz, const std::string& title, std::vector<PassageSpec> specs) {
  document::Document doc = MakeDocument(specs);
  doc.title = title;
  Extractor ex(gaz);
  return ex.Extract(doc);
}

// gen-org: organizations and persons on wording from other yearbooks.
inline std::vector<std::string> OrgKeys(const Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& o : ex.organizations) out.push_back(o.name + "|" + OrgTypeName(o.type));
  return out;
}

// A district's own yearbook: the district is the subject throughout, its bodies written 区….
inline const std::vector<PassageSpec> kDistrictYearbook = {
    {"对口支援与合作交流", "概况",
     "2021年，宁波市海曙区对口帮扶黔西南州晴隆县。海曙区投入资金8000万元，海曙区选派干部12人。"
     "区合作交流办获评先进集体，区中医医院派出专家5人。"},
    {"区对口支援工作领导小组会议", "", "3月2日，海曙区召开会议，海曙区各部门参加。区工商联、区慈善基金会参加。"},
};

inline std::vector<std::string> PersonNames(const Extraction& ex) {
  std::vector<std::string> out;
  for (const auto& p : ex.persons) out.push_back(p.name);
  return out;
}

// --- pairings and recipients in wordings of a second batch of chapters (new names) ----------
// A Fuzhou chapter's opening: the home city acts, its partner prefecture is acted on.
inline const PassageSpec kFuzhouOpening = {"东西部扶贫协作", "概况",
                                    "2020年,福州市对口帮扶甘肃省定西市,福州市财政向定西市拨付帮扶资金2亿元。"};

// A Zhongshan chapter: a prefecture with no counties, its towns right under it, and a partner
// prefecture named more often than the home city.
inline const std::vector<PassageSpec> kZhongshan = {
    {"对口帮扶", "概况",
     "2020年,中山市承担东西部扶贫协作帮扶云南省大理白族自治州的任务,全年向大理白族自治州拨付财政帮扶资金2亿元。"},
    {"对口帮扶", "联席会议",
     "6月3日,中山市—大理白族自治州东西部扶贫协作联席会议在大理市召开,大理白族自治州领导介绍大理白族自治州情况。"},
    {"对口帮扶", "携手奔小康", "中山市2个镇与大理白族自治州2个县结对帮扶,分别为沙溪镇—剑川县、小榄镇—云龙县。"},
};

inline std::map<std::string, std::string> RecipientByFigure(const Extraction& ex) {
  std::map<std::string, std::string> out;  // metric value -> recipient code
  for (const auto& f : ex.figures) out[f.metric + " " + f.value] = f.recipient.key;
  return out;
}

// A document with one table passage after `specs`, the table given by header and rows.
inline document::Document WithTable(const std::vector<PassageSpec>& specs, const std::string& section, const std::string& title,
                             const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                             const std::vector<bool>& ambiguous = {}) {
  std::vector<PassageSpec> all = specs;
  std::string text = title;
  auto add_line = [&](const std::vector<std::string>& cells) {
    text += "\n";
    for (size_t i = 0; i < cells.size(); ++i) text += (i ? "\t" : "") + cells[i];
  };
  add_line(header);
  for (const auto& row : rows) add_line(row);
  all.push_back({section, "", text, document::PassageKind::kTable});
  document::Document doc = MakeDocument(all);
  document::Table t;
  t.title = title;
  t.section = section;
  t.header = header;
  t.rows = rows;
  t.ambiguous = ambiguous.empty() ? std::vector<bool>(rows.size(), false) : ambiguous;
  t.passage_index = doc.passages.size() - 1;
  doc.passages.back().table_index = 0;
  doc.tables.push_back(t);
  return doc;
}

}  // namespace duikou::extract
