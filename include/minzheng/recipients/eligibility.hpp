#pragma once
// 救助资格 — eligibility for each assistance category, judged by the edition of the measures in force on the
// record's date: 低保 and 低保边缘 households, individual (单人保) applications, 特困 persons (the three 无
// conditions, minors, care tier), 孤儿, 事实无人抚养儿童, 临时救助 cases and 流浪乞讨 stays. Every verdict carries
// its findings and its trace (the inputs and the parameter values used, with their division and period).

#include <minzheng/core/date.hpp>
#include <minzheng/core/money.hpp>
#include <minzheng/recipients/household.hpp>
#include <minzheng/recipients/person.hpp>
#include <minzheng/rules/context.hpp>
#include <minzheng/rules/finding.hpp>
#include <minzheng/rules/policy_table.hpp>
#include <minzheng/rules/rule_set.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace minzheng {

/// 救助类别 — the assistance categories.
enum class assistance_category {
    dibao,                       ///< 最低生活保障 (低保)
    dibao_edge,                  ///< 低保边缘家庭 (2021-07-01 on)
    tekun,                       ///< 特困人员救助供养
    orphan,                      ///< 孤儿
    de_facto_unsupported_child,  ///< 事实无人抚养儿童
    temporary_assistance,        ///< 临时救助
    vagrant,                     ///< 流浪乞讨人员救助
};

/// "dibao", "tekun", ...: the names JSON files use.
[[nodiscard]] constexpr std::string_view to_string(assistance_category c) noexcept
{
    switch (c) {
    case assistance_category::dibao: return "dibao";
    case assistance_category::dibao_edge: return "dibao_edge";
    case assistance_category::tekun: return "tekun";
    case assistance_category::orphan: return "orphan";
    case assistance_category::de_facto_unsupported_child: return "de_facto_unsupported_child";
    case assistance_category::temporary_assistance: return "temporary_assistance";
    case assistance_category::vagrant: return "vagrant";
    }
    return "dibao";
}

/// The Chinese name: 低保, 低保边缘, 特困, 孤儿, 事实无人抚养儿童, 临时救助, 流浪乞讨.
[[nodiscard]] constexpr std::string_view chinese_name(assistance_category c) noexcept
{
    switch (c) {
    case assistance_category::dibao: return "低保";
    case assistance_category::dibao_edge: return "低保边缘";
    case assistance_category::tekun: return "特困";
    case assistance_category::orphan: return "孤儿";
    case assistance_category::de_facto_unsupported_child: return "事实无人抚养儿童";
    case assistance_category::temporary_assistance: return "临时救助";
    case assistance_category::vagrant: return "流浪乞讨";
    }
    return "";
}

/// A verdict with its explanation, for the caseworker and for an appeal.
struct eligibility {
    assistance_category category;
    date on;                                ///< the date judged
    bool eligible = false;                  ///< true when no finding is an error
    std::vector<finding> findings;          ///< why not, and what needs a look
    std::vector<parameter_use> parameters;  ///< the policy values used, with their division and period
    std::vector<std::pair<std::string, std::string>> inputs;  ///< the facts used, as name and text
};

// -- 低保 and 低保边缘 ---------------------------------------------------------------------------------

/// 低保: per-capita income of the co-resident members strictly below the local standard (RCP-010), property
/// within the local rule (RCP-011, or RCP-012 while not assessed), one head (RCP-002). The standard is
/// `dibao_standard_monthly` where the locality sets one, else the urban or rural standard by the household's
/// registration type.
[[nodiscard]] eligibility assess_dibao(const household& h, date on, const rule_set& rules, const policy_table& policy);

/// 低保边缘 (民发〔2021〕57号 art. 8, from 2021-07-01): not eligible for 低保 (RCP-016), per-capita income below
/// `dibao_edge_income_ratio` × the standard (RCP-015), property within the rule. Before 2021-07-01 there was no
/// national 低保边缘 category: the verdict is "not eligible" with that reason in its inputs (a locality's own
/// 边缘困难群众 rules belong in an application rule).
[[nodiscard]] eligibility assess_dibao_edge(const household& h, date on, const rule_set& rules,
                                            const policy_table& policy);

/// 单人保: may `applicant` apply alone (RCP-014)? 2012 art. 10: an adult with a severe disability (grade 1-2)
/// who has lost the capacity to work (`member::lost_capacity_to_work`) and is registered as a separate household
/// (`member::separate_household`), or clergy living in religious premises ≥ 3 years; the finding lists every
/// condition missing. 2021 art. 8: in a 低保边缘
/// household, grade 1-2 of any category or grade 3 intellectual or mental, or a serious illness; or clergy ≥ 3
/// years.
[[nodiscard]] eligibility assess_individual_application(const household& h, const resident_id& applicant, date on,
                                                        const rule_set& rules, const policy_table& policy);

// -- 特困 ------------------------------------------------------------------------------------------------

/// 照料护理等级 — the care tier from the self-care assessment.
enum class care_tier {
    self_care,      ///< 具备生活自理能力 (全自理): every item achieved
    partial_loss,   ///< 部分丧失 (半护理): 1-3 items not achieved
    complete_loss,  ///< 完全丧失 (全护理): 4-6 items not achieved
};

/// The six self-care items (民发〔2021〕43号 art. 21), true when achieved: eating, dressing, getting in and out
/// of bed, toileting, walking indoors, bathing.
using self_care_items = std::array<bool, 6>;

