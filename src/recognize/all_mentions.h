// RecognizeAll: every recognizer over one passage in one call, sharing the number scan
// between money and quantities. What the extract stage calls per passage.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "recognize/date_recognizer.h"
#include "recognize/mentions.h"
#include "recognize/money_recognizer.h"
#include "recognize/number_parser.h"
#include "recognize/organization_recognizer.h"
#include "recognize/person_recognizer.h"
#include "recognize/quantity_recognizer.h"

namespace duikou::recognize {

struct RecognizeContext {
  int year = 0;                // the passage's year, for dates written without one; 0 = unknown
  std::vector<Span> places;    // place-name spans from the gazetteer matcher, sorted by begin
  std::vector<std::pair<std::string, std::string>> home;  // {"市", "某某市"}: see OrganizationContext
};

struct AllMentions {
  std::vector<NumberMention> numbers;
  std::vector<MoneyMention> money;
  std::vector<QuantityMention> quantities;
  std::vector<DateMention> dates;
  std::vector<OrganizationMention> organizations;
  std::vector<PersonMention> persons;
};

AllMentions RecognizeAll(std::string_view text, const RecognizeContext& context);

}  // namespace duikou::recognize
