#pragma once
// An independent model of what the ledger may accept, for the model-based tests (tests/donations/ledger.cpp in
// ctest, bench/ledger_model_run.cpp for a million operations). It knows only the measures' rules, written again
// from the ledger's documentation: a balance never below zero, designated money only for its beneficiary, one
// receipt at a time and none for a gift not kept, a receipt voided before its gift goes back, a gift that went
// back undone only by reversing the return, every entry reversed at most once, goods first received first out.

#include <minzheng/donations/ledger.hpp>

#include <minzheng/json/donations.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace minzheng::test {

class ledger_model {
public:
    struct fund {
        std::int64_t balance = 0;
        std::string beneficiary;  // designated for one beneficiary, or empty
        bool designated = false;
    };
    struct entry {
        entry_kind kind = entry_kind::fund_opened;
        std::string fund;
        std::string to_fund;
        std::int64_t amount = 0;  // 分 or pieces
        bool goods = false;
        bool has_value_proof = false;
        std::vector<std::pair<std::uint64_t, std::int64_t>> drawn;  // goods spent: donation, pieces
        std::uint64_t ref = 0;
        bool reversed = false;
        std::optional<std::uint64_t> receipt;   // donations: the receipt in force
        std::optional<std::uint64_t> returned;  // donations: the return in force
    };
    [[nodiscard]] static entry make(entry_kind kind, std::string f, std::string to = {}, std::int64_t amount = 0,
                                    bool goods = false, bool proof = false, std::uint64_t ref = 0)
    {
        entry e;
        e.kind = kind;
        e.fund = std::move(f);
        e.to_fund = std::move(to);
        e.amount = amount;
        e.goods = goods;
        e.has_value_proof = proof;
        e.ref = ref;
        return e;
    }

    std::map<std::string, fund> funds;
    std::vector<entry> entries;                      // entries[seq - 1]
    std::map<std::uint64_t, std::int64_t> lot_left;  // goods donation -> pieces left
    std::set<std::string> numbers;
    date last_day = date(2020, 1, 1);
    bool any_goods = false;

    [[nodiscard]] bool in_order(date on) const { return entries.empty() || on >= last_day; }
    std::map<std::string, std::int64_t> goods;  // pieces held per fund, kept in step with lot_left

    [[nodiscard]] std::int64_t goods_of(const std::string& f) const
    {
        const auto it = goods.find(f);
        return it == goods.end() ? 0 : it->second;
    }
    /// Sets a lot's pieces left, and the fund's total with it.
    void set_left(std::uint64_t seq, std::int64_t left)
    {
        auto& have = lot_left[seq];
        goods[entries[seq - 1].fund] += left - have;
        have = left;
    }

