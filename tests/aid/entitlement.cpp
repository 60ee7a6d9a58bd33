// Tests minzheng/aid/entitlement.hpp: each programme's formula with its boundaries: income equal to the standard
// gives 0 (not a negative amount), the first payable month is the month after approval, exact rounding, local
// tiers and extras, 特困 care tiers, 补差 for children, the temporary-aid cap.
#include <minzheng/aid/entitlement.hpp>

#include "../recipients/support.hpp"
#include "../test_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace minzheng;
using minzheng::test::d;
using minzheng::test::member_of;
using minzheng::test::person_of;
using minzheng::test::yuan;

using minzheng::test::luoding;
using minzheng::test::rules;

namespace {

household family(std::int64_t wages)
{
    household h("LD-1", luoding);
    h.members.push_back(member_of(person_of("张大山", "445381", d(1975, 3, 1), 11), relation::head));
    h.members.push_back(member_of(person_of("李小芳", "445381", d(1977, 6, 1), 22), relation::spouse));
    h.members.push_back(member_of(person_of("张小明", "445381", d(2010, 9, 1), 31), relation::child));
    h.incomes.push_back({h.members[0].person.id, income_kind::wages, yuan(wages)});
    return h;
}

case_file approved(assistance_category c, date on)
{
    case_file f("C-1", c, "LD-1", luoding, d(2019, 12, 2));
    f.events.emplace_back(case_state::approved, on);  // the procedure itself is tested in recipients
    return f;
}

year_month ym(int y, int m)
{
    return year_month::make(y, m).value();
}
}  // namespace

