#pragma once
// 信息公开 — the public disclosure the Charity Law asks for, out of the same ledger: money and goods received and
// used in a period, by fund, with the designated uses (to whom, how much), in 元 and 万元; and the finding when a
// disclosure is overdue (a campaign longer than 6 months discloses at least every 3 months, and fully within 3
// months of its end: 慈善法 (2016) art. 73).

#include <minzheng/core/date.hpp>
#include <minzheng/core/money.hpp>
#include <minzheng/donations/ledger.hpp>
#include <minzheng/rules/context.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace minzheng {

/// One fund's figures in a disclosure.
struct disclosure_fund {
    std::string fund;
    money received;  ///< money plus the fair value of goods received in the period
    money used;      ///< money transferred and disbursed in the period
    money returned;
    money balance;                                    ///< money at the end of the period
    std::vector<std::pair<std::string, money>> uses;  ///< counterparty and money paid, in the period

    friend bool operator==(const disclosure_fund&, const disclosure_fund&) = default;
};

/// 捐赠款物公示 — a disclosure report.
struct disclosure_report {
    period covered;
    money money_received;
    money goods_value_received;
    money total_received;  ///< 款物合计
    money used;
    std::vector<disclosure_fund> funds;
    /// Goods given out in the period: counterparty, item, amount.
    std::vector<std::tuple<std::string, std::string, std::string>> goods_uses;
    /// Donors who agreed to be named, with what they gave in the period (慈善法 art. 76).
    std::vector<std::pair<std::string, money>> named_donors;
    /// The anchor of the ledger's hash chain when the report was made: the last entry's number and hash. Printed
    /// with the report, it lets anyone later check (matches_anchor) that no entry up to it was changed, removed or
    /// reordered, even by someone who recomputed every hash of the file.
    std::uint64_t anchor_seq = 0;
    std::string anchor_hash;
};

/// The disclosure of `covered` from the ledger.
[[nodiscard]] disclosure_report make_disclosure(const donation_ledger& l, const period& covered);

/// Plain text in Chinese with amounts in 元 and 万元, e.g. "共接收社会各界捐赠款物 210.9万元（2109000.00元）".
[[nodiscard]] std::string render_disclosure(const disclosure_report& r);

/// DON-020: a campaign running longer than `charity_long_campaign_months` without a disclosure for more than
/// `charity_disclosure_interval_months`; DON-021: no full disclosure within that interval after the campaign's end.
/// Judged on the context's date.
void check_disclosure(const donation_ledger& l, date campaign_start, std::optional<date> campaign_end,
                      division_code where, rule_context& c);

// ---- implementation --------------------------------------------------------------------------------------

inline disclosure_report make_disclosure(const donation_ledger& l, const period& covered)
{
    disclosure_report r{covered, {}, {}, {}, {}, {}, {}, {}, l.entries().size(), std::string(l.head_hash())};
    std::map<std::string, disclosure_fund> funds;
    std::map<std::string, money> donors;
    for (const auto& e : l.entries()) {
        if (!covered.contains(e.on) || l.is_reversed(e.seq) || e.kind == entry_kind::reversal) continue;
        auto& f = funds.try_emplace(e.fund, disclosure_fund{e.fund, {}, {}, {}, {}, {}}).first->second;
        switch (e.kind) {
        case entry_kind::money_received:
            r.money_received += e.amount;
            f.received += e.amount;
            if (e.from && e.from->disclose && e.from->type != donor::kind::anonymous) donors[e.from->name] += e.amount;
            break;
        case entry_kind::goods_received: {
            const auto value = e.fair_value.value_or(money{});
            r.goods_value_received += value;
            f.received += value;
            if (e.from && e.from->disclose && e.from->type != donor::kind::anonymous) donors[e.from->name] += value;
            break;
        }
        case entry_kind::transfer:
        case entry_kind::disbursement:
            if (e.goods) {
                r.goods_uses.emplace_back(e.counterparty, e.item, e.goods->to_string());
            } else {
                r.used += e.amount;
                f.used += e.amount;
                f.uses.emplace_back(e.counterparty, e.amount);
            }
            break;
        case entry_kind::returned_to_donor:
            if (!e.goods) f.returned += e.amount;
            break;
        default: break;
        }
    }
    for (auto& [id, f] : funds) {
        if (id.empty()) continue;
        f.balance = covered.last() ? l.balance_on(id, *covered.last()) : l.balance(id);
        r.funds.push_back(std::move(f));
    }
    r.total_received = r.money_received + r.goods_value_received;
    r.named_donors.assign(donors.begin(), donors.end());
    return r;
}

