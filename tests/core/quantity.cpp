// Tests minzheng/core/quantity.hpp: built-in and application units, exact conversion, parse and format,
// arithmetic across units of one dimension, refusals across dimensions (compile-time refusals are in
// tests/compile_fail/), and the bulletin's goods: 5000份 leaflets, 250L disinfectant, 250个 masks.
#include <minzheng/core/quantity.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

#include <system_error>

using minzheng::builtin_unit;
using minzheng::error;
using minzheng::quantity;
using minzheng::unit;
using minzheng::unit_catalogue;

TEST_SUITE("core.quantity")
{
    TEST_CASE("quantity: the bulletin's goods parse and print back")
    {
        const auto leaflets = quantity::parse("5000份").value();
        CHECK(leaflets.unit() == unit{builtin_unit::copy});
        CHECK(leaflets.base_amount() == 5000);
        CHECK(leaflets.to_string() == "5000份");
        const auto disinfectant = quantity::parse("250L").value();
        CHECK(disinfectant.base_amount() == 250'000);  // in mL
        CHECK(disinfectant.to_string() == "250L");
        const auto masks = quantity::parse("250个").value();
        CHECK(masks.unit().builtin() == builtin_unit::piece);
        CHECK(quantity::parse("250只") == masks);
        CHECK(quantity::parse("250 升") == disinfectant);
        CHECK(quantity::parse("250l") == disinfectant);
        CHECK(quantity::parse("２５０Ｌ") == disinfectant);
    }

    TEST_CASE("quantity: decimals convert exactly or are refused")
    {
        const auto kg = quantity::parse("1.5kg").value();
        CHECK(kg.base_amount() == 1500);
        CHECK(kg.to_string() == "1.5kg");
        CHECK(*kg.amount_in(unit{builtin_unit::gram}) == 1500);
        CHECK(kg.amount_in(unit{builtin_unit::kilogram}).error() == error::inexact_conversion);
        CHECK(kg.amount_in(unit{builtin_unit::litre}).error() == error::incompatible_units);
        CHECK(kg.in(unit{builtin_unit::gram})->to_string() == "1500g");
        CHECK(quantity::parse("0.5mL").error() == error::inexact_conversion);
        CHECK(quantity::parse("0.5个").error() == error::inexact_conversion);
        CHECK(quantity::parse("0.001L")->base_amount() == 1);
        CHECK(quantity::parse("0.0010L")->base_amount() == 1);
    }

    TEST_CASE("quantity: malformed text")
    {
        CHECK(quantity::parse("").error() == error::empty_input);
        CHECK(quantity::parse("250").error() == error::unknown_unit);
        CHECK(quantity::parse("250 gallons").error() == error::unknown_unit);
        CHECK(quantity::parse("L").error() == error::invalid_number_format);
        CHECK(quantity::parse(".5L").error() == error::invalid_number_format);
        CHECK(quantity::parse("5.L").error() == error::invalid_number_format);
        CHECK(quantity::parse("1.2.3L").error() == error::invalid_number_format);
        CHECK(quantity::parse("99999999999999999999L").error() == error::overflow);
        CHECK(quantity::parse("9223372036854775807L").error() == error::overflow);  // × 1000 mL
        CHECK(quantity::parse("\xff").error() == error::invalid_utf8);
    }

    TEST_CASE("quantity: sums and differences in the finer unit — other dimensions refused")
    {
        const auto l = quantity::parse("1L").value();
        const auto ml = quantity::parse("500mL").value();
        const auto sum = l.plus(ml).value();
        CHECK(sum.unit() == unit{builtin_unit::millilitre});
        CHECK(sum.to_string() == "1500mL");
        CHECK(l.minus(ml)->to_string() == "500mL");
        CHECK(ml.minus(l)->is_negative());
        CHECK(ml.minus(l)->to_string() == "-500mL");
        CHECK(quantity::parse("-500mL") == ml.minus(l).value());
        const auto pieces = quantity::parse("3个").value();
        CHECK(l.plus(pieces).error() == error::incompatible_units);
        CHECK(l.minus(pieces).error() == error::incompatible_units);
        CHECK(l.compare(pieces).error() == error::incompatible_units);
        CHECK(*l.compare(ml) == std::strong_ordering::greater);
        CHECK(quantity::parse("1000mL") == l);
        CHECK_FALSE(quantity::parse("1个") == quantity::parse("1份"));
        const auto big = quantity::make(INT64_MAX, builtin_unit::piece).value();
        CHECK(big.plus(pieces).error() == error::overflow);
        CHECK(quantity::make(INT64_MAX, builtin_unit::litre).error() == error::overflow);
    }

    TEST_CASE("quantity_of: static units add across one dimension and throw on overflow")
    {
        constexpr auto total = minzheng::litres{250} + minzheng::millilitres{500};
        static_assert(std::is_same_v<decltype(total), const minzheng::millilitres>);
        static_assert(total.amount() == 250'500);
        constexpr auto left = minzheng::pieces{250} - minzheng::pieces{100};
        static_assert(left.amount() == 150);
        CHECK((minzheng::kilograms{2} + minzheng::grams{5}).amount() == 2005);
        CHECK(minzheng::litres{250}.to_quantity()->to_string() == "250L");
        CHECK_THROWS_AS((void)(minzheng::pieces{INT64_MAX} + minzheng::pieces{1}), std::system_error);
        CHECK_THROWS_AS((void)(minzheng::litres{INT64_MAX} + minzheng::millilitres{1}), std::system_error);
    }

    TEST_CASE("unit: applications define units and add them to their own catalogue")
    {
        const auto zhi = unit::define("支", "piece", 1).value();  // 4支电子体温计
        CHECK(zhi.same_dimension(builtin_unit::piece));
        CHECK_FALSE(zhi.builtin().has_value());
        auto catalogue = unit_catalogue::builtin();
        CHECK(quantity::parse("4支", catalogue).error() == error::unknown_unit);
        REQUIRE(catalogue.add(zhi).has_value());
        const auto thermometers = quantity::parse("4支", catalogue).value();
        CHECK(thermometers.to_string() == "4支");
        CHECK(thermometers == quantity::parse("4个").value());         // same dimension, same count
        const auto drum = unit::define("桶", "volume", 5000).value();  // a 5 L drum
        REQUIRE(catalogue.add(drum, {"drum"}).has_value());
        CHECK(quantity::parse("50桶", catalogue)->base_amount() == 250'000);
        CHECK(quantity::parse("1.5drum", catalogue)->to_string() == "1.5桶");
        CHECK(quantity::parse("0.0001桶", catalogue).error() == error::inexact_conversion);
        // The built-in catalogue is untouched: each catalogue is a value.
        CHECK(unit_catalogue::builtin().find("支") == std::nullopt);
    }

    TEST_CASE("unit: refused definitions and name clashes leave the catalogue unchanged")
    {
        CHECK(unit::define("", "piece", 1).error() == error::empty_input);
        CHECK(unit::define("a very long unit symbol", "piece", 1).error() == error::input_too_long);
        CHECK(unit::define("支", "", 1).error() == error::empty_input);
        CHECK(unit::define("a b", "piece", 1).error() == error::control_character);
        CHECK(unit::define("\xff", "piece", 1).error() == error::invalid_utf8);
        CHECK(unit::define("dozen", "piece", 12).error() == error::inexact_conversion);
        CHECK(unit::define("x", "piece", 0).error() == error::inexact_conversion);
        CHECK(unit::define("x", "piece", -5).error() == error::inexact_conversion);
        auto catalogue = unit_catalogue::builtin();
        const auto fake_litre = unit::define("L", "volume", 2).value();
        CHECK(catalogue.add(fake_litre).error() == error::invalid_character);
        const auto other = unit::define("桶", "volume", 5000).value();
        CHECK(catalogue.add(other, {"升"}).error() == error::invalid_character);
        CHECK_FALSE(catalogue.find("桶").has_value());                    // nothing of the refused add was kept
        CHECK(catalogue.add(builtin_unit::litre, {"公升"}).has_value());  // the same unit again is harmless
        CHECK(catalogue.find("公升") == unit{builtin_unit::litre});
    }
}
