// Embedding: the verdict on a record does not depend on which headers a translation unit included. Two units
// validate the same household, one with only household.hpp (tests/embedding/household_only.cpp), this one with
// everything; their findings must be equal, and must be the household's real findings (RCP-002, RCP-001, RCP-003).
#include <minzheng/minzheng.hpp>

#include "household_verdicts.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

namespace minzheng::test {

std::vector<finding> findings_with_everything_included(const household& h, date on)
{
    const rule_set rules;
    const policy_table policy;
    return validator(rules, policy).validate(h, on).findings;
}

}  // namespace minzheng::test

namespace {

using namespace minzheng;

date day(int y, int m, int d)
{
    return make_date(y, m, d).value();
}

// Two spouses and no head (RCP-002), one stated birth date that disagrees with the id (RCP-001), and a child
// whose id says born 2020-03-01 (RCP-003 when judged before that day).
household troubled_household()
{
    household h("LD-2020-007", division_code::find(445381).value());
    person a(resident_id::parse("445381198001011236").value(), person_name::parse("陈大明").value());
    a.stated_birth_date = day(1980, 1, 2);
    person b(resident_id::parse("445381198203040027").value(), person_name::parse("李小红").value());
    person child(resident_id::parse("445381202003010017").value(), person_name::parse("陈小宝").value());
    h.members.emplace_back(a, relation::spouse);
    h.members.emplace_back(b, relation::spouse);
    h.members.emplace_back(child, relation::child);
    return h;
}

std::set<std::string> ids_and_paths(const std::vector<finding>& fs)
{
    std::set<std::string> out;
    for (const auto& f : fs) out.insert(f.rule_id + " " + f.path.str());
    return out;
}

}  // namespace

TEST_SUITE("embedding.one_verdict")
{
    TEST_CASE("validate(household): the same findings with only household.hpp included as with everything")
    {
        const auto h = troubled_household();
        const auto on = day(2020, 2, 10);
        const auto alone = test::findings_with_household_header_only(h, on);
        const auto all = test::findings_with_everything_included(h, on);
        CHECK(alone == all);
        CHECK(ids_and_paths(all) == std::set<std::string>{"RCP-001 /members/0/person/stated_birth_date",
                                                          "RCP-002 /members", "RCP-003 /members/2/person/id"});
    }

    TEST_CASE("RCP-003: judged by the date given, the day before, the day and the day after the birth")
    {
        const auto h = troubled_household();
        const auto has_rcp003 = [&](date on) {
            return ids_and_paths(test::findings_with_household_header_only(h, on))
                .contains("RCP-003 /members/2/person/id");
        };
        CHECK(has_rcp003(day(2020, 2, 29)));
        CHECK_FALSE(has_rcp003(day(2020, 3, 1)));
        CHECK_FALSE(has_rcp003(day(2020, 3, 2)));
    }
}
