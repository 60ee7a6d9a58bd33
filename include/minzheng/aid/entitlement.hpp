#pragma once
// 救助金额 — what each recipient is owed for a month, computed from the recipients' records and the policy table
// in force on the payment month: 低保 by the gap method ((standard − per-capita income) × covered members) or by
// local tiers, with the extra amounts a locality adds; 特困 basic living + care tier; orphan and de facto child
// allowances as a top-up (补差) over other allowances; 临时救助 within the local cap. Every computation explains
// itself: the formula, the inputs and the parameters used (policy-rules.md 1.9, 2.3-2.4, 3.3, 4).

#include <minzheng/core/date.hpp>
#include <minzheng/core/money.hpp>
#include <minzheng/core/rounding.hpp>
#include <minzheng/recipients/case_file.hpp>
#include <minzheng/recipients/eligibility.hpp>
#include <minzheng/recipients/household.hpp>
#include <minzheng/rules/context.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace minzheng {

/// What one recipient is owed for one month, and why.
struct entitlement {
    money amount;          ///< never negative
    bool payable = false;  ///< false before the first payable month or while the case is not receiving
    std::string formula;   ///< the computation in words and numbers
    std::vector<std::pair<std::string, std::string>> inputs;
    std::vector<parameter_use> parameters;
};

/// A local 低保 tier (分档): households whose per-capita income is below `below` get `per_person` per covered
/// member. Tiers are tried in order; the first that matches applies.
struct dibao_tier {
    money below;
    money per_person;
};

/// 低保 for `month`: payable from the month after approval while the case receives. Gap method: (standard −
/// per-capita income) × covered co-resident members, computed exactly and rounded half up to 分 once, never
/// negative; or the first matching local tier. Extras for covered members aged 60 or more, minors, and grade 1-2
/// disabilities where the locality has set `dibao_extra_elderly_monthly`, `dibao_extra_minor_monthly`,
/// `dibao_extra_severe_disability_monthly` (no value set means the locality pays no such extra).
[[nodiscard]] entitlement dibao_entitlement(const household& h, const case_file& f, year_month month, rule_context& c,
                                            const std::vector<dibao_tier>& tiers = {});

/// 特困 for `month`: `tekun_basic_living_monthly` + the care amount of the tier from the self-care assessment.
[[nodiscard]] entitlement tekun_entitlement(const tekun_application& a, const case_file& f, year_month month,
                                            rule_context& c);

/// Orphan or de facto unsupported child for `month`. A de facto unsupported child gets the local standard less the
/// 低保, 特困 or disability subsidy the child already receives (补差, 民发〔2019〕62号 三(一)), never negative. An
/// orphan gets the local standard in full (institution or scattered): 国办发〔2010〕54号 二(一) sets a standard and
/// no 补差, so `other_allowances` is recorded in the inputs and not deducted.
[[nodiscard]] entitlement child_allowance_entitlement(const case_file& f, year_month month, bool in_institution,
                                                      money other_allowances, rule_context& c);

/// The largest one-off 临时救助 amount in `division` on `on`: the smaller of `temporary_aid_cap` and
/// `temporary_aid_cap_ratio` × the monthly 低保 standard, whichever the locality sets; nullopt (with POL-002)
/// when it sets neither.
[[nodiscard]] std::optional<money> temporary_aid_cap(division_code division, std::optional<registration_type> kind,
                                                     date on, rule_context& c);

// ---- implementation --------------------------------------------------------------------------------------

