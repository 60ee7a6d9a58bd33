// Tests minzheng/documents.hpp: the documents umbrella compiles alone and reaches every part.
#include <minzheng/documents.hpp>

#include "test_support.hpp"

#include <doctest/doctest.h>

TEST_SUITE("documents.umbrella")
{
    TEST_CASE("documents.hpp: documents, shapes, lines and CSV are reachable")
    {
        const auto r = minzheng::read_document<minzheng::screening_document>(
            std::string_view(R"({"format":"minzheng.screenings","version":1,"division":"445321"})"));
        CHECK(r.value.has_value());
        CHECK(minzheng::csv::column_letter(27) == "AB");
        minzheng::resident_id_set ids;
        CHECK(ids.size() == 0);
        CHECK(minzheng::json_schema(minzheng::shapes::person_object, "x", "person").as_object().contains("$defs"));
    }
}
