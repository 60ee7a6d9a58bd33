// Tests minzheng/rules.hpp: the rules umbrella compiles alone and reaches every rules type.
#include <minzheng/rules.hpp>

#include "test_support.hpp"

#include <doctest/doctest.h>

TEST_SUITE("rules.umbrella")
{
    TEST_CASE("rules.hpp: every rules type is reachable")
    {
        const minzheng::rule_set rules;
        const auto policy = minzheng::policy_table::national_defaults();
        const minzheng::validator v(rules, policy);
        minzheng::rule_context c(rules, policy, minzheng::make_date(2020, 2, 10).value());
        CHECK(c.findings().empty());
        CHECK(minzheng::find_library_rule("POL-001") != nullptr);
        CHECK((minzheng::field_path{} / "x").str() == "/x");
        CHECK(minzheng::count_by_severity({}).errors == 0);
    }
}
