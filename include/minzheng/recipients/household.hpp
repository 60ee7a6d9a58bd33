#pragma once
// 家庭 — a household applying for or receiving relief: its members and their relation to the head, who counts as
// a co-resident family member (共同生活的家庭成员) under the edition of the 低保 measures in force, the income that
// is counted and what is deducted, and the per-capita income, computed exactly in 分.

#include <minzheng/core/date.hpp>
#include <minzheng/core/division_code.hpp>
#include <minzheng/core/money.hpp>
#include <minzheng/core/resident_id.hpp>
#include <minzheng/core/rounding.hpp>
#include <minzheng/recipients/person.hpp>
#include <minzheng/rules/context.hpp>
#include <minzheng/rules/field_path.hpp>
#include <minzheng/rules/validator.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace minzheng {

/// The editions of the 低保 measures: 民发〔2012〕220号 until 2021-06-30, 民发〔2021〕57号 from 2021-07-01.
enum class dibao_edition { y2012, y2021 };

/// The edition in force on `on`.
[[nodiscard]] inline dibao_edition dibao_edition_on(date on) noexcept
{
    return on < date(2021, 7, 1) ? dibao_edition::y2012 : dibao_edition::y2021;
}

/// 与户主关系 — a member's relation to the head of household.
enum class relation {
    head,         ///< 户主
    spouse,       ///< 配偶
    child,        ///< 子女
    parent,       ///< 父母
    grandchild,   ///< 孙子女、外孙子女
    grandparent,  ///< 祖父母、外祖父母
    sibling,      ///< 兄弟姐妹
    other,        ///< 其他
};

/// A member of a household as registered on the application.
struct member {
    member(minzheng::person who, minzheng::relation to_head) : person(std::move(who)), relation(to_head) {}

    minzheng::person person;
    minzheng::relation relation = minzheng::relation::other;
    /// 长期共同居住: lives with the household long-term. The 2021 measures count parents and other relatives
    /// with a duty of support only when they do; the 2012 measures count parents either way.
    bool lives_together = true;
    /// 有法定赡养、扶养、抚养义务: for relations other than spouse, parent and child.
    bool has_support_duty = false;
    /// 无独立生活能力: an adult child unable to live independently (students are counted without it).
    bool unable_to_live_independently = false;
    /// 丧失劳动能力: assessed as having lost the capacity to work (a 2012 单人保 condition, 民发〔2012〕220号 art.
    /// 10(一)).
    bool lost_capacity_to_work = false;
    /// 单独立户: registered as a household of one's own within the family (a 2012 单人保 condition, art. 10(一)).
    bool separate_household = false;
    /// 纳入保障: included in the allowance. A co-resident member left out is a finding (RCP-013).
    bool covered = true;

    friend bool operator==(const member&, const member&) = default;
};

/// 收入类别 — income categories, with the items the measures do not count kept apart so they can be listed.
enum class income_kind {
    wages,                 ///< 工资性收入
    business,              ///< 经营净收入
    property,              ///< 财产净收入
    transfer,              ///< 转移净收入 (maintenance, pensions, unemployment insurance, compensation, ...)
    other,                 ///< 其他收入
    social_assistance,     ///< 政府发放的社会救助款物: counted in 2012 (transfer income), not from 2021
    special_care_pension,  ///< 优待抚恤金: not counted (城市居民最低生活保障条例 art. 2; 2021 art. 13)
    family_planning_reward,  ///< 计划生育奖励与扶助金: not counted from 2021
    scholarship,             ///< 奖学金、助学金: not counted from 2021
    award,                   ///< 见义勇为等奖励性补助: not counted from 2021
    basic_pension_central,  ///< 城乡居民基本养老保险中的基础养老金 (中央部分): not counted from 2021
    de_facto_child_allowance,  ///< 事实无人抚养儿童基本生活补贴: not counted (民发〔2019〕62号 三(一))
    /// 设区的市级以上地方人民政府规定不计入的其他收入 (2021 art. 13(四)): not counted where the locality has such a
    /// rule (`dibao_local_income_exclusions`), counted otherwise and under 2012, which has no such article.
    local_exclusion,
};

/// What a locality decides about counting a household's income under the 2021 measures (民发〔2021〕57号 art. 13),
/// read from its policy by income_counting_of().
struct income_counting {
    /// "可按规定适当扣减": the listed expenses are deducted only where the locality provides for it.
    bool deductions = false;
    /// The locality has a rule of art. 13(四): items of kind `local_exclusion` are not counted.
    bool local_exclusions = false;

    friend bool operator==(const income_counting&, const income_counting&) = default;
};

