#include "text/offset_map.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <vector>

namespace duikou::text {
namespace {

using Dense = std::vector<uint32_t>;

TEST(OffsetMapTest, RunsOfEqualWidthsAndStridesMerge) {
  OffsetMap m;
  m.Add(0, 3, 3, 4);  // four Han characters copied from a UTF-8 file
  m.AddChar(12, 3);   // one more, right after them
  m.Add(15, 1, 1, 4);  // "2020"
  m.AddChar(20, 3);   // a Han character after a removed space
  m.SetEnd(23);
  EXPECT_EQ(m.runs().size(), 3u);
  EXPECT_EQ(m.size(), 15u + 4u + 3u + 1u);
  EXPECT_EQ(m[0], 0u);
  EXPECT_EQ(m[2], 0u);   // a continuation byte maps to its character's start
  EXPECT_EQ(m[13], 12u);
  EXPECT_EQ(m[15], 15u);
  EXPECT_EQ(m[18], 18u);
  EXPECT_EQ(m[21], 20u);
  EXPECT_EQ(m[22], 23u);
  EXPECT_EQ(m.back(), 23u);
}

TEST(OffsetMapTest, StridesOtherThanTheWidth) {
  OffsetMap gb;
  gb.Add(0, 3, 2, 3);  // three Han characters of a GB18030 file: 3 bytes of UTF-8 from 2
  gb.AddChar(6, 1);    // ASCII
  gb.SetEnd(7);
  EXPECT_EQ(gb.ToDense(), (Dense{0, 0, 0, 2, 2, 2, 4, 4, 4, 6, 7}));
  OffsetMap folded;
  folded.AddChar(0, 1);  // "1" from "１"
  folded.AddChar(3, 1);  // "2" from "２"
  folded.AddChar(6, 1);
  folded.SetEnd(9);
  EXPECT_EQ(folded.runs().size(), 1u);
  EXPECT_EQ(folded.ToDense(), (Dense{0, 3, 6, 9}));
}

TEST(OffsetMapTest, EmptyMapAndEndOnly) {
  OffsetMap m;
  EXPECT_TRUE(m.empty());
  EXPECT_EQ(m.size(), 0u);
  m.SetEnd(5);
  EXPECT_FALSE(m.empty());
  EXPECT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0], 5u);
  EXPECT_EQ(m.ToDense(), (Dense{5}));
}

// A random text's map: characters of 1 to 4 bytes, sources that mostly follow each other
// and sometimes jump (removed spaces) or go back (copied table cells).
Dense RandomDense(std::mt19937* rng, size_t chars) {
  Dense d;
  uint32_t source = 0;
  std::uniform_int_distribution<int> width(1, 4), event(0, 9);
  for (size_t c = 0; c < chars; ++c) {
    const int w = event(*rng) < 6 ? 3 : width(*rng);
    for (int k = 0; k < w; ++k) d.push_back(source);
    const int e = event(*rng);
    if (e == 0) {
      source += 7;  // a gap
    } else if (e == 1 && source > 20) {
      source -= 20;  // back
    } else {
      source += static_cast<uint32_t>(e == 2 ? 2 : w);
    }
  }
  d.push_back(source + 1);
  return d;
}

TEST(OffsetMapTest, DenseRoundTripAndLookupsAgree) {
  std::mt19937 rng(7);
  for (int round = 0; round < 50; ++round) {
    const Dense d = RandomDense(&rng, 1 + round * 7);
    const OffsetMap m = OffsetMap::FromDense(d);
    ASSERT_EQ(m.ToDense(), d);
    size_t hint = 0;
    for (size_t i = 0; i < d.size(); ++i) {
      ASSERT_EQ(m[i], d[i]) << i;
      ASSERT_EQ(m.Lookup(i, &hint), d[i]) << i;
    }
    // Jumping back and forth with one hint.
    std::uniform_int_distribution<size_t> any(0, d.size() - 1);
    for (int k = 0; k < 200; ++k) {
      const size_t i = any(rng);
      ASSERT_EQ(m.Lookup(i, &hint), d[i]) << i;
    }
  }
}

TEST(OffsetMapTest, SlicesAtAnyByteAgreeWithTheDenseMap) {
  std::mt19937 rng(11);
  for (int round = 0; round < 200; ++round) {
    const Dense d = RandomDense(&rng, 40);
    const OffsetMap m = OffsetMap::FromDense(d);
    const size_t bytes = d.size() - 1;
    std::uniform_int_distribution<size_t> pos(0, bytes);
    // Two slices appended one after the other, with a shift, after a separator.
    size_t a = pos(rng), b = pos(rng), c = pos(rng), e = pos(rng);
    if (a > b) std::swap(a, b);
    if (c > e) std::swap(c, e);
    OffsetMap out;
    Dense expected;
    out.AppendSlice(m, a, b, 100, nullptr);
    for (size_t i = a; i < b; ++i) expected.push_back(d[i] + 100);
    out.AddChar(5, 1);
    expected.push_back(5);
    size_t hint = 0;
    out.AppendSlice(m, c, e, 0, &hint);
    for (size_t i = c; i < e; ++i) expected.push_back(d[i]);
    out.SetEnd(9);
    expected.push_back(9);
    ASSERT_EQ(out.ToDense(), expected) << "round " << round;
  }
}

TEST(OffsetMapTest, ComposeAgreesWithTheDenseComposition) {
  std::mt19937 rng(13);
  for (int round = 0; round < 100; ++round) {
    // inner: a middle text of ASCII and Han characters -> an input.
    Dense inner = RandomDense(&rng, 60);
    const size_t middle_bytes = inner.size() - 1;
    std::vector<size_t> starts;  // character starts of the middle text
    for (size_t i = 0; i < middle_bytes; ++i) {
      if (i == 0 || inner[i] != inner[i - 1]) starts.push_back(i);
    }
    // outer: characters that mostly copy the middle text's in order, some dropped, some
    // widened, a few repeated, and all of them mapping to character starts.
    Dense outer;
    std::uniform_int_distribution<int> event(0, 9);
    for (size_t k = 0; k < starts.size(); ++k) {
      const int e = event(rng);
      if (e == 0) continue;
      const size_t w = e == 1 ? 1 : (k + 1 < starts.size() ? starts[k + 1] : middle_bytes) - starts[k];
      for (size_t b = 0; b < w; ++b) outer.push_back(static_cast<uint32_t>(starts[k]));
      if (e == 2 && k > 0) outer.push_back(static_cast<uint32_t>(starts[k - 1]));
    }
    outer.push_back(static_cast<uint32_t>(middle_bytes));
    Dense expected;
    for (uint32_t at : outer) expected.push_back(inner[at]);
    const OffsetMap composed = OffsetMap::Compose(OffsetMap::FromDense(outer), OffsetMap::FromDense(inner));
    ASSERT_EQ(composed.ToDense(), expected) << "round " << round;
  }
}

}  // namespace
}  // namespace duikou::text
