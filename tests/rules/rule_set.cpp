// Tests minzheng/rules/rule_set.hpp: switching and re-grading library rules, unknown ids, application rule
// registration (id forms, reserved prefixes, duplicates), and that two rule sets are independent values.
#include <minzheng/rules/rule_set.hpp>

#include "../test_support.hpp"

#include <minzheng/rules/context.hpp>

#include <doctest/doctest.h>

using minzheng::error;
using minzheng::rule_set;
using minzheng::severity;

namespace {
struct visit_request {
    int persons;
};
minzheng::custom_rule local_rule(std::string id)
{
    return {std::move(id),  "每次探访不超过1人", "At most one visitor", severity::warning,
            "探访人数 {0}", "{0} visitors",      "某县民政局通知"};
}
}  // namespace

TEST_SUITE("rules.rule_set")
{
    TEST_CASE("rule_set: defaults are every library rule on at its default severity")
    {
        const rule_set rules;
        CHECK(rules.is_enabled("VAL-001"));
        CHECK(rules.severity_of("VAL-001") == severity::error);
        CHECK(rules.severity_of("DOC-003") == severity::warning);
        CHECK_FALSE(rules.is_enabled("XXX-001"));
        CHECK_FALSE(rules.severity_of("XXX-001").has_value());
        CHECK(rules.adjustments().empty());
    }

    TEST_CASE("rule_set: switching off, back on, and changing severity")
    {
        rule_set rules;
        REQUIRE(rules.disable("VAL-001").has_value());
        CHECK_FALSE(rules.is_enabled("VAL-001"));
        CHECK(rules.adjustments().size() == 1);
        REQUIRE(rules.enable("VAL-001").has_value());
        CHECK(rules.is_enabled("VAL-001"));
        CHECK(rules.adjustments().empty());  // back to the default: nothing to save
        REQUIRE(rules.set_severity("VAL-001", severity::warning).has_value());
        CHECK(rules.severity_of("VAL-001") == severity::warning);
        CHECK(rules.disable("NOPE-001").error() == error::unknown_rule);
        CHECK(rules.set_severity("VAL-999", severity::notice).error() == error::unknown_rule);
    }

    TEST_CASE("rule_set: application rules need their own prefix and a unique id")
    {
        rule_set rules;
        const auto check = [](const visit_request&, minzheng::rule_context&) {};
        CHECK(rules.add_rule<visit_request>(local_rule("XINXING-001"), check).has_value());
        CHECK(rules.knows("XINXING-001"));
        CHECK(rules.severity_of("XINXING-001") == severity::warning);
        CHECK(rules.add_rule<visit_request>(local_rule("XINXING-001"), check).error() == error::duplicate_rule);
        CHECK(rules.add_rule<visit_request>(local_rule("RCP-001"), check).error() == error::reserved_rule_prefix);
        CHECK(rules.add_rule<visit_request>(local_rule("XIN-01"), check).error() == error::invalid_rule_id);
        CHECK(rules.add_rule<visit_request>(local_rule("xinxing-001"), check).error() == error::invalid_rule_id);
        CHECK(rules.add_rule<visit_request>(local_rule("ABCDEFGHIJKLMNOPQ-001"), check).error() ==
              error::invalid_rule_id);  // 17-letter prefix
        CHECK(rules.add_rule<visit_request>(local_rule("YUN_FU2-123"), check).has_value());
        CHECK(rules.custom_rules().size() == 2);
        CHECK(rules.find_custom("YUN_FU2-123")->title_en == "At most one visitor");
        REQUIRE(rules.disable("XINXING-001").has_value());
        CHECK_FALSE(rules.is_enabled("XINXING-001"));
    }

    TEST_CASE("rule_set: two sets in one process do not affect each other")
    {
        rule_set a;
        rule_set b;
        REQUIRE(a.disable("VAL-001").has_value());
        CHECK(b.is_enabled("VAL-001"));
        const auto check = [](const visit_request&, minzheng::rule_context&) {};
        REQUIRE(a.add_rule<visit_request>(local_rule("COUNTYA-001"), check).has_value());
        CHECK_FALSE(b.knows("COUNTYA-001"));
        rule_set copy = a;
        REQUIRE(copy.enable("VAL-001").has_value());
        CHECK_FALSE(a.is_enabled("VAL-001"));
    }

    TEST_CASE("rule ids: library and application forms never overlap")
    {
        CHECK(minzheng::is_library_rule_id("RCP-012"));
        CHECK_FALSE(minzheng::is_library_rule_id("RCP-12"));
        CHECK_FALSE(minzheng::is_library_rule_id("RCPX-012"));
        CHECK_FALSE(minzheng::is_library_rule_id("rcp-012"));
        CHECK(minzheng::is_application_rule_id("YUNFU-001"));
        CHECK_FALSE(minzheng::is_application_rule_id("RCP-012"));
        CHECK_FALSE(minzheng::is_application_rule_id("YUNFU-0001"));
        CHECK_FALSE(minzheng::is_application_rule_id("1UNFU-001"));
        CHECK_FALSE(minzheng::is_application_rule_id("YUN-FU-001"));
        CHECK_FALSE(minzheng::is_application_rule_id(""));
    }
}
