#pragma once
// An independent model of a payment batch's money rules, for the model-based tests (tests/aid/payment.cpp in
// ctest, bench/model_run.cpp at a million entries): a case (or, without a case, a payee as a clerk reads it) is
// paid at most once per programme and month; a reversal names one payment, once, and cancels it only when it is
// its exact negation; a payment of zero or less, or of impossible months, is no payment; an id is used once.
// Random batches are validated and their findings of those rules compared with what the model expects.

#include <minzheng/aid/payment.hpp>

#include <cstdint>
#include <map>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace minzheng::test {

/// What a batch model run found: nothing (`ok`), or the first discrepancy with the seed and batch.
struct batch_run {
    bool ok = true;
    std::string what;
    std::uint64_t entries = 0;
    std::uint64_t findings = 0;
};

/// `entries` random entries in batches of `per_batch`: payments for five cases and for payees written in the
/// forms a clerk sees as one ("张三", "张三 ", "　张三"), quarters overlapping months, ids used twice, bad amounts
/// and months; reversals that are exact, one fen off, for another period, dangling, of a reversal, or repeated.
/// Each batch's findings of AID-001, AID-010, AID-011, AID-012 and VAL-001 must be exactly the model's.
inline batch_run run_batch_model(std::uint64_t seed, std::uint64_t entries, std::size_t per_batch = 200)
{
    batch_run out;
    std::mt19937_64 rng(seed);
    const auto pick = [&](std::uint64_t n) { return rng() % n; };
    const division_code where = division_code::find(445381).value();
    const date on = make_date(2020, 1, 5).value();
    // Payee forms and the person each one is, as a clerk reads them.
    const std::vector<std::pair<std::string, int>> payees{{"张三", 0},   {"张三 ", 0},       {"\u3000张三", 0},
                                                          {"XX-JLY", 1}, {"ＸＸ-ＪＬＹ", 1}, {"李四", 2}};
    const std::set<std::string> modelled{"AID-001", "AID-010", "AID-011", "AID-012", "VAL-001"};
    const roster nobody;  // cases are unknown (AID-002), which the model does not judge
    const rule_set all_rules;
    const policy_table policy;
    std::uint64_t batch_no = 0;
    while (out.entries < entries) {
        ++batch_no;
        payment_batch b{where, year_month::make(2020, 1).value(), {}};
        struct about {
            bool reversal = false;
            std::size_t source = 0;  // for a reversal: the entry it was made from
            bool exact = false;      // made by reversal_of without a change
            int person = -1;         // for a payment without a case: who the payee is
        };
        std::vector<about> info;
        std::vector<std::size_t> payments;
        for (std::size_t n = 0; n < per_batch && out.entries < entries; ++n, ++out.entries) {
            const bool reversal = !payments.empty() && pick(10) < 3;
            about a;
            if (!reversal) {
                // One payment in 30 reuses an earlier payment's id (VAL-001).
                std::string id = "p" + std::to_string(n);
                if (!payments.empty() && pick(30) == 0) id = b.entries[payments[pick(payments.size())]].id;
                std::string case_id;
                std::string payee;
                if (pick(10) < 6) {
                    case_id = "DB-" + std::to_string(pick(5));
                    payee = "户" + std::to_string(pick(3));
                } else {
                    const auto& [text, person] = payees[pick(payees.size())];
                    payee = text;
                    a.person = person;
                }
                const auto programme =
                    pick(3) == 0 ? assistance_category::temporary_assistance : assistance_category::dibao;
                const auto period = year_month::make(2020, static_cast<int>(1 + pick(6))).value();
                const auto m = pick(40);
                const int months = m == 0 ? 0 : m == 1 ? 13 : m < 10 ? 3 : 1;
                const auto v = pick(40);
                const auto value = money::from_fen(v == 0   ? 0
                                                   : v == 1 ? -100
                                                            : static_cast<std::int64_t>(1 + pick(100'000)));
                disbursement p{std::move(id),
                               std::move(payee),
                               std::move(case_id),
                               programme,
                               where,
                               period,
                               months,
                               value,
                               payment_channel::bank_account,
                               on,
                               payment_status::planned,
                               std::nullopt};
                payments.push_back(b.entries.size());
                b.entries.push_back(std::move(p));
            } else {
                a.reversal = true;
                a.source = payments[pick(payments.size())];
                auto r = disbursement::reversal_of(b.entries[a.source], "r" + std::to_string(n), on).value();
                const auto how = pick(20);
                if (how == 0) {
                    r.reverses = "nope-" + std::to_string(n);  // dangling
                } else if (how == 1) {
                    // A reversal of a reversal (or of nothing, when none exists yet).
                    r.reverses = "r" + std::to_string(pick(n + 1));
                } else if (how == 2) {
                    r.value = money::from_fen(std::get<money>(r.value).fen() + 1);  // one fen off
                } else if (how == 3) {
                    r.period = r.period.plus(1).value();  // another month
                } else {
                    a.exact = true;
                }
                b.entries.push_back(std::move(r));
            }
            info.push_back(a);
        }

        // The model, in entry order.
        std::multiset<std::string> expected;
        const auto at = [](std::size_t i, const char* field) { return "/entries/" + std::to_string(i) + "/" + field; };
        std::map<std::string, std::size_t> first_with_id;
        for (std::size_t i = 0; i < b.entries.size(); ++i) {
            if (info[i].reversal) continue;
            if (!first_with_id.emplace(b.entries[i].id, i).second) expected.insert("VAL-001 " + at(i, "id"));
        }
        const auto same_payment = [&](const disbursement& x, const disbursement& y) {
            return x.payee == y.payee && x.case_id == y.case_id && x.programme == y.programme && x.period == y.period &&
                   x.months == y.months && x.value == y.value;
        };
        std::set<std::size_t> cancelled;
        for (std::size_t i = 0; i < b.entries.size(); ++i) {
            if (!info[i].reversal) continue;
            const auto target = first_with_id.find(*b.entries[i].reverses);
            if (target == first_with_id.end() || cancelled.count(target->second)) {
                expected.insert("AID-010 " + at(i, "reverses"));
            } else if (!info[i].exact || (info[i].source != target->second &&
                                          !same_payment(b.entries[info[i].source], b.entries[target->second]))) {
                expected.insert("AID-011 " + at(i, "value"));
            } else {
                cancelled.insert(target->second);
            }
        }
        std::set<std::string> claimed;  // subject|programme|month
        for (std::size_t i = 0; i < b.entries.size(); ++i) {
            const auto& e = b.entries[i];
            if (info[i].reversal) continue;
            const auto fen = std::get<money>(e.value).fen();
            if (e.months < 1 || e.months > 12 || fen <= 0) {
                expected.insert("AID-012 " + at(i, e.months < 1 || e.months > 12 ? "months" : "value"));
                continue;
            }
            if (cancelled.count(i)) continue;
            const auto subject = e.case_id.empty() ? "person " + std::to_string(info[i].person) : e.case_id;
            bool twice = false;
            for (int m = 0; m < e.months; ++m) {
                const auto key =
                    subject + '|' + std::string(to_string(e.programme)) + '|' + e.period.plus(m).value().to_string();
                if (!claimed.insert(key).second) twice = true;
            }
            if (twice) expected.insert("AID-001 " + at(i, e.case_id.empty() ? "payee" : "case_id"));
        }

        std::multiset<std::string> got;
        for (const auto& f : validate_batch(b, nobody, all_rules, policy).findings) {
            if (modelled.count(f.rule_id)) got.insert(f.rule_id + " " + f.path.str());
        }
        out.findings += got.size();
        if (got != expected) {
            std::string diff;
            for (const auto& x : expected)
                if (!got.count(x)) diff += " missing " + x + ";";
            for (const auto& x : got)
                if (!expected.count(x)) diff += " unexpected " + x + ";";
            out.ok = false;
            out.what = "seed " + std::to_string(seed) + ", batch " + std::to_string(batch_no) + ":" + diff;
            return out;
        }
    }
    return out;
}

}  // namespace minzheng::test
