// Tests minzheng/rules/field_path.hpp: building pointers, RFC 6901 escaping, containment, prefixing, validity.
#include <minzheng/rules/field_path.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

using minzheng::field_path;

TEST_SUITE("rules.field_path")
{
    TEST_CASE("field_path: members and indexes make a JSON Pointer")
    {
        CHECK(field_path{}.str().empty());
        CHECK(field_path{}.is_root());
        CHECK((field_path{} / "households" / 3 / "members" / std::size_t{1} / "id").str() ==
              "/households/3/members/1/id");
        CHECK((field_path{} / "a/b" / "m~n").str() == "/a~1b/m~0n");  // RFC 6901 escapes
        CHECK((field_path{} / "").str() == "/");
    }

    TEST_CASE("field_path: containment, prefixes and order")
    {
        const auto households = field_path{} / "households";
        const auto member = households / 3 / "members";
        CHECK(households.contains(member));
        CHECK(households.contains(households));
        CHECK_FALSE(member.contains(households));
        CHECK_FALSE((field_path{} / "house").contains(households));  // not a prefix at a boundary
        CHECK(field_path{}.contains(households));
        CHECK((field_path{} / "id").under(households / 2).str() == "/households/2/id");
        CHECK(households < member);
    }

    TEST_CASE("field_path: pointer validity")
    {
        CHECK(field_path::is_valid_pointer(""));
        CHECK(field_path::is_valid_pointer("/a/b~0~1"));
        CHECK_FALSE(field_path::is_valid_pointer("a/b"));
        CHECK_FALSE(field_path::is_valid_pointer("/a~2"));
        CHECK_FALSE(field_path::is_valid_pointer("/a~"));
        CHECK(field_path::from_pointer("/x/1").str() == "/x/1");
    }
}
