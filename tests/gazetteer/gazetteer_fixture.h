// The shipped gazetteer, loaded once for all tests of a binary.
#pragma once

#include <gtest/gtest.h>

#include <memory>

#include "gazetteer/gazetteer.h"

namespace duikou::gazetteer {

inline const Gazetteer& SharedGazetteer() {
  static const std::unique_ptr<Gazetteer> g = [] {
    std::unique_ptr<Gazetteer> out;
    Status s = Gazetteer::Load(Gazetteer::DefaultPath(), &out);
    if (!s.ok()) ADD_FAILURE() << s.message();
    return out;
  }();
  return *g;
}

}  // namespace duikou::gazetteer
