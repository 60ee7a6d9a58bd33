// Must not compile: the context keeps a pointer to its policy table, and this one dies at the end of the line.
#include <minzheng/rules/context.hpp>

int main()
{
    const minzheng::rule_set rules;
    minzheng::rule_context c(rules, minzheng::policy_table::national_defaults(), minzheng::date(2020, 3, 1));
    return c.findings().empty() ? 0 : 1;
}
