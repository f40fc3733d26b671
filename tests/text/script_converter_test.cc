#include "text/script_converter.h"

#include <gtest/gtest.h>
#include <opencc/opencc.h>

#include <memory>
#include <string>
#include <vector>

#include "support/test_paths.h"

namespace duikou::text {
namespace {

class ScriptConverterTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(ScriptConverter::Create(DUIKOU_OPENCC_DIR, &converter_).ok()); }
  std::string Simplify(const std::string& s, std::vector<uint32_t>* map = nullptr) {
    std::string out;
    std::vector<uint32_t> m;
    converter_->ToSimplified(s, &out, map ? map : &m);
    return out;
  }
  std::unique_ptr<ScriptConverter> converter_;
};

// The character-table shortcut must give exactly what OpenCC gives on the whole text.
TEST_F(ScriptConverterTest, AgreesWithOpenCcOnPhrasesAndCharacters) {
  opencc::SimpleConverter reference(std::string(DUIKOU_OPENCC_DIR) + "/t2s.json");
  const std::vector<std::string> lines = {
      "乾隆皇帝下江南，衣服乾淨。",
      "著名企業顯著發展，瞭解情況。",
      "一隻貓，頭髮很長，於是後來皇后來了。",
      "對口支援新疆阿克蘇地區，協作項目８５個，資金５.０６億元。",
      "製造業與制度，檯燈與臺灣，鐘錶與鍾情。",
      testing::ReadFileOrDie(testing::SourceDir() + "/tests/fixtures/document/chapter_traditional.txt"),
  };
  for (const std::string& line : lines) EXPECT_EQ(Simplify(line), reference.Convert(line)) << line;
}

// A whole chapter in traditional characters (the sample, converted with OpenCC s2t):
// converting it piece by piece gives exactly what OpenCC gives on the whole text at once.
TEST_F(ScriptConverterTest, AgreesWithOpenCcOnAWholeChapter) {
  DUIKOU_REQUIRE_SHARED(path, "seed/000_3bb9964064fcccfa.txt");
  opencc::SimpleConverter s2t(std::string(DUIKOU_OPENCC_DIR) + "/s2t.json");
  opencc::SimpleConverter t2s(std::string(DUIKOU_OPENCC_DIR) + "/t2s.json");
  const std::string traditional = s2t.Convert(testing::ReadFileOrDie(path));
  std::vector<uint32_t> map;
  const std::string simplified = Simplify(traditional, &map);
  EXPECT_EQ(simplified, t2s.Convert(traditional));
  ASSERT_EQ(map.size(), simplified.size() + 1);
  EXPECT_EQ(map.back(), traditional.size());
}

TEST_F(ScriptConverterTest, MapsEveryOutputByteToItsInputCharacter) {
  std::vector<uint32_t> map;
  const std::string in = "a對口b";
  EXPECT_EQ(Simplify(in, &map), "a对口b");
  EXPECT_EQ(map, (std::vector<uint32_t>{0, 1, 1, 1, 4, 4, 4, 7, 8}));
}

TEST_F(ScriptConverterTest, CensusTellsTraditionalFromSimplified) {
  EXPECT_TRUE(ScriptConverter::LooksTraditional(converter_->Count("對口支援協作項目")));
  EXPECT_FALSE(ScriptConverter::LooksTraditional(converter_->Count("对口支援协作项目，著名企业")));
  EXPECT_FALSE(ScriptConverter::LooksTraditional(converter_->Count("abc 123")));
}

}  // namespace
}  // namespace duikou::text
