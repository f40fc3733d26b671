#include "recognize/all_mentions.h"

namespace duikou::recognize {

AllMentions RecognizeAll(std::string_view text, const RecognizeContext& context) {
  AllMentions all;
  all.numbers = FindNumbers(text);
  all.money = FindMoney(text, all.numbers);
  all.quantities = FindQuantities(text, all.numbers);
  all.dates = FindDates(text, context.year);
  OrganizationContext org_context;
  org_context.places = context.places;
  org_context.home = context.home;
  all.organizations = FindOrganizations(text, org_context);
  PersonContext person_context;
  person_context.places = context.places;
  all.persons = FindPersons(text, person_context);
  return all;
}

}  // namespace duikou::recognize
