// Tests minzheng/core/rounding.hpp: divide() in every rounding mode, on both signs, at halves and at the limits.
// Expected values worked by hand: 7/2 = 3.5, -7/2 = -3.5, 5/2 = 2.5, 10/3 = 3.33.., 11/3 = 3.66..
#include <minzheng/core/rounding.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

#include <cstdint>

using minzheng::divide;
using minzheng::error;
using minzheng::rounding;

TEST_SUITE("core.rounding")
{
    TEST_CASE("divide: exact quotients are the same in every mode")
    {
        for (auto mode : {rounding::toward_zero, rounding::away_from_zero, rounding::half_up, rounding::half_even,
                          rounding::floor, rounding::ceiling}) {
            CHECK(*divide(12, 4, mode) == 3);
            CHECK(*divide(-12, 4, mode) == -3);
            CHECK(*divide(12, -4, mode) == -3);
            CHECK(*divide(0, 7, mode) == 0);
        }
    }

    TEST_CASE("divide: halves")
    {
        CHECK(*divide(7, 2, rounding::toward_zero) == 3);
        CHECK(*divide(7, 2, rounding::away_from_zero) == 4);
        CHECK(*divide(7, 2, rounding::half_up) == 4);
        CHECK(*divide(7, 2, rounding::half_even) == 4);  // 3.5 -> 4 (even)
        CHECK(*divide(5, 2, rounding::half_even) == 2);  // 2.5 -> 2 (even)
        CHECK(*divide(7, 2, rounding::floor) == 3);
        CHECK(*divide(7, 2, rounding::ceiling) == 4);
        CHECK(*divide(-7, 2, rounding::toward_zero) == -3);
        CHECK(*divide(-7, 2, rounding::away_from_zero) == -4);
        CHECK(*divide(-7, 2, rounding::half_up) == -4);
        CHECK(*divide(-5, 2, rounding::half_even) == -2);
        CHECK(*divide(-7, 2, rounding::floor) == -4);
        CHECK(*divide(-7, 2, rounding::ceiling) == -3);
    }

    TEST_CASE("divide: below and above the half")
    {
        CHECK(*divide(10, 3, rounding::half_up) == 3);
        CHECK(*divide(11, 3, rounding::half_up) == 4);
        CHECK(*divide(10, 3, rounding::half_even) == 3);
        CHECK(*divide(11, 3, rounding::half_even) == 4);
        CHECK(*divide(10, 3, rounding::away_from_zero) == 4);
        CHECK(*divide(-10, 3, rounding::ceiling) == -3);
    }

    TEST_CASE("divide: division by zero and INT64_MIN / -1 are errors")
    {
        CHECK(divide(1, 0, rounding::half_up).error() == error::division_by_zero);
        CHECK(divide(INT64_MIN, -1, rounding::half_up).error() == error::overflow);
        CHECK(*divide(INT64_MIN, 1, rounding::half_up) == INT64_MIN);
        CHECK(*divide(INT64_MAX, INT64_MAX, rounding::half_up) == 1);
    }
}