/// The tier of an assessment: 0 failures self-care, up to `partial_max_failures` partial, more complete loss.
[[nodiscard]] constexpr care_tier care_tier_of(const self_care_items& items, int partial_max_failures = 3) noexcept
{
    int failed = 0;
    for (const bool achieved : items) failed += achieved ? 0 : 1;
    if (failed == 0) return care_tier::self_care;
    return failed <= partial_max_failures ? care_tier::partial_loss : care_tier::complete_loss;
}

/// A legal supporter (法定赡养、抚养、扶养义务人) of a 特困 applicant, with the facts that make one unable to
/// support (民发〔2021〕43号 art. 8).
struct supporter {
    explicit supporter(resident_id supporter_id, minzheng::relation to_applicant = minzheng::relation::child)
        : id(supporter_id), relation(to_applicant)
    {
    }

    resident_id id;
    minzheng::relation relation = minzheng::relation::child;
    bool is_tekun = false;  ///< is a 特困 person
    bool on_dibao = false;  ///< receives 低保
    std::optional<disability> disability_certificate;
    bool lacks_civil_capacity = false;  ///< 无民事行为能力
    bool declared_missing = false;
    bool imprisoned = false;
    bool income_below_local_average = false;  ///< own income below last year's local per-capita disposable income
    bool property_meets_local_rule = false;   ///< within the local low-income property rule

    friend bool operator==(const supporter&, const supporter&) = default;
};

/// 供养方式 — where a 特困 person is supported: in an institution (集中供养, e.g. a 敬老院) or at home (分散供养).
/// The person chooses (社会救助暂行办法 art. 19).
enum class support_form { centralised, dispersed };

/// True when the supporter counts as unable to support on `on`.
[[nodiscard]] bool supporter_is_unable(const supporter& s, date on);

/// An application for (or the file of) 特困 support.
struct tekun_application {
    tekun_application(person who, money income) : applicant(std::move(who)), monthly_income(income) {}

    person applicant;
    money monthly_income;  ///< counted income (policy-rules.md 2.2 item 2)
    std::optional<bool> property_meets_local_rule;
    std::vector<supporter> supporters;
    self_care_items self_care{true, true, true, true, true, true};
    std::optional<care_tier> recorded_tier;
    minzheng::support_form form = support_form::dispersed;
    std::optional<std::string> institution;  ///< the institution's id (or credit code) when centralised
    bool already_supported = false;  ///< an existing file: kept to 18 from 2020-08-25, past 18 in school from 2021-07
    bool receives_orphan_allowance = false;  ///< chose the orphan allowance
    bool receives_de_facto_allowance = false;

    friend bool operator==(const tekun_application&, const tekun_application&) = default;
};

/// 特困: all three 无 conditions (RCP-020 no work capacity, RCP-021 no livelihood, RCP-022 no able supporter),
/// support of minors past 16 and 18 (RCP-023), the care tier (RCP-024) and the exclusive allowances (RCP-025).
[[nodiscard]] eligibility assess_tekun(const tekun_application& a, date on, const rule_set& rules,
                                       const policy_table& policy);

// -- 孤儿 and 事实无人抚养儿童 ------------------------------------------------------------------------------

/// What became of a parent.
enum class parent_status {
    living,
    deceased,          ///< 死亡
    declared_dead,     ///< 宣告死亡
    declared_missing,  ///< 宣告失踪
    untraceable,       ///< 查找不到生父母 (abandoned children)
};

/// A parent of a child applying as an orphan or a de facto unsupported child.
struct parent {
    std::optional<resident_id> id;
    parent_status status = parent_status::living;
    std::vector<situation> situations;  ///< prison, rehabilitation, lost contact, ... with their dates
    std::optional<disability> disability_certificate;
    bool serious_illness = false;  ///< 重病 as recognised locally

    friend bool operator==(const parent&, const parent&) = default;
};

/// A child and both parents.
struct child_application {
    explicit child_application(person who) : child(std::move(who)) {}

    person child;
    std::array<parent, 2> parents;

    friend bool operator==(const child_application&, const child_application&) = default;
};

/// 孤儿: under 18 (RCP-030), both parents dead, declared dead or missing, or untraceable (RCP-031).
[[nodiscard]] eligibility assess_orphan(const child_application& a, date on, const rule_set& rules,
                                        const policy_table& policy);

/// What the edition in force on a date counts as a parent's situation for a 事实无人抚养儿童.
struct de_facto_terms {
    /// `de_facto_child_condition_months`: how long lost contact, custody, compulsory rehabilitation or another
    /// restriction of liberty must last (民发〔2019〕62号 一: 6 months).
    int months = 6;
    /// `de_facto_child_extended_situations`: guardianship revoked by a court and deportation count as well
    /// (民发〔2020〕125号 一, which added them to the six situations of 民发〔2019〕62号).
    bool extended_situations = false;
};

/// Why a parent's situation makes the child de facto unsupported on `on`, in Chinese, or nullopt
/// (民发〔2019〕62号 一): severe disability (grade 1-2, or 3-4 intellectual or mental), serious illness, a sentence,
/// compulsory rehabilitation or another restriction whose term — first to last day, not the time served so far — is
/// at least `terms.months` months, custody (在押, no term before a judgment) or lost contact that has lasted that
/// long; with `terms.extended_situations`, guardianship revoked and deportation. A restriction recorded without its
/// last day has no term to judge and does not count. Death and a court's declaration of death or disappearance are
/// the parent's `status`, not a situation.
[[nodiscard]] std::optional<std::string> de_facto_reason(const parent& p, date on, de_facto_terms terms);

