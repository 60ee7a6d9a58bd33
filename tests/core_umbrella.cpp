// Tests minzheng/core.hpp: the core umbrella compiles alone and reaches every core type.
#include <minzheng/core.hpp>

#include "test_support.hpp"

#include <doctest/doctest.h>

TEST_SUITE("core.umbrella")
{
    TEST_CASE("core.hpp: every core type is reachable")
    {
        CHECK(minzheng::resident_id::parse("11010519491231002X").has_value());
        CHECK(minzheng::credit_code::parse("91110000600037341L").has_value());
        CHECK(minzheng::division_code::parse("445381")->name() == "罗定市");
        CHECK(minzheng::money::parse("1元")->fen() == 100);
        CHECK(minzheng::quantity::parse("250L")->base_amount() == 250'000);
        CHECK(minzheng::person_name::parse("张三").has_value());
        CHECK(minzheng::phone_number::parse("0766-8888888").has_value());
        CHECK(minzheng::parse_date("2020-02-10").has_value());
        CHECK(minzheng::work_calendar::china().covers(*minzheng::make_date(2020, 2, 10)));
        CHECK(*minzheng::divide(3, 2, minzheng::rounding::half_up) == 2);
    }
}
