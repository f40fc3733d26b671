#include "extract/doc_context.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <set>
#include <span>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "extract/home_side.h"
#include "extract/text_util.h"

namespace duikou::extract::internal {

bool DocContext::InHome(const std::string& code) const {
  return !home_code.empty() && words::StartsWith(code, home_code);  // compared in place, not by memcmp
}

bool DocContext::EnclosesHome(const std::string& code) const {
  return !home_code.empty() && !code.empty() && words::StartsWith(home_code, code);
}

bool DocContext::OnGivingSide(const std::string& code) const {
  return (InHome(code) || EnclosesHome(code)) != receiving_side;
}

bool DocContext::IsStray(const std::string& code) const {
  if (code.size() <= 2 || InHome(code)) return false;
  auto it = province_mentions.find(code.substr(0, 2));
  return it == province_mentions.end() || it->second <= 1;
}

bool DocContext::SpellsOutAncestor(const gazetteer::PlaceMention& m) const {
  if (!gazetteer || !m.resolved()) return false;
  for (const auto* a : gazetteer->Ancestors(m.code)) {
    std::string_view name(a->name);
    size_t two = CharLen(name, 0);
    two += CharLen(name, two);
    if (words::Contains(m.surface, name.substr(0, two))) return true;
  }
  return false;
}

bool DocContext::PassageOf(std::string_view text, size_t* passage, size_t* offset) const {
  if (doc == nullptr || passage_starts.empty()) return false;
  auto it = std::upper_bound(passage_starts.begin(), passage_starts.end(), text.data(),
                             [](const char* p, const auto& e) { return std::less<const char*>()(p, e.first); });
  if (it == passage_starts.begin()) return false;
  const size_t pi = std::prev(it)->second;
  std::string_view whole(doc->passages[pi].text);
  if (std::less<const char*>()(whole.data() + whole.size(), text.data() + text.size())) return false;
  *passage = pi;
  *offset = static_cast<size_t>(text.data() - whole.data());
  return true;
}

std::string DocContext::NameOf(const std::string& code) const {
  const gazetteer::Division* d = gazetteer ? gazetteer->Find(code) : nullptr;
  return d ? d->name : std::string();
}

int DocContext::LevelOf(const std::string& code) {
  switch (code.size()) {
    case 2: return 1;
    case 4: return 2;
    case 6: return 3;
    default: return 4;
  }
}

size_t BodyStart(const document::Passage& passage) {
  const std::string& text = passage.text;
  size_t i = 0;
  // The reader keeps an entry's heading in its text: "【概况】…", "■概况 …", "(一)概况\n…".
  if (!passage.entry_title.empty()) {
    // Only a title within the first 12 bytes counts: the search stops there.
    size_t t = std::string_view(text).substr(0, 12 + passage.entry_title.size()).find(passage.entry_title);
    if (t != std::string::npos && t <= 12) {
      i = t + passage.entry_title.size();
      for (std::string_view closer : {"】", "〗", "]", "。", "：", ":", "."})
        if (text.compare(i, closer.size(), closer) == 0) {
          i += closer.size();
          break;
        }
    }
  } else if (text.compare(0, 3, "【") == 0) {
    size_t close = text.find("】");
    if (close != std::string::npos) i = close + 3;
  }
  while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
  return i;
}

int LeadingYear(const document::Passage& passage, size_t body_start) {
  const std::string& text = passage.text;
  size_t i = body_start;
  while (i < text.size() && text[i] == ' ') ++i;
  size_t j = i;
  while (j < text.size() && IsAsciiDigit(text[j])) ++j;
  if (j - i != 4) return 0;
  size_t k = j;
  while (k < text.size() && text[k] == ' ') ++k;
  if (text.compare(k, 3, "年") != 0) return 0;
  int y = 0;
  for (size_t d = i; d < j; ++d) y = 10 * y + (text[d] - '0');  // four ASCII digits
  return (y >= 1949 && y <= 2100) ? y : 0;
}

namespace {

// The year a heading consists of ("2019年", "2019 年"), else 0.
int YearHeading(std::string_view heading) {
  size_t i = 0;
  while (i < heading.size() && heading[i] == ' ') ++i;
  size_t j = i;
  while (j < heading.size() && IsAsciiDigit(heading[j])) ++j;
  if (j - i != 4) return 0;
  std::string_view rest = heading.substr(j);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (rest != "年") return 0;
  int y = std::stoi(std::string(heading.substr(i, 4)));
  return (y >= 1949 && y <= 2100) ? y : 0;
}

// Every year from 1949 to 2100 written as four ASCII digits right before 年 ("2021年"; of a
// range "2021—2023年", the end).
std::vector<int> YearsWritten(std::string_view text) {
  std::vector<int> out;
  for (size_t p = FindWord(text, "年"); p != std::string_view::npos; p = FindWord(text, "年", p + 3)) {
    size_t q = p;
    while (q > 0 && text[q - 1] == ' ') --q;
    if (q < 4) continue;
    bool digits = true;
    for (size_t k = q - 4; k < q; ++k) digits = digits && IsAsciiDigit(text[k]);
    if (!digits || (q > 4 && IsAsciiDigit(text[q - 5]))) continue;
    int y = std::stoi(std::string(text.substr(q - 4, 4)));
    if (y >= 1949 && y <= 2100) out.push_back(y);
  }
  return out;
}

// True when `after` starts with a school's numbered name ("第一小学", "第二中学").
bool NumberedSchoolAt(std::string_view after) {
  if (!StartsWith(after, "第")) return false;
  std::string_view rest = after.substr(3);
  size_t n = 0;
  while (n < rest.size() && n < 9 && std::string_view("一二三四五六七八九十").find(rest.substr(n, 3)) != std::string_view::npos)
    n += 3;
  return n > 0 && (StartsWith(rest.substr(n), "小学") || StartsWith(rest.substr(n), "中学"));
}

// False when `after` cannot start a school's or an institution's name (below): its first
// character starts none of the words, nor 第 of a numbered school. Most mentions are
// followed by such a character.
bool MayNameAnInstitution(std::string_view after) {
  if (after.empty()) return false;
  switch (CodePoint(CharAt(after, 0))) {
    case U'大': case U'学': case U'医': case U'中': case U'小': case U'民': case U'实': case U'希': case U'第':
      return true;
    default:
      return false;
  }
}

// "甲县乙镇中心校", "甲县乙镇第一小学": a school named after its township, in the county the chain
// spells out. The mention is narrowed to that county (the township names only the school).
// Returns true when it did so.
bool NarrowTownshipSchoolToCounty(const gazetteer::Gazetteer& gazetteer, std::string_view text, gazetteer::PlaceMention* m) {
  static constexpr std::array<std::string_view, 9> kSchools = {"小学", "中学", "中心小学", "中心校", "中心学校",
                                                               "民族中学", "民族小学", "实验小学", "希望小学"};
  if (!m->resolved() || m->code.size() <= 6) return false;
  const std::string_view after = text.substr(m->end, 15);
  if (!MayNameAnInstitution(after)) return false;
  if (std::none_of(kSchools.begin(), kSchools.end(), [&](std::string_view w) { return StartsWith(after, w); }) &&
      !NumberedSchoolAt(after))
    return false;
  const gazetteer::Division* county = gazetteer.Find(m->code.substr(0, 6));
  if (!county || !StartsWith(m->surface, county->name) || m->surface.size() == county->name.size()) return false;
  m->code = county->code;
  m->end = m->begin + county->name.size();
  m->surface = county->name;
  m->candidates = {county->code};
  return true;
}

// How a place mention stands before the name of an institution. kSchoolTownship: a township's
// name before a school word (某镇中心小学, 某镇民族中学: the school is named after its township;
// such a name names no place). kShortName: a place written without its level before 大学, 学院,
// 医院, 中学 or 小学 (a name such as 某山大学 honours a person or a landmark as often as it gives
// a location): it names a place only when the document names that place elsewhere too. A full
// name with its level (某县医院, 某市第一中学) names its place: kNone.
enum class InstitutionName { kNone, kSchoolTownship, kShortName };

InstitutionName NameOfAnInstitution(const gazetteer::Gazetteer& gazetteer, std::string_view text,
                                    const gazetteer::PlaceMention& m) {
  static constexpr std::array<std::string_view, 10> kSchools = {"小学", "中学", "中心小学", "中心校", "中心学校",
                                                                "民族中学", "民族小学", "实验中学", "实验小学", "希望小学"};
  static constexpr std::array<std::string_view, 5> kNamedAfter = {"大学", "学院", "医院", "中学", "小学"};
  std::string_view after = text.substr(m.end, 15);
  if (!MayNameAnInstitution(after)) return InstitutionName::kNone;
  // 大学生, 中学生, 小学生 are students (某省大学生就业), not a school.
  auto starts_with_any = [&](const auto& words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) {
      return StartsWith(after, w) && !StartsWith(after.substr(w.size()), "生");
    });
  };
  if (!starts_with_any(kNamedAfter) && !starts_with_any(kSchools) && !NumberedSchoolAt(after))
    return InstitutionName::kNone;
  std::vector<std::string_view> codes;  // the division it names, else those it may name
  if (m.resolved()) {
    codes.push_back(m.code);
  } else {
    codes.assign(m.candidates.begin(), m.candidates.end());
  }
  if (codes.empty()) return InstitutionName::kNone;
  if (std::all_of(codes.begin(), codes.end(), [](std::string_view c) { return c.size() > 6; })) {
    // A chain (某县某镇中心小学) still names its county.
    for (const auto* a : gazetteer.Ancestors(codes[0])) {
      std::string_view name(a->name);
      if (words::Contains(m.surface, name.substr(0, CharLen(name, 0) + CharLen(name, CharLen(name, 0)))))
        return InstitutionName::kNone;
    }
    return starts_with_any(kSchools) || NumberedSchoolAt(after) ? InstitutionName::kSchoolTownship
                                                                 : InstitutionName::kNone;
  }
  // Written without its level: the surface ends otherwise than the division's full name.
  const bool short_name = std::none_of(codes.begin(), codes.end(), [&](std::string_view c) {
    const gazetteer::Division* d = gazetteer.Find(c);
    return d && EndsWith(m.surface, d->name);
  });
  return starts_with_any(kNamedAfter) && short_name ? InstitutionName::kShortName : InstitutionName::kNone;
}

