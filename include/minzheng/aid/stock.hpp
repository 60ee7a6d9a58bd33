#pragma once
// 物资库存 — in-kind supplies (masks, litres of disinfectant, leaflets, thermometers) held by the bureau and its
// institutions: purchases and donations in, issues out, transfers between holders, in lots with expiry dates
// issued first-expiry-first-out. A stock never goes negative: an issue that would is refused, not clamped, and a
// refused operation leaves the ledger exactly as it was. Units must match or convert exactly. Corrections are
// reversals that restore the balances exactly. Balances, totals issued to a receiver, reversal state and the
// first-expiry-first-out choice of lots are kept in indexes, so each operation costs O(log n) in the number of
// movements, whatever the history's length.

#include <minzheng/core/date.hpp>
#include <minzheng/core/error.hpp>
#include <minzheng/core/quantity.hpp>
#include <minzheng/rules/context.hpp>

#include <minzheng/core/rounding.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
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
    /// amount ≤ 0), `overflow` (the holder's balance of the item would not be representable). Returns the
    /// movement's id.
    [[nodiscard]] result<std::string> receive(const std::string& holder, const std::string& item,
                                              const quantity& amount, date on, movement_kind kind,
                                              const std::string& from, std::optional<date> expires = std::nullopt);
    /// Issues `amount` to `to`, first-expiry-first-out among lots not expired on `on`. Errors:
    /// `insufficient_stock` (the ledger is unchanged), `unknown_reference` (no such item), unit errors,
    /// `negative_count`.
    [[nodiscard]] result<std::string> issue(const std::string& holder, const std::string& item, const quantity& amount,
                                            date on, const std::string& to);
    /// Moves `amount` from one holder to another, keeping lots and expiry dates. Errors as issue(), and
    /// `overflow` as receive() for the receiving holder.
    [[nodiscard]] result<std::string> transfer(const std::string& from, const std::string& to, const std::string& item,
                                               const quantity& amount, date on);
    /// Reverses a receipt or an issue, restoring the lots exactly: a receipt can be reversed only while its lot
    /// still holds it all (`insufficient_stock` otherwise). Errors: `unknown_reference`, `illegal_transition`
    /// (already reversed, a reversal of a reversal, or a transfer, which is corrected by a transfer back),
    /// `overflow` (restoring an issue would take the holder's balance past what is representable).
    [[nodiscard]] result<std::string> reverse(const std::string& movement_id, date on);

    /// The holder's balance of an item now (in the item's unit); zero of the unit for an unknown holder. O(log n).
    [[nodiscard]] result<quantity> balance(const std::string& holder, const std::string& item) const;
    /// Total issued to `to` (any holder), e.g. the 250 L of disinfectant a home received. O(log n); `overflow` for
    /// a total past what a quantity holds.
    [[nodiscard]] result<quantity> issued_to(const std::string& to, const std::string& item) const;
    /// Total issued by holders whose id starts with `holder_prefix`, within `days`. A report: O(n).
    [[nodiscard]] result<quantity> issued(const std::string& item, const std::string& holder_prefix,
                                          const period& days) const;

    [[nodiscard]] const std::vector<stock_lot>& lots() const& noexcept { return lots_; }
    [[nodiscard]] const std::vector<stock_movement>& movements() const& noexcept { return movements_; }
    // Views of this ledger: of a temporary they would dangle.
    const std::vector<stock_lot>& lots() const&& = delete;
    const std::vector<stock_movement>& movements() const&& = delete;
    [[nodiscard]] std::optional<unit> unit_of(const std::string& item) const;

private:
    using holding = std::pair<std::string, std::string>;  // (holder or receiver, item)
    /// First expiry first out: lots with an expiry date by that date, then lots without one, each in the order
    /// received (the lot's index).
    using fefo_key = std::tuple<bool, long, std::size_t>;  // (no expiry, expiry day number, lot index)

    [[nodiscard]] result<quantity> in_item_unit(const std::string& item, const quantity& q) const;
    [[nodiscard]] std::string next_id(std::string_view prefix) const;
    [[nodiscard]] bool is_reversed(const std::string& movement_id) const;
    [[nodiscard]] static fefo_key key_of(const stock_lot& l, std::size_t index);
    [[nodiscard]] static bool fits(detail::int128 v) noexcept
    {
        return v >= 0 && v <= std::numeric_limits<std::int64_t>::max();
    }
    void add_lot(stock_lot lot);
    /// Sets a lot's remaining amount and keeps the balance and the FEFO index in step.
    void set_remaining(std::size_t lot_index, std::int64_t base);

    std::map<std::string, unit> units_;  // item -> its unit
    std::vector<stock_lot> lots_;
    std::vector<stock_movement> movements_;
    // Indexes, derived from the three above and kept in step by every operation.
    std::unordered_map<std::string, std::size_t> movement_at_;  // movement id -> index
    std::unordered_map<std::string, std::size_t> lot_at_;       // lot id -> index
    std::unordered_set<std::string> reversed_;                  // ids of movements reversed
    std::map<holding, detail::int128> balance_;                 // base amount held
    std::map<holding, detail::int128> issued_to_;               // base amount issued to a receiver, not reversed
    std::map<holding, std::set<fefo_key>> open_lots_;           // lots that still hold some stock
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