/// 事实无人抚养儿童: under 18 (RCP-032); both parents in a qualifying situation, or one dead or declared missing by a
/// court (失踪 is 人民法院宣告失踪; a parent who cannot be found is 失联 with its start, not 失踪) and the other in
/// one (RCP-033). The situations are those of the edition in force on `on` (de_facto_terms).
[[nodiscard]] eligibility assess_de_facto_child(const child_application& a, date on, const rule_set& rules,
                                                const policy_table& policy);

// -- 临时救助 and 流浪乞讨 ----------------------------------------------------------------------------------

/// 临时救助类型 — emergency (急难型) or expenditure (支出型).
enum class temporary_aid_type { emergency, expenditure };

/// A 临时救助 case.
struct temporary_aid_case {
    temporary_aid_case(std::string case_id, resident_id who, division_code where, temporary_aid_type aid_type,
                       date when)
        : id(std::move(case_id)), applicant(who), division(where), type(aid_type), occurred(when)
    {
    }

    std::string id;
    resident_id applicant;
    std::optional<std::string> household_id;
    division_code division;  ///< where the hardship happened (急难发生地) or the township's county
    temporary_aid_type type = temporary_aid_type::emergency;
    date occurred;
    std::string cause;
    money amount;
    bool advance = false;  ///< 先行救助: paid before review
    std::optional<date> paid_on;
    std::optional<date> recorded_on;                           ///< when an advance payment was completed in the records
    std::optional<money> per_capita_disposable_income_annual;  ///< needed for the expenditure type

    friend bool operator==(const temporary_aid_case&, const temporary_aid_case&) = default;
};

/// 临时救助: the expenditure type needs income below last year's local average (RCP-040); advance aid only for
/// emergencies (RCP-041) and completed in the records afterwards (RCP-042).
[[nodiscard]] eligibility assess_temporary_aid(const temporary_aid_case& c, date on, const rule_set& rules,
                                               const policy_table& policy);

/// A stay at a 救助管理站 (relief station for vagrants and beggars).
struct vagrant_stay {
    vagrant_stay(std::string stay_id, division_code station_division, date admitted_on)
        : id(std::move(stay_id)), station(station_division), admitted(admitted_on)
    {
    }

    std::string id;
    std::optional<resident_id> person;  ///< unknown when the person gives no id
    std::string description;            ///< how the station identifies the person otherwise
    division_code station;
    date admitted;
    std::optional<date> left;
    bool extension_filed = false;        ///< a longer stay filed with the higher department
    bool belongings_registered = false;  ///< 随身物品登记
    bool receives_dibao = false;

    friend bool operator==(const vagrant_stay&, const vagrant_stay&) = default;
};

/// 流浪乞讨: the stay within `rescue_stay_days` or filed (RCP-045), belongings registered (RCP-046), not a 低保
/// recipient (RCP-047).
[[nodiscard]] eligibility assess_vagrant_stay(const vagrant_stay& s, date on, const rule_set& rules,
                                              const policy_table& policy);

// -- checks for the validator (found by argument-dependent lookup) ----------------------------------------

void check(const tekun_application& a, rule_context& c);
void check(const temporary_aid_case& t, rule_context& c);
void check(const vagrant_stay& s, rule_context& c);

// ---- implementation --------------------------------------------------------------------------------------

