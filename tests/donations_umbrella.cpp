// Tests minzheng/donations.hpp: the donations umbrella compiles alone and reaches every donations type.
#include <minzheng/donations.hpp>

#include "test_support.hpp"

#include <doctest/doctest.h>

TEST_SUITE("donations.umbrella")
{
    TEST_CASE("donations.hpp: every donations type is reachable")
    {
        const minzheng::donation_ledger l;
        CHECK(l.entries().empty());
        CHECK(l.head_hash() == minzheng::donation_ledger::genesis);
        CHECK(l.verify());
    }
}
