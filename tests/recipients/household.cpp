// Tests minzheng/recipients/household.hpp: co-resident members under the 2012 and 2021 editions (parents,
// prison, rehabilitation, declared missing, clergy away three years, adult children), counted income and
// deductions by edition, exact comparison with the standard at the boundary, per-capita rounding.
#include <minzheng/recipients/household.hpp>

#include "../test_support.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

using namespace minzheng;
using minzheng::test::d;
using minzheng::test::member_of;
using minzheng::test::person_of;
using minzheng::test::yuan;

using minzheng::test::in2020;
using minzheng::test::in2022;
using minzheng::test::rules;

namespace {

household family()
{
    household h("LD-0001", division_code::find(445381).value());
    h.members.push_back(member_of(person_of("张大山", "445381", d(1975, 3, 1), 11), relation::head));
    h.members.push_back(member_of(person_of("李小芳", "445381", d(1977, 6, 1), 22), relation::spouse));
    h.members.push_back(member_of(person_of("张小明", "445381", d(2010, 9, 1), 31), relation::child));
    return h;
}
}  // namespace

TEST_SUITE("recipients.household")
{
    TEST_CASE("household: the edition follows the date: 2012 measures to 2021-06-30, 2021 measures after")
    {
        CHECK(dibao_edition_on(d(2021, 6, 30)) == dibao_edition::y2012);
        CHECK(dibao_edition_on(d(2021, 7, 1)) == dibao_edition::y2021);
    }

    TEST_CASE("household: a parent living apart counts in 2012, not in 2021")
    {
        auto h = family();
        auto parent = member_of(person_of("张老汉", "445381", d(1945, 1, 1), 13), relation::parent);
        parent.lives_together = false;
        h.members.push_back(parent);
        CHECK(co_resident_members(h, in2020).size() == 4);
        CHECK(co_resident_members(h, in2022).size() == 3);
        h.members.back().lives_together = true;
        CHECK(co_resident_members(h, in2022).size() == 4);
    }

    TEST_CASE("household: prison always excludes — custody never — rehabilitation and declared missing only from 2021")
    {
        auto h = family();
        h.members[1].person.situations.push_back({situation_kind::compulsory_rehab, period::from(d(2019, 6, 1))});
        CHECK(co_resident_members(h, in2020).size() == 3);
        CHECK(co_resident_members(h, in2022).size() == 2);
        h.members[1].person.situations = {{situation_kind::declared_missing, period::from(d(2019, 6, 1))}};
        CHECK(co_resident_members(h, in2020).size() == 3);
        CHECK(co_resident_members(h, in2022).size() == 2);
        h.members[1].person.situations = {{situation_kind::imprisoned, period::from(d(2019, 6, 1))}};
        CHECK(co_resident_members(h, in2020).size() == 2);
        CHECK(co_resident_members(h, in2022).size() == 2);
        // 在押 is not 在监狱内服刑: neither 2012 art. 5 nor 2021 art. 7 leaves a member in custody out.
        h.members[1].person.situations = {{situation_kind::in_custody, period::from(d(2019, 6, 1))}};
        CHECK(co_resident_members(h, in2020).size() == 3);
        CHECK(co_resident_members(h, in2022).size() == 3);
        // The day a sentence begins, custody ends: the member leaves the count that day, not before.
        h.members[1].person.situations = {
            {situation_kind::in_custody, period::make(d(2019, 6, 1), d(2021, 12, 31)).value()},
            {situation_kind::imprisoned, period::from(d(2022, 1, 1))}};
        CHECK(co_resident_members(h, d(2021, 12, 31)).size() == 3);
        CHECK(co_resident_members(h, d(2022, 1, 1)).size() == 2);
        h.members[1].person.situations = {{situation_kind::deceased, period::from(d(2019, 6, 1))}};
        CHECK(co_resident_members(h, in2020).size() == 2);
    }

    TEST_CASE("household: clergy living away are excluded from three full years (含三年)")
    {
        auto h = family();
        h.members[1].person.situations.push_back({situation_kind::clergy_away, period::from(d(2017, 2, 11))});
        CHECK(co_resident_members(h, in2020).size() == 3);  // 2 years 364 days
        h.members[1].person.situations[0].during = period::from(d(2017, 2, 10));
        CHECK(co_resident_members(h, in2020).size() == 2);  // exactly three years
    }

    TEST_CASE("household: adult children count when dependent or in school — others need duty and residence")
    {
        auto h = family();
        h.members[2].person = person_of("张大明", "445381", d(1999, 9, 1), 33);  // 20 in 2020
        CHECK(co_resident_members(h, in2020).size() == 2);
        h.members[2].person.school = schooling::higher;
        CHECK(co_resident_members(h, in2020).size() == 3);
        h.members[2].person.school = schooling::none;
        h.members[2].unable_to_live_independently = true;
        CHECK(co_resident_members(h, in2020).size() == 3);
        auto sibling = member_of(person_of("张小山", "445381", d(1980, 1, 1), 15), relation::sibling);
        h.members.push_back(sibling);
        CHECK(co_resident_members(h, in2020).size() == 3);
        h.members.back().has_support_duty = true;
        CHECK(co_resident_members(h, in2020).size() == 4);
        h.members.back().lives_together = false;
        CHECK(co_resident_members(h, in2020).size() == 3);
    }

    TEST_CASE("household: what income counts, and deductions, follow the edition")
    {
        auto h = family();
        h.incomes.push_back({h.members[0].person.id, income_kind::wages, yuan(900)});
        h.incomes.push_back({std::nullopt, income_kind::social_assistance, yuan(300)});
        h.incomes.push_back({std::nullopt, income_kind::special_care_pension, yuan(200)});
        h.incomes.push_back({h.members[2].person.id, income_kind::scholarship, yuan(100)});
        h.deductions.push_back({h.members[0].person.id, deduction_kind::employment_cost, yuan(150)});
        // 2012, urban: wages + assistance + scholarship; 优待抚恤金 excluded by the urban regulation (1999 art. 2).
        h.kind = registration_type::urban;
        CHECK(counted_income(h, in2020)->fen() == yuan(1300).fen());
        // 2012, rural: no measure excludes 优待抚恤金 for a rural household, so it counts.
        h.kind = registration_type::rural;
        CHECK(counted_income(h, in2020)->fen() == yuan(1500).fen());
        // 2021 (art. 13): only the wages; the employment cost is deducted only where the locality provides for it.
        CHECK(counted_income(h, in2022)->fen() == yuan(900).fen());
        CHECK(counted_income(h, in2022, {.deductions = true})->fen() == yuan(750).fen());
        CHECK(counted_income(h, in2020, {.deductions = true})->fen() == yuan(1500).fen());  // 2012: no deductions
        // Income of someone no longer co-resident does not count, nor do their deductions.
        h.members[0].person.situations.push_back({situation_kind::imprisoned, period::from(d(2021, 1, 1))});
        CHECK(counted_income(h, in2022, {.deductions = true})->fen() == 0);
    }

    TEST_CASE("household: local exclusions (2021 art. 13(四)) count unless the locality has the rule")
    {
        auto h = family();
        h.incomes.push_back({h.members[0].person.id, income_kind::wages, yuan(900)});
        h.incomes.push_back({std::nullopt, income_kind::local_exclusion, yuan(120)});
        CHECK(counted_income(h, in2022)->fen() == yuan(1020).fen());
        CHECK(counted_income(h, in2022, {.local_exclusions = true})->fen() == yuan(900).fen());
        CHECK(counted_income(h, in2020, {.local_exclusions = true})->fen() == yuan(1020).fen());  // 2012: none
        CHECK(is_counted(income_kind::local_exclusion, dibao_edition::y2021, registration_type::urban));
        CHECK_FALSE(is_counted(income_kind::local_exclusion, dibao_edition::y2021, registration_type::urban,
                               {.local_exclusions = true}));
        CHECK_FALSE(is_counted(income_kind::special_care_pension, dibao_edition::y2021, registration_type::rural));
        CHECK(is_counted(income_kind::special_care_pension, dibao_edition::y2012, registration_type::rural));
        CHECK_FALSE(is_counted(income_kind::special_care_pension, dibao_edition::y2012, registration_type::urban));
    }

    TEST_CASE("household: the comparison with the standard is exact — equal is not below")
    {
        auto h = family();
        h.incomes.push_back({h.members[0].person.id, income_kind::wages, yuan(1680)});
        CHECK(*income_below(h, in2020, yuan(561)));
        CHECK_FALSE(*income_below(h, in2020, yuan(560)));  // 1680 / 3 = 560: equal, not below
        // 1000元 for 3 members is 333.33..., rounded only for display.
        h.incomes[0].monthly = yuan(1000);
        CHECK(per_capita_income(h, in2020)->fen() == 33333);
        CHECK(per_capita_income(h, in2020, rounding::ceiling)->fen() == 33334);
        CHECK(*income_below(h, in2020, money::from_fen(33334)));
        CHECK_FALSE(*income_below(h, in2020, money::from_fen(33333)));  // 333.33 × 3 = 999.99 < 1000
        household empty("LD-0000", h.registration);
        CHECK(per_capita_income(empty, in2020).error() == error::division_by_zero);
        CHECK(income_below(empty, in2020, yuan(1)).error() == error::division_by_zero);
    }

    TEST_CASE("household: income that would overflow is an error, not a wrong sum")
    {
        auto h = family();
        h.incomes.push_back({std::nullopt, income_kind::wages, money::from_fen(INT64_MAX)});
        h.incomes.push_back({std::nullopt, income_kind::other, money::from_fen(1)});
        CHECK(counted_income(h, in2020).error() == error::overflow);
        CHECK(is_counted(income_kind::de_facto_child_allowance, dibao_edition::y2012, registration_type::rural) ==
              false);
        CHECK(is_counted(income_kind::basic_pension_central, dibao_edition::y2021, registration_type::rural) == false);
    }

    TEST_CASE("household: an id that only looks like one (spaces, U+200B, full-width) is VAL-003")
    {
        const rule_set rules;
        const policy_table policy;
        const auto ids_of = [&](const household& h) {
            rule_context c(rules, policy, in2020);
            check(h, c);
            std::vector<std::string> out;
            for (const auto& f : c.findings()) out.push_back(f.rule_id + " " + f.path.str());
            return out;
        };
        auto h = family();
        CHECK(ids_of(h).empty());
        for (const char* bad : {"LD-0001 ", "LD\u200B-0001", "ＬＤ-0001", "", "\u3000"}) {
            CAPTURE(bad);
            h.id = bad;
            CHECK(ids_of(h) == std::vector<std::string>{"VAL-003 /id"});
        }
    }

    TEST_CASE("household: a negative income or deduction is RCP-004 (one fen below zero), zero and above are not")
    {
        const policy_table policy;
        const auto found = [&](const household& h, date on) {
            rule_context c(rules, policy, on);
            check(h, c);
            return test::paths(c.findings());
        };
        auto h = family();
        h.incomes.push_back({h.members[0].person.id, income_kind::business, money::from_fen(0)});
        h.incomes.push_back({std::nullopt, income_kind::property, money::from_fen(1)});
        h.deductions.push_back({h.members[1].person.id, deduction_kind::employment_cost, money::from_fen(0)});
        CHECK(found(h, in2020).empty());
        CHECK(found(h, in2022).empty());
        h.incomes[0].monthly = money::from_fen(-1);  // a business loss of one fen
        h.deductions[0].monthly = money::from_fen(-1);
        CHECK(found(h, in2020) ==
              std::vector<std::string>{"RCP-004 /incomes/0/monthly", "RCP-004 /deductions/0/monthly"});
        rule_context c(rules, policy, in2022);
        check(h, c);
        REQUIRE(c.findings().size() == 2);
        const auto& income = c.findings()[0];
        CHECK(income.message_zh.find(h.members[0].person.id.to_string() + "：月金额 -0.01") == 0);
        CHECK(income.source.find("第十三条") != std::string::npos);  // the 2021 edition on its date
        h.incomes[0].member.reset();                                 // household-level income names the household
        h.incomes[0].monthly = money::from_fen(-50000);
        rule_context whole(rules, policy, in2020);
        check(h, whole);
        CHECK(whole.findings()[0].message_zh.find("LD-0001：月金额 -500.00") == 0);
        CHECK(whole.findings()[0].source.find("第七条") != std::string::npos);
    }
}
