// Tests minzheng/core/money.hpp: the clerk forms of parse (元, 万, 亿, ￥, groups, full-width, signs), every
// rejection, checked arithmetic at the int64 limits, rounding division and scaling, the 元 and 万元 formats, and
// round trips. Expected amounts worked by hand in 分 (1元 = 100分, 1万元 = 1 000 000分).
#include <minzheng/core/money.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <system_error>

using minzheng::error;
using minzheng::money;
using minzheng::rounding;
using namespace minzheng::literals;

namespace {
std::int64_t fen_of(std::string_view s)
{
    return money::parse(s).value().fen();
}
}  // namespace

TEST_SUITE("core.money")
{
    TEST_CASE("money: parses the forms clerks write")
    {
        CHECK(fen_of("1234.5") == 123450);
        CHECK(fen_of("1,234.50元") == 123450);
        CHECK(fen_of("250元") == 25000);
        CHECK(fen_of("￥12.00") == 1200);
        CHECK(fen_of("¥12") == 1200);
        CHECK(fen_of("210.9万元") == 210'900'000);
        CHECK(fen_of("210.9万") == 210'900'000);
        CHECK(fen_of("1.2亿元") == 12'000'000'000);
        CHECK(fen_of("１２３４.５元") == 123450);
        CHECK(fen_of("１，２３４．５０元") == 123450);  // full-width comma and point
        CHECK(fen_of("250 元") == 25000);
        CHECK(fen_of(" 0.01元 ") == 1);
        CHECK(fen_of("0") == 0);
        CHECK(fen_of("-3.20元") == -320);
        CHECK(fen_of("¥-3.20") == -320);
        CHECK(fen_of("-¥3.20") == -320);
        CHECK(fen_of("1,234,567.89元") == 123456789);
        CHECK(fen_of("1.230元") == 123);  // trailing zeros are exact
        CHECK(fen_of("0.000001万元") == 1);
    }

    TEST_CASE("money: rejects what is not an amount")
    {
        CHECK(money::parse("").error() == error::empty_input);
        CHECK(money::parse("元").error() == error::invalid_number_format);
        CHECK(money::parse("¥").error() == error::invalid_number_format);
        CHECK(money::parse("1.234元").error() == error::sub_fen_precision);
        CHECK(money::parse("0.0000001万元").error() == error::sub_fen_precision);
        CHECK(money::parse("12,34元").error() == error::invalid_number_format);
        CHECK(money::parse("1234,567元").error() == error::invalid_number_format);
        CHECK(money::parse(",123元").error() == error::invalid_number_format);
        CHECK(money::parse("1,,234").error() == error::invalid_number_format);
        CHECK(money::parse("1,234,").error() == error::invalid_number_format);
        CHECK(money::parse(".5元").error() == error::invalid_number_format);
        CHECK(money::parse("5.元").error() == error::invalid_number_format);
        CHECK(money::parse("1.2.3").error() == error::invalid_number_format);
        CHECK(money::parse("--5").error() == error::invalid_number_format);
        CHECK(money::parse("5元万").error() == error::invalid_number_format);
        CHECK(money::parse("5  元").error() == error::invalid_number_format);
        CHECK(money::parse("abc").error() == error::invalid_number_format);
        CHECK(money::parse("12元5角").error() == error::invalid_number_format);
        CHECK(money::parse("1e5").error() == error::invalid_number_format);
        CHECK(money::parse("\xff").error() == error::invalid_utf8);
        CHECK(money::parse(std::string(500, '1')).error() == error::input_too_long);
    }

    TEST_CASE("money: values past int64 are an overflow, the extremes are not")
    {
        CHECK(fen_of("92233720368547758.07") == INT64_MAX);
        CHECK(fen_of("-92233720368547758.08") == INT64_MIN);
        CHECK(money::parse("92233720368547758.08").error() == error::overflow);
        CHECK(money::parse("99999999999999999999999999999999999999999").error() == error::overflow);
        CHECK(money::parse("10000000000亿元").error() == error::overflow);
    }

    TEST_CASE("money: checked arithmetic returns errors — operators throw")
    {
        const auto max = money::from_fen(INT64_MAX);
        const auto min = money::from_fen(INT64_MIN);
        CHECK(max.plus(1_fen).error() == error::overflow);
        CHECK(min.minus(1_fen).error() == error::overflow);
        CHECK(min.negated().error() == error::overflow);
        CHECK(max.times(2).error() == error::overflow);
        CHECK(money::from_yuan(INT64_MAX / 100 + 1).error() == error::overflow);
        CHECK(money::from_yuan(250)->fen() == 25000);
        CHECK((250_yuan + 50_fen).fen() == 25050);
        CHECK((250_yuan - 50_fen).fen() == 24950);
        CHECK((-(3_yuan)).fen() == -300);
        CHECK((3_yuan * 25).fen() == 7500);
        CHECK((25 * 3_yuan).fen() == 7500);
        CHECK_THROWS_AS((void)(max + 1_fen), std::system_error);
        CHECK_THROWS_AS((void)(min - 1_fen), std::system_error);
        CHECK_THROWS_AS((void)(max * 2), std::system_error);
        auto m = 1_yuan;
        m += 1_fen;
        m -= 2_fen;
        CHECK(m.fen() == 99);
        static_assert((1_yuan + 1_fen).fen() == 101, "operators are constexpr");
    }

    TEST_CASE("money: division and scaling name their rounding")
    {
        // 100元 split 3 ways = 3333.33..分
        CHECK((100_yuan).divided_by(3, rounding::half_up)->fen() == 3333);
        CHECK((100_yuan).divided_by(3, rounding::ceiling)->fen() == 3334);
        CHECK((1_fen).divided_by(2, rounding::half_even)->fen() == 0);
        CHECK((3_fen).divided_by(2, rounding::half_even)->fen() == 2);
        CHECK((1_yuan).divided_by(0, rounding::half_up).error() == error::division_by_zero);
        // 1.5 × 665元 = 997.50元, exact
        CHECK((665_yuan).scaled(3, 2, rounding::toward_zero)->fen() == 99750);
        // 1.5 × 0.01元 = 0.015元 -> half up 2分, half even 2分, toward zero 1分
        CHECK((1_fen).scaled(3, 2, rounding::half_up)->fen() == 2);
        CHECK((1_fen).scaled(3, 2, rounding::toward_zero)->fen() == 1);
        CHECK((1_yuan).scaled(1, 0, rounding::half_up).error() == error::division_by_zero);
        // The product is exact in 128 bits even where the 64-bit product overflows.
        CHECK(money::from_fen(INT64_MAX).scaled(3, 3, rounding::half_up)->fen() == INT64_MAX);
        CHECK(money::from_fen(INT64_MAX).scaled(3, 2, rounding::half_up).error() == error::overflow);
    }

    TEST_CASE("money: formats as 元 and as 万元")
    {
        CHECK(money::from_fen(123450).to_string() == "1234.50元");
        CHECK(money::from_fen(-320).to_string() == "-3.20元");
        CHECK(money::from_fen(5).to_string() == "0.05元");
        CHECK(money{}.to_string() == "0.00元");
        CHECK(money::from_fen(INT64_MIN).to_string() == "-92233720368547758.08元");
        CHECK(money::from_fen(123450).to_decimal_string() == "1234.50");
        const auto donations = money::parse("210.9万元").value();
        CHECK(donations.to_wan_string() == "210.9万元");
        CHECK(donations.to_wan_string(2) == "210.90万元");
        CHECK(donations.to_wan_string(0) == "211万元");
        CHECK(donations.to_wan_string(0, rounding::toward_zero) == "210万元");
        CHECK(money::from_fen(210'949'999).to_wan_string(1) == "210.9万元");
        CHECK(money::from_fen(210'950'000).to_wan_string(1) == "211.0万元");
        CHECK(money::from_fen(1).to_wan_string(6) == "0.000001万元");
        CHECK(money::from_fen(1).to_wan_string(9) == "0.000001万元");
        CHECK(money::from_fen(-210'900'000).to_wan_string() == "-210.9万元");
        CHECK(money::from_fen(-1).to_wan_string(1) == "0.0万元");  // rounds to zero: no "-0.0"
    }

    TEST_CASE("money: text round trips exactly")
    {
        for (const std::int64_t fen : {std::int64_t{0}, std::int64_t{1}, std::int64_t{-1}, std::int64_t{123450},
                                       std::int64_t{210'900'000}, INT64_MAX, INT64_MIN}) {
            const auto m = money::from_fen(fen);
            CHECK(money::parse(m.to_string()) == m);
            CHECK(money::parse(m.to_decimal_string()) == m);
            CHECK(money::parse(m.to_wan_string(6)) == m);
        }
    }

    TEST_CASE("money: ordering")
    {
        CHECK(1_fen < 1_yuan);
        CHECK(money::from_fen(-1) < money{});
        CHECK(100_fen == 1_yuan);
        CHECK(money{}.is_zero());
        CHECK(money::from_fen(-1).is_negative());
    }
}
