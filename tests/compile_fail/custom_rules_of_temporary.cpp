// Must not compile: the pointers would point into a rule set destroyed at the end of the line.
#include <minzheng/rules/rule_set.hpp>

int main()
{
    const auto rules = minzheng::rule_set{}.custom_rules();
    return static_cast<int>(rules.size());
}