// Sets the home county of a district's or county's yearbook: the county-level division inside
// the home city mentioned more often than the home city itself and at least three times as
// often as any other county-level division inside it. A city's chapter names its city most,
// or several of its districts alike.
void HomeCounty(DocContext* ctx) {
  if (ctx->home_code.empty()) return;
  CodeMap<int> hashed;  // counted without a sorted map's compares
  int city = 0;
  for (const auto& pc : ctx->passages)
    for (const auto& m : pc.places) {
      if (!m.resolved() || !ctx->InHome(m.code)) continue;
      if (m.code == ctx->home_code) ++city;
      else if (m.code.size() >= 6) ++hashed[std::string_view(m.code.data(), 6)];
    }
  std::map<std::string, int> counties;
  for (const auto& [code, n] : hashed) counties.emplace(std::string(code), n);
  std::string best = ArgMax(counties);
  if (best.empty()) return;
  const int n = counties[best];
  for (const auto& [code, k] : counties)
    if (code != best && 3 * k > n) return;
  if (n < 3 || n <= city) return;
  ctx->home_county_code = best;
  ctx->home_county_name = ctx->NameOf(best);
}

// A receiving side's chapter calls its home 我市, 我州, 我县: each is a mention of the home
// unit (the home county of a county's yearbook), so that "甲区对口帮扶我县" pairs and
// "向我县捐赠" gives like a name would. Inserted in text order.
void AddSelfMentions(const document::Document& doc, DocContext* ctx) {
  const std::string& home = ctx->home_county_code.empty() ? ctx->home_code : ctx->home_county_code;
  if (home.empty()) return;
  // 我县 in a chapter whose home was taken at prefecture level: the county of the home that
  // the chapter names most.
  std::string county = home;
  if (home.size() < 6) {
    std::map<std::string, int> counties;
    for (const auto& pc : ctx->passages)
      for (const auto& m : pc.places)
        if (m.resolved() && m.code.size() >= 6 && m.code.starts_with(home)) ++counties[m.code.substr(0, 6)];
    if (std::string best = ArgMax(counties); !best.empty()) county = best;
  }
  for (size_t pi = 0; pi < doc.passages.size(); ++pi) {
    const std::string_view text(doc.passages[pi].text);
    auto& places = ctx->passages[pi].places;
    for (size_t p = FindWord(text, "我"); p != std::string_view::npos; p = FindWord(text, "我", p + 3)) {
      const std::string_view level = text.substr(p + 3, 3);
      if (!(level == "市" || level == "州" || level == "县" || level == "区" || level == "盟")) continue;
      gazetteer::PlaceMention m;
      m.begin = p;
      m.end = p + 6;
      m.surface = std::string(text.substr(p, 6));
      m.code = level == "县" || level == "区" ? county : home;
      m.candidates = {m.code};
      auto at = std::lower_bound(places.begin(), places.end(), p,
                                 [](const gazetteer::PlaceMention& x, size_t pos) { return x.begin < pos; });
      places.insert(at, std::move(m));
    }
  }
}

