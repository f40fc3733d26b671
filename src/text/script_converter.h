// ScriptConverter: traditional -> simplified Chinese through OpenCC (t2s.json), with
// provenance.
//
// OpenCC converts phrase by phrase, which gets one-to-many characters right (乾隆 vs 乾淨).
// Only a few characters convert differently inside a phrase than alone; they are found once
// by comparing OpenCC's phrase table (TSPhrases) with its character table. OpenCC segments
// text into the phrases of that table, and no phrase holds a character that occurs in none
// of them (punctuation, ASCII, line breaks): the text converts exactly as the pieces between
// such characters would on their own. Pieces holding a phrase-sensitive character go
// through OpenCC; everything else through a character table built from OpenCC's own
// single-character conversions, which gives the same result much faster. When a piece
// converted by OpenCC keeps its number of characters (t2s almost always does), output
// character k comes from input character k; when it does not, that piece falls back to the
// character table, so the mapping never guesses.
#pragma once

#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "text/offset_map.h"

namespace opencc {
class SimpleConverter;
}

namespace duikou::text {

class ScriptConverter {
 public:
  // Loads `opencc_dir`/t2s.json and derives the table of characters t2s changes.
  static Status Create(const std::string& opencc_dir, std::unique_ptr<ScriptConverter>* out);
  ~ScriptConverter();

  // Han characters in `utf8`, and how many of them t2s would change. The count stops after
  // 200,000 Han characters: that many decide, and a chapter does not switch scripts midway.
  struct Census {
    size_t han = 0;
    size_t traditional = 0;
  };
  Census Count(std::string_view utf8) const;

  // True when the census says the text is written in traditional characters: at least one
  // changed character, and changed characters make up >= 5% of the Han characters
  // (simplified text has next to none; traditional text has 20-30%).
  static bool LooksTraditional(const Census& c) { return c.traditional > 0 && c.traditional * 20 >= c.han; }

  // Converts `utf8` to simplified; (*to_input)[i] is the byte offset in `utf8` of the
  // character output byte i came from, and to_input->back() is utf8.size().
  void ToSimplified(std::string_view utf8, std::string* out, OffsetMap* to_input) const;
  // The same with one offset per output byte.
  void ToSimplified(std::string_view utf8, std::string* out, std::vector<uint32_t>* to_input) const;

 private:
  ScriptConverter() = default;
  bool Changes(char32_t cp) const { return cp < 0x10000 && changed_[cp]; }
  // A BMP character outside every phrase of two or more characters: it ends a piece.
  bool EndsPiece(char32_t cp) const { return cp < 0x10000 && !in_phrase_[cp]; }
  // Converts `piece` (at offset `base` of the input) through OpenCC / the character table.
  void ConvertWithOpenCc(std::string_view piece, uint32_t base, std::string* out, OffsetMap* to_input) const;
  void ConvertByTable(std::string_view piece, uint32_t base, std::string* out, OffsetMap* to_input) const;
  void FindPhraseSensitive(const std::string& phrases_path);
  void SetSingle(char32_t cp, std::string_view simplified);
  std::string_view Single(char32_t cp) const {
    const uint32_t at = single_at_[cp];
    return std::string_view(single_text_).substr(at >> 8, at & 0xFF);
  }

  std::unique_ptr<opencc::SimpleConverter> opencc_;
  std::bitset<0x10000> changed_;                    // BMP characters t2s changes on their own
  std::bitset<0x10000> phrase_sensitive_;           // ... or converts differently inside a phrase
  std::bitset<0x10000> in_phrase_;                  // occurs in a phrase of 2+ characters
  // The single-character conversion of each changed character: single_at_[cp] is its
  // offset in single_text_ << 8 | its length.
  std::vector<uint32_t> single_at_;
  std::string single_text_;
};

}  // namespace duikou::text
