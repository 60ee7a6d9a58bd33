// Tests minzheng/recipients/eligibility.hpp: for each category the passing case, the failing case and the
// boundary (income equal to the standard, the 60th and 16th birthdays, the 18th birthday, 6 months of lost
// contact, the last day of a stay), and one household judged differently under the 2012 and 2021 editions.
#include <minzheng/recipients/eligibility.hpp>

#include "../test_support.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

using namespace minzheng;
using minzheng::test::d;
using minzheng::test::member_of;
using minzheng::test::person_of;
using minzheng::test::yuan;

using minzheng::test::in2020;
using minzheng::test::in2022;
using minzheng::test::rules;

namespace {

std::set<std::string> rule_ids(const eligibility& e)
{
    std::set<std::string> out;
    for (const auto& f : e.findings) out.insert(f.rule_id);
    return out;
}

household family(std::int64_t wages_yuan)
{
    household h("LD-0001", division_code::find(445381).value());
    h.kind = registration_type::rural;
    h.property_meets_local_rule = true;
    h.members.push_back(member_of(person_of("张大山", "445381", d(1975, 3, 1), 11), relation::head));
    h.members.push_back(member_of(person_of("李小芳", "445381", d(1977, 6, 1), 22), relation::spouse));
    h.members.push_back(member_of(person_of("张小明", "445381", d(2010, 9, 1), 31), relation::child));
    h.incomes.push_back({h.members[0].person.id, income_kind::wages, yuan(wages_yuan)});
    return h;
}

std::string input(const eligibility& e, std::string_view name)
{
    for (const auto& [k, v] : e.inputs) {
        if (k == name) return v;
    }
    return "";
}
}  // namespace