// The one partner a heading names, county or prefecture level, or empty: none, several, or
// only the home side ("甲市对口支援工作"). A chain (西藏乙县) names its last link.
std::string HeadingPartner(const DocContext& ctx, const gazetteer::GazetteerMatcher& matcher, std::string_view heading) {
  std::string found;
  for (const auto& m : matcher.FindAll(heading, {{}, ctx.home_code})) {
    if (!m.resolved() || ctx.InHome(m.code)) continue;
    if (ctx.EnclosesHome(m.code)) continue;  // home's province
    if (m.code.size() < 4 || m.code.size() > 6) continue;
    if (found.empty() || (m.code.size() > found.size() && m.code.starts_with(found))) {
      found = m.code;
    } else if (!found.starts_with(m.code)) {
      return "";  // two partners
    }
  }
  return found;
}

}  // namespace

DocContext BuildDocContext(const document::Document& doc, const gazetteer::Gazetteer* gazetteer,
                           const gazetteer::GazetteerMatcher* matcher) {
  DocContext ctx;
  ctx.doc = &doc;
  ctx.gazetteer = gazetteer;
  ctx.matcher = matcher;
  ctx.passages.resize(doc.passages.size());
  for (size_t pi = 0; pi < doc.passages.size(); ++pi) ctx.passage_starts.push_back({doc.passages[pi].text.data(), pi});
  std::sort(ctx.passage_starts.begin(), ctx.passage_starts.end(),
            [](const auto& a, const auto& b) { return std::less<const char*>()(a.first, b.first); });

  // Years. A passage's own leading year, else its section's when the section is headed by a
  // year (a 大事记 gives the year once, as a heading, and starts each line with a month and
  // day), else the document's most frequent year.
  std::map<int, int> year_counts;
  std::map<std::string, int> section_years;
  std::map<std::string, int>::iterator it;  // the section year of the previous passage's section
  for (size_t i = 0; i < doc.passages.size(); ++i) {
    const std::string& section = doc.passages[i].section;
    if (i == 0 || doc.passages[i - 1].section != section) {
      bool fresh;
      std::tie(it, fresh) = section_years.try_emplace(section, 0);
      if (fresh) it->second = YearHeading(section);
    }
    ctx.passages[i].body_start = BodyStart(doc.passages[i]);
    int y = LeadingYear(doc.passages[i], ctx.passages[i].body_start);
    if (!y) y = it->second;
    ctx.passages[i].year = y;
    if (y) ++year_counts[y];
  }
  // No passage leads with its year (entries headed "概况　2021年…" whose title the reader
  // kept in the text, or a chapter that states the year only inside sentences): the year
  // the chapter writes most often is the year it reports on.
  if (year_counts.empty())
    for (const auto& passage : doc.passages)
      for (int y : YearsWritten(passage.text)) ++year_counts[y];
  int best_n = 0;
  for (const auto& [y, n] : year_counts)
    if (n > best_n) {
      ctx.year = y;
      best_n = n;
    }
  for (auto& p : ctx.passages)
    if (!p.year) p.year = ctx.year;
  for (size_t i = 0; i < doc.passages.size(); ++i) ctx.passages[i].sentences = Sentences(doc.passages[i].text);

  // Places: one scan over the whole document (a name written in full anywhere supports its
  // bare short form elsewhere, and nearby places disambiguate), then split by passage.
  std::string all;
  std::vector<size_t> offsets;
  size_t total = 0;
  for (const auto& p : doc.passages) total += p.text.size() + 1;
  all.reserve(total);
  offsets.reserve(doc.passages.size());
  for (const auto& p : doc.passages) {
    offsets.push_back(all.size());
    all += p.text;
    all += '\n';
  }
  // The home city is guessed from a first pass without context; the second pass resolves
  // with it. All passes (a third below, with another home) share one scan of the text.
  const gazetteer::GazetteerMatcher::NameScan scan = matcher->Scan(all);
  std::vector<gazetteer::PlaceMention> mentions = matcher->FindAllAtHome(scan, &ctx.home_code);
  // The matcher counts mentions only; where the subjects point elsewhere, read again with
  // that home (rare: the first reading stands for most chapters).
  if (gazetteer) {
    const HomeSide side = DecideHomeSide(*gazetteer, *matcher, doc.title, all, mentions, ctx.home_code);
    ctx.receiving_side = side.receiving_side;
    ctx.supporter_code = side.supporter_code;
    if (side.home_code != ctx.home_code) {
      ctx.home_code = side.home_code;
      mentions = matcher->FindAll(scan, {{}, ctx.home_code});
    }
  }
  if (!ctx.home_code.empty()) {
    ctx.home_name = ctx.NameOf(ctx.home_code);
    ctx.home_province_name = ctx.NameOf(ctx.home_code.substr(0, 2));
  }
  // Mentions that only name an institution (see InstitutionName); a short name counts when the
  // place it names is named elsewhere in the document too.
  std::vector<InstitutionName> institution(mentions.size(), InstitutionName::kNone);
  bool any_short_name = false;
  for (size_t i = 0; i < mentions.size(); ++i) {
    // Most mentions are followed by no institution's name: both tests below are then passed
    // over at once.
    const size_t end = mentions[i].end;
    if (!MayNameAnInstitution(std::string_view(all.data() + end, std::min<size_t>(15, all.size() - end)))) continue;
    // "甲县乙镇中心校": the chain is narrowed to the county, which the school does not hide.
    if (gazetteer && !NarrowTownshipSchoolToCounty(*gazetteer, all, &mentions[i]))
      institution[i] = NameOfAnInstitution(*gazetteer, all, mentions[i]);
    any_short_name = any_short_name || institution[i] == InstitutionName::kShortName;
  }
  std::unordered_set<std::string> named_elsewhere;  // only needed, and only gathered, for a short name
  if (any_short_name)
    for (size_t i = 0; i < mentions.size(); ++i)
      if (institution[i] == InstitutionName::kNone && mentions[i].resolved()) named_elsewhere.insert(mentions[i].code);
  {
    std::vector<size_t> per_passage(doc.passages.size(), 0);  // an upper bound of each passage's places
    size_t pi = 0;
    for (const auto& m : mentions) {
      while (pi + 1 < offsets.size() && m.begin >= offsets[pi + 1]) ++pi;
      if (pi < per_passage.size()) ++per_passage[pi];
    }
    for (size_t i = 0; i < per_passage.size(); ++i) ctx.passages[i].places.reserve(per_passage[i]);
  }
  size_t pi = 0;
  for (size_t i = 0; i < mentions.size(); ++i) {
    auto& m = mentions[i];
    while (pi + 1 < offsets.size() && m.begin >= offsets[pi + 1]) ++pi;
    if (pi >= doc.passages.size() || m.end > offsets[pi] + doc.passages[pi].text.size()) continue;
    if (institution[i] == InstitutionName::kSchoolTownship) continue;
    if (institution[i] == InstitutionName::kShortName && !named_elsewhere.count(m.code)) continue;
    m.begin -= offsets[pi];
    m.end -= offsets[pi];
    ctx.passages[pi].places.push_back(std::move(m));
  }

  for (auto& pc : ctx.passages)
    pc.places_sorted = std::is_sorted(pc.places.begin(), pc.places.end(),
                                      [](const auto& x, const auto& y) { return x.begin < y.begin; });
  HomeCounty(&ctx);
  if (ctx.receiving_side) AddSelfMentions(doc, &ctx);

  // A lone mention of a division in a province the document never mentions otherwise (a
  // Tianjin district in a Zhejiang book's table of its own districts) is more likely a local
  // name the gazetteer does not know: keep it as an unresolved mention with its candidates.
  {
    CodeMap<int> provinces;  // counted without a sorted map's compares
    for (const auto& pc : ctx.passages)
      for (const auto& m : pc.places)
        if (m.resolved()) ++provinces[std::string_view(m.code.data(), 2)];  // (a code has 2+ digits)
    for (const auto& [code, n] : provinces) ctx.province_mentions.emplace(std::string(code), n);
  }
  // Only in tables: there a column lists the same kind of place (the supporters of a home
  // city's table are its own districts), so a far-away lone match is out of place; in prose a
  // partner named once is still a partner.
  for (size_t i = 0; i < doc.passages.size(); ++i) {
    if (doc.passages[i].kind != document::PassageKind::kTable) continue;
    for (auto& m : ctx.passages[i].places)
      if (m.resolved() && ctx.IsStray(m.code) && !ctx.SpellsOutAncestor(m)) m.code.clear();
  }

  // Each section's partner: its most mentioned place outside the home city, county or
  // prefecture level (provinces name regions, not partners), when it clearly dominates. An
  // overview section or one about several partners of equal weight has none: its figures
  // then get a recipient only from their own clause, never from a guess.
  // Counted in hash maps (a mention costs no string compares), then sorted by code.
  std::map<std::string, CodeMap<int>> section_hashed;
  CodeMap<int>* last_counts = nullptr;  // the previous passage's section's (usually this one's)
  const std::string* last_section = nullptr;
  for (size_t i = 0; i < doc.passages.size(); ++i) {
    CodeMap<int>* counts = nullptr;  // looked up for passages with a resolved place only
    for (const auto& m : ctx.passages[i].places) {
      if (!m.resolved()) continue;
      if (!counts) {
        const std::string& section = doc.passages[i].section;
        if (!last_section || *last_section != section) {
          last_counts = &section_hashed[section];
          last_section = &section;
        }
        counts = last_counts;
      }
      ++(*counts)[m.code];
    }
  }
  std::map<std::string, std::map<std::string, int>> section_counts;
  for (const auto& [section, hashed] : section_hashed) {
    auto& counts = section_counts[section];
    for (const auto& [code, n] : hashed) counts.emplace(std::string(code), n);
  }
  for (const auto& [section, counts] : section_counts) {
    std::map<std::string, int> candidates;
    for (const auto& [code, n] : counts) {
      if (ctx.InHome(code) || code.size() < 4 || code.size() > 6) continue;
      if (!ctx.home_code.empty() && ctx.home_code.compare(0, code.size(), code) == 0) continue;  // an ancestor of home
      candidates[code] = n;
    }
    std::string best = ArgMax(candidates);
    if (best.empty() || candidates[best] < 2) continue;
    int runner_up = 0;
    for (const auto& [code, n] : candidates)
      if (code != best && n > runner_up) runner_up = n;
    if (candidates[best] >= 2 * runner_up) ctx.section_recipient[section] = best;
  }
  // A heading that names one partner ("对口支援西藏乙县", "乙州") says what its section is about,
  // however seldom the body repeats the name (a body may speak of the county's towns and
  // hospitals only).
  std::set<std::string_view> headings;
  for (const auto& p : doc.passages) headings.insert(p.section);
  for (std::string_view section : headings) {
    if (section.empty() || CharCount(section) > 20) continue;
    std::string partner = HeadingPartner(ctx, *matcher, section);
    if (!partner.empty()) ctx.section_recipient[std::string(section)] = partner;
  }
  for (size_t i = 0; i < doc.passages.size(); ++i) {
    auto it = ctx.section_recipient.find(doc.passages[i].section);
    if (it != ctx.section_recipient.end()) ctx.passages[i].section_recipient = it->second;
  }

  // Entries titled by a partner place alone.
  std::map<std::string, std::string> title_partners;
  for (size_t i = 0; i < doc.passages.size(); ++i) {
    const std::string& title = doc.passages[i].entry_title;
    if (title.empty() || CharCount(title) > 16) continue;
    auto [it, fresh] = title_partners.try_emplace(title);
    if (fresh) {
      gazetteer::ResolveContext rc;
      rc.home_code = ctx.home_code;
      gazetteer::PlaceMention m = matcher->Resolve(title, rc);
      bool home_side = ctx.InHome(m.code) || ctx.EnclosesHome(m.code);
      if (m.resolved() && m.code.size() >= 4 && !home_side) it->second = m.code;
    }
    ctx.passages[i].title_partner = it->second;
  }
  return ctx;
}

}  // namespace duikou::extract::internal
