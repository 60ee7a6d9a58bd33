// Tests minzheng/rules/validator.hpp: one record and collections, every finding at once, cross-record
// duplicates (VAL-001) and dangling references (VAL-002), and the acceptance case: an application rule
// and a local parameter override changing a verdict.
#include <minzheng/rules/validator.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

using minzheng::division_code;
using minzheng::field_path;
using minzheng::make_date;
using minzheng::policy_table;
using minzheng::rule_context;
using minzheng::rule_set;
using minzheng::severity;
using minzheng::validator;

namespace window_test {

/// A request at a service window: how many persons came for one transaction, in which division, when.
struct window_request {
    std::string ticket;
    division_code division;
    int persons;
    minzheng::date day;
};

/// Stands in for a library module's check (found by argument-dependent lookup): persons per transaction are
/// capped by the local parameter window_persons_per_transaction. Uses VAL-002 only to exercise the channel.
void check(const window_request& r, rule_context& c)
{
    const auto cap = c.value<std::int64_t>("window_persons_per_transaction", r.division, field_path{} / "persons");
    if (cap && r.persons > *cap) c.report("VAL-002", field_path{} / "persons", {"a cap of " + std::to_string(*cap)});
}

}  // namespace window_test

using window_test::window_request;

namespace {
minzheng::date feb10()
{
    return make_date(2020, 2, 10).value();
}
division_code yuncheng()
{
    return division_code::find(445302).value();
}
}  // namespace

