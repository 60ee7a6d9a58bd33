// Tests minzheng/rules/policy_table.hpp: the national defaults and their editions, inheritance county ->
// prefecture -> province -> national, no silent defaults, overlapping periods refused (boundaries included),
// kinds checked, application parameters, ratios.
#include <minzheng/rules/policy_table.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

using minzheng::division_code;
using minzheng::error;
using minzheng::make_date;
using minzheng::money;
using minzheng::parameter_entry;
using minzheng::period;
using minzheng::policy_table;
using minzheng::ratio;

namespace {
division_code div(std::uint32_t code)
{
    return division_code::find(code).value();
}
minzheng::date d(int y, int m, int day)
{
    return make_date(y, m, day).value();
}
parameter_entry standard(std::optional<division_code> where, period p, std::int64_t fen)
{
    return {"dibao_standard_urban_monthly", where, p, money::from_fen(fen), "test"};
}
}  // namespace

TEST_SUITE("rules.policy_table")
{
    TEST_CASE("policy_table: national defaults carry the measures' values and editions")
    {
        const auto t = policy_table::national_defaults();
        const auto in2020 = d(2020, 2, 10);
        const auto in2022 = d(2022, 3, 1);
        CHECK(std::get<std::int64_t>(t.find("public_notice_days", std::nullopt, in2020)->value) == 7);
        CHECK(std::get<std::int64_t>(t.find("elderly_age", div(445381), in2020)->value) == 60);
        CHECK(std::get<std::int64_t>(t.find("tekun_child_age", std::nullopt, in2020)->value) == 16);
        CHECK(std::get<std::int64_t>(t.find("minor_age", std::nullopt, in2020)->value) == 18);
        // The six self-care items (民发〔2021〕43号 art. 21) are fixed in the type self_care_items, not a parameter.
        CHECK(t.find("self_care_items", std::nullopt, in2022) == nullptr);
        CHECK(minzheng::find_library_parameter("self_care_items") == nullptr);
        // 低保边缘 1.5 × standard exists only from 2021-07-01.
        CHECK(t.find("dibao_edge_income_ratio", std::nullopt, d(2021, 6, 30)) == nullptr);
        CHECK(std::get<ratio>(t.find("dibao_edge_income_ratio", std::nullopt, d(2021, 7, 1))->value) == ratio{3, 2});
        // 30/45 working days from 2021; 2012's county review of 5 working days becomes 10.
        CHECK(t.find("dibao_total_working_days", std::nullopt, in2020) == nullptr);
        CHECK(std::get<std::int64_t>(t.find("dibao_total_working_days", std::nullopt, in2022)->value) == 30);
        CHECK(std::get<std::int64_t>(t.find("dibao_total_working_days_extended", std::nullopt, in2022)->value) == 45);
        CHECK(std::get<std::int64_t>(t.find("dibao_county_review_working_days", std::nullopt, in2020)->value) == 5);
        CHECK(std::get<std::int64_t>(t.find("dibao_county_review_working_days", std::nullopt, in2022)->value) == 10);
        // Monthly / quarterly review of unstable households is a 2012 rule only.
        CHECK(std::get<std::int64_t>(t.find("dibao_review_months_unstable_urban", std::nullopt, in2020)->value) == 1);
        CHECK(t.find("dibao_review_months_unstable_urban", std::nullopt, in2022) == nullptr);
        // Local amounts have no national value: nothing is made up.
        CHECK(t.find("dibao_standard_urban_monthly", div(445381), in2020) == nullptr);
        CHECK(t.find("temporary_aid_cap", div(445381), in2020) == nullptr);
    }

    TEST_CASE("policy_table: every national default names a library parameter of its kind")
    {
        const auto t = policy_table::national_defaults();
        CHECK(t.entries().size() == std::size(minzheng::detail::national_defaults));
        for (const auto* e : t.entries()) {
            CAPTURE(e->name);
            const auto* info = minzheng::find_library_parameter(e->name);
            REQUIRE(info != nullptr);
            CHECK(minzheng::value_fits(e->value, info->kind));
            CHECK_FALSE(e->division.has_value());
        }
        const auto& params = minzheng::library_parameters();
        for (std::size_t i = 1; i < params.size(); ++i) CHECK(params[i - 1].name < params[i].name);
    }

    TEST_CASE("policy_table: lookup inherits county -> prefecture -> province -> national")
    {
        auto t = policy_table::national_defaults();
        const auto year = period::make(d(2020, 1, 1), d(2020, 12, 31)).value();
        REQUIRE(t.add(standard(div(440000), year, 60000)).has_value());
        REQUIRE(t.add(standard(div(445300), year, 76000)).has_value());
        REQUIRE(t.add(standard(div(445381), year, 78000)).has_value());
        const auto on = d(2020, 2, 10);
        const auto value_for = [&](std::uint32_t code) {
            return std::get<money>(t.find("dibao_standard_urban_monthly", div(code), on)->value).fen();
        };
        CHECK(value_for(445381) == 78000);  // the county's own
        CHECK(value_for(445302) == 76000);  // the prefecture's
        CHECK(value_for(445300) == 76000);
        CHECK(value_for(440100) == 60000);                                          // Guangzhou: the province's
        CHECK(t.find("dibao_standard_urban_monthly", div(110105), on) == nullptr);  // Beijing: none at all
        CHECK(t.find("dibao_standard_urban_monthly", div(445381), d(2021, 1, 1)) == nullptr);  // after the period
        // A county can override a national value too.
        REQUIRE(t.add({"public_notice_days", div(445321), period::from(d(2020, 1, 1)), std::int64_t{10}, "local"})
                    .has_value());
        CHECK(std::get<std::int64_t>(t.find("public_notice_days", div(445321), on)->value) == 10);
        CHECK(std::get<std::int64_t>(t.find("public_notice_days", div(445322), on)->value) == 7);
    }

    TEST_CASE("policy_table: overlapping periods for one name and division are refused, touching ones are not")
    {
        policy_table t;
        REQUIRE(t.add(standard(div(445381), period::make(d(2020, 1, 1), d(2020, 6, 30)).value(), 78000)).has_value());
        const auto overlapping = standard(div(445381), period::make(d(2020, 6, 30), d(2020, 12, 31)).value(), 80000);
        CHECK(t.add(overlapping).error() == error::overlapping_periods);
        REQUIRE(t.conflict(overlapping) != nullptr);
        CHECK(t.conflict(overlapping)->in_force.to_string() == "2020-01-01/2020-06-30");
        CHECK(t.entries().size() == 1);  // the refused add changed nothing
        CHECK(t.add(standard(div(445381), period::from(d(2020, 7, 1)), 80000)).has_value());  // touching: fine
        CHECK(t.add(standard(div(445381), period::from(d(2021, 1, 1)), 82000)).error() == error::overlapping_periods);
        CHECK(t.add(standard(div(445302), period::from(d(2020, 1, 1)), 76000)).has_value());   // another division
        CHECK(t.add(standard(std::nullopt, period::from(d(2020, 1, 1)), 50000)).has_value());  // national
    }

    TEST_CASE("policy_table: unknown names and wrong kinds are refused")
    {
        policy_table t;
        const auto p = period::from(d(2020, 1, 1));
        CHECK(t.add({"no_such_parameter", std::nullopt, p, std::int64_t{1}, ""}).error() == error::unknown_parameter);
        CHECK(t.add({"dibao_standard_urban_monthly", std::nullopt, p, std::int64_t{66500}, ""}).error() ==
              error::parameter_kind_mismatch);
        CHECK(t.add({"dibao_edge_income_ratio", std::nullopt, p, money::from_fen(1), ""}).error() ==
              error::parameter_kind_mismatch);
        CHECK(t.add({"fever_threshold_inclusive", std::nullopt, p, std::int64_t{1}, ""}).error() ==
              error::parameter_kind_mismatch);
        CHECK(t.entries().empty());
    }

    TEST_CASE("policy_table: applications declare their own parameters")
    {
        policy_table t;
        REQUIRE(t.declare({"luoding_mask_ration", minzheng::parameter_kind::count, "每人口罩数", "masks per person",
                           "罗定市民政局"})
                    .has_value());
        CHECK(t.kind_of("luoding_mask_ration") == minzheng::parameter_kind::count);
        CHECK(t.declare({"elderly_age", minzheng::parameter_kind::years, "", "", ""}).error() == error::duplicate_rule);
        CHECK(
            t.add({"luoding_mask_ration", div(445381), period::from(d(2020, 2, 1)), std::int64_t{2}, ""}).has_value());
        CHECK(std::get<std::int64_t>(t.find("luoding_mask_ration", div(445381), d(2020, 2, 5))->value) == 2);
    }

    TEST_CASE("ratio: parse, equality by value, and errors")
    {
        CHECK(ratio::parse("3/2") == ratio{3, 2});
        CHECK(ratio::parse("1.5") == ratio{3, 2});
        CHECK(ratio::parse("30%") == ratio{3, 10});
        CHECK(ratio::parse("0.3") == ratio{3, 10});
        CHECK(ratio{6, 4} == ratio{3, 2});
        CHECK_FALSE(ratio{3, 2} == ratio{2, 3});
        CHECK(ratio::parse("3/0").error() == error::division_by_zero);
        CHECK(ratio::make(3, -2).error() == error::invalid_number_format);
        CHECK(ratio::parse("x").error() == error::invalid_number_format);
        CHECK(ratio::parse("1.").error() == error::invalid_number_format);
        CHECK(ratio::parse("/2").error() == error::invalid_number_format);
        CHECK(ratio::parse("1234567890123456789/1").error() == error::invalid_number_format);
        CHECK(ratio{3, 2}.to_string() == "3/2");
        CHECK(ratio::parse(ratio{7, 3}.to_string()) == ratio{7, 3});
    }

    TEST_CASE("describe_value: values as people read them")
    {
        using minzheng::parameter_kind;
        CHECK(minzheng::describe_value(money::from_fen(66500), parameter_kind::money) == "665.00元");
        CHECK(minzheng::describe_value(ratio{3, 2}, parameter_kind::ratio) == "3/2");
        CHECK(minzheng::describe_value(std::int64_t{373}, parameter_kind::decicelsius) == "37.3℃");
        CHECK(minzheng::describe_value(std::int64_t{7}, parameter_kind::days) == "7");
        CHECK(minzheng::describe_value(true, parameter_kind::flag) == "是");
    }

    TEST_CASE("policy_table: a value outside its parameter's range is refused, at each end")
    {
        const auto all_days = period::from(d(2020, 1, 1));
        const auto refused = [&](std::string name, minzheng::parameter_value v) {
            auto t = policy_table::national_defaults();
            const auto before = t.entries().size();
            const auto r = t.add({std::move(name), div(445381), all_days, v, "test"});
            CHECK(t.entries().size() == before + (r ? 1U : 0U));  // a refused add leaves the table as it was
            return !r && r.error() == error::parameter_out_of_range;
        };
        // A public notice lasts at least a day (a negative one crashed make_public_notice); at most ten years.
        CHECK(refused("public_notice_days", std::int64_t{-7}));
        CHECK(refused("public_notice_days", std::int64_t{0}));
        CHECK_FALSE(refused("public_notice_days", std::int64_t{1}));
        CHECK_FALSE(refused("public_notice_days", std::int64_t{3660}));
        CHECK(refused("public_notice_days", std::int64_t{3661}));
        CHECK(refused("public_notice_days", std::int64_t{INT64_MAX}));
        // A day of the month is 1 to 31.
        CHECK(refused("dibao_payment_day_of_month", std::int64_t{0}));
        CHECK_FALSE(refused("dibao_payment_day_of_month", std::int64_t{1}));
        CHECK_FALSE(refused("dibao_payment_day_of_month", std::int64_t{31}));
        CHECK(refused("dibao_payment_day_of_month", std::int64_t{32}));
        // Money: one fen below zero, zero, the ceiling and one fen above it.
        CHECK(refused("dibao_standard_urban_monthly", money::from_fen(-1)));
        CHECK_FALSE(refused("dibao_standard_urban_monthly", money::from_fen(0)));
        CHECK_FALSE(refused("dibao_standard_urban_monthly", money::from_fen(10'000'000'000)));
        CHECK(refused("dibao_standard_urban_monthly", money::from_fen(10'000'000'001)));
        // A temperature is 30.0 to 45.0 ℃.
        CHECK(refused("fever_threshold_decicelsius", std::int64_t{299}));
        CHECK_FALSE(refused("fever_threshold_decicelsius", std::int64_t{300}));
        CHECK_FALSE(refused("fever_threshold_decicelsius", std::int64_t{450}));
        CHECK(refused("fever_threshold_decicelsius", std::int64_t{451}));
        // Ratios: not negative, at most 1000, with a denominator of at most a million.
        CHECK(refused("dibao_edge_income_ratio", ratio{-1, 2}));
        CHECK_FALSE(refused("dibao_edge_income_ratio", ratio{0, 1}));
        CHECK_FALSE(refused("dibao_edge_income_ratio", ratio{1000, 1}));
        CHECK(refused("dibao_edge_income_ratio", ratio{1001, 1}));
        CHECK_FALSE(refused("dibao_edge_income_ratio", ratio{1, 1'000'000}));
        CHECK(refused("dibao_edge_income_ratio", ratio{1, 1'000'001}));
    }

    TEST_CASE("policy_table: every national default lies in its parameter's range — ranges are stated per kind")
    {
        const auto t = policy_table::national_defaults();
        for (const auto* e : t.entries()) {
            const auto range = t.range_of(e->name);
            REQUIRE(range.has_value());
            CHECK_MESSAGE(minzheng::value_within(e->value, *range), e->name);
        }
        CHECK(t.range_of("no_such_parameter") == std::nullopt);
        CHECK(minzheng::kind_range(minzheng::parameter_kind::days) == minzheng::value_range{0, 3660});
        CHECK(minzheng::describe_range({300, 450}, minzheng::parameter_kind::decicelsius) == "30.0℃–45.0℃");
        CHECK(minzheng::describe_range({0, 100}, minzheng::parameter_kind::money) == "0.00元–1.00元");
        CHECK(minzheng::describe_value(std::int64_t{INT64_MIN}, minzheng::parameter_kind::decicelsius) ==
              "-922337203685477580.8℃");
    }
}
