#include "graph/graph_mapper.h"

#include <map>
#include <set>

#include "graph/vocabulary.h"

namespace duikou::graph {

namespace {

using extract::Ref;

bool IsDecimal(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  bool digits = false, dot = false;
  for (; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9') digits = true;
    else if (s[i] == '.' && !dot) dot = true;
    else return false;
  }
  return digits;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// "2020-11-05" -> xsd:date, "2020-11" -> xsd:gYearMonth, "2020" -> xsd:gYear; else nothing.
std::string DateDatatype(std::string_view d) {
  if (d.size() == 10 && AllDigits(d.substr(0, 4)) && d[4] == '-' && AllDigits(d.substr(5, 2)) && d[7] == '-' &&
      AllDigits(d.substr(8, 2)))
    return ns::Xsd("date");
  if (d.size() == 7 && AllDigits(d.substr(0, 4)) && d[4] == '-' && AllDigits(d.substr(5, 2)))
    return ns::Xsd("gYearMonth");
  if (d.size() == 4 && AllDigits(d)) return ns::Xsd("gYear");
  return {};
}

std::string GYear(int year) {
  std::string y = std::to_string(year);
  while (y.size() < 4) y = "0" + y;
  return TypedLiteral(y, ns::Xsd("gYear"));
}

// Class local name of a division level, and by code length when the gazetteer lacks the code.
const char* PlaceClass(gazetteer::Level level) { return gazetteer::LevelName(level); }
const char* PlaceClassForCode(std::string_view code) {
  switch (code.size()) {
    case 2: return "Province";
    case 4: return "Prefecture";
    case 6: return "County";
    default: return "Township";
  }
}

// A stable text for a Ref, used inside content keys.
std::string RefKey(const Ref& r) {
  static constexpr const char* kKinds[] = {"none", "place", "org", "person", "mention"};
  return std::string(kKinds[static_cast<int>(r.kind)]) + ":" + r.key;
}

// True when an organization's name starts with a bare level word (市, 区, 县, 省, 州, 旗, 镇, 乡)
// rather than a place name, so it only means something within one yearbook.
bool IsRelativeName(const std::string& name) {
  static const std::string kLevelWords[] = {"市", "区", "县", "省", "州", "旗", "镇", "乡"};
  for (const std::string& w : kLevelWords) {
    if (name.size() > w.size() && name.compare(0, w.size(), w) == 0) return true;
  }
  return false;
}

// Splits an attribution "市委组织部、市发改委" into names.
std::vector<std::string> SplitAttribution(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  auto flush = [&] {
    size_t b = cur.find_first_not_of(' ');
    size_t e = cur.find_last_not_of(' ');
    if (b != std::string::npos) out.push_back(cur.substr(b, e - b + 1));
    cur.clear();
  };
  static const std::string kSeparators[] = {"、", "，", ",", "；", ";"};
  for (size_t i = 0; i < text.size();) {
    bool sep = false;
    for (const std::string& s : kSeparators) {
      if (text.compare(i, s.size(), s) == 0) {
        flush();
        i += s.size();
        sep = true;
        break;
      }
    }
    if (!sep) cur += text[i++];
  }
  flush();
  return out;
}

}  // namespace

// The mapping of one document: holds the document's graph name and passage IRIs, and remembers
// which places it has already written so each is materialized once.
class GraphMapper::DocumentMapping {
 public:
  DocumentMapping(const GraphMapper& mapper, const document::Document& doc, const extract::Extraction& ex,
                  Dataset* out)
      : mapper_(mapper), doc_(doc), ex_(ex), out_(out), graph_(mapper.DocumentGraph(doc)),
        file_(BaseName(doc.source)) {
    for (const auto& p : doc.passages) passages_.push_back(mapper_.minter_.Passage(file_, p.source_begin, p.source_end));
    for (const auto& o : ex.organizations) {
      org_by_form_.emplace(o.name, &o);
      for (const auto& s : o.surfaces) org_by_form_.emplace(s, &o);
    }
    for (const auto& p : ex.persons) person_by_name_.emplace(p.name, &p);
  }

