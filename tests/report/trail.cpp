// Tests minzheng/report/trail.hpp: "where did the masks donated by X go?" answered across the donation ledger and
// the aid stock: receipt, the ledger's transfer to the county bureau, the stock lot, and the issues to homes.
#include <minzheng/report/trail.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

using namespace minzheng;

namespace {
date d(int m, int day)
{
    return make_date(2020, m, day).value();
}
quantity q(std::string_view s)
{
    return quantity::parse(s).value();
}
}  // namespace

TEST_SUITE("report.trail")
{
    TEST_CASE("trail: donor X's masks, from receipt to the homes that received them")
    {
        donation_ledger l;
        REQUIRE(l.open_fund("general", fund_kind::general, "疫情防控", "", d(1, 28)).has_value());
        donor x;
        x.type = donor::kind::organisation;
        x.name = "爱心企业X";
        const auto gift =
            l.receive_goods("general", x, "口罩", q("1000个"), money::from_fen(200000), value_basis::invoice, d(2, 1))
                .value();
        REQUIRE(l.issue_receipt(gift, "粤财捐0001", d(2, 1)).has_value());
        const auto out =
            l.spend_goods(entry_kind::transfer, "general", "口罩", q("600个"), "罗定市民政局", d(2, 2)).value();
        REQUIRE(l.spend_goods(entry_kind::disbursement, "general", "口罩", q("100个"), "某医院", d(2, 2)).has_value());

        stock_ledger stock;
        REQUIRE(
            stock.receive("罗定市民政局", "口罩", q("600个"), d(2, 2), movement_kind::donation, donation_entry_ref(out))
                .has_value());
        REQUIRE(stock.issue("罗定市民政局", "口罩", q("250个"), d(2, 3), "罗定市中心敬老院").has_value());
        REQUIRE(stock.issue("罗定市民政局", "口罩", q("100个"), d(2, 4), "罗定市福利中心").has_value());

        const auto steps = goods_trail(l, gift, stock);
        REQUIRE(steps.size() == 6);
        CHECK(steps[0].what == "receipt");
        CHECK(steps[0].to == "粤财捐0001");
        CHECK(steps[1].what == "ledger");
        CHECK(steps[1].to == "罗定市民政局");
        CHECK(steps[1].amount->to_string() == "600个");
        CHECK(steps[2].what == "stock-in");
        CHECK(steps[3].to == "罗定市中心敬老院");
        CHECK(steps[3].amount->to_string() == "250个");
        CHECK(steps[4].to == "罗定市福利中心");
        CHECK(steps[5].what == "ledger");
        CHECK(steps[5].to == "某医院");
        CHECK(goods_trail(l, 999, stock).empty());
    }
}
