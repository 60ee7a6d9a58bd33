// Tests minzheng/core/identifier.hpp: the forms a clerk sees as one number are one identifier; text that only
// looks like a number (spaces, invisible characters, overrides) is refused.
#include <minzheng/core/identifier.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

#include <string>

using minzheng::error;
using minzheng::normalize_identifier;

TEST_SUITE("core.identifier")
{
    TEST_CASE("normalize_identifier: outer spaces and full-width forms make no new number")
    {
        CHECK(normalize_identifier("粤财0001").value() == "粤财0001");
        CHECK(normalize_identifier("粤财0001 ").value() == "粤财0001");
        CHECK(normalize_identifier(" \t粤财0001\n").value() == "粤财0001");
        CHECK(normalize_identifier("粤财０００１").value() == "粤财0001");                      // full-width digits
        CHECK(normalize_identifier("\xE3\x80\x80粤财0001\xE3\x80\x80").value() == "粤财0001");  // U+3000
        CHECK(normalize_identifier("ＬＤ－２０２０－００１").value() == "LD-2020-001");
        // Inner spaces are kept as typed; case is not folded (two books may differ only by case).
        CHECK(normalize_identifier("粤财 0001").value() == "粤财 0001");
        CHECK(normalize_identifier("ld-1").value() != normalize_identifier("LD-1").value());
        CHECK(minzheng::is_normal_identifier("粤财0001"));
        CHECK_FALSE(minzheng::is_normal_identifier("粤财0001 "));
    }

    TEST_CASE("normalize_identifier: nothing but spaces, invisible or control characters is refused")
    {
        CHECK(normalize_identifier("").error() == error::empty_input);
        CHECK(normalize_identifier("   ").error() == error::empty_input);
        CHECK(normalize_identifier("\xE3\x80\x80").error() == error::empty_input);
        CHECK(normalize_identifier("\xE2\x80\x8B").error() == error::control_character);      // U+200B alone
        CHECK(normalize_identifier("LD\xE2\x80\x8B-1").error() == error::control_character);  // zero-width inside
        CHECK(normalize_identifier("\xE2\x80\xAE"
                                   "6321")
                  .error() == error::control_character);  // U+202E override
        CHECK(normalize_identifier("\xEF\xBB\xBF"
                                   "LD-1")
                  .error() == error::control_character);  // a BOM
        CHECK(normalize_identifier("LD\t1").error() == error::control_character);
        CHECK(normalize_identifier(std::string("LD\0"
                                               "1",
                                               4))
                  .error() == error::control_character);
        CHECK(normalize_identifier("\xFF").error() == error::invalid_utf8);
    }

    TEST_CASE("normalize_identifier: the length limit, at the boundary")
    {
        CHECK(normalize_identifier(std::string(256, 'A')).has_value());
        CHECK(normalize_identifier(std::string(257, 'A')).error() == error::input_too_long);
        CHECK(normalize_identifier(std::string(1'000'000, 'A')).error() == error::input_too_long);
        // Folding shortens: 256 full-width letters (768 bytes) are 256 ASCII ones.
        std::string wide;
        for (int i = 0; i < 256; ++i) wide += "\xEF\xBC\xA1";  // Ａ
        CHECK(normalize_identifier(wide).value() == std::string(256, 'A'));
    }
}