namespace detail {

/// An entitlement that cannot be computed because an amount overflows (amounts past ±9.2×10^16 分 in the data).
[[nodiscard]] inline entitlement overflowed(entitlement e)
{
    e.payable = false;
    e.amount = money{};
    e.formula = "金额溢出，无法计算";
    return e;
}

[[nodiscard]] inline entitlement not_payable(const case_file& f, year_month month)
{
    entitlement e;
    const auto first = f.first_payment_month();
    e.formula = !first ? "案件未批准，不发放"
                : month < *first
                    ? "批准次月起发放，首月为 " + first->to_string() + " (paid from " + first->to_string() + ")"
                    : "本月未在享受中";
    return e;
}

/// True when the case receives on some day of `month` and the month is not before the first payable one.
[[nodiscard]] inline bool receives_in(const case_file& f, year_month month)
{
    const auto first = f.first_payment_month();
    if (!first || month < *first) return false;
    return f.is_active_on(month.first_day()) || f.is_active_on(month.last_day());
}

/// An optional local amount: present only where the locality has set it (no finding when absent).
[[nodiscard]] inline std::optional<money> local_amount(rule_context& c, std::string_view name, division_code where,
                                                       date on)
{
    if (c.policy().find(name, where, on) == nullptr) return std::nullopt;
    return c.value<money>(name, where, field_path{});
}

}  // namespace detail

inline entitlement dibao_entitlement(const household& h, const case_file& f, year_month month, rule_context& c,
                                     const std::vector<dibao_tier>& tiers)
{
    if (!detail::receives_in(f, month)) return detail::not_payable(f, month);
    const auto day = month.first_day();
    c.set_date(day);
    entitlement e;
    e.payable = true;
    const auto members = co_resident_members(h, day);
    std::int64_t covered = 0;
    for (const auto* m : members) covered += m->covered ? 1 : 0;
    const auto income = counted_income(h, day, income_counting_of(h, c));
    const auto standard = detail::dibao_standard(h.registration, h.kind, c, field_path{} / "incomes");
    if (!standard || !income || members.empty()) {
        e.payable = false;
        e.formula = "缺少低保标准或家庭收入无法计算";
        e.parameters = c.parameters_used();
        return e;
    }
    const auto n = static_cast<std::int64_t>(members.size());
    e.inputs = {{"month", month.to_string()},
                {"co_resident_members", std::to_string(n)},
                {"covered_members", std::to_string(covered)},
                {"counted_income_monthly", income->to_string()},
                {"dibao_standard_monthly", standard->to_string()}};
    money base;
    if (!tiers.empty()) {
        for (const auto& t : tiers) {
            const auto threshold = t.below.times(n);  // an overflowing threshold is above any income
            if (!threshold || *income < *threshold) {
                const auto amount = t.per_person.times(covered);
                if (!amount) return detail::overflowed(std::move(e));
                base = *amount;
                e.formula = "分档：人均收入低于 " + t.below.to_string() + "，每人 " + t.per_person.to_string() + " × " +
                            std::to_string(covered) + " 人";
                break;
            }
        }
        if (e.formula.empty()) e.formula = "分档：无匹配档次";
    } else {
        // (standard − income / n) × covered = (standard × n − income) × covered / n, rounded once.
        const auto gap = detail::int128{standard->fen()} * n - income->fen();
        const auto fen = gap <= 0 ? detail::int128{0} : detail::divide(gap * covered, n, rounding::half_up);
        base = money::from_fen(static_cast<std::int64_t>(fen));
        e.formula = "补差：(" + standard->to_string() + " − " + income->to_string() + " ÷ " + std::to_string(n) +
                    ") × " + std::to_string(covered) + " = " + base.to_string() + "（四舍五入到分，不为负）";
    }
    money extras;
    for (const auto* m : members) {
        if (!m->covered) continue;
        const auto& p = m->person;
        const auto add = [&](std::string_view name, bool applies) {
            if (!applies) return;
            if (const auto amount = detail::local_amount(c, name, h.registration, day)) {
                if (auto sum = extras.plus(*amount)) extras = *sum;
                e.inputs.emplace_back(std::string(name), p.id.to_string() + " " + amount->to_string());
            }
        };
        add("dibao_extra_elderly_monthly", p.age_on(day) >= 60);
        add("dibao_extra_minor_monthly", p.age_on(day) < 18);
        add("dibao_extra_severe_disability_monthly", p.disability_certificate && p.disability_certificate->is_severe());
    }
    const auto total = base.plus(extras);
    if (!total) return detail::overflowed(std::move(e));
    e.amount = *total;
    if (!extras.is_zero()) e.formula += " + 分类施保 " + extras.to_string();
    e.parameters = c.parameters_used();
    return e;
}

