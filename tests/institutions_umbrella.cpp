// Tests minzheng/institutions.hpp: the institutions umbrella compiles alone and reaches every type.
#include <minzheng/institutions.hpp>

#include "test_support.hpp"

#include <doctest/doctest.h>

TEST_SUITE("institutions.umbrella")
{
    TEST_CASE("institutions.hpp: every institutions type is reachable")
    {
        const minzheng::restriction_book book;
        CHECK(book.policies.empty());
        CHECK(minzheng::to_string(minzheng::institution_kind::funeral_home) == "funeral_home");
        CHECK(
            minzheng::summarize({}, minzheng::period::from(minzheng::make_date(2020, 1, 1).value())).persons_screened ==
            0);
    }
}
