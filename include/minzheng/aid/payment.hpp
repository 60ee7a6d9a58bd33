#pragma once
// 资金发放 — disbursements and monthly payment batches. A disbursement pays a payee (a person, a household or an
// institution) for a programme and a period, in money or in goods, by a channel, with a status. Corrections are
// reversing entries, never edits. A batch is built from the active cases, validated (a second payment for the
// same payee, programme and period; a case not receiving; an amount above the entitlement or the cap; a payment
// after the local deadline), approved and marked paid, and totalled by programme and division.

#include <minzheng/aid/entitlement.hpp>
#include <minzheng/core/date.hpp>
#include <minzheng/core/division_code.hpp>
#include <minzheng/core/identifier.hpp>
#include <minzheng/core/money.hpp>
#include <minzheng/core/quantity.hpp>
#include <minzheng/recipients/roster.hpp>
#include <minzheng/rules/context.hpp>
#include <minzheng/rules/validator.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <variant>
#include <vector>

namespace minzheng {

/// 发放渠道.
enum class payment_channel { bank_account, cash, in_kind };

/// 发放状态: planned → approved → paid; paid → returned (the bank sent it back); a reversal entry cancels an
/// entry.
enum class payment_status { planned, approved, paid, returned, reversed };

/// 发放记录 — one disbursement.
struct disbursement {
    std::string id;
    std::string payee;    ///< a resident id, a household id or an institution id
    std::string case_id;  ///< the case paid under (empty for in-kind supplies to institutions)
    assistance_category programme = assistance_category::dibao;
    division_code division;
    year_month period;                    ///< the month paid for (a quarter's first month for quarterly payment)
    int months = 1;                       ///< 3 for a rural quarter
    std::variant<money, quantity> value;  ///< money, or goods
    payment_channel channel = payment_channel::bank_account;
    date on;  ///< planned or paid date
    payment_status status = payment_status::planned;
    std::optional<std::string> reverses;  ///< for a reversal: the id of the entry it cancels

    /// A reversal of `original`: the same payee and period, the value negated, referencing it.
    [[nodiscard]] static result<disbursement> reversal_of(const disbursement& original, std::string new_id, date on);

    friend bool operator==(const disbursement&, const disbursement&) = default;
};

/// 发放批次 — a month's batch for a division.
struct payment_batch {
    division_code division;
    year_month month;
    std::vector<disbursement> entries;

