// Tests minzheng/minzheng.hpp: the umbrella brings every layer that exists, usable together.
#include <minzheng/minzheng.hpp>

#include "test_support.hpp"

#include <doctest/doctest.h>

TEST_SUITE("core.umbrella")
{
    TEST_CASE("minzheng.hpp: core types and their JSON conversions are reachable through one include")
    {
        const auto amount = minzheng::money::parse("250元");
        REQUIRE(amount);
        CHECK(boost::json::value_from(*amount).as_int64() == 25000);
        CHECK(minzheng::version_major == 0);
    }
}
