#pragma once
// 政策参数表 — the local policy parameters a rule needs (a county's 低保 standard from a date, the fever threshold,
// the days of public notice), each keyed by name, division and effective period. A lookup returns the value in
// force for a division on a date, inheriting county -> prefecture -> province -> national; no value in force
// is reported, never replaced by a silent default. Parameters and their units: docs/parameters.md (generated).

#include <minzheng/core/date.hpp>
#include <minzheng/core/detail/text.hpp>
#include <minzheng/core/division_code.hpp>
#include <minzheng/core/error.hpp>
#include <minzheng/core/money.hpp>
#include <minzheng/core/rounding.hpp>
#include <minzheng/rules/catalogue.hpp>

#include <algorithm>
#include <array>
#include <compare>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace minzheng {

/// What a parameter's number means.
enum class parameter_kind {
    money,         ///< an amount in 分 (a standard, a cap)
    ratio,         ///< a fraction, e.g. 3/2 for "1.5 × the standard"
    count,         ///< a number of persons, items, a day of the month
    days,          ///< calendar days
    working_days,  ///< working days (工作日), counted with a work_calendar
    months,        ///< months
    years,         ///< years of age
    decicelsius,   ///< a temperature in 0.1 ℃ (373 = 37.3 ℃)
    flag,          ///< yes or no
};

/// "money", "ratio", ...: the names JSON files use.
[[nodiscard]] constexpr std::string_view to_string(parameter_kind k) noexcept
{
    switch (k) {
    case parameter_kind::money: return "money";
    case parameter_kind::ratio: return "ratio";
    case parameter_kind::count: return "count";
    case parameter_kind::days: return "days";
    case parameter_kind::working_days: return "working_days";
    case parameter_kind::months: return "months";
    case parameter_kind::years: return "years";
    case parameter_kind::decicelsius: return "decicelsius";
    case parameter_kind::flag: return "flag";
    }
    return "count";
}

/// 比例 — an exact fraction with a positive denominator (3/2 for 1.5).
struct ratio {
    std::int64_t numerator = 0;
    std::int64_t denominator = 1;

    /// `division_by_zero` for a zero denominator, `invalid_number_format` for a negative one.
    [[nodiscard]] static result<ratio> make(std::int64_t numerator, std::int64_t denominator) noexcept
    {
        if (denominator == 0) return error::division_by_zero;
        if (denominator < 0) return error::invalid_number_format;
        return ratio{numerator, denominator};
    }
    /// Parses "3/2", "1.5" or "30%". Errors: `invalid_number_format`, `division_by_zero`, `overflow`.
    [[nodiscard]] static result<ratio> parse(std::string_view text);
    /// "3/2".
    [[nodiscard]] std::string to_string() const
    {
        return std::to_string(numerator) + '/' + std::to_string(denominator);
    }
    /// Compared by value: 3/2 == 6/4.
    friend bool operator==(const ratio& a, const ratio& b) noexcept
    {
        return detail::int128{a.numerator} * b.denominator == detail::int128{b.numerator} * a.denominator;
    }
};

/// A parameter's value; its alternative follows the kind: money, ratio, bool for flags, std::int64_t otherwise.
using parameter_value = std::variant<money, ratio, std::int64_t, bool>;

/// True when `v` holds the alternative that `kind` needs.
[[nodiscard]] constexpr bool value_fits(const parameter_value& v, parameter_kind kind) noexcept
{
    switch (kind) {
    case parameter_kind::money: return std::holds_alternative<money>(v);
    case parameter_kind::ratio: return std::holds_alternative<ratio>(v);
    case parameter_kind::flag: return std::holds_alternative<bool>(v);
    default: return std::holds_alternative<std::int64_t>(v);
    }
}

/// The values a parameter may take, both ends included: 分 for money, the number itself for counts, days, months,
/// years and 0.1 ℃, and for a ratio the value of numerator / denominator (whose denominator is at most
/// `max_ratio_denominator`). A value outside is refused when a table is loaded or added to (POL-003,
/// `parameter_out_of_range`), so no rule ever computes with a negative notice period or a 10^18-day deadline.
struct value_range {
    std::int64_t min = 0;
    std::int64_t max = 0;

    [[nodiscard]] constexpr bool contains(std::int64_t v) const noexcept { return min <= v && v <= max; }
    friend constexpr bool operator==(const value_range&, const value_range&) noexcept = default;
};

/// The largest denominator a ratio parameter may have (1/1000000 is finer than any measure writes).
inline constexpr std::int64_t max_ratio_denominator = 1'000'000;

