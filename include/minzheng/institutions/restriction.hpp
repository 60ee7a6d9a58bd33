#pragma once
// 出入限制 — epidemic-time restriction policies on institutions and services: "三个暂缓" (no new admissions, no
// visits, no outings), 封闭式管理, 只出不进, a cap on persons per window transaction, a funeral attendance cap
// and no farewell ceremonies, suspended marriage registration, entry screening, and measures an application
// defines. Each policy has a scope, a period (open-ended until a later announcement ends it), its source
// announcement and, optionally, the lowest risk level it applies at. Several policies in force combine to the most
// restrictive answer, and the answer says which policy decided (policy-rules.md section 5).

#include <minzheng/core/date.hpp>
#include <minzheng/core/division_code.hpp>
#include <minzheng/institutions/institution.hpp>
#include <minzheng/rules/context.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace minzheng {

/// 公告 — the dated announcement a policy comes from.
struct announcement {
    std::string issuer;  ///< 新兴县民政局, 民政部, ...
    std::string number;  ///< document number, or a title where there is none
    date issued;

    friend bool operator==(const announcement&, const announcement&) = default;
};

/// 风险等级 — a division's epidemic risk level.
enum class risk_level { low, medium, high };

/// A division's risk level over a period.
struct risk_assessment {
    division_code division;
    period during;
    risk_level level = risk_level::low;

    friend bool operator==(const risk_assessment&, const risk_assessment&) = default;
};

/// The risk levels of divisions over time. A division without its own level takes its prefecture's, then its
/// province's; none at all is `std::nullopt`, never "low" by default.
class risk_register {
public:
    /// Adds an assessment; `overlapping_periods` when the division already has a level on some of those days.
    [[nodiscard]] result<void> add(risk_assessment a);
    [[nodiscard]] std::optional<risk_level> level_of(division_code d, date on) const;
    [[nodiscard]] const std::vector<risk_assessment>& assessments() const& noexcept { return list_; }
    const std::vector<risk_assessment>& assessments() const&& = delete;  // would refer into a dying register

private:
    std::vector<risk_assessment> list_;
};

/// The kinds of measure.
enum class measure_kind {
    admissions_suspended,             ///< 暂缓接收新入住 (三个暂缓)
    visits_suspended,                 ///< 暂缓探访 (三个暂缓)
    outings_suspended,                ///< 暂缓外出 (三个暂缓)
    closed_management,                ///< 封闭式管理: no visitors, no admissions, no outings
    only_out_no_in,                   ///< 只出不进: nobody enters, residents and staff included
    window_cap,                       ///< at most `limit` persons per transaction at a service window
    funeral_attendance_cap,           ///< at most `limit` persons attending a funeral
    no_farewell_ceremony,             ///< 不举行告别仪式
    marriage_registration_suspended,  ///< 暂停婚姻登记
    entry_screening,                  ///< 一量体温、二戴口罩、三问行程 before entering
    isolation_before_entry,  ///< `limit` days' isolation before entering living areas (default quarantine_days)
    custom,                  ///< an application-defined measure named in `code`
};

/// 例外情形 — an exception class: a request claims one, and a suspension measure lists those it lets through
/// (养老机构疫情防控指南 第一版、第二版: special circumstances, a family that cannot care, medical need).
enum class access_exception {
    family_cannot_care,   ///< 家人无法照料 (relatives isolated or on the front line): an admission
    medical_emergency,    ///< 就医: an admission for care, or an outing for treatment
    returning_resident,   ///< a resident returning after leave
    special_family_need,  ///< 特殊情况确需探视 (a resident gravely ill, ...): a visit under a visiting ban
};

/// The former name of access_exception, from when exceptions applied to admissions only.
using admission_exception [[deprecated("use access_exception")]] = access_exception;

/// One measure of a policy.
struct measure {
    measure_kind kind = measure_kind::custom;
    std::optional<int> limit;                  ///< persons (caps) or days (isolation)
    std::vector<access_exception> exceptions;  ///< let through a suspension, closed management or only-out-no-in
    std::string code;                          ///< the name of a custom measure

