#pragma once
// An independent model of the stock ledger, for the model-based tests (tests/aid/stock.cpp in ctest,
// bench/model_run.cpp for a million operations): per holder and item a queue of lots (no expiry dates in these
// runs, so first expiry first out is first in first out); an issue takes from the front, a transfer appends the
// portions to the receiver, a reversal puts back exactly what its movement moved.

#include <minzheng/aid/stock.hpp>

#include <cstdint>
#include <deque>
#include <map>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace minzheng::test {

/// What a stock model run found: nothing (`ok`), or the first discrepancy with the seed and step.
struct stock_run {
    bool ok = true;
    std::string what;
    std::uint64_t accepted = 0;
    std::uint64_t refused = 0;
};

/// `steps` random receipts, issues (some too large, some of nothing), transfers (some to the same holder) and
/// reversals (of anything, twice, of a reversal) on a ledger and on the model. After every operation: the ledger
/// accepted exactly what the model accepts, every holder's balance and the total issued to the receiver equal the
/// model's. At the end, the ledger replayed from its movements is the same ledger.
inline stock_run run_stock_model(std::uint64_t seed, std::uint64_t steps)
{
    struct model_lot {
        std::string id;
        std::int64_t left;
    };
    struct model_move {
        char kind;  // 'r' receipt, 'i' issue, 't' transfer, 'x' reversal
        std::string holder, item;
        std::vector<std::pair<std::string, std::int64_t>> portions;
        bool reversed = false;
    };
    stock_run out;
    std::map<std::pair<std::string, std::string>, std::deque<model_lot>> lots;
    std::map<std::pair<std::string, std::string>, std::int64_t> held;  // kept in step with lots
    std::map<std::string, std::int64_t> issued;                        // to "home", by item
    std::vector<model_move> moves;
    int lot_count = 0;
    std::mt19937_64 rng(seed);
    const auto pick = [&](std::uint64_t n) { return rng() % n; };
    const std::vector<std::string> holders{"LD", "YA", "YN"};
    const std::vector<std::string> items{"口罩", "消毒液"};
    const auto unit_of = [](const std::string& item) {
        return quantity::make(1, item == "口罩" ? builtin_unit::piece : builtin_unit::litre).value().unit();
    };
    const auto fail = [&](std::uint64_t step, std::string what) {
        out.ok = false;
        out.what = "seed " + std::to_string(seed) + ", step " + std::to_string(step) + ": " + std::move(what);
        return out;
    };
    const auto take_front = [&](const std::pair<std::string, std::string>& from, std::int64_t amount) {
        std::vector<std::pair<std::string, std::int64_t>> portions;
        auto& queue = lots[from];
        while (amount > 0 && !queue.empty()) {  // drained lots leave the queue: nothing scans them again
            auto& l = queue.front();
            if (l.left == 0) {  // emptied by the reversal of its receipt
                queue.pop_front();
                continue;
            }
            const auto take = std::min(amount, l.left);
            l.left -= take;
            amount -= take;
            portions.emplace_back(l.id, take);
            if (l.left == 0) queue.pop_front();
        }
        held[from] -= [&] {
            std::int64_t sum = 0;
            for (const auto& p : portions) sum += p.second;
            return sum;
        }();
        return portions;
    };
    stock_ledger s;
    const auto day = date(2020, 2, 1);
    for (std::uint64_t step = 1; step <= steps; ++step) {
        const auto& h = holders[pick(holders.size())];
        const auto& item = items[pick(items.size())];
        const auto amount = static_cast<std::int64_t>(pick(50));  // 0 is refused: an amount must be positive
        const auto size_before = s.movements().size();
        const auto op = pick(10);
        bool done = false;
        bool expected = false;
        const bool known = s.unit_of(item).has_value();
        if (op < 3) {
            done = s.receive(h, item, quantity::from_base(amount, unit_of(item)), day, movement_kind::donation, "donor")
                       .has_value();
            expected = amount > 0;
            if (done) {
                lots[{h, item}].push_back({"L" + std::to_string(++lot_count), amount});
                held[{h, item}] += amount;
                moves.push_back({'r', h, item, {{lots[{h, item}].back().id, amount}}});
            }
        } else if (op < 6) {
            done = s.issue(h, item, quantity::from_base(amount, unit_of(item)), day, "home").has_value();
            expected = amount > 0 && known && held[{h, item}] >= amount;
            if (done) {
                moves.push_back({'i', h, item, take_front({h, item}, amount)});
                issued[item] += amount;
            }
        } else if (op < 8) {
            const auto& to = holders[pick(holders.size())];
            done = s.transfer(h, to, item, quantity::from_base(amount, unit_of(item)), day).has_value();
            expected = amount > 0 && h != to && known && held[{h, item}] >= amount;
            if (done) {
                // The receiver gets one new lot per portion, numbered after the ledger's last lot.
                for (const auto& [id, part] : take_front({h, item}, amount)) {
                    lots[{to, item}].push_back({"L" + std::to_string(++lot_count), part});
                    held[{to, item}] += part;
                }
                moves.push_back({'t', h, item, {}});
                moves.push_back({'t', to, item, {}});  // the transfer_in half
            }
        } else if (!moves.empty()) {
            const auto k = pick(moves.size());
            auto& m = moves[k];
            expected = !m.reversed && (m.kind == 'r' || m.kind == 'i');
            auto& queue = lots[{m.holder, m.item}];
            const auto find = [&](const std::string& id) -> model_lot* {
                for (auto& l : queue)
                    if (l.id == id) return &l;
                return nullptr;
            };
            if (expected && m.kind == 'r') {
                const auto* l = find(m.portions[0].first);
                expected = l != nullptr && l->left == m.portions[0].second;
            }
            done = s.reverse("M" + std::to_string(k + 1), day).has_value();
            if (done && expected) {
                m.reversed = true;
                std::int64_t sum = 0;
                for (const auto& [lot_id, part] : m.portions) {
                    sum += part;
                    if (m.kind == 'r') {
                        find(lot_id)->left -= part;
                    } else if (auto* l = find(lot_id)) {
                        l->left += part;
                    } else {
                        // The lot had been drained and left the queue: it comes back at its place in the order.
                        const auto number = std::stoi(lot_id.substr(1));
                        auto at = queue.begin();
                        while (at != queue.end() && std::stoi(at->id.substr(1)) < number) ++at;
                        queue.insert(at, {lot_id, part});
                    }
                }
                held[{m.holder, m.item}] += m.kind == 'r' ? -sum : sum;
                if (m.kind == 'i') issued[m.item] -= sum;
                if (m.kind == 'r') {
                    while (!queue.empty() && queue.front().left == 0) queue.pop_front();
                }
                moves.push_back({'x', m.holder, m.item, {}});
            }
        }
        if (done != expected)
            return fail(step, std::string("operation ") + std::to_string(op) + (done ? " accepted" : " refused") +
                                  " against the model");
        if (done) {
            ++out.accepted;
        } else {
            ++out.refused;
            if (s.movements().size() != size_before) return fail(step, "a refused operation added a movement");
        }
        if (s.movements().size() != moves.size()) return fail(step, "movement counts differ");
        for (const auto& hh : holders) {
            for (const auto& it : items) {
                const auto b = s.balance(hh, it);
                if (b && b->base_amount() != held[{hh, it}]) return fail(step, "the balance of " + hh + " differs");
            }
        }
        for (const auto& it : items) {
            const auto t = s.issued_to("home", it);
            if (t && t->base_amount() != issued[it]) return fail(step, "the total issued to home differs");
        }
    }
    const auto again = replay(s.movements());
    if (!again || again->lots() != s.lots() || again->movements() != s.movements())
        return fail(steps, "the ledger replayed from its movements differs");
    return out;
}

}  // namespace minzheng::test
