// Tests minzheng/json/rules.hpp: findings round-trip; rule sets save and load (with application rules, unknown
// ids, bad severities, unknown members); policy tables save and load, the sample Yunfu file loads, and a file
// with overlapping periods is refused with a POL-001 finding naming both periods.
#include <minzheng/json/rules.hpp>

#include "../test_support.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

namespace json = boost::json;
using minzheng::field_path;
using minzheng::make_date;
using minzheng::policy_table;
using minzheng::rule_set;
using minzheng::severity;

namespace {
struct any_record {};
json::value read_json_file(const std::string& path)
{
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return json::parse(ss.str());
}
std::vector<std::string> rules_and_paths(const std::vector<minzheng::finding>& findings)
{
    std::vector<std::string> out;
    for (const auto& f : findings) out.push_back(f.rule_id + " " + f.path.str());
    return out;
}
}  // namespace

TEST_SUITE("json.rules")
{
    TEST_CASE("json: a finding round-trips")
    {
        const minzheng::finding f{"VAL-001", severity::warning, field_path{} / "households" / 3 / "id",
                                  "重复",    "twice",           "source"};
        const auto back = json::try_value_to<minzheng::finding>(json::parse(json::serialize(json::value_from(f))));
        REQUIRE(back.has_value());
        CHECK(*back == f);
        CHECK_FALSE(json::try_value_to<minzheng::finding>(json::parse(R"({"rule":"X"})")).has_value());
        CHECK_FALSE(
            json::try_value_to<minzheng::finding>(
                json::parse(R"({"rule":"X","severity":"fatal","path":"","message_zh":"","message_en":"","source":""})"))
                .has_value());
        CHECK_FALSE(
            json::try_value_to<minzheng::finding>(
                json::parse(
                    R"({"rule":"X","severity":"error","path":"no-slash","message_zh":"","message_en":"","source":""})"))
                .has_value());
    }

    TEST_CASE("json: a rule set saves its adjustments and loads them onto a set with the application's rules")
    {
        rule_set rules;
        REQUIRE(rules
                    .add_rule<any_record>({"COUNTY-001", "t", "t", severity::error, "m", "m", "s"},
                                          [](const any_record&, minzheng::rule_context&) {})
                    .has_value());
        REQUIRE(rules.disable("VAL-002").has_value());
        REQUIRE(rules.set_severity("COUNTY-001", severity::notice).has_value());
        const auto saved = minzheng::rule_set_to_json(rules);
        CHECK(
            json::serialize(saved) ==
            R"({"format":"minzheng.rule_set","version":1,"rules":{"COUNTY-001":{"severity":"notice"},"VAL-002":{"enabled":false}}})");

        rule_set fresh;  // the application adds its rules first, then loads the saved switches
        REQUIRE(fresh
                    .add_rule<any_record>({"COUNTY-001", "t", "t", severity::error, "m", "m", "s"},
                                          [](const any_record&, minzheng::rule_context&) {})
                    .has_value());
        const auto loaded = minzheng::rule_set_from_json(json::parse(json::serialize(saved)), fresh);
        REQUIRE(loaded.value.has_value());
        CHECK(loaded.findings.empty());
        CHECK_FALSE(loaded.value->is_enabled("VAL-002"));
        CHECK(loaded.value->severity_of("COUNTY-001") == severity::notice);
        CHECK(loaded.value->adjustments() == rules.adjustments());
    }

    TEST_CASE("json: a rule set document with mistakes reports each with its path and yields nothing")
    {
        const auto doc = json::parse(R"({"format":"minzheng.rule_set","version":1,"extra":1,
            "rules":{"NOPE-001":{"enabled":false},"VAL-001":{"severity":"fatal","colour":"red"},
                     "VAL-002":{"enabled":"no"},"DOC-003":[]}})");
        const auto loaded = minzheng::rule_set_from_json(doc);
        CHECK_FALSE(loaded.value.has_value());
        CHECK(rules_and_paths(loaded.findings) ==
              std::vector<std::string>{"DOC-003 /extra", "DOC-001 /rules/DOC-003", "DOC-001 /rules/NOPE-001",
                                       "DOC-003 /rules/VAL-001/colour", "DOC-001 /rules/VAL-001/severity",
                                       "DOC-001 /rules/VAL-002/enabled"});
        CHECK(minzheng::rule_set_from_json(json::parse(R"({"format":"other","version":1})"))
                  .findings.front()
                  .path.str() == "/format");
        CHECK(minzheng::rule_set_from_json(json::parse(R"({"format":"minzheng.rule_set","version":2,"rules":{}})"))
                  .findings.front()
                  .path.str() == "/version");
        CHECK(minzheng::rule_set_from_json(json::parse("[]")).findings.size() == 1);
        CHECK(rules_and_paths(minzheng::rule_set_from_json(json::parse(R"({"version":1})")).findings) ==
              std::vector<std::string>{"DOC-002 /format"});
        // Only warnings: the rule set is still made.
        const auto warned = minzheng::rule_set_from_json(
            json::parse(R"({"format":"minzheng.rule_set","version":1,"rules":{},"comment":"x"})"));
        CHECK(warned.value.has_value());
        CHECK(warned.findings.size() == 1);
    }

    TEST_CASE("json: the sample Yunfu policy file loads on top of the national defaults")
    {
        const auto doc = read_json_file(MINZHENG_SOURCE_DIR "/examples/data/policy/yunfu-2020-sample.json");
        const auto loaded = minzheng::policy_table_from_json(doc, policy_table::national_defaults());
        CHECK(loaded.findings.empty());
        REQUIRE(loaded.value.has_value());
        const auto on = make_date(2020, 2, 10).value();
        const auto* luoding =
            loaded.value->find("dibao_standard_urban_monthly", minzheng::division_code::find(445381), on);
        REQUIRE(luoding != nullptr);
        CHECK(std::get<minzheng::money>(luoding->value).fen() == 78000);
        CHECK(luoding->note.starts_with("SAMPLE"));
        CHECK(std::get<minzheng::ratio>(
                  loaded.value->find("temporary_aid_cap_ratio", minzheng::division_code::find(445322), on)->value) ==
              minzheng::ratio{6, 1});
        CHECK(std::get<std::int64_t>(
                  loaded.value->find("public_notice_days", minzheng::division_code::find(445381), on)->value) == 7);
    }

    TEST_CASE("json: a policy table round-trips through its document")
    {
        const auto table = policy_table::national_defaults();
        const auto text = json::serialize(minzheng::policy_table_to_json(table));
        const auto loaded = minzheng::policy_table_from_json(json::parse(text));
        REQUIRE(loaded.value.has_value());
        CHECK(loaded.findings.empty());
        const auto a = table.entries();
        const auto b = loaded.value->entries();
        REQUIRE(a.size() == b.size());
        for (std::size_t i = 0; i < a.size(); ++i) CHECK(*a[i] == *b[i]);
    }

    TEST_CASE("json: overlapping periods fail the load with a finding that names both periods")
    {
        const auto doc = json::parse(R"({"format":"minzheng.policy_table","version":1,"parameters":[
            {"name":"dibao_standard_urban_monthly","division":"445381","from":"2020-01-01","until":"2020-06-30","value":78000},
            {"name":"dibao_standard_urban_monthly","division":"445381","from":"2020-06-01","until":null,"value":80000}]})");
        const auto loaded = minzheng::policy_table_from_json(doc);
        CHECK_FALSE(loaded.value.has_value());
        REQUIRE(loaded.findings.size() == 1);
        const auto& f = loaded.findings.front();
        CHECK(f.rule_id == "POL-001");
        CHECK(f.path.str() == "/parameters/1");
        CHECK(f.message_en ==
              "parameter dibao_standard_urban_monthly for 445381 has two values in force on the same days: "
              "2020-06-01/ and 2020-01-01/2020-06-30");
        // In Chinese the parameter and the division by their names, not their codes' English.
        CHECK(f.message_zh ==
              "参数“城市低保标准（元/人·月）”在罗定市（445381）的两个取值有效期重叠：2020-06-01/ 与 "
              "2020-01-01/2020-06-30");
        // The same value overlapping a national default is refused too.
        const auto notice = json::parse(R"({"format":"minzheng.policy_table","version":1,"parameters":[
            {"name":"public_notice_days","division":null,"from":"2020-01-01","until":null,"value":5}]})");
        const auto against_defaults = minzheng::policy_table_from_json(notice, policy_table::national_defaults());
        REQUIRE(against_defaults.findings.size() == 1);
        CHECK(against_defaults.findings.front().rule_id == "POL-001");
        CHECK(against_defaults.findings.front().message_zh.starts_with("参数“公示期（日）”在全国的两个取值有效期重叠"));
    }

    TEST_CASE("json: every mistake in a policy document is reported with its path")
    {
        const auto doc = json::parse(R"({"format":"minzheng.policy_table","version":1,"parameters":[
            {"name":"no_such","division":null,"from":"2020-01-01","until":null,"value":1},
            {"name":"dibao_standard_urban_monthly","division":"445399","from":"2020-01-01","until":null,"value":1},
            {"name":"dibao_standard_urban_monthly","division":null,"from":"2020-13-01","until":null,"value":1},
            {"name":"dibao_standard_urban_monthly","division":null,"from":"2020-01-01","until":"2019-01-01","value":1},
            {"name":"dibao_standard_urban_monthly","division":null,"from":"2020-01-01","until":null,"value":"665元"},
            {"name":"dibao_edge_income_ratio","division":null,"from":"2020-01-01","until":null,"value":"1.5x"},
            {"name":"fever_threshold_inclusive","division":null,"from":"2020-01-01","until":null,"value":1},
            {"division":null,"from":"2020-01-01","until":null,"value":1},
            {"name":"elderly_age","division":null,"from":"2020-01-01","until":null,"value":60,"unit":"years"},
            7]})");
        const auto loaded = minzheng::policy_table_from_json(doc);
        CHECK_FALSE(loaded.value.has_value());
        CHECK(rules_and_paths(loaded.findings) ==
              std::vector<std::string>{"DOC-001 /parameters/0/name", "DOC-001 /parameters/1/division",
                                       "DOC-001 /parameters/2/from", "DOC-001 /parameters/3/until",
                                       "DOC-001 /parameters/4/value", "DOC-001 /parameters/5/value",
                                       "DOC-001 /parameters/6/value", "DOC-002 /parameters/7/name",
                                       "DOC-003 /parameters/8/unit", "DOC-001 /parameters/9"});
        // Each reads in Chinese: no English words, no paths (the finding carries the path).
        for (const auto& f : loaded.findings) {
            CAPTURE(f.message_zh);
            CHECK(minzheng::test::english_words(f.message_zh).empty());
            CHECK(f.message_zh.find("/parameters") == std::string::npos);
        }
        CHECK(loaded.findings[0].message_zh == "字段“name”不符合要求：没有这个名称的政策参数");
        CHECK(loaded.findings[7].message_zh == "缺少必需字段：“name”");
        CHECK(loaded.findings[8].message_zh == "未知字段：“unit”（将被忽略）");
    }

    TEST_CASE("json: a value outside its parameter's range fails the load with POL-003 at the value")
    {
        const auto doc = json::parse(R"({"format":"minzheng.policy_table","version":1,"parameters":[
            {"name":"public_notice_days","division":"445381","from":"2020-01-01","until":null,"value":-7},
            {"name":"public_notice_days","division":"445302","from":"2020-01-01","until":null,"value":1},
            {"name":"public_notice_days","division":"445322","from":"2020-01-01","until":null,"value":9223372036854775807}]})");
        const auto loaded = minzheng::policy_table_from_json(doc, policy_table::national_defaults());
        CHECK_FALSE(loaded.value.has_value());
        REQUIRE(loaded.findings.size() == 2);
        CHECK(loaded.findings[0].rule_id == "POL-003");
        CHECK(loaded.findings[0].path.str() == "/parameters/0/value");
        CHECK(loaded.findings[0].message_en ==
              "parameter public_notice_days has the value -7, outside its range 1–3660");
        CHECK(loaded.findings[0].message_zh == "参数“公示期（日）”的取值 -7 超出允许范围 1–3660");
        CHECK(loaded.findings[1].path.str() == "/parameters/2/value");
    }
}
