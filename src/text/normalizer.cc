#include "text/normalizer.h"

#include "text/script_converter.h"
#include "text/text_repairs.h"
#include "text/utf8.h"
#include "text/width_folding.h"

namespace duikou::text {
namespace {

enum class CharClass { kHan, kCjkPunct, kOther };

CharClass Classify(char32_t cp) {
  if (cp < 0x80) return CharClass::kOther;
  if (IsHan(cp)) return CharClass::kHan;
  if (IsCjkPunct(cp)) return CharClass::kCjkPunct;
  return CharClass::kOther;
}

// Whether a run of spaces between `left` and `right` survives (see the header).
bool KeepSpace(char32_t left, char32_t right) {
  CharClass l = Classify(left), r = Classify(right);
  if (l == CharClass::kHan && r == CharClass::kHan) return true;
  return l == CharClass::kOther && r == CharClass::kOther;
}

// Pass 2 of the header: width folding and spacing. `to_input` of the result maps into
// `in`; `in_map` (when non-null) is composed in, so the result maps into the original input.
NormalizedText FoldAndSpace(std::string_view in, const std::vector<uint32_t>* in_map) {
  NormalizedText out;
  out.text.reserve(in.size());
  out.to_input.reserve(in.size() + 1);
  auto origin = [&](size_t i) { return in_map ? (*in_map)[i] : static_cast<uint32_t>(i); };
  auto emit_ascii = [&](char c, size_t src) {
    out.text.push_back(c);
    out.to_input.push_back(origin(src));
  };
  char32_t last = 0;           // last code point emitted on this line/cell; 0 at an edge
  size_t pending_space = SIZE_MAX;  // offset of the first space of a pending run
  const size_t n = in.size();
  const auto* s = reinterpret_cast<const unsigned char*>(in.data());
  for (size_t i = 0; i < n;) {
    unsigned char c = s[i];
    if (c < 0x80) {
      // ASCII fast path.
      if (c == '\r') {
        if (i + 1 < n && s[i + 1] == '\n') {
          ++i;
          continue;
        }
        c = '\n';
      }
      if (c == '\n' || c == '\f' || c == '\v' || c == '\t') {
        pending_space = SIZE_MAX;
        last = 0;
        emit_ascii(c == '\t' ? '\t' : '\n', i);
        ++i;
        continue;
      }
      if (c == ' ') {
        if (pending_space == SIZE_MAX) pending_space = i;
        ++i;
        continue;
      }
      if (pending_space != SIZE_MAX) {
        if (last != 0 && KeepSpace(last, c)) emit_ascii(' ', pending_space);
        pending_space = SIZE_MAX;
      }
      emit_ascii(static_cast<char>(c), i);
      last = c;
      ++i;
      continue;
    }
    size_t len = 0;
    char32_t cp = DecodeUtf8At(in, i, &len);
    if (IsSpaceLike(cp)) {
      if (pending_space == SIZE_MAX) pending_space = i;
      i += len;
      continue;
    }
    char32_t folded = FoldWidth(cp);
    if (folded == kDrop) {
      i += len;
      continue;
    }
    if (pending_space != SIZE_MAX) {
      if (last != 0 && KeepSpace(last, folded)) emit_ascii(' ', pending_space);
      pending_space = SIZE_MAX;
    }
    if (folded == cp) {
      out.text.append(in.data() + i, len);
      out.to_input.insert(out.to_input.end(), len, origin(i));
    } else {
      size_t w = AppendUtf8(folded, &out.text);
      out.to_input.insert(out.to_input.end(), w, origin(i));
    }
    last = folded;
    i += len;
  }
  out.to_input.push_back(in_map ? in_map->back() : static_cast<uint32_t>(n));
  return out;
}

}  // namespace

struct Normalizer::Impl {
  std::unique_ptr<ScriptConverter> script;
};

Normalizer::Normalizer() : impl_(std::make_unique<Impl>()) {}
Normalizer::~Normalizer() = default;

Status Normalizer::Create(const std::string& opencc_dir, std::unique_ptr<Normalizer>* out) {
  std::unique_ptr<Normalizer> n(new Normalizer());
  if (Status s = ScriptConverter::Create(opencc_dir, &n->impl_->script); !s.ok()) return s;
  *out = std::move(n);
  return Status::Ok();
}

NormalizedText Normalizer::Normalize(std::string_view utf8) const {
  const bool traditional = ScriptConverter::LooksTraditional(impl_->script->Count(utf8));
  NormalizedText folded;
  if (traditional) {
    std::string simplified;
    std::vector<uint32_t> to_input;
    impl_->script->ToSimplified(utf8, &simplified, &to_input);
    folded = FoldAndSpace(simplified, &to_input);
  } else {
    folded = FoldAndSpace(utf8, nullptr);
  }
  NormalizedText repaired = RepairOcrNoise(folded);
  repaired.traditional = traditional;
  return repaired;
}

}  // namespace duikou::text
