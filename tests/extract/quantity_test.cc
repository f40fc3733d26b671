#include "extract/quantity.h"

#include <gtest/gtest.h>

namespace duikou::extract::internal {
namespace {

TEST(ScaleDecimal, AppliesMultipliersExactly) {
  EXPECT_EQ(ScaleDecimal("1.61", 8), "161000000");
  EXPECT_EQ(ScaleDecimal("1275", 4), "12750000");
  EXPECT_EQ(ScaleDecimal("1046.53", 4), "10465300");
  EXPECT_EQ(ScaleDecimal("0.5", 0), "0.5");
  EXPECT_EQ(ScaleDecimal("1.23456", 4), "12345.6");
  EXPECT_EQ(ScaleDecimal("007", 0), "7");
}

TEST(FindQuantities, ReadsMoneyCountsAndPersons) {
  auto q = FindQuantities("资金1.61亿元,项目19个,捐赠爱心物资350余万元,培训 653 人次,干部10人,约79万元");
  ASSERT_EQ(q.size(), 6u);
  EXPECT_EQ(q[0].value, "161000000");
  EXPECT_EQ(q[0].kind, UnitKind::kMoney);
  EXPECT_EQ(q[1].value, "19");
  EXPECT_EQ(q[1].kind, UnitKind::kCount);
  EXPECT_EQ(q[2].value, "3500000");
  EXPECT_EQ(q[2].approx, "余");
  EXPECT_EQ(q[3].value, "653");
  EXPECT_EQ(q[3].kind, UnitKind::kPersonTimes);
  EXPECT_EQ(q[4].kind, UnitKind::kPersons);
  EXPECT_EQ(q[5].approx, "约");
  EXPECT_EQ(q[5].value, "790000");
}

TEST(FindQuantities, OtherUnitsAreKeptButNotTyped) {
  auto q = FindQuantities("销售12705吨,127.2万人次");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].kind, UnitKind::kOther);
  EXPECT_EQ(q[0].unit, "吨");
  EXPECT_EQ(q[1].value, "1272000");
  EXPECT_EQ(q[1].kind, UnitKind::kPersonTimes);
}

}  // namespace
}  // namespace duikou::extract::internal
