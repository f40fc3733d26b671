#include "document/document.h"

namespace duikou::document {

const char* PassageKindName(PassageKind k) {
  switch (k) {
    case PassageKind::kEntry: return "entry";
    case PassageKind::kParagraph: return "paragraph";
    case PassageKind::kCaption: return "caption";
    case PassageKind::kTable: return "table";
  }
  return "?";
}

}  // namespace duikou::document