namespace detail {

/// The inputs of a verdict, collected as the checks read them.
using trace = std::vector<std::pair<std::string, std::string>>;

/// The parts of a list in a message: 登记日期、金额.
[[nodiscard]] inline std::string join(const std::vector<std::string>& parts, std::string_view separator)
{
    std::string out;
    for (const auto& part : parts) {
        if (!out.empty()) out += separator;
        out += part;
    }
    return out;
}

[[nodiscard]] inline eligibility finish(assistance_category category, rule_context& c, trace&& inputs)
{
    eligibility e{category, c.on(), false, {}, c.parameters_used(), std::move(inputs)};
    e.findings = c.take_findings();
    e.eligible = !has_errors(e.findings);
    return e;
}

/// The 低保 standard for a registration type: the locality's single standard if it has one, else by type.
[[nodiscard]] inline std::optional<money> dibao_standard(std::optional<division_code> where,
                                                         std::optional<registration_type> kind, rule_context& c,
                                                         const field_path& path)
{
    if (c.policy().find("dibao_standard_monthly", where, c.on())) {
        return c.value<money>("dibao_standard_monthly", where, path);
    }
    const auto* name =
        kind == registration_type::urban ? "dibao_standard_urban_monthly" : "dibao_standard_rural_monthly";
    if (!kind) name = "dibao_standard_monthly";  // no type known: only a single standard can apply
    return c.value<money>(name, where, path);
}

/// Per-capita income below `standard × numerator / denominator`, exactly. nullopt on overflow or no members.
[[nodiscard]] inline std::optional<bool> below_scaled(const household& h, date on, money standard, ratio r,
                                                      income_counting how)
{
    const auto members = static_cast<std::int64_t>(co_resident_members(h, on).size());
    const auto total = counted_income(h, on, how);
    if (members == 0 || !total) return std::nullopt;
    return int128{total->fen()} * r.denominator < int128{standard.fen()} * r.numerator * members;
}

/// `numerator_fen ÷ divisor` in 元, exactly when it is a whole 分, else to a tenth of a 分 truncated toward zero
/// and marked "…". Truncation never crosses a standard in whole 分, so the text next to a verdict never contradicts it
/// (a rounded 799.996… would read 800.00 beside "below 800.00").
[[nodiscard]] inline std::string quotient_text(int128 numerator_fen, int128 divisor)
{
    if (divisor < 0) {
        divisor = -divisor;
        numerator_fen = -numerator_fen;
    }
    const bool negative = numerator_fen < 0;
    const int128 magnitude = negative ? -numerator_fen : numerator_fen;
    const auto sign = std::string(negative ? "-" : "");
    if (magnitude % divisor == 0)
        return sign + fixed_point(static_cast<unsigned long long>(magnitude / divisor), 2) + "元";
    const int128 tenths = magnitude * 10;
    return sign + fixed_point(static_cast<unsigned long long>(tenths / divisor), 3) +
           (tenths % divisor == 0 ? "" : "…") + "元";
}

/// RCP-017: what the household lists but the edition or the locality does not apply, so nothing is dropped
/// unsaid — deductions not deducted, local exclusions counted.
inline void report_income_choices(const household& h, rule_context& c, income_counting how, trace& t)
{
    const bool y2012 = dibao_edition_on(c.on()) == dibao_edition::y2012;
    if (!h.deductions.empty()) {
        t.emplace_back("deductions", how.deductions ? "按地方规定扣减" : "未扣减");
        if (!how.deductions) {
            const auto n = std::to_string(h.deductions.size());
            c.report(
                "RCP-017", field_path{} / "deductions",
                {(y2012 ? "2012 年办法无扣减规定：" : "本地未规定可扣减的支出：") + n + " 项扣减未扣减",
                 (y2012 ? "the 2012 measures deduct nothing: " : "the locality does not provide for deductions: ") + n +
                     " deductions not deducted"});
        }
    }
    if (how.local_exclusions) return;
    for (std::size_t i = 0; i < h.incomes.size(); ++i) {
        if (h.incomes[i].kind != income_kind::local_exclusion) continue;
        const auto amount = h.incomes[i].monthly.to_string();
        c.report("RCP-017", field_path{} / "incomes" / i,
                 {(y2012 ? "2012 年办法无地方不计入收入的规定：" : "本地未规定不计入的其他收入：") + amount +
                      " 已计入家庭收入",
                  (y2012 ? "the 2012 measures have no local exclusions: " : "the locality has no rule excluding it: ") +
                      amount + " counted as income"});
    }
}

inline void check_dibao_income(const household& h, rule_context& c, trace& t, bool& income_ok)
{
    const auto members = co_resident_members(h, c.on());
    t.emplace_back("edition",
                   dibao_edition_on(c.on()) == dibao_edition::y2012 ? "民发〔2012〕220号" : "民发〔2021〕57号");
    std::string names;
    for (const auto* m : members) names += (names.empty() ? "" : "、") + m->person.name.str();
    t.emplace_back("co_resident_members", std::to_string(members.size()) + " (" + names + ")");
    const auto how = income_counting_of(h, c);
    report_income_choices(h, c, how, t);
    const auto standard = dibao_standard(h.registration, h.kind, c, field_path{} / "incomes");
    income_ok = false;
    if (!standard || members.empty()) return;
    const auto total = counted_income(h, c.on(), how);
    const auto below = income_below(h, c.on(), *standard, how);
    if (!total || !below) return;
    // The verdict is total < standard × members in 分 (no division, no rounding); the trace shows that comparison.
    const auto n = static_cast<int128>(members.size());
    const auto count = std::to_string(members.size());
    const auto per_capita = quotient_text(total->fen(), n);
    const auto threshold = quotient_text(int128{standard->fen()} * n, 1);
    t.emplace_back("counted_income_monthly", total->to_string());
    t.emplace_back("per_capita_income_monthly", per_capita + "（" + total->to_string() + " ÷ " + count + "）");
    t.emplace_back("dibao_standard_monthly", standard->to_string());
    t.emplace_back("income_test", total->to_string() + (*below ? " < " : " ≥ ") + standard->to_string() + " × " +
                                      count + " = " + threshold);
    income_ok = *below;
    if (!*below)
        c.report("RCP-010", field_path{} / "incomes",
                 {per_capita, standard->to_string(), count, total->to_string(), threshold});
}

inline void check_property(std::optional<bool> ok, rule_context& c, const field_path& path, trace& t)
{
    t.emplace_back("property_meets_local_rule", !ok ? "未核定" : *ok ? "是" : "否");
    if (!ok) {
        c.report("RCP-012", path);
    } else if (!*ok) {
        c.report("RCP-011", path);
    }
}

[[nodiscard]] inline bool unable_to_work_by_disability(const std::optional<disability>& d) noexcept
{
    if (!d) return false;
    if (d->is_intellectual_or_mental()) return d->grade() <= 3;
    if (d->category() == disability_category::physical) return d->grade() <= 2;
    if (d->category() == disability_category::visual) return d->grade() == 1;
    return false;
}

[[nodiscard]] inline bool is_lost(const parent& p) noexcept
{
    return p.status != parent_status::living;
}

[[nodiscard]] inline std::string_view status_text(parent_status s) noexcept
{
    switch (s) {
    case parent_status::living: return "健在";
    case parent_status::deceased: return "死亡";
    case parent_status::declared_dead: return "宣告死亡";
    case parent_status::declared_missing: return "宣告失踪";
    case parent_status::untraceable: return "查找不到";
    }
    return "";
}

}  // namespace detail

