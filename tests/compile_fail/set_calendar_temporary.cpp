// Must not compile: the context keeps a pointer to its calendar, and this one dies at the end of the line.
#include <minzheng/rules/context.hpp>

int main()
{
    const minzheng::rule_set rules;
    const minzheng::policy_table policy;
    minzheng::rule_context c(rules, policy, minzheng::date(2020, 3, 1));
    c.set_calendar(minzheng::work_calendar::china());
    return 0;
}
