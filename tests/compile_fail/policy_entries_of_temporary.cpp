// Must not compile: the entries of a temporary table would point into a table destroyed at the end of the line.
#include <minzheng/rules/policy_table.hpp>

int main()
{
    const auto entries = minzheng::policy_table::national_defaults().entries();
    return static_cast<int>(entries.size());
}