    friend bool operator==(const measure&, const measure&) = default;
};

/// Where a policy applies.
struct policy_scope {
    enum class by { institution, kind, division } type = by::division;
    std::string institution_id;                              ///< for by::institution
    institution_kind kind = institution_kind::elderly_care;  ///< for by::kind (within `division` if set)
    std::optional<division_code> division;                   ///< for by::division, and to narrow by::kind

    [[nodiscard]] bool covers(const institution& i) const noexcept;
    friend bool operator==(const policy_scope&, const policy_scope&) = default;
};

/// 限制措施 — a restriction policy.
struct restriction_policy {
    restriction_policy(std::string policy_id, policy_scope where, period when, announcement from)
        : id(std::move(policy_id)), scope(std::move(where)), in_force(when), source(std::move(from))
    {
    }

    std::string id;
    policy_scope scope;
    period in_force;
    announcement source;
    std::optional<announcement> ended_by;  ///< the later announcement that lifted it (in_force ends the day before)
    std::optional<risk_level> from_risk;   ///< applies only where the risk is at least this level
    std::vector<measure> measures;

    /// The policy ended by `lifting`: in force until the day before it was issued.
    [[nodiscard]] result<restriction_policy> lifted(const announcement& lifting) const;
    [[nodiscard]] const measure* find(measure_kind k) const& noexcept;
    const measure* find(measure_kind k) const&& = delete;  // points into this policy

    friend bool operator==(const restriction_policy&, const restriction_policy&) = default;
};

/// The answer to "may this happen?".
enum class verdict { allow, allow_with_conditions, deny };

/// A decision and its explanation.
struct decision {
    verdict outcome = verdict::allow;
    std::string policy_id;                ///< the policy that decided; empty when nothing restricts
    std::string rule_id;                  ///< the catalogue rule behind the answer (INS-1xx)
    std::vector<std::string> conditions;  ///< what must happen first (isolation, screening)
    std::string reason_zh;
    std::string reason_en;
    std::string source;  ///< the rule's source in force on the day: the national guide, or the local announcement
    std::vector<std::string> policies_in_force;  ///< every policy that applied, for the record

    [[nodiscard]] bool allowed() const noexcept { return outcome != verdict::deny; }
};

/// 隔离观察 — an isolation observation: its first day and its length. It ends on its last day; entry is allowed from
/// the day after (a 14-day isolation from 2020-02-10 ends on 2020-02-23, entry from 2020-02-24).
struct isolation_period {
    date first;
    int days = 0;           ///< the length in days; shorter than the policy's days is INS-115
    bool abnormal = false;  ///< it ended with an abnormality (symptoms, a positive test): no entry

    /// The last day of the isolation (`first` for a one-day isolation); `first` when `days` < 1, and Boost's
    /// last date (9999-12-31) for a length past it, so that no length makes the date arithmetic throw.
    [[nodiscard]] date last() const
    {
        const date end_of_dates(9999, 12, 31);
        if (days < 1) return first;
        if (days - 1 >= (end_of_dates - first).days()) return end_of_dates;
        return first + boost::gregorian::days(days - 1);
    }
    /// The first day entry is allowed: the day after the last (never past 9999-12-31).
    [[nodiscard]] date entry_from() const
    {
        const auto end = last();
        return end == date(9999, 12, 31) ? end : end + boost::gregorian::days(1);
    }

    friend bool operator==(const isolation_period&, const isolation_period&) = default;
};

/// Someone asking to come in: a new resident, a returning resident, staff, a visitor.
struct entry_request {
    enum class who { new_resident, returning_resident, staff, visitor } role = who::visitor;
    std::optional<access_exception> exception;  ///< the exception class claimed
    std::optional<isolation_period> isolation;  ///< the isolation observation done (or under way) before entry
    bool symptoms = false;
    bool epidemic_contact = false;  ///< contact with an epidemic area within the look-back window

    friend bool operator==(const entry_request&, const entry_request&) = default;
};

