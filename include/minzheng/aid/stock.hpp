#pragma once
// 物资库存 — in-kind supplies (masks, litres of disinfectant, leaflets, thermometers) held by the bureau and its
// institutions: purchases and donations in, issues out, transfers between holders, in lots with expiry dates
// issued first-expiry-first-out. A stock never goes negative: an issue that would is refused, not clamped, and a
// refused operation leaves the ledger exactly as it was. Units must match or convert exactly. Corrections are
// reversals that restore the balances exactly.

#include <minzheng/core/date.hpp>
#include <minzheng/core/error.hpp>
#include <minzheng/core/quantity.hpp>
#include <minzheng/rules/context.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace minzheng {

/// How stock moved.
enum class movement_kind {
    purchase,      ///< 采购
    donation,      ///< 受赠
    issue,         ///< 发放 (to an institution or a person)
    transfer_out,  ///< 调出 to another holder
    transfer_in,   ///< 调入 from another holder
    reversal,      ///< 冲销 of an earlier movement
};

/// A lot (批次) of an item held by a holder.
struct stock_lot {
    std::string id;
    std::string holder;
    std::string item;
    quantity remaining;
    std::optional<date> expires;  ///< for perishable items (disinfectant, medicines)
    date received;

    friend bool operator==(const stock_lot&, const stock_lot&) = default;
};

/// One movement, with the lots it drew from or added to.
struct stock_movement {
    std::string id;
    movement_kind kind = movement_kind::purchase;
    std::string holder;
    std::string item;
    quantity amount;  ///< positive; the kind says the direction
    date on;
    std::string counterparty;  ///< supplier, donor, receiving institution or person, other holder
    std::vector<std::pair<std::string, quantity>> lots;  ///< lot id and the amount taken from or put in it
    std::optional<std::string> reverses;
    std::optional<date> expires;  ///< of the lot a receipt created

    friend bool operator==(const stock_movement&, const stock_movement&) = default;
};

/// 物资台账 — the stock ledger of a county's holders.
class stock_ledger {
public:
    /// Receives `amount` of `item` into a new lot of `holder`. The item's unit is fixed by its first receipt; later
    /// amounts must convert exactly. Errors: `incompatible_units`, `inexact_conversion`, `negative_count` (an
    /// amount ≤ 0). Returns the movement's id.
    [[nodiscard]] result<std::string> receive(const std::string& holder, const std::string& item,
                                              const quantity& amount, date on, movement_kind kind,
                                              const std::string& from, std::optional<date> expires = std::nullopt);
    /// Issues `amount` to `to`, first-expiry-first-out among lots not expired on `on`. Errors:
    /// `insufficient_stock` (the ledger is unchanged), `unknown_reference` (no such item), unit errors,
    /// `negative_count`.
    [[nodiscard]] result<std::string> issue(const std::string& holder, const std::string& item, const quantity& amount,
                                            date on, const std::string& to);
    /// Moves `amount` from one holder to another, keeping lots and expiry dates. Errors as issue().
    [[nodiscard]] result<std::string> transfer(const std::string& from, const std::string& to, const std::string& item,
                                               const quantity& amount, date on);
    /// Reverses a receipt or an issue, restoring the lots exactly: a receipt can be reversed only while its lot
    /// still holds it all (`insufficient_stock` otherwise). Errors: `unknown_reference`, `illegal_transition`
    /// (already reversed, a reversal of a reversal, or a transfer, which is corrected by a transfer back).
    [[nodiscard]] result<std::string> reverse(const std::string& movement_id, date on);

    /// The holder's balance of an item now (in the item's unit); zero of the unit for an unknown holder.
    [[nodiscard]] result<quantity> balance(const std::string& holder, const std::string& item) const;
    /// Total issued to `to` (any holder), e.g. the 250 L of disinfectant a home received.
    [[nodiscard]] result<quantity> issued_to(const std::string& to, const std::string& item) const;
    /// Total issued by holders whose id starts with `holder_prefix`, within `days`.
    [[nodiscard]] result<quantity> issued(const std::string& item, const std::string& holder_prefix,
                                          const period& days) const;

