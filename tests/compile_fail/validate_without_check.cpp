// Must not compile: a type with no check() declared and no without_library_check<> is never silently passed.
#include <minzheng/rules/validator.hpp>

struct unchecked_record {
    int n = 0;
};

int main()
{
    const minzheng::rule_set rules;
    const minzheng::policy_table policy;
    const auto report = minzheng::validator(rules, policy).validate(unchecked_record{}, minzheng::date(2020, 2, 1));
    return report.has_errors() ? 1 : 0;
}
