#include "document/line_patterns.h"

#include <array>

#include "document/source_text.h"
#include "text/characters.h"

namespace duikou::document {
namespace {

using text::CharBefore;
using text::IsHan;

bool IsSentenceEnd(char32_t cp) {
  switch (cp) {
    case U'。': case U'！': case U'？': case U'；': case U'：': case U'…':
    case '!': case '?': case ';': case ':':
      return true;
    default:
      return false;
  }
}

bool IsClosingQuote(char32_t cp) {
  return cp == U'”' || cp == U'’' || cp == U'」' || cp == U'』' || cp == '"' || cp == '\'';
}

// Sentence punctuation that cannot appear in a heading, a title or a list of names.
bool IsClausePunct(char32_t cp) {
  switch (cp) {
    case U'，': case U'。': case U'；': case U'：': case U'！': case U'？':
    case ',': case ';': case ':': case '!': case '?':
      return true;
    default:
      return false;
  }
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// Offset of the '(' matching the ')' that ends at `close` (exclusive end), or npos.
size_t MatchingOpenParen(std::string_view s, size_t close) {
  int depth = 0;
  for (size_t i = close; i > 0; --i) {
    char c = s[i - 1];
    if (c == ')') ++depth;
    if (c == '(' && --depth == 0) return i - 1;
  }
  return std::string_view::npos;
}

struct Scan {
  size_t chars = 0;
  bool han = false;
  bool clause_punct = false;
};

// Scans at most `limit` characters (the callers only ask "is it short and clean").
Scan ScanText(std::string_view s, size_t limit = SIZE_MAX) {
  Scan r;
  for (size_t i = 0; i < s.size() && r.chars <= limit;) {
    size_t len = 0;
    char32_t cp = utf8::Decode(s, i, &len);
    if (cp != ' ') ++r.chars;
    r.han |= IsHan(cp);
    r.clause_punct |= IsClausePunct(cp);
    i += len;
  }
  return r;
}

bool ValidNames(std::string_view names) {
  if (names.empty() || names.find("详见") != std::string_view::npos) return false;
  Scan s = ScanText(names);
  return s.han && !s.clause_punct && s.chars <= 40;
}

// A photographer's credit holds names ("张三 李四", "新华社记者 王五"); a longer run between
// spaces is caption text.
bool HasCaptionLongWord(std::string_view names) {
  constexpr size_t kMaxCreditWordChars = 8;
  for (size_t begin = 0; begin < names.size();) {
    size_t end = names.find(' ', begin);
    if (end == std::string_view::npos) end = names.size();
    if (ScanText(names.substr(begin, end - begin)).chars > kMaxCreditWordChars) return true;
    begin = end + 1;
  }
  return false;
}

bool IsChineseNumeral(char32_t cp) {
  switch (cp) {
    case U'一': case U'二': case U'三': case U'四': case U'五': case U'六': case U'七': case U'八':
    case U'九': case U'十': case U'百': case U'〇': case U'零':
      return true;
    default:
      return false;
  }
}

// Length in bytes of a run of Chinese numerals at the start of `s`.
size_t NumeralRun(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t len = 0;
    if (!IsChineseNumeral(utf8::Decode(s, i, &len))) break;
    i += len;
  }
  return i;
}

char32_t DecodeAt(std::string_view s, size_t pos) {
  size_t len = 0;
  return utf8::Decode(s, pos, &len);
}

// The ASCII digits a line starts with.
size_t ArabicRun(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && text::IsAsciiDigit(static_cast<unsigned char>(s[i]))) ++i;
  return i;
}

constexpr std::array<std::string_view, 6> kBulletMarkers = {"■", "□", "◆", "◇", "▲", "●"};
constexpr size_t kMaxTitleChars = 40;
constexpr size_t kMaxHeadingChars = 24;
constexpr size_t kMaxAnnotatedHeadingChars = 40;

// `s` opens with a year of four ASCII digits and 年 ("2020年,…"): the start of an entry's text.
bool OpensWithYear(std::string_view s) {
  if (s.size() < 7) return false;
  for (size_t k = 0; k < 4; ++k)
    if (!text::IsAsciiDigit(static_cast<unsigned char>(s[k]))) return false;
  return s.substr(4, 3) == "年";
}

// Title of an entry opened by a marker without a closing bracket, starting at `begin`.
std::optional<EntryStart> OpenEndedTitle(std::string_view line, size_t begin, const SourceText& src,
                                         size_t line_begin, bool numbered) {
  EntryStart e;
  e.numbered = numbered;
  size_t i = begin;
  while (i < line.size() && line[i] == ' ') ++i;
  const size_t title_begin = i;
  size_t stop = std::string_view::npos, body = std::string_view::npos;
  while (i < line.size()) {
    size_t len = 0;
    char32_t cp = utf8::Decode(line, i, &len);
    if (i > title_begin && (cp == ' ' || src.HadSpaceBefore(line_begin + i))) {
      stop = i;
      body = cp == ' ' ? i + 1 : i;
      break;
    }
    if (IsClausePunct(cp) || cp == U'。') {
      stop = i;
      body = i + len;
      break;
    }
    if (i >= title_begin + 6 && OpensWithYear(line.substr(i))) {  // two characters or more
      stop = body = i;
      break;
    }
    i += len;
  }
  if (stop == std::string_view::npos) {
    // No delimiter: a short line is all title, a long one is untitled text.
    std::string_view rest = line.substr(title_begin);
    if (ScanText(rest, kMaxTitleChars).chars <= kMaxTitleChars) {
      e.title = std::string(rest);
      e.title_end = line.size();
      e.body_begin = line.size();
      e.title_only = true;
    } else {
      e.body_begin = title_begin;
    }
    return e;
  }
  std::string_view title = line.substr(title_begin, stop - title_begin);
  if (ScanText(title).chars > kMaxTitleChars) {
    e.body_begin = title_begin;
    return e;
  }
  e.title = std::string(title);
  e.title_end = stop;
  e.run_in = body == stop || line[stop] == ' ';
  while (body < line.size() && line[body] == ' ') ++body;
  e.body_begin = body;
  e.title_only = body >= line.size();
  if (e.title_only) e.run_in = false;
  return e;
}

std::optional<EntryStart> BracketedTitle(std::string_view line, std::string_view open, std::string_view close) {
  if (!StartsWith(line, open)) return std::nullopt;
  size_t end = line.find(close, open.size());
  if (end == std::string_view::npos) return std::nullopt;
  std::string_view title = TrimSpaces(line.substr(open.size(), end - open.size()));
  if (title.empty() || ScanText(title).chars > 2 * kMaxTitleChars) return std::nullopt;
  EntryStart e;
  e.bracketed = true;
  e.title = std::string(title);
  size_t body = end + close.size();
  e.title_end = body;
  while (body < line.size() && line[body] == ' ') ++body;
  e.body_begin = body;
  e.title_only = body >= line.size();
  return e;
}

// Roles of a "role：names" credit. Primary roles name who provided or wrote the text;
// secondary ones (reviewers, editors) are used only when no primary role is given.
struct Role {
  std::string_view text;
  enum { kProvider, kWriter, kPhoto, kSecondary } kind;
};
constexpr Role kRoles[] = {
    {"供稿单位", Role::kProvider}, {"供稿人", Role::kWriter},   {"供稿", Role::kProvider},
    {"撰稿人", Role::kWriter},     {"撰稿", Role::kWriter},     {"执笔", Role::kWriter},
    {"资料提供", Role::kProvider}, {"摄影", Role::kPhoto},      {"图片", Role::kPhoto},
    {"审稿", Role::kSecondary},    {"审核", Role::kSecondary},  {"责任编辑", Role::kSecondary},
    {"编辑", Role::kSecondary},
};

// The role that `s` starts with, followed by a separator (：: / or a space); sets *skip to
// the length of role and separator.
const Role* MatchRole(std::string_view s, size_t* skip) {
  for (const Role& r : kRoles) {
    if (!StartsWith(s, r.text)) continue;
    std::string_view rest = s.substr(r.text.size());
    for (std::string_view sep : {"：", ":", "/", " "}) {
      if (StartsWith(rest, sep)) {
        *skip = r.text.size() + sep.size();
        return &r;
      }
    }
  }
  return nullptr;
}

// The role `s` starts with, separator or not (a cheap first test).
const Role* ScanRoleStart(std::string_view s) {
  for (const Role& r : kRoles) {
    if (StartsWith(s, r.text)) return &r;
  }
  return nullptr;
}

// "供稿：市发改委", "撰稿：张三 审稿：李四", "摄影：李明": one or more role：names pairs.
std::optional<Credit> ParseRoleCredit(std::string_view line) {
  std::string provider, writer, photo, secondary;
  std::string_view rest = line;
  size_t skip = 0;
  if (!MatchRole(rest, &skip)) return std::nullopt;
  while (!rest.empty()) {
    const Role* role = MatchRole(rest, &skip);
    if (!role) return std::nullopt;
    rest = TrimSpaces(rest.substr(skip));
    // The names run up to the next role (after a space or a ；/;/，).
    size_t end = rest.size(), next = rest.size();
    for (size_t i = 0; i < rest.size(); ++i) {
      size_t sep = 0;
      if (rest[i] == ' ' || rest[i] == ';') sep = 1;
      if (StartsWith(rest.substr(i), "；") || StartsWith(rest.substr(i), "，")) sep = 3;
      if (sep == 0) continue;
      size_t k = 0;
      std::string_view after = TrimSpaces(rest.substr(i + sep));
      if (MatchRole(after, &k)) {
        end = i;
        next = static_cast<size_t>(after.data() - rest.data());
        break;
      }
    }
    std::string_view names = TrimSpaces(rest.substr(0, end));
    if (!ValidNames(names)) return std::nullopt;
    std::string* slot = role->kind == Role::kProvider ? &provider
                        : role->kind == Role::kWriter ? &writer
                        : role->kind == Role::kPhoto  ? &photo
                                                      : &secondary;
    if (slot->empty()) *slot = std::string(names);
    rest = rest.substr(next);
  }
  if (!provider.empty()) return Credit{Credit::Kind::kProvided, provider, writer};
  if (!writer.empty()) return Credit{Credit::Kind::kWritten, writer, ""};
  if (!photo.empty()) return Credit{Credit::Kind::kPhoto, photo, ""};
  return Credit{Credit::Kind::kProvided, secondary, ""};
}

}  // namespace