  void Run() {
    MapSource();
    for (size_t i = 0; i < doc_.passages.size(); ++i) MapPassage(i);
    for (const auto& p : ex_.places) MapPlaceRecord(p);
    for (const auto& o : ex_.organizations) MapOrganization(o);
    for (const auto& p : ex_.persons) MapPerson(p);
    for (const auto& p : ex_.pairings) MapPairing(p);
    for (const auto& f : ex_.figures) MapFigure(f);
    for (const auto& p : ex_.projects) MapProject(p);
    for (const auto& e : ex_.events) MapEvent(e);
    for (const auto& a : ex_.awards) MapAward(a);
    for (const auto& m : ex_.mentions) MapMention(m);
    // A code the gazetteer lacks and no text named is labelled with the code itself, so every
    // place IRI still has a label.
    for (const std::string& code : unknown_places_) {
      if (!labelled_unknown_.count(code)) Lit(mapper_.minter_.Place(code), ns::Rdfs("label"), LangLiteral(code, "zh"));
    }
  }

 private:
  // --- writing quads (all terms bare IRIs unless already formatted as literals) ---
  void Link(const std::string& s, const std::string& p, const std::string& o) { out_->Add(Iri(s), Iri(p), Iri(o), graph_); }
  void Lit(const std::string& s, const std::string& p, std::string literal) {
    out_->Add(Iri(s), Iri(p), std::move(literal), graph_);
  }
  void Zh(const std::string& s, const std::string& p, const std::string& text) {
    if (!text.empty()) Lit(s, p, LangLiteral(text, "zh"));
  }
  void Type(const std::string& s, const std::string& cls) { Link(s, ns::Rdf("type"), ns::Dk(cls)); }

  // The passage IRI of an index, or empty when the index is out of range (then no link).
  const std::string* PassageAt(size_t i) const { return i < passages_.size() ? &passages_[i] : nullptr; }
  void DerivedFrom(const std::string& record, size_t passage) {
    if (auto* p = PassageAt(passage)) Link(record, ns::Prov("wasDerivedFrom"), *p);
  }
  void MentionedIn(const std::string& entity, size_t passage) {
    if (auto* p = PassageAt(passage)) Link(entity, ns::Dk("mentionedIn"), *p);
  }
  std::string PassageKey(size_t passage) const {
    if (passage >= doc_.passages.size()) return file_ + "#?";
    const auto& p = doc_.passages[passage];
    return file_ + "#" + std::to_string(p.source_begin) + "," + std::to_string(p.source_end);
  }

  // --- the source document and its passages ---
  void MapSource() {
    std::string src = mapper_.minter_.SourceDocument(file_);
    Type(src, "SourceDocument");
    Zh(src, ns::Dcterms("title"), doc_.title);
    Lit(src, ns::Dcterms("identifier"), PlainLiteral(file_));
    if (!doc_.encoding.empty()) Lit(src, ns::Dk("encoding"), PlainLiteral(doc_.encoding));
  }