    /// Approves every planned entry; `illegal_transition` if any entry is not planned (nothing changes then).
    [[nodiscard]] result<void> approve();
    /// Marks every approved entry paid on `on`; `illegal_transition` if any is not approved.
    [[nodiscard]] result<void> mark_paid(date on);
    /// Money totals of the entries by programme, reversals included. Throws std::system_error(error::overflow)
    /// only for totals past ±9.2×10^16 分.
    [[nodiscard]] std::map<assistance_category, money> totals_by_programme() const;
    /// Money totals by division; throws as totals_by_programme().
    [[nodiscard]] std::map<division_code, money> totals_by_division() const;
};

/// Builds the batch of `month` for the divisions within `where` from the roster's receiving 低保 cases: one planned
/// bank payment per household at its entitlement, dated `pay_on`. Cases whose entitlement cannot be computed
/// are left out and reported in `skipped` with the reason.
struct built_batch {
    payment_batch batch;
    std::vector<std::pair<std::string, std::string>> skipped;  ///< case id, reason
};
[[nodiscard]] built_batch build_dibao_batch(const roster& r, division_code where, year_month month, date pay_on,
                                            const rule_set& rules, const policy_table& policy);

/// Every rule of a batch: AID-001 a second payment for a case (or, without a case, a payee), programme and any
/// month the payment covers; AID-002 a payment for a case not receiving that month (unknown, not yet approved,
/// suspended, terminated); AID-003 an amount above the 低保 entitlement; AID-004 temporary aid above the local cap;
/// AID-005 a 低保 payment after the day of the month set by `dibao_payment_day_of_month` (the 2012 edition's
/// 10th for months to 2021-06; from 2021-07 only where a locality sets one); AID-010 a reversal of an
/// unknown entry or a second reversal; AID-011 a reversal that is not the exact negation of its payment (it
/// cancels nothing); AID-012 a payment of zero or less, or of months outside 1-12; VAL-001 an entry id twice;
/// VAL-003 an entry id not in its normal form (empty, invisible characters, outer spaces, full-width forms).
[[nodiscard]] validation_report validate_batch(const payment_batch& b, const roster& r, const rule_set& rules,
                                               const policy_table& policy);

// ---- implementation --------------------------------------------------------------------------------------

inline result<disbursement> disbursement::reversal_of(const disbursement& original, std::string new_id, date on)
{
    if (original.reverses) return error::illegal_transition;  // a reversal of a reversal is refused
    disbursement r = original;
    r.id = std::move(new_id);
    r.on = on;
    r.status = payment_status::reversed;
    r.reverses = original.id;
    if (const auto* m = std::get_if<money>(&original.value)) {
        auto negated = m->negated();
        if (!negated) return negated.error();
        r.value = *negated;
    } else {
        const auto& q = std::get<quantity>(original.value);
        auto negated = quantity::make(0, q.unit()).value().minus(q);
        if (!negated) return negated.error();
        r.value = *negated;
    }
    return r;
}

inline result<void> payment_batch::approve()
{
    for (const auto& e : entries) {
        if (e.status != payment_status::planned && e.status != payment_status::reversed)
            return error::illegal_transition;
    }
    for (auto& e : entries) {
        if (e.status == payment_status::planned) e.status = payment_status::approved;
    }
    return {};
}

inline result<void> payment_batch::mark_paid(date on)
{
    for (const auto& e : entries) {
        if (e.status != payment_status::approved && e.status != payment_status::reversed)
            return error::illegal_transition;
    }
    for (auto& e : entries) {
        if (e.status == payment_status::approved) {
            e.status = payment_status::paid;
            e.on = on;
        }
    }
    return {};
}

inline std::map<assistance_category, money> payment_batch::totals_by_programme() const
{
    std::map<assistance_category, money> out;
    for (const auto& e : entries) {
        if (const auto* m = std::get_if<money>(&e.value)) out[e.programme] += *m;
    }
    return out;
}

inline std::map<division_code, money> payment_batch::totals_by_division() const
{
    std::map<division_code, money> out;
    for (const auto& e : entries) {
        if (const auto* m = std::get_if<money>(&e.value)) {
            out.try_emplace(e.division, money{}).first->second += *m;
        }
    }
    return out;
}

inline built_batch build_dibao_batch(const roster& r, division_code where, year_month month, date pay_on,
                                     const rule_set& rules, const policy_table& policy)
{
    const detail::roster_index index(r);  // lookups by id stay O(1): rosters have millions of records
    built_batch out{payment_batch{where, month, {}}, {}};
    for (const auto& f : r.cases) {
        if (f.category != assistance_category::dibao || !f.division.is_within(where)) continue;
        const auto* h = index.find_household(f.subject);
        if (h == nullptr) {
            out.skipped.emplace_back(f.id, "household " + f.subject + " not in the roster");
            continue;
        }
        rule_context c(rules, policy, month.first_day());
        const auto e = dibao_entitlement(*h, f, month, c);
        if (!e.payable) {
            out.skipped.emplace_back(f.id, e.formula);
            continue;
        }
        disbursement d{f.id + "/" + month.to_string(),
                       h->id,
                       f.id,
                       assistance_category::dibao,
                       f.division,
                       month,
                       1,
                       e.amount,
                       payment_channel::bank_account,
                       pay_on,
                       payment_status::planned,
                       std::nullopt};
        out.batch.entries.push_back(std::move(d));
    }
    return out;
}

inline validation_report validate_batch(const payment_batch& b, const roster& r, const rule_set& rules,
                                        const policy_table& policy)
{
    const detail::roster_index index(r);  // lookups by id stay O(1): rosters have millions of records
    rule_context c(rules, policy, b.month.first_day());
    const auto base = field_path{} / "entries";
    const auto entry_name = [&](std::size_t i) {
        return "第 " + std::to_string(i + 1) + " 笔（" + b.entries[i].id + "）";
    };
    const auto entry_name_en = [&](std::size_t i) {
        return "entry " + std::to_string(i + 1) + " (" + b.entries[i].id + ")";
    };
    // Payments by id (an id twice is VAL-001: a reversal must name exactly one entry), collected once: a batch has
    // a county's households.
    std::unordered_map<std::string_view, std::size_t> payment_at;
    for (std::size_t i = 0; i < b.entries.size(); ++i) {
        const auto& x = b.entries[i];
        c.set_base(base / i);
        check_identifier(c, field_path{} / "id", x.id);
        if (x.reverses) continue;
        if (const auto [it, inserted] = payment_at.emplace(x.id, i); !inserted) {
            c.set_base(base / i);
            const auto first = std::to_string(it->second + 1);
            c.report("VAL-001", field_path{} / "id", {x.id, "第 " + first + " 笔", "entry " + first});
        }
    }
    // Reversals: valid only for a payment of this batch, once, for exactly its value negated. Only a valid reversal
    // cancels its payment; a partial, mismatched, repeated or dangling one cancels nothing.
    // The index of a payment (the first entry with its id) -> its valid reversal's index. Keyed by index: when an
    // id is used twice (VAL-001) a reversal cancels the one entry it is matched to, never both.
    std::unordered_map<std::size_t, std::size_t> reversed;
    for (std::size_t i = 0; i < b.entries.size(); ++i) {
        const auto& e = b.entries[i];
        if (!e.reverses) continue;
        c.set_base(base / i);
        c.set_date(e.period.first_day());
        const auto target = payment_at.find(*e.reverses);
        if (target == payment_at.end() || reversed.count(target->second)) {
            c.report("AID-010", field_path{} / "reverses", {*e.reverses});
            continue;
        }
        const auto& original = b.entries[target->second];
        const auto expected = disbursement::reversal_of(original, e.id, e.on);
        if (!expected || expected->value != e.value || e.payee != original.payee || e.case_id != original.case_id ||
            e.programme != original.programme || e.period != original.period || e.months != original.months) {
            c.report("AID-011", field_path{} / "value", {entry_name(target->second)});
            continue;
        }
        reversed.emplace(target->second, i);
    }
    // Paid at most once per case (or, without a case, per payee), programme and month: every month a payment
    // covers counts, so a quarter's payment and a month's payment inside it are a double payment.
    std::map<std::string, std::size_t> seen;  // subject|programme|month -> first index
    for (std::size_t i = 0; i < b.entries.size(); ++i) {
        const auto& e = b.entries[i];
        if (e.reverses) continue;
        c.set_base(base / i);
        c.set_date(e.period.first_day());
        const auto* paid = std::get_if<money>(&e.value);
        const auto* goods = std::get_if<quantity>(&e.value);
        if (e.months < 1 || e.months > 12 || (paid && (paid->is_zero() || paid->is_negative())) ||
            (goods && (goods->is_zero() || goods->is_negative()))) {
            c.report("AID-012", field_path{} / (e.months < 1 || e.months > 12 ? "months" : "value"),
                     {paid ? paid->to_string() : goods->to_string(), std::to_string(e.months)});
            continue;
        }
        if (reversed.count(i) == 0) {
            auto normal_payee = normalize_identifier(e.payee);
            const auto subject = !e.case_id.empty() ? e.case_id : normal_payee ? *normal_payee : e.payee;
            bool reported = false;
            // Every month is claimed, also after a clash: a later payment overlapping any month of this one is
            // a double payment too. One finding per entry, at its first clash.
            for (int m = 0; m < e.months; ++m) {
                const auto month = e.period.plus(m);
                if (!month) break;
                const auto key = subject + '|' + std::string(to_string(e.programme)) + '|' + month->to_string();
                if (const auto [it, inserted] = seen.emplace(key, i); !inserted && it->second != i && !reported) {
                    c.report("AID-001", field_path{} / (e.case_id.empty() ? "payee" : "case_id"),
                             {e.case_id.empty() ? e.payee : e.case_id, std::string(chinese_name(e.programme)),
                              month->to_string(), entry_name(it->second), entry_name_en(it->second),
                              to_string(e.programme)});
                    reported = true;
                }
            }
        }
        const auto* f = e.case_id.empty() ? nullptr : index.find_case(e.case_id);
        if (!e.case_id.empty() && (f == nullptr || !detail::receives_in(*f, e.period))) {
            c.report("AID-002", field_path{} / "case_id", {e.case_id, e.period.to_string()});
            continue;
        }
        const auto* amount = std::get_if<money>(&e.value);
        if (f != nullptr && amount && e.programme == assistance_category::dibao) {
            if (const auto* h = index.find_household(f->subject)) {
                rule_context ec(rules, policy, e.period.first_day());
                const auto owed = dibao_entitlement(*h, *f, e.period, ec);
                const auto owed_total = owed.amount.times(e.months);
                if (owed.payable && owed_total && *amount > *owed_total)
                    c.report("AID-003", field_path{} / "value",
                             {amount->to_string(), owed.amount.to_string(), owed.formula});
            }
            // Paid by the set day of the month paid for (2012 art. 31: 每月10日前); later is late. The month paid
            // for decides the edition: the 2021 measures say only 按月 (art. 25), so from 2021-07 there is a
            // deadline only where a locality sets one, and none is looked up (and missed, POL-002) otherwise.
            const auto day = c.policy().find("dibao_payment_day_of_month", f->division, c.on())
                                 ? c.value<std::int64_t>("dibao_payment_day_of_month", f->division, field_path{} / "on")
                                 : std::nullopt;
            if (day) {
                const auto last_day = e.period.last_day().day();
                const auto deadline = make_date(e.period.year(), e.period.month(),
                                                static_cast<int>(std::min<std::int64_t>(*day, last_day)));
                if (deadline && e.on > *deadline)
                    c.report("AID-005", field_path{} / "on",
                             {minzheng::to_iso_string(e.on), minzheng::to_iso_string(*deadline)});
            }
        }
        if (f != nullptr && amount && e.programme == assistance_category::temporary_assistance) {
            if (const auto cap = temporary_aid_cap(f->division, f->kind, e.on, c); cap && *amount > *cap)
                c.report("AID-004", field_path{} / "value", {amount->to_string(), cap->to_string()});
        }
    }
    // One minor, one month: 特困 support and an orphan or de facto child allowance exclude each other (民发〔2021〕43号
    // art. 9, as RCP-025 across records). Judged by the month paid for, the age on its first day; a reversed
    // payment claims nothing.
    std::unordered_map<std::string, std::vector<std::size_t>> minor_claims;  // person|month -> entries
    for (std::size_t i = 0; i < b.entries.size(); ++i) {
        const auto& e = b.entries[i];
        const bool exclusive = e.programme == assistance_category::tekun ||
                               e.programme == assistance_category::orphan ||
                               e.programme == assistance_category::de_facto_unsupported_child;
        if (e.reverses || reversed.count(i) != 0 || !exclusive || e.months < 1 || e.months > 12) continue;
        const auto* f = e.case_id.empty() ? nullptr : index.find_case(e.case_id);
        if (f == nullptr || !detail::receives_in(*f, e.period)) continue;  // AID-002's
        const auto who = resident_id::parse(f->subject, e.period.last_day());
        if (!who) continue;
        c.set_base(base / i);
        for (int m = 0; m < e.months; ++m) {
            const auto month = e.period.plus(m);
            if (!month) break;
            c.set_date(month->first_day());
            if (!c.is_active("AID-006")) continue;
            const auto adult = c.value<std::int64_t>("adult_age", f->division, field_path{} / "programme");
            if (!adult || who->age_on(month->first_day()) >= *adult) continue;
            auto& claims = minor_claims[who->to_string() + '|' + month->to_string()];
            const auto clash = std::find_if(claims.begin(), claims.end(), [&](std::size_t j) {
                return detail::exclusive_for_minors(b.entries[j].programme, e.programme);
            });
            const auto other = clash == claims.end() ? b.entries.size() : *clash;
            claims.push_back(i);
            if (other == b.entries.size()) continue;
            const auto& first = b.entries[other];
            c.report("AID-006", field_path{} / "programme",
                     {who->to_string(), month->to_string(), chinese_name(first.programme), chinese_name(e.programme),
                      entry_name(other), entry_name_en(other), to_string(first.programme), to_string(e.programme)});
            break;  // one finding an entry
        }
    }
    validation_report report;
    report.parameters_used = c.parameters_used();
    report.findings = c.take_findings();
    report.counts = count_by_severity(report.findings);
    return report;
}

}  // namespace minzheng