/// Whether income of this kind is counted under the edition (policy-rules.md 1.4) for a household of `type`.
/// 优待抚恤金: under 2012 its exclusion comes from the urban regulation (城市居民最低生活保障条例 art. 2), so it is not
/// counted for urban households and counted for rural ones; from 2021 it is never counted (art. 13(一)).
[[nodiscard]] constexpr bool is_counted(income_kind kind, dibao_edition edition, registration_type type,
                                        income_counting how = {}) noexcept
{
    switch (kind) {
    case income_kind::wages:
    case income_kind::business:
    case income_kind::property:
    case income_kind::transfer:
    case income_kind::other: return true;
    case income_kind::special_care_pension: return edition == dibao_edition::y2012 && type == registration_type::rural;
    case income_kind::local_exclusion: return edition == dibao_edition::y2012 || !how.local_exclusions;
    case income_kind::de_facto_child_allowance: return false;
    case income_kind::social_assistance:
    case income_kind::family_planning_reward:
    case income_kind::scholarship:
    case income_kind::award:
    case income_kind::basic_pension_central: return edition == dibao_edition::y2012;
    }
    return true;
}

/// 可扣减支出 — expenses the 2021 measures allow to deduct (art. 13); the 2012 measures allow none.
enum class deduction_kind {
    disability_or_illness,  ///< 因残、因病产生的刚性支出
    employment_cost,        ///< 必要的就业成本
};

/// Monthly income of one member (or of the household as a whole when `member` is absent).
struct income_item {
    std::optional<resident_id> member;
    income_kind kind = income_kind::wages;
    money monthly;

    friend bool operator==(const income_item&, const income_item&) = default;
};

/// A monthly deduction.
struct deduction_item {
    std::optional<resident_id> member;
    deduction_kind kind = deduction_kind::employment_cost;
    money monthly;

    friend bool operator==(const deduction_item&, const deduction_item&) = default;
};

/// 家庭 — a household in a relief record.
struct household {
    household(std::string household_id, division_code registered_in)
        : id(std::move(household_id)), registration(registered_in)
    {
    }

    std::string id;              ///< the bureau's household number (户编号)
    division_code registration;  ///< 户籍所在地 (the county, or the township's county)
    registration_type kind = registration_type::rural;
    std::vector<member> members;
    std::vector<income_item> incomes;
    std::vector<deduction_item> deductions;
    /// 家庭财产符合当地规定: the locality's property test; nullopt while not assessed (RCP-012).
    std::optional<bool> property_meets_local_rule;

    /// The member with this id, or nullptr.
    const member* find(const resident_id& who) const&& = delete;  // points into this household
    [[nodiscard]] const member* find(const resident_id& who) const& noexcept
    {
        for (const auto& m : members) {
            if (m.person.id == who) return &m;
        }
        return nullptr;
    }

    friend bool operator==(const household&, const household&) = default;
};

/// The library's rules for a household record on its own, judged as of `c.on()`: exactly one head (RCP-002),
/// no person twice (RCP-071), no negative income or deduction (RCP-004), and each member's own rules (check(const
/// person&): RCP-001, RCP-003). Declared with the record, so `validator::validate(household)` finds the same check in
/// every translation unit.
void check(const household& h, rule_context& c);

/// True when `m` is a co-resident family member (共同生活的家庭成员) on `on` under `edition`
/// (2012: 民发〔2012〕220号 art. 5; 2021: 民发〔2021〕57号 art. 7):
/// - head, spouse and minor children always; adult children unable to live independently or in school;
/// - parents: always in 2012, only when living together in 2021;
/// - others with a duty of support only when living together;
/// - never: clergy living away ≥ 3 years (含三年), persons serving a prison sentence, and from 2021 persons in
///   compulsory drug rehabilitation or declared missing.
[[nodiscard]] bool is_co_resident(const member& m, date on, dibao_edition edition);

/// The co-resident family members on `on` under the edition in force that day.
[[nodiscard]] std::vector<const member*> co_resident_members(const household& h, date on);

/// The household's counted monthly income on `on`: counted kinds of co-resident members' income and of
/// household-level income, less the deductions when the 2021 edition applies and the locality allows them
/// (`how.deductions`; 2012 has none). `overflow` past the money range.
[[nodiscard]] result<money> counted_income(const household& h, date on, income_counting how = {});

/// Per-capita monthly income on `on`, rounded by `mode` (the exact comparison with a standard is
/// `income_below(h, on, standard)`, which does not round). `division_by_zero` for a household with no co-resident
/// member.
[[nodiscard]] result<money> per_capita_income(const household& h, date on, rounding mode = rounding::half_up,
                                              income_counting how = {});

/// True when the per-capita income is strictly below `standard` per person, computed exactly (income <
/// standard × members), so no rounding decides a case at the boundary.
[[nodiscard]] result<bool> income_below(const household& h, date on, money standard_per_person,
                                        income_counting how = {});

/// The locality's choices of art. 13 for the household's registration, as of `c.on()`: the flags
/// `dibao_income_deductions` and `dibao_local_income_exclusions` (both off in the national defaults). Under the 2012
/// edition neither exists and nothing is looked up.
[[nodiscard]] income_counting income_counting_of(const household& h, rule_context& c);

// ---- implementation --------------------------------------------------------------------------------------

