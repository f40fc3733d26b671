#include "text/script_converter.h"

#include <opencc/Lexicon.hpp>
#include <opencc/MarisaDict.hpp>
#include <opencc/opencc.h>

#include <cstdio>
#include <exception>

#include "text/large_buffer.h"
#include "text/utf8.h"

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
    // Probe every BMP ideograph once, one per line, so segmentation never joins two.
    std::string probe;
    std::vector<char32_t> cps;
    for (const auto& r : kHanRanges) {
      for (char32_t cp = r[0]; cp <= r[1]; ++cp) {
        AppendUtf8(cp, &probe);
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
      if (!(got.size() > 0 && DecodeUtf8At(got, 0, &len) == cp && len == got.size())) {
        c->changed_[cp] = true;
        c->single_.emplace(cp, std::string(got));
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

void ScriptConverter::FindPhraseSensitive(const std::string& phrases_path) {
  // Without the phrase table every changed character is treated as phrase-sensitive, which
  // sends every line that has one through OpenCC: slower, never wrong.
  auto all_sensitive = [this] { phrase_sensitive_ = changed_; };
  FILE* fp = std::fopen(phrases_path.c_str(), "rb");
  if (fp == nullptr) return all_sensitive();
  try {
    opencc::MarisaDictPtr dict = opencc::MarisaDict::NewFromFile(fp);
    std::fclose(fp);
    fp = nullptr;
    for (const auto& entry : *dict->GetLexicon()) {
      const std::string key = entry->Key(), value = entry->GetDefault();
      std::vector<char32_t> k, v;
      for (size_t i = 0, len = 0; i < key.size(); i += len) k.push_back(DecodeUtf8At(key, i, &len));
      for (size_t i = 0, len = 0; i < value.size(); i += len) v.push_back(DecodeUtf8At(value, i, &len));
      for (size_t i = 0; i < k.size(); ++i) {
        if (k[i] >= 0x10000) continue;
        std::string alone;
        if (Changes(k[i])) {
          alone = single_.at(k[i]);
        } else {
          AppendUtf8(k[i], &alone);
        }
        std::string in_phrase;
        if (k.size() == v.size()) AppendUtf8(v[i], &in_phrase);
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
    char32_t cp = DecodeUtf8At(utf8, i, &len);
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
  size_t pos = 0;
  while (pos < utf8.size()) {
    size_t eol = utf8.find('\n', pos);
    size_t end = eol == std::string_view::npos ? utf8.size() : eol + 1;
    ConvertLine(utf8.substr(pos, end - pos), static_cast<uint32_t>(pos), out, to_input);
    pos = end;
  }
  to_input->SetEnd(static_cast<uint32_t>(utf8.size()));
}

void ScriptConverter::ToSimplified(std::string_view utf8, std::string* out, std::vector<uint32_t>* to_input) const {
  OffsetMap map;
  ToSimplified(utf8, out, &map);
  *to_input = map.ToDense();
}

void ScriptConverter::ConvertLine(std::string_view line, uint32_t base, std::string* out,
                                  OffsetMap* to_input) const {
  // Lines without a single changing character are copied as they are; lines without a
  // phrase-sensitive one go through the character table, which gives what OpenCC would.
  bool any = false, sensitive = false;
  for (size_t i = 0; i < line.size() && !sensitive;) {
    size_t len = 0;
    char32_t cp = DecodeUtf8At(line, i, &len);
    any |= Changes(cp);
    sensitive |= cp < 0x10000 && phrase_sensitive_[cp];
    i += len;
  }
  if (sensitive) {
    std::string converted;
    try {
      converted = opencc_->Convert(line.data(), line.size());
    } catch (const std::exception&) {
      converted.clear();
    }
    if (!converted.empty() && CountCodePoints(converted) == CountCodePoints(line)) {
      size_t i = 0;
      for (size_t o = 0; o < converted.size();) {
        size_t olen = 0, ilen = 0;
        DecodeUtf8At(converted, o, &olen);
        DecodeUtf8At(line, i, &ilen);
        out->append(converted, o, olen);
        to_input->AddChar(base + static_cast<uint32_t>(i), static_cast<unsigned>(olen));
        o += olen;
        i += ilen;
      }
      return;
    }
  }
  // Copy, converting character by character through the single-character table.
  for (size_t i = 0; i < line.size();) {
    size_t len = 0;
    char32_t cp = DecodeUtf8At(line, i, &len);
    if (any && Changes(cp)) {
      const std::string& s = single_.at(cp);
      out->append(s);
      to_input->AddChar(base + static_cast<uint32_t>(i), static_cast<unsigned>(s.size()));
    } else {
      out->append(line.data() + i, len);
      to_input->AddChar(base + static_cast<uint32_t>(i), static_cast<unsigned>(len));
    }
    i += len;
  }
}

}  // namespace duikou::text