inline entitlement tekun_entitlement(const tekun_application& a, const case_file& f, year_month month, rule_context& c)
{
    if (!detail::receives_in(f, month)) return detail::not_payable(f, month);
    const auto day = month.first_day();
    c.set_date(day);
    entitlement e;
    const auto where = a.applicant.registration.value_or(f.division);
    const auto basic = c.value<money>("tekun_basic_living_monthly", where, field_path{} / "basic");
    const auto partial = c.value<std::int64_t>("self_care_partial_max_failures", where, field_path{} / "self_care");
    const auto tier = care_tier_of(a.self_care, partial ? static_cast<int>(*partial) : 3);
    const char* care_name = tier == care_tier::self_care      ? "tekun_care_self_care_monthly"
                            : tier == care_tier::partial_loss ? "tekun_care_partial_loss_monthly"
                                                              : "tekun_care_complete_loss_monthly";
    const auto care = c.value<money>(care_name, where, field_path{} / "care");
    e.parameters = c.parameters_used();
    if (!basic || !care) {
        e.formula = "缺少特困供养标准";
        return e;
    }
    e.payable = true;
    const auto total = basic->plus(*care);
    if (!total) return detail::overflowed(std::move(e));
    e.amount = *total;
    e.inputs = {{"month", month.to_string()}, {"care_tier", care_name}};
    e.formula = "基本生活 " + basic->to_string() + " + 照料护理 " + care->to_string() + " = " + e.amount.to_string();
    return e;
}

inline entitlement child_allowance_entitlement(const case_file& f, year_month month, bool in_institution,
                                               money other_allowances, rule_context& c)
{
    if (!detail::receives_in(f, month)) return detail::not_payable(f, month);
    const auto day = month.first_day();
    c.set_date(day);
    const char* name = f.category == assistance_category::de_facto_unsupported_child
                           ? "de_facto_child_allowance_monthly"
                       : in_institution ? "orphan_allowance_institution_monthly"
                                        : "orphan_allowance_scattered_monthly";
    entitlement e;
    const auto standard = c.value<money>(name, f.division, field_path{} / "allowance");
    e.parameters = c.parameters_used();
    if (!standard) {
        e.formula = "缺少基本生活保障标准";
        return e;
    }
    e.payable = true;
    e.inputs = {{"month", month.to_string()}, {"other_allowances", other_allowances.to_string()}};
    if (f.category != assistance_category::de_facto_unsupported_child) {
        e.amount = *standard;
        e.formula = "孤儿基本生活费按标准全额发放：" + standard->to_string() + "（不补差）";
        return e;
    }
    const auto gap = standard->minus(other_allowances);
    if (!gap) return detail::overflowed(std::move(e));
    e.amount = gap->is_negative() ? money{} : *gap;
    e.formula = "补差：" + standard->to_string() + " − " + other_allowances.to_string() + " = " + e.amount.to_string() +
                "（不为负）";
    return e;
}

inline std::optional<money> temporary_aid_cap(division_code division, std::optional<registration_type> kind, date on,
                                              rule_context& c)
{
    const auto fixed = c.policy().find("temporary_aid_cap", division, on);
    const auto ratio_entry = c.policy().find("temporary_aid_cap_ratio", division, on);
    if (fixed == nullptr && ratio_entry == nullptr) {
        (void)c.value<money>("temporary_aid_cap", division, field_path{} / "amount");  // reports POL-002
        return std::nullopt;
    }
    std::optional<money> cap;
    if (fixed) cap = c.value<money>("temporary_aid_cap", division, field_path{} / "amount");
    if (ratio_entry) {
        const auto r = c.value<ratio>("temporary_aid_cap_ratio", division, field_path{} / "amount");
        const auto standard = detail::dibao_standard(division, kind, c, field_path{} / "amount");
        if (r && standard) {
            const auto scaled = standard->scaled(r->numerator, r->denominator, rounding::toward_zero);
            if (scaled && (!cap || *scaled < *cap)) cap = *scaled;
        }
    }
    return cap;
}

}  // namespace minzheng