inline eligibility assess_dibao(const household& h, date on, const rule_set& rules, const policy_table& policy)
{
    rule_context c(rules, policy, on);
    detail::trace t;
    detail::check_structure(h, c);
    bool income_ok = false;
    detail::check_dibao_income(h, c, t, income_ok);
    detail::check_property(h.property_meets_local_rule, c, field_path{} / "property_meets_local_rule", t);
    rules.run_custom(h, c);
    return detail::finish(assistance_category::dibao, c, std::move(t));
}

inline eligibility assess_dibao_edge(const household& h, date on, const rule_set& rules, const policy_table& policy)
{
    rule_context c(rules, policy, on);
    detail::trace t;
    if (dibao_edition_on(on) == dibao_edition::y2012) {
        t.emplace_back("edition", "低保边缘家庭 is a national category from 2021-07-01 (民发〔2021〕57号 第八条)");
        auto e = detail::finish(assistance_category::dibao_edge, c, std::move(t));
        e.eligible = false;
        return e;
    }
    detail::check_structure(h, c);
    const auto dibao = assess_dibao(h, on, rules, policy);
    const auto edge_ratio = c.value<ratio>("dibao_edge_income_ratio", h.registration, field_path{} / "incomes");
    const auto standard = detail::dibao_standard(h.registration, h.kind, c, field_path{} / "incomes");
    t.insert(t.end(), dibao.inputs.begin(), dibao.inputs.end());
    if (dibao.eligible) {
        c.report("RCP-016", field_path{} / "incomes");
    } else if (edge_ratio && standard) {
        const auto how = income_counting_of(h, c);
        detail::trace shown;  // the 低保 assessment's trace above already says how income was counted
        detail::report_income_choices(h, c, how, shown);
        const auto below = detail::below_scaled(h, on, *standard, *edge_ratio, how);
        const auto total = counted_income(h, on, how);
        const auto count = co_resident_members(h, on).size();
        const auto n = static_cast<detail::int128>(count);
        t.emplace_back("dibao_edge_income_ratio", edge_ratio->to_string());
        if (below && total && n > 0) {
            // Exact as below_scaled: total × denominator < standard × numerator × members.
            const auto limit =
                detail::quotient_text(detail::int128{standard->fen()} * edge_ratio->numerator, edge_ratio->denominator);
            const auto threshold = detail::quotient_text(detail::int128{standard->fen()} * edge_ratio->numerator * n,
                                                         edge_ratio->denominator);
            t.emplace_back("dibao_edge_income_test", total->to_string() + (*below ? " < " : " ≥ ") +
                                                         standard->to_string() + " × " + edge_ratio->to_string() +
                                                         " × " + std::to_string(count) + " = " + threshold);
            if (!*below)
                c.report("RCP-015", field_path{} / "incomes",
                         {detail::quotient_text(total->fen(), n), edge_ratio->to_string(), limit, total->to_string(),
                          threshold, std::to_string(count)});
        }
    }
    if (h.property_meets_local_rule == false) c.report("RCP-011", field_path{} / "property_meets_local_rule");
    return detail::finish(assistance_category::dibao_edge, c, std::move(t));
}

inline eligibility assess_individual_application(const household& h, const resident_id& applicant, date on,
                                                 const rule_set& rules, const policy_table& policy)
{
    rule_context c(rules, policy, on);
    const auto* m = h.find(applicant);
    const auto path = field_path{} / "members";
    if (m == nullptr) {
        c.report("VAL-002", path, {"member " + applicant.to_string()});
        return detail::finish(assistance_category::dibao, c, detail::trace{});
    }
    const auto& p = m->person;
    const auto& d = p.disability_certificate;
    const auto* away = p.situation_on(situation_kind::clergy_away, on);
    const bool clergy = away && completed_years(away->during.first(), on) >= 3;
    // Built whole, not by emplace_back into the empty vector: for that, g++ 12 at -O2 and above reports a false
    // -Warray-bounds inside vector's reallocation (the class of false positives GCC 12 added in its inliner).
    detail::trace t{
        {"applicant", p.id.to_string()},
        {"disability", d ? std::string(to_string(d->category())) + " grade " + std::to_string(d->grade()) : "none"}};
    bool allowed = clergy;
    // What is missing, in each language, for RCP-014's {1} (zh) and {2} (en).
    std::vector<std::string> missing_zh;
    std::vector<std::string> missing_en;
    const auto lacks = [&](std::string zh, std::string en) {
        missing_zh.push_back(std::move(zh));
        missing_en.push_back(std::move(en));
    };
    if (dibao_edition_on(on) == dibao_edition::y2012) {
        // 民发〔2012〕220号 art. 10(一): 困难家庭中丧失劳动能力且单独立户的成年重度残疾人; (二) clergy ≥ 3 years.
        t.emplace_back("lost_capacity_to_work", m->lost_capacity_to_work ? "是" : "否");
        t.emplace_back("separate_household", m->separate_household ? "是" : "否");
        if (!clergy) {
            if (p.age_on(on) < 18) lacks("未成年", "not an adult");
            if (!d || !d->is_severe()) lacks("非一级、二级重度残疾", "no grade 1-2 disability");
            if (!m->lost_capacity_to_work) lacks("未认定丧失劳动能力", "not assessed as unable to work");
            if (!m->separate_household) lacks("未单独立户", "not registered as a separate household");
            allowed = missing_zh.empty();
            if (!allowed)
                lacks("也不是在宗教场所居住满三年的宗教教职人员", "nor clergy in religious premises ≥ 3 years");
        }
    } else {
        const bool qualifying = (d && (d->is_severe() || (d->grade() == 3 && d->is_intellectual_or_mental()))) ||
                                p.has(situation_kind::serious_illness, on);
        if (qualifying && !clergy) {
            const auto edge = assess_dibao_edge(h, on, rules, policy);
            t.emplace_back("household_is_dibao_edge", edge.eligible ? "是" : "否");
            allowed = edge.eligible;
            if (!allowed) lacks("家庭须为低保边缘家庭", "the household must be 低保边缘");
        } else if (!clergy) {
            lacks("需一级、二级残疾，三级智力或精神残疾，或重病",
                  "grade 1-2, grade 3 intellectual or mental, or a serious illness");
        }
    }
    if (!allowed) {
        c.report("RCP-014", path, {p.id.to_string(), detail::join(missing_zh, "；"), detail::join(missing_en, "; ")});
    }
    return detail::finish(assistance_category::dibao, c, std::move(t));
}

