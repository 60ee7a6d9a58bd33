// Tests minzheng/json/report.hpp: deployments and facility measures round-trip, negative counts are refused, the
// bulletin is written with its figures.
#include <minzheng/json/report.hpp>

#include "../test_support.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <doctest/doctest.h>

using namespace minzheng;
namespace json = boost::json;

TEST_SUITE("json.report")
{
    TEST_CASE("json: deployments and facility measures round-trip; negative counts are refused")
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
}
