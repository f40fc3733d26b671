#include "recognize/person_recognizer.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "recognize/surnames.h"

namespace duikou::recognize {
namespace {

// "name|role|affiliation" for each person.
std::vector<std::string> P(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& p : FindPersons(text)) out.push_back(p.name + "|" + p.role + "|" + p.affiliation);
  return out;
}

using V = std::vector<std::string>;

TEST(PersonTest, TitleThenName) {
  EXPECT_EQ(P("市委书记彭佳学主持会议并讲话"), V{"彭佳学|市委书记|市委"});
  EXPECT_EQ(P("9月,延吉市委书记金明率党政代表团到宁波考察"), V{"金明|市委书记|延吉市委"});
  EXPECT_EQ(P("延吉市委副书记崔海一行到宁波"), V{"崔海|市委副书记|延吉市委"});
  EXPECT_EQ(P("中共浙江省委书记车俊在丽水调研"), V{"车俊|省委书记|中共浙江省委"});
  EXPECT_EQ(P("宁波市援黔工作组长陈明获奖"), V{"陈明|组长|宁波市援黔工作组"});
  EXPECT_EQ(P("鄞州区援黔教师李娜等获奖"), V{"李娜|援黔教师|鄞州区"});
  EXPECT_EQ(P("温州市副市长欧阳明出席"), V{"欧阳明|副市长|温州市"});
}

TEST(PersonTest, NamesBeforeVerbsOfPresentingAndMeeting) {
  EXPECT_EQ(P("白城市副市长孙晓燕推介当地旅游资源"), V{"孙晓燕|副市长|白城市"});
  EXPECT_EQ(P("市长周海涛会谈时表示"), V{"周海涛|市长|"});
  EXPECT_EQ(P("县委书记韩立新视察项目"), V{"韩立新|县委书记|县委"});
}

TEST(PersonTest, RoleQualifiersAndTitleChains) {
  EXPECT_EQ(P("市委常委、常务副市长李四出席"), V{"李四|常务副市长|"});
  EXPECT_EQ(P("以市长张三为团长"), V{"张三|市长|"});
  EXPECT_EQ(P("宁波市援疆指挥部指挥长王五在会上讲话"), V{"王五|指挥长|宁波市援疆指挥部"});
  // The body written once before a chain of titles belongs to every title in it.
  EXPECT_EQ(P("宁波市教育局党组书记、局长赵六出席"), V{"赵六|局长|宁波市教育局"});
  EXPECT_EQ(P("温州市委常委、副市长钱七出席"), V{"钱七|副市长|温州市"});
  EXPECT_EQ(P("省委常委、市委书记孙八出席"), V{"孙八|市委书记|市委"});
}

TEST(PersonTest, AShortAsideMayStandBetweenTitleAndName) {
  EXPECT_EQ(P("紫阳县副县长(挂职)孟庆飞荣获先进个人"), V{"孟庆飞|副县长|紫阳县"});
  EXPECT_EQ(P("白河县副县长（挂职）邹明远出席"), V{"邹明远|副县长|白河县"});
  // A longer parenthetical is no aside: nothing is read after it.
  EXPECT_EQ(P("白河县副县长(2019年起挂职)邹明远出席"), V{});
}

TEST(PersonTest, ANameMayBeFollowedByWhatACadreDoes) {
  EXPECT_EQ(P("紫阳县副县长孟庆飞牵头组建工作专班"), V{"孟庆飞|副县长|紫阳县"});
  EXPECT_EQ(P("副区长邹明远协调派出教师"), V{"邹明远|副区长|"});
}

TEST(PersonTest, PlaceSpansKeepAffiliationsWhole) {
  // 和 is a conjunction that ends an affiliation, unless it starts a place name (和平县).
  const std::string text = "和平县委书记钱明出席";
  EXPECT_EQ(P(text), V{"钱明|县委书记|平县委"});
  PersonContext ctx;
  ctx.places = {{0, std::string("和平县").size()}};
  auto persons = FindPersons(text, ctx);
  ASSERT_EQ(persons.size(), 1u);
  EXPECT_EQ(persons[0].affiliation, "和平县委");
}

TEST(PersonTest, ListsAfterARole) {
  EXPECT_EQ(P("市领导张三丰、李四、王五等参加"),
            (V{"张三丰|市领导|", "李四|市领导|", "王五|市领导|"}));
  EXPECT_EQ(P("县领导刘强和陈刚出席"), (V{"刘强|县领导|", "陈刚|县领导|"}));
}

TEST(PersonTest, NameBeforeGeneralSecretary) {
  EXPECT_EQ(P("深入学习贯彻习近平总书记关于扶贫工作的重要论述"), V{"习近平|总书记|"});
  EXPECT_EQ(P("学习总书记讲话精神"), V{});
}

TEST(PersonTest, PhotographerCredits) {
  EXPECT_EQ(P("(李明 摄)"), V{"李明|摄影|"});
  EXPECT_EQ(P("(王丽摄)"), V{"王丽|摄影|"});
  EXPECT_EQ(P("(陈小平 张伟 摄)"), (V{"陈小平|摄影|", "张伟|摄影|"}));
  EXPECT_EQ(P("(详见P94)"), V{});
}

TEST(PersonTest, NotPersons) {
  EXPECT_EQ(P("援疆教师通过云端课堂开展教学"), V{});     // 通 is no surname
  EXPECT_EQ(P("培训党政干部50期"), V{});
  EXPECT_EQ(P("市委书记主持会议"), V{});                  // no name after the title
  EXPECT_EQ(P("(市发改委 提供)"), V{});
  EXPECT_EQ(P("选派2位医生赴当地"), V{});
}

TEST(SurnameTest, SingleAndCompound) {
  EXPECT_EQ(SurnameLengthAt("王怡", 0), 3u);
  EXPECT_EQ(SurnameLengthAt("欧阳修", 0), 6u);
  EXPECT_EQ(SurnameLengthAt("通过", 0), 0u);
}

TEST(PersonTest, GivenNameMayStartWithAFunctionCharacter) {
  EXPECT_EQ(P("东海市委书记吴向南、市长钱和平出席会议"), (V{"吴向南|市委书记|东海市委", "钱和平|市长|"}));
}

TEST(PersonTest, TranscribedNamesAfterAnOfficeTitle) {
  EXPECT_EQ(P("青岭市委书记次仁多吉出席签约仪式"), V{"次仁多吉|市委书记|青岭市委"});
  EXPECT_EQ(P("青岭县县长艾尔肯·吐尔逊主持会议"), V{"艾尔肯·吐尔逊|县长|青岭县"});
}

TEST(PersonTest, NoTranscribedNameWhereFunctionWordsFollowATitle) {
  EXPECT_EQ(P("主任以上干部参加培训"), V{});
  EXPECT_EQ(P("市委书记、市人大常委会主任出席"), V{});
  // A follow word is no name even when it starts with a surname (强).
  EXPECT_EQ(P("州长强调要做好工作"), V{});
}

TEST(PersonTest, ASecondTitleIsNoName) { EXPECT_EQ(P("选派教师和医生赴青岭县"), V{}); }

TEST(PersonTest, DottedNameWithLongParts) {
  EXPECT_EQ(P("地区行署专员阿不都热依木·买买提出席"), V{"阿不都热依木·买买提|专员|地区行署"});
}

TEST(PersonTest, AnOrganizationWordIsNoName) {
  // 商 is a surname, but 商会 after 企业家 ends a body's name.
  EXPECT_EQ(P("东海市青年企业家商会等参加"), V{});
}

TEST(PersonTest, WritersCredit) { EXPECT_EQ(P("(撰稿人:林思远)"), V{"林思远|撰稿人|"}); }

// FindAgents scans once for both recognizers: it must find exactly what FindOrganizations
// and FindPersons find one by one, spans and strings included.
TEST(PersonTest, FindAgentsEqualsTheTwoRecognizers) {
  const std::vector<std::string> texts = {
      "9月,延吉市委书记金明率党政代表团到宁波考察,市发改委、市教育局负责人陪同。",
      "宁波市援黔工作组长陈明、鄞州区援黔教师李娜等获奖;某某股份有限公司捐赠100万元。",
      "县委县政府高度重视,甲市、乙市人力资源和社会保障局签订协议(张三 摄)",
      "撰稿:王五 执笔:赵六",
      "",
      "没有机构也没有人名的一句话。",
  };
  OrganizationContext org_context;
  org_context.home = {{"市", "宁波市"}};
  std::string all;
  for (const auto& t : texts) all += t;
  std::vector<std::string> cases = texts;
  cases.push_back(all);
  for (const std::string& text : cases) {
    const AgentMentions agents = FindAgents(text, org_context);
    const auto orgs = FindOrganizations(text, org_context);
    const auto persons = FindPersons(text);
    ASSERT_EQ(agents.organizations.size(), orgs.size()) << text;
    for (size_t i = 0; i < orgs.size(); ++i) {
      EXPECT_EQ(agents.organizations[i].span.begin, orgs[i].span.begin);
      EXPECT_EQ(agents.organizations[i].span.end, orgs[i].span.end);
      EXPECT_EQ(agents.organizations[i].name, orgs[i].name);
      EXPECT_EQ(agents.organizations[i].full_name, orgs[i].full_name);
      EXPECT_EQ(agents.organizations[i].suffix, orgs[i].suffix);
    }
    ASSERT_EQ(agents.persons.size(), persons.size()) << text;
    for (size_t i = 0; i < persons.size(); ++i) {
      EXPECT_EQ(agents.persons[i].span.begin, persons[i].span.begin);
      EXPECT_EQ(agents.persons[i].name, persons[i].name);
      EXPECT_EQ(agents.persons[i].role, persons[i].role);
      EXPECT_EQ(agents.persons[i].affiliation, persons[i].affiliation);
    }
  }
  // Not vacuous: the long text has both kinds.
  const AgentMentions agents = FindAgents(all, org_context);
  EXPECT_GE(agents.organizations.size(), 4u);
  EXPECT_GE(agents.persons.size(), 4u);
}

// A MentionScanner also reports where its caller's characters stand, and finds the same
// organizations and persons as FindAgents.
TEST(PersonTest, MentionScannerReportsTheCallersCharacters) {
  const std::string text = "甲市与乙县结对,市委书记金明与县长李强签订协议。";
  const MentionScanner scanner({U'与', U'协'});
  const AgentMentions found = scanner.Find(text, {});
  const AgentMentions plain = FindAgents(text, {});
  std::vector<size_t> expected;
  for (size_t p = text.find("与"); p != std::string::npos; p = text.find("与", p + 1)) expected.push_back(p);
  expected.push_back(text.find("协"));
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(found.also_at, expected);
  EXPECT_EQ(scanner.AlsoAt(text), expected);
  EXPECT_TRUE(plain.also_at.empty());
  ASSERT_EQ(found.persons.size(), plain.persons.size());
  ASSERT_EQ(found.persons.size(), 2u);
  EXPECT_EQ(found.persons[0].name, "金明");
  EXPECT_EQ(found.persons[1].name, "李强");
  ASSERT_EQ(found.organizations.size(), plain.organizations.size());
}

}  // namespace
}  // namespace duikou::recognize
