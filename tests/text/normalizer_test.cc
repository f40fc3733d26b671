#include "text/normalizer.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace duikou::text {
namespace {

class NormalizerTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(Normalizer::Create(DUIKOU_OPENCC_DIR, &normalizer_).ok()); }
  std::string Norm(std::string_view s) { return normalizer_->Normalize(s).text; }
  std::unique_ptr<Normalizer> normalizer_;
};

TEST_F(NormalizerTest, FoldsFullWidthDigitsLettersAndBrackets) {
  EXPECT_EQ(Norm("２０２０年（ＡＢｃ）５０％"), "2020年(ABc)50%");
}

TEST_F(NormalizerTest, KeepsChineseSentencePunctuation) {
  EXPECT_EQ(Norm("一是，二是；三是：“好”！对吗？《书》、。"), "一是，二是；三是：“好”！对吗？《书》、。");
}

TEST_F(NormalizerTest, RemovesSpacesBetweenDigitsAndHan) {
  EXPECT_EQ(Norm("2020 年 7 月 24 日,资金 1.56 亿元,在 90% 左右"), "2020年7月24日,资金1.56亿元,在90%左右");
  EXPECT_EQ(Norm("【概况】 2020年"), "【概况】2020年");
  EXPECT_EQ(Norm("详见 P94"), "详见P94");
}

TEST_F(NormalizerTest, KeepsOneSpaceBetweenHanCharacters) {
  EXPECT_EQ(Norm("(市发改委  提供)"), "(市发改委 提供)");
  EXPECT_EQ(Norm("“原产地\u3000真好味”"), "“原产地 真好味”");
}

TEST_F(NormalizerTest, TrimsLineAndCellEdgesButKeepsTabs) {
  EXPECT_EQ(Norm("  综 述  \r\n a\t b \tc"), "综 述\na\tb\tc");
}

TEST_F(NormalizerTest, UnifiesDashes) {
  EXPECT_EQ(Norm("3–5个月、1－6个月、江山-柯桥"), "3—5个月、1—6个月、江山—柯桥");
  EXPECT_EQ(Norm("项目——辽源"), "项目——辽源");
}

TEST_F(NormalizerTest, RepairsOcrDashBetweenPlaceNameStems) {
  EXPECT_EQ(Norm("甲乙市与丙丁县开展甲乙一丙丁交流。"), "甲乙市与丙丁县开展甲乙—丙丁交流。");
}

TEST_F(NormalizerTest, RepairsOcrDashBetweenDigits) {
  EXPECT_EQ(Norm("3一5个月，1 一 6 个月"), "3—5个月，1—6个月");
}

TEST_F(NormalizerTest, LeavesOrdinaryYiAlone) {
  // No "…市/县" evidence for the neighbours: 一 is a numeral here.
  EXPECT_EQ(Norm("统一部署一次性口罩，第一批"), "统一部署一次性口罩，第一批");
  EXPECT_EQ(Norm("甲乙市甲乙一次性"), "甲乙市甲乙一次性");
}

TEST_F(NormalizerTest, ReplacesStrayLatinConnectives) {
  EXPECT_EQ(Norm("文艺采风 and 文艺联演"), "文艺采风和文艺联演");
  // Not between two Han characters: left as it is (only the spacing rule applies).
  EXPECT_EQ(Norm("AAAA级景区 and P94"), "AAAA级景区and P94");
}

TEST_F(NormalizerTest, ConvertsTraditionalAndKeepsOffsets) {
  const std::string in = "對口支援協作項目";
  NormalizedText n = normalizer_->Normalize(in);
  EXPECT_TRUE(n.traditional);
  EXPECT_EQ(n.text, "对口支援协作项目");
  ASSERT_EQ(n.to_input.size(), n.text.size() + 1);
  for (size_t i = 0; i < n.text.size(); ++i) EXPECT_EQ(n.to_input[i], i / 3 * 3);
}

TEST_F(NormalizerTest, SimplifiedTextIsNotConverted) {
  NormalizedText n = normalizer_->Normalize("对口支援新疆阿克苏地区，著名企业");
  EXPECT_FALSE(n.traditional);
  EXPECT_EQ(n.text, "对口支援新疆阿克苏地区，著名企业");
}

TEST_F(NormalizerTest, EveryByteMapsBackToItsSourceCharacter) {
  const std::string in = "资金 １.５６ 亿元（含）";
  NormalizedText n = normalizer_->Normalize(in);
  ASSERT_EQ(n.text, "资金1.56亿元(含)");
  ASSERT_EQ(n.to_input.size(), n.text.size() + 1);
  EXPECT_EQ(n.to_input[0], 0u);                       // 资
  EXPECT_EQ(n.to_input[6], in.find("１"));             // 1 <- １
  EXPECT_EQ(n.to_input[7], in.find("."));             // .
  EXPECT_EQ(n.to_input[10], in.find("亿"));            // 亿
  EXPECT_EQ(n.to_input[16], in.find("（"));            // ( <- （
  EXPECT_EQ(n.to_input.back(), in.size());
}

TEST_F(NormalizerTest, CrLfAndFormFeedBecomeNewlines) {
  EXPECT_EQ(Norm("甲\r\n乙\r丙\f丁"), "甲\n乙\n丙\n丁");
}

}  // namespace
}  // namespace duikou::text
