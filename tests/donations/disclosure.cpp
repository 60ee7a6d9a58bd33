// Tests minzheng/donations/disclosure.hpp: the report's figures by fund with designated uses, the 210.9万元 text,
// named donors only with consent, and overdue disclosures at their boundaries (DON-020, DON-021).
#include <minzheng/donations/disclosure.hpp>

#include "../recipients/support.hpp"
#include "../test_support.hpp"

#include <doctest/doctest.h>

using namespace minzheng;
using minzheng::test::d;
using minzheng::test::yuan;

namespace {
donor named(std::string name, bool disclose = true)
{
    donor x;
    x.type = donor::kind::organisation;
    x.name = std::move(name);
    x.disclose = disclose;
    return x;
}
const division_code yunan = division_code::find(445322).value();
}  // namespace

TEST_SUITE("donations.disclosure")
{
    TEST_CASE("disclosure: received and used by fund, designated uses, 万元 text, consenting donors only")
    {
        donation_ledger l;
        REQUIRE(l.open_fund("general", fund_kind::general, "疫情防控", "", d(2020, 1, 28)).has_value());
        REQUIRE(l.open_fund("home", fund_kind::designated, "敬老院", "YN-JLY", d(2020, 1, 28)).has_value());
        REQUIRE(l.receive_money("general", named("郁南县慈善会"), money::parse("1,800,000元").value(), d(2020, 1, 30))
                    .has_value());
        REQUIRE(l.receive_money("home", named("乡贤甲", false), money::parse("59,000元").value(), d(2020, 2, 3))
                    .has_value());
        REQUIRE(l.receive_goods("general", named("企业乙"), "口罩", quantity::parse("50000个").value(),
                                money::parse("250,000元").value(), value_basis::invoice, d(2020, 2, 6))
                    .has_value());
        REQUIRE(l.spend(entry_kind::disbursement, "home", "YN-JLY", yuan(30'000), d(2020, 2, 8)).has_value());
        REQUIRE(l.spend_goods(entry_kind::disbursement, "general", "口罩", quantity::parse("2000个").value(),
                              "郁南县中心敬老院", d(2020, 2, 9))
                    .has_value());
        const auto r = make_disclosure(l, period::make(d(2020, 1, 1), d(2020, 2, 10)).value());
        CHECK(r.total_received.to_wan_string(1) == "210.9万元");
        CHECK(r.money_received == money::parse("1,859,000元").value());
        CHECK(r.goods_value_received == yuan(250'000));
        CHECK(r.used == yuan(30'000));
        REQUIRE(r.funds.size() == 2);
        CHECK(r.funds[1].fund == "home");
        CHECK(r.funds[1].uses == std::vector<std::pair<std::string, money>>{{"YN-JLY", yuan(30'000)}});
        CHECK(r.funds[1].balance == yuan(29'000));
        CHECK(r.named_donors.size() == 2);  // 乡贤甲 did not agree to be named
        const auto text = render_disclosure(r);
        CHECK(text.find("共接收社会各界捐赠款物 210.9万元（2109000.00元）") != std::string::npos);
        CHECK(text.find("乡贤甲") == std::string::npos);
        CHECK(text.find("口罩 2000个 拨付 郁南县中心敬老院") != std::string::npos);
    }

    TEST_CASE(
        "disclosure: a campaign longer than 6 months discloses every 3 months (DON-020) and after its end (DON-021)")
    {
        const rule_set rules;
        const auto policy = policy_table::national_defaults();
        donation_ledger l;
        const auto start = d(2020, 1, 28);
        const auto findings = [&](date on, std::optional<date> end = std::nullopt) {
            rule_context c(rules, policy, on);
            check_disclosure(l, start, end, yunan, c);
            std::string ids;
            for (const auto& f : c.findings()) ids += f.rule_id + " ";
            return ids;
        };
        CHECK(findings(d(2020, 7, 28)).empty());        // 6 months: not yet a long campaign
        CHECK(findings(d(2020, 7, 29)) == "DON-020 ");  // longer than 6 months, never disclosed
        REQUIRE(l.record_disclosure(d(2020, 6, 1), "第一次公开").has_value());
        CHECK(findings(d(2020, 9, 1)).empty());        // due by 1 September: still in time that day
        CHECK(findings(d(2020, 9, 2)) == "DON-020 ");  // more than 3 months since the last one
        REQUIRE(l.record_disclosure(d(2020, 9, 2), "第二次公开").has_value());
        CHECK(findings(d(2020, 9, 2)).empty());
        // The campaign ended on 30 September without a final disclosure: due by 30 December.
        CHECK(findings(d(2020, 12, 30), d(2020, 9, 30)).empty());
        CHECK(findings(d(2020, 12, 31), d(2020, 9, 30)) == "DON-021 ");
        REQUIRE(l.record_disclosure(d(2020, 10, 15), "全面公开").has_value());
        CHECK(findings(d(2021, 3, 1), d(2020, 9, 30)).empty());
    }

    TEST_CASE("disclosure: the 2023 amendment (in force 2024-09-05, art. 79) keeps the rule, cited by its own article")
    {
        const rule_set rules;
        const auto policy = policy_table::national_defaults();
        const donation_ledger l;
        const auto judged = [&](date on) {
            rule_context c(rules, policy, on);
            check_disclosure(l, d(2023, 1, 1), std::nullopt, yunan, c);
            return c.take_findings();
        };
        const auto before = judged(d(2024, 9, 4));
        REQUIRE(before.size() == 1);
        CHECK(before[0].rule_id == "DON-020");
        CHECK(before[0].source.find("第七十三条") != std::string::npos);
        for (const auto on : {d(2024, 9, 5), d(2026, 1, 1)}) {
            const auto after = judged(on);
            REQUIRE(after.size() == 1);
            CHECK(after[0].rule_id == "DON-020");
            CHECK(after[0].source.find("第七十九条") != std::string::npos);
        }
    }
}