    [[nodiscard]] const std::vector<stock_lot>& lots() const& noexcept { return lots_; }
    [[nodiscard]] const std::vector<stock_movement>& movements() const& noexcept { return movements_; }
    // Views of this ledger: of a temporary they would dangle.
    const std::vector<stock_lot>& lots() const&& = delete;
    const std::vector<stock_movement>& movements() const&& = delete;
    [[nodiscard]] std::optional<unit> unit_of(const std::string& item) const;

private:
    [[nodiscard]] result<quantity> in_item_unit(const std::string& item, const quantity& q) const;
    [[nodiscard]] std::string next_id(std::string_view prefix) const;
    [[nodiscard]] bool is_reversed(const std::string& movement_id) const;

    std::map<std::string, unit> units_;  // item -> its unit
    std::vector<stock_lot> lots_;
    std::vector<stock_movement> movements_;
};

/// Rebuilds a ledger by replaying `movements` through receive, issue, transfer and reverse, so a loaded ledger
/// keeps every invariant (no negative stock, units, one reversal each). Movement ids are reassigned in order and
/// must match the ones given (`unknown_reference` otherwise, as for a reversal of an unknown movement); the first
/// refused movement's error is returned.
[[nodiscard]] result<stock_ledger> replay(const std::vector<stock_movement>& movements);

/// AID-020: expired stock still on hand on the context's date, one finding per lot.
void check(const stock_ledger& s, rule_context& c);

// ---- implementation --------------------------------------------------------------------------------------

inline std::optional<unit> stock_ledger::unit_of(const std::string& item) const
{
    const auto it = units_.find(item);
    if (it == units_.end()) return std::nullopt;
    return it->second;
}

inline result<quantity> stock_ledger::in_item_unit(const std::string& item, const quantity& q) const
{
    const auto u = unit_of(item);
    if (!u) return q;
    if (!q.unit().same_dimension(*u)) return error::incompatible_units;
    // Every unit's factor is 2^a·5^b, so the amount prints exactly in the item's unit (0.5 L for 500 mL).
    return quantity::from_base(q.base_amount(), *u);
}

inline std::string stock_ledger::next_id(std::string_view prefix) const
{
    return std::string(prefix) + std::to_string(movements_.size() + 1);
}

inline result<std::string> stock_ledger::receive(const std::string& holder, const std::string& item,
                                                 const quantity& amount, date on, movement_kind kind,
                                                 const std::string& from, std::optional<date> expires)
{
    if (amount.is_zero() || amount.is_negative()) return error::negative_count;
    auto q = in_item_unit(item, amount);
    if (!q) return q.error();
    units_.try_emplace(item, q->unit());
    const auto id = next_id("M");
    const auto lot_id = "L" + std::to_string(lots_.size() + 1);
    lots_.push_back({lot_id, holder, item, *q, expires, on});
    movements_.push_back({id, kind, holder, item, *q, on, from, {{lot_id, *q}}, std::nullopt, expires});
    return id;
}

