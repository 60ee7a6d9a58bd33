#pragma once
// 捐赠物资去向 — the trail of donated goods across the donation ledger and the aid stock: donor → receipt → the
// gift (its lot in the ledger) → transfers out of the ledger → the stock lots they entered → issues to
// institutions and persons. The modules know each other only by ids: a stock receipt records the ledger entry it
// came from as its counterparty, written `donation_entry_ref(seq)`.

#include <minzheng/aid/stock.hpp>
#include <minzheng/core/quantity.hpp>
#include <minzheng/donations/ledger.hpp>

#include <optional>
#include <string>
#include <vector>

namespace minzheng {

/// How a stock receipt names the donation-ledger entry its goods came from: "donation-entry:<seq>".
[[nodiscard]] inline std::string donation_entry_ref(std::uint64_t seq)
{
    return "donation-entry:" + std::to_string(seq);
}

/// One step of a trail.
struct trail_step {
    std::string what;  ///< "receipt", "ledger", "stock-in", "issue"
    std::string to;    ///< the receiving party (holder, institution, person) or the receipt number
    std::optional<quantity> amount;
    date on;
};

/// Where the goods of `donation` went: its receipt, the ledger's transfers and disbursements that drew from it,
/// and for each of those that a stock ledger received (by `donation_entry_ref`), the issues out of those lots.
[[nodiscard]] std::vector<trail_step> goods_trail(const donation_ledger& donations, std::uint64_t donation,
                                                  const stock_ledger& stock);

// ---- implementation --------------------------------------------------------------------------------------

inline std::vector<trail_step> goods_trail(const donation_ledger& donations, std::uint64_t donation,
                                           const stock_ledger& stock)
{
    std::vector<trail_step> out;
    for (const auto& e : donations.entries()) {
        if (e.kind == entry_kind::receipt && e.ref == donation && !donations.is_reversed(e.seq))
            out.push_back({"receipt", e.number, std::nullopt, e.on});
    }
    for (const auto& [entry, amount] : donations.trail(donation)) {
        out.push_back({"ledger", entry->counterparty, amount, entry->on});
        // Stock receipts of this ledger entry, and the issues that drew from their lots.
        for (const auto& m : stock.movements()) {
            if (m.counterparty != donation_entry_ref(entry->seq) || m.kind == movement_kind::reversal) continue;
            out.push_back({"stock-in", m.holder, m.amount, m.on});
            for (const auto& [lot, portion] : m.lots) {
                for (const auto& issue : stock.movements()) {
                    if (issue.kind != movement_kind::issue && issue.kind != movement_kind::transfer_out) continue;
                    for (const auto& [drawn_lot, drawn] : issue.lots) {
                        if (drawn_lot == lot) out.push_back({"issue", issue.counterparty, drawn, issue.on});
                    }
                }
            }
        }
    }
    return out;
}

}  // namespace minzheng