bool EndsSentence(std::string_view line) {
  line = TrimSpaces(line);
  size_t end = line.size();
  while (end > 0) {
    size_t b = 0;
    char32_t cp = CharBefore(line, end, &b);
    if (IsSentenceEnd(cp)) return true;
    if (cp == '.') {
      if (b == 0) return false;
      size_t bb = 0;
      return !text::IsAsciiDigit(CharBefore(line, b, &bb));
    }
    if (IsClosingQuote(cp)) {
      end = b;
      continue;
    }
    if (cp == ')') {
      size_t open = MatchingOpenParen(line, end);
      if (open == std::string_view::npos) return false;
      size_t bb = 0;
      if (IsSentenceEnd(CharBefore(line, b, &bb))) return true;
      end = open;
      while (end > 0 && line[end - 1] == ' ') --end;
      continue;
    }
    return false;
  }
  return false;
}

// "概况　2021年，…": a short title with no marker, set off from its text by a space. Taken
// only when what follows reads as an entry's text: after a full-width space (which
// normalization drops and SourceText remembers), a year or a sentence of 20 characters or
// more — a space-aligned table row also opens with a few characters and a space; after an
// ASCII space only a year, since a paragraph broken across lines may go on "医院 2 家…".
std::optional<EntryStart> UnmarkedRunInTitle(std::string_view line, const SourceText& src, size_t line_begin) {
  constexpr size_t kMaxUnmarkedTitleChars = 8;
  size_t i = 0, chars = 0;
  bool wide_space = false;
  while (i < line.size()) {
    size_t len = 0;
    const char32_t cp = utf8::Decode(line, i, &len);
    if (i > 0 && (cp == ' ' || src.HadSpaceBefore(line_begin + i))) {
      // The file's own character: a kept space is at the offset, a dropped one right before.
      const std::string_view file = src.decoded();
      const size_t at = src.DecodedOffset(line_begin + i);
      constexpr std::string_view kWide = "\u3000";
      wide_space = cp == ' ' ? file.substr(at, kWide.size()) == kWide
                             : at >= kWide.size() && file.substr(at - kWide.size(), kWide.size()) == kWide;
      break;
    }
    if (!IsHan(cp) || ++chars > kMaxUnmarkedTitleChars) return std::nullopt;
    i += len;
  }
  if (chars < 2 || i >= line.size()) return std::nullopt;
  size_t body = i;
  while (body < line.size() && line[body] == ' ') ++body;
  const std::string_view rest = line.substr(body);
  const bool sentence = ScanText(rest).chars >= 20 && (rest.find("，") != std::string_view::npos ||
                                                       rest.find("。") != std::string_view::npos ||
                                                       rest.find(',') != std::string_view::npos);
  if (OpensWithYear(rest)) {
    // a title, then the year its text opens with
  } else if (!wide_space || !sentence || text::IsAsciiDigit(static_cast<unsigned char>(rest.front()))) {
    return std::nullopt;  // "…医院 2 家…": a line of a broken paragraph, spaced around its number
  }
  EntryStart e;
  e.title = std::string(line.substr(0, i));
  e.title_end = i;
  e.body_begin = body;
  e.run_in = true;
  return e;
}

