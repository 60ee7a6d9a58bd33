// Tests minzheng/rules/finding.hpp: ordering by path then rule, counts by severity, catalogue access.
#include <minzheng/rules/finding.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

using minzheng::field_path;
using minzheng::finding;
using minzheng::severity;

TEST_SUITE("rules.finding")
{
    TEST_CASE("finding: sorts by path, then rule id, worse severity first")
    {
        std::vector<finding> list{
            {"VAL-001", severity::error, field_path{} / "households" / 3, "", "", ""},
            {"POL-002", severity::error, field_path{} / "households" / 3, "", "", ""},
            {"VAL-001", severity::error, field_path{} / "households" / 1, "", "", ""},
            {"VAL-001", severity::notice, field_path{} / "households" / 1, "", "", ""},
        };
        std::sort(list.begin(), list.end());
        CHECK(list[0].path.str() == "/households/1");
        CHECK(list[0].level == severity::error);
        CHECK(list[1].level == severity::notice);
        CHECK(list[2].rule_id == "POL-002");
        CHECK(list[3].rule_id == "VAL-001");
        CHECK(list[2] == list[2]);
        CHECK_FALSE(list[2] == list[3]);
    }

    TEST_CASE("finding: counts and has_errors")
    {
        std::vector<finding> list{{"A", severity::error, {}, "", "", ""},
                                  {"B", severity::warning, {}, "", "", ""},
                                  {"C", severity::warning, {}, "", "", ""},
                                  {"D", severity::notice, {}, "", "", ""}};
        CHECK(minzheng::count_by_severity(list) == minzheng::severity_counts{1, 2, 1});
        CHECK(minzheng::has_errors(list));
        list.erase(list.begin());
        CHECK_FALSE(minzheng::has_errors(list));
        CHECK_FALSE(minzheng::has_errors({}));
    }

    TEST_CASE("finding: the catalogue entry of a library rule, none for an application rule")
    {
        const finding library{"VAL-001", severity::error, {}, "", "", ""};
        REQUIRE(library.catalogue_entry() != nullptr);
        CHECK(library.catalogue_entry()->title_en == "The same identifier appears twice");
        const finding local{"YUNFU-001", severity::error, {}, "", "", ""};
        CHECK(local.catalogue_entry() == nullptr);
    }
}