  void MapPassage(size_t i) {
    const document::Passage& p = doc_.passages[i];
    const std::string& iri = passages_[i];
    Type(iri, "Passage");
    switch (p.kind) {
      case document::PassageKind::kEntry: Type(iri, "Entry"); break;
      case document::PassageKind::kParagraph: break;
      case document::PassageKind::kCaption: Type(iri, "Caption"); break;
      case document::PassageKind::kTable: Type(iri, "TablePassage"); break;
    }
    Zh(iri, ns::Dk("text"), p.text);
    if (!p.original.empty() && p.original != p.text) Zh(iri, ns::Dk("originalText"), p.original);
    Zh(iri, ns::Dk("sectionTitle"), p.section);
    Zh(iri, ns::Dk("entryTitle"), p.entry_title);
    Zh(iri, ns::Dk("photographer"), p.credit);
    if (p.kind == document::PassageKind::kTable && p.table_index >= 0 &&
        static_cast<size_t>(p.table_index) < doc_.tables.size()) {
      Zh(iri, ns::Dcterms("title"), doc_.tables[p.table_index].title);
    }
    Zh(iri, ns::Dk("attribution"), p.attribution);
    for (const std::string& name : SplitAttribution(p.attribution)) Link(iri, ns::Dk("providedBy"), ProviderIri(name, i));
    Lit(iri, ns::Dcterms("source"),
        PlainLiteral(file_ + "#byte=" + std::to_string(p.source_begin) + "," + std::to_string(p.source_end)));
    Lit(iri, ns::Dk("sourceStart"), TypedLiteral(std::to_string(p.source_begin), ns::Xsd("nonNegativeInteger")));
    Lit(iri, ns::Dk("sourceEnd"), TypedLiteral(std::to_string(p.source_end), ns::Xsd("nonNegativeInteger")));
    Link(iri, ns::Dcterms("isPartOf"), mapper_.minter_.SourceDocument(file_));
  }

  // The organization an attribution names: an extracted organization when one has that name
  // or surface form, else an organization named by the attribution itself. A name relative to
  // the yearbook's own city or county (区发改局, 市委组织部: it starts with a bare level word)
  // names a different body in every yearbook, so its IRI is scoped to the source file.
  std::string ProviderIri(const std::string& name, size_t passage) {
    auto it = org_by_form_.find(name);
    if (it != org_by_form_.end()) return mapper_.minter_.Organization(it->second->name);
    std::string iri = mapper_.minter_.Organization(name);
    if (IsRelativeName(name)) iri += "_" + ContentKey({file_}).substr(0, 8);
    Type(iri, "Organization");
    Zh(iri, ns::Rdfs("label"), name);
    MentionedIn(iri, passage);
    return iri;
  }

  // --- places ---
  // Writes the place's own triples and those of every enclosing division (once per document).
  std::string Place(const std::string& code) {
    std::string iri = mapper_.minter_.Place(code);
    if (!written_places_.insert(code).second) return iri;
    const gazetteer::Division* d = mapper_.divisions_->Find(code);
    Type(iri, "Place");
    Lit(iri, ns::Dk("adminCode"), PlainLiteral(code));
    if (!d) {
      // Not in the gazetteer: keep the code, class by code length; the label comes from text.
      Type(iri, PlaceClassForCode(code));
      unknown_places_.insert(code);
      return iri;
    }
    Type(iri, PlaceClass(d->level));
    Zh(iri, ns::Rdfs("label"), d->name);
    if (!d->parent_code.empty()) Link(iri, ns::Schema("containedInPlace"), Place(d->parent_code));
    for (const gazetteer::Division* a : mapper_.divisions_->Ancestors(code)) {
      Link(iri, ns::Dk("inRegion"), Place(a->code));
    }
    return iri;
  }
  // A form seen in text: skos:altLabel unless it is the official name.
  void PlaceSurface(const std::string& code, const std::string& surface) {
    if (surface.empty()) return;
    std::string iri = Place(code);
    const gazetteer::Division* d = mapper_.divisions_->Find(code);
    if (d && d->name == surface) return;
    if (!d && unknown_places_.count(code) && labelled_unknown_.insert(code).second) {
      Zh(iri, ns::Rdfs("label"), surface);  // the first form seen names an unknown code
      return;
    }
    Zh(iri, ns::Skos("altLabel"), surface);
  }
  // dk:locatedIn the place, dk:inRegion the place and everything enclosing it.
  void Located(const std::string& entity, const std::string& code) {
    Link(entity, ns::Dk("locatedIn"), Place(code));
    Link(entity, ns::Dk("inRegion"), Place(code));
    for (const gazetteer::Division* a : mapper_.divisions_->Ancestors(code)) Link(entity, ns::Dk("inRegion"), Place(a->code));
  }