std::optional<EntryStart> ParseEntryStart(std::string_view line, const SourceText& src, size_t line_begin) {
  if (auto e = BracketedTitle(line, "【", "】")) return e;
  if (auto e = BracketedTitle(line, "〖", "〗")) return e;
  for (std::string_view m : kBulletMarkers) {
    if (StartsWith(line, m)) return OpenEndedTitle(line, m.size(), src, line_begin, /*numbered=*/false);
  }
  // 一、title
  if (size_t n = NumeralRun(line); n > 0 && StartsWith(line.substr(n), "、")) {
    return OpenEndedTitle(line, n + std::string_view("、").size(), src, line_begin, /*numbered=*/true);
  }
  // (一)title
  if (StartsWith(line, "(")) {
    size_t n = NumeralRun(line.substr(1));
    if (n > 0 && line.size() > n + 1 && line[n + 1] == ')') {
      return OpenEndedTitle(line, n + 2, src, line_begin, /*numbered=*/true);
    }
  }
  // 1.title, 1、title, (1)title: the third level of numbering. Not "1.18亿元", a number that
  // starts a line of a broken paragraph, nor a title that is only a number.
  if (size_t n = ArabicRun(line); n > 0 && n <= 2 && n < line.size()) {
    size_t marker = 0;
    if (line[n] == '.') marker = 1;
    else if (line.compare(n, 3, "、") == 0) marker = 3;
    const size_t title = n + marker;
    if (marker > 0 && title < line.size() && !text::IsAsciiDigit(static_cast<unsigned char>(line[title])) &&
        !IsChineseNumeral(DecodeAt(line, title)) && line[title] != ' ')
      return OpenEndedTitle(line, title, src, line_begin, /*numbered=*/true);
  }
  if (StartsWith(line, "(")) {
    size_t n = ArabicRun(line.substr(1));
    if (n > 0 && n <= 2 && line.size() > n + 2 && line[n + 1] == ')')
      return OpenEndedTitle(line, n + 2, src, line_begin, /*numbered=*/true);
  }
  return UnmarkedRunInTitle(line, src, line_begin);
}

