// Tests minzheng/json/aid.hpp: disbursements (money and goods) and batches round-trip; a stock ledger round-trips
// through its movements, and a file whose movements would take stock below zero is refused when replayed.
#include <minzheng/json/aid.hpp>

#include "../recipients/support.hpp"
#include "../test_support.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <doctest/doctest.h>

using namespace minzheng;
using minzheng::test::d;
namespace json = boost::json;

using minzheng::test::luoding;

namespace {
template <class T>
T round_trip(const T& x)
{
    auto back = json::try_value_to<T>(json::parse(json::serialize(json::value_from(x))));
    REQUIRE(back.has_value());
    return *back;
}
}  // namespace

TEST_SUITE("json.aid")
{
    TEST_CASE("json: disbursements and batches round-trip")
    {
        const disbursement cash{"DB-1/2020-03",
                                "LD-1",
                                "DB-1",
                                assistance_category::dibao,
                                luoding,
                                year_month::make(2020, 3).value(),
                                1,
                                test::yuan(780),
                                payment_channel::bank_account,
                                d(2020, 3, 9),
                                payment_status::paid,
                                std::nullopt};
        CHECK(round_trip(cash) == cash);
        CHECK(json::value_from(cash).at("money") == 78000);
        disbursement goods = cash;
        goods.value = quantity::parse("250L").value();
        goods.channel = payment_channel::in_kind;
        goods.reverses = "X";
        CHECK(round_trip(goods) == goods);
        const payment_batch b{luoding, year_month::make(2020, 3).value(), {cash, goods}};
        const auto back = round_trip(b);
        CHECK(back.entries == b.entries);
        CHECK(back.month == b.month);
        CHECK_FALSE(
            json::try_value_to<disbursement>(
                json::parse(
                    R"({"id":"x","payee":"p","programme":"dibao","division":"445381","period":"2020-03","on":"2020-03-01"})"))
                .has_value());  // neither money nor goods
        CHECK_FALSE(
            json::try_value_to<disbursement>(
                json::parse(
                    R"({"id":"x","payee":"p","programme":"dibao","division":"445381","period":"2020-13","on":"2020-03-01","money":1})"))
                .has_value());
    }

    TEST_CASE("json: a stock ledger round-trips by replay — a tampered file cannot make stock negative")
    {
        stock_ledger s;
        REQUIRE(s.receive("局", "消毒水", quantity::parse("250L").value(), d(2020, 1, 30), movement_kind::purchase, "A",
                          d(2021, 1, 1))
                    .has_value());
        REQUIRE(s.transfer("局", "敬老院", "消毒水", quantity::parse("100L").value(), d(2020, 2, 1)).has_value());
        const auto out = s.issue("局", "消毒水", quantity::parse("20L").value(), d(2020, 2, 2), "某人").value();
        REQUIRE(s.reverse(out, d(2020, 2, 3)).has_value());
        const auto back = round_trip(s);
        CHECK(back.movements() == s.movements());
        CHECK(back.lots() == s.lots());
        auto doc = json::value_from(s);
        doc.at("movements").as_array()[3].as_object()["amount"] = "500L";  // issue more than there is
        const auto tampered = json::try_value_to<stock_ledger>(doc);
        REQUIRE_FALSE(tampered.has_value());
        CHECK(std::error_code(tampered.error()) == error::insufficient_stock);
        auto half = json::value_from(s);
        half.at("movements").as_array()[2].as_object()["amount"] = "99L";  // the transfer's halves disagree
        CHECK(std::error_code(json::try_value_to<stock_ledger>(half).error()) == error::illegal_transition);
        auto renamed = json::value_from(s);
        renamed.at("movements").as_array()[0].as_object()["id"] = "M42";
        CHECK(std::error_code(json::try_value_to<stock_ledger>(renamed).error()) == error::unknown_reference);
    }

    TEST_CASE("json: an entitlement is written with its formula")
    {
        entitlement e;
        e.amount = test::yuan(780);
        e.payable = true;
        e.formula = "补差";
        e.inputs = {{"month", "2020-03"}};
        const auto v = json::value_from(e);
        CHECK(v.at("amount") == 78000);
        CHECK(v.at("inputs").at("month") == "2020-03");
    }
}
