// Tests minzheng/report.hpp: the report umbrella compiles alone and reaches the bulletin.
#include <minzheng/report.hpp>

#include "test_support.hpp"

#include <doctest/doctest.h>

TEST_SUITE("report.umbrella")
{
    TEST_CASE("report.hpp: the bulletin is reachable")
    {
        const auto b =
            minzheng::make_bulletin(minzheng::bulletin_inputs{}, minzheng::division_code::find(445300).value(),
                                    minzheng::period::from(minzheng::make_date(2020, 1, 1).value()));
        CHECK(b.counties.empty());
        CHECK(minzheng::render_markdown(b).find("云浮市") != std::string::npos);
    }
}