std::optional<Credit> ParseCredit(std::string_view line) {
  line = TrimSpaces(line);
  // Quick rejection of ordinary text: a credit is bracketed, or ends in a credit word, or
  // starts with a role.
  if (line.size() < 4) return std::nullopt;
  const bool bracket_shape = line.front() == '(' && line.back() == ')';
  if (!bracket_shape && !EndsWith(line, "摄") && !EndsWith(line, "影") && !EndsWith(line, "供") &&
      !EndsWith(line, "稿") && ScanRoleStart(line) == nullptr) {
    return std::nullopt;
  }
  bool bracketed = false;
  if (StartsWith(line, "(") && EndsWith(line, ")") && MatchingOpenParen(line, line.size()) == 0) {
    line = TrimSpaces(line.substr(1, line.size() - 2));
    bracketed = true;
  }
  if (auto c = ParseRoleCredit(line)) return c;
  struct Suffix {
    std::string_view text;
    Credit::Kind kind;
  };
  static constexpr Suffix kSuffixes[] = {
      {"摄影", Credit::Kind::kPhoto},  {"摄", Credit::Kind::kPhoto},      {"提供", Credit::Kind::kProvided},
      {"供稿", Credit::Kind::kProvided}, {"撰稿", Credit::Kind::kWritten},
  };
  for (const Suffix& s : kSuffixes) {
    if (!EndsWith(line, s.text)) continue;
    std::string_view names = line.substr(0, line.size() - s.text.size());
    bool spaced = !names.empty() && names.back() == ' ';
    if (!bracketed && !spaced) return std::nullopt;
    names = TrimSpaces(names);
    if (!ValidNames(names)) return std::nullopt;
    // "(图为…现场 张三 摄)" is a caption that ends with its photographer, not a credit line.
    if (s.kind == Credit::Kind::kPhoto && HasCaptionLongWord(names)) return std::nullopt;
    return Credit{s.kind, std::string(names), ""};
  }
  return std::nullopt;
}