TEST_SUITE("aid.entitlement")
{
    TEST_CASE("低保: the gap method, from the month after approval, never negative")
    {
        const auto policy = test::luoding_policy(560);
        const auto f = approved(assistance_category::dibao, d(2020, 2, 10));
        rule_context c(rules, policy, d(2020, 3, 1));
        CHECK_FALSE(dibao_entitlement(family(900), f, ym(2020, 2), c).payable);  // the approval month
        CHECK(dibao_entitlement(family(900), f, ym(2020, 2), c).formula.starts_with("批准次月起发放，首月为 2020-03"));
        const auto march = dibao_entitlement(family(900), f, ym(2020, 3), c);  // (560 − 300) × 3 = 780
        CHECK(march.payable);
        CHECK(march.amount == yuan(780));
        CHECK(march.formula.starts_with("补差：(560.00元 − 900.00元 ÷ 3) × 3 = 780.00元"));
        CHECK(dibao_entitlement(family(1680), f, ym(2020, 3), c).amount.is_zero());  // income equal to the standard
        CHECK(dibao_entitlement(family(3000), f, ym(2020, 3), c).amount.is_zero());  // above: 0, not negative
        CHECK(dibao_entitlement(family(1679), f, ym(2020, 3), c).amount == yuan(1));
        // One member not covered: (560 × 3 − 1000) × 2 / 3 = 453.333... → 453.33
        auto h = family(1000);
        h.members[2].covered = false;
        CHECK(dibao_entitlement(h, f, ym(2020, 3), c).amount == money::from_fen(45333));
    }

    TEST_CASE("低保: the gap counts income as the locality does — deductions only where it provides for them")
    {
        // 民发〔2021〕57号 art. 13 "可按规定适当扣减": (800 × 3 − (2100 − 300)) = 600 with the deduction, 300 without.
        auto policy = test::luoding_policy(800);
        const auto f = approved(assistance_category::dibao, d(2022, 2, 10));
        auto h = family(2100);
        h.deductions.push_back({h.members[0].person.id, deduction_kind::disability_or_illness, yuan(300)});
        {
            rule_context c(rules, policy, d(2022, 3, 1));
            CHECK(dibao_entitlement(h, f, ym(2022, 3), c).amount == yuan(300));
        }
        REQUIRE(
            policy.add({"dibao_income_deductions", luoding, period::from(d(2021, 7, 1)), true, "test"}).has_value());
        rule_context c(rules, policy, d(2022, 3, 1));
        CHECK(dibao_entitlement(h, f, ym(2022, 3), c).amount == yuan(600));
    }

    TEST_CASE("低保: suspended and terminated months are not payable — no standard is not payable")
    {
        const auto policy = test::luoding_policy(560);
        auto f = approved(assistance_category::dibao, d(2020, 2, 10));
        f.events.emplace_back(case_state::suspended, d(2020, 4, 1));
        rule_context c(rules, policy, d(2020, 5, 1));
        CHECK(dibao_entitlement(family(900), f, ym(2020, 3), c).payable);
        CHECK_FALSE(dibao_entitlement(family(900), f, ym(2020, 5), c).payable);
        // A named table: the context keeps a pointer to it (a temporary here no longer compiles).
        const auto national = policy_table::national_defaults();
        rule_context none(rules, national, d(2020, 3, 1));
        const auto e =
            dibao_entitlement(family(900), approved(assistance_category::dibao, d(2020, 2, 10)), ym(2020, 3), none);
        CHECK_FALSE(e.payable);
        CHECK(none.findings().front().rule_id == "POL-002");
    }

    TEST_CASE("低保: local tiers and extras for the elderly, minors and severe disabilities")
    {
        auto policy = test::luoding_policy(560);
        const auto f = approved(assistance_category::dibao, d(2020, 2, 10));
        rule_context c(rules, policy, d(2020, 3, 1));
        const std::vector<dibao_tier> tiers{{yuan(200), yuan(400)}, {yuan(560), yuan(250)}};
        CHECK(dibao_entitlement(family(450), f, ym(2020, 3), c, tiers).amount == yuan(1200));  // 150 per person
        CHECK(dibao_entitlement(family(900), f, ym(2020, 3), c, tiers).amount == yuan(750));   // 300 per person
        CHECK(dibao_entitlement(family(1800), f, ym(2020, 3), c, tiers).amount.is_zero());     // no tier
        REQUIRE(policy.add({"dibao_extra_minor_monthly", luoding, period::from(d(2020, 1, 1)), yuan(50), "sample"})
                    .has_value());
        auto h = family(900);
        h.members[1].person.disability_certificate = disability::make(disability_category::physical, 1).value();
        rule_context with_extras(rules, policy, d(2020, 3, 1));
        const auto e = dibao_entitlement(h, f, ym(2020, 3), with_extras);
        CHECK(e.amount == yuan(830));  // 780 + 50 for the child; no severe-disability extra is set
        CHECK(e.formula.ends_with("+ 分类施保 50.00元"));
    }

    TEST_CASE("特困: basic living plus the care tier from the assessment")
    {
        auto policy = policy_table::national_defaults();
        const auto yunfu = division_code::find(445300);
        for (const auto& [name, amount] :
             {std::pair{"tekun_basic_living_monthly", 988}, std::pair{"tekun_care_self_care_monthly", 100},
              std::pair{"tekun_care_partial_loss_monthly", 300}, std::pair{"tekun_care_complete_loss_monthly", 600}})
            REQUIRE(policy.add({name, yunfu, period::from(d(2019, 1, 1)), yuan(amount), "sample"}).has_value());
        tekun_application a(person_of("王老伯", "445381", d(1940, 1, 1), 11), yuan(0));
        const auto f = approved(assistance_category::tekun, d(2020, 2, 10));
        rule_context c(rules, policy, d(2020, 3, 1));
        CHECK(tekun_entitlement(a, f, ym(2020, 3), c).amount == yuan(1088));
        a.self_care = {false, true, true, false, true, false};  // 3 failed: partial loss
        CHECK(tekun_entitlement(a, f, ym(2020, 3), c).amount == yuan(1288));
        a.self_care = {false, false, true, false, true, false};  // 4 failed: complete loss
        CHECK(tekun_entitlement(a, f, ym(2020, 3), c).amount == yuan(1588));
        CHECK_FALSE(tekun_entitlement(a, f, ym(2020, 2), c).payable);
    }

    TEST_CASE(
        "children: a de facto child's allowance tops up other allowances (补差), never below zero — an orphan's is "
        "paid in full")
    {
        auto policy = policy_table::national_defaults();
        const auto guangdong = division_code::find(440000);
        REQUIRE(
            policy.add({"orphan_allowance_institution_monthly", guangdong, period::from(d(2019, 1, 1)), yuan(1820), ""})
                .has_value());
        REQUIRE(
            policy.add({"orphan_allowance_scattered_monthly", guangdong, period::from(d(2019, 1, 1)), yuan(1160), ""})
                .has_value());
        REQUIRE(policy.add({"de_facto_child_allowance_monthly", guangdong, period::from(d(2019, 1, 1)), yuan(1160), ""})
                    .has_value());
        rule_context c(rules, policy, d(2020, 3, 1));
        const auto orphan = approved(assistance_category::orphan, d(2020, 2, 10));
        CHECK(child_allowance_entitlement(orphan, ym(2020, 3), true, money{}, c).amount == yuan(1820));
        CHECK(child_allowance_entitlement(orphan, ym(2020, 3), false, money{}, c).amount == yuan(1160));
        const auto child = approved(assistance_category::de_facto_unsupported_child, d(2020, 2, 10));
        // 民发〔2019〕62号 三(一): children already on 低保, 特困 or the disability subsidy get the difference.
        CHECK(child_allowance_entitlement(child, ym(2020, 3), false, yuan(560), c).amount == yuan(600));
        CHECK(child_allowance_entitlement(child, ym(2020, 3), false, money::from_fen(115'999), c).amount ==
              money::from_fen(1));
        CHECK(child_allowance_entitlement(child, ym(2020, 3), false, yuan(1160), c).amount.is_zero());
        CHECK(child_allowance_entitlement(child, ym(2020, 3), false, money::from_fen(116'001), c).amount.is_zero());
        CHECK(child_allowance_entitlement(child, ym(2020, 3), false, yuan(2000), c).amount.is_zero());
        // 国办发〔2010〕54号 二(一) sets the orphan's standard and no 补差: other allowances are shown, not deducted.
        const auto full = child_allowance_entitlement(orphan, ym(2020, 3), false, yuan(560), c);
        CHECK(full.amount == yuan(1160));
        CHECK(full.formula.find("不补差") != std::string::npos);
        CHECK(std::find(full.inputs.begin(), full.inputs.end(),
                        std::pair<std::string, std::string>{"other_allowances", yuan(560).to_string()}) !=
              full.inputs.end());
    }

    TEST_CASE("临时救助: the cap is the smaller of the amount and the multiple of the standard the locality sets")
    {
        auto policy = test::luoding_policy(560);
        rule_context none(rules, policy, d(2020, 2, 10));
        CHECK_FALSE(temporary_aid_cap(luoding, registration_type::rural, d(2020, 2, 10), none).has_value());
        CHECK(none.findings().front().rule_id == "POL-002");
        REQUIRE(
            policy.add({"temporary_aid_cap_ratio", luoding, period::from(d(2020, 1, 1)), ratio{6, 1}, ""}).has_value());
        rule_context c(rules, policy, d(2020, 2, 10));
        CHECK(temporary_aid_cap(luoding, registration_type::rural, d(2020, 2, 10), c) == yuan(3360));
        REQUIRE(policy.add({"temporary_aid_cap", luoding, period::from(d(2020, 1, 1)), yuan(3000), ""}).has_value());
        rule_context both(rules, policy, d(2020, 2, 10));
        CHECK(temporary_aid_cap(luoding, registration_type::rural, d(2020, 2, 10), both) == yuan(3000));
    }
}
