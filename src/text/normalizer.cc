#include "text/normalizer.h"

#include <cstring>

#include "text/large_buffer.h"
#include "text/script_converter.h"
#include "text/text_repairs.h"
#include "text/utf8.h"
#include "text/width_folding.h"

namespace duikou::text {
namespace {

enum class CharClass { kEdge, kHan, kCjkPunct, kOther };  // kEdge: start of a line or cell

CharClass Classify(char32_t cp) {
  if (cp < 0x80) return CharClass::kOther;
  if (IsHan(cp)) return CharClass::kHan;
  if (IsCjkPunct(cp)) return CharClass::kCjkPunct;
  return CharClass::kOther;
}

// Whether a run of spaces between `left` and `right` survives (see the header).
bool KeepSpace(CharClass left, CharClass right) {
  if (left == CharClass::kHan && right == CharClass::kHan) return true;
  return left == CharClass::kOther && right == CharClass::kOther;
}

// Pass 2 of the header: width folding and spacing. `to_input` of the result maps into
// `in`; `in_map` (when non-null) is composed in, so the result maps into the original input.
// The output is never longer than the input, so both buffers are sized once and written
// through pointers (this pass sees every byte of every file).
template <bool kMapped>
NormalizedText FoldAndSpaceImpl(std::string_view in, const std::vector<uint32_t>* in_map, RepairHints* hints) {
  const size_t n = in.size();
  NormalizedText out;
  ResizeLarge(&out.text, n);
  ResizeLarge(&out.to_input, n + 1);
  char* t = out.text.data();
  uint32_t* m = out.to_input.data();
  size_t o = 0;
  const uint32_t* im = kMapped ? in_map->data() : nullptr;
  auto origin = [im](size_t i) {
    if constexpr (kMapped) {
      return im[i];
    } else {
      return static_cast<uint32_t>(i);
    }
  };
  const auto* s = reinterpret_cast<const unsigned char*>(in.data());

  CharClass last = CharClass::kEdge;
  size_t pending_space = SIZE_MAX;  // offset of the first space of a pending run
  auto flush_space = [&](CharClass next) {
    if (pending_space == SIZE_MAX) return;
    if (last != CharClass::kEdge && KeepSpace(last, next)) {
      t[o] = ' ';
      m[o++] = origin(pending_space);
    }
    pending_space = SIZE_MAX;
  };

  for (size_t i = 0; i < n;) {
    const unsigned char c = s[i];
    // Fast path: the bulk of a chapter, Han characters U+4000..U+9FFF, pass through.
    if (c >= 0xE4 && c <= 0xE9 && i + 2 < n) {
      flush_space(CharClass::kHan);
      // The whole run of such characters in one tight loop.
      do {
        const uint32_t key = (uint32_t{s[i]} << 16) | (uint32_t{s[i + 1]} << 8) | s[i + 2];
        if (IsYiUtf8(key)) hints->yi.push_back(o);
        if (IsAdminSuffixUtf8(key)) hints->admin_suffixes.push_back(o);
        const uint32_t from = origin(i);
        t[o] = static_cast<char>(s[i]);
        t[o + 1] = static_cast<char>(s[i + 1]);
        t[o + 2] = static_cast<char>(s[i + 2]);
        m[o] = m[o + 1] = m[o + 2] = from;
        o += 3;
        i += 3;
      } while (i + 2 < n && s[i] >= 0xE4 && s[i] <= 0xE9);
      last = CharClass::kHan;
      continue;
    }
    if (c < 0x80) {
      char ch = static_cast<char>(c);
      if (c == '\r') {
        if (i + 1 < n && s[i + 1] == '\n') {
          ++i;
          continue;
        }
        ch = '\n';
      }
      if (ch == '\n' || ch == '\f' || ch == '\v' || ch == '\t') {
        pending_space = SIZE_MAX;  // trailing spaces of a line or cell go
        last = CharClass::kEdge;
        t[o] = ch == '\t' ? '\t' : '\n';
        m[o++] = origin(i);
        ++i;
        continue;
      }
      if (ch == ' ') {
        if (pending_space == SIZE_MAX) pending_space = i;
        ++i;
        continue;
      }
      flush_space(CharClass::kOther);
      if ((ch == '-' || ch == '&' || IsAsciiLetter(c)) && o > 0 && static_cast<unsigned char>(t[o - 1]) >= 0x80) {
        hints->latin.push_back(o);
      }
      t[o] = ch;
      m[o++] = origin(i);
      last = CharClass::kOther;
      ++i;
      continue;
    }
    size_t len = 0;
    const char32_t cp = DecodeUtf8At(in, i, &len);
    if (IsSpaceLike(cp)) {
      if (pending_space == SIZE_MAX) pending_space = i;
      i += len;
      continue;
    }
    const char32_t folded = FoldWidth(cp);
    if (folded == kDrop) {
      i += len;
      continue;
    }
    const CharClass cls = Classify(folded);
    flush_space(cls);
    const uint32_t from = origin(i);
    if (folded == cp) {
      std::memcpy(t + o, s + i, len);
      for (size_t k = 0; k < len; ++k) m[o + k] = from;
      o += len;
    } else {
      std::string enc;
      AppendUtf8(folded, &enc);
      std::memcpy(t + o, enc.data(), enc.size());
      for (size_t k = 0; k < enc.size(); ++k) m[o + k] = from;
      o += enc.size();
    }
    last = cls;
    i += len;
  }
  if constexpr (kMapped) {
    m[o] = in_map->back();
  } else {
    m[o] = static_cast<uint32_t>(n);
  }
  out.text.resize(o);
  out.to_input.resize(o + 1);
  return out;
}

NormalizedText FoldAndSpace(std::string_view in, const std::vector<uint32_t>* in_map, RepairHints* hints) {
  return in_map ? FoldAndSpaceImpl<true>(in, in_map, hints) : FoldAndSpaceImpl<false>(in, nullptr, hints);
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
  RepairHints hints;
  if (traditional) {
    std::string simplified;
    std::vector<uint32_t> to_input;
    impl_->script->ToSimplified(utf8, &simplified, &to_input);
    folded = FoldAndSpace(simplified, &to_input, &hints);
  } else {
    folded = FoldAndSpace(utf8, nullptr, &hints);
  }
  NormalizedText repaired = RepairOcrNoise(std::move(folded), hints);
  repaired.traditional = traditional;
  return repaired;
}

}  // namespace duikou::text