/// What a request asks for.
enum class access_action {
    admit,   ///< a new resident moves in
    visit,   ///< a visitor comes
    go_out,  ///< a resident goes out
    enter,   ///< staff or a returning resident enter the living area
};

/// 出入申请 — who asks for what, with the exception claimed: a family's special need during a visiting ban is
/// `{access_action::visit, {.exception = access_exception::special_family_need}}`.
struct access_request {
    access_action what = access_action::visit;
    entry_request entry;  ///< who asks, the exception claimed, and the facts an entry needs (isolation, symptoms)

    friend bool operator==(const access_request&, const access_request&) = default;
};

/// The restriction policies a county holds, and the decisions they give. The policies, the risk register and the
/// policy table are passed in: nothing is global.
class restriction_book {
public:
    std::vector<restriction_policy> policies;
    risk_register risks;

    /// Policies in force for the institution on `on` (risk level permitting).
    [[nodiscard]] std::vector<const restriction_policy*> in_force(const institution& i, date on) const&;
    std::vector<const restriction_policy*> in_force(const institution& i,
                                                    date on) const&& = delete;  // points into this book

    /// 暂缓接收 — may a new resident be admitted on `on`?
    [[nodiscard]] decision may_admit(const institution& i, date on, const entry_request& r, rule_context& c) const;
    /// 暂缓探访 — may a visitor come on `on`? A ban lets through the exception the request claims when its measure
    /// lists it, with the guide's conditions named (registration, temperature, mask, a separate room, never the
    /// living area); a claimed exception the measure does not list is refused, and the reason says so.
    [[nodiscard]] decision may_visit(const institution& i, date on, const entry_request& r, rule_context& c) const;
    /// A visit with no exception claimed.
    [[nodiscard]] decision may_visit(const institution& i, date on, rule_context& c) const;
    /// 暂缓外出 — may a resident go out on `on`? An outing for treatment (medical_emergency) passes where the measure
    /// lists it, on condition of isolation before coming back.
    [[nodiscard]] decision may_go_out(const institution& i, date on, const entry_request& r, rule_context& c) const;
    /// An outing with no exception claimed.
    [[nodiscard]] decision may_go_out(const institution& i, date on, rule_context& c) const;
    /// Any of the four: admit, visit, go out, enter. Each INS rule decides only where the rule set has it switched
    /// on and one of its sources is in force on `on` (a county's announcement is a source from its own date).
    [[nodiscard]] decision decide(const institution& i, date on, const access_request& r, rule_context& c) const;
    /// May staff or a (new or returning) resident enter the living area on `on`?
    [[nodiscard]] decision may_enter(const institution& i, date on, const entry_request& r, rule_context& c) const;
    /// May a window serve `persons` persons in one transaction on `on`?
    [[nodiscard]] decision may_serve(const institution& window, date on, int persons, rule_context& c) const;
    /// May the registry register a marriage on `on`?
    [[nodiscard]] decision may_register_marriage(const institution& registry, date on, rule_context& c) const;
    /// May a funeral with `attendees` persons (and a farewell ceremony if `farewell`) be held on `on`?
    [[nodiscard]] decision may_hold_ceremony(const institution& funeral_home, date on, int attendees, bool farewell,
                                             rule_context& c) const;
};

// ---- implementation --------------------------------------------------------------------------------------

inline result<void> risk_register::add(risk_assessment a)
{
    for (const auto& x : list_) {
        if (x.division == a.division && x.during.overlaps(a.during)) return error::overlapping_periods;
    }
    list_.push_back(std::move(a));
    return {};
}

inline std::optional<risk_level> risk_register::level_of(division_code d, date on) const
{
    for (std::optional<division_code> at = d; at; at = at->parent()) {
        for (const auto& x : list_) {
            if (x.division == *at && x.during.contains(on)) return x.level;
        }
    }
    return std::nullopt;
}

inline bool policy_scope::covers(const institution& i) const noexcept
{
    switch (type) {
    case by::institution: return i.id == institution_id;
    case by::kind: return i.kind == kind && (!division || i.division.is_within(*division));
    case by::division: return division && i.division.is_within(*division);
    }
    return false;
}

