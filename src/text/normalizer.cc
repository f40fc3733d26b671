#include "text/normalizer.h"

#include <cstring>

#include "text/large_buffer.h"
#include "text/script_converter.h"
#include "text/text_repairs.h"
#include "text/characters.h"
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

// ASCII that ends a line ('\r', '\n', form feed, vertical tab) or a table cell ('\t').
bool IsBreak(unsigned char c) { return c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v'; }

// Any other ASCII but the space: copied as it is, a run at a time.
bool IsPlainAscii(unsigned char c) { return c > 0x20 ? c < 0x80 : c != ' ' && !IsBreak(c); }

// Pass 2 of the header: width folding and spacing of `in` into `out`, whose offsets point
// into `in`. The output is never longer than the input, so the text buffer is sized once
// and written through a pointer (this pass sees every byte of every file); runs of Han
// characters and of ASCII are copied and mapped a run at a time.
void FoldAndSpace(std::string_view in, MappedText* out, RepairHints* hints) {
  const size_t n = in.size();
  ResizeLarge(&out->text, n);
  char* t = out->text.data();
  size_t o = 0;
  OffsetMap& map = out->to_input;
  map.clear();
  // Running Chinese text breaks a run about every 16 bytes; room for more costs address
  // space only, no memory until used.
  map.reserve(n / 4 + 16);
  const auto* s = reinterpret_cast<const unsigned char*>(in.data());

  CharClass last = CharClass::kEdge;
  size_t pending_space = SIZE_MAX;  // offset of the first space of a pending run
  auto flush_space = [&](CharClass next) {
    if (pending_space == SIZE_MAX) return;
    if (last != CharClass::kEdge && KeepSpace(last, next)) {
      t[o++] = ' ';
      map.AddChar(static_cast<uint32_t>(pending_space), 1);
    }
    pending_space = SIZE_MAX;
  };

  for (size_t i = 0; i < n;) {
    const unsigned char c = s[i];
    // Fast path: the bulk of a chapter, Han characters U+4000..U+9FFF, pass through.
    if (c >= 0xE4 && c <= 0xE9 && i + 2 < n) {
      flush_space(CharClass::kHan);
      const size_t first = i;
      do {
        const uint32_t key = (uint32_t{s[i]} << 16) | (uint32_t{s[i + 1]} << 8) | s[i + 2];
        if (IsYiUtf8(key)) hints->yi.push_back(o);
        if (IsAdminSuffixUtf8(key)) hints->admin_suffixes.push_back(o);
        t[o] = static_cast<char>(s[i]);
        t[o + 1] = static_cast<char>(s[i + 1]);
        t[o + 2] = static_cast<char>(s[i + 2]);
        o += 3;
        i += 3;
      } while (i + 2 < n && s[i] >= 0xE4 && s[i] <= 0xE9);
      map.Add(static_cast<uint32_t>(first), 3, 3, (i - first) / 3);
      last = CharClass::kHan;
      continue;
    }
    if (IsPlainAscii(c)) {
      flush_space(CharClass::kOther);
      if ((c == '-' || c == '&' || IsAsciiLetter(c)) && o > 0 && static_cast<unsigned char>(t[o - 1]) >= 0x80) {
        hints->latin.push_back(o);
      }
      const size_t first = i;
      do {
        t[o++] = static_cast<char>(s[i++]);
      } while (i < n && IsPlainAscii(s[i]));
      map.Add(static_cast<uint32_t>(first), 1, 1, i - first);
      last = CharClass::kOther;
      continue;
    }
    if (c < 0x80) {  // the space and the breaks
      if (c == ' ') {
        if (pending_space == SIZE_MAX) pending_space = i;
        ++i;
        continue;
      }
      if (c == '\r' && i + 1 < n && s[i + 1] == '\n') {  // CRLF: the LF stands for both
        ++i;
        continue;
      }
      pending_space = SIZE_MAX;  // trailing spaces of a line or cell go
      last = CharClass::kEdge;
      t[o++] = c == '\t' ? '\t' : '\n';  // CR, LF, form feed and vertical tab end a line
      map.AddChar(static_cast<uint32_t>(i), 1);
      ++i;
      continue;
    }
    size_t len = 0;
    const char32_t cp = utf8::Decode(in, i, &len);
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
    size_t out_len = len;
    if (folded == cp) {
      std::memcpy(t + o, s + i, len);
    } else {
      const std::string encoded = utf8::Encode(folded);  // rare: full-width forms and dashes
      out_len = encoded.size();
      std::memcpy(t + o, encoded.data(), out_len);
    }
    map.AddChar(static_cast<uint32_t>(i), static_cast<unsigned>(out_len));
    o += out_len;
    last = cls;
    i += len;
  }
  map.SetEnd(static_cast<uint32_t>(n));
  out->text.resize(o);
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

void Normalizer::NormalizeInto(std::string_view utf8, MappedText* out) const {
  const bool traditional = ScriptConverter::LooksTraditional(impl_->script->Count(utf8));
  RepairHints hints;
  if (traditional) {
    std::string simplified;
    OffsetMap to_utf8;
    impl_->script->ToSimplified(utf8, &simplified, &to_utf8);
    FoldAndSpace(simplified, out, &hints);
    RepairOcrNoise(hints, out);
    out->to_input = OffsetMap::Compose(out->to_input, to_utf8);
  } else {
    FoldAndSpace(utf8, out, &hints);
    RepairOcrNoise(hints, out);
  }
  out->traditional = traditional;
}

NormalizedText Normalizer::Normalize(std::string_view utf8) const {
  MappedText mapped;
  NormalizeInto(utf8, &mapped);
  NormalizedText out;
  out.text = std::move(mapped.text);
  out.to_input = mapped.to_input.ToDense();
  out.traditional = mapped.traditional;
  return out;
}

}  // namespace duikou::text
