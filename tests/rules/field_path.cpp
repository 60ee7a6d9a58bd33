// Tests minzheng/rules/field_path.hpp: building pointers, RFC 6901 escaping, containment, prefixing, record order,
// validity.
#include <minzheng/rules/field_path.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <compare>
#include <string>
#include <vector>

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

    TEST_CASE("field_path: paths sort in the order of the record, indexes by their number")
    {
        const auto households = field_path{} / "households";
        // The order a clerk reads: household 2 before household 10 (text order would put "10" first).
        CHECK(households / 2 < households / 10);
        CHECK(households / 9 < households / 10);
        CHECK(households / 10 < households / 11);
        CHECK(households / 0 < households / 1);
        CHECK_FALSE(households / 10 < households / 10);
        CHECK((households / 10 <=> households / 10) == std::strong_ordering::equal);
        // Below the first difference nothing counts: everything of household 2 comes before household 10.
        CHECK(households / 2 / "members" / 15 / "id" < households / 10 / "id");
        CHECK(households / 2 / "members" / 2 < households / 2 / "members" / 10);
        // A parent before what lies below it, the root before everything.
        CHECK(households / 2 < households / 2 / "id");
        CHECK(field_path{} < households);
        CHECK(households < households / 0);
        // Member names in text order, whole tokens compared: all of "/a" before "/a-b" (by the text, '-' sorts
        // before '/' and "/a-b" would come between "/a" and "/a/c").
        CHECK(field_path{} / "cases" < field_path{} / "households");
        CHECK(field_path{} / "a" / "c" < field_path{} / "a-b");
        CHECK(field_path{} / "a" < field_path{} / "a-b");
        CHECK(field_path{} / "ab" < field_path{} / "b");
        // An index before a name; a leading zero (never written by the library) is still a different path.
        CHECK(households / 3 < households / "3a");
        const auto zero = field_path::from_pointer("/households/02");
        CHECK(zero != households / 2);
        CHECK((zero <=> households / 2) != std::strong_ordering::equal);
        CHECK(households / 2 < zero);
        CHECK(zero < households / 10);
        // Sorting: record order, and a strict weak order that std::sort accepts.
        std::vector<field_path> paths{households / 10, households / 2 / "id",
                                      households / 1,  field_path{} / "cases" / 0,
                                      households / 2,  field_path{}};
        std::sort(paths.begin(), paths.end());
        std::vector<std::string> texts;
        for (const auto& p : paths) texts.push_back(p.str());
        CHECK(texts == std::vector<std::string>{"", "/cases/0", "/households/1", "/households/2", "/households/2/id",
                                                "/households/10"});
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