TEST_SUITE("rules.validator")
{
    TEST_CASE("validator: an application rule and a local parameter override change the verdict")
    {
        auto policy = policy_table::national_defaults();
        REQUIRE(policy
                    .add({"window_persons_per_transaction", yuncheng(), minzheng::period::from(feb10()),
                          std::int64_t{2}, "云城区: 每项最多2人"})
                    .has_value());
        rule_set rules;
        const window_request three{"A-001", yuncheng(), 3, feb10()};

        // Library-style check with the local cap of 2: three persons is a finding.
        auto report = validator(rules, policy).validate(three, feb10());
        REQUIRE(report.findings.size() == 1);
        CHECK(report.has_errors());
        CHECK(report.parameters_used.front().entry.note == "云城区: 每项最多2人");

        // The county raises its cap to 3 from 2020-02-10 (its old value ends the day before): no finding.
        auto raised = policy_table::national_defaults();
        REQUIRE(raised
                    .add({"window_persons_per_transaction", yuncheng(),
                          minzheng::period::make(make_date(2020, 1, 27).value(), make_date(2020, 2, 9).value()).value(),
                          std::int64_t{2}, ""})
                    .has_value());
        REQUIRE(raised
                    .add({"window_persons_per_transaction", yuncheng(), minzheng::period::from(feb10()),
                          std::int64_t{3}, ""})
                    .has_value());
        CHECK(validator(rules, raised).validate(three, feb10()).findings.empty());
        CHECK(validator(rules, raised)
                  .validate(window_request{"A-0", yuncheng(), 3, make_date(2020, 2, 9).value()},
                            make_date(2020, 2, 9).value())
                  .findings.size() == 1);  // judged by the record's own date

        // An application rule of the county: tickets must start with the window letter "A".
        REQUIRE(rules
                    .add_rule<window_request>(
                        {"YUNCHENG-001", "窗口号不符", "Ticket of another window", severity::warning,
                         "票号 {0} 不属于本窗口", "ticket {0} is not for this window", "云城区民政局"},
                        [](const window_request& r, rule_context& c) {
                            if (!r.ticket.starts_with("A"))
                                c.report("YUNCHENG-001", field_path{} / "ticket", {r.ticket});
                        })
                    .has_value());
        const window_request wrong{"B-007", yuncheng(), 1, feb10()};
        report = validator(rules, raised).validate(wrong, feb10());
        REQUIRE(report.findings.size() == 1);
        CHECK(report.findings.front().rule_id == "YUNCHENG-001");
        CHECK(report.findings.front().level == severity::warning);
        CHECK(report.findings.front().message_en == "ticket B-007 is not for this window");
        CHECK_FALSE(report.has_errors());
        CHECK(report.counts.warnings == 1);
        // Switched off, the application rule is silent.
        REQUIRE(rules.disable("YUNCHENG-001").has_value());
        CHECK(validator(rules, raised).validate(wrong, feb10()).findings.empty());
    }

    TEST_CASE("validator: a missing local parameter is reported, never defaulted")
    {
        const auto policy = policy_table::national_defaults();
        const rule_set rules;
        const auto report = validator(rules, policy).validate(window_request{"A-1", yuncheng(), 9, feb10()}, feb10());
        REQUIRE(report.findings.size() == 1);
        CHECK(report.findings.front().rule_id == "POL-002");
        CHECK(report.findings.front().path.str() == "/persons");
    }

    TEST_CASE("validator: a collection reports every record's findings and every duplicate at once")
    {
        auto policy = policy_table::national_defaults();
        REQUIRE(policy
                    .add({"window_persons_per_transaction", yuncheng(), minzheng::period::from(feb10()),
                          std::int64_t{2}, ""})
                    .has_value());
        const rule_set rules;
        const std::vector<window_request> day{{"A-1", yuncheng(), 1, feb10()},
                                              {"A-2", yuncheng(), 5, feb10()},
                                              {"A-1", yuncheng(), 2, feb10()},
                                              {"A-3", yuncheng(), 4, feb10()},
                                              {"A-1", yuncheng(), 1, feb10()}};
        const auto report = validator(rules, policy)
                                .validate_all(
                                    day, "requests", "ticket",
                                    [](const window_request& r) { return std::optional<std::string>(r.ticket); },
                                    [](const window_request& r) { return r.day; });
        std::set<std::string> seen;
        for (const auto& f : report.findings) seen.insert(f.rule_id + " " + f.path.str());
        CHECK(seen == std::set<std::string>{"VAL-002 /requests/1/persons", "VAL-002 /requests/3/persons",
                                            "VAL-001 /requests/2/ticket", "VAL-001 /requests/4/ticket"});
        CHECK(report.counts.errors == 4);
        for (const auto& f : report.findings) {
            if (f.rule_id != "VAL-001") continue;
            // The first one by its number, not by a JSON Pointer: the third and the fifth repeat the first.
            CHECK(f.message_en == "A-1 appears twice: already in item 1");
            CHECK(f.message_zh == "A-1 重复：已在第 1 项出现");
        }
        // Sorted by path.
        CHECK(std::is_sorted(report.findings.begin(), report.findings.end()));
    }

    TEST_CASE("validator: an empty collection has no findings")
    {
        const policy_table policy;
        const rule_set rules;
        const std::vector<window_request> none;
        const auto report = validator(rules, policy)
                                .validate_all(
                                    none, "requests", "ticket",
                                    [](const window_request& r) { return std::optional<std::string>(r.ticket); },
                                    [](const window_request& r) { return r.day; });
        CHECK(report.findings.empty());
        CHECK_FALSE(report.has_errors());
    }

    TEST_CASE("check_reference: a reference to nothing is VAL-002")
    {
        const rule_set rules;
        const policy_table policy;
        rule_context c(rules, policy, feb10());
        minzheng::check_reference(c, field_path{} / "recipient", "recipient 445381198001011236", false);
        minzheng::check_reference(c, field_path{} / "recipient", "recipient 445381198001011236", true);
        REQUIRE(c.findings().size() == 1);
        CHECK(c.findings().front().message_en == "the referenced recipient 445381198001011236 does not exist");
    }

    TEST_CASE("check_identifier: an id a clerk sees as another, or cannot see, is VAL-003 and shown escaped")
    {
        const rule_set rules;
        const policy_table policy;
        rule_context c(rules, policy, feb10());
        const auto path = field_path{} / "id";
        minzheng::check_identifier(c, path, "LD-0001");    // normal: nothing
        minzheng::check_identifier(c, path, "粤财 0001");  // an inner space is part of the number
        CHECK(c.findings().empty());

        minzheng::check_identifier(c, path, "LD-0001 ");
        REQUIRE(c.findings().size() == 1);
        CHECK(c.findings()[0].rule_id == "VAL-003");
        CHECK(c.findings()[0].path.str() == "/id");
        CHECK(c.findings()[0].message_zh == "编号 “LD-0001 ” 应写作 “LD-0001”（去掉首尾空格、全角字符改为半角）");
        CHECK(c.findings()[0].message_en ==
              "the identifier \"LD-0001 \" should be written \"LD-0001\" (no outer spaces, no full-width forms)");

        minzheng::check_identifier(c, path, "ＬＤ－０００１");
        REQUIRE(c.findings().size() == 2);
        CHECK(c.findings()[1].message_en.find("should be written \"LD-0001\"") != std::string::npos);

        // U+200B and U+202E are shown by name: a message must not itself hide or reverse text.
        minzheng::check_identifier(c, path, "LD\u200B0001");
        minzheng::check_identifier(c, path, "LD\u202E1000");
        REQUIRE(c.findings().size() == 4);
        CHECK(c.findings()[2].message_zh == "编号 “LD<U+200B>0001” 含控制字符或不可见字符");
        CHECK(c.findings()[3].message_zh == "编号 “LD<U+202E>1000” 含控制字符或不可见字符");

        minzheng::check_identifier(c, path, "");
        minzheng::check_identifier(c, path, "   ");
        minzheng::check_identifier(c, path, "LD\xFF");
        REQUIRE(c.findings().size() == 7);
        CHECK(c.findings()[4].message_zh == "编号 “” 为空或只有空格");
        CHECK(c.findings()[5].message_zh == "编号 “   ” 为空或只有空格");
        CHECK(c.findings()[6].message_zh == "编号 “LD<0xFF>” 不是有效的 UTF-8 文本");
        for (const auto& f : c.findings()) CHECK(f.rule_id == "VAL-003");
    }

    TEST_CASE("check_identifier: a long id is cut in the message, and one past the limit is refused")
    {
        const rule_set rules;
        const policy_table policy;
        rule_context c(rules, policy, feb10());
        minzheng::check_identifier(c, field_path{} / "id", std::string(minzheng::max_identifier_bytes, '7'));
        CHECK(c.findings().empty());
        minzheng::check_identifier(c, field_path{} / "id", std::string(minzheng::max_identifier_bytes + 1, '7'));
        REQUIRE(c.findings().size() == 1);
        CHECK(c.findings()[0].message_zh == "编号 “" + std::string(64, '7') + "…” 过长");
    }
}