inline bool supporter_is_unable(const supporter& s, date on)
{
    const int age = s.id.age_on(on);
    const bool means_tested = s.income_below_local_average && s.property_meets_local_rule;
    const bool heavy_disability =
        s.disability_certificate &&
        (s.disability_certificate->is_severe() ||
         (s.disability_certificate->grade() == 3 && s.disability_certificate->is_intellectual_or_mental()));
    return s.is_tekun || (s.on_dibao && age >= 60) || (age >= 70 && means_tested) ||
           (heavy_disability && means_tested) ||
           ((s.lacks_civil_capacity || s.declared_missing || s.imprisoned) && s.property_meets_local_rule);
}

inline void check(const tekun_application& a, rule_context& c)
{
    const auto& p = a.applicant;
    const auto on = c.on();
    const int age = p.age_on(on);
    const auto elderly = c.value<std::int64_t>("elderly_age", p.registration, field_path{} / "applicant");
    const auto child = c.value<std::int64_t>("tekun_child_age", p.registration, field_path{} / "applicant");
    const auto adult = c.value<std::int64_t>("adult_age", p.registration, field_path{} / "applicant");
    if (elderly && child && adult) {
        const bool in_school = p.school == schooling::compulsory || p.school == schooling::senior_high ||
                               p.school == schooling::secondary_vocational;
        const bool unable =
            age >= *elderly || age < *child || detail::unable_to_work_by_disability(p.disability_certificate);
        // Supported minors keep support to 18 from the 2020 reform (item 5; the 2016 measures ended it at 16), and
        // past 18 while in school from the 2021 measures (art. 24). RCP-023's editions are those two.
        const auto* keep = find_library_rule("RCP-023")->source_on(on);
        const bool keep_in_school = keep != nullptr && keep->measure == detail::tk2021;
        const bool kept_as_minor =
            a.already_supported && keep != nullptr && (age < *adult || (keep_in_school && in_school));
        if (!unable && !kept_as_minor) {
            if (a.already_supported && keep != nullptr && age >= *adult && c.is_active("RCP-023")) {
                const auto years = std::to_string(*adult);
                c.report("RCP-023", field_path{} / "applicant",
                         {p.id.to_string(), years, keep_in_school ? "且不在义务教育、普通高中或中职就读" : "",
                          keep_in_school ? " and not in compulsory, senior high or secondary vocational school" : ""});
            } else {
                c.report("RCP-020", field_path{} / "applicant", {std::to_string(age)});
            }
        }
        if (age < *adult && (a.receives_orphan_allowance || a.receives_de_facto_allowance))
            c.report("RCP-025", field_path{} / "applicant",
                     {p.id.to_string(), "特困供养",
                      a.receives_orphan_allowance ? "孤儿基本生活保障金" : "事实无人抚养儿童基本生活补贴"});
    }
    if (a.monthly_income.fen() < 0)
        c.report("RCP-004", field_path{} / "monthly_income", {p.id.to_string(), a.monthly_income.to_string()});
    const auto standard =
        detail::dibao_standard(p.registration, p.registration_kind, c, field_path{} / "monthly_income");
    if (standard && (a.monthly_income >= *standard || a.property_meets_local_rule == false))
        c.report("RCP-021", field_path{} / "monthly_income", {a.monthly_income.to_string(), standard->to_string()});
    if (!a.property_meets_local_rule) c.report("RCP-012", field_path{} / "property_meets_local_rule");
    for (std::size_t i = 0; i < a.supporters.size(); ++i) {
        if (!supporter_is_unable(a.supporters[i], on))
            c.report("RCP-022", field_path{} / "supporters" / i, {a.supporters[i].id.to_string()});
    }
    const auto partial =
        c.value<std::int64_t>("self_care_partial_max_failures", p.registration, field_path{} / "self_care");
    if (partial && a.recorded_tier) {
        const auto tier = care_tier_of(a.self_care, static_cast<int>(*partial));
        int failed = 0;
        for (const bool ok : a.self_care) failed += ok ? 0 : 1;
        const auto name = [](care_tier t) {
            return t == care_tier::self_care ? "全自理" : t == care_tier::partial_loss ? "半护理" : "全护理";
        };
        if (tier != *a.recorded_tier)
            c.report("RCP-024", field_path{} / "recorded_tier",
                     {name(*a.recorded_tier), std::to_string(failed), name(tier)});
    }
}

