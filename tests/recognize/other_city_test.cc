// The recognizers on a passage written for these tests in the style of another city's
// yearbook (names invented or public), to check that nothing depends on the sample chapter.
#include <gtest/gtest.h>

#include "recognize/all_mentions.h"
#include "recognize/date_recognizer.h"
#include "recognize/money_recognizer.h"
#include "recognize/organization_recognizer.h"
#include "recognize/person_recognizer.h"
#include "recognize/quantity_recognizer.h"

namespace duikou::recognize {
namespace {

constexpr std::string_view kPassage =
    "2019年,宁波市深入实施东西部扶贫协作和对口支援,全年向黔西南州、延边州拨付财政帮扶资金5.85亿元,"
    "实施帮扶项目326个,选派党政干部86人、专业技术人才1052人。宁波市对口支援和区域合作局牵头,会同市教育局、"
    "市卫生健康委等部门,推动76家企业到结对地区投资,实际投资额12.3亿元。4月18日至20日,黔西南州委书记孙志刚"
    "率党政代表团到宁波考察,宁波市委书记郑栅洁、市长裘东耀会见代表团一行。宁波银行、宁波港集团有限公司、"
    "雅戈尔集团股份有限公司等企业与兴义市人民政府签订合作协议7项,协议金额达35亿元。全年销售扶贫产品6.2亿元,"
    "带动贫困人口2.3万人增收。镇海区援黔教师陈丽获评“全国优秀教师”。宁波市教育局组织全市45所中小学与黔西南州"
    "61所学校结对,接收贫困学生就读职业院校1300余人。宁波大学、宁波职业技术学院分别与兴义民族师范学院签订合作"
    "协议。鄞州区第二人民医院与安龙县人民医院建立帮扶关系。宁波市慈善总会、宁波市红十字会募集善款3200万元。"
    "爱心企业家李明向普安县捐赠100万元。宁波市工商联组织23家民营企业结对帮扶38个贫困村,投入帮扶资金约2600万元。"
    "(市扶贫办 提供)";

TEST(OtherCityTest, Organizations) {
  OrganizationContext ctx;
  ctx.home = {{"市", "宁波市"}};
  std::vector<std::string> found;
  for (const auto& o : FindOrganizations(kPassage, ctx)) found.push_back(o.full_name + "|" + OrgKindName(o.kind));
  const std::vector<std::string> expected = {
      "宁波市对口支援和区域合作局|GovernmentBody",
      "宁波市教育局|GovernmentBody",
      "宁波市卫生健康委员会|GovernmentBody",
      "黔西南州委|GovernmentBody",
      "宁波市委|GovernmentBody",
      "宁波银行|Enterprise",
      "宁波港集团有限公司|Enterprise",
      "雅戈尔集团股份有限公司|Enterprise",
      "兴义市人民政府|GovernmentBody",
      "宁波市教育局|GovernmentBody",
      "宁波大学|Institution",
      "宁波职业技术学院|Institution",
      "兴义民族师范学院|Institution",
      "鄞州区第二人民医院|Institution",
      "安龙县人民医院|Institution",
      "宁波市慈善总会|SocialGroup",
      "宁波市红十字会|SocialGroup",
      "宁波市工商业联合会|SocialGroup",
      "宁波市扶贫办|GovernmentBody",
  };
  EXPECT_EQ(found, expected);
}

TEST(OtherCityTest, Persons) {
  std::vector<std::string> found;
  for (const auto& p : FindPersons(kPassage)) found.push_back(p.name + "|" + p.role + "|" + p.affiliation);
  const std::vector<std::string> expected = {
      "孙志刚|州委书记|黔西南州委", "郑栅洁|市委书记|宁波市委", "裘东耀|市长|",
      "陈丽|援黔教师|镇海区",       "李明|企业家|",
  };
  EXPECT_EQ(found, expected);
}

TEST(OtherCityTest, MoneyQuantitiesDates) {
  std::vector<std::string> money;
  for (const auto& m : FindMoney(kPassage)) money.push_back(m.value + m.approx + m.context);
  EXPECT_EQ(money, (std::vector<std::string>{"585000000", "1230000000实际投资", "3500000000协议", "620000000",
                                             "32000000", "1000000", "26000000约"}));
  std::vector<std::string> counts;
  for (const auto& q : FindQuantities(kPassage)) counts.push_back(q.value + q.unit);
  EXPECT_EQ(counts, (std::vector<std::string>{"326个", "86人", "1052人", "76家", "7项", "23000人", "45所",
                                              "61所", "1300人", "23家", "38个"}));
  auto dates = FindDates(kPassage, 2019);
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_EQ(dates[0].start, "2019");
  EXPECT_EQ(dates[1].start, "2019-04-18");
  EXPECT_EQ(dates[1].end, "2019-04-20");
}

TEST(OtherCityTest, RecognizeAllAgreesWithEachRecognizer) {
  RecognizeContext ctx;
  ctx.year = 2019;
  ctx.home = {{"市", "宁波市"}};
  AllMentions all = RecognizeAll(kPassage, ctx);
  EXPECT_EQ(all.numbers.size(), FindNumbers(kPassage).size());
  EXPECT_EQ(all.money.size(), FindMoney(kPassage).size());
  EXPECT_EQ(all.quantities.size(), FindQuantities(kPassage).size());
  EXPECT_EQ(all.dates.size(), FindDates(kPassage, 2019).size());
  ASSERT_EQ(all.organizations.size(), 19u);
  EXPECT_EQ(all.organizations[1].full_name, "宁波市教育局");
  EXPECT_EQ(all.persons.size(), FindPersons(kPassage).size());
}

}  // namespace
}  // namespace duikou::recognize