inline result<restriction_policy> restriction_policy::lifted(const announcement& lifting) const
{
    if (lifting.issued <= in_force.first()) return error::event_out_of_order;
    auto p = *this;
    auto last = period::make(in_force.first(), lifting.issued - boost::gregorian::days(1));
    if (!last) return last.error();
    if (in_force.last() && *in_force.last() < *last->last()) return error::event_out_of_order;
    p.in_force = *last;
    p.ended_by = lifting;
    return p;
}

inline const measure* restriction_policy::find(measure_kind k) const& noexcept
{
    for (const auto& m : measures) {
        if (m.kind == k) return &m;
    }
    return nullptr;
}

namespace detail {

[[nodiscard]] inline int rank(verdict v) noexcept
{
    return v == verdict::deny ? 2 : v == verdict::allow_with_conditions ? 1 : 0;
}

/// Folds one policy's answer into the decision: the most restrictive wins; the first to reach a level decides. A rule
/// the rule set switches off, or none of whose sources is in force on `on`, decides nothing.
inline void combine(decision& d, const rule_context& c, date on, verdict v, const restriction_policy& p,
                    std::string_view rule, std::string_view why_zh, std::string_view why_en,
                    std::vector<std::string> conditions = {})
{
    const auto* info = find_library_rule(rule);
    if (!c.rules().is_enabled(rule) || info == nullptr || !info->applies_on(on)) return;
    if (rank(v) > rank(d.outcome)) {
        const auto* cited = info->source_on(on);
        d.source = std::string(cited->measure) + ' ' + std::string(cited->article);
        if (v == verdict::deny) d.conditions.clear();  // a refusal has no conditions to meet
        d.outcome = v;
        d.policy_id = p.id;
        d.rule_id = std::string(rule);
        d.reason_zh = std::string(why_zh) + "（" + p.source.issuer + " " + p.source.number + "，" +
                      minzheng::to_iso_string(p.source.issued) + "）";
        d.reason_en = std::string(why_en) + " (" + p.source.issuer + " " + p.source.number + ", " +
                      minzheng::to_iso_string(p.source.issued) + ")";
    }
    if (v == verdict::allow_with_conditions && d.outcome != verdict::deny)
        d.conditions.insert(d.conditions.end(), conditions.begin(), conditions.end());
}

[[nodiscard]] inline decision start(const restriction_book& book, const institution& i, date on)
{
    decision d;
    for (const auto* p : book.in_force(i, on)) d.policies_in_force.push_back(p->id);
    return d;
}

[[nodiscard]] inline bool allows(const measure& m, std::optional<access_exception> e) noexcept
{
    return e && std::find(m.exceptions.begin(), m.exceptions.end(), *e) != m.exceptions.end();
}

/// The exception class in a clerk's words.
[[nodiscard]] inline std::string_view exception_zh(access_exception e) noexcept
{
    switch (e) {
    case access_exception::family_cannot_care: return "家人无法照料";
    case access_exception::medical_emergency: return "就医";
    case access_exception::returning_resident: return "院内人员返回";
    case access_exception::special_family_need: return "特殊情况确需探视";
    }
    return "";
}

/// What a refusal adds when the request claimed an exception the measure does not list.
[[nodiscard]] inline std::string unlisted_zh(std::optional<access_exception> e)
{
    return e ? "；该措施未列“" + std::string(exception_zh(*e)) + "”为例外" : std::string();
}
[[nodiscard]] inline std::string unlisted_en(std::optional<access_exception> e)
{
    return e ? std::string("; the measure does not list the exception claimed") : std::string();
}

/// True when `r` has an isolation over by `on` without abnormality.
[[nodiscard]] inline bool isolation_over(const entry_request& r, date on)
{
    return r.isolation && !r.isolation->abnormal && r.isolation->days >= 1 && r.isolation->entry_from() <= on;
}

/// The isolation measure for someone entering (INS-110): no isolation is a condition to meet; an isolation under
/// way, or ended with an abnormality, denies; one over by `on` and at least the policy's days allows plainly — no
/// lingering condition. One shorter than the policy's days is INS-115 and counts as not done.
inline void isolation(decision& d, const restriction_policy& p, const institution& i, date on, const entry_request& r,
                      rule_context& c)
{
    const auto* m = p.find(measure_kind::isolation_before_entry);
    if (m == nullptr) return;
    auto days = m->limit ? std::optional<std::int64_t>(*m->limit)
                         : c.value<std::int64_t>(scoped_parameter("quarantine_days", i.kind, c, i.division), i.division,
                                                 field_path{} / "isolation");
    if (!days) return;
    if (r.symptoms) return combine(d, c, on, verdict::deny, p, "INS-110", "有可疑症状，不得进入", "symptoms: no entry");
    const auto need = std::to_string(*days);
    const auto first_isolate = [&] {
        combine(d, c, on, verdict::allow_with_conditions, p, "INS-110", "须先隔离观察", "isolation first",
                {"先隔离观察 " + need + " 天无异常后方可进入生活区"});
    };
    if (!r.isolation) return first_isolate();
    const auto& iso = *r.isolation;
    if (iso.days < *days) {
        c.report("INS-115", field_path{} / "isolation" / "days", {std::to_string(iso.days), need});
        return first_isolate();
    }
    if (iso.abnormal)
        return combine(d, c, on, verdict::deny, p, "INS-110", "隔离观察有异常，不得进入", "isolation ended abnormally");
    if (on < iso.entry_from()) {
        const auto from = minzheng::to_iso_string(iso.entry_from());
        return combine(d, c, on, verdict::deny, p, "INS-110",
                       "隔离观察至 " + minzheng::to_iso_string(iso.last()) + " 止，" + from + " 起方可进入",
                       "in isolation until " + minzheng::to_iso_string(iso.last()) + ", entry from " + from);
    }
    // Over, long enough, no abnormality: this measure asks nothing more.
}

/// What a ban lets through when its measure lists the exception claimed: the outcome in words, and the conditions.
struct let_through {
    std::string_view zh;  ///< 有条件探视, 可外出
    std::string_view en;  ///< the visit, the outing
    std::vector<std::string> conditions;
};

/// A ban of kind `k` in `p`, if it has one: refuses, unless its measure lists the exception claimed, which passes on
/// the conditions of `through`; a refused claim is named in the reason.
inline void ban(decision& d, const rule_context& c, date on, const restriction_policy& p, measure_kind k,
                std::string_view rule, std::string_view zh, std::string_view en,
                std::optional<access_exception> claimed, const let_through& through)
{
    const auto* m = p.find(k);
    if (m == nullptr) return;
    if (allows(*m, claimed))
        return combine(
            d, c, on, verdict::allow_with_conditions, p, rule,
            std::string(zh) + "；按例外情形（" + std::string(exception_zh(*claimed)) + "）" + std::string(through.zh),
            std::string(en) + "; the exception claimed lets " + std::string(through.en) + " through on conditions",
            through.conditions);
    combine(d, c, on, verdict::deny, p, rule, std::string(zh) + unlisted_zh(claimed),
            std::string(en) + unlisted_en(claimed));
}

}  // namespace detail

