#include "extract/facts.h"

namespace duikou::extract {

const char* OrgTypeName(OrgType t) {
  switch (t) {
    case OrgType::kGovernmentBody: return "GovernmentBody";
    case OrgType::kEnterprise: return "Enterprise";
    case OrgType::kInstitution: return "Institution";
    case OrgType::kSocialGroup: return "SocialGroup";
    case OrgType::kOther: return "Organization";
  }
  return "Organization";
}

}  // namespace duikou::extract