std::optional<Credit> ParseTrailingCredit(std::string_view line, size_t* credit_begin) {
  std::string_view t = TrimSpaces(line);
  if (!EndsWith(t, ")")) return std::nullopt;
  size_t open = MatchingOpenParen(t, t.size());
  if (open == std::string_view::npos || open == 0) return std::nullopt;
  auto credit = ParseCredit(t.substr(open));
  if (!credit || !EndsSentence(t.substr(0, open))) return std::nullopt;
  *credit_begin = open + static_cast<size_t>(t.data() - line.data());
  return credit;
}

namespace {

// "(图为…现场　张三 摄)": a whole caption in brackets, its photographer after a space at the end.
// `t` is trimmed and starts at the bracket, `shift` bytes into the line.
std::optional<Credit> ParseBracketedPhotoCaption(std::string_view t, size_t shift, size_t* credit_begin,
                                                 size_t* text_begin) {
  std::string_view inside = TrimSpaces(t.substr(1, t.size() - 2));
  std::string_view names;
  for (std::string_view suffix : {"摄影", "摄"}) {
    if (EndsWith(inside, suffix)) {
      names = TrimSpaces(inside.substr(0, inside.size() - suffix.size()));
      break;
    }
  }
  const size_t space = names.rfind(' ');
  if (names.empty() || space == std::string_view::npos) return std::nullopt;
  const std::string_view caption = TrimSpaces(names.substr(0, space));
  names = names.substr(space + 1);
  if (caption.empty() || !ValidNames(names)) return std::nullopt;
  *credit_begin = static_cast<size_t>(names.data() - t.data()) + shift;
  *text_begin = static_cast<size_t>(inside.data() - t.data()) + shift;
  return Credit{Credit::Kind::kPhoto, std::string(names), ""};
}

}  // namespace

std::optional<Credit> ParseTrailingPhotoCredit(std::string_view line, size_t* credit_begin, size_t* text_begin) {
  std::string_view t = TrimSpaces(line);
  if (!EndsWith(t, ")")) return std::nullopt;
  size_t open = MatchingOpenParen(t, t.size());
  if (open == std::string_view::npos) return std::nullopt;
  const size_t shift = static_cast<size_t>(t.data() - line.data());
  if (open == 0) return ParseBracketedPhotoCaption(t, shift, credit_begin, text_begin);
  auto credit = ParseCredit(t.substr(open));
  if (!credit || credit->kind != Credit::Kind::kPhoto) return std::nullopt;
  *credit_begin = open + shift;
  *text_begin = 0;
  return credit;
}

bool IsHeadingLike(std::string_view line) {
  line = TrimSpaces(line);
  if (line.empty() || line.find('\t') != std::string_view::npos) return false;
  // A trailing parenthetical is an annotation ("…(示例，繁体)"): its punctuation does not
  // make the line a sentence.
  std::string_view head = line;
  if (EndsWith(line, ")")) {
    size_t open = MatchingOpenParen(line, line.size());
    if (open != std::string_view::npos && open > 0) head = TrimSpaces(line.substr(0, open));
  }
  Scan s = ScanText(head, kMaxHeadingChars);
  if (!s.han || s.clause_punct || s.chars > kMaxHeadingChars) return false;
  return head.size() == line.size() || ScanText(line, kMaxAnnotatedHeadingChars).chars <= kMaxAnnotatedHeadingChars;
}