inline std::vector<const restriction_policy*> restriction_book::in_force(const institution& i, date on) const&
{
    std::vector<const restriction_policy*> out;
    for (const auto& p : policies) {
        if (!p.scope.covers(i) || !p.in_force.contains(on)) continue;
        if (p.from_risk) {
            const auto level = risks.level_of(i.division, on);
            // An unknown level is treated as meeting the threshold: the restriction is kept, never waived by a guess.
            if (level && *level < *p.from_risk) continue;
        }
        out.push_back(&p);
    }
    return out;
}

inline decision restriction_book::may_admit(const institution& i, date on, const entry_request& r,
                                            rule_context& c) const
{
    auto d = detail::start(*this, i, on);
    for (const auto* p : in_force(i, on)) {
        if (p->find(measure_kind::only_out_no_in) &&
            !detail::allows(*p->find(measure_kind::only_out_no_in), r.exception))
            detail::combine(d, c, on, verdict::deny, *p, "INS-105",
                            "只出不进，暂停接收" + detail::unlisted_zh(r.exception),
                            "only out, no in: no admissions" + detail::unlisted_en(r.exception));
        bool suspended = false;
        bool excepted = false;
        for (const auto k : {measure_kind::admissions_suspended, measure_kind::closed_management}) {
            const auto* m = p->find(k);
            if (m == nullptr) continue;
            suspended = true;
            if (detail::allows(*m, r.exception)) {
                excepted = true;
            } else {
                detail::combine(d, c, on, verdict::deny, *p,
                                k == measure_kind::admissions_suspended ? "INS-101" : "INS-104",
                                "暂缓接收新入住" + detail::unlisted_zh(r.exception),
                                "admissions suspended" + detail::unlisted_en(r.exception));
            }
        }
        // An exception admitted under a suspension, or an admission where nothing is suspended, may still need
        // isolation first.
        if (!suspended || excepted) detail::isolation(d, *p, i, on, r, c);
    }
    return d;
}

