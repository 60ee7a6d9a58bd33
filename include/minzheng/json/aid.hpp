#pragma once
// JSON for the aid module: disbursements (money as integer 分 under "money", goods as text under "goods") and
// payment batches convert both ways; entitlements are written; a stock ledger is written as its movements and
// read by replaying them (stock_ledger replay), so a loaded ledger can never hold a negative stock.

#include <minzheng/aid/entitlement.hpp>
#include <minzheng/aid/payment.hpp>
#include <minzheng/aid/stock.hpp>
#include <minzheng/json/core.hpp>
#include <minzheng/json/detail/object.hpp>
#include <minzheng/json/recipients.hpp>

#include <boost/json/value.hpp>

namespace minzheng {

namespace detail {
inline constexpr enum_name<payment_channel> payment_channel_json[] = {{payment_channel::bank_account, "bank_account"},
                                                                      {payment_channel::cash, "cash"},
                                                                      {payment_channel::in_kind, "in_kind"}};
inline constexpr enum_name<payment_status> payment_status_json[] = {{payment_status::planned, "planned"},
                                                                    {payment_status::approved, "approved"},
                                                                    {payment_status::paid, "paid"},
                                                                    {payment_status::returned, "returned"},
                                                                    {payment_status::reversed, "reversed"}};
inline constexpr enum_name<movement_kind> movement_kind_json[] = {{movement_kind::purchase, "purchase"},
                                                                  {movement_kind::donation, "donation"},
                                                                  {movement_kind::issue, "issue"},
                                                                  {movement_kind::transfer_out, "transfer_out"},
                                                                  {movement_kind::transfer_in, "transfer_in"},
                                                                  {movement_kind::reversal, "reversal"}};
template <>
inline constexpr std::span<const enum_name<payment_channel>> json_names<payment_channel>{payment_channel_json};
template <>
inline constexpr std::span<const enum_name<payment_status>> json_names<payment_status>{payment_status_json};
template <>
inline constexpr std::span<const enum_name<movement_kind>> json_names<movement_kind>{movement_kind_json};
}  // namespace detail

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const year_month& x)
{
    v = boost::json::string(x.to_string());
}
inline boost::system::result<year_month> tag_invoke(boost::json::try_value_to_tag<year_month>,
                                                    const boost::json::value& v)
{
    return detail::from_json_string<year_month>(v, [](std::string_view s) { return year_month::parse(s); });
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const disbursement& x)
{
    boost::json::object o{{"id", x.id},
                          {"payee", x.payee},
                          {"case_id", x.case_id},
                          {"programme", boost::json::value_from(x.programme)},
                          {"division", boost::json::value_from(x.division)},
                          {"period", boost::json::value_from(x.period)},
                          {"months", x.months},
                          {"channel", boost::json::value_from(x.channel)},
                          {"on", date_to_json(x.on)},
                          {"status", boost::json::value_from(x.status)},
                          {"reverses", x.reverses ? boost::json::value(*x.reverses) : nullptr}};
    if (const auto* m = std::get_if<money>(&x.value)) {
        o["money"] = m->fen();
    } else {
        o["goods"] = std::get<quantity>(x.value).to_string();
    }
    v = std::move(o);
}
inline boost::system::result<disbursement> tag_invoke(boost::json::try_value_to_tag<disbursement>,
                                                      const boost::json::value& v)
{
    detail::object_reader r(v);
    auto id = r.get<std::string>("id");
    auto payee = r.get<std::string>("payee");
    const auto programme = r.get<assistance_category>("programme");
    const auto division = r.get<division_code>("division");
    const auto period = r.get<year_month>("period");
    const auto on = r.get_date("on");
    if (!r) return r.error();
    disbursement d{std::move(*id),
                   std::move(*payee),
                   {},
                   *programme,
                   *division,
                   *period,
                   1,
                   money{},
                   payment_channel::bank_account,
                   *on,
                   payment_status::planned,
                   std::nullopt};
    r.optional_value("case_id", d.case_id);
    r.optional_value("months", d.months);
    r.optional_value("channel", d.channel);
    r.optional_value("status", d.status);
    r.optional("reverses", d.reverses);
    std::optional<money> amount;
    std::optional<quantity> goods;
    r.optional("money", amount);
    r.optional("goods", goods);
    if (!r) return r.error();
    if (amount.has_value() == goods.has_value())
        return boost::system::error_code(make_error_code(error::json_missing_field));
    if (amount) {
        d.value = *amount;
    } else {
        d.value = *goods;
    }
    if (d.months < 1) return boost::system::error_code(make_error_code(error::negative_count));
    return d;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const payment_batch& x)
{
    v = boost::json::object{{"division", boost::json::value_from(x.division)},
                            {"month", boost::json::value_from(x.month)},
                            {"entries", boost::json::value_from(x.entries)}};
}
inline boost::system::result<payment_batch> tag_invoke(boost::json::try_value_to_tag<payment_batch>,
                                                       const boost::json::value& v)
{
    detail::object_reader r(v);
    const auto division = r.get<division_code>("division");
    const auto month = r.get<year_month>("month");
    if (!r) return r.error();
    payment_batch b{*division, *month, {}};
    r.list("entries", b.entries);
    if (!r) return r.error();
    return b;
}