  void MapPlaceRecord(const extract::PlaceRecord& p) {
    std::string iri = Place(p.code);
    for (const auto& s : p.surfaces) PlaceSurface(p.code, s);
    for (size_t i : p.passages) MentionedIn(iri, i);
  }

  // --- entities named by references ---
  // The IRI of a referenced entity, writing what the graph needs to know about it, and noting
  // that it is mentioned in `passage`. Empty for an empty Ref.
  std::string Resolve(const Ref& r, size_t passage) {
    std::string iri;
    switch (r.kind) {
      case Ref::Kind::kNone: return {};
      case Ref::Kind::kPlace:
        iri = Place(r.key);
        PlaceSurface(r.key, r.surface);
        break;
      case Ref::Kind::kOrganization: {
        iri = mapper_.minter_.Organization(r.key);
        if (!org_by_form_.count(r.key)) {
          Type(iri, "Organization");
          Zh(iri, ns::Rdfs("label"), r.key);
        }
        if (r.surface != r.key) Zh(iri, ns::Skos("altLabel"), r.surface);
        break;
      }
      case Ref::Kind::kPerson: {
        auto it = person_by_name_.find(r.key);
        if (it != person_by_name_.end()) {
          iri = PersonIri(*it->second);
        } else {
          iri = mapper_.minter_.Person(r.key, "");
          Type(iri, "Person");
          Zh(iri, ns::Rdfs("label"), r.key);
        }
        break;
      }
      case Ref::Kind::kMention:
        iri = MentionIri(r.key.empty() ? r.surface : r.key, passage);
        Type(iri, "Mention");
        Zh(iri, ns::Rdfs("label"), r.key.empty() ? r.surface : r.key);
        break;
    }
    MentionedIn(iri, passage);
    return iri;
  }
  // A short human label for a Ref (official names for places).
  std::string Name(const Ref& r) const {
    if (r.kind == Ref::Kind::kPlace) {
      if (const gazetteer::Division* d = mapper_.divisions_->Find(r.key)) return d->name;
      return r.surface.empty() ? r.key : r.surface;
    }
    return r.key.empty() ? r.surface : r.key;
  }

  std::string MentionIri(const std::string& surface, size_t passage) const {
    return mapper_.minter_.Record("mention", ContentKey({surface, PassageKey(passage)}));
  }
  std::string PersonIri(const extract::Person& p) const {
    return mapper_.minter_.Person(p.name, p.affiliation.empty() ? "" : RefKey(p.affiliation));
  }

  // --- entities ---
  void MapOrganization(const extract::Organization& o) {
    std::string iri = mapper_.minter_.Organization(o.name);
    Type(iri, "Organization");
    if (o.type != extract::OrgType::kOther) Type(iri, extract::OrgTypeName(o.type));
    Zh(iri, ns::Rdfs("label"), o.name);
    for (const auto& s : o.surfaces) {
      if (s != o.name) Zh(iri, ns::Skos("altLabel"), s);
    }
    if (!o.place_code.empty()) Located(iri, o.place_code);
    for (size_t i : o.passages) MentionedIn(iri, i);
  }

  void MapPerson(const extract::Person& p) {
    std::string iri = PersonIri(p);
    Type(iri, "Person");
    Zh(iri, ns::Rdfs("label"), p.name);
    Zh(iri, ns::Dk("role"), p.role);
    size_t first = p.passages.empty() ? SIZE_MAX : p.passages.front();
    if (!p.affiliation.empty()) Link(iri, ns::Schema("affiliation"), Resolve(p.affiliation, first));
    for (size_t i : p.passages) MentionedIn(iri, i);
  }

