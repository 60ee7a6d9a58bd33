// Tests minzheng/rules/context.hpp: reports go through the rule set (off, severity, editions by the record's
// date), paths are relative to the record, parameters are looked up with POL-002 when missing and traced.
#include <minzheng/rules/context.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

using minzheng::field_path;
using minzheng::make_date;
using minzheng::policy_table;
using minzheng::rule_context;
using minzheng::rule_set;
using minzheng::severity;

TEST_SUITE("rules.context")
{
    TEST_CASE("context: a report carries the catalogue's messages with values, the source and the path")
    {
        const rule_set rules;
        const policy_table policy;
        rule_context c(rules, policy, *make_date(2020, 2, 10));
        c.set_base(field_path{} / "households" / 3);
        c.report("VAL-001", field_path{} / "id", {"445381198001011236", "第 1 项", "item 1"});
        REQUIRE(c.findings().size() == 1);
        const auto& f = c.findings().front();
        CHECK(f.rule_id == "VAL-001");
        CHECK(f.level == severity::error);
        CHECK(f.path.str() == "/households/3/id");
        CHECK(f.message_en == "445381198001011236 appears twice: already in item 1");
        CHECK(f.message_zh == "445381198001011236 重复：已在第 1 项出现");
        CHECK_FALSE(f.source.empty());
    }

    TEST_CASE("context: switched-off rules are silent, re-graded rules take their new severity")
    {
        rule_set rules;
        REQUIRE(rules.disable("VAL-002").has_value());
        REQUIRE(rules.set_severity("VAL-001", severity::notice).has_value());
        const policy_table policy;
        rule_context c(rules, policy, *make_date(2020, 2, 10));
        CHECK_FALSE(c.is_active("VAL-002"));
        c.report("VAL-002", field_path{} / "x", {"recipient"});
        c.report("VAL-001", field_path{} / "y", {"a", "b", "c"});
        REQUIRE(c.findings().size() == 1);
        CHECK(c.findings().front().level == severity::notice);
    }

    TEST_CASE("context: an unregistered id is reported as an error rather than lost")
    {
        const rule_set rules;
        const policy_table policy;
        rule_context c(rules, policy, *make_date(2020, 2, 10));
        c.report("TYPO-001", field_path{}, {});
        REQUIRE(c.findings().size() == 1);
        CHECK(c.findings().front().level == severity::error);
        CHECK(c.findings().front().message_en == "rule TYPO-001 is not registered in the rule set");
    }

    TEST_CASE("context: a missing parameter is POL-002 at the asking path — a found one is traced")
    {
        const rule_set rules;
        const auto policy = policy_table::national_defaults();
        rule_context c(rules, policy, *make_date(2020, 2, 10));
        c.set_base(field_path{} / "cases" / 0);
        const auto luoding = minzheng::division_code::find(445381);
        CHECK_FALSE(c.value<minzheng::money>("dibao_standard_urban_monthly", luoding, field_path{} / "income"));
        REQUIRE(c.findings().size() == 1);
        CHECK(c.findings().front().rule_id == "POL-002");
        CHECK(c.findings().front().path.str() == "/cases/0/income");
        // Named in Chinese, saying which value is missing: a local one here; the English names the parameter.
        const auto& missing = c.findings().front();
        CHECK(missing.message_zh ==
              "参数“" + std::string(minzheng::find_library_parameter("dibao_standard_urban_monthly")->description_zh) +
                  "”在445381 罗定市于 2020-02-10 没有有效取值（该参数由地方设定，当地尚未设置）");
        CHECK(missing.message_en ==
              "parameter dibao_standard_urban_monthly has no value in force for 445381 on "
              "2020-02-10 (a locality sets it, and no local value has been set)");
        // A parameter with national values, none of which is in force that day (the 2012 payment day in 2022).
        rule_context later(rules, policy, *make_date(2022, 2, 10));
        CHECK_FALSE(later.value<std::int64_t>("dibao_payment_day_of_month", std::nullopt, field_path{} / "period"));
        REQUIRE(later.findings().size() == 1);
        CHECK(later.findings().front().message_zh.find(
                  "在全国于 2022-02-10 没有有效取值（当日没有全国取值，需由地方设定）") != std::string::npos);
        CHECK(c.value<std::int64_t>("public_notice_days", luoding, field_path{}) == 7);
        REQUIRE(c.parameters_used().size() == 1);
        CHECK(c.parameters_used().front().name == "public_notice_days");
        CHECK(c.parameters_used().front().asked_for == luoding);
        CHECK_FALSE(c.parameters_used().front().entry.division.has_value());  // found at the national level
        // The wrong alternative is not converted: nullopt, no finding beyond the first.
        CHECK_FALSE(c.value<bool>("public_notice_days", luoding, field_path{}));
        CHECK(c.findings().size() == 1);
    }

    TEST_CASE("context: take_findings sorts and empties")
    {
        const rule_set rules;
        const policy_table policy;
        rule_context c(rules, policy, *make_date(2020, 2, 10));
        c.report("VAL-002", field_path{} / "b", {"x"});
        c.report("VAL-002", field_path{} / "a", {"y"});
        const auto list = c.take_findings();
        REQUIRE(list.size() == 2);
        CHECK(list[0].path.str() == "/a");
        CHECK(c.findings().empty());
    }
}
