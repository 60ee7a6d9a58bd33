// Tests minzheng/core/phone_number.hpp: mobile and fixed-line forms with prefixes and separators, the area-code
// rules, every rejection, and the normalised text round trip.
#include <minzheng/core/phone_number.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

using minzheng::error;
using minzheng::phone_number;

TEST_SUITE("core.phone_number")
{
    TEST_CASE("phone_number: mobile numbers in their usual spellings")
    {
        for (const char* s : {"13812345678", "+86 138 1234 5678", "+8613812345678", "0086-138-1234-5678",
                              "138-1234-5678", "１３８１２３４５６７８"}) {
            CAPTURE(s);
            const auto p = phone_number::parse(s);
            REQUIRE(p);
            CHECK(p->type() == phone_number::kind::mobile);
            CHECK(p->str() == "13812345678");
            CHECK(p->area_code().empty());
        }
        CHECK(phone_number::parse("19912345678").has_value());
        CHECK(phone_number::parse("12812345678").error() == error::invalid_mobile_number);
        CHECK(phone_number::parse("1381234567").error() == error::invalid_mobile_number);
        CHECK(phone_number::parse("138123456789").error() == error::invalid_mobile_number);
    }

    TEST_CASE("phone_number: fixed lines with their area codes")
    {
        CHECK(phone_number::parse("0766-8888888")->str() == "0766-8888888");
        CHECK(phone_number::parse("(0766) 8888888")->str() == "0766-8888888");
        CHECK(phone_number::parse("+86 766 8888888")->str() == "0766-8888888");
        CHECK(phone_number::parse("0086 766 8888888")->str() == "0766-8888888");
        CHECK(phone_number::parse("010-12345678").error() == error::invalid_fixed_line_number);  // local starts 1
        CHECK(phone_number::parse("010-62345678")->str() == "010-62345678");
        CHECK(phone_number::parse("020-83331234")->area_code() == "020");
        CHECK(phone_number::parse("0766-8888888")->area_code() == "0766");
        CHECK(phone_number::parse("0766-8888888")->type() == phone_number::kind::fixed_line);
    }

    TEST_CASE("phone_number: rejections")
    {
        CHECK(phone_number::parse("").error() == error::empty_input);
        CHECK(phone_number::parse("8888888").error() == error::invalid_fixed_line_number);  // no area code
        CHECK(phone_number::parse("0766-888888").error() == error::invalid_fixed_line_number);
        CHECK(phone_number::parse("0766-888888888").error() == error::invalid_fixed_line_number);
        CHECK(phone_number::parse("0766-0888888").error() == error::invalid_fixed_line_number);
        CHECK(phone_number::parse("0016-8888888").error() == error::invalid_fixed_line_number);  // 01x but not 010
        CHECK(phone_number::parse("0066-8888888").error() == error::invalid_fixed_line_number);
        CHECK(phone_number::parse("+86 0766 8888888").error() == error::invalid_fixed_line_number);
        CHECK(phone_number::parse("+1 555 1234567").error() == error::invalid_character);
        CHECK(phone_number::parse("138.1234.5678").error() == error::invalid_character);
        CHECK(phone_number::parse("--").error() == error::invalid_character);
        CHECK(phone_number::parse(std::string(300, '1')).error() == error::input_too_long);
        CHECK(phone_number::parse("\xff").error() == error::invalid_utf8);
    }

    TEST_CASE("phone_number: normalised text round-trips")
    {
        for (const char* s : {"13812345678", "0766-8888888", "010-62345678"}) {
            const auto p = phone_number::parse(s).value();
            CHECK(phone_number::parse(p.to_string()) == p);
        }
    }

    TEST_CASE("phone_number: masked for public output as notices mask it")
    {
        CHECK(phone_number::parse("13812345678").value().masked() == "138****5678");
        CHECK(phone_number::parse("+86 138 1234 5678").value().masked() == "138****5678");
        CHECK(phone_number::parse("0766-8812345").value().masked() == "0766-***2345");
        CHECK(phone_number::parse("010-62345678").value().masked() == "010-****5678");
    }
}