/// The range every parameter of a kind may take unless the parameter narrows it (parameter_range): wide enough for
/// any value a locality sets, narrow enough that deadline and amount arithmetic cannot overflow.
[[nodiscard]] constexpr value_range kind_range(parameter_kind k) noexcept
{
    switch (k) {
    case parameter_kind::money: return {0, 10'000'000'000};  // up to 1亿元
    case parameter_kind::ratio: return {0, 1'000};
    case parameter_kind::count: return {0, 1'000'000};
    case parameter_kind::days: return {0, 3'660};          // ten years
    case parameter_kind::working_days: return {0, 2'500};  // about ten years
    case parameter_kind::months: return {0, 1'200};
    case parameter_kind::years: return {0, 150};
    case parameter_kind::decicelsius: return {300, 450};  // 30.0 ℃ to 45.0 ℃
    case parameter_kind::flag: return {0, 1};
    }
    return {0, 0};
}

/// A parameter the library knows: its name, kind, meaning and source.
struct parameter_info {
    std::string_view name;
    parameter_kind kind;
    std::string_view description_zh;
    std::string_view description_en;
    std::string_view source;  ///< the measure and article, or "地方设定" where only a locality can set it
    confidence level;
};

/// A parameter an application declares for its own rules.
struct parameter_declaration {
    std::string name;
    parameter_kind kind = parameter_kind::count;
    std::string description_zh;
    std::string description_en;
    std::string source;
};

/// One value of a parameter: for a division (nullopt: national) and a period.
struct parameter_entry {
    std::string name;
    std::optional<division_code> division;  ///< nullopt: the national value
    period in_force;
    parameter_value value;
    std::string note;  ///< where the value comes from: a local notice, "sample", ...

    friend bool operator==(const parameter_entry&, const parameter_entry&) = default;
};

/// 政策参数表 — time-versioned parameter values by division. A value: copy it, change the copy.
class policy_table {
public:
    /// An empty table: no value for anything.
    policy_table() = default;
    /// The values the national measures fix (7-day public notice, 1.5 × standard for 低保边缘 from 2021-07-01,
    /// the 30/45 working-day limits, 60/16/18-year ages, the self-care tier limits, ...), each with the period its
    /// edition was in force. Local amounts (standards, caps) are not here: a county adds them.
    [[nodiscard]] static policy_table national_defaults();

    /// Declares an application parameter. `duplicate_rule` if the name is taken (library or declared).
    [[nodiscard]] result<void> declare(parameter_declaration declaration);
    /// The kind of a known parameter (library or declared).
    [[nodiscard]] std::optional<parameter_kind> kind_of(std::string_view name) const;
    /// The range a known parameter's values must lie in (parameter_range for a library parameter, its kind's range
    /// for a declared one); nullopt for an unknown name.
    [[nodiscard]] std::optional<value_range> range_of(std::string_view name) const;

    /// Adds a value. Errors: `unknown_parameter`, `parameter_kind_mismatch`, `parameter_out_of_range` (see
    /// range_of), `overlapping_periods` (another value of the same name and division is in force on some day of
    /// `entry.in_force`; see conflict()). A refused add leaves the table unchanged.
    [[nodiscard]] result<void> add(parameter_entry entry);
    /// The existing entry that `entry` would overlap, if any.
    [[nodiscard]] const parameter_entry* conflict(const parameter_entry& entry) const&;
    const parameter_entry* conflict(const parameter_entry& entry) const&& = delete;  // points into this table

    /// The value in force for `where` on `on`: the division's own, else its prefecture's, province's, then
    /// the national value. nullopt when none is in force: the caller reports it (rule POL-002).
    [[nodiscard]] const parameter_entry* find(std::string_view name, std::optional<division_code> where,
                                              date on) const&;
    const parameter_entry* find(std::string_view name, std::optional<division_code> where,
                                date on) const&& = delete;  // points into this table

    /// Every entry, by name and then in the order added. The pointers point into this table, so asking a
    /// temporary table for them is refused at compile time.
    [[nodiscard]] std::vector<const parameter_entry*> entries() const&;
    std::vector<const parameter_entry*> entries() const&& = delete;

private:
    std::map<std::string, std::vector<parameter_entry>, std::less<>> values_;
    std::vector<parameter_declaration> declared_;
};

/// Every parameter the library's rules read, sorted by name.
[[nodiscard]] const std::vector<parameter_info>& library_parameters();
/// The range of a library parameter: its kind's range, narrowed where the measure's meaning requires (a public
/// notice lasts at least a day, a day of the month is 1 to 31).
[[nodiscard]] value_range parameter_range(const parameter_info& p) noexcept;
/// True when `v` lies in `r` (for a ratio: a non-negative value within r, denominator at most max_ratio_denominator).
[[nodiscard]] bool value_within(const parameter_value& v, const value_range& r) noexcept;
/// The library parameters a locality may set per kind of institution, as "name@kind" ("contact_lookback_days@
/// relief_station"): the epidemic guides differ for homes and relief stations. A screening looks the scoped name up
/// first, then the plain one.
inline constexpr std::string_view per_institution_kind_parameters[] = {
    "contact_lookback_days", "fever_threshold_decicelsius", "fever_threshold_inclusive", "quarantine_days"};
/// The institution kinds a scoped name may name: the JSON names of `institution_kind` (a test keeps them in step;
/// the enumeration lives in the institutions layer, above this one).
inline constexpr std::string_view institution_kind_scopes[] = {
    "elderly_care", "tekun_support",     "child_welfare",          "minor_protection",      "relief_station",
    "funeral_home", "marriage_registry", "welfare_service_centre", "mental_health_welfare", "other"};

/// The library parameter with this name, or nullptr. A scoped "name@kind" finds `name` when it is one of
/// per_institution_kind_parameters and `kind` one of institution_kind_scopes; any other scope is unknown.
[[nodiscard]] const parameter_info* find_library_parameter(std::string_view name);

/// The text of a value for messages and traces: "665.00元", "3/2", "30", "37.3℃", "是"/"否".
[[nodiscard]] std::string describe_value(const parameter_value& v, parameter_kind kind);
/// The text of a range, in the kind's units: "1–3660", "0.00元–100000000.00元", "30.0℃–45.0℃".
[[nodiscard]] std::string describe_range(const value_range& r, parameter_kind kind);

// ---- implementation --------------------------------------------------------------------------------------

namespace detail {

/// A national default: int values hold counts, 分 or flags (0/1); ratios hold numerator/denominator.
struct national_default {
    std::string_view name;
    std::uint32_t from;   ///< YYYYMMDD, 0: since always
    std::uint32_t until;  ///< YYYYMMDD, 0: still in force
    std::int64_t a;
    std::int64_t b;
    std::string_view note;
};

inline constexpr std::string_view local_only = "地方设定（无全国统一标准）";

inline const std::vector<parameter_info>& parameter_catalogue()
{
    using k = parameter_kind;
    using c = confidence;
    // Sorted by name. Sources: ../shared/domain/policy-rules.md, section given in brackets.
    static const std::vector<parameter_info> list = {
        {"adult_age", k::years, "成年年龄（周岁）", "age of majority (completed years)", "民法典 第十七条 [1.3]",
         c::confirmed},
        {"charity_disclosure_interval_months", k::months, "长期募捐信息公开间隔（月）",
         "disclosure interval of a fund-raising campaign longer than the long-campaign threshold",
         "慈善法（2016）第七十三条；慈善法（2023）第七十九条 [6.5]", c::confirmed},
        {"charity_long_campaign_months", k::months, "需定期公开的募捐期限（月）",
         "campaign length from which periodic disclosure is due",
         "慈善法（2016）第七十三条；慈善法（2023）第七十九条 [6.5]", c::confirmed},
        {"contact_lookback_days", k::days, "行程与接触史回溯天数", "days of travel and contact history asked at entry",
         "民政部养老机构/救助管理机构疫情防控指南（2020） [5.2, 5.4]", c::secondary},
        {"de_facto_child_allowance_monthly", k::money, "事实无人抚养儿童基本生活补贴标准（月）",
         "monthly allowance of a de facto unsupported child", "地方设定，与孤儿标准衔接 [4.2]", c::inferred},
        {"de_facto_child_condition_months", k::months, "父母失联、服刑等情形须满月数",
         "months a parent's lost contact, custody or rehabilitation must have lasted", "民发〔2019〕62号 一 [4.2]",
         c::confirmed},
        {"de_facto_child_county_working_days", k::working_days, "事实无人抚养儿童县级确认时限（工作日）",
         "county confirmation limit for de facto unsupported children", "民发〔2019〕62号 二 [4.2]", c::confirmed},
        {"de_facto_child_extended_situations", k::flag, "被撤销监护资格、被遣送（驱逐）出境计入父母情形",
         "a parent's guardianship revoked by a court or deportation counts as a listed situation",
         "民发〔2020〕125号 一 [4.2]", c::secondary},
        {"de_facto_child_township_working_days", k::working_days, "事实无人抚养儿童乡镇核查时限（工作日）",
         "township verification limit for de facto unsupported children", "民发〔2019〕62号 二 [4.2]", c::confirmed},
        {"dibao_appraisal_working_days", k::working_days, "民主评议时限（工作日）",
         "democratic appraisal limit after the investigation", "民发〔2012〕220号 第二十一条 [1.8A]", c::confirmed},
        {"dibao_county_review_working_days", k::working_days, "县级审批（审核确认）时限（工作日）",
         "county review limit after receiving the file",
         "民发〔2012〕220号 第二十六条；民发〔2021〕57号 第二十条 [1.8]", c::confirmed},
        {"dibao_decision_after_notice_working_days", k::working_days, "公示无异议后作出决定时限（工作日）",
         "decision limit after an unopposed county notice", "民发〔2012〕220号 第二十九条 [1.8A]", c::confirmed},
        {"dibao_edge_income_ratio", k::ratio, "低保边缘家庭收入上限（低保标准的倍数）",
         "income limit of a 低保边缘 household, as a multiple of the 低保 standard", "民发〔2021〕57号 第八条 [1.7]",
         c::confirmed},
        {"dibao_extra_elderly_monthly", k::money, "分类施保：60周岁以上成员每人加发（月）",
         "extra per covered member aged 60 or more", "社会救助暂行办法 第十二条（分类施保），金额地方设定 [1.9]",
         c::inferred},
        {"dibao_extra_minor_monthly", k::money, "分类施保：未成年成员每人加发（月）", "extra per covered minor",
         "社会救助暂行办法 第十二条（分类施保），金额地方设定 [1.9]", c::inferred},
        {"dibao_extra_severe_disability_monthly", k::money, "分类施保：一、二级残疾成员每人加发（月）",
         "extra per covered member with a grade 1-2 disability",
         "社会救助暂行办法 第十二条（分类施保），金额地方设定 [1.9]", c::inferred},
        {"dibao_income_deductions", k::flag, "核算家庭收入时扣减因残因病刚性支出和必要就业成本",
         "deduct rigid disability or illness expenses and necessary employment costs from household income",
         "民发〔2021〕57号 第十三条（“可按规定适当扣减”）[1.4]", c::secondary},
        {"dibao_investigation_start_working_days", k::working_days, "受理后启动家庭经济状况调查时限（工作日）",
         "limit for starting the household investigation after acceptance", "民发〔2021〕57号 第十五条 [1.8B]",
         c::confirmed},
        {"dibao_investigation_working_days", k::working_days, "乡镇入户调查时限（工作日）",
         "township investigation limit after acceptance", "民发〔2012〕220号 第十八条 [1.8A]", c::confirmed},
        {"dibao_local_income_exclusions", k::flag, "设区的市级以上地方人民政府规定了不计入家庭收入的其他收入",
         "the locality has a rule of other income not counted", "民发〔2021〕57号 第十三条（四）[1.4]", c::secondary},
        {"dibao_payment_day_of_month", k::count, "低保金每月发放截止日", "day of the month by which 低保 is paid",
         "民发〔2012〕220号 第三十一条（每月10日前）[1.9]", c::confirmed},
        {"dibao_refusal_notice_days", k::days, "不予批准书面通知时限（日）", "days to notify a refusal in writing",
         "民发〔2012〕220号 第二十六条 [1.8A]", c::confirmed},
        {"dibao_refusal_notice_working_days", k::working_days, "不予确认书面通知时限（工作日）",
         "working days to notify a refusal in writing", "民发〔2021〕57号 第二十一条 [1.8B]", c::confirmed},
        {"dibao_review_months_stable", k::months, "短期内收入稳定家庭复核间隔（月）",
         "review interval of households stable in the short term", "民发〔2012〕220号 第三十三条 [1.10]", c::confirmed},
        {"dibao_review_months_unchanged", k::months, "收入基本无变化家庭复核间隔（月）",
         "review interval of households whose situation changes little",
         "民发〔2012〕220号 第三十三条；民发〔2021〕57号 第三十一条 [1.10]", c::confirmed},
        {"dibao_review_months_unstable", k::months, "收入不稳定且有劳动能力家庭复核间隔（月）",
         "review interval of households with unstable income and able-bodied members",
         "民发〔2021〕57号 第三十一条 [1.10]", c::confirmed},
        {"dibao_review_months_unstable_rural", k::months, "农村收入不稳定家庭复核间隔（月）",
         "review interval of rural households with unstable income", "民发〔2012〕220号 第三十三条 [1.10]",
         c::confirmed},
        {"dibao_review_months_unstable_urban", k::months, "城市收入不稳定家庭复核间隔（月）",
         "review interval of urban households with unstable income", "民发〔2012〕220号 第三十三条 [1.10]",
         c::confirmed},
        {"dibao_spot_check_percent", k::ratio, "县级入户抽查比例", "share of cases the county visits at home",
         "民发〔2012〕220号 第二十六条 [1.8A]", c::confirmed},
        {"dibao_standard_monthly", k::money, "低保标准（元/人·月）", "低保 standard per person and month", local_only,
         c::inferred},
        {"dibao_standard_rural_monthly", k::money, "农村低保标准（元/人·月）",
         "rural 低保 standard per person and month", local_only, c::inferred},
        {"dibao_standard_urban_monthly", k::money, "城市低保标准（元/人·月）",
         "urban 低保 standard per person and month", local_only, c::inferred},
        {"dibao_total_working_days", k::working_days, "低保办理总时限（工作日）",
         "overall limit from acceptance to decision", "民发〔2021〕57号 第二十二条 [1.8B]", c::confirmed},
        {"dibao_total_working_days_extended", k::working_days, "特殊情况延长后的总时限（工作日）",
         "overall limit in special cases", "民发〔2021〕57号 第二十二条 [1.8B]", c::confirmed},
        {"elderly_age", k::years, "老年人年龄（周岁以上）", "age from which a person is old",
         "老年人权益保障法 第二条 [2.2]", c::confirmed},
        {"fever_threshold_decicelsius", k::decicelsius, "发热体温阈值（0.1℃）", "fever threshold in 0.1 ℃",
         "疫情防控指南（2020） [5.7]", c::secondary},
        {"fever_threshold_inclusive", k::flag, "体温等于阈值是否视为发热",
         "whether a temperature equal to the threshold counts as fever", "疫情防控指南（2020） [5.7, 11.18]",
         c::secondary},
        {"funeral_attendance_cap", k::count, "殡仪馆到馆人数上限", "most persons attending a funeral", local_only,
         c::inferred},
        {"investigation_team_min_size", k::count, "入户调查人员最少人数", "fewest investigators per home visit",
         "民发〔2012〕220号 第十八条；民发〔2021〕57号 第十六条 [1.8]", c::confirmed},
        {"minor_age", k::years, "未成年人年龄上限（未满周岁）", "age under which a person is a minor",
         "未成年人保护法 第二条；民法典 第十七条 [1.3]", c::confirmed},
        {"orphan_allowance_institution_monthly", k::money, "机构养育孤儿基本生活最低养育标准（月）",
         "monthly minimum for orphans raised in institutions", "地方设定（国办发〔2010〕54号 二） [4.1]", c::inferred},
        {"orphan_allowance_scattered_monthly", k::money, "散居孤儿基本生活最低养育标准（月）",
         "monthly minimum for orphans raised outside institutions", "地方设定（国办发〔2010〕54号 二） [4.1]",
         c::inferred},
        {"per_capita_disposable_income_prev_year", k::money, "上年度当地居民人均可支配收入（元/年）",
         "last year's local per-capita disposable income, per year", "地方统计公布 [3.1]", c::inferred},
        {"public_notice_days", k::days, "公示期（日）", "days of a public notice (公示)",
         "民发〔2012〕220号 第二十五条、第二十九条；民发〔2021〕57号 第十九条；民发〔2021〕43号 第十五条、第二十六条 "
         "[1.8, 9.5]",
         c::confirmed},
        {"quarantine_days", k::days, "入院前隔离观察天数", "days of isolation before entering living areas",
         "疫情防控指南（2020） [5.2]", c::secondary},
        {"rescue_stay_days", k::days, "救助管理站救助期限（日）", "normal length of a stay at a relief station",
         "城市生活无着的流浪乞讨人员救助管理办法实施细则 [3.4]", c::secondary},
        {"self_care_partial_max_failures", k::count, "部分丧失自理能力的最多未达项数",
         "most failed items for partial loss of self-care (more: complete loss)", "民发〔2021〕43号 第二十二条 [2.4]",
         c::confirmed},
        {"self_care_reassessment_working_days", k::working_days, "情况变化后重新评估时限（工作日）",
         "reassessment limit after a reported change", "民发〔2021〕43号 第二十三条 [2.4]", c::confirmed},
        {"tekun_basic_living_monthly", k::money, "特困人员基本生活标准（月）", "basic living standard of 特困 persons",
         local_only, c::inferred},
        {"tekun_care_complete_loss_monthly", k::money, "全护理照料护理标准（月）",
         "care standard for complete loss of self-care", local_only, c::inferred},
        {"tekun_care_partial_loss_monthly", k::money, "半护理照料护理标准（月）",
         "care standard for partial loss of self-care", local_only, c::inferred},
        {"tekun_care_self_care_monthly", k::money, "全自理照料护理标准（月）", "care standard for full self-care",
         local_only, c::inferred},
        {"tekun_child_age", k::years, "特困：无劳动能力的未成年人年龄（未满周岁）",
         "age under which a minor counts as unable to work", "民发〔2021〕43号 第五条 [2.2]", c::confirmed},
        {"tekun_county_working_days", k::working_days, "特困县级确认时限（工作日）",
         "county confirmation limit for 特困", "民发〔2016〕178号；民发〔2021〕43号 第十六条 [2.6]", c::secondary},
        {"tekun_objection_working_days", k::working_days, "特困公示有异议后重新调查并提出初审意见时限（工作日）",
         "limit for a new first opinion after an objection to the 特困 notice", "民发〔2021〕43号 第十五条 [2.6]",
         c::confirmed},
        {"tekun_refusal_notice_working_days", k::working_days, "特困不予同意书面告知时限（工作日）",
         "working days to notify a 特困 refusal in writing", "民发〔2021〕43号 第十八条 [2.6]", c::confirmed},
        {"tekun_review_months", k::months, "特困人员复核间隔（月）", "review interval of 特困 persons",
         "民发〔2021〕57号 第三十一条；中办国办 2020 改革意见 [1.10]", c::confirmed},
        {"tekun_spot_check_percent", k::ratio, "特困县级抽查比例", "share of 特困 cases the county checks",
         "民发〔2021〕43号 第十六条 [2.6]", c::confirmed},
        {"tekun_township_working_days", k::working_days, "特困乡镇调查时限（工作日）",
         "township investigation limit for 特困", "民发〔2016〕178号；民发〔2021〕43号 第十三条 [2.6]", c::secondary},
        {"temperature_checks_per_day", k::count, "每日体温监测次数", "temperature readings per person and day",
         "养老机构疫情防控指南（2020）：每日晨检；广东省福利院每日两次 [5.2, 5.7]", c::secondary},
        {"temporary_aid_cap", k::money, "临时救助单次金额上限", "largest one-off temporary aid amount", local_only,
         c::inferred},
        {"temporary_aid_cap_ratio", k::ratio, "临时救助上限（低保标准的倍数）",
         "largest one-off temporary aid as a multiple of the monthly 低保 standard", "地方设定 [3.3]", c::inferred},
        {"window_persons_per_transaction", k::count, "窗口每项业务最多办理人数",
         "most persons at a service window per transaction", local_only, c::inferred},
    };
    return list;
}

// The national values (policy-rules.md sections 1, 2, 4, 5, 6, 9), sized by the list itself (a fixed std::array size
// left a value-initialised entry without a name after a removal). Dates are the editions' periods: the 2012
// 低保 measures until 2021-06-30, the 2021 measures from 2021-07-01.
inline constexpr national_default national_defaults[] = {
    {"adult_age", 0, 0, 18, 0, ""},
    {"charity_disclosure_interval_months", 0, 0, 3, 0, ""},
    {"charity_long_campaign_months", 0, 0, 6, 0, ""},
    {"contact_lookback_days", 0, 0, 14, 0, "[S] 14 天（养老机构指南另有 15 天之说）"},
    {"de_facto_child_condition_months", 20190618, 0, 6, 0, ""},
    {"de_facto_child_county_working_days", 20190618, 0, 15, 0, ""},
    {"de_facto_child_extended_situations", 20190618, 20201231, 0, 0, "民发〔2019〕62号：六种情形"},
    {"de_facto_child_extended_situations", 20210101, 0, 1, 0,
     "[S] 民发〔2020〕125号 一 增加两种情形；2020 年底印发，施行日未读到，默认自 2021-01-01，省份可按转发文件设定"},
    {"de_facto_child_township_working_days", 20190618, 0, 15, 0, ""},
    {"dibao_appraisal_working_days", 0, 20210630, 5, 0, ""},
    {"dibao_county_review_working_days", 0, 20210630, 5, 0, "2012 版"},
    {"dibao_county_review_working_days", 20210701, 0, 10, 0, "2021 版"},
    {"dibao_decision_after_notice_working_days", 0, 20210630, 3, 0, ""},
    {"dibao_edge_income_ratio", 20210701, 0, 3, 2, ""},
    {"dibao_income_deductions", 20210701, 0, 0, 0, "[S] 办法为“可”：默认不扣减，由地方规定"},
    {"dibao_investigation_start_working_days", 20210701, 0, 3, 0, ""},
    {"dibao_investigation_working_days", 0, 20210630, 10, 0, ""},
    {"dibao_local_income_exclusions", 20210701, 0, 0, 0, "[S] 默认无地方规定"},
    {"dibao_payment_day_of_month", 0, 20210630, 10, 0, ""},
    {"dibao_refusal_notice_days", 0, 20210630, 3, 0, ""},
    {"dibao_refusal_notice_working_days", 20210701, 0, 3, 0, ""},
    {"dibao_review_months_stable", 0, 20210630, 6, 0, ""},
    {"dibao_review_months_unchanged", 0, 0, 12, 0, ""},
    {"dibao_review_months_unstable", 20210701, 0, 6, 0, ""},
    {"dibao_review_months_unstable_rural", 0, 20210630, 3, 0, ""},
    {"dibao_review_months_unstable_urban", 0, 20210630, 1, 0, ""},
    {"dibao_spot_check_percent", 0, 20210630, 30, 100, ""},
    {"dibao_total_working_days", 20210701, 0, 30, 0, ""},
    {"dibao_total_working_days_extended", 20210701, 0, 45, 0, ""},
    {"elderly_age", 0, 0, 60, 0, ""},
    {"fever_threshold_decicelsius", 0, 0, 373, 0, "[S]"},
    {"fever_threshold_inclusive", 0, 0, 1, 0, "[S] ≥ 37.3 ℃ 视为发热"},
    {"investigation_team_min_size", 0, 0, 2, 0, ""},
    {"minor_age", 0, 0, 18, 0, ""},
    {"public_notice_days", 0, 0, 7, 0, ""},
    {"quarantine_days", 0, 0, 14, 0, "[S]"},
    {"rescue_stay_days", 0, 0, 10, 0, "[S]"},
    {"self_care_partial_max_failures", 0, 0, 3, 0, ""},
    {"self_care_reassessment_working_days", 20210701, 0, 10, 0, ""},
    {"tekun_child_age", 0, 0, 16, 0, ""},
    {"tekun_county_working_days", 0, 20210630, 20, 0, "[S] 2016 版"},
    {"tekun_county_working_days", 20210701, 0, 15, 0, "2021 版"},
    {"tekun_objection_working_days", 20210701, 0, 15, 0, ""},
    {"tekun_refusal_notice_working_days", 20210701, 0, 3, 0, ""},
    {"tekun_review_months", 0, 0, 12, 0, ""},
    {"tekun_spot_check_percent", 20210701, 0, 30, 100, ""},
    {"tekun_township_working_days", 0, 20210630, 20, 0, "[S] 2016 版"},
    {"tekun_township_working_days", 20210701, 0, 15, 0, "2021 版"},
    {"temperature_checks_per_day", 20200101, 0, 1, 0, "[S] 每日晨检"},
};

[[nodiscard]] inline date date_of(std::uint32_t ymd)
{
    return *make_date(static_cast<int>(ymd / 10000), static_cast<int>(ymd / 100 % 100), static_cast<int>(ymd % 100));
}

}  // namespace detail

inline const std::vector<parameter_info>& library_parameters()
{
    return detail::parameter_catalogue();
}

inline const parameter_info* find_library_parameter(std::string_view name)
{
    if (const auto at = name.find('@'); at != std::string_view::npos) {
        const auto base = name.substr(0, at);
        const auto scope = name.substr(at + 1);
        const auto listed = [](const auto& names, std::string_view n) {
            return std::find(std::begin(names), std::end(names), n) != std::end(names);
        };
        if (!listed(per_institution_kind_parameters, base) || !listed(institution_kind_scopes, scope)) return nullptr;
        name = base;
    }
    const auto& list = library_parameters();
    const auto it = std::lower_bound(list.begin(), list.end(), name,
                                     [](const parameter_info& p, std::string_view n) { return p.name < n; });
    return it != list.end() && it->name == name ? &*it : nullptr;
}

inline result<ratio> ratio::parse(std::string_view text)
{
    return detail::with_folded(text, 64, [](std::string_view s) -> result<ratio> {
        const auto read = [](std::string_view digits, std::int64_t& out) {
            if (digits.empty() || digits.size() > 18) return false;
            out = 0;
            for (const char c : digits) {
                if (!detail::is_digit(c)) return false;
                out = out * 10 + (c - '0');
            }
            return true;
        };
        std::int64_t n = 0;
        std::int64_t d = 1;
        if (const auto slash = s.find('/'); slash != std::string_view::npos) {
            if (!read(s.substr(0, slash), n) || !read(s.substr(slash + 1), d)) return error::invalid_number_format;
            return make(n, d);
        }
        if (s.ends_with('%')) {
            s.remove_suffix(1);
            d = 100;
        }
        const auto point = s.find('.');
        std::int64_t whole = 0;
        if (!read(s.substr(0, point), whole)) return error::invalid_number_format;
        n = whole;
        if (point != std::string_view::npos) {
            const auto fraction = s.substr(point + 1);
            std::int64_t f = 0;
            if (!read(fraction, f)) return error::invalid_number_format;
            std::int64_t scale = 1;
            for (std::size_t i = 0; i < fraction.size(); ++i) scale *= 10;
            const auto num = detail::int128{whole} * scale + f;
            const auto den = detail::int128{d} * scale;
            if (num > INT64_MAX || den > INT64_MAX) return error::overflow;
            return make(static_cast<std::int64_t>(num), static_cast<std::int64_t>(den));
        }
        return make(n, d);
    });
}

inline policy_table policy_table::national_defaults()
{
    policy_table t;
    for (const auto& d : detail::national_defaults) {
        const auto* info = find_library_parameter(d.name);
        parameter_value v = d.a;
        if (info->kind == parameter_kind::ratio) v = ratio{d.a, d.b};
        if (info->kind == parameter_kind::flag) v = d.a != 0;
        if (info->kind == parameter_kind::money) v = money::from_fen(d.a);
        const auto first = detail::date_of(d.from == 0 ? 18000101 : d.from);
        const auto in_force = d.until == 0 ? period::from(first) : *period::make(first, detail::date_of(d.until));
        // The shipped table is checked by a test, so these adds succeed.
        (void)t.add(parameter_entry{std::string(d.name), std::nullopt, in_force, v,
                                    std::string(d.note.empty() ? "全国" : d.note)});
    }
    return t;
}

inline result<void> policy_table::declare(parameter_declaration declaration)
{
    if (kind_of(declaration.name)) return error::duplicate_rule;
    declared_.push_back(std::move(declaration));
    return {};
}

inline std::optional<parameter_kind> policy_table::kind_of(std::string_view name) const
{
    if (const auto* p = find_library_parameter(name)) return p->kind;
    for (const auto& d : declared_) {
        if (d.name == name) return d.kind;
    }
    return std::nullopt;
}

inline value_range parameter_range(const parameter_info& p) noexcept
{
    // Narrowed by meaning; each is a fact of the measures, not a local choice.
    if (p.name == "dibao_payment_day_of_month") return {1, 31};
    if (p.name == "public_notice_days") return {1, 3'660};
    return kind_range(p.kind);
}

inline bool value_within(const parameter_value& v, const value_range& r) noexcept
{
    if (const auto* m = std::get_if<money>(&v)) return r.contains(m->fen());
    if (const auto* n = std::get_if<std::int64_t>(&v)) return r.contains(*n);
    if (const auto* b = std::get_if<bool>(&v)) return r.contains(*b ? 1 : 0);
    const auto& q = std::get<ratio>(v);
    if (q.denominator < 1 || q.denominator > max_ratio_denominator || q.numerator < 0) return false;
    // numerator / denominator within [min, max], exactly: both sides scaled by the (small, positive) denominator.
    return detail::int128{q.numerator} >= detail::int128{r.min} * q.denominator &&
           detail::int128{q.numerator} <= detail::int128{r.max} * q.denominator;
}

inline std::optional<value_range> policy_table::range_of(std::string_view name) const
{
    if (const auto* p = find_library_parameter(name)) return parameter_range(*p);
    if (const auto kind = kind_of(name)) return kind_range(*kind);
    return std::nullopt;
}

inline const parameter_entry* policy_table::conflict(const parameter_entry& entry) const&
{
    const auto it = values_.find(entry.name);
    if (it == values_.end()) return nullptr;
    for (const auto& e : it->second) {
        if (e.division == entry.division && e.in_force.overlaps(entry.in_force)) return &e;
    }
    return nullptr;
}

inline result<void> policy_table::add(parameter_entry entry)
{
    const auto kind = kind_of(entry.name);
    if (!kind) return error::unknown_parameter;
    if (!value_fits(entry.value, *kind)) return error::parameter_kind_mismatch;
    if (!value_within(entry.value, *range_of(entry.name))) return error::parameter_out_of_range;
    if (conflict(entry)) return error::overlapping_periods;
    values_[entry.name].push_back(std::move(entry));
    return {};
}

inline const parameter_entry* policy_table::find(std::string_view name, std::optional<division_code> where,
                                                 date on) const&
{
    const auto it = values_.find(name);
    if (it == values_.end()) return nullptr;
    const auto in = [&](std::optional<division_code> d) -> const parameter_entry* {
        for (const auto& e : it->second) {
            if (e.division == d && e.in_force.contains(on)) return &e;
        }
        return nullptr;
    };
    for (auto d = where; d; d = d->parent()) {
        if (const auto* e = in(d)) return e;
    }
    return in(std::nullopt);
}

inline std::vector<const parameter_entry*> policy_table::entries() const&
{
    std::vector<const parameter_entry*> out;
    for (const auto& [name, list] : values_) {
        for (const auto& e : list) out.push_back(&e);
    }
    return out;
}

inline std::string describe_value(const parameter_value& v, parameter_kind kind)
{
    if (const auto* m = std::get_if<money>(&v)) return m->to_string();
    if (const auto* r = std::get_if<ratio>(&v)) return r->to_string();
    if (const auto* b = std::get_if<bool>(&v)) return *b ? "是" : "否";
    const auto n = std::get<std::int64_t>(v);
    if (kind == parameter_kind::decicelsius) {
        // The magnitude in unsigned arithmetic: -n would overflow for the most negative value.
        const auto mag = n < 0 ? 0U - static_cast<std::uint64_t>(n) : static_cast<std::uint64_t>(n);
        return (n < 0 ? "-" : "") + std::to_string(mag / 10) + '.' + std::to_string(mag % 10) + "℃";
    }
    return std::to_string(n);
}

inline std::string describe_range(const value_range& r, parameter_kind kind)
{
    const auto end = [kind](std::int64_t n) {
        switch (kind) {
        case parameter_kind::money: return money::from_fen(n).to_string();
        case parameter_kind::flag: return std::string(n != 0 ? "是" : "否");
        case parameter_kind::ratio: return std::to_string(n);
        default: return describe_value(parameter_value{n}, kind);
        }
    };
    return end(r.min) + "–" + end(r.max);
}

}  // namespace minzheng