    bool open(const std::string& id, bool designated, const std::string& beneficiary, date on)
    {
        if (!in_order(on) || funds.count(id)) return false;
        funds[id] = fund{0, beneficiary, designated};
        push(make(entry_kind::fund_opened, id), on);
        return true;
    }
    bool receive_money(const std::string& f, std::int64_t fen, date on)
    {
        if (!in_order(on) || fen <= 0 || !funds.count(f)) return false;
        funds[f].balance += fen;
        push(make(entry_kind::money_received, f, "", fen), on);
        return true;
    }
    bool receive_goods(const std::string& f, std::int64_t pieces, bool proof, date on)
    {
        if (!in_order(on) || pieces <= 0 || !funds.count(f)) return false;
        auto e = make(entry_kind::goods_received, f, "", pieces, true, proof);
        push(e, on);
        lot_left[entries.size()] = 0;
        set_left(entries.size(), pieces);
        any_goods = true;
        return true;
    }
    bool spend(const std::string& f, const std::string& to, std::int64_t fen, date on)
    {
        if (!in_order(on) || fen <= 0 || !funds.count(f)) return false;
        auto& x = funds[f];
        if (!x.beneficiary.empty() && x.beneficiary != to) return false;
        if (x.balance < fen) return false;
        x.balance -= fen;
        push(make(entry_kind::disbursement, f, "", fen), on);
        return true;
    }
    bool spend_goods(const std::string& f, const std::string& to, std::int64_t pieces, date on)
    {
        if (!in_order(on) || !funds.count(f) || !any_goods) return false;
        if (!funds[f].beneficiary.empty() && funds[f].beneficiary != to) return false;
        if (pieces <= 0 || goods_of(f) < pieces) return false;
        auto e = make(entry_kind::transfer, f, "", pieces, true);
        auto left = pieces;
        for (auto& [seq, have] : lot_left) {  // by donation number: first received, first out
            if (left == 0) break;
            if (entries[seq - 1].fund != f || have == 0) continue;
            const auto take = std::min(left, have);
            left -= take;
            e.drawn.emplace_back(seq, take);
        }
        for (const auto& [seq, take] : e.drawn) set_left(seq, lot_left[seq] - take);
        push(e, on);
        return true;
    }
    bool allocate(const std::string& from, const std::string& to, std::int64_t fen, date on)
    {
        if (!in_order(on) || fen <= 0 || !funds.count(from) || !funds.count(to) || from == to) return false;
        if (funds[from].designated || funds[from].balance < fen) return false;
        funds[from].balance -= fen;
        funds[to].balance += fen;
        push(make(entry_kind::allocation, from, to, fen), on);
        return true;
    }
    bool return_to_donor(std::uint64_t seq, date on)
    {
        if (!in_order(on) || !is_donation(seq)) return false;
        auto& d = entries[seq - 1];
        if (d.reversed || d.returned || d.receipt) return false;
        if (d.goods) {
            if (lot_left[seq] != d.amount) return false;
            set_left(seq, 0);
        } else {
            if (funds[d.fund].balance < d.amount) return false;
            funds[d.fund].balance -= d.amount;
        }
        auto back = make(entry_kind::returned_to_donor, d.fund, "", d.amount, d.goods, false, seq);
        push(std::move(back), on);
        entries[seq - 1].returned = entries.size();
        return true;
    }
    bool issue_receipt(std::uint64_t seq, const std::string& number, date on)
    {
        if (!in_order(on) || !is_donation(seq)) return false;
        const auto normal = normalize_identifier(number);
        if (!normal || numbers.count(*normal)) return false;
        auto& d = entries[seq - 1];
        if (d.reversed || d.returned || d.receipt) return false;
        if (d.goods && !d.has_value_proof) return false;
        numbers.insert(*normal);
        push(make(entry_kind::receipt, d.fund, "", 0, false, false, seq), on);
        entries[seq - 1].receipt = entries.size();
        return true;
    }
    bool reverse(std::uint64_t seq, date on)
    {
        if (!in_order(on) || seq < 1 || seq > entries.size()) return false;
        auto& t = entries[seq - 1];
        if (t.kind == entry_kind::reversal || t.reversed) return false;
        switch (t.kind) {
        case entry_kind::money_received:
            if (t.receipt || t.returned || funds[t.fund].balance < t.amount) return false;
            funds[t.fund].balance -= t.amount;
            break;
        case entry_kind::goods_received:
            if (t.receipt || t.returned || lot_left[seq] != t.amount) return false;
            set_left(seq, 0);
            break;
        case entry_kind::allocation:
            if (funds[t.to_fund].balance < t.amount) return false;
            funds[t.to_fund].balance -= t.amount;
            funds[t.fund].balance += t.amount;
            break;
        case entry_kind::disbursement:
        case entry_kind::transfer:
            if (t.goods) {
                for (const auto& [gift, pieces] : t.drawn) set_left(gift, lot_left[gift] + pieces);
            } else {
                funds[t.fund].balance += t.amount;
            }
            break;
        case entry_kind::returned_to_donor:
            if (t.goods) {
                set_left(t.ref, t.amount);
            } else {
                funds[t.fund].balance += t.amount;
            }
            entries[t.ref - 1].returned.reset();
            break;
        case entry_kind::receipt: entries[t.ref - 1].receipt.reset(); break;
        default: return false;  // funds, purposes, disclosures stand
        }
        entries[seq - 1].reversed = true;
        push(make(entry_kind::reversal, t.fund, "", 0, false, false, seq), on);
        return true;
    }

private:
    [[nodiscard]] bool is_donation(std::uint64_t seq) const
    {
        if (seq < 1 || seq > entries.size()) return false;
        const auto k = entries[seq - 1].kind;
        return k == entry_kind::money_received || k == entry_kind::goods_received;
    }
    void push(entry e, date on)
    {
        entries.push_back(std::move(e));
        last_day = on;
    }
};

/// What a model run found: nothing (`ok`), or the first discrepancy with the step and seed that reproduce it.
struct model_run {
    bool ok = true;
    std::uint64_t step = 0;
    std::string what;
    std::uint64_t accepted = 0;
    std::uint64_t refused = 0;
};

