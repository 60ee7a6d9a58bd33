#pragma once
// 案件 — the life cycle of a relief case: application, acceptance, investigation, (2012: democratic appraisal),
// public notice, county review, (2012: county notice), approval or refusal, periodic review, suspension and
// termination, each a dated step. Steps follow the procedure of the category and of the edition in force on the
// application date; deadlines in working days are counted with the work_calendar (policy-rules.md 1.8, 1.13,
// 2.6, 2.7, 4.2).
//
// Public notices (公示) run for `public_notice_days` calendar days, the posting day not counted (民法典 art.
// 201), a last day off moved to the next working day (art. 203; notice_end): a notice posted on 3 February 2020
// runs 4-10 February, and the next step may come on 11 February at the earliest.

#include <minzheng/core/date.hpp>
#include <minzheng/core/detail/names.hpp>
#include <minzheng/core/division_code.hpp>
#include <minzheng/core/error.hpp>
#include <minzheng/core/work_calendar.hpp>
#include <minzheng/recipients/eligibility.hpp>
#include <minzheng/recipients/person.hpp>
#include <minzheng/rules/context.hpp>
#include <minzheng/rules/validator.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace minzheng {

/// The steps of a case.
enum class case_state {
    applied,             ///< 申请
    accepted,            ///< 受理
    returned,            ///< 材料不全，一次性告知 (returned for materials)
    investigating,       ///< 家庭经济状况调查、入户调查
    appraisal,           ///< 民主评议 (2012 低保)
    township_notice,     ///< 乡镇（街道）公示
    county_review,       ///< 县级审批 / 审核确认
    county_notice,       ///< 县级公示 (2012 低保)
    approved,            ///< 批准 / 确认，享受中 (receiving)
    rejected,            ///< 不予批准 / 不予确认
    under_review,        ///< 定期复核
    suspended,           ///< 暂停
    termination_notice,  ///< 终止公示 (特困)
    terminated,          ///< 终止 / 退出
};

/// "applied", "accepted", ...: the names JSON files use.
[[nodiscard]] std::string_view to_string(case_state s) noexcept;
/// The step's name for a clerk: "申请", "乡镇（街道）公示", ...
[[nodiscard]] constexpr std::string_view chinese_name(case_state s) noexcept
{
    switch (s) {
    case case_state::applied: return "申请";
    case case_state::accepted: return "受理";
    case case_state::returned: return "退回补充材料";
    case case_state::investigating: return "家庭经济状况调查";
    case case_state::appraisal: return "民主评议";
    case case_state::township_notice: return "乡镇（街道）公示";
    case case_state::county_review: return "县级审核审批";
    case case_state::county_notice: return "县级公示";
    case case_state::approved: return "批准（享受中）";
    case case_state::rejected: return "不予批准";
    case case_state::under_review: return "定期复核";
    case case_state::suspended: return "暂停";
    case case_state::termination_notice: return "终止公示";
    case case_state::terminated: return "终止";
    }
    return "未知环节";
}
/// The state with this name.
[[nodiscard]] std::optional<case_state> case_state_from_string(std::string_view s) noexcept;

/// 法定事由 — the grounds the measures list for refusing, reducing, suspending or ending assistance.
enum class decision_ground {
    income_above_standard,   ///< 收入超过标准
    property_not_met,        ///< 财产不符合规定
    household_changed,       ///< 家庭人口、收入、财产状况变化
    moved_away,              ///< 户籍迁出
    death,                   ///< 死亡或宣告死亡
    declared_missing,        ///< 宣告失踪
    regained_work_capacity,  ///< 具备或恢复劳动能力 (特困)
    imprisoned,              ///< 服刑 (特困)
    able_supporter,          ///< 法定义务人具备履行能力 (特困)
    fraud,                   ///< 虚报、隐瞒、伪造
    refused_work,            ///< 无正当理由连续三次拒绝介绍的工作 (reduces that member's share)
    not_cooperating,         ///< 无正当理由拒不配合调查核对 (2021 art. 29)
    age_limit,               ///< 年满18周岁且不在校 (特困、孤儿、事实无人抚养儿童)
    voluntary,               ///< 自愿申请退出
};

/// "income_above_standard", ...: the names JSON files use.
[[nodiscard]] std::string_view to_string(decision_ground g) noexcept;
[[nodiscard]] std::optional<decision_ground> decision_ground_from_string(std::string_view s) noexcept;

/// How often a household's situation is expected to change, which sets its review interval.
enum class review_class {
    unchanged,  ///< 收入基本无变化 (三无, serious illness, severe disability): yearly
    stable,     ///< 短期内收入稳定: every 6 months (2012), yearly (2021)
    unstable,   ///< 收入不稳定且有劳动能力: monthly urban / quarterly rural (2012), every 6 months (2021)
};