inline result<std::string> stock_ledger::issue(const std::string& holder, const std::string& item,
                                               const quantity& amount, date on, const std::string& to)
{
    if (!unit_of(item)) return error::unknown_reference;
    if (amount.is_zero() || amount.is_negative()) return error::negative_count;
    auto want = in_item_unit(item, amount);
    if (!want) return want.error();
    // First expiry first out among lots usable on `on`; lots without expiry last, oldest first.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < lots_.size(); ++i) {
        const auto& l = lots_[i];
        if (l.holder == holder && l.item == item && !l.remaining.is_zero() && (!l.expires || *l.expires >= on) &&
            l.received <= on)
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const auto& x = lots_[a].expires;
        const auto& y = lots_[b].expires;
        if (x && y) return *x < *y;
        return x.has_value() && !y.has_value();
    });
    // Plan first; change nothing unless the whole amount is there.
    std::vector<std::pair<std::size_t, std::int64_t>> plan;
    std::int64_t left = want->base_amount();
    for (const auto i : order) {
        if (left == 0) break;
        const auto take = std::min(left, lots_[i].remaining.base_amount());
        plan.emplace_back(i, take);
        left -= take;
    }
    if (left > 0) return error::insufficient_stock;
    stock_movement m{next_id("M"), movement_kind::issue, holder, item, *want, on, to, {}, std::nullopt, std::nullopt};
    for (const auto& [i, take] : plan) {
        const auto portion = quantity::from_base(take, lots_[i].remaining.unit());
        lots_[i].remaining = quantity::from_base(lots_[i].remaining.base_amount() - take, lots_[i].remaining.unit());
        m.lots.emplace_back(lots_[i].id, portion);
    }
    auto id = m.id;
    movements_.push_back(std::move(m));
    return id;
}

inline result<std::string> stock_ledger::transfer(const std::string& from, const std::string& to,
                                                  const std::string& item, const quantity& amount, date on)
{
    if (from == to) return error::illegal_transition;
    auto out = issue(from, item, amount, on, to);
    if (!out) return out.error();
    // The issue becomes a transfer out; the lots it drew move to the receiving holder with their expiry dates.
    auto& m = movements_.back();
    m.kind = movement_kind::transfer_out;
    stock_movement in{next_id("M"), movement_kind::transfer_in, to, item, m.amount, on, from, {}, std::nullopt,
                      std::nullopt};
    const auto drawn = m.lots;
    for (const auto& [lot_id, portion] : drawn) {
        const std::string& wanted = lot_id;  // lambdas may not capture structured bindings (clang 14)
        const auto source =
            std::find_if(lots_.begin(), lots_.end(), [&](const stock_lot& l) { return l.id == wanted; });
        const auto new_id = "L" + std::to_string(lots_.size() + 1);
        const auto expires = source->expires;
        lots_.push_back({new_id, to, item, portion, expires, on});
        in.lots.emplace_back(new_id, portion);
    }
    movements_.push_back(std::move(in));
    return *out;
}

inline result<std::string> stock_ledger::reverse(const std::string& movement_id, date on)
{
    const auto it = std::find_if(movements_.begin(), movements_.end(),
                                 [&](const stock_movement& m) { return m.id == movement_id; });
    if (it == movements_.end()) return error::unknown_reference;
    if (it->kind == movement_kind::reversal) return error::illegal_transition;
    if (is_reversed(movement_id)) return error::illegal_transition;
    const auto find_lot = [&](const std::string& id) {
        return std::find_if(lots_.begin(), lots_.end(), [&](const stock_lot& l) { return l.id == id; });
    };
    const bool inbound = it->kind == movement_kind::purchase || it->kind == movement_kind::donation ||
                         it->kind == movement_kind::transfer_in;
    // Check first, then change: a refused reversal leaves everything as it was.
    if (inbound) {
        for (const auto& [lot_id, portion] : it->lots) {
            if (find_lot(lot_id)->remaining.base_amount() < portion.base_amount()) return error::insufficient_stock;
        }
    }
    // A transfer is corrected by a transfer back, which keeps both holders' lots honest.
    if (it->kind == movement_kind::transfer_out || it->kind == movement_kind::transfer_in)
        return error::illegal_transition;
    stock_movement r{next_id("M"), movement_kind::reversal, it->holder, it->item,    it->amount,
                     on,           it->counterparty,        it->lots,   movement_id, std::nullopt};
    for (const auto& [lot_id, portion] : it->lots) {
        auto lot = find_lot(lot_id);
        const auto sign = inbound ? -1 : 1;
        lot->remaining =
            quantity::from_base(lot->remaining.base_amount() + sign * portion.base_amount(), lot->remaining.unit());
    }
    auto id = r.id;
    movements_.push_back(std::move(r));
    return id;
}