inline stock_ledger::fefo_key stock_ledger::key_of(const stock_lot& l, std::size_t index)
{
    return {!l.expires.has_value(), l.expires ? static_cast<long>(l.expires->day_number()) : 0L, index};
}

inline void stock_ledger::add_lot(stock_lot lot)
{
    const auto index = lots_.size();
    lot_at_.emplace(lot.id, index);
    const holding h{lot.holder, lot.item};
    balance_[h] += lot.remaining.base_amount();
    if (!lot.remaining.is_zero()) open_lots_[h].insert(key_of(lot, index));
    lots_.push_back(std::move(lot));
}

inline void stock_ledger::set_remaining(std::size_t lot_index, std::int64_t base)
{
    auto& l = lots_[lot_index];
    const holding h{l.holder, l.item};
    balance_[h] += detail::int128{base} - l.remaining.base_amount();
    auto& open = open_lots_[h];
    if (base == 0) {
        open.erase(key_of(l, lot_index));
    } else {
        open.insert(key_of(l, lot_index));
    }
    l.remaining = quantity::from_base(base, l.remaining.unit());
}

inline result<std::string> stock_ledger::receive(const std::string& holder, const std::string& item,
                                                 const quantity& amount, date on, movement_kind kind,
                                                 const std::string& from, std::optional<date> expires)
{
    if (amount.is_zero() || amount.is_negative()) return error::negative_count;
    auto q = in_item_unit(item, amount);
    if (!q) return q.error();
    if (const auto b = balance_.find({holder, item}); b != balance_.end() && !fits(b->second + q->base_amount()))
        return error::overflow;
    units_.try_emplace(item, q->unit());
    const auto id = next_id("M");
    const auto lot_id = "L" + std::to_string(lots_.size() + 1);
    add_lot({lot_id, holder, item, *q, expires, on});
    movement_at_.emplace(id, movements_.size());
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
    // Plan first; change nothing unless the whole amount is there. The FEFO index starts at the first lot still
    // usable on `on` (expired lots are skipped by the lookup, not by a scan); a lot received after `on` is passed.
    std::vector<std::pair<std::size_t, std::int64_t>> plan;
    std::int64_t left = want->base_amount();
    if (const auto open = open_lots_.find({holder, item}); open != open_lots_.end()) {
        for (auto it = open->second.lower_bound({false, static_cast<long>(on.day_number()), 0});
             it != open->second.end() && left > 0; ++it) {
            const auto i = std::get<2>(*it);
            if (lots_[i].received > on) continue;
            const auto take = std::min(left, lots_[i].remaining.base_amount());
            plan.emplace_back(i, take);
            left -= take;
        }
    }
    if (left > 0) return error::insufficient_stock;
    if (const auto t = issued_to_.find({to, item}); t != issued_to_.end() && !fits(t->second + want->base_amount()))
        return error::overflow;
    stock_movement m{next_id("M"), movement_kind::issue, holder, item, *want, on, to, {}, std::nullopt, std::nullopt};
    for (const auto& [i, take] : plan) {
        m.lots.emplace_back(lots_[i].id, quantity::from_base(take, lots_[i].remaining.unit()));
        set_remaining(i, lots_[i].remaining.base_amount() - take);
    }
    issued_to_[{to, item}] += want->base_amount();
    auto id = m.id;
    movement_at_.emplace(id, movements_.size());
    movements_.push_back(std::move(m));
    return id;
}

