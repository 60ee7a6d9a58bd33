// Tests minzheng/core/division_code.hpp: parse and lookup, levels, parents, containment, names, the historical
// Yunfu codes, and the table's own invariants (sorted, provinces present for every row).
#include <minzheng/core/division_code.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

#include <unordered_set>

using minzheng::division_code;
using minzheng::division_level;
using minzheng::error;

TEST_SUITE("core.division_code")
{
    TEST_CASE("division_code: the Yunfu divisions of 2020 with names, levels and parents")
    {
        const auto yunfu = division_code::parse("445300").value();
        CHECK(yunfu.name() == "云浮市");
        CHECK(yunfu.level() == division_level::prefecture);
        CHECK(yunfu.parent()->name() == "广东省");
        for (const auto& [code, name] :
             {std::pair{"445302", "云城区"}, std::pair{"445303", "云安区"}, std::pair{"445321", "新兴县"},
              std::pair{"445322", "郁南县"}, std::pair{"445381", "罗定市"}}) {
            const auto d = division_code::parse(code).value();
            CHECK(d.name() == name);
            CHECK(d.level() == division_level::county);
            CHECK(d.parent() == yunfu);
            CHECK(d.is_within(yunfu));
            CHECK(d.province().name() == "广东省");
            CHECK_FALSE(d.is_historical());
        }
        const auto guangdong = division_code::parse("440000").value();
        CHECK(guangdong.level() == division_level::province);
        CHECK_FALSE(guangdong.parent().has_value());
        CHECK(guangdong.province() == guangdong);
    }

    TEST_CASE("division_code: is_within is reflexive and follows the levels")
    {
        const auto luoding = division_code::parse("445381").value();
        const auto yunfu = division_code::parse("445300").value();
        const auto guangdong = division_code::parse("440000").value();
        const auto zhaoqing = division_code::parse("441200").value();
        CHECK(luoding.is_within(luoding));
        CHECK(luoding.is_within(guangdong));
        CHECK(yunfu.is_within(guangdong));
        CHECK_FALSE(yunfu.is_within(luoding));
        CHECK_FALSE(luoding.is_within(zhaoqing));
        CHECK_FALSE(guangdong.is_within(yunfu));
    }

    TEST_CASE("division_code: historical codes that ids still carry")
    {
        const auto yunan_county = division_code::parse("445323").value();
        CHECK(yunan_county.name() == "云安县");
        CHECK(yunan_county.is_historical());
        CHECK(yunan_county.years_in_force() == std::pair{1996, 2013});
        CHECK(yunan_county.parent()->name() == "云浮市");
        for (auto code : {442827U, 442828U, 442829U, 442830U, 441227U, 441228U, 441229U, 441230U, 441281U, 441282U}) {
            CAPTURE(code);
            const auto d = division_code::find(code);
            REQUIRE(d);
            CHECK(d->is_historical());
            CHECK(d->province().value() == 440000);
        }
        // 442800 is not in the table: the parent of a 4428xx code falls back to its province.
        CHECK(division_code::find(442827)->parent()->value() == 440000);
        CHECK(division_code::find(441228)->parent()->name() == "肇庆市");
        CHECK_FALSE(division_code::parse("445381")->years_in_force().has_value());
    }

    TEST_CASE("division_code: full names skip the table's placeholder rows")
    {
        CHECK(division_code::parse("445381")->full_name() == "广东省云浮市罗定市");
        CHECK(division_code::parse("445300")->full_name() == "广东省云浮市");
        CHECK(division_code::parse("440000")->full_name() == "广东省");
        CHECK(division_code::parse("110105")->full_name() == "北京市朝阳区");  // 110100 市辖区 skipped
        CHECK(division_code::parse("429004")->full_name() == "湖北省仙桃市");  // 省直辖县级行政区划 skipped
    }

    TEST_CASE("division_code: errors")
    {
        CHECK(division_code::parse("").error() == error::empty_input);
        CHECK(division_code::parse("44530").error() == error::wrong_length);
        CHECK(division_code::parse("4453000").error() == error::wrong_length);
        CHECK(division_code::parse("44530a").error() == error::invalid_character);
        CHECK(division_code::parse("445399").error() == error::unknown_division);
        CHECK(division_code::parse("000000").error() == error::unknown_division);
        CHECK(division_code::from_number(9999999).error() == error::unknown_division);
        CHECK(division_code::parse("４４５３８１")->value() == 445381);
        CHECK(division_code::parse(std::string(1000, '4')).error() == error::input_too_long);
    }

    TEST_CASE("division_code: province prefixes include Taiwan, Hong Kong and Macao")
    {
        CHECK(division_code::is_province_prefix(44));
        CHECK(division_code::is_province_prefix(71));
        CHECK(division_code::is_province_prefix(81));
        CHECK(division_code::is_province_prefix(82));
        CHECK_FALSE(division_code::is_province_prefix(99));
        CHECK_FALSE(division_code::is_province_prefix(0));
        CHECK_FALSE(division_code::is_province_prefix(100));
    }

    TEST_CASE("division_code: the table is sorted, unique, and every row has its province")
    {
        const auto& rows = minzheng::data::divisions;
        CHECK(rows.size() > 3000);
        for (std::size_t i = 1; i < rows.size(); ++i) CHECK(rows[i - 1].code < rows[i].code);
        for (const auto& row : rows) {
            CHECK(division_code::find(row.code / 10000 * 10000).has_value());
            CHECK(row.code >= 110000);
            CHECK(row.code <= 829999);
        }
        static_assert(division_code::find(445381).has_value(), "lookup is constexpr");
        static_assert(sizeof(division_code) == 2);
    }

    TEST_CASE("division_code: round trip, ordering and hashing")
    {
        const auto a = division_code::parse("445381").value();
        const auto b = division_code::parse("445302").value();
        CHECK(division_code::parse(a.to_string()) == a);
        CHECK(b < a);
        std::unordered_set<division_code> set{a, b, a};
        CHECK(set.size() == 2);
    }
}