TEST_SUITE("recipients.eligibility")
{
    TEST_CASE("低保: income below the standard passes — equal to it fails (RCP-010) — the trace explains")
    {
        const auto policy = test::luoding_policy(560);
        const auto ok = assess_dibao(family(1500), in2020, rules, policy);  // 500 per person
        CHECK(ok.eligible);
        CHECK(ok.findings.empty());
        CHECK(input(ok, "per_capita_income_monthly") == "500.00元（1500.00元 ÷ 3）");
        CHECK(input(ok, "income_test") == "1500.00元 < 560.00元 × 3 = 1680.00元");
        CHECK(input(ok, "dibao_standard_monthly") == "560.00元");
        CHECK(input(ok, "edition") == "民发〔2012〕220号");
        REQUIRE(ok.parameters.size() == 1);
        CHECK(ok.parameters[0].name == "dibao_standard_rural_monthly");
        CHECK(ok.parameters[0].entry.division == division_code::find(445381));

        const auto equal = assess_dibao(family(1680), in2020, rules, policy);  // exactly 560 per person
        CHECK_FALSE(equal.eligible);
        CHECK(rule_ids(equal) == std::set<std::string>{"RCP-010"});
        CHECK(equal.findings[0].message_en ==
              "monthly income 1680.00元 is not below the 低保 standard 560.00元 × 3 co-resident members = 1680.00元 "
              "(per capita 560.00元)");
        CHECK(equal.findings[0].message_zh ==
              "家庭月收入 1680.00元 不低于低保标准 560.00元 × 3 名共同生活家庭成员 = 1680.00元（人均 560.00元）");
        CHECK(equal.findings[0].path.str() == "/incomes");
        CHECK(assess_dibao(family(1679), in2020, rules, policy).eligible);  // one yuan below
    }

    TEST_CASE("低保: the explanation shows the exact comparison, one 分 below, equal and above 800.00元 × 3")
    {
        // 民发〔2012〕220号 art. 9 / 民发〔2021〕57号 art. 9: per-capita income *below* the standard. 2399.99元 ÷ 3 is
        // 799.996…元 — below 800.00元, though it rounds to 800.00元; the trace never shows the rounded value.
        const auto policy = test::luoding_policy(800);
        auto h = family(0);
        h.incomes[0].monthly = money::from_fen(239'999);
        const auto below = assess_dibao(h, in2020, rules, policy);
        CHECK(below.eligible);
        CHECK(input(below, "per_capita_income_monthly") == "799.996…元（2399.99元 ÷ 3）");
        CHECK(input(below, "income_test") == "2399.99元 < 800.00元 × 3 = 2400.00元");

        h.incomes[0].monthly = money::from_fen(240'000);
        const auto equal = assess_dibao(h, in2020, rules, policy);
        CHECK_FALSE(equal.eligible);
        CHECK(rule_ids(equal) == std::set<std::string>{"RCP-010"});
        CHECK(input(equal, "income_test") == "2400.00元 ≥ 800.00元 × 3 = 2400.00元");

        h.incomes[0].monthly = money::from_fen(240'001);
        const auto above = assess_dibao(h, in2022, rules, policy);
        CHECK_FALSE(above.eligible);
        CHECK(input(above, "per_capita_income_monthly") == "800.003…元（2400.01元 ÷ 3）");
        CHECK(above.findings[0].message_zh ==
              "家庭月收入 2400.01元 不低于低保标准 800.00元 × 3 名共同生活家庭成员 = 2400.00元（人均 800.003…元）");

        h.incomes[0].monthly = money::from_fen(150'001);  // 500.0033…: a tenth of a 分 is shown, then "…"
        CHECK(input(assess_dibao(h, in2020, rules, policy), "per_capita_income_monthly") ==
              "500.003…元（1500.01元 ÷ 3）");
        h.members.pop_back();
        h.incomes[0].monthly = money::from_fen(100'001);  // 500.005 exactly: no "…"
        CHECK(input(assess_dibao(h, in2020, rules, policy), "per_capita_income_monthly") ==
              "500.005元（1000.01元 ÷ 2）");
    }

    TEST_CASE("低保: 2021 deductions only where the locality provides for them — one 分 around the standard (RCP-017)")
    {
        // 民发〔2021〕57号 art. 13: rigid expenses and employment costs "可按规定适当扣减" — a local choice, off in the
        // national defaults. 800.00元 × 3 = 2400.00元; wages 2550.00元, employment cost 150.00元.
        auto policy = test::luoding_policy(800);
        auto h = family(2550);
        h.deductions.push_back({h.members[0].person.id, deduction_kind::employment_cost, yuan(150)});
        const auto off = assess_dibao(h, in2022, rules, policy);
        CHECK_FALSE(off.eligible);
        CHECK(rule_ids(off) == std::set<std::string>{"RCP-010", "RCP-017"});
        CHECK(input(off, "deductions") == "未扣减");
        const auto notice = std::find_if(off.findings.begin(), off.findings.end(),
                                         [](const finding& f) { return f.rule_id == "RCP-017"; });
        REQUIRE(notice != off.findings.end());
        CHECK(notice->level == severity::notice);
        CHECK(notice->path.str() == "/deductions");
        CHECK(notice->message_zh == "本地未规定可扣减的支出：1 项扣减未扣减");
        // The county provides for deductions: 2550.00 − 150.00 = 2400.00, equal to the standard × 3, not below.
        const auto city = division_code::find(445381);
        REQUIRE(policy.add({"dibao_income_deductions", city, period::from(d(2021, 7, 1)), true, "test"}).has_value());
        const auto equal = assess_dibao(h, in2022, rules, policy);
        CHECK_FALSE(equal.eligible);
        CHECK(rule_ids(equal) == std::set<std::string>{"RCP-010"});
        CHECK(input(equal, "income_test") == "2400.00元 ≥ 800.00元 × 3 = 2400.00元");
        h.deductions[0].monthly = money::from_fen(15'001);  // one 分 more deducted: 2399.99元, below
        CHECK(assess_dibao(h, in2022, rules, policy).eligible);
        h.deductions[0].monthly = money::from_fen(14'999);  // one 分 less: 2400.01元
        CHECK_FALSE(assess_dibao(h, in2022, rules, policy).eligible);
        // 2012 has no deductions at all, whatever the locality set for 2021.
        h.deductions[0].monthly = yuan(150);
        const auto y2012 = assess_dibao(h, in2020, rules, policy);
        CHECK_FALSE(y2012.eligible);
        CHECK(rule_ids(y2012) == std::set<std::string>{"RCP-010", "RCP-017"});
    }

    TEST_CASE("低保: local exclusions of art. 13(四) count until the locality has the rule (RCP-017)")
    {
        auto policy = test::luoding_policy(800);
        auto h = family(2300);
        h.incomes.push_back({std::nullopt, income_kind::local_exclusion, yuan(100)});
        const auto counted = assess_dibao(h, in2022, rules, policy);  // 2400.00元: not below
        CHECK_FALSE(counted.eligible);
        CHECK(rule_ids(counted) == std::set<std::string>{"RCP-010", "RCP-017"});
        const auto city = division_code::find(445381);
        REQUIRE(
            policy.add({"dibao_local_income_exclusions", city, period::from(d(2021, 7, 1)), true, "test"}).has_value());
        const auto excluded = assess_dibao(h, in2022, rules, policy);  // 2300.00元
        CHECK(excluded.eligible);
        CHECK(excluded.findings.empty());
    }

    TEST_CASE("低保: the urban standard for urban households, a single standard where the locality has one")
    {
        auto policy = test::luoding_policy(560, 780);
        auto h = family(2000);  // 666.67 per person
        CHECK_FALSE(assess_dibao(h, in2020, rules, policy).eligible);
        h.kind = registration_type::urban;
        CHECK(assess_dibao(h, in2020, rules, policy).eligible);
        REQUIRE(policy
                    .add({"dibao_standard_monthly", division_code::find(445381), period::from(d(2021, 7, 1)), yuan(600),
                          "2021 起城乡统一"})
                    .has_value());
        CHECK_FALSE(assess_dibao(h, in2022, rules, policy).eligible);  // the single standard of 600 applies
    }

    TEST_CASE("低保: a missing local standard is POL-002, never a default")
    {
        const auto policy = policy_table::national_defaults();
        const auto e = assess_dibao(family(100), in2020, rules, policy);
        CHECK_FALSE(e.eligible);
        CHECK(rule_ids(e) == std::set<std::string>{"POL-002"});
    }

    TEST_CASE("低保: property outside the rule fails (RCP-011) — unassessed is a warning (RCP-012)")
    {
        const auto policy = test::luoding_policy();
        auto h = family(900);
        h.property_meets_local_rule = false;
        auto e = assess_dibao(h, in2020, rules, policy);
        CHECK_FALSE(e.eligible);
        CHECK(rule_ids(e) == std::set<std::string>{"RCP-011"});
        h.property_meets_local_rule.reset();
        e = assess_dibao(h, in2020, rules, policy);
        CHECK(e.eligible);
        CHECK(rule_ids(e) == std::set<std::string>{"RCP-012"});
        CHECK(e.findings[0].level == severity::warning);
    }

    TEST_CASE(
        "低保: structure: one head (RCP-002), stated data agreeing with the id (RCP-001), no duplicates (RCP-071)")
    {
        const auto policy = test::luoding_policy();
        auto h = family(900);
        h.members[1].relation = relation::head;
        h.members[2].person.stated_birth_date = d(2010, 9, 2);
        h.members[2].person.stated_sex = sex::female;
        h.members.push_back(h.members[0]);
        h.members.back().relation = relation::other;
        const auto e = assess_dibao(h, in2020, rules, policy);
        CHECK(rule_ids(e) == std::set<std::string>{"RCP-001", "RCP-002", "RCP-071"});
        CHECK(std::count_if(e.findings.begin(), e.findings.end(),
                            [](const finding& f) { return f.rule_id == "RCP-001"; }) == 2);
    }

    TEST_CASE("editions: the same household is judged differently in 2020 and in 2022")
    {
        // Social assistance money counts as income under the 2012 measures but not under the 2021 ones, and a
        // parent in compulsory drug rehabilitation is a family member in 2012 but not in 2021.
        const auto policy = test::luoding_policy(560);
        auto h = family(1500);
        h.incomes.push_back({std::nullopt, income_kind::social_assistance, yuan(400)});
        auto parent = member_of(person_of("张老汉", "445381", d(1948, 1, 1), 13), relation::parent);
        parent.person.situations.push_back({situation_kind::compulsory_rehab, period::from(d(2019, 1, 1))});
        parent.lives_together = true;
        h.members.push_back(parent);
        const auto old_rules = assess_dibao(h, in2020, rules, policy);  // (1500 + 400) / 4 = 475
        const auto new_rules = assess_dibao(h, in2022, rules, policy);  // 1500 / 3 = 500
        CHECK(old_rules.eligible);
        CHECK(new_rules.eligible);
        CHECK(input(old_rules, "per_capita_income_monthly") == "475.00元（1900.00元 ÷ 4）");
        CHECK(input(new_rules, "per_capita_income_monthly") == "500.00元（1500.00元 ÷ 3）");
        // With wages of 1800: 2012 gives (1800 + 400) / 4 = 550 < 560 (eligible); 2021 gives 600 (not).
        h.incomes[0].monthly = yuan(1800);
        CHECK(assess_dibao(h, in2020, rules, policy).eligible);
        CHECK_FALSE(assess_dibao(h, in2022, rules, policy).eligible);
    }

    TEST_CASE("低保边缘: below 1.5 × the standard and not eligible for 低保, from 2021-07-01 only")
    {
        const auto policy = test::luoding_policy(560);                                 // 1.5 × 560 = 840
        CHECK(assess_dibao_edge(family(2400), in2022, rules, policy).eligible);        // 800 per person
        const auto at_limit = assess_dibao_edge(family(2520), in2022, rules, policy);  // exactly 840
        CHECK_FALSE(at_limit.eligible);
        CHECK(rule_ids(at_limit) == std::set<std::string>{"RCP-015"});
        CHECK(at_limit.findings[0].message_en ==
              "monthly income 2520.00元 is not below 3/2 × the 低保 standard × 3 "
              "persons = 2520.00元 (per capita 840.00元, limit 840.00元)");
        CHECK(assess_dibao_edge(family(2519), in2022, rules, policy).eligible);
        const auto poor = assess_dibao_edge(family(900), in2022, rules, policy);  // 300: a 低保 household
        CHECK(rule_ids(poor) == std::set<std::string>{"RCP-016"});
        const auto before = assess_dibao_edge(family(2400), in2020, rules, policy);
        CHECK_FALSE(before.eligible);
        CHECK(before.findings.empty());
        CHECK(input(before, "edition").starts_with("低保边缘家庭 is a national category from 2021-07-01"));
    }

    TEST_CASE("单人保: 2012 asks for an adult with a severe disability — 2021 for a 低保边缘 household member")
    {
        const auto policy = test::luoding_policy(560);
        auto h = family(2400);  // 800 per person: 低保边缘 in 2022
        const auto applicant = h.members[1].person.id;
        CHECK(rule_ids(assess_individual_application(h, applicant, in2020, rules, policy)) ==
              std::set<std::string>{"RCP-014"});
        h.members[1].person.disability_certificate = disability::make(disability_category::physical, 2).value();
        h.members[1].lost_capacity_to_work = true;
        h.members[1].separate_household = true;
        CHECK(assess_individual_application(h, applicant, in2020, rules, policy).eligible);
        CHECK(assess_individual_application(h, applicant, in2022, rules, policy).eligible);
        h.members[1].person.disability_certificate = disability::make(disability_category::physical, 3).value();
        CHECK_FALSE(assess_individual_application(h, applicant, in2022, rules, policy).eligible);
        h.members[1].person.disability_certificate = disability::make(disability_category::mental, 3).value();
        CHECK(assess_individual_application(h, applicant, in2022, rules, policy).eligible);
        CHECK_FALSE(assess_individual_application(h, applicant, in2020, rules, policy).eligible);  // grade 3 in 2012
        // In 2021 the household must be 低保边缘: at 2520 (840 per person) it is not.
        h.incomes[0].monthly = yuan(2520);
        CHECK_FALSE(assess_individual_application(h, applicant, in2022, rules, policy).eligible);
        // Clergy living in religious premises for three years may apply in both editions.
        h.members[0].person.situations.push_back({situation_kind::clergy_away, period::from(d(2016, 1, 1))});
        CHECK(assess_individual_application(h, h.members[0].person.id, in2020, rules, policy).eligible);
        CHECK(assess_individual_application(h, h.members[0].person.id, in2022, rules, policy).eligible);
        // An applicant who is not a member is a reference to nothing.
        CHECK(rule_ids(assess_individual_application(h, test::id_of("445381", d(1990, 1, 1), 1), in2022, rules,
                                                     policy)) == std::set<std::string>{"VAL-002"});
    }

    TEST_CASE(
        "单人保 2012: an adult, grade 1-2, unable to work and registered separately — every missing condition named")
    {
        // 民发〔2012〕220号 art. 10(一): 困难家庭中丧失劳动能力且单独立户的成年重度残疾人.
        const auto policy = test::luoding_policy(560);
        auto h = family(900);
        auto child = member_of(person_of("张小军", "445381", d(2002, 2, 10), 51), relation::child);
        child.person.disability_certificate = disability::make(disability_category::physical, 1).value();
        child.lost_capacity_to_work = true;
        child.separate_household = true;
        h.members.push_back(child);
        const auto applicant = child.person.id;
        // The 18th birthday is 2020-02-10: the day before, a minor may not apply alone; on the day, an adult may.
        const auto minor = assess_individual_application(h, applicant, d(2020, 2, 9), rules, policy);
        CHECK(rule_ids(minor) == std::set<std::string>{"RCP-014"});
        CHECK(minor.findings[0].message_zh ==
              applicant.to_string() + " 不符合单独申请低保的条件：未成年；也不是在宗教场所居住满三年的宗教教职人员");
        CHECK(assess_individual_application(h, applicant, d(2020, 2, 10), rules, policy).eligible);
        CHECK(assess_individual_application(h, applicant, d(2020, 2, 11), rules, policy).eligible);

        // A severe disability alone is not enough: the capacity to work lost and a separate household are both asked.
        h.members.back().lost_capacity_to_work = false;
        h.members.back().separate_household = false;
        const auto both = assess_individual_application(h, applicant, in2020, rules, policy);
        CHECK(rule_ids(both) == std::set<std::string>{"RCP-014"});
        CHECK(both.findings[0].message_en == applicant.to_string() +
                                                 " may not apply individually: not assessed as unable to work; not "
                                                 "registered as a separate household; nor clergy in religious "
                                                 "premises ≥ 3 years");
        CHECK(input(both, "lost_capacity_to_work") == "否");
        h.members.back().lost_capacity_to_work = true;
        CHECK_FALSE(assess_individual_application(h, applicant, in2020, rules, policy).eligible);
        h.members.back().separate_household = true;
        CHECK(assess_individual_application(h, applicant, in2020, rules, policy).eligible);

        // Grade 3 is not severe under 2012, whatever else holds.
        h.members.back().person.disability_certificate = disability::make(disability_category::physical, 3).value();
        CHECK_FALSE(assess_individual_application(h, applicant, in2020, rules, policy).eligible);
    }

    TEST_CASE("特困: the three 无 conditions, with the 60th birthday as the boundary")
    {
        const auto policy = test::luoding_policy(560);
        tekun_application a(person_of("王老伯", "445381", d(1960, 2, 10), 11), yuan(300));
        a.property_meets_local_rule = true;
        CHECK(assess_tekun(a, d(2020, 2, 10), rules, policy).eligible);  // the 60th birthday
        const auto day_before = assess_tekun(a, d(2020, 2, 9), rules, policy);
        CHECK(rule_ids(day_before) == std::set<std::string>{"RCP-020"});
        CHECK(day_before.findings[0].message_en == "aged 59 without a qualifying disability: not unable to work");
        a.monthly_income = yuan(560);  // equal to the standard: has a livelihood
        CHECK(rule_ids(assess_tekun(a, in2020, rules, policy)) == std::set<std::string>{"RCP-021"});
        a.monthly_income = yuan(300);
        a.property_meets_local_rule = false;
        CHECK(rule_ids(assess_tekun(a, in2020, rules, policy)) == std::set<std::string>{"RCP-021"});
        a.property_meets_local_rule.reset();
        CHECK(assess_tekun(a, in2020, rules, policy).eligible);  // RCP-012 is a warning
        CHECK(rule_ids(assess_tekun(a, in2020, rules, policy)) == std::set<std::string>{"RCP-012"});
    }

    TEST_CASE("特困: under 16 is unable to work, 16 is not — disability grades by category")
    {
        const auto policy = test::luoding_policy(560);
        tekun_application a(person_of("小华", "445381", d(2004, 2, 10), 12), yuan(0));
        a.property_meets_local_rule = true;
        CHECK(assess_tekun(a, d(2020, 2, 9), rules, policy).eligible);         // 15
        CHECK_FALSE(assess_tekun(a, d(2020, 2, 10), rules, policy).eligible);  // 16th birthday
        a.applicant = person_of("李某", "445381", d(1980, 1, 1), 13);
        const auto grade = [&](disability_category cat, int g) {
            a.applicant.disability_certificate = disability::make(cat, g).value();
            return assess_tekun(a, in2020, rules, policy).eligible;
        };
        CHECK(grade(disability_category::intellectual, 3));
        CHECK_FALSE(grade(disability_category::intellectual, 4));
        CHECK(grade(disability_category::mental, 1));
        CHECK(grade(disability_category::physical, 2));
        CHECK_FALSE(grade(disability_category::physical, 3));
        CHECK(grade(disability_category::visual, 1));
        CHECK_FALSE(grade(disability_category::visual, 2));
        CHECK_FALSE(grade(disability_category::hearing, 1));
    }

    TEST_CASE("特困: a legal supporter who is able (RCP-022), and the ones who count as unable")
    {
        const auto policy = test::luoding_policy(560);
        tekun_application a(person_of("王老伯", "445381", d(1940, 1, 1), 11), yuan(100));
        a.property_meets_local_rule = true;
        const supporter son(test::id_of("445381", d(1965, 1, 1), 13));
        a.supporters.push_back(son);
        const auto e = assess_tekun(a, in2020, rules, policy);
        CHECK(rule_ids(e) == std::set<std::string>{"RCP-022"});
        CHECK(e.findings[0].path.str() == "/supporters/0");
        auto& s = a.supporters[0];
        s.is_tekun = true;
        CHECK(supporter_is_unable(s, in2020));
        s = son;
        s.on_dibao = true;  // on 低保 but under 60: still able
        CHECK_FALSE(supporter_is_unable(s, in2020));
        s.id = test::id_of("445381", d(1960, 2, 10), 13);
        CHECK(supporter_is_unable(s, in2020));  // on 低保 and 60 that day
        s = son;
        s.id = test::id_of("445381", d(1950, 2, 10), 13);  // 70
        CHECK_FALSE(supporter_is_unable(s, in2020));
        s.income_below_local_average = true;
        s.property_meets_local_rule = true;
        CHECK(supporter_is_unable(s, in2020));
        s = son;
        s.disability_certificate = disability::make(disability_category::physical, 1).value();
        s.income_below_local_average = true;
        CHECK_FALSE(supporter_is_unable(s, in2020));  // property condition missing
        s.property_meets_local_rule = true;
        CHECK(supporter_is_unable(s, in2020));
        s = son;
        s.imprisoned = true;
        s.property_meets_local_rule = true;
        CHECK(supporter_is_unable(s, in2020));
        a.supporters[0] = s;
        CHECK(assess_tekun(a, in2020, rules, policy).eligible);
    }

    TEST_CASE("特困: minors keep support to 18 and past it in school — the 2021 edition says so (RCP-023)")
    {
        const auto policy = test::luoding_policy(560);
        tekun_application a(person_of("小华", "445381", d(2004, 3, 1), 12), yuan(0));
        a.property_meets_local_rule = true;
        a.already_supported = true;
        CHECK(assess_tekun(a, d(2021, 9, 1), rules, policy).eligible);  // 17, already supported
        CHECK(rule_ids(assess_tekun(a, d(2022, 3, 1), rules, policy)) == std::set<std::string>{"RCP-023"});  // 18
        a.applicant.school = schooling::senior_high;
        CHECK(assess_tekun(a, d(2022, 3, 1), rules, policy).eligible);
        a.applicant.school = schooling::higher;  // university does not keep 特困 support
        CHECK_FALSE(assess_tekun(a, d(2022, 3, 1), rules, policy).eligible);
        // Before 2021-07-01 the 2020 reform alone keeps a supported minor to 18, not past it.
        a.applicant = person_of("小强", "445381", d(2003, 3, 1), 14);
        CHECK(rule_ids(assess_tekun(a, d(2021, 3, 1), rules, policy)) == std::set<std::string>{"RCP-023"});
    }

    TEST_CASE("特困: a negative monthly income is RCP-004, not a reason to be below the standard")
    {
        const auto policy = test::luoding_policy(560);
        tekun_application a(person_of("王老伯", "445381", d(1940, 1, 1), 11), money::from_fen(0));
        a.property_meets_local_rule = true;
        CHECK(assess_tekun(a, in2022, rules, policy).eligible);
        a.monthly_income = money::from_fen(-1);
        const auto e = assess_tekun(a, in2022, rules, policy);
        CHECK(rule_ids(e) == std::set<std::string>{"RCP-004"});
        CHECK_FALSE(e.eligible);
    }

    TEST_CASE(
        "特困: the 2016 measures end a minor's support at 16 — the 2020 reform keeps it to 18, not past it in school")
    {
        const auto policy = test::luoding_policy(560);
        // Born 2003-06-01: 16 on 2019-06-01, 17 on 2020-06-01, 18 on 2021-06-01.
        tekun_application a(person_of("小军", "445381", d(2003, 6, 1), 12), yuan(0));
        a.property_meets_local_rule = true;
        a.already_supported = true;
        CHECK(assess_tekun(a, d(2019, 5, 31), rules, policy).eligible);   // 15: under 16, unable to work
        const auto at16 = assess_tekun(a, d(2019, 6, 1), rules, policy);  // 16 itself does not qualify
        CHECK(rule_ids(at16) == std::set<std::string>{"RCP-020"});
        // 17 and not in school: the old edition does not keep a supported minor; the reform (2020-08-25) does.
        CHECK(rule_ids(assess_tekun(a, d(2020, 8, 24), rules, policy)) == std::set<std::string>{"RCP-020"});
        CHECK(assess_tekun(a, d(2020, 8, 25), rules, policy).eligible);
        CHECK(assess_tekun(a, d(2021, 5, 31), rules, policy).eligible);  // the day before 18
        // 18 on 2021-06-01, still under the reform alone: support ends even in school (art. 24 begins 2021-07-01).
        a.applicant.school = schooling::senior_high;
        const auto at18 = assess_tekun(a, d(2021, 6, 1), rules, policy);
        REQUIRE(rule_ids(at18) == std::set<std::string>{"RCP-023"});
        CHECK(at18.findings[0].message_zh == a.applicant.id.to_string() + " 已满 18 周岁");
        CHECK(at18.findings[0].source.find("改革完善社会救助制度") != std::string::npos);
        CHECK(assess_tekun(a, d(2021, 7, 1), rules, policy).eligible);  // 2021 art. 24: in school keeps it
        a.applicant.school = schooling::none;
        const auto in2021 = assess_tekun(a, d(2021, 7, 1), rules, policy);
        REQUIRE(rule_ids(in2021) == std::set<std::string>{"RCP-023"});
        CHECK(in2021.findings[0].message_zh ==
              a.applicant.id.to_string() + " 已满 18 周岁且不在义务教育、普通高中或中职就读");
        // A new application at 17 was never kept: it is judged by the capacity to work (under 16) in every edition.
        a.already_supported = false;
        CHECK(rule_ids(assess_tekun(a, d(2020, 9, 1), rules, policy)) == std::set<std::string>{"RCP-020"});
    }

    TEST_CASE(
        "特困: the care tier follows the six items (RCP-024) — minors on an orphan allowance are not 特困 (RCP-025)")
    {
        const auto policy = test::luoding_policy(560);
        tekun_application a(person_of("王老伯", "445381", d(1940, 1, 1), 11), yuan(0));
        a.property_meets_local_rule = true;
        CHECK(care_tier_of({true, true, true, true, true, true}) == care_tier::self_care);
        CHECK(care_tier_of({false, false, false, true, true, true}) == care_tier::partial_loss);
        CHECK(care_tier_of({false, false, false, false, true, true}) == care_tier::complete_loss);
        a.self_care = {false, false, false, true, true, true};
        a.recorded_tier = care_tier::partial_loss;
        CHECK(assess_tekun(a, in2022, rules, policy).findings.empty());
        a.recorded_tier = care_tier::complete_loss;
        const auto e = assess_tekun(a, in2022, rules, policy);
        CHECK(rule_ids(e) == std::set<std::string>{"RCP-024"});
        CHECK(e.eligible);  // a warning
        CHECK(e.findings[0].message_en == "care tier recorded as 全护理; 3 failed items give 半护理");
        CHECK(assess_tekun(a, in2020, rules, policy).findings.empty());  // the rule is from 2021-07-01

        tekun_application child(person_of("小华", "445381", d(2012, 3, 1), 12), yuan(0));
        child.property_meets_local_rule = true;
        child.receives_orphan_allowance = true;
        CHECK(rule_ids(assess_tekun(child, in2022, rules, policy)) == std::set<std::string>{"RCP-025"});
    }

    TEST_CASE("孤儿: under 18 with both parents lost — the 18th birthday ends it")
    {
        const auto policy = policy_table::national_defaults();
        child_application a(person_of("小丽", "445381", d(2002, 2, 10), 22));
        a.parents[0].status = parent_status::deceased;
        a.parents[1].status = parent_status::untraceable;
        CHECK(assess_orphan(a, d(2020, 2, 9), rules, policy).eligible);
        CHECK(rule_ids(assess_orphan(a, d(2020, 2, 10), rules, policy)) == std::set<std::string>{"RCP-030"});
        a.parents[1].status = parent_status::living;
        CHECK(rule_ids(assess_orphan(a, d(2020, 2, 9), rules, policy)) == std::set<std::string>{"RCP-031"});
        a.parents[1].status = parent_status::declared_missing;
        CHECK(assess_orphan(a, d(2020, 2, 9), rules, policy).eligible);
    }

    TEST_CASE("事实无人抚养儿童: both parents in listed situations, six months of lost contact as the boundary")
    {
        const auto policy = policy_table::national_defaults();
        child_application a(person_of("小军", "445381", d(2012, 5, 1), 31));
        a.parents[0].situations.push_back({situation_kind::lost_contact, period::from(d(2019, 8, 10))});
        a.parents[1].status = parent_status::deceased;
        CHECK(rule_ids(assess_de_facto_child(a, d(2020, 2, 9), rules, policy)) ==
              std::set<std::string>{"RCP-033"});                                  // 5 months 30 days
        CHECK(assess_de_facto_child(a, d(2020, 2, 10), rules, policy).eligible);  // six months
        // Both parents living: each needs a listed situation.
        a.parents[1] = parent{};
        a.parents[1].disability_certificate = disability::make(disability_category::physical, 3).value();
        const auto e = assess_de_facto_child(a, d(2020, 2, 10), rules, policy);
        CHECK(rule_ids(e) == std::set<std::string>{"RCP-033"});
        CHECK(e.findings[0].path.str() == "/parents/1");
        a.parents[1].disability_certificate = disability::make(disability_category::intellectual, 4).value();
        CHECK(assess_de_facto_child(a, d(2020, 2, 10), rules, policy).eligible);
        // A prison term counts by its length, both its first and last day served (民法典 art. 202): 2020-01-01 to
        // 2020-06-30 is six months and qualifies; a day shorter is five months and some days, and does not.
        a.parents[1] = parent{};
        a.parents[1].situations.push_back(
            {situation_kind::imprisoned, period::make(d(2020, 1, 1), d(2020, 6, 29)).value()});
        CHECK_FALSE(assess_de_facto_child(a, d(2020, 2, 10), rules, policy).eligible);
        a.parents[1].situations[0].during = period::make(d(2020, 1, 1), d(2020, 6, 30)).value();
        CHECK(assess_de_facto_child(a, d(2020, 2, 10), rules, policy).eligible);
        a.parents[1].situations[0].during = period::make(d(2020, 1, 1), d(2020, 7, 1)).value();
        CHECK(assess_de_facto_child(a, d(2020, 2, 10), rules, policy).eligible);
        // 31 August to the end of February: no 31 February, so the month's last day ends the sixth month.
        a.parents[1].situations[0].during = period::make(d(2019, 8, 31), d(2020, 2, 27)).value();
        CHECK_FALSE(assess_de_facto_child(a, d(2020, 2, 10), rules, policy).eligible);
        a.parents[1].situations[0].during = period::make(d(2019, 8, 31), d(2020, 2, 28)).value();
        CHECK(assess_de_facto_child(a, d(2020, 2, 10), rules, policy).eligible);
        // 在押 (custody before judgment) is "服刑在押" in 民发〔2019〕62号: a custody that ended counts by its days.
        a.parents[1].situations[0] = {situation_kind::in_custody, period::make(d(2020, 1, 1), d(2020, 6, 29)).value()};
        CHECK_FALSE(assess_de_facto_child(a, d(2020, 2, 10), rules, policy).eligible);
        a.parents[1].situations[0].during = period::make(d(2020, 1, 1), d(2020, 6, 30)).value();
        CHECK(assess_de_facto_child(a, d(2020, 2, 10), rules, policy).eligible);
        a.parents[1].situations[0].kind = situation_kind::imprisoned;
        // Both parents dead: an orphan, not a de facto unsupported child. Age 18: not a child.
        a.parents[0].status = parent_status::deceased;
        a.parents[1].status = parent_status::declared_dead;
        CHECK(rule_ids(assess_de_facto_child(a, d(2020, 2, 10), rules, policy)) == std::set<std::string>{"RCP-033"});
        a.parents[1] = parent{};
        a.parents[1].serious_illness = true;
        CHECK(rule_ids(assess_de_facto_child(a, d(2030, 5, 1), rules, policy)) == std::set<std::string>{"RCP-032"});
        CHECK(rule_ids(assess_de_facto_child(a, d(2019, 1, 1), rules, policy)).count("POL-002") ==
              1);  // before 民发〔2019〕62号
    }

    TEST_CASE("事实无人抚养儿童: a sentence by its term, custody by its days, 失踪 only by a court")
    {
        const auto policy = policy_table::national_defaults();
        child_application a(person_of("小军", "445381", d(2012, 5, 1), 31));
        a.parents[0].status = parent_status::deceased;
        // A sentence without its last day has no term: 13 months served so far is not a term of 6 months.
        a.parents[1].situations.push_back({situation_kind::imprisoned, period::from(d(2019, 1, 1))});
        auto e = assess_de_facto_child(a, d(2020, 2, 10), rules, policy);
        REQUIRE(rule_ids(e) == std::set<std::string>{"RCP-033"});
        CHECK(e.findings[0].path.str() == "/parents/1");
        CHECK(e.findings[0].message_zh.find("未记录期限") != std::string::npos);
        CHECK(test::english_words(e.findings[0].message_zh).empty());
        CHECK(e.findings[0].message_en.find("no last day") != std::string::npos);
        a.parents[1].situations[0].kind = situation_kind::compulsory_rehab;
        CHECK_FALSE(assess_de_facto_child(a, d(2020, 2, 10), rules, policy).eligible);
        a.parents[1].situations[0].kind = situation_kind::other_restriction;
        CHECK_FALSE(assess_de_facto_child(a, d(2020, 2, 10), rules, policy).eligible);
        // A sentence with its term recorded: 2019-07-01..2019-12-31 is six months, a qualifying term from its first
        // day; the day after it ends the parent is no longer in the situation.
        a.parents[1].situations[0] = {situation_kind::imprisoned, period::make(d(2019, 7, 1), d(2019, 12, 31)).value()};
        CHECK(assess_de_facto_child(a, d(2019, 7, 1), rules, policy).eligible);
        CHECK(assess_de_facto_child(a, d(2019, 12, 31), rules, policy).eligible);
        CHECK(rule_ids(assess_de_facto_child(a, d(2020, 1, 1), rules, policy)) == std::set<std::string>{"RCP-033"});
        // Custody still going on has no term: it counts once it has lasted six months (5 months 30 days: not yet).
        a.parents[1].situations[0] = {situation_kind::in_custody, period::from(d(2019, 8, 10))};
        CHECK_FALSE(assess_de_facto_child(a, d(2020, 2, 9), rules, policy).eligible);
        CHECK(assess_de_facto_child(a, d(2020, 2, 10), rules, policy).eligible);
        CHECK(assess_de_facto_child(a, d(2020, 2, 11), rules, policy).eligible);
        // 失踪 is a court's declaration: a parent who cannot be found is not missing (record lost contact instead).
        a.parents[0].status = parent_status::untraceable;
        e = assess_de_facto_child(a, d(2020, 2, 10), rules, policy);
        REQUIRE(rule_ids(e) == std::set<std::string>{"RCP-033"});
        CHECK(e.findings[0].path.str() == "/parents/0");
        CHECK(e.findings[0].message_zh.find("人民法院宣告") != std::string::npos);
        CHECK(test::english_words(e.findings[0].message_zh).empty());
        a.parents[0].status = parent_status::declared_missing;
        CHECK(assess_de_facto_child(a, d(2020, 2, 10), rules, policy).eligible);
        a.parents[0].status = parent_status::declared_dead;
        CHECK(assess_de_facto_child(a, d(2020, 2, 10), rules, policy).eligible);
        // The explanation names each parent's situation in Chinese.
        e = assess_de_facto_child(a, d(2020, 2, 10), rules, policy);
        for (const auto& [name, value] : e.inputs) CHECK(test::english_words(value).empty());
    }

    TEST_CASE(
        "事实无人抚养儿童: guardianship revoked and deportation count from 民发〔2020〕125号, or where set earlier")
    {
        auto policy = policy_table::national_defaults();
        child_application a(person_of("小军", "445381", d(2012, 5, 1), 31));
        a.parents[0].status = parent_status::deceased;
        for (const auto kind : {situation_kind::guardianship_revoked, situation_kind::deported}) {
            a.parents[1].situations = {{kind, period::from(d(2020, 3, 1))}};
            const auto before = assess_de_facto_child(a, d(2020, 12, 31), rules, policy);
            REQUIRE(rule_ids(before) == std::set<std::string>{"RCP-033"});
            CHECK(before.findings[0].message_zh.find("不属于规定情形") != std::string::npos);
            CHECK(before.findings[0].source.find("民发〔2019〕62号") != std::string::npos);
            const auto from = assess_de_facto_child(a, d(2021, 1, 1), rules, policy);
            CHECK(from.eligible);
            CHECK(from.findings.empty());
            CHECK(assess_de_facto_child(a, d(2021, 1, 2), rules, policy).eligible);
        }
        // A province that transmitted the notice earlier sets the flag from its own day.
        const auto guangdong = division_code::find(440000);
        REQUIRE(policy.add({"de_facto_child_extended_situations", guangdong, period::from(d(2020, 12, 1)), true, ""})
                    .has_value());
        CHECK_FALSE(assess_de_facto_child(a, d(2020, 11, 30), rules, policy).eligible);
        CHECK(assess_de_facto_child(a, d(2020, 12, 1), rules, policy).eligible);
    }

    TEST_CASE("临时救助: expenditure type needs income below last year's average — advance aid for emergencies only")
    {
        auto policy = policy_table::national_defaults();
        const auto luoding = division_code::find(445381).value();
        REQUIRE(policy
                    .add({"per_capita_disposable_income_prev_year", luoding, period::from(d(2020, 1, 1)), yuan(20000),
                          "sample"})
                    .has_value());
        temporary_aid_case t("LS-1", test::id_of("445381", d(1980, 1, 1), 11), luoding, temporary_aid_type::expenditure,
                             d(2020, 2, 5));
        t.cause = "住院";
        t.amount = yuan(2000);
        t.per_capita_disposable_income_annual = yuan(19999);
        CHECK(assess_temporary_aid(t, in2020, rules, policy).eligible);
        t.per_capita_disposable_income_annual = yuan(20000);
        CHECK(rule_ids(assess_temporary_aid(t, in2020, rules, policy)) == std::set<std::string>{"RCP-040"});
        t.per_capita_disposable_income_annual.reset();
        CHECK(rule_ids(assess_temporary_aid(t, in2020, rules, policy)) == std::set<std::string>{"DOC-002"});
        t.per_capita_disposable_income_annual = yuan(100);
        t.advance = true;
        CHECK(rule_ids(assess_temporary_aid(t, in2020, rules, policy)) == std::set<std::string>{"RCP-041"});
        t.type = temporary_aid_type::emergency;
        t.paid_on = d(2020, 2, 5);
        t.cause.clear();
        CHECK(assess_temporary_aid(t, d(2020, 2, 5), rules, policy).findings.empty());  // paid today
        const auto later = assess_temporary_aid(t, d(2020, 2, 20), rules, policy);
        CHECK(rule_ids(later) == std::set<std::string>{"RCP-042"});
        CHECK(later.eligible);  // a warning: complete the record
        t.cause = "火灾";
        t.recorded_on = d(2020, 2, 12);
        CHECK(assess_temporary_aid(t, d(2020, 2, 20), rules, policy).findings.empty());
    }

    TEST_CASE("流浪乞讨: the stay limit's last day, belongings, 低保 recipients")
    {
        const auto policy = policy_table::national_defaults();  // rescue_stay_days = 10
        vagrant_stay s("JZ-1", division_code::find(445321).value(), d(2020, 2, 1));
        s.belongings_registered = true;
        CHECK(assess_vagrant_stay(s, d(2020, 2, 11), rules, policy).findings.empty());  // 10 days
        CHECK(rule_ids(assess_vagrant_stay(s, d(2020, 2, 12), rules, policy)) == std::set<std::string>{"RCP-045"});
        s.extension_filed = true;
        CHECK(assess_vagrant_stay(s, d(2020, 2, 12), rules, policy).findings.empty());
        s.left = d(2020, 2, 3);
        s.extension_filed = false;
        s.belongings_registered = false;
        s.receives_dibao = true;
        CHECK(rule_ids(assess_vagrant_stay(s, d(2020, 3, 1), rules, policy)) ==
              std::set<std::string>{"RCP-046", "RCP-047"});
    }

    TEST_CASE("eligibility: an application rule joins the verdict through the same channel")
    {
        auto county_rules = rule_set{};
        REQUIRE(county_rules
                    .add_rule<household>({"LUODING-002", "户籍须在罗定", "Registered in Luoding", severity::error,
                                          "户籍地 {0} 不在罗定市", "registered in {0}, not Luoding", "罗定市民政局"},
                                         [](const household& h, rule_context& c) {
                                             if (h.registration.value() != 445381)
                                                 c.report("LUODING-002", field_path{} / "registration",
                                                          {h.registration.to_string()});
                                         })
                    .has_value());
        const auto policy = test::luoding_policy(560);
        auto h = family(900);
        CHECK(assess_dibao(h, in2020, county_rules, policy).eligible);
        h.registration = division_code::find(445302).value();
        auto with_yunan_policy = policy;
        REQUIRE(with_yunan_policy
                    .add({"dibao_standard_rural_monthly", division_code::find(445302), period::from(d(2019, 1, 1)),
                          yuan(560), ""})
                    .has_value());
        CHECK(rule_ids(assess_dibao(h, in2020, county_rules, with_yunan_policy)) ==
              std::set<std::string>{"LUODING-002"});
    }

    TEST_CASE("assistance categories have names for JSON and for people")
    {
        CHECK(to_string(assistance_category::de_facto_unsupported_child) == "de_facto_unsupported_child");
        CHECK(chinese_name(assistance_category::tekun) == "特困");
        CHECK(chinese_name(assistance_category::dibao_edge) == "低保边缘");
    }
}