inline eligibility assess_tekun(const tekun_application& a, date on, const rule_set& rules, const policy_table& policy)
{
    rule_context c(rules, policy, on);
    detail::trace t{{"applicant", a.applicant.id.to_string()},
                    {"age", std::to_string(a.applicant.age_on(on))},
                    {"monthly_income", a.monthly_income.to_string()},
                    {"supporters", std::to_string(a.supporters.size())}};
    check(a, c);
    rules.run_custom(a, c);
    return detail::finish(assistance_category::tekun, c, std::move(t));
}

inline eligibility assess_orphan(const child_application& a, date on, const rule_set& rules, const policy_table& policy)
{
    rule_context c(rules, policy, on);
    detail::trace t{{"child", a.child.id.to_string()}, {"age", std::to_string(a.child.age_on(on))}};
    const auto minor = c.value<std::int64_t>("minor_age", a.child.registration, field_path{} / "child");
    if (minor && a.child.age_on(on) >= *minor) c.report("RCP-030", field_path{} / "child", {a.child.id.to_string()});
    for (std::size_t i = 0; i < 2; ++i)
        t.emplace_back("parent_" + std::to_string(i), std::string(detail::status_text(a.parents[i].status)));
    if (!detail::is_lost(a.parents[0]) || !detail::is_lost(a.parents[1]))
        c.report("RCP-031", field_path{} / "parents", {a.child.id.to_string()});
    rules.run_custom(a, c);
    return detail::finish(assistance_category::orphan, c, std::move(t));
}

namespace detail {

// 死亡 and 失踪 of 民发〔2019〕62号 一: death, a court's declaration of death, a court's declaration of disappearance.
[[nodiscard]] inline bool dead_or_missing(const parent& p) noexcept
{
    return p.status == parent_status::deceased || p.status == parent_status::declared_dead ||
           p.status == parent_status::declared_missing;
}

[[nodiscard]] inline bool is_restriction(situation_kind k) noexcept
{
    return k == situation_kind::imprisoned || k == situation_kind::compulsory_rehab ||
           k == situation_kind::other_restriction;
}

// Why a parent in no listed situation is not one, for RCP-033: {zh, en}.
[[nodiscard]] inline std::pair<std::string, std::string> de_facto_shortfall(const parent& p, date on,
                                                                            de_facto_terms terms)
{
    if (p.status == parent_status::untraceable)
        return {"查找不到不等于失踪：失踪须经人民法院宣告，下落不明的按失联记录其起始日",
                "untraceable is not missing: 失踪 is a court's declaration — record lost contact with its start"};
    for (const auto& s : p.situations) {
        if (!s.during.contains(on)) continue;
        if (is_restriction(s.kind) && !s.during.last())
            return {"服刑、强制隔离戒毒或其他限制人身自由措施未记录期限：按判决书或决定书记录最后一日",
                    "the sentence or restriction has no last day recorded: record its term from the judgment"};
        if (!terms.extended_situations &&
            (s.kind == situation_kind::guardianship_revoked || s.kind == situation_kind::deported))
            return {"被撤销监护资格、被遣送（驱逐）出境在该日期不属于规定情形",
                    "guardianship revoked and deportation are not listed situations on that date"};
    }
    return {"父亲或母亲不属于规定情形，或情形未满规定月数",
            "this parent is in no listed situation, or not for long enough"};
}

}  // namespace detail

inline std::optional<std::string> de_facto_reason(const parent& p, date on, de_facto_terms terms)
{
    if (const auto& d = p.disability_certificate;
        d && (d->is_severe() || (d->grade() >= 3 && d->is_intellectual_or_mental())))
        return "重残";
    if (p.serious_illness) return "重病";
    for (const auto& s : p.situations) {
        if (!s.during.contains(on)) continue;
        switch (s.kind) {
        case situation_kind::imprisoned:
        case situation_kind::compulsory_rehab:
        case situation_kind::other_restriction:
            // By its term, both its days counted (民法典 art. 202): six months from 1 January end on 30 June. Without
            // a last day there is no term, and the time served so far is not one.
            if (const auto last = s.during.last(); last && term_months(s.during.first(), *last) >= terms.months)
                return s.kind == situation_kind::imprisoned         ? "服刑满规定期限"
                       : s.kind == situation_kind::compulsory_rehab ? "强制隔离戒毒满规定期限"
                                                                    : "被执行其他限制人身自由的措施满规定期限";
            break;
        case situation_kind::in_custody:
            // Custody before a judgment has no term: it counts by the days it lasted, to its end or to `on`.
            if (s.during.last() ? term_months(s.during.first(), *s.during.last()) >= terms.months
                                : completed_months(s.during.first(), on) >= terms.months)
                return "在押满规定期限";
            break;
        case situation_kind::lost_contact:
            if (completed_months(s.during.first(), on) >= terms.months) return "失联满规定期限";
            break;
        case situation_kind::serious_illness: return "重病";
        case situation_kind::guardianship_revoked:
            if (terms.extended_situations) return "被撤销监护资格";
            break;
        case situation_kind::deported:
            if (terms.extended_situations) return "被遣送（驱逐）出境";
            break;
        default: break;
        }
    }
    return std::nullopt;
}

