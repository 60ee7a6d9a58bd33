// Must not compile: the context keeps a pointer to its rule set, and this one dies at the end of the line.
#include <minzheng/rules/context.hpp>

int main()
{
    const minzheng::policy_table policy;
    minzheng::rule_context c(minzheng::rule_set{}, policy, minzheng::date(2020, 3, 1));
    return c.findings().empty() ? 0 : 1;
}