  // --- records ---
  void MapPairing(const extract::Pairing& p) {
    std::string iri = mapper_.minter_.Record(
        "pairing", ContentKey({RefKey(p.supporter), RefKey(p.recipient), p.type, std::to_string(p.year)}));
    Type(iri, "Pairing");
    Zh(iri, ns::Rdfs("label"), Name(p.supporter) + " → " + Name(p.recipient) + "（" + p.type + "）");
    if (!p.supporter.empty()) Link(iri, ns::Dk("supporter"), Resolve(p.supporter, p.passage));
    if (!p.recipient.empty()) Link(iri, ns::Dk("recipient"), Resolve(p.recipient, p.passage));
    if (!p.type.empty()) Link(iri, ns::Dk("pairingType"), PairingType(p.type));
    if (p.year > 0) Lit(iri, ns::Dk("year"), GYear(p.year));
    DerivedFrom(iri, p.passage);
  }

  void MapFigure(const extract::Figure& f) {
    std::string iri = mapper_.minter_.Record(
        "figure", ContentKey({RefKey(f.subject), RefKey(f.recipient), f.metric, f.value, f.qualifier,
                              std::to_string(f.year), PassageKey(f.passage)}));
    Type(iri, "Figure");
    Zh(iri, ns::Rdfs("label"), f.surface.empty() ? f.metric + " " + f.value : f.surface);
    if (!f.subject.empty()) Link(iri, ns::Dk("supporter"), Resolve(f.subject, f.passage));
    if (!f.recipient.empty()) Link(iri, ns::Dk("recipient"), Resolve(f.recipient, f.passage));
    if (!f.metric.empty()) Link(iri, ns::Dk("metric"), Metric(f.metric));
    // An ill-formed value is kept as text rather than written as a broken xsd:decimal
    // (`duikou check` then reports the figure as lacking a value).
    if (IsDecimal(f.value)) Lit(iri, ns::Dk("value"), TypedLiteral(f.value, ns::Xsd("decimal")));
    else Lit(iri, ns::Dk("valueText"), PlainLiteral(f.value));
    Zh(iri, ns::Dk("qualifier"), f.qualifier);
    if (f.year > 0) Lit(iri, ns::Dk("year"), GYear(f.year));
    DerivedFrom(iri, f.passage);
  }

  void MapProject(const extract::Project& p) {
    std::string iri = mapper_.minter_.Record("project", ContentKey({p.name, RefKey(p.place)}));
    Type(iri, "Project");
    Zh(iri, ns::Rdfs("label"), p.name);
    PlaceOf(iri, p.place, p.passage);
    for (const Ref& f : p.funders) Link(iri, ns::Dk("fundedBy"), Resolve(f, p.passage));
    if (IsDecimal(p.investment_cny)) Lit(iri, ns::Dk("investmentCNY"), TypedLiteral(p.investment_cny, ns::Xsd("decimal")));
    DerivedFrom(iri, p.passage);
  }

  void MapEvent(const extract::Event& e) {
    std::string iri = mapper_.minter_.Record("event", ContentKey({e.title, e.start_date, e.end_date}));
    Type(iri, "Event");
    Zh(iri, ns::Rdfs("label"), e.title);
    if (std::string dt = DateDatatype(e.start_date); !dt.empty()) {
      Lit(iri, ns::Schema("startDate"), TypedLiteral(e.start_date, dt));
      Lit(iri, ns::Dk("year"), TypedLiteral(e.start_date.substr(0, 4), ns::Xsd("gYear")));
    }
    if (std::string dt = DateDatatype(e.end_date); !dt.empty()) Lit(iri, ns::Schema("endDate"), TypedLiteral(e.end_date, dt));
    PlaceOf(iri, e.place, e.passage);
    for (const Ref& r : e.participants) Link(iri, ns::Dk("participant"), Resolve(r, e.passage));
    DerivedFrom(iri, e.passage);
  }

  void MapAward(const extract::Award& a) {
    std::string iri = mapper_.minter_.Record("award", ContentKey({a.name, std::to_string(a.year)}));
    Type(iri, "Award");
    Zh(iri, ns::Rdfs("label"), a.name);
    if (a.year > 0) Lit(iri, ns::Dk("year"), GYear(a.year));
    for (const Ref& r : a.awarded_to) Link(iri, ns::Dk("awardedTo"), Resolve(r, a.passage));
    DerivedFrom(iri, a.passage);
  }