/// `steps` random operations (valid, invalid, duplicate, reversing and out of order) on a ledger and on the model
/// side by side, from `seed`. After every operation: the ledger accepted exactly what the model accepts; a refused
/// operation left the entry count and the chain's head unchanged; every fund's money and goods equal the model's.
/// Every `deep_every` steps also: the chain verifies, and the ledger written as JSON Lines reads back identical.
/// Goods balances are compared every `goods_every` steps (every one by default).
inline model_run run_ledger_model(std::uint64_t seed, std::uint64_t steps, std::uint64_t deep_every,
                                  std::uint64_t goods_every = 1)
{
    model_run out;
    std::mt19937_64 rng(seed);
    const auto pick = [&](std::uint64_t n) { return rng() % n; };
    donation_ledger l;
    ledger_model m;
    const std::vector<std::string> funds{"general", "other", "home", "nowhere"};
    const std::vector<std::string> places{"YN-JLY", "YN-JZZ", "某院"};
    const auto piece = quantity::make(1, builtin_unit::piece).value().unit();
    auto day = date(2020, 1, 28);
    const auto fail = [&](std::uint64_t step, std::string what) {
        out.ok = false;
        out.step = step;
        out.what = "seed " + std::to_string(seed) + ", step " + std::to_string(step) + ": " + std::move(what);
        return out;
    };
    const auto opened = l.open_fund("general", fund_kind::general, "疫情防控", "", day).has_value() &&
                        l.open_fund("other", fund_kind::general, "其他", "", day).has_value() &&
                        l.open_fund("home", fund_kind::designated, "敬老院防疫", "YN-JLY", day).has_value();
    m.open("general", false, "", day);
    m.open("other", false, "", day);
    m.open("home", true, "YN-JLY", day);
    if (!opened) return fail(0, "the funds did not open");
    for (std::uint64_t step = 1; step <= steps; ++step) {
        if (pick(20) == 0) day += boost::gregorian::days(1);
        // One operation in 50 is dated the day before the last entry: refused as out of order.
        const auto on = pick(50) == 0 ? day - boost::gregorian::days(1) : day;
        const auto& f = funds[pick(funds.size())];
        const auto fen = static_cast<std::int64_t>(pick(200'000)) - 1'000;
        const auto pieces = static_cast<std::int64_t>(pick(400)) - 20;
        const auto seq = 1 + pick(m.entries.size() + 3);  // sometimes past the end
        const auto count_before = l.entries().size();
        const auto head_before = std::string(l.head_hash());
        bool done = false;
        bool expected = false;
        std::string op;
        switch (pick(9)) {
        case 0:
            op = "receive_money";
            done = l.receive_money(f, donor{}, money::from_fen(fen), on).has_value();
            expected = m.receive_money(f, fen, on);
            break;
        case 1: {
            op = "receive_goods";
            const bool proof = pick(2) == 0;
            done = l.receive_goods(
                        f, donor{}, "口罩", quantity::from_base(pieces, piece),
                        proof ? std::optional<money>(money::from_fen(std::max<std::int64_t>(fen, 0))) : std::nullopt,
                        proof ? value_basis::invoice : value_basis::none, on)
                       .has_value();
            expected = m.receive_goods(f, pieces, proof, on);
            break;
        }
        case 2: {
            op = "spend";
            const auto& to = places[pick(places.size())];
            done = l.spend(entry_kind::disbursement, f, to, money::from_fen(fen), on).has_value();
            expected = m.spend(f, to, fen, on);
            break;
        }
        case 3: {
            op = "spend_goods";
            const auto& to = places[pick(places.size())];
            done =
                l.spend_goods(entry_kind::transfer, f, "口罩", quantity::from_base(pieces, piece), to, on).has_value();
            expected = m.spend_goods(f, to, pieces, on);
            break;
        }
        case 4: {
            op = "allocate";
            const auto& to = funds[pick(funds.size())];
            done = l.allocate(f, to, money::from_fen(fen), on).has_value();
            expected = m.allocate(f, to, fen, on);
            break;
        }
        case 5:
        case 6:
            op = "reverse " + std::to_string(seq);
            done = l.reverse(seq, on, "test").has_value();
            expected = m.reverse(seq, on);
            break;
        case 7:
            op = "return_to_donor " + std::to_string(seq);
            done = l.return_to_donor(seq, on).has_value();
            expected = m.return_to_donor(seq, on);
            break;
        default: {
            // Numbers repeat, and come with outer spaces or in full width: one number in every form.
            const auto n = pick(2'000);
            const auto number = (pick(4) == 0 ? " N" : "N") + std::to_string(n) + (pick(4) == 0 ? " " : "");
            op = "issue_receipt " + std::to_string(seq) + " '" + number + "'";
            done = l.issue_receipt(seq, number, on).has_value();
            expected = m.issue_receipt(seq, number, on);
            break;
        }
        }
        if (done != expected)
            return fail(step,
                        op + (done ? " was accepted; the model refuses it" : " was refused; the model accepts it"));
        if (done) {
            ++out.accepted;
        } else {
            ++out.refused;
            if (l.entries().size() != count_before || l.head_hash() != head_before)
                return fail(step, op + " was refused but changed the ledger");
        }
        if (l.entries().size() != m.entries.size()) return fail(step, "entry counts differ after " + op);
        for (const auto& [name, x] : m.funds) {
            if (l.balance(name).fen() != x.balance)
                return fail(step, "the balance of " + name + " differs after " + op);
            if (step % goods_every != 0) continue;
            const auto goods = l.goods_balance(name, "口罩");
            if ((goods ? goods->base_amount() : 0) != m.goods_of(name))
                return fail(step, "the goods of " + name + " differ after " + op);
        }
        if (step % deep_every == 0) {
            if (!l.verify()) return fail(step, "the chain does not verify");
            const auto back = ledger_from_jsonl(to_jsonl(l));
            if (!back.value || back.value->entries() != l.entries() || back.value->head_hash() != l.head_hash())
                return fail(step, "the ledger written out does not read back identical");
        }
    }
    return out;
}

}  // namespace minzheng::test
