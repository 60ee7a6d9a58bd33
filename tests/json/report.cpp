// Tests minzheng/json/report.hpp: deployments and facility measures round-trip, negative counts are refused, the
// bulletin is written with its figures.
#include <minzheng/json/report.hpp>

#include "../test_support.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace minzheng;
namespace json = boost::json;

TEST_SUITE("json.report")
{
    TEST_CASE("json: deployments and facility measures round-trip — negative counts are refused")
    {
        const volunteer_deployment v{division_code::find(445321).value(),
                                     period::make(make_date(2020, 2, 2).value(), make_date(2020, 2, 8).value()).value(),
                                     500,
                                     13,
                                     0,
                                     "外来人员摸底排查"};
        CHECK(json::value_to<volunteer_deployment>(json::parse(json::serialize(json::value_from(v)))) == v);
        const facility_measure m{division_code::find(445302).value(), period::from(make_date(2020, 1, 27).value()), 8,
                                 "敬老院清洁消毒"};
        CHECK(json::value_to<facility_measure>(json::parse(json::serialize(json::value_from(m)))) == m);
        CHECK_FALSE(
            json::try_value_to<volunteer_deployment>(
                json::parse(R"({"division":"445321","during":{"first":"2020-02-02","last":null},"volunteers":-3})"))
                .has_value());
        CHECK_FALSE(json::try_value_to<facility_measure>(json::parse(R"({"division":"445321"})")).has_value());
    }

    TEST_CASE("json: the bulletin is written with its counties and total")
    {
        const auto data = read_bulletin_data(MINZHENG_SOURCE_DIR "/examples/data/yunfu-2020-02").value();
        const auto b =
            make_bulletin(data.inputs(), division_code::find(445300).value(),
                          period::make(make_date(2020, 1, 1).value(), make_date(2020, 2, 10).value()).value());
        const auto v = json::value_from(b);
        CHECK(v.at("total").at("new_dibao_persons") == 25);
        CHECK(v.at("total").at("donations_received") == 210'900'000);
        CHECK(v.at("counties").as_array().size() == 5);
    }

    TEST_CASE("load_bulletin_data: every document read strictly, its findings under the file's name")
    {
        const std::filesystem::path source = MINZHENG_SOURCE_DIR "/examples/data/yunfu-2020-02";
        const auto clean = load_bulletin_data(source.string());
        REQUIRE(clean.value.has_value());
        CHECK_FALSE(has_errors(clean.findings));

        const auto dir = std::filesystem::temp_directory_path() / "minzheng-load-bulletin-test";
        std::filesystem::remove_all(dir);
        std::filesystem::copy(source, dir);
        {
            std::ifstream in(dir / "roster-luoding.json");
            std::stringstream ss;
            ss << in.rdbuf();
            auto text = ss.str();
            const auto at = text.find(R"("registration": "445381")");
            REQUIRE(at != std::string::npos);
            text.replace(at, 24, R"("registration": "44538")");
            std::ofstream(dir / "roster-luoding.json") << text;
        }
        std::filesystem::remove(dir / "activities.json");
        const auto broken = load_bulletin_data(dir.string());
        CHECK_FALSE(broken.value.has_value());
        REQUIRE(broken.findings.size() == 2);
        CHECK(broken.findings[0].rule_id == "DOC-002");
        CHECK(broken.findings[0].path.str() == "/activities.json");
        CHECK(broken.findings[1].rule_id == "DOC-001");
        CHECK(broken.findings[1].path.str() == "/roster-luoding.json/households/0/registration");
        CHECK(read_bulletin_data(dir.string()).error() == error::unknown_reference);
        std::filesystem::copy(source / "activities.json", dir / "activities.json");
        CHECK(read_bulletin_data(dir.string()).error() == error::invalid_document);
        std::filesystem::remove_all(dir);
    }
}
