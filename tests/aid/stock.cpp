// Tests minzheng/aid/stock.hpp: receipts and issues in units that convert exactly, a stock that never goes
// negative (refused, unchanged), first-expiry-first-out lots, expired stock (AID-020), transfers keeping expiry,
// reversals that restore balances exactly, and the bulletin's flows (罗定市's 250 L and 250 masks to its homes,
// 新兴县's 4 thermometers, the letters: 5000, 21000, 9000 and 8000).
#include <minzheng/aid/stock.hpp>

#include "../recipients/support.hpp"
#include "../test_support.hpp"
#include "stock_model.hpp"

#include <doctest/doctest.h>

#include <cstdint>

using namespace minzheng;
using minzheng::test::d;

namespace {
quantity q(std::string_view text)
{
    return quantity::parse(text).value();
}
}  // namespace

TEST_SUITE("aid.stock")
{
    TEST_CASE("stock: 罗定市 buys masks and disinfectant and issues 250 L and 250 masks to its homes")
    {
        stock_ledger s;
        REQUIRE(s.receive("罗定市民政局", "消毒水", q("300L"), d(2020, 1, 30), movement_kind::purchase, "某药店",
                          d(2021, 1, 30))
                    .has_value());
        REQUIRE(s.receive("罗定市民政局", "口罩", q("500个"), d(2020, 1, 30), movement_kind::purchase, "某药店")
                    .has_value());
        REQUIRE(s.issue("罗定市民政局", "消毒水", q("150L"), d(2020, 2, 3), "罗定市中心敬老院").has_value());
        REQUIRE(s.issue("罗定市民政局", "消毒水", q("100000mL"), d(2020, 2, 3), "罗定市福利中心").has_value());
        REQUIRE(s.issue("罗定市民政局", "口罩", q("250只"), d(2020, 2, 3), "罗定市中心敬老院").has_value());
        const auto february = period::make(d(2020, 2, 1), d(2020, 2, 29)).value();
        CHECK(s.issued("消毒水", "罗定市", february)->to_string() == "250L");
        CHECK(s.issued("口罩", "罗定市", february)->to_string() == "250个");
        CHECK(s.balance("罗定市民政局", "消毒水")->to_string() == "50L");
        CHECK(s.issued_to("罗定市福利中心", "消毒水")->to_string() == "100L");
    }

    TEST_CASE("stock: an issue that would go negative is refused and changes nothing — units must fit")
    {
        stock_ledger s;
        REQUIRE(s.receive("局", "口罩", q("100个"), d(2020, 1, 30), movement_kind::donation, "爱心企业").has_value());
        const auto before = s.lots();
        CHECK(s.issue("局", "口罩", q("101个"), d(2020, 2, 1), "敬老院").error() == error::insufficient_stock);
        CHECK(s.lots() == before);
        CHECK(s.movements().size() == 1);
        CHECK(s.issue("局", "口罩", q("1L"), d(2020, 2, 1), "敬老院").error() == error::incompatible_units);
        CHECK(s.issue("局", "口罩", q("0个"), d(2020, 2, 1), "敬老院").error() == error::negative_count);
        CHECK(s.issue("局", "手套", q("1个"), d(2020, 2, 1), "敬老院").error() == error::unknown_reference);
        CHECK(s.receive("局", "口罩", q("5kg"), d(2020, 2, 1), movement_kind::purchase, "x").error() ==
              error::incompatible_units);
        CHECK(s.issue("局", "口罩", q("100个"), d(2020, 2, 1), "敬老院").has_value());  // exactly all
        CHECK(s.balance("局", "口罩")->is_zero());
    }

    TEST_CASE("stock: first expiry first out — expired lots are not issued and are reported (AID-020)")
    {
        stock_ledger s;
        REQUIRE(s.receive("局", "消毒水", q("10L"), d(2020, 1, 1), movement_kind::purchase, "A", d(2020, 6, 30))
                    .has_value());
        REQUIRE(s.receive("局", "消毒水", q("10L"), d(2020, 1, 2), movement_kind::purchase, "B", d(2020, 3, 31))
                    .has_value());
        REQUIRE(s.receive("局", "消毒水", q("10L"), d(2020, 1, 3), movement_kind::purchase, "C", d(2020, 1, 31))
                    .has_value());
        const auto m = s.issue("局", "消毒水", q("15L"), d(2020, 2, 10), "敬老院").value();
        const auto& issued = s.movements().back();
        CHECK(issued.id == m);
        REQUIRE(issued.lots.size() == 2);
        CHECK(issued.lots[0].first == "L2");  // 31 March before 30 June; 31 January has expired
        CHECK(issued.lots[0].second.to_string() == "10L");
        CHECK(issued.lots[1].first == "L1");
        CHECK(issued.lots[1].second.to_string() == "5L");
        CHECK(s.issue("局", "消毒水", q("6L"), d(2020, 2, 10), "敬老院").error() == error::insufficient_stock);
        const rule_set rules;
        const policy_table policy;
        rule_context c(rules, policy, d(2020, 2, 10));
        check(s, c);
        REQUIRE(c.findings().size() == 1);
        CHECK(c.findings()[0].rule_id == "AID-020");
        CHECK(c.findings()[0].path.str() == "/lots/2");
    }

    TEST_CASE("stock: transfers keep lots and expiry — reversals restore balances exactly")
    {
        stock_ledger s;
        const auto in =
            s.receive("局", "消毒水", q("250L"), d(2020, 1, 30), movement_kind::purchase, "A", d(2021, 1, 1)).value();
        REQUIRE(s.transfer("局", "敬老院", "消毒水", q("100L"), d(2020, 2, 1)).has_value());
        CHECK(s.balance("局", "消毒水")->to_string() == "150L");
        CHECK(s.balance("敬老院", "消毒水")->to_string() == "100L");
        CHECK(s.lots().back().expires == d(2021, 1, 1));
        CHECK(s.transfer("局", "局", "消毒水", q("1L"), d(2020, 2, 1)).error() == error::illegal_transition);
        const auto out = s.issue("局", "消毒水", q("0.5L"), d(2020, 2, 2), "某人").value();
        CHECK(s.balance("局", "消毒水")->to_string() == "149.5L");
        REQUIRE(s.reverse(out, d(2020, 2, 3)).has_value());
        CHECK(s.balance("局", "消毒水")->to_string() == "150L");
        CHECK(s.issued_to("某人", "消毒水")->is_zero());
        CHECK(s.reverse(out, d(2020, 2, 3)).error() == error::illegal_transition);                      // only once
        CHECK(s.reverse(s.movements().back().id, d(2020, 2, 3)).error() == error::illegal_transition);  // of a reversal
        CHECK(s.reverse("M999", d(2020, 2, 3)).error() == error::unknown_reference);
        // The purchase cannot be reversed while part of its lot has left.
        CHECK(s.reverse(in, d(2020, 2, 3)).error() == error::insufficient_stock);
        CHECK(s.balance("局", "消毒水")->to_string() == "150L");
    }

    TEST_CASE("stock: 新兴县's 4 thermometers in an application unit, and the letters of four counties")
    {
        auto units = unit_catalogue::builtin();
        REQUIRE(units.add(unit::define("支", "piece", 1).value()).has_value());
        stock_ledger s;
        REQUIRE(s.receive("新兴县民政局", "电子体温计", quantity::parse("4支", units).value(), d(2020, 1, 28),
                          movement_kind::purchase, "药店")
                    .has_value());
        CHECK(s.balance("新兴县民政局", "电子体温计")->to_string() == "4支");
        const auto days = period::make(d(2020, 1, 1), d(2020, 2, 29)).value();
        for (const auto& [holder, copies] :
             {std::pair{"云安区民政局", "5000份"}, std::pair{"罗定市民政局", "21000份"},
              std::pair{"新兴县民政局", "9000份"}, std::pair{"郁南县民政局", "8000份"}}) {
            REQUIRE(
                s.receive(holder, "致社会救助对象的一封信", q(copies), d(2020, 2, 1), movement_kind::purchase, "印刷厂")
                    .has_value());
            REQUIRE(s.issue(holder, "致社会救助对象的一封信", q(copies), d(2020, 2, 10), "社会救助对象").has_value());
            CHECK(s.issued("致社会救助对象的一封信", holder, days)->to_string() == copies);
        }
        CHECK(s.issued("致社会救助对象的一封信", "", days)->to_string() == "43000份");
    }

    TEST_CASE("stock: 20 000 random operations agree with an independent first-in-first-out model after each one")
    {
        for (const std::uint64_t seed : {20'201'202ULL, 11ULL}) {
            const auto run = test::run_stock_model(seed, 10'000);
            INFO(run.what);  // the seed and step that reproduce a failure
            CHECK(run.ok);
            CHECK(run.accepted > 2'000);
            CHECK(run.refused > 1'000);
        }
    }
}