inline result<std::string> stock_ledger::transfer(const std::string& from, const std::string& to,
                                                  const std::string& item, const quantity& amount, date on)
{
    if (from == to) return error::illegal_transition;
    if (const auto want = in_item_unit(item, amount); want) {
        if (const auto b = balance_.find({to, item}); b != balance_.end() && !fits(b->second + want->base_amount()))
            return error::overflow;
    }
    auto out = issue(from, item, amount, on, to);
    if (!out) return out.error();
    // The issue becomes a transfer out (so not a total issued to a receiver); the lots it drew move to the
    // receiving holder with their expiry dates.
    auto& m = movements_.back();
    m.kind = movement_kind::transfer_out;
    issued_to_[{to, item}] -= m.amount.base_amount();
    stock_movement in{next_id("M"), movement_kind::transfer_in, to, item, m.amount, on, from, {}, std::nullopt,
                      std::nullopt};
    const auto drawn = m.lots;
    for (const auto& [lot_id, portion] : drawn) {
        const auto expires = lots_[lot_at_.at(lot_id)].expires;
        const auto new_id = "L" + std::to_string(lots_.size() + 1);
        add_lot({new_id, to, item, portion, expires, on});
        in.lots.emplace_back(new_id, portion);
    }
    movement_at_.emplace(in.id, movements_.size());
    movements_.push_back(std::move(in));
    return *out;
}

inline result<std::string> stock_ledger::reverse(const std::string& movement_id, date on)
{
    const auto at = movement_at_.find(movement_id);
    if (at == movement_at_.end()) return error::unknown_reference;
    const auto& original = movements_[at->second];
    if (original.kind == movement_kind::reversal) return error::illegal_transition;
    if (is_reversed(movement_id)) return error::illegal_transition;
    // A transfer is corrected by a transfer back, which keeps both holders' lots honest.
    if (original.kind == movement_kind::transfer_out || original.kind == movement_kind::transfer_in)
        return error::illegal_transition;
    const bool inbound = original.kind == movement_kind::purchase || original.kind == movement_kind::donation;
    // Check first, then change: a refused reversal leaves everything as it was.
    detail::int128 restored = 0;
    for (const auto& [lot_id, portion] : original.lots) {
        const auto& lot = lots_[lot_at_.at(lot_id)];
        if (inbound && lot.remaining.base_amount() < portion.base_amount()) return error::insufficient_stock;
        restored += portion.base_amount();
    }
    if (!inbound && !fits(balance_[{original.holder, original.item}] + restored)) return error::overflow;
    stock_movement r{next_id("M"), movement_kind::reversal, original.holder, original.item, original.amount,
                     on,           original.counterparty,   original.lots,   movement_id,   std::nullopt};
    for (const auto& [lot_id, portion] : original.lots) {
        const auto i = lot_at_.at(lot_id);
        const auto sign = inbound ? -1 : 1;
        set_remaining(i, lots_[i].remaining.base_amount() + sign * portion.base_amount());
    }
    if (original.kind == movement_kind::issue) issued_to_[{original.counterparty, original.item}] -= restored;
    reversed_.insert(movement_id);
    auto id = r.id;
    movement_at_.emplace(id, movements_.size());
    movements_.push_back(std::move(r));
    return id;
}

inline result<quantity> stock_ledger::balance(const std::string& holder, const std::string& item) const
{
    const auto u = unit_of(item);
    if (!u) return error::unknown_reference;
    const auto b = balance_.find({holder, item});
    if (b == balance_.end()) return quantity::from_base(0, *u);
    return quantity::from_base(static_cast<std::int64_t>(b->second), *u);  // receive() keeps it within int64
}

inline bool stock_ledger::is_reversed(const std::string& id) const
{
    return reversed_.count(id) != 0;
}

inline result<quantity> stock_ledger::issued_to(const std::string& to, const std::string& item) const
{
    const auto u = unit_of(item);
    if (!u) return error::unknown_reference;
    const auto t = issued_to_.find({to, item});
    if (t == issued_to_.end()) return quantity::from_base(0, *u);
    if (!fits(t->second)) return error::overflow;
    return quantity::from_base(static_cast<std::int64_t>(t->second), *u);
}

inline result<quantity> stock_ledger::issued(const std::string& item, const std::string& holder_prefix,
                                             const period& days) const
{
    const auto u = unit_of(item);
    if (!u) return error::unknown_reference;
    detail::int128 base = 0;
    for (const auto& m : movements_) {
        if (m.item != item || m.kind != movement_kind::issue || !m.holder.starts_with(holder_prefix) ||
            !days.contains(m.on))
            continue;
        if (!is_reversed(m.id)) base += m.amount.base_amount();
    }
    if (!fits(base)) return error::overflow;
    return quantity::from_base(static_cast<std::int64_t>(base), *u);
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