inline result<quantity> stock_ledger::balance(const std::string& holder, const std::string& item) const
{
    const auto u = unit_of(item);
    if (!u) return error::unknown_reference;
    std::int64_t base = 0;
    for (const auto& l : lots_) {
        if (l.holder == holder && l.item == item) base += l.remaining.base_amount();
    }
    return quantity::from_base(base, *u);
}

inline bool stock_ledger::is_reversed(const std::string& id) const
{
    return std::any_of(movements_.begin(), movements_.end(),
                       [&](const stock_movement& x) { return x.reverses && *x.reverses == id; });
}

inline result<quantity> stock_ledger::issued_to(const std::string& to, const std::string& item) const
{
    const auto u = unit_of(item);
    if (!u) return error::unknown_reference;
    std::int64_t base = 0;
    for (const auto& m : movements_) {
        if (m.item == item && m.counterparty == to && m.kind == movement_kind::issue && !is_reversed(m.id))
            base += m.amount.base_amount();
    }
    return quantity::from_base(base, *u);
}

inline result<quantity> stock_ledger::issued(const std::string& item, const std::string& holder_prefix,
                                             const period& days) const
{
    const auto u = unit_of(item);
    if (!u) return error::unknown_reference;
    std::int64_t base = 0;
    for (const auto& m : movements_) {
        if (m.item != item || m.kind != movement_kind::issue || !m.holder.starts_with(holder_prefix) ||
            !days.contains(m.on))
            continue;
        if (!is_reversed(m.id)) base += m.amount.base_amount();
    }
    return quantity::from_base(base, *u);
}

inline result<stock_ledger> replay(const std::vector<stock_movement>& movements)
{
    stock_ledger s;
    for (std::size_t i = 0; i < movements.size(); ++i) {
        const auto& m = movements[i];
        if (s.movements().size() != i) return error::event_out_of_order;
        result<std::string> done = error::unknown_reference;
        switch (m.kind) {
        case movement_kind::purchase:
        case movement_kind::donation:
            done = s.receive(m.holder, m.item, m.amount, m.on, m.kind, m.counterparty, m.expires);
            break;
        case movement_kind::issue: done = s.issue(m.holder, m.item, m.amount, m.on, m.counterparty); break;
        case movement_kind::transfer_out:
            done = s.transfer(m.holder, m.counterparty, m.item, m.amount, m.on);
            if (done) {
                // The transfer_in half is made by transfer(); the file's must say the same.
                if (i + 1 >= movements.size()) return error::illegal_transition;
                const auto& given = movements[i + 1];
                const auto& made = s.movements().back();
                if (given.kind != made.kind || given.holder != made.holder || given.item != made.item ||
                    !(given.amount == made.amount) || given.on != made.on || given.id != made.id)
                    return error::illegal_transition;
                ++i;
            }
            break;
        case movement_kind::transfer_in: return error::illegal_transition;  // only after its transfer_out
        case movement_kind::reversal:
            if (!m.reverses) return error::unknown_reference;
            done = s.reverse(*m.reverses, m.on);
            break;
        }
        if (!done) return done.error();
        if (*done != m.id) return error::unknown_reference;
    }
    return s;
}

inline void check(const stock_ledger& s, rule_context& c)
{
    for (std::size_t i = 0; i < s.lots().size(); ++i) {
        const auto& l = s.lots()[i];
        if (l.expires && *l.expires < c.on() && !l.remaining.is_zero())
            c.report("AID-020", field_path{} / "lots" / i,
                     {l.holder, l.item, l.remaining.to_string(), minzheng::to_iso_string(*l.expires)});
    }
}

}  // namespace minzheng
