#include "query/query_engine.h"

namespace duikou::query {

struct QueryEngine::Impl {};

QueryEngine::QueryEngine() : impl_(std::make_unique<Impl>()) {}
QueryEngine::~QueryEngine() = default;

// Skeleton (issue 2/6 replace this).
Status QueryEngine::Create(std::unique_ptr<QueryEngine>* out) {
  out->reset(new QueryEngine());
  return Status::Ok();
}
Status QueryEngine::Load(const graph::Dataset&) { return Status::Ok(); }
Status QueryEngine::LoadFile(const std::string&, const std::string&) { return Status::Error("not built yet"); }
Status QueryEngine::Execute(const std::string&, const std::string&, QueryResult*) { return Status::Error("not built yet"); }
Status QueryEngine::Check(const std::string&, const std::string&) { return Status::Error("not built yet"); }

}  // namespace duikou::query
