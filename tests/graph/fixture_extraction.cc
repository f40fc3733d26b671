#include "graph/fixture_extraction.h"

#include <stdexcept>

#include "graph/graph_mapper.h"
#include "rdfio/ontology.h"
#include "support/test_paths.h"

namespace duikou::testing {

using extract::Ref;
using gazetteer::Division;
using gazetteer::Level;

namespace {
Ref PlaceRef(std::string code, std::string surface) { return Ref{Ref::Kind::kPlace, std::move(code), std::move(surface)}; }
Ref OrgRef(std::string name, std::string surface) { return Ref{Ref::Kind::kOrganization, std::move(name), std::move(surface)}; }
}  // namespace

graph::FixedDivisions FixtureDivisions() {
  graph::FixedDivisions d;
  d.Add(Division{"33", "浙江省", Level::kProvince, ""});
  d.Add(Division{"3306", "绍兴市", Level::kPrefecture, "33"});
  d.Add(Division{"330603", "柯桥区", Level::kCounty, "3306"});
  d.Add(Division{"330602", "越城区", Level::kCounty, "3306"});
  d.Add(Division{"65", "新疆维吾尔自治区", Level::kProvince, ""});
  d.Add(Division{"6529", "阿克苏地区", Level::kPrefecture, "65"});
  d.Add(Division{"652928", "阿瓦提县", Level::kCounty, "6529"});
  d.Add(Division{"51", "四川省", Level::kProvince, ""});
  d.Add(Division{"5111", "乐山市", Level::kPrefecture, "51"});
  d.Add(Division{"511133", "马边彝族自治县", Level::kCounty, "5111"});
  return d;
}

document::Document FixtureDocumentA(const std::string& dir) {
  document::Document doc;
  doc.source = dir + "/chapter-a.txt";
  doc.encoding = "UTF-8";
  doc.title = "区域合作";
  doc.sections = {"对口援疆", "对口支援"};
  document::Passage entry;
  entry.kind = document::PassageKind::kEntry;
  entry.section = "对口援疆";
  entry.entry_title = "概况";
  entry.text = "2020年，柯桥区对口支援阿瓦提县，投入援疆资金1.61亿元，累计实施项目12个。";
  entry.original = entry.text;
  entry.attribution = "区发改局、柯桥区援疆指挥部";
  entry.source_begin = 100;
  entry.source_end = 300;
  document::Passage caption;
  caption.kind = document::PassageKind::kCaption;
  caption.section = "对口援疆";
  caption.text = "7月15日，绍兴市党政代表团赴阿瓦提县考察";
  caption.original = "7月15日，紹興市黨政代表團赴阿瓦提縣考察";
  caption.credit = "张三";
  caption.source_begin = 300;
  caption.source_end = 380;
  document::Passage table;
  table.kind = document::PassageKind::kTable;
  table.section = "对口支援";
  table.text = "对口关系 受援地 支援地\n对口支援 马边彝族自治县 绍兴市";
  table.source_begin = 380;
  table.source_end = 520;
  table.table_index = 0;
  doc.passages = {entry, caption, table};
  document::Table t;
  t.number = "65";
  t.title = "绍兴市对口工作情况表";
  t.section = "对口支援";
  t.header = {"对口关系", "受援地", "支援地"};
  t.rows = {{"对口支援", "马边彝族自治县", "绍兴市"}};
  t.ambiguous = {false};
  t.passage_index = 2;
  doc.tables = {t};
  return doc;
}

extract::Extraction FixtureExtractionA() {
  extract::Extraction ex;
  ex.places = {
      {"330603", {"柯桥区", "柯桥"}, {0}},
      {"652928", {"阿瓦提县"}, {0, 1}},
      {"511133", {"马边县", "马边彝族自治县"}, {2}},
  };
  ex.organizations = {
      {"绍兴市柯桥区援疆指挥部", extract::OrgType::kGovernmentBody, {"柯桥区援疆指挥部"}, "652928", {0}},
      {"海亮集团有限公司", extract::OrgType::kEnterprise, {"海亮集团"}, "330603", {0}},
  };
  ex.persons = {{"马卫光", "市委书记", PlaceRef("3306", "绍兴市"), {1}}};
  ex.pairings = {
      {PlaceRef("330603", "柯桥区"), PlaceRef("652928", "阿瓦提县"), "对口支援", 2020, 0},
      {PlaceRef("3306", "绍兴市"), PlaceRef("511133", "马边县"), "东西部扶贫协作", 2020, 2},
      {PlaceRef("3306", "绍兴市"), Ref{Ref::Kind::kMention, "江山镇", "江山镇"}, "携手奔小康", 0, 2},
  };
  ex.figures = {
      {PlaceRef("330603", "柯桥区"), PlaceRef("652928", "阿瓦提县"), "FundsCNY", "161000000", "", 2020,
       "援疆资金1.61亿元", 0},
      {PlaceRef("330603", "柯桥区"), {}, "ProjectCount", "12", "累计", 2020, "累计实施项目12个", 0},
  };
  ex.projects = {{"阿瓦提县海亮教育园", PlaceRef("652928", "阿瓦提县"), {OrgRef("海亮集团有限公司", "海亮集团")},
                  "300000000", 0}};
  ex.events = {{"绍兴市党政代表团赴阿瓦提县考察", "2020-07-15", "", PlaceRef("652928", "阿瓦提县"),
                {Ref{Ref::Kind::kPerson, "马卫光", "马卫光"}, PlaceRef("3306", "绍兴市")}, 1}};
  ex.awards = {{"全国脱贫攻坚先进集体", {OrgRef("绍兴市柯桥区援疆指挥部", "柯桥区援疆指挥部")}, 2021, 0}};
  ex.mentions = {{"江山镇", "place", {"330603100", "330881100"}, 2}};
  return ex;
}

document::Document FixtureDocumentB() {
  document::Document doc;
  doc.source = "chapter-b.txt";
  doc.encoding = "GB18030";
  doc.traditional = true;
  doc.title = "對口支援";
  document::Passage p;
  p.kind = document::PassageKind::kEntry;
  p.section = "对口支援";
  p.entry_title = "山海协作";
  p.text = "越城区与马边县开展对口支援。";
  p.original = "越城區與馬邊縣開展對口支援。";
  p.attribution = "越城区发改局";
  p.source_begin = 0;
  p.source_end = 90;
  doc.passages = {p};
  return doc;
}

extract::Extraction FixtureExtractionB() {
  extract::Extraction ex;
  ex.places = {{"330602", {"越城区"}, {0}}, {"511133", {"马边县"}, {0}}};
  ex.pairings = {{PlaceRef("330602", "越城区"), PlaceRef("511133", "马边县"), "对口支援", 2021, 0}};
  ex.figures = {{PlaceRef("330602", "越城区"), PlaceRef("511133", "马边县"), "FundsCNY", "5000.5", "多", 2021,
                 "资金5000.5多万元", 0}};
  return ex;
}

graph::Dataset FixtureDataset(const std::string& base, bool with_ontology) {
  graph::FixedDivisions divisions = FixtureDivisions();
  graph::GraphMapper mapper(&divisions, graph::GraphOptions{base});
  graph::Dataset ds;
  mapper.Map(FixtureDocumentA(), FixtureExtractionA(), &ds);
  mapper.Map(FixtureDocumentB(), FixtureExtractionB(), &ds);
  if (with_ontology) {
    if (Status s = rdfio::LoadOntology(SourceDir() + "/ontology/duikou.ttl", &ds); !s.ok())
      throw std::runtime_error(s.message());
  }
  return ds;
}

}  // namespace duikou::testing
