// One of two translation units that validate the same household: this one includes only the household's own
// header and the validator, so the household's check must be declared with the record (not in a header this
// translation unit never sees). tests/embedding/one_verdict.cpp compares the two.
#include <minzheng/recipients/household.hpp>
#include <minzheng/rules/validator.hpp>

#include "household_verdicts.hpp"

namespace minzheng::test {

std::vector<finding> findings_with_household_header_only(const household& h, date on)
{
    const rule_set rules;
    const policy_table policy;
    return validator(rules, policy).validate(h, on).findings;
}

}  // namespace minzheng::test