/// Written only: entitlements are computed.
inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const entitlement& x)
{
    boost::json::object inputs;
    for (const auto& [name, value] : x.inputs) inputs[name] = value;
    v = boost::json::object{
        {"amount", x.amount.fen()}, {"payable", x.payable}, {"formula", x.formula}, {"inputs", std::move(inputs)}};
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const stock_movement& x)
{
    boost::json::array lots;
    for (const auto& [id, amount] : x.lots)
        lots.push_back(boost::json::object{{"lot", id}, {"amount", amount.to_string()}});
    v = boost::json::object{{"id", x.id},
                            {"kind", boost::json::value_from(x.kind)},
                            {"holder", x.holder},
                            {"item", x.item},
                            {"amount", x.amount.to_string()},
                            {"on", date_to_json(x.on)},
                            {"counterparty", x.counterparty},
                            {"lots", std::move(lots)},
                            {"reverses", x.reverses ? boost::json::value(*x.reverses) : nullptr},
                            {"expires", detail::optional_date_to_json(x.expires)}};
}
/// Reads a movement as written; the lots it names are recomputed when the ledger is replayed. The amount is read
/// with the built-in units only (an application unit such as 支 would need its catalogue: read such files with
/// your own decoder and quantity::parse(text, catalogue)).
inline boost::system::result<stock_movement> tag_invoke(boost::json::try_value_to_tag<stock_movement>,
                                                        const boost::json::value& v)
{
    detail::object_reader r(v);
    auto id = r.get<std::string>("id");
    const auto kind = r.get<movement_kind>("kind");
    auto holder = r.get<std::string>("holder");
    auto item = r.get<std::string>("item");
    const auto amount = r.get<quantity>("amount");
    const auto on = r.get_date("on");
    if (!r) return r.error();
    stock_movement m{std::move(*id), *kind,       std::move(*holder), std::move(*item), *amount, *on, {}, {},
                     std::nullopt,   std::nullopt};
    r.optional_value("counterparty", m.counterparty);
    r.optional("reverses", m.reverses);
    r.optional_date("expires", m.expires);
    if (!r) return r.error();
    return m;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const stock_ledger& x)
{
    v = boost::json::object{{"movements", boost::json::value_from(x.movements())}};
}
inline boost::system::result<stock_ledger> tag_invoke(boost::json::try_value_to_tag<stock_ledger>,
                                                      const boost::json::value& v)
{
    detail::object_reader r(v);
    std::vector<stock_movement> movements;
    r.list("movements", movements);
    if (!r) return r.error();
    return detail::to_boost(replay(movements));
}

}  // namespace minzheng
