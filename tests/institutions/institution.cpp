// Tests minzheng/institutions/institution.hpp: kinds by name, occupancy by date, admissions refused at capacity
// (the institution unchanged), and INS-001 for data that holds more residents than beds.
#include <minzheng/institutions/institution.hpp>

#include "../recipients/support.hpp"
#include "../test_support.hpp"

#include <doctest/doctest.h>

using namespace minzheng;
using minzheng::test::d;

namespace {
institution home(int beds)
{
    institution i("XX-JLY-01", "新兴县中心敬老院", institution_kind::elderly_care, division_code::find(445321).value());
    i.beds = beds;
    return i;
}
resident_stay stay(int seq, date in, std::optional<date> out = {})
{
    return {test::id_of("445321", d(1940, 1, 1), seq), in, out, "特困"};
}
}  // namespace

TEST_SUITE("institutions.institution")
{
    TEST_CASE("institution: occupancy counts residents present on a day, the leaving day excluded")
    {
        auto i = home(10);
        REQUIRE(i.admit(stay(1, d(2020, 1, 1), d(2020, 2, 1))).has_value());
        REQUIRE(i.admit(stay(3, d(2020, 1, 15))).has_value());
        CHECK(i.occupancy(d(2019, 12, 31)) == 0);
        CHECK(i.occupancy(d(2020, 1, 15)) == 2);
        CHECK(i.occupancy(d(2020, 2, 1)) == 1);
        i.staff.push_back({test::id_of("445321", d(1980, 1, 1), 5), "护理员", d(2019, 1, 1), std::nullopt});
        CHECK(i.staff_on(d(2020, 2, 1)) == 1);
    }

    TEST_CASE("institution: an admission past capacity is refused and changes nothing")
    {
        auto i = home(2);
        REQUIRE(i.admit(stay(1, d(2020, 1, 1))).has_value());
        REQUIRE(i.admit(stay(3, d(2020, 1, 5), d(2020, 1, 20))).has_value());
        CHECK(i.admit(stay(5, d(2020, 1, 10))).error() == error::overflow);
        CHECK(i.residents.size() == 2);
        // A stay starting before a later admission would overflow on that admission's day.
        CHECK(i.admit(stay(7, d(2019, 12, 1))).error() == error::overflow);
        CHECK(i.admit(stay(9, d(2020, 1, 20))).has_value());  // the day the other left: room again
        CHECK(i.admit(stay(11, d(2020, 2, 1), d(2020, 1, 1))).error() == error::event_out_of_order);
        institution office("HY-01", "婚姻登记处", institution_kind::marriage_registry,
                           division_code::find(445321).value());
        CHECK(office.admit(stay(1, d(2020, 1, 1))).has_value());  // no beds: no capacity to keep
    }

    TEST_CASE("institution: data holding more residents than beds is INS-001")
    {
        auto i = home(1);
        i.residents.push_back(stay(1, d(2020, 1, 1)));
        i.residents.push_back(stay(3, d(2020, 1, 1)));
        const rule_set rules;
        const policy_table policy;
        rule_context c(rules, policy, d(2020, 2, 1));
        check(i, c);
        REQUIRE(c.findings().size() == 1);
        CHECK(c.findings()[0].rule_id == "INS-001");
        CHECK(c.findings()[0].message_en == "新兴县中心敬老院 holds 2 residents, more than its 1 beds");
        i.beds = 2;
        rule_context ok(rules, policy, d(2020, 2, 1));
        check(i, ok);
        CHECK(ok.findings().empty());
    }

    TEST_CASE("institution: a credit code whose authority the library does not list is VAL-004, a notice")
    {
        const rule_set rules;
        const policy_table policy;
        const auto found = [&](const institution& i) {
            rule_context c(rules, policy, d(2020, 2, 1));
            check(i, c);
            return c.take_findings();
        };
        auto i = home(10);
        const std::string listed = "12445321000000001";  // 机构编制 / 事业单位
        i.code = credit_code::parse(listed + credit_code::check_character_of(listed),
                                    {.require_organization_code_check = false})
                     .value();
        CHECK(found(i).empty());
        const std::string unlisted = "H2445321000000001";
        i.code = credit_code::parse(unlisted + credit_code::check_character_of(unlisted),
                                    {.require_organization_code_check = false})
                     .value();
        const auto fs = found(i);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].rule_id == "VAL-004");
        CHECK(fs[0].level == severity::notice);
        CHECK(fs[0].path.str() == "/code");
        CHECK(fs[0].message_zh.find("“H”") != std::string::npos);
    }

    TEST_CASE("institution kinds have names — application kinds are `other` with a name")
    {
        CHECK(institution_kind_from_string(to_string(institution_kind::relief_station)) ==
              institution_kind::relief_station);
        CHECK_FALSE(institution_kind_from_string("zoo").has_value());
        institution i("X", "社区食堂", institution_kind::other, division_code::find(445321).value());
        i.custom_kind = "community_canteen";
        CHECK(to_string(i.kind) == "other");
    }
}
