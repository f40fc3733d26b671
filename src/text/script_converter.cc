#include "text/script_converter.h"

#include <opencc/Lexicon.hpp>
#include <opencc/MarisaDict.hpp>
#include <opencc/opencc.h>

#include <cstdio>
#include <exception>

#include "text/large_buffer.h"
#include "text/characters.h"

namespace duikou::text {
namespace {

// The ranges OpenCC's character table covers in the BMP.
constexpr char32_t kHanRanges[][2] = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};

// A census of this many Han characters decides: a chapter does not switch scripts midway.
constexpr size_t kDecisiveHan = 200000;

}  // namespace

ScriptConverter::~ScriptConverter() = default;

Status ScriptConverter::Create(const std::string& opencc_dir, std::unique_ptr<ScriptConverter>* out) {
  std::unique_ptr<ScriptConverter> c(new ScriptConverter());
  const std::string config = opencc_dir + "/t2s.json";
  try {
    c->opencc_ = std::make_unique<opencc::SimpleConverter>(config);
    c->single_at_.assign(0x10000, 0);
    // Probe every BMP ideograph once, one per line, so segmentation never joins two.
    std::string probe;
    std::vector<char32_t> cps;
    for (const auto& r : kHanRanges) {
      for (char32_t cp = r[0]; cp <= r[1]; ++cp) {
        utf8::Append(cp, &probe);
        probe.push_back('\n');
        cps.push_back(cp);
      }
    }
    const std::string converted = c->opencc_->Convert(probe);
    size_t pos = 0;
    for (char32_t cp : cps) {
      size_t eol = converted.find('\n', pos);
      if (eol == std::string::npos) break;
      std::string_view got(converted.data() + pos, eol - pos);
      size_t len = 0;
      if (!(got.size() > 0 && utf8::Decode(got, 0, &len) == cp && len == got.size())) {
        c->changed_[cp] = true;
        c->SetSingle(cp, got);
      }
      pos = eol + 1;
    }
    c->FindPhraseSensitive(opencc_dir + "/TSPhrases.ocd2");
  } catch (const std::exception& e) {
    return Status::Error(config + ": cannot load OpenCC traditional->simplified configuration: " + e.what());
  }
  *out = std::move(c);
  return Status::Ok();
}

void ScriptConverter::SetSingle(char32_t cp, std::string_view simplified) {
  if (simplified.empty() || simplified.size() > 0xFF || single_text_.size() > 0xFFFFFF) {
    // Not expected from t2s: such a character is left to OpenCC.
    changed_[cp] = false;
    phrase_sensitive_[cp] = true;
    return;
  }
  single_at_[cp] = static_cast<uint32_t>(single_text_.size() << 8 | simplified.size());
  single_text_.append(simplified);
}

void ScriptConverter::FindPhraseSensitive(const std::string& phrases_path) {
  // Without the phrase table every changed character is treated as phrase-sensitive, and
  // only line breaks end pieces, which sends every line that has one through OpenCC:
  // slower, never wrong.
  auto all_sensitive = [this] {
    phrase_sensitive_ |= changed_;
    in_phrase_.set();
    in_phrase_['\n'] = false;
  };
  FILE* fp = std::fopen(phrases_path.c_str(), "rb");
  if (fp == nullptr) return all_sensitive();
  try {
    opencc::MarisaDictPtr dict = opencc::MarisaDict::NewFromFile(fp);
    std::fclose(fp);
    fp = nullptr;
    for (const auto& entry : *dict->GetLexicon()) {
      const std::string key = entry->Key(), value = entry->GetDefault();
      std::vector<char32_t> k, v;
      for (size_t i = 0, len = 0; i < key.size(); i += len) k.push_back(utf8::Decode(key, i, &len));
      for (size_t i = 0, len = 0; i < value.size(); i += len) v.push_back(utf8::Decode(value, i, &len));
      for (size_t i = 0; i < k.size(); ++i) {
        if (k[i] >= 0x10000) continue;
        if (k.size() >= 2) in_phrase_[k[i]] = true;
        std::string alone;
        if (Changes(k[i])) {
          alone = std::string(Single(k[i]));
        } else {
          utf8::Append(k[i], &alone);
        }
        std::string in_phrase;
        if (k.size() == v.size()) utf8::Append(v[i], &in_phrase);
        if (alone != in_phrase) phrase_sensitive_[k[i]] = true;
      }
    }
  } catch (const std::exception&) {
    if (fp != nullptr) std::fclose(fp);
    all_sensitive();
  }
}

