// Status: how every stage of duikou reports failure. No exceptions cross a stage boundary;
// a function that can fail returns a Status, and a failed Status carries a message that is
// ready to show a user ("FILE:LINE:COL: what was expected").
#pragma once

#include <string>
#include <utility>

namespace duikou {

class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(std::string message) { return Status(std::move(message)); }

  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }
  const std::string& message() const { return message_; }

 private:
  explicit Status(std::string message) : failed_(true), message_(std::move(message)) {}
  bool failed_ = false;
  std::string message_;
};

}  // namespace duikou
