// Tests minzheng/recipients.hpp: the recipients umbrella compiles alone and reaches every recipients type.
#include <minzheng/recipients.hpp>

#include "test_support.hpp"

#include <doctest/doctest.h>

TEST_SUITE("recipients.umbrella")
{
    TEST_CASE("recipients.hpp: every recipients type is reachable")
    {
        const minzheng::roster r;
        CHECK(r.households.empty());
        CHECK(minzheng::care_tier_of({true, true, true, true, true, false}) == minzheng::care_tier::partial_loss);
        CHECK(minzheng::dibao_edition_on(minzheng::make_date(2020, 2, 10).value()) == minzheng::dibao_edition::y2012);
        CHECK(minzheng::to_string(minzheng::case_state::approved) == "approved");
    }
}
