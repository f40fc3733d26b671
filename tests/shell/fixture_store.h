// A store holding tests/query/fixtures/paired-assistance.ttl, for shell tests.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "query/query_engine.h"
#include "store/store.h"
#include "support/test_paths.h"

namespace duikou::testing {

inline std::string FixtureFile() { return SourceDir() + "/tests/query/fixtures/paired-assistance.ttl"; }

// Writes the fixture into a fresh store and returns its directory.
inline std::string MakeFixtureStore() {
  std::unique_ptr<query::QueryEngine> engine;
  EXPECT_TRUE(query::QueryEngine::Create(&engine).ok());
  EXPECT_TRUE(engine->LoadFile(FixtureFile(), "").ok());
  query::QueryResult all;
  EXPECT_TRUE(engine->Execute("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "", &all).ok());
  std::string dir = MakeTempDir("shell-store") + "/store";
  std::unique_ptr<store::StoreWriter> writer;
  EXPECT_TRUE(store::StoreWriter::Begin(dir, &writer).ok());
  EXPECT_TRUE(writer->Commit(all.graph).ok());
  return dir;
}

}  // namespace duikou::testing