/// 民主评议记录 — the record of a democratic appraisal: the day the meeting was held and who took part. The 2012
/// 低保 measures (民发〔2012〕220号) hold it within 5 working days of the investigation's end (art. 21) with
/// villager or resident representatives at least two thirds of the participants (art. 22).
struct appraisal_record {
    date held;                ///< the day of the meeting
    int participants = 0;     ///< 参加评议总人数
    int representatives = 0;  ///< of them, 村（居）民代表

    friend bool operator==(const appraisal_record&, const appraisal_record&) = default;
};

/// One dated step of a case, with what the step records. A step's date is the day the case entered it: the
/// `appraisal` step's date is the day the investigation ended.
struct case_event {
    case_event(case_state step, date day) : to(step), on(day) {}

    case_state to = case_state::applied;
    date on;
    int investigators = 0;    ///< on `investigating`: the investigation team's size
    bool home_visit = false;  ///< on the county decision: the county visited the home
    bool extended = false;    ///< the 2021 special-case extension to 45 working days
    bool reduced = false;     ///< on `approved` after a review: the amount was reduced
    std::string reason;       ///< the written reason of a refusal, reduction, suspension or termination
    std::optional<decision_ground> ground;
    /// On a refusal (`rejected`): the day the applicant was notified in writing, due within 3 days (低保 2012
    /// art. 26) or 3 working days (低保 2021 art. 21, 特困 民发〔2021〕43号 art. 18) of the decision (RCP-058).
    std::optional<date> notified;
    /// On `appraisal`: the meeting's record, judged by RCP-061 where given (its absence says nothing of the paper
    /// record the measure asks for); its `held` date ends the appraisal's time limit (RCP-054).
    std::optional<appraisal_record> appraisal;

    friend bool operator==(const case_event&, const case_event&) = default;
};

/// 自理能力变化报告 — a 特困 person's change of self-care reported to the county, and the day it was assessed again.
/// From 2021-07-01 the county reassesses within `self_care_reassessment_working_days` (10) working days of the
/// report (民发〔2021〕43号 art. 23, RCP-063).
struct care_change_report {
    date reported;                   ///< the day the change was reported
    std::optional<date> reassessed;  ///< the day of the new assessment; none yet while it is pending

    friend bool operator==(const care_change_report&, const care_change_report&) = default;
};

/// 案件 — a relief case and its steps.
class case_file {
public:
    std::string id;
    assistance_category category = assistance_category::dibao;
    std::string subject;                    ///< the household id (低保, 低保边缘) or the person's resident id
    division_code division;                 ///< the county handling the case
    std::optional<registration_type> kind;  ///< urban or rural (2012 review intervals)
    review_class review = review_class::unchanged;
    bool near_relative = false;                    ///< applicant related to staff or committee members (近亲属)
    bool separately_registered = false;            ///< 单独登记备案
    std::vector<case_event> events;                ///< in date order; the first is `applied`
    std::vector<care_change_report> care_changes;  ///< 特困: changes of self-care reported, each with its reassessment

    /// A case opened by an application on `applied_on`.
    case_file(std::string case_id, assistance_category c, std::string case_subject, division_code d, date applied_on);

    /// The current step.
    [[nodiscard]] case_state state() const noexcept { return events.back().to; }
    /// The date of the application.
    [[nodiscard]] date applied_on() const noexcept { return events.front().on; }
    /// The date that decides the edition of the procedure: the acceptance (受理) once the case has one, the
    /// application date before (docs/concepts/rules.md, "Which date decides the edition"). Applying and accepting
    /// are the same steps in every edition, so a case's steps never change edition once accepted.
    [[nodiscard]] date edition_date() const noexcept;
    /// The date of the first approval, if any.
    [[nodiscard]] std::optional<date> approved_on() const noexcept;
    /// The first month paid: the month after approval (次月起).
    [[nodiscard]] std::optional<year_month> first_payment_month() const;
    /// True when assistance is paid on `d`: approved on or before it, not suspended or terminated then.
    [[nodiscard]] bool is_active_on(date d) const noexcept;

    /// Adds a step. Errors: `illegal_transition` (the procedure of the category and edition has no such step
    /// from the current one; the case is unchanged), `event_out_of_order` (dated before the current step).
    [[nodiscard]] result<void> advance(case_event e);

    friend bool operator==(const case_file&, const case_file&) = default;
};