inline std::string render_disclosure(const disclosure_report& r)
{
    std::string out = "捐赠款物接收和使用情况公示（" + to_chinese_string(r.covered.first()) + "至" +
                      (r.covered.last() ? to_chinese_string(*r.covered.last()) : std::string("今")) + "）\n";
    out += "共接收社会各界捐赠款物 " + r.total_received.to_wan_string(1) + "（" + r.total_received.to_string() +
           "），其中资金 " + r.money_received.to_string() + "，物资折价 " + r.goods_value_received.to_string() + "。\n";
    out += "已使用资金 " + r.used.to_string() + "。\n";
    for (const auto& f : r.funds) {
        out += "- " + f.fund + "：接收 " + f.received.to_string() + "，使用 " + f.used.to_string() + "，退还 " +
               f.returned.to_string() + "，结余 " + f.balance.to_string() + "\n";
        for (const auto& [to, amount] : f.uses) out += "  - 拨付 " + to + " " + amount.to_string() + "\n";
    }
    for (const auto& [to, item, amount] : r.goods_uses) out += "- 物资：" + item + " " + amount + " 拨付 " + to + "\n";
    if (!r.named_donors.empty()) {
        out += "捐赠人（同意公开者）：";
        for (std::size_t i = 0; i < r.named_donors.size(); ++i)
            out += (i ? "、" : "") + r.named_donors[i].first + " " + r.named_donors[i].second.to_string();
        out += "\n";
    }
    out += "台账校验：截至第 " + std::to_string(r.anchor_seq) + " 笔，校验码 " + r.anchor_hash + "\n";
    return out;
}

inline void check_disclosure(const donation_ledger& l, date campaign_start, std::optional<date> campaign_end,
                             division_code where, rule_context& c)
{
    const auto long_months = c.value<std::int64_t>("charity_long_campaign_months", where, field_path{} / "campaign");
    const auto interval = c.value<std::int64_t>("charity_disclosure_interval_months", where, field_path{} / "campaign");
    if (!long_months || !interval) return;
    const auto now = c.on();
    // The same day `n` months later, or that month's last day (民法典 art. 202).
    const auto months_after = [](date from, std::int64_t n) {
        const auto ym = year_month::of(from).plus(static_cast<int>(n));
        if (!ym) return date(boost::gregorian::max_date_time);
        return *make_date(ym->year(), ym->month(), std::min<int>(from.day(), ym->last_day().day()));
    };
    std::optional<date> last;
    for (const auto& e : l.entries()) {
        if (e.kind == entry_kind::disclosure && e.on <= now && !l.is_reversed(e.seq)) last = e.on;
    }
    const auto running_until = campaign_end && *campaign_end < now ? *campaign_end : now;
    // Longer than the threshold; then the next disclosure is due by the interval after the last one (or the start).
    if (running_until > months_after(campaign_start, *long_months)) {
        const auto since = last.value_or(campaign_start);
        if (running_until > months_after(since, *interval))
            c.report("DON-020", field_path{} / "disclosures",
                     {minzheng::to_iso_string(since), std::to_string(*interval), minzheng::to_iso_string(now)});
    }
    if (campaign_end && now > months_after(*campaign_end, *interval) && (!last || *last < *campaign_end))
        c.report("DON-021", field_path{} / "disclosures",
                 {minzheng::to_iso_string(*campaign_end), std::to_string(*interval)});
}

}  // namespace minzheng
