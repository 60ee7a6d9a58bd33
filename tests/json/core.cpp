// Tests minzheng/json/core.hpp: value -> JSON -> value round trips for every core type, JSON of the wrong kind,
// and decoding failures reported through try_value_to without exceptions (value_to throws the same code).
#include <minzheng/json/core.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

#include <system_error>

using minzheng::error;
namespace json = boost::json;

namespace {
template <class T>
void check_round_trip(const T& x)
{
    const json::value v = json::value_from(x);
    const auto back = json::try_value_to<T>(json::parse(json::serialize(v)));
    REQUIRE(back.has_value());
    CHECK(*back == x);
}

template <class T>
std::error_code decode_error(std::string_view text)
{
    const auto r = json::try_value_to<T>(json::parse(text));
    REQUIRE_FALSE(r.has_value());
    return r.error();
}
}  // namespace

TEST_SUITE("json.core")
{
    TEST_CASE("json: every core type round-trips through JSON text")
    {
        const auto as_of = *minzheng::make_date(2026, 11, 29);
        check_round_trip(minzheng::resident_id::parse("445381198001011236", as_of).value());
        check_round_trip(minzheng::credit_code::parse("52445300123456788L").value());
        check_round_trip(minzheng::division_code::parse("445323").value());
        check_round_trip(minzheng::money::parse("210.9万元").value());
        check_round_trip(minzheng::money::from_fen(INT64_MIN));
        check_round_trip(minzheng::quantity::parse("250L").value());
        check_round_trip(minzheng::quantity::parse("1.5kg").value());
        check_round_trip(minzheng::unit::define("桶", "volume", 5000).value());
        check_round_trip(minzheng::person_name::parse("阿依古丽·买买提").value());
        check_round_trip(minzheng::phone_number::parse("0766-8888888").value());
        check_round_trip(
            minzheng::period::make(*minzheng::make_date(2020, 1, 29), *minzheng::make_date(2020, 2, 9)).value());
        check_round_trip(minzheng::period::from(*minzheng::make_date(2020, 2, 9)));
        check_round_trip(minzheng::sex::female);
        check_round_trip(minzheng::sex::male);
        check_round_trip(minzheng::work_calendar::china());
    }

    TEST_CASE("json: the documented forms")
    {
        CHECK(json::serialize(json::value_from(minzheng::money::parse("1.50元").value())) == "150");
        CHECK(json::serialize(json::value_from(minzheng::quantity::parse("250 升").value())) == "\"250L\"");
        CHECK(json::serialize(json::value_from(minzheng::period::from(*minzheng::make_date(2020, 2, 9)))) ==
              R"({"first":"2020-02-09","last":null})");
        CHECK(minzheng::date_to_json(*minzheng::make_date(2020, 2, 10)) == json::value("2020-02-10"));
        CHECK(minzheng::date_from_json(json::value("2020年2月10日")) == *minzheng::make_date(2020, 2, 10));
    }

    TEST_CASE("json: wrong kinds and bad values are errors with minzheng codes, not exceptions")
    {
        CHECK(decode_error<minzheng::resident_id>("123") == error::json_wrong_type);
        CHECK(decode_error<minzheng::resident_id>(R"("445381198001011237")") == error::check_character_mismatch);
        CHECK(decode_error<minzheng::credit_code>("null") == error::json_wrong_type);
        CHECK(decode_error<minzheng::division_code>(R"("445399")") == error::unknown_division);
        CHECK(decode_error<minzheng::money>(R"("1.50元")") == error::json_wrong_type);
        CHECK(decode_error<minzheng::money>("1.5") == error::json_wrong_type);
        CHECK(decode_error<minzheng::money>("18446744073709551615") == error::overflow);
        CHECK(decode_error<minzheng::quantity>(R"("5 gallons")") == error::unknown_unit);
        CHECK(decode_error<minzheng::unit>(R"({"symbol":"x"})") == error::json_missing_field);
        CHECK(decode_error<minzheng::unit>(R"({"symbol":"x","dimension":"d","factor":"1"})") == error::json_wrong_type);
        CHECK(decode_error<minzheng::unit>("[]") == error::json_wrong_type);
        CHECK(decode_error<minzheng::person_name>(R"("张三3")") == error::invalid_character);
        CHECK(decode_error<minzheng::phone_number>(R"("12")") == error::invalid_mobile_number);
        CHECK(decode_error<minzheng::period>(R"({"first":"2020-02-09"})") == error::json_missing_field);
        CHECK(decode_error<minzheng::period>(R"({"first":"2020-02-09","last":"2020-02-01"})") == error::invalid_date);
        CHECK(decode_error<minzheng::period>(R"({"first":1,"last":null})") == error::json_wrong_type);
        CHECK(decode_error<minzheng::period>("7") == error::json_wrong_type);
        CHECK(decode_error<minzheng::sex>(R"("unknown")") == error::invalid_character);
        CHECK(decode_error<minzheng::work_calendar>(R"({"first_year":2027,"last_year":2027,"holidays":[]})") ==
              error::json_missing_field);
        CHECK(decode_error<minzheng::work_calendar>(
                  R"({"first_year":2027,"last_year":2027,"holidays":["2027-01-01"],"workdays":["2027-01-01"]})") ==
              error::conflicting_calendar_days);
        CHECK(decode_error<minzheng::work_calendar>(
                  R"({"first_year":"2027","last_year":2027,"holidays":[],"workdays":[]})") == error::json_wrong_type);
        CHECK(decode_error<minzheng::work_calendar>(
                  R"({"first_year":2027,"last_year":2027,"holidays":[1],"workdays":[]})") == error::json_wrong_type);
        CHECK(minzheng::date_from_json(json::value(5)).error() == error::json_wrong_type);
    }

    TEST_CASE("json: value_to throws boost::system::system_error carrying the same code")
    {
        try {
            (void)json::value_to<minzheng::resident_id>(json::parse(R"("445381198001011237")"));
            FAIL("value_to did not throw");
        } catch (const boost::system::system_error& e) {
            CHECK(std::error_code(e.code()) == error::check_character_mismatch);
        }
    }
}
