// Tests minzheng/core/error.hpp: every error code has a message of its own, maps to its condition, and
// travels through std::error_code and boost::system::result.
#include <minzheng/core/error.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <system_error>

using minzheng::condition;
using minzheng::error;

TEST_SUITE("core.error")
{
    TEST_CASE("error: every code has a distinct readable message")
    {
        std::set<std::string> seen;
        for (int code = static_cast<int>(error::empty_input); code <= static_cast<int>(error::parameter_out_of_range);
             ++code) {
            const std::error_code ec = static_cast<error>(code);
            CHECK(ec.category().name() == std::string("minzheng"));
            const auto message = ec.message();
            CHECK(message != "unknown minzheng error");
            CHECK(seen.insert(message).second);
        }
        CHECK(std::error_code(static_cast<error>(9999)).message() == "unknown minzheng error");
    }

    TEST_CASE("error: every code has a Chinese message without English words")
    {
        std::set<std::string_view> seen;
        for (int code = static_cast<int>(error::empty_input); code <= static_cast<int>(error::parameter_out_of_range);
             ++code) {
            const auto zh = minzheng::message_zh(static_cast<error>(code));
            CAPTURE(code);
            CHECK(zh != "未知错误");
            CHECK(minzheng::test::english_words(std::string(zh)).empty());
            CHECK(seen.insert(zh).second);
            CHECK(minzheng::message_zh(std::error_code(static_cast<error>(code))) == zh);
        }
        CHECK(minzheng::message_zh(static_cast<error>(9999)) == "未知错误");
        // Another category's code has a general sentence; its own message stays in the English text.
        CHECK(minzheng::message_zh(std::make_error_code(std::errc::invalid_argument)) == "输入格式不正确");
    }

    TEST_CASE("error: codes compare equal to their condition and not to others")
    {
        CHECK(std::error_code(error::check_character_mismatch) == condition::invalid_text);
        CHECK(std::error_code(error::invalid_utf8) == condition::invalid_text);
        CHECK(std::error_code(error::birth_date_after_as_of) == condition::out_of_range);
        CHECK(std::error_code(error::sub_fen_precision) == condition::out_of_range);
        CHECK(std::error_code(error::overflow) == condition::arithmetic);
        CHECK(std::error_code(error::incompatible_units) == condition::arithmetic);
        CHECK(std::error_code(error::conflicting_calendar_days) == condition::inconsistent_data);
        CHECK(std::error_code(error::parameter_out_of_range) == condition::invalid_configuration);
        CHECK(std::error_code(error::overlapping_periods) == condition::inconsistent_data);
        CHECK(std::error_code(error::unknown_rule) == condition::invalid_configuration);
        CHECK(std::error_code(error::parameter_kind_mismatch) == condition::invalid_configuration);
        CHECK(std::error_code(error::overflow) != condition::invalid_text);
        CHECK(std::error_code(error::empty_input) != condition::arithmetic);
        CHECK(std::error_condition(condition::arithmetic).message() ==
              "the arithmetic has no exact representable result");
    }

    TEST_CASE("result: holds a value or an error, and value() throws std::system_error with the code")
    {
        minzheng::result<int> ok = 42;
        REQUIRE(ok.has_value());
        CHECK(*ok == 42);
        minzheng::result<int> bad = error::overflow;
        REQUIRE_FALSE(bad.has_value());
        CHECK(bad.error() == error::overflow);
        try {
            (void)bad.value();
            FAIL("value() did not throw");
        } catch (const std::system_error& e) {
            CHECK(e.code() == error::overflow);
        }
    }
}
