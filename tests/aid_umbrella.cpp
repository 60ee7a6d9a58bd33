// Tests minzheng/aid.hpp: the aid umbrella compiles alone and reaches every aid type.
#include <minzheng/aid.hpp>

#include "test_support.hpp"

#include <doctest/doctest.h>

TEST_SUITE("aid.umbrella")
{
    TEST_CASE("aid.hpp: every aid type is reachable")
    {
        const minzheng::stock_ledger s;
        CHECK(s.lots().empty());
        const minzheng::dibao_tier tier{minzheng::money::from_fen(100), minzheng::money::from_fen(50)};
        CHECK(tier.below.fen() == 100);
        CHECK(minzheng::payment_status::planned != minzheng::payment_status::paid);
    }
}