std::optional<TableLabel> ParseTableLabel(std::string_view line) {
  line = TrimSpaces(line);
  bool continued = false;
  if (StartsWith(line, "续表")) {
    line.remove_prefix(std::string_view("续").size());
    continued = true;
  }
  if (!StartsWith(line, "表")) return std::nullopt;
  std::string_view rest = line.substr(std::string_view("表").size());
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  size_t n = 0;
  while (n < rest.size() && (text::IsAsciiDigit(static_cast<unsigned char>(rest[n])) ||
                             (n > 0 && (rest[n] == '-' || rest[n] == '.')))) {
    ++n;
  }
  while (n > 0 && !text::IsAsciiDigit(static_cast<unsigned char>(rest[n - 1]))) --n;
  if (n == 0) return std::nullopt;
  std::string_view title = TrimSpaces(rest.substr(n));
  if (!title.empty() && (ScanText(title).clause_punct || ScanText(title).chars > 40)) return std::nullopt;
  for (std::string_view mark : {"(续)", "(续表)", "续"}) {
    if (title == mark || (EndsWith(title, mark) && mark.front() == '(')) {
      title.remove_suffix(mark.size());
      title = TrimSpaces(title);
      continued = true;
      break;
    }
  }
  return TableLabel{std::string(rest.substr(0, n)), std::string(title), continued};
}

bool IsPageMarker(std::string_view line) {
  line = TrimSpaces(line);
  if (line.empty() || line.size() > 24) return false;
  bool digit = false;
  for (size_t i = 0; i < line.size();) {
    size_t len = 0;
    const char32_t cp = utf8::Decode(line, i, &len);
    if (text::IsAsciiDigit(cp)) {
      digit = true;
    } else if (!(cp == ' ' || cp == '-' || cp == '.' || cp == '_' || cp == '*' || cp == U'·' || cp == U'—' ||
                 cp == U'•' || cp == U'第' || cp == U'页' || cp == 'P' || cp == 'p')) {
      return false;
    }
    i += len;
  }
  return digit;
}

bool IsBarRow(std::string_view line, std::vector<std::pair<size_t, size_t>>* cells) {
  std::vector<std::pair<size_t, size_t>> pieces;  // untrimmed text between bars
  size_t piece = 0;
  for (size_t i = 0; i < line.size();) {
    size_t len = 0;
    const char32_t cp = utf8::Decode(line, i, &len);
    if (cp == '|' || cp == U'│' || cp == U'┃') {
      pieces.emplace_back(piece, i);
      piece = i + len;
    }
    i += len;
  }
  if (pieces.empty()) return false;
  pieces.emplace_back(piece, line.size());
  auto trimmed = [&](std::pair<size_t, size_t> p) {
    while (p.first < p.second && (line[p.first] == ' ' || line[p.first] == '\t')) ++p.first;
    while (p.second > p.first && (line[p.second - 1] == ' ' || line[p.second - 1] == '\t')) --p.second;
    return p;
  };
  const bool opens = trimmed(pieces.front()).first == trimmed(pieces.front()).second;
  const bool closes = trimmed(pieces.back()).first == trimmed(pieces.back()).second;
  if (opens) pieces.erase(pieces.begin());
  if (closes && !pieces.empty()) pieces.pop_back();
  if (pieces.size() < (opens ? 2u : 3u)) return false;
  bool any_text = false;
  for (auto& p : pieces) {
    p = trimmed(p);
    any_text |= p.first < p.second;
  }
  if (!any_text) return false;
  if (cells != nullptr) *cells = std::move(pieces);
  return true;
}

bool IsDecoration(std::string_view line) {
  if (line.find('\t') != std::string_view::npos) return false;  // table rows hold "—" cells
  for (size_t i = 0; i < line.size();) {
    size_t len = 0;
    const char32_t cp = utf8::Decode(line, i, &len);
    if (IsHan(cp) || text::IsAsciiAlnum(cp)) return false;
    const bool symbol = cp < 0x80 || text::IsCjkPunct(cp) || (cp >= 0x2000 && cp <= 0x2BFF);
    if (!symbol) return false;  // a letter of some other script
    i += len;
  }
  return true;
}

bool StartsWithDate(std::string_view line) {
  // \d{4}年\d{1,2}月
  size_t i = 0;
  while (i < line.size() && i < 4 && text::IsAsciiDigit(static_cast<unsigned char>(line[i]))) ++i;
  if (i != 4 || !StartsWith(line.substr(i), "年")) return false;
  i += std::string_view("年").size();
  size_t d = i;
  while (i < line.size() && i - d < 2 && text::IsAsciiDigit(static_cast<unsigned char>(line[i]))) ++i;
  return i > d && StartsWith(line.substr(i), "月");
}

std::string SectionName(std::string_view heading) {
  std::string out;
  for (char c : TrimSpaces(heading)) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

}  // namespace duikou::document