  void MapMention(const extract::Mention& m) {
    std::string iri = MentionIri(m.surface, m.passage);
    Type(iri, "Mention");
    Zh(iri, ns::Rdfs("label"), m.surface);
    if (!m.kind.empty()) Lit(iri, ns::Dk("mentionKind"), PlainLiteral(m.kind));
    for (const std::string& code : m.candidates) Link(iri, ns::Dk("candidate"), Place(code));
    MentionedIn(iri, m.passage);
  }

  // Where a project or event is: a place gets dk:locatedIn + dk:inRegion; anything else
  // (an unresolved mention, an organization) is linked by dk:locatedIn only.
  void PlaceOf(const std::string& iri, const Ref& place, size_t passage) {
    if (place.empty()) return;
    if (place.kind == Ref::Kind::kPlace) {
      Located(iri, place.key);
      PlaceSurface(place.key, place.surface);
      MentionedIn(Place(place.key), passage);
    } else {
      Link(iri, ns::Dk("locatedIn"), Resolve(place, passage));
    }
  }

  // Concepts minted outside the ontology are described in the graph itself.
  std::string PairingType(const std::string& type) {
    std::string iri = mapper_.PairingTypeIri(type);
    if (!iri.starts_with(ns::kDk)) {
      Link(iri, ns::Rdf("type"), ns::Skos("Concept"));
      Link(iri, ns::Skos("inScheme"), ns::Dk("PairingTypes"));
      Zh(iri, ns::Skos("prefLabel"), type);
    }
    return iri;
  }
  std::string Metric(const std::string& metric) {
    std::string iri = mapper_.MetricIri(metric);
    if (!iri.starts_with(ns::kDk)) {
      Link(iri, ns::Rdf("type"), ns::Skos("Concept"));
      Link(iri, ns::Skos("inScheme"), ns::Dk("Metrics"));
      Lit(iri, ns::Skos("prefLabel"), LangLiteral(metric, "en"));
    }
    return iri;
  }

  const GraphMapper& mapper_;
  const document::Document& doc_;
  const extract::Extraction& ex_;
  Dataset* out_;
  std::string graph_;
  std::string file_;
  std::vector<std::string> passages_;
  std::multimap<std::string, const extract::Organization*> org_by_form_;
  std::multimap<std::string, const extract::Person*> person_by_name_;
  std::set<std::string> written_places_;
  std::set<std::string> unknown_places_;
  std::set<std::string> labelled_unknown_;
};

GraphMapper::GraphMapper(const gazetteer::Gazetteer* gazetteer, GraphOptions options)
    : owned_lookup_(std::make_unique<GazetteerLookup>(gazetteer)), divisions_(owned_lookup_.get()),
      minter_(std::move(options.base)) {}

GraphMapper::GraphMapper(const DivisionLookup* divisions, GraphOptions options)
    : divisions_(divisions), minter_(std::move(options.base)) {}

GraphMapper::~GraphMapper() = default;

std::string GraphMapper::DocumentGraph(const document::Document& doc) const {
  return Iri(minter_.SourceDocument(BaseName(doc.source)));
}

std::string GraphMapper::PairingTypeIri(const std::string& type) const {
  for (const PairingTypeConcept& c : kPairingTypes) {
    if (type == c.zh) return ns::Dk(c.local);
  }
  return minter_.base() + "concept/pairing/" + PercentEncode(type);
}

std::string GraphMapper::MetricIri(const std::string& metric) const {
  for (const char* m : kMetrics) {
    if (metric == m) return ns::Dk(m);
  }
  return minter_.base() + "concept/metric/" + PercentEncode(metric);
}

void GraphMapper::Map(const document::Document& doc, const extract::Extraction& extraction, Dataset* out) const {
  DocumentMapping(*this, doc, extraction, out).Run();
}

}  // namespace duikou::graph