inline decision restriction_book::may_visit(const institution& i, date on, rule_context& c) const
{
    return may_visit(i, on, entry_request{}, c);
}

inline decision restriction_book::may_visit(const institution& i, date on, const entry_request& r,
                                            rule_context& c) const
{
    auto d = detail::start(*this, i, on);
    // 第一版: visitors only in special circumstances, registered and screened, met apart from the living area.
    const detail::let_through visit{
        "有条件探视",
        "the visit",
        {"登记近期行程并测量体温、佩戴口罩", "在单独接待室按指定区域和路线会面，不进入生活区"}};
    const auto ban = [&](const restriction_policy& p, measure_kind k, std::string_view rule, std::string_view zh,
                         std::string_view en) { detail::ban(d, c, on, p, k, rule, zh, en, r.exception, visit); };
    for (const auto* p : in_force(i, on)) {
        ban(*p, measure_kind::visits_suspended, "INS-102", "暂缓探访", "visits suspended");
        ban(*p, measure_kind::closed_management, "INS-104", "封闭式管理，谢绝探访", "closed management: no visits");
        ban(*p, measure_kind::only_out_no_in, "INS-105", "只出不进", "only out, no in");
        if (p->find(measure_kind::entry_screening))
            detail::combine(d, c, on, verdict::allow_with_conditions, *p, "INS-109", "须经入口检查", "entry screening",
                            {"一量体温、二戴口罩、三问行程"});
    }
    return d;
}

inline decision restriction_book::may_go_out(const institution& i, date on, rule_context& c) const
{
    return may_go_out(i, on, entry_request{}, c);
}

inline decision restriction_book::may_go_out(const institution& i, date on, const entry_request& r,
                                             rule_context& c) const
{
    auto d = detail::start(*this, i, on);
    // 第一版 and Guangdong practice: a resident back from a special outing is observed in the isolation area first.
    const detail::let_through outing{"可外出", "the outing", {"返回时先在隔离区观察无异常，方可进入生活区"}};
    const auto ban = [&](const restriction_policy& p, measure_kind k, std::string_view rule, std::string_view zh,
                         std::string_view en) { detail::ban(d, c, on, p, k, rule, zh, en, r.exception, outing); };
    for (const auto* p : in_force(i, on)) {
        ban(*p, measure_kind::outings_suspended, "INS-103", "暂缓外出", "outings suspended");
        ban(*p, measure_kind::closed_management, "INS-104", "封闭式管理，暂停外出", "closed management: no outings");
        if (p->find(measure_kind::only_out_no_in))
            detail::combine(d, c, on, verdict::allow_with_conditions, *p, "INS-105", "只出不进：外出后不得返回",
                            "only out, no in: leaving means not coming back", {"外出后须隔离观察并经检测方可返回"});
    }
    return d;
}

