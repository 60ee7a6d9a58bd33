// Must not compile: a validator keeps pointers to its rule set and policy table; a temporary table would dangle.
#include <minzheng/rules/validator.hpp>

int main()
{
    const minzheng::rule_set rules;
    const minzheng::validator v(rules, minzheng::policy_table::national_defaults());
    (void)v;
    return 0;
}