inline bool is_co_resident(const member& m, date on, dibao_edition edition)
{
    const auto& p = m.person;
    if (p.is_dead_on(on)) return false;
    // Both editions leave out 在监狱内服刑 (2012 art. 5, 2021 art. 7); 在押 (in_custody) is not serving a sentence and
    // stays.
    if (p.has(situation_kind::imprisoned, on)) return false;
    if (edition == dibao_edition::y2021 &&
        (p.has(situation_kind::compulsory_rehab, on) || p.has(situation_kind::declared_missing, on)))
        return false;
    if (const auto* away = p.situation_on(situation_kind::clergy_away, on);
        away && completed_years(away->during.first(), on) >= 3)
        return false;
    switch (m.relation) {
    case relation::head:
    case relation::spouse: return true;
    case relation::child: return p.age_on(on) < 18 || m.unable_to_live_independently || p.school != schooling::none;
    case relation::parent: return edition == dibao_edition::y2012 || m.lives_together;
    default: return m.has_support_duty && m.lives_together;
    }
}

inline std::vector<const member*> co_resident_members(const household& h, date on)
{
    const auto edition = dibao_edition_on(on);
    std::vector<const member*> out;
    for (const auto& m : h.members) {
        if (is_co_resident(m, on, edition)) out.push_back(&m);
    }
    return out;
}

inline result<money> counted_income(const household& h, date on, income_counting how)
{
    const auto edition = dibao_edition_on(on);
    const auto counts = [&](const std::optional<resident_id>& who) {
        if (!who) return true;
        const auto* m = h.find(*who);
        return m != nullptr && is_co_resident(*m, on, edition);
    };
    money total;
    for (const auto& i : h.incomes) {
        if (!is_counted(i.kind, edition, h.kind, how) || !counts(i.member)) continue;
        auto sum = total.plus(i.monthly);
        if (!sum) return sum.error();
        total = *sum;
    }
    if (edition == dibao_edition::y2021 && how.deductions) {
        for (const auto& d : h.deductions) {
            if (!counts(d.member)) continue;
            auto rest = total.minus(d.monthly);
            if (!rest) return rest.error();
            total = *rest;
        }
    }
    return total;
}

inline result<money> per_capita_income(const household& h, date on, rounding mode, income_counting how)
{
    const auto members = co_resident_members(h, on).size();
    if (members == 0) return error::division_by_zero;
    auto total = counted_income(h, on, how);
    if (!total) return total.error();
    return total->divided_by(static_cast<std::int64_t>(members), mode);
}

inline result<bool> income_below(const household& h, date on, money standard_per_person, income_counting how)
{
    const auto members = co_resident_members(h, on).size();
    if (members == 0) return error::division_by_zero;
    auto total = counted_income(h, on, how);
    if (!total) return {boost::system::in_place_error, total.error()};
    auto threshold = standard_per_person.times(static_cast<std::int64_t>(members));
    if (!threshold) return {boost::system::in_place_error, threshold.error()};
    return *total < *threshold;
}

inline income_counting income_counting_of(const household& h, rule_context& c)
{
    if (dibao_edition_on(c.on()) == dibao_edition::y2012) return {};
    // Looked up only where the household has something they decide, so a table without them is not asked.
    income_counting how;
    if (!h.deductions.empty())
        how.deductions =
            c.value<bool>("dibao_income_deductions", h.registration, field_path{} / "deductions").value_or(false);
    for (const auto& i : h.incomes) {
        if (i.kind != income_kind::local_exclusion) continue;
        how.local_exclusions =
            c.value<bool>("dibao_local_income_exclusions", h.registration, field_path{} / "incomes").value_or(false);
        break;
    }
    return how;
}

namespace detail {

inline void check_structure(const household& h, rule_context& c)
{
    const auto base = c.base();
    check_identifier(c, field_path{} / "id", h.id);
    int heads = 0;
    for (std::size_t i = 0; i < h.members.size(); ++i) {
        const auto& m = h.members[i];
        const auto path = field_path{} / "members" / i / "person";
        if (m.relation == relation::head) ++heads;
        for (std::size_t j = 0; j < i; ++j) {
            if (h.members[j].person.id == m.person.id) c.report("RCP-071", path / "id", {m.person.id.to_string()});
        }
        c.set_base(path.under(base));
        check(m.person, c);
        c.set_base(base);
    }
    if (heads != 1) c.report("RCP-002", field_path{} / "members", {h.id, std::to_string(heads)});
    // A loss is no income: it would silently lower the other members' counted income (RCP-004).
    const auto whose = [&](const std::optional<resident_id>& m) { return m ? m->to_string() : h.id; };
    for (std::size_t i = 0; i < h.incomes.size(); ++i) {
        if (h.incomes[i].monthly.fen() < 0)
            c.report("RCP-004", field_path{} / "incomes" / i / "monthly",
                     {whose(h.incomes[i].member), h.incomes[i].monthly.to_string()});
    }
    for (std::size_t i = 0; i < h.deductions.size(); ++i) {
        if (h.deductions[i].monthly.fen() < 0)
            c.report("RCP-004", field_path{} / "deductions" / i / "monthly",
                     {whose(h.deductions[i].member), h.deductions[i].monthly.to_string()});
    }
}

}  // namespace detail

inline void check(const household& h, rule_context& c)
{
    detail::check_structure(h, c);
}

}  // namespace minzheng
