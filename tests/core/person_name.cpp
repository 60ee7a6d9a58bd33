// Tests minzheng/core/person_name.hpp: Chinese, minority and foreign names; middle-dot look-alikes; trimming and
// inner spaces; every rejection; the 64-code-point boundary; masking for public notices.
#include <minzheng/core/person_name.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

#include <string>

using minzheng::error;
using minzheng::person_name;

TEST_SUITE("core.person_name")
{
    TEST_CASE("person_name: ordinary, minority and foreign names")
    {
        CHECK(person_name::parse("张三")->str() == "张三");
        CHECK(person_name::parse("  欧阳小三　")->str() == "欧阳小三");  // ASCII and ideographic spaces trimmed
        CHECK(person_name::parse("阿依古丽·买买提")->str() == "阿依古丽·买买提");
        CHECK(person_name::parse("John Smith")->str() == "John Smith");
        CHECK(person_name::parse("Mary-Jane O'Neil Jr.")->str() == "Mary-Jane O'Neil Jr.");
        CHECK(person_name::parse("John   Smith")->str() == "John Smith");  // a run of spaces is one
        CHECK(person_name::parse("𠀋三")->str() == "𠀋三");                // a character outside the BMP
    }

    TEST_CASE("person_name: middle-dot look-alikes are stored as U+00B7")
    {
        for (const char* dot : {"·", "・", "･", "•", "‧", "∙", "⋅"}) {
            CAPTURE(dot);
            CHECK(person_name::parse(std::string("阿依古丽") + dot + "买买提")->str() == "阿依古丽·买买提");
        }
        CHECK(person_name::parse("·买买提").error() == error::invalid_character);
        CHECK(person_name::parse("买买提·").error() == error::invalid_character);
        CHECK(person_name::parse("阿依古丽··买买提").error() == error::invalid_character);
        CHECK(person_name::parse("阿依古丽 ·买买提").error() == error::invalid_character);
        CHECK(person_name::parse("阿依古丽· 买买提").error() == error::invalid_character);
    }

    TEST_CASE("person_name: rejections")
    {
        CHECK(person_name::parse("").error() == error::empty_input);
        CHECK(person_name::parse(" \t　").error() == error::empty_input);
        CHECK(person_name::parse("张\x01三").error() == error::control_character);
        CHECK(person_name::parse("张\t三").error() == error::control_character);
        CHECK(person_name::parse("张\xE2\x80\x8B三").error() == error::control_character);  // zero-width space
        CHECK(person_name::parse("张\xEF\xBB\xBF三").error() == error::control_character);  // BOM
        CHECK(person_name::parse("张\xC2\x85三").error() == error::control_character);      // C1 NEL
        CHECK(person_name::parse("张三3").error() == error::invalid_character);
        CHECK(person_name::parse("张三!").error() == error::invalid_character);
        CHECK(person_name::parse("<script>").error() == error::invalid_character);
        CHECK(person_name::parse("张\xff三").error() == error::invalid_utf8);
        CHECK(person_name::parse("\xed\xa0\x80").error() == error::invalid_utf8);  // a UTF-16 surrogate
        CHECK(person_name::parse("\xc0\xaf").error() == error::invalid_utf8);      // overlong '/'
        CHECK(person_name::parse(std::string(2000, 'a')).error() == error::input_too_long);
    }

    TEST_CASE("person_name: 64 code points pass, 65 do not")
    {
        std::string name;
        for (int i = 0; i < 64; ++i) name += "张";
        CHECK(person_name::parse(name).has_value());
        CHECK(person_name::parse(name + "三").error() == error::input_too_long);
    }

    TEST_CASE("person_name: masking for public notices")
    {
        CHECK(person_name::parse("张三")->masked() == "张*");
        CHECK(person_name::parse("张小三")->masked() == "张*三");
        CHECK(person_name::parse("欧阳小三")->masked() == "欧**三");
        CHECK(person_name::parse("张")->masked() == "*");
        CHECK(person_name::parse("阿依古丽·买买提")->masked() == "阿******提");
    }

    TEST_CASE("person_name: round trip and ordering")
    {
        const auto a = person_name::parse("阿依古丽・买买提").value();
        CHECK(person_name::parse(a.str()) == a);
        CHECK(person_name::parse("a").value() < person_name::parse("b").value());
    }
}