ScriptConverter::Census ScriptConverter::Count(std::string_view utf8) const {
  Census c;
  for (size_t i = 0; i < utf8.size();) {
    if (static_cast<unsigned char>(utf8[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t len = 0;
    char32_t cp = utf8::Decode(utf8, i, &len);
    if (IsHan(cp)) {
      ++c.han;
      if (Changes(cp)) ++c.traditional;
      if (c.han >= kDecisiveHan) break;
    }
    i += len;
  }
  return c;
}

void ScriptConverter::ToSimplified(std::string_view utf8, std::string* out, OffsetMap* to_input) const {
  out->clear();
  to_input->clear();
  ReserveLarge(out, utf8.size());
  to_input->reserve(utf8.size() / 8 + 16);
  size_t done = 0;   // input converted so far
  size_t piece = 0;  // start of the current piece
  bool sensitive = false;
  auto end_piece = [&](size_t end) {
    if (!sensitive) return;
    ConvertByTable(utf8.substr(done, piece - done), static_cast<uint32_t>(done), out, to_input);
    ConvertWithOpenCc(utf8.substr(piece, end - piece), static_cast<uint32_t>(piece), out, to_input);
    done = end;
    sensitive = false;
  };
  for (size_t i = 0; i < utf8.size();) {
    size_t len = 0;
    const char32_t cp = utf8::Decode(utf8, i, &len);
    if (EndsPiece(cp)) {
      end_piece(i);
      piece = i + len;
    } else if (cp < 0x10000 && phrase_sensitive_[cp]) {
      sensitive = true;
    }
    i += len;
  }
  end_piece(utf8.size());
  ConvertByTable(utf8.substr(done), static_cast<uint32_t>(done), out, to_input);
  to_input->SetEnd(static_cast<uint32_t>(utf8.size()));
}

void ScriptConverter::ToSimplified(std::string_view utf8, std::string* out, std::vector<uint32_t>* to_input) const {
  OffsetMap map;
  ToSimplified(utf8, out, &map);
  *to_input = map.ToDense();
}

void ScriptConverter::ConvertWithOpenCc(std::string_view piece, uint32_t base, std::string* out,
                                        OffsetMap* to_input) const {
  std::string converted;
  try {
    converted = opencc_->Convert(piece.data(), piece.size());
  } catch (const std::exception&) {
    converted.clear();
  }
  if (converted.empty() || CountCodePoints(converted) != CountCodePoints(piece)) {
    return ConvertByTable(piece, base, out, to_input);
  }
  size_t i = 0;
  for (size_t o = 0; o < converted.size();) {
    size_t olen = 0, ilen = 0;
    utf8::Decode(converted, o, &olen);
    utf8::Decode(piece, i, &ilen);
    out->append(converted, o, olen);
    to_input->AddChar(base + static_cast<uint32_t>(i), static_cast<unsigned>(olen));
    o += olen;
    i += ilen;
  }
}

void ScriptConverter::ConvertByTable(std::string_view piece, uint32_t base, std::string* out,
                                     OffsetMap* to_input) const {
  for (size_t i = 0; i < piece.size();) {
    size_t len = 0;
    const char32_t cp = utf8::Decode(piece, i, &len);
    if (Changes(cp)) {
      const std::string_view s = Single(cp);
      out->append(s);
      to_input->AddChar(base + static_cast<uint32_t>(i), static_cast<unsigned>(s.size()));
    } else {
      out->append(piece.data() + i, len);
      to_input->AddChar(base + static_cast<uint32_t>(i), static_cast<unsigned>(len));
    }
    i += len;
  }
}

}  // namespace duikou::text