inline decision restriction_book::decide(const institution& i, date on, const access_request& r, rule_context& c) const
{
    switch (r.what) {
    case access_action::admit: return may_admit(i, on, r.entry, c);
    case access_action::visit: return may_visit(i, on, r.entry, c);
    case access_action::go_out: return may_go_out(i, on, r.entry, c);
    case access_action::enter: break;
    }
    // Entering is for staff and returning residents; a request that names a new resident or a visitor is answered
    // as the admission or visit it is (may_enter's own dispatch).
    return may_enter(i, on, r.entry, c);
}

inline decision restriction_book::may_enter(const institution& i, date on, const entry_request& r,
                                            rule_context& c) const
{
    if (r.role == entry_request::who::new_resident) return may_admit(i, on, r, c);
    if (r.role == entry_request::who::visitor) return may_visit(i, on, c);
    auto d = detail::start(*this, i, on);
    for (const auto* p : in_force(i, on)) {
        if (p->find(measure_kind::only_out_no_in) && !detail::isolation_over(r, on))
            detail::combine(d, c, on, verdict::deny, *p, "INS-105", "只出不进：须隔离并检测后进入",
                            "only out, no in: isolation and a test first");
        detail::isolation(d, *p, i, on, r, c);
        if (p->find(measure_kind::entry_screening))
            detail::combine(d, c, on, verdict::allow_with_conditions, *p, "INS-109", "须经入口检查", "entry screening",
                            {"一量体温、二戴口罩、三问行程"});
    }
    return d;
}

inline decision restriction_book::may_serve(const institution& window, date on, int persons, rule_context& c) const
{
    auto d = detail::start(*this, window, on);
    for (const auto* p : in_force(window, on)) {
        if (const auto* m = p->find(measure_kind::window_cap)) {
            const auto cap = m->limit ? std::optional<std::int64_t>(*m->limit)
                                      : c.value<std::int64_t>("window_persons_per_transaction", window.division,
                                                              field_path{} / "persons");
            if (cap && persons > *cap)
                detail::combine(d, c, on, verdict::deny, *p, "INS-106",
                                "每项业务最多 " + std::to_string(*cap) + " 人，本次 " + std::to_string(persons) + " 人",
                                "at most " + std::to_string(*cap) + " persons per transaction, " +
                                    std::to_string(persons) + " came");
        }
        if (p->find(measure_kind::entry_screening))
            detail::combine(d, c, on, verdict::allow_with_conditions, *p, "INS-109", "须经入口检查", "entry screening",
                            {"一量体温、二戴口罩、三问行程"});
    }
    return d;
}

inline decision restriction_book::may_register_marriage(const institution& registry, date on, rule_context& c) const
{
    auto d = detail::start(*this, registry, on);
    for (const auto* p : in_force(registry, on)) {
        if (p->find(measure_kind::marriage_registration_suspended))
            detail::combine(d, c, on, verdict::deny, *p, "INS-108", "暂停婚姻登记", "marriage registration suspended");
    }
    return d;
}

inline decision restriction_book::may_hold_ceremony(const institution& funeral_home, date on, int attendees,
                                                    bool farewell, rule_context& c) const
{
    auto d = detail::start(*this, funeral_home, on);
    for (const auto* p : in_force(funeral_home, on)) {
        if (farewell && p->find(measure_kind::no_farewell_ceremony))
            detail::combine(d, c, on, verdict::deny, *p, "INS-107", "暂停告别仪式", "no farewell ceremonies");
        if (const auto* m = p->find(measure_kind::funeral_attendance_cap)) {
            const auto cap = m->limit ? std::optional<std::int64_t>(*m->limit)
                                      : c.value<std::int64_t>("funeral_attendance_cap", funeral_home.division,
                                                              field_path{} / "attendees");
            if (cap && attendees > *cap)
                detail::combine(d, c, on, verdict::deny, *p, "INS-107",
                                "到馆人数不得超过 " + std::to_string(*cap) + " 人",
                                "at most " + std::to_string(*cap) + " attendees");
        }
        if (p->find(measure_kind::entry_screening))
            detail::combine(d, c, on, verdict::allow_with_conditions, *p, "INS-109", "须经入口检查", "entry screening",
                            {"一量体温、二戴口罩、三问行程"});
    }
    return d;
}

}  // namespace minzheng