inline eligibility assess_de_facto_child(const child_application& a, date on, const rule_set& rules,
                                         const policy_table& policy)
{
    rule_context c(rules, policy, on);
    detail::trace t{{"child", a.child.id.to_string()}, {"age", std::to_string(a.child.age_on(on))}};
    const auto minor = c.value<std::int64_t>("minor_age", a.child.registration, field_path{} / "child");
    if (minor && a.child.age_on(on) >= *minor) c.report("RCP-032", field_path{} / "child", {a.child.id.to_string()});
    const auto months =
        c.value<std::int64_t>("de_facto_child_condition_months", a.child.registration, field_path{} / "parents");
    const auto extended =
        c.value<bool>("de_facto_child_extended_situations", a.child.registration, field_path{} / "parents");
    if (months && extended) {
        const de_facto_terms terms{static_cast<int>(*months), *extended};
        // Two parents dead, missing or untraceable make an orphan (国办发〔2010〕54号), not a de facto unsupported
        // child.
        const bool orphan = detail::is_lost(a.parents[0]) && detail::is_lost(a.parents[1]);
        if (orphan)
            c.report("RCP-033", field_path{} / "parents",
                     {a.child.id.to_string(), "父母均已死亡、失踪或查找不到，应按孤儿认定",
                      "both parents are dead, missing or untraceable: assess as an orphan"});
        for (std::size_t i = 0; i < 2; ++i) {
            const auto& p = a.parents[i];
            const auto reason = detail::dead_or_missing(p) ? std::optional<std::string>(detail::status_text(p.status))
                                                           : de_facto_reason(p, on, terms);
            t.emplace_back("parent_" + std::to_string(i), reason.value_or("不属于规定情形"));
            if (reason || orphan) continue;
            auto [zh, en] = detail::de_facto_shortfall(p, on, terms);
            c.report("RCP-033", field_path{} / "parents" / i, {a.child.id.to_string(), std::move(zh), std::move(en)});
        }
    }
    rules.run_custom(a, c);
    return detail::finish(assistance_category::de_facto_unsupported_child, c, std::move(t));
}

inline void check(const temporary_aid_case& a, rule_context& c)
{
    if (a.type == temporary_aid_type::expenditure) {
        if (a.advance) c.report("RCP-041", field_path{} / "advance");
        const auto average = c.value<money>("per_capita_disposable_income_prev_year", a.division,
                                            field_path{} / "per_capita_disposable_income_annual");
        if (!a.per_capita_disposable_income_annual) {
            c.report("DOC-002", field_path{} / "per_capita_disposable_income_annual",
                     {"/per_capita_disposable_income_annual", "上年人均可支配收入"});
        } else if (average && *a.per_capita_disposable_income_annual >= *average) {
            c.report("RCP-040", field_path{} / "per_capita_disposable_income_annual",
                     {a.per_capita_disposable_income_annual->to_string(), average->to_string()});
        }
    }
    if (a.advance && a.paid_on && c.on() > *a.paid_on) {
        std::vector<std::string> zh;
        std::vector<std::string> en;
        const auto lacks = [&](bool missing, std::string in_zh, std::string in_en) {
            if (!missing) return;
            zh.push_back(std::move(in_zh));
            en.push_back(std::move(in_en));
        };
        lacks(!a.recorded_on, "登记日期", "record date");
        lacks(a.cause.empty(), "救助原因", "cause");
        lacks(a.amount.is_zero(), "金额", "amount");
        if (!zh.empty())
            c.report("RCP-042", field_path{} / "recorded_on", {detail::join(zh, "、"), detail::join(en, ", ")});
    }
}

inline eligibility assess_temporary_aid(const temporary_aid_case& a, date on, const rule_set& rules,
                                        const policy_table& policy)
{
    rule_context c(rules, policy, on);
    detail::trace t{{"type", a.type == temporary_aid_type::emergency ? "急难型" : "支出型"},
                    {"advance", a.advance ? "是" : "否"},
                    {"amount", a.amount.to_string()}};
    check(a, c);
    rules.run_custom(a, c);
    return detail::finish(assistance_category::temporary_assistance, c, std::move(t));
}

inline void check(const vagrant_stay& s, rule_context& c)
{
    const auto limit = c.value<std::int64_t>("rescue_stay_days", s.station, field_path{} / "admitted");
    const auto until = s.left.value_or(c.on());
    const auto days = (until - s.admitted).days();
    if (limit && days > *limit && !s.extension_filed)
        c.report("RCP-045", field_path{} / "left", {std::to_string(days), std::to_string(*limit)});
    if (!s.belongings_registered) c.report("RCP-046", field_path{} / "belongings_registered");
    if (s.receives_dibao) c.report("RCP-047", field_path{} / "receives_dibao");
}

inline eligibility assess_vagrant_stay(const vagrant_stay& s, date on, const rule_set& rules,
                                       const policy_table& policy)
{
    rule_context c(rules, policy, on);
    detail::trace t{{"admitted", minzheng::to_iso_string(s.admitted)},
                    {"left", s.left ? minzheng::to_iso_string(*s.left) : "在站"}};
    check(s, c);
    rules.run_custom(s, c);
    return detail::finish(assistance_category::vagrant, c, std::move(t));
}

}  // namespace minzheng