/// The last day of a public notice (公示) of `days` days posted on `posted`: the posting day is not counted (民法典
/// art. 201) and a last day that is not a working day moves to the next working day (art. 203; a make-up working
/// day is a working day). Every rule about a notice uses it: its length (RCP-050), the objection deadline of
/// make_public_notice, the decision after the county notice (RCP-054). Errors: `negative_count`, and
/// `outside_calendar` when the notice runs outside the calendar's years (nothing can then be said of rest days).
[[nodiscard]] inline result<date> notice_end(date posted, std::int64_t days, const work_calendar& calendar)
{
    if (days < 0) return error::negative_count;
    if (days > 3'660) return error::parameter_out_of_range;  // public_notice_days' range: no int overflow below
    return calendar.period_end(posted, static_cast<int>(days));
}

/// True when the procedure of `category` (in the edition in force on `applied`) allows `to` after `from`.
[[nodiscard]] bool is_allowed_transition(assistance_category category, date applied, case_state from,
                                         case_state to) noexcept;

/// The grounds the measures list for refusing or ending assistance of a category.
[[nodiscard]] bool is_listed_ground(assistance_category category, decision_ground g) noexcept;

/// Every rule of a case, judged as of the context's date: steps in order (RCP-057; RCP-056 for a posted de facto
/// child case), notice lengths (RCP-050), investigation team size (RCP-051), near-relative handling (RCP-052,
/// RCP-053), step deadlines in working days whether done late or still open (RCP-054), written reasons and listed
/// grounds (RCP-055), and the periodic review (RCP-060).
void check(const case_file& f, rule_context& c);

/// The review interval in months for the case on `on`, or nullopt when its category has none (reporting
/// POL-002 when the parameter is missing).
[[nodiscard]] std::optional<int> review_interval_months(const case_file& f, rule_context& c);

/// The date the next periodic review is due: the last approval or review plus the interval; nullopt when the
/// case is not receiving or its category has no review.
[[nodiscard]] std::optional<date> next_review_due(const case_file& f, rule_context& c);

// ---- implementation --------------------------------------------------------------------------------------

namespace detail {

inline constexpr enum_name<case_state> case_state_names[] = {
    {case_state::applied, "applied"},
    {case_state::accepted, "accepted"},
    {case_state::returned, "returned"},
    {case_state::investigating, "investigating"},
    {case_state::appraisal, "appraisal"},
    {case_state::township_notice, "township_notice"},
    {case_state::county_review, "county_review"},
    {case_state::county_notice, "county_notice"},
    {case_state::approved, "approved"},
    {case_state::rejected, "rejected"},
    {case_state::under_review, "under_review"},
    {case_state::suspended, "suspended"},
    {case_state::termination_notice, "termination_notice"},
    {case_state::terminated, "terminated"},
};

inline constexpr enum_name<decision_ground> decision_ground_names[] = {
    {decision_ground::income_above_standard, "income_above_standard"},
    {decision_ground::property_not_met, "property_not_met"},
    {decision_ground::household_changed, "household_changed"},
    {decision_ground::moved_away, "moved_away"},
    {decision_ground::death, "death"},
    {decision_ground::declared_missing, "declared_missing"},
    {decision_ground::regained_work_capacity, "regained_work_capacity"},
    {decision_ground::imprisoned, "imprisoned"},
    {decision_ground::able_supporter, "able_supporter"},
    {decision_ground::fraud, "fraud"},
    {decision_ground::refused_work, "refused_work"},
    {decision_ground::not_cooperating, "not_cooperating"},
    {decision_ground::age_limit, "age_limit"},
    {decision_ground::voluntary, "voluntary"},
};

[[nodiscard]] inline bool needs_reason(const case_event& e) noexcept
{
    return e.to == case_state::rejected || e.to == case_state::suspended || e.to == case_state::terminated ||
           (e.to == case_state::approved && e.reduced);
}

[[nodiscard]] inline bool is_notice(case_state s) noexcept
{
    return s == case_state::township_notice || s == case_state::county_notice || s == case_state::termination_notice;
}

/// The dates a step started and ended (nullopt while still open), for the first occurrence of `s`.
struct step_span {
    date start;
    std::optional<date> end;
};

[[nodiscard]] inline std::optional<step_span> first_span(const case_file& f, case_state s)
{
    for (std::size_t i = 0; i < f.events.size(); ++i) {
        if (f.events[i].to != s) continue;
        step_span span{f.events[i].on, std::nullopt};
        if (i + 1 < f.events.size()) span.end = f.events[i + 1].on;
        return span;
    }
    return std::nullopt;
}

[[nodiscard]] inline const case_event* first_event(const case_file& f, case_state s)
{
    for (const auto& e : f.events) {
        if (e.to == s) return &e;
    }
    return nullptr;
}

/// The first decision (approval or refusal) after the county review.
[[nodiscard]] inline const case_event* first_decision(const case_file& f)
{
    for (const auto& e : f.events) {
        if (e.to == case_state::approved || e.to == case_state::rejected) return &e;
    }
    return nullptr;
}

/// Reports RCP-054 when the step from `start` had to end within `limit_name` working days and ended later or is
/// still open past its deadline on the context's date.
inline void check_deadline(rule_context& c, const case_file& f, std::string_view step_zh, std::string_view step_en,
                           date start, std::optional<date> end, std::string_view limit_name, date now)
{
    const auto limit = c.value<std::int64_t>(limit_name, f.division, field_path{} / "events");
    if (!limit) return;
    const auto due = c.calendar().add_working_days(start, static_cast<int>(*limit));
    if (!due) return;  // beyond the calendar's years: nothing can be said
    const auto done = end.value_or(now);
    if (done <= *due) return;
    const auto zh =
        end ? "实际完成于 " + minzheng::to_iso_string(*end) : "至 " + minzheng::to_iso_string(now) + " 仍未完成";
    const auto en = end ? "done " + minzheng::to_iso_string(*end) : "still open on " + minzheng::to_iso_string(now);
    c.report("RCP-054", field_path{} / "events",
             {step_zh, minzheng::to_iso_string(*due), std::to_string(*limit), zh, step_en, en});
}

/// Every re-investigation after an objection to a `notice`: from the day the case went back to investigation (or
/// to an appraisal) to the next step that is neither, the new opinion, held to `limit_name` (RCP-054).
inline void check_reinvestigations(rule_context& c, const case_file& f, case_state notice, std::string_view limit_name,
                                   date now)
{
    const auto reopened = [](case_state t) { return t == case_state::investigating || t == case_state::appraisal; };
    for (std::size_t i = 0; i + 1 < f.events.size(); ++i) {
        if (f.events[i].to != notice || !reopened(f.events[i + 1].to)) continue;
        std::optional<date> end;
        for (std::size_t k = i + 2; k < f.events.size() && !end; ++k) {
            if (!reopened(f.events[k].to)) end = f.events[k].on;
        }
        check_deadline(c, f, "异议后重新调查", "re-investigation after an objection", f.events[i + 1].on, end,
                       limit_name, now);
    }
}

}  // namespace detail

inline std::string_view to_string(case_state s) noexcept
{
    return detail::name_of<case_state>(detail::case_state_names, s);
}

inline std::optional<case_state> case_state_from_string(std::string_view s) noexcept
{
    return detail::value_named<case_state>(detail::case_state_names, s);
}

inline std::string_view to_string(decision_ground g) noexcept
{
    return detail::name_of<decision_ground>(detail::decision_ground_names, g);
}

inline std::optional<decision_ground> decision_ground_from_string(std::string_view s) noexcept
{
    return detail::value_named<decision_ground>(detail::decision_ground_names, s);
}

inline bool is_allowed_transition(assistance_category category, date applied, case_state from, case_state to) noexcept
{
    using s = case_state;
    const bool y2012 = dibao_edition_on(applied) == dibao_edition::y2012;
    const bool dibao = category == assistance_category::dibao || category == assistance_category::dibao_edge;
    const bool child =
        category == assistance_category::orphan || category == assistance_category::de_facto_unsupported_child;
    // 民主评议: a step of every 2012 低保 case (arts. 21-24); in 2021 after an objection to the township's notice
    // (低保 art. 19) and, for 特困, whenever the township chooses (民发〔2021〕43号 art. 14 "可以").
    const bool tekun2021 = category == assistance_category::tekun && !y2012;
    const bool may_appraise = dibao || tekun2021;
    switch (from) {
    case s::applied:
        return to == s::accepted || to == s::returned || to == s::rejected ||
               // 先行救助: an emergency is helped first and recorded after (临时救助)
               (category == assistance_category::temporary_assistance && to == s::approved);
    case s::returned: return to == s::applied;
    case s::accepted: return to == s::investigating || to == s::rejected;
    case s::investigating:
        if (dibao && y2012) return to == s::appraisal || to == s::rejected;
        if (child) return to == s::county_review || to == s::rejected;  // no public notice for children
        return to == s::township_notice || to == s::rejected || (tekun2021 && to == s::appraisal);
    case s::appraisal: return may_appraise && (to == s::township_notice || to == s::investigating);
    case s::township_notice:
        // After an objection: investigate again, or (2021 低保 art. 19, 2021 特困) hold an appraisal.
        return to == s::county_review || to == s::investigating ||
               (!y2012 && (dibao || category == assistance_category::tekun) && to == s::appraisal);
    case s::county_review:
        if (dibao && y2012) return to == s::county_notice || to == s::rejected || to == s::investigating;
        return to == s::approved || to == s::rejected || to == s::investigating;
    case s::county_notice: return dibao && y2012 && (to == s::approved || to == s::investigating);
    case s::approved:
        return to == s::under_review || to == s::suspended || to == s::terminated ||
               (category == assistance_category::tekun && to == s::termination_notice);
    case s::under_review:
        return to == s::approved || to == s::suspended || to == s::terminated ||
               (category == assistance_category::tekun && to == s::termination_notice);
    case s::suspended: return to == s::approved || to == s::terminated || to == s::termination_notice;
    case s::termination_notice: return to == s::terminated || to == s::approved;
    case s::rejected:
    case s::terminated: return false;
    }
    return false;
}

inline bool is_listed_ground(assistance_category category, decision_ground g) noexcept
{
    using d = decision_ground;
    switch (category) {
    case assistance_category::dibao:
    case assistance_category::dibao_edge:
        return g == d::income_above_standard || g == d::property_not_met || g == d::household_changed ||
               g == d::moved_away || g == d::death || g == d::fraud || g == d::refused_work ||
               g == d::not_cooperating || g == d::voluntary;
    case assistance_category::tekun:  // 民发〔2021〕43号 art. 24
        return g == d::death || g == d::declared_missing || g == d::regained_work_capacity || g == d::imprisoned ||
               g == d::income_above_standard || g == d::property_not_met || g == d::able_supporter ||
               g == d::voluntary || g == d::age_limit || g == d::fraud;
    case assistance_category::orphan:
    case assistance_category::de_facto_unsupported_child:
        return g == d::age_limit || g == d::household_changed || g == d::death || g == d::fraud || g == d::voluntary;
    case assistance_category::temporary_assistance:
    case assistance_category::vagrant:
        return g == d::income_above_standard || g == d::property_not_met || g == d::fraud || g == d::voluntary ||
               g == d::household_changed;
    }
    return false;
}

inline case_file::case_file(std::string case_id, assistance_category c, std::string case_subject, division_code d,
                            date applied_on)
    : id(std::move(case_id)), category(c), subject(std::move(case_subject)), division(d)
{
    events.emplace_back(case_state::applied, applied_on);
}

inline std::optional<date> case_file::approved_on() const noexcept
{
    for (const auto& e : events) {
        if (e.to == case_state::approved) return e.on;
    }
    return std::nullopt;
}

inline std::optional<year_month> case_file::first_payment_month() const
{
    const auto approved = approved_on();
    if (!approved) return std::nullopt;
    auto next = year_month::of(*approved).next();
    if (!next) return std::nullopt;
    return *next;
}

inline bool case_file::is_active_on(date d) const noexcept
{
    bool active = false;
    for (const auto& e : events) {
        if (e.on > d) break;
        if (e.to == case_state::approved) active = true;
        if (e.to == case_state::suspended || e.to == case_state::terminated || e.to == case_state::rejected)
            active = false;
    }
    return active;
}

inline date case_file::edition_date() const noexcept
{
    for (const auto& e : events) {
        if (e.to == case_state::accepted) return e.on;
    }
    return applied_on();
}

inline result<void> case_file::advance(case_event e)
{
    if (e.on < events.back().on) return error::event_out_of_order;
    if (!is_allowed_transition(category, edition_date(), state(), e.to)) return error::illegal_transition;
    events.push_back(std::move(e));
    return {};
}

inline std::optional<int> review_interval_months(const case_file& f, rule_context& c)
{
    const auto path = field_path{} / "review";
    std::string_view name;
    if (f.category == assistance_category::tekun) {
        name = "tekun_review_months";
    } else if (f.category == assistance_category::dibao || f.category == assistance_category::dibao_edge) {
        const bool y2012 = dibao_edition_on(c.on()) == dibao_edition::y2012;
        switch (f.review) {
        case review_class::unchanged: name = "dibao_review_months_unchanged"; break;
        case review_class::stable: name = y2012 ? "dibao_review_months_stable" : "dibao_review_months_unchanged"; break;
        case review_class::unstable:
            name = !y2012                               ? "dibao_review_months_unstable"
                   : f.kind == registration_type::urban ? "dibao_review_months_unstable_urban"
                                                        : "dibao_review_months_unstable_rural";
            break;
        }
    } else {
        return std::nullopt;
    }
    const auto months = c.value<std::int64_t>(name, f.division, path);
    if (!months) return std::nullopt;
    return static_cast<int>(*months);
}

inline std::optional<date> next_review_due(const case_file& f, rule_context& c)
{
    if (!f.is_active_on(c.on())) return std::nullopt;
    std::optional<date> last;
    for (const auto& e : f.events) {
        if (e.on > c.on()) break;
        if (e.to == case_state::approved || e.to == case_state::under_review) last = e.on;
    }
    const auto months = review_interval_months(f, c);
    if (!last || !months) return std::nullopt;
    const auto start = year_month::of(*last).plus(*months);
    if (!start) return std::nullopt;
    // The same day of the later month, or its last day when it has no such day (民法典 art. 202).
    const int day = std::min<int>(last->day(), start->last_day().day());
    return make_date(start->year(), start->month(), day).value();
}

inline void check(const case_file& f, rule_context& c)
{
    using s = case_state;
    // The procedure is judged by the edition in force on the acceptance date (the application date before
    // one); open steps and the periodic review by the date the check runs.
    const date now = c.on();
    c.set_date(f.edition_date());
    check_identifier(c, field_path{} / "id", f.id);
    const auto events_path = field_path{} / "events";
    const bool child =
        f.category == assistance_category::orphan || f.category == assistance_category::de_facto_unsupported_child;
    // Order of steps.
    for (std::size_t i = 1; i < f.events.size(); ++i) {
        const auto& prev = f.events[i - 1];
        const auto& e = f.events[i];
        if (f.category == assistance_category::de_facto_unsupported_child && detail::is_notice(e.to)) {
            c.report("RCP-056", events_path / i);
        } else if (e.on < prev.on || !is_allowed_transition(f.category, f.edition_date(), prev.to, e.to)) {
            c.report("RCP-057", events_path / i,
                     {f.id, chinese_name(prev.to), chinese_name(e.to), to_string(prev.to), to_string(e.to)});
        }
    }
    if (!f.events.empty() && f.events.front().to != s::applied)
        c.report("RCP-057", events_path / 0,
                 {f.id, "（无）", chinese_name(f.events.front().to), "(nothing)", to_string(f.events.front().to)});
    // Notices long enough: the next step strictly after the notice's last day (notice_end). Outside the
    // calendar's years rest days are unknown, but the last day is never before the posting day plus the days, so
    // a step on or before that day is still too early; nothing later is judged there.
    if (const auto days = c.value<std::int64_t>("public_notice_days", f.division, events_path); days && !child) {
        for (std::size_t i = 0; i + 1 < f.events.size(); ++i) {
            if (!detail::is_notice(f.events[i].to)) continue;
            const auto end = notice_end(f.events[i].on, *days, c.calendar());
            const auto last_day = end ? std::optional<date>(*end)
                                  : end.error() == error::outside_calendar && *days >= 0 && *days <= 3'660
                                      ? std::optional<date>(f.events[i].on + boost::gregorian::days(*days))
                                      : std::nullopt;
            if (last_day && f.events[i + 1].on <= *last_day)
                c.report(
                    "RCP-050", events_path / (i + 1),
                    {chinese_name(f.events[i].to), minzheng::to_iso_string(f.events[i].on),
                     minzheng::to_iso_string(f.events[i + 1].on), std::to_string(*days), to_string(f.events[i].to)});
        }
    }
    // Investigation team size.
    for (std::size_t i = 0; i < f.events.size(); ++i) {
        if (f.events[i].to != s::investigating) continue;
        const auto least = c.value<std::int64_t>("investigation_team_min_size", f.division, events_path / i);
        if (least && f.events[i].investigators < *least)
            c.report("RCP-051", events_path / i / "investigators",
                     {std::to_string(f.events[i].investigators), std::to_string(*least)});
    }
    // Near relatives.
    if (f.near_relative) {
        if (!f.separately_registered) c.report("RCP-052", field_path{} / "separately_registered");
        if (const auto* d = detail::first_decision(f); d && d->to == s::approved && !d->home_visit)
            c.report("RCP-053", events_path);
    }
    // Written reasons and listed grounds.
    for (std::size_t i = 0; i < f.events.size(); ++i) {
        const auto& e = f.events[i];
        if (detail::needs_reason(e) && (e.reason.empty() || !e.ground || !is_listed_ground(f.category, *e.ground)))
            c.report("RCP-055", events_path / i, {chinese_name(e.to), minzheng::to_iso_string(e.on), to_string(e.to)});
    }
    // The written notice of a refusal: 低保 2012 art. 26 within 3 days (a period in days: Civil Code arts. 201,
    // 203, as notice_end), 低保 2021 art. 21 and 特困 2021 art. 18 within 3 working days; the 2016 特困 measures
    // set no time. Still unnotified is late once the day has passed.
    const bool y2012 = dibao_edition_on(f.edition_date()) == dibao_edition::y2012;
    const auto refusal_limit = [&]() -> std::string_view {
        if (f.category == assistance_category::dibao || f.category == assistance_category::dibao_edge)
            return y2012 ? "dibao_refusal_notice_days" : "dibao_refusal_notice_working_days";
        if (f.category == assistance_category::tekun && !y2012) return "tekun_refusal_notice_working_days";
        return {};
    }();
    if (!refusal_limit.empty()) {
        for (std::size_t i = 0; i < f.events.size(); ++i) {
            const auto& e = f.events[i];
            if (e.to != s::rejected) continue;
            const auto name = refusal_limit;
            const auto limit = c.value<std::int64_t>(name, f.division, events_path / i / "notified");
            if (!limit) continue;
            const auto due = y2012 ? notice_end(e.on, *limit, c.calendar())
                                   : c.calendar().add_working_days(e.on, static_cast<int>(*limit));
            if (!due) continue;  // beyond the calendar's years: nothing can be said
            // A notice dated before the decision cannot notify it: a wrong date, reported, never taken as on time.
            const bool early = e.notified && *e.notified < e.on;
            if (!early && (e.notified ? *e.notified <= *due : now <= *due)) continue;
            const auto n = std::to_string(*limit);
            const auto at = e.notified ? minzheng::to_iso_string(*e.notified) : std::string();
            c.report("RCP-058", events_path / i / "notified",
                     {minzheng::to_iso_string(*due), y2012 ? n + " 日" : n + " 个工作日",
                      early        ? "通知日期 " + at + " 早于决定日期 " + minzheng::to_iso_string(e.on)
                      : e.notified ? "实际通知于 " + at
                                   : "至 " + minzheng::to_iso_string(now) + " 仍未通知",
                      y2012 ? n + " days" : n + " working days",
                      early        ? "notified " + at + ", before the decision of " + minzheng::to_iso_string(e.on)
                      : e.notified ? "notified " + at
                                   : "not notified by " + minzheng::to_iso_string(now)});
        }
    }
    // The 2012 appraisal's record (arts. 21-22): held on or after the investigation's end, representatives at
    // least two thirds of the participants (compared in integers: 3r >= 2p).
    if ((f.category == assistance_category::dibao || f.category == assistance_category::dibao_edge) &&
        dibao_edition_on(f.edition_date()) == dibao_edition::y2012) {
        for (std::size_t i = 0; i < f.events.size(); ++i) {
            const auto& e = f.events[i];
            if (e.to != s::appraisal) continue;
            const auto path = events_path / i / "appraisal";
            if (!e.appraisal) continue;  // not recorded here: nothing to judge (the paper record may exist)
            const auto& a = *e.appraisal;
            const auto p = std::to_string(a.participants);
            const auto r = std::to_string(a.representatives);
            if (a.participants < 1 || a.representatives < 0 || a.representatives > a.participants)
                c.report("RCP-061", path / "representatives",
                         {"参加 " + p + " 人、村（居）民代表 " + r + " 人，人数不成立",
                          p + " participants and " + r + " representatives cannot be"});
            else if (3 * static_cast<std::int64_t>(a.representatives) < 2 * static_cast<std::int64_t>(a.participants))
                c.report("RCP-061", path / "representatives",
                         {"参加 " + p + " 人，其中村（居）民代表 " + r + " 人，不足三分之二",
                          r + " of " + p + " participants were representatives, fewer than two thirds"});
            const auto held = minzheng::to_iso_string(a.held);
            if (a.held < e.on)
                c.report("RCP-061", path / "held",
                         {"评议日期 " + held + " 早于调查结束日 " + minzheng::to_iso_string(e.on),
                          "held on " + held + ", before the investigation ended on " + minzheng::to_iso_string(e.on)});
            else if (i + 1 < f.events.size() && a.held > f.events[i + 1].on)
                c.report("RCP-061", path / "held",
                         {"评议日期 " + held + " 晚于下一环节 " + minzheng::to_iso_string(f.events[i + 1].on),
                          "held on " + held + ", after the next step began on " +
                              minzheng::to_iso_string(f.events[i + 1].on)});
        }
    }
    // 特困 termination (2021 art. 26): a proposed termination is posted for 7 days before the decision. Judged by
    // the termination's own date: a case accepted under the 2016 measures and ended after 2021-07-01 is ended
    // under the 2021 procedure.
    if (f.category == assistance_category::tekun) {
        for (std::size_t i = 1; i < f.events.size(); ++i) {
            if (f.events[i].to != s::terminated || f.events[i - 1].to == s::termination_notice) continue;
            c.set_date(f.events[i].on);
            c.report("RCP-062", events_path / i, {minzheng::to_iso_string(f.events[i].on)});
        }
        c.set_date(f.edition_date());
    }
    // 特困 self-care reassessment (2021 art. 23): within 10 working days of the reported change, judged by the
    // report's own date. Pending past the limit on the day of the check is late, as is a reassessment after it; one
    // dated before the report is a wrong date, never taken as on time.
    for (std::size_t i = 0; i < f.care_changes.size(); ++i) {
        const auto& r = f.care_changes[i];
        const auto path = field_path{} / "care_changes" / i;
        c.set_date(r.reported);
        if (!c.is_active("RCP-063")) continue;
        const auto limit = c.value<std::int64_t>("self_care_reassessment_working_days", f.division, path);
        if (!limit) continue;
        const auto due = c.calendar().add_working_days(r.reported, static_cast<int>(*limit));
        if (!due) continue;  // beyond the calendar's years: nothing can be said
        const auto reported = minzheng::to_iso_string(r.reported);
        const auto by = minzheng::to_iso_string(*due);
        const auto n = std::to_string(*limit);
        if (r.reassessed && *r.reassessed < r.reported) {
            const auto at = minzheng::to_iso_string(*r.reassessed);
            c.report("RCP-063", path / "reassessed",
                     {reported, n, by, "评估日期 " + at + " 早于报告日期", "reassessed " + at + ", before the report"});
        } else if (r.reassessed ? *r.reassessed > *due : now > *due) {
            const auto at = r.reassessed ? minzheng::to_iso_string(*r.reassessed) : std::string();
            c.report("RCP-063", path / "reassessed",
                     {reported, n, by,
                      r.reassessed ? "实际评估于 " + at : "至 " + minzheng::to_iso_string(now) + " 仍未评估",
                      r.reassessed ? "reassessed " + at : "not reassessed by " + minzheng::to_iso_string(now)});
        }
    }
    c.set_date(f.edition_date());
    // Deadlines, by category and edition.
    const auto accepted = detail::first_span(f, s::accepted);
    const auto decided = detail::first_decision(f);
    const std::optional<date> decided_on = decided ? std::optional<date>(decided->on) : std::nullopt;
    const bool dibao = f.category == assistance_category::dibao || f.category == assistance_category::dibao_edge;
    if (dibao && dibao_edition_on(f.edition_date()) == dibao_edition::y2012) {
        if (const auto inv = detail::first_span(f, s::investigating); accepted && inv)
            detail::check_deadline(c, f, "入户调查", "investigation", accepted->start, inv->end,
                                   "dibao_investigation_working_days", now);
        // Art. 21: the appraisal is held within 5 working days of the investigation's end, which is the day the
        // case entered the appraisal step; the meeting's own date when recorded, else the step's end.
        if (const auto ap = detail::first_span(f, s::appraisal)) {
            const auto* rec = detail::first_event(f, s::appraisal);
            const auto held = rec->appraisal ? std::optional<date>(rec->appraisal->held) : ap->end;
            detail::check_deadline(c, f, "民主评议", "appraisal", ap->start, held, "dibao_appraisal_working_days", now);
        }
        if (const auto cr = detail::first_span(f, s::county_review))
            detail::check_deadline(c, f, "县级审批", "county review", cr->start, cr->end,
                                   "dibao_county_review_working_days", now);
        if (const auto cn = detail::first_span(f, s::county_notice)) {
            const auto days = c.value<std::int64_t>("public_notice_days", f.division, events_path);
            const auto notice_over =
                days ? notice_end(cn->start, *days, c.calendar()) : result<date>(error::empty_input);
            if (notice_over && (!cn->end || *cn->end > *notice_over))
                detail::check_deadline(c, f, "公示后决定", "decision after notice", *notice_over, cn->end,
                                       "dibao_decision_after_notice_working_days", now);
        }
    } else if (dibao) {
        if (accepted)
            detail::check_deadline(c, f, "启动调查", "start of investigation", accepted->start,
                                   detail::first_span(f, s::investigating)
                                       ? std::optional<date>(detail::first_span(f, s::investigating)->start)
                                       : std::nullopt,
                                   "dibao_investigation_start_working_days", now);
        if (const auto cr = detail::first_span(f, s::county_review))
            detail::check_deadline(c, f, "县级审核确认", "county review", cr->start, cr->end,
                                   "dibao_county_review_working_days", now);
        bool extended = false;
        for (const auto& e : f.events) extended = extended || e.extended;
        if (accepted)
            detail::check_deadline(c, f, "办理总时限", "whole procedure", accepted->start, decided_on,
                                   extended ? "dibao_total_working_days_extended" : "dibao_total_working_days", now);
    } else if (f.category == assistance_category::tekun) {
        // The township's stage ends with its first opinion posted, or with a refusal before any notice.
        if (const auto notice = detail::first_span(f, s::township_notice); accepted)
            detail::check_deadline(c, f, "乡镇调查", "township investigation", accepted->start,
                                   notice                                  ? std::optional<date>(notice->start)
                                   : decided && decided->to == s::rejected ? decided_on
                                                                           : std::nullopt,
                                   "tekun_township_working_days", now);
        if (const auto cr = detail::first_span(f, s::county_review))
            detail::check_deadline(c, f, "县级确认", "county confirmation", cr->start, cr->end,
                                   "tekun_county_working_days", now);
        // 2021 art. 15: an objection to the notice is investigated again and a new first opinion posted within
        // 15 working days (the 2016 measures' text was not read: nothing is held against them).
        if (!y2012) detail::check_reinvestigations(c, f, s::township_notice, "tekun_objection_working_days", now);
    } else if (f.category == assistance_category::de_facto_unsupported_child) {
        if (const auto cr = detail::first_span(f, s::county_review); accepted)
            detail::check_deadline(c, f, "乡镇核查", "township verification", accepted->start,
                                   cr ? std::optional<date>(cr->start) : std::nullopt,
                                   "de_facto_child_township_working_days", now);
        if (const auto cr = detail::first_span(f, s::county_review))
            detail::check_deadline(c, f, "县级确认", "county confirmation", cr->start, cr->end,
                                   "de_facto_child_county_working_days", now);
    }
    // Periodic review.
    c.set_date(now);
    if (const auto due = next_review_due(f, c); due && c.on() > *due) {
        const auto months = review_interval_months(f, c);
        c.report("RCP-060", field_path{} / "review",
                 {minzheng::to_iso_string(*due), std::to_string(months.value_or(0))});
    }
}

}  // namespace minzheng
