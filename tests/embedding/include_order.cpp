// Embedding: a program that includes Boost.Date_Time and Boost.JSON before minzheng, and uses the names of all
// three in one translation unit, compiles with the project's warnings and gets the same answers. (minzheng::date
// is boost::gregorian::date, so argument-dependent lookup also finds Boost's own to_iso_string and friends: every
// call inside minzheng is qualified.)
#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/json.hpp>

#include <minzheng/minzheng.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

#include <string>

TEST_SUITE("embedding.include_order")
{
    TEST_CASE("Boost.Date_Time and Boost.JSON included first: both libraries' names work beside minzheng's")
    {
        const boost::gregorian::date d(2020, boost::gregorian::Feb, 10);
        // Boost's own to_iso_string (20200210) and minzheng's (2020-02-10), each reached by its qualified name.
        CHECK(boost::gregorian::to_iso_string(d) == "20200210");
        CHECK(minzheng::to_iso_string(d) == "2020-02-10");
        CHECK(boost::gregorian::to_iso_extended_string(d) == minzheng::to_iso_string(d));

        const auto amount = minzheng::money::parse("210.9万元");
        REQUIRE(amount);
        const boost::json::value v = boost::json::value_from(*amount);
        CHECK(v.as_int64() == 210'900'000);
        CHECK(boost::json::serialize(minzheng::date_to_json(d)) == "\"2020-02-10\"");
    }
}
