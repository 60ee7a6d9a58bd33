#pragma once
// The rule catalogue: every rule the library knows, with a stable id, its titles and messages in Chinese and
// English, a default severity and the measure, article and edition it comes from. docs/rules.md is generated
// from this file (tools/gen_docs.cpp) and a test fails when the committed page is out of date.
//
// Ids are a module prefix and a number: POL (policy tables), VAL (collections), RCP (relief recipients), INS
// (institutions), AID (disbursements), DON (donations), DOC (documents). An id is never reused once released;
// a withdrawn rule keeps its row with `withdrawn = true`. Application rules use prefixes of four or more letters
// (rule_set::add_rule), so they can never collide with these.

#include <minzheng/core/date.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace minzheng {

/// How bad a finding is. When to use which:
/// - `error`: the record breaks a rule of a measure; acting on it (paying, admitting, approving) would be wrong.
/// - `warning`: probably wrong or incomplete, needs a person to look (a stale review, a missing optional proof).
/// - `notice`: worth knowing, nothing to fix (a historical division code, a case near its deadline).
enum class severity { notice, warning, error };

/// "error", "warning", "notice".
[[nodiscard]] constexpr std::string_view to_string(severity s) noexcept
{
    switch (s) {
    case severity::notice: return "notice";
    case severity::warning: return "warning";
    case severity::error: return "error";
    }
    return "error";
}

/// The severity named by "error", "warning" or "notice".
[[nodiscard]] constexpr std::optional<severity> severity_from_string(std::string_view s) noexcept
{
    if (s == "error") return severity::error;
    if (s == "warning") return severity::warning;
    if (s == "notice") return severity::notice;
    return std::nullopt;
}

/// How sure the library is of a fact (policy-rules.md section 0): read in the measure itself, from a secondary
/// source, or inferred.
enum class confidence { confirmed, secondary, inferred };

/// One edition of the measure a rule comes from, and the days it was in force. Dates are YYYYMMDD numbers so the
/// catalogue can be constexpr; 0 means "since always" / "still in force".
struct rule_source {
    std::string_view measure;  ///< the measure and its document number
    std::string_view article;  ///< the article or section
    std::uint32_t from = 0;    ///< first day in force, YYYYMMDD; 0: before any date the library handles
    std::uint32_t until = 0;   ///< last day in force, YYYYMMDD; 0: still in force
    confidence level = confidence::confirmed;

    /// True when this edition was in force on `d`.
    [[nodiscard]] bool in_force_on(date d) const noexcept
    {
        const auto ymd = static_cast<std::uint32_t>(d.year() * 10000 + d.month() * 100 + d.day());
        return (from == 0 || from <= ymd) && (until == 0 || ymd <= until);
    }
};

/// A rule of the catalogue. Message templates name their values as {0}, {1}, ... in the order the check passes
/// them.
struct rule_info {
    std::string_view id;
    std::string_view title_zh;
    std::string_view title_en;
    severity default_severity;
    std::string_view message_zh;
    std::string_view message_en;
    std::array<rule_source, 2> sources;  ///< the editions the rule applies to; unused slots have an empty measure
    bool withdrawn = false;              ///< kept so the id is never reused

    /// The edition in force on `d`, if the rule applies on that day.
    [[nodiscard]] const rule_source* source_on(date d) const noexcept
    {
        for (const auto& s : sources) {
            if (!s.measure.empty() && s.in_force_on(d)) return &s;
        }
        return nullptr;
    }
    /// True when some edition of the rule was in force on `d`.
    [[nodiscard]] bool applies_on(date d) const noexcept { return !withdrawn && source_on(d) != nullptr; }
};

namespace detail {
inline constexpr std::string_view minzheng_integrity = "minzheng 数据完整性规则 (data integrity, no legal measure)";
inline constexpr std::string_view sjz = "社会救助暂行办法（国务院令第649号）";
inline constexpr std::string_view db2012 = "最低生活保障审核审批办法（试行）（民发〔2012〕220号）";
inline constexpr std::string_view db2021 = "最低生活保障审核确认办法（民发〔2021〕57号）";
inline constexpr std::string_view db2022 =
    "民政部 财政部关于进一步做好最低生活保障等社会救助兜底保障工作的通知（2022）";
inline constexpr std::string_view tk2016 = "特困人员认定办法（民发〔2016〕178号）";
inline constexpr std::string_view tk2021 = "特困人员认定办法（民发〔2021〕43号）";
inline constexpr std::string_view gg2020 = "中共中央办公厅 国务院办公厅关于改革完善社会救助制度的意见（2020-08-25）";
inline constexpr std::string_view ge2010 = "国务院办公厅关于加强孤儿保障工作的意见（国办发〔2010〕54号）";
inline constexpr std::string_view sswr2019 = "关于进一步加强事实无人抚养儿童保障工作的意见（民发〔2019〕62号）";
inline constexpr std::string_view sswr2020 = "关于进一步做好事实无人抚养儿童保障有关工作的通知（民发〔2020〕125号）";
inline constexpr std::string_view ls2018 = "民政部 财政部关于进一步加强和改进临时救助工作的意见（2018）";
inline constexpr std::string_view llqt = "城市生活无着的流浪乞讨人员救助管理办法（国务院令第381号）及其实施细则";
inline constexpr std::string_view gb11643 = "GB 11643-1999 公民身份号码";
inline constexpr std::string_view gb32100 = "GB 32100-2015 法人和其他组织统一社会信用代码编码规则";
inline constexpr std::string_view yl2020 = "民政部 养老机构新型冠状病毒感染的肺炎疫情防控指南（第一版、第二版，2020）";
inline constexpr std::string_view yl_hr2020 = "新冠肺炎疫情高风险地区及被感染养老机构防控指南（2020-02-25）";
inline constexpr std::string_view hy2020 = "民政部关于做好婚姻登记和殡葬服务疫情防控工作的紧急通知（2020-01-30）";
inline constexpr std::string_view yt2020 = "新型冠状病毒感染的肺炎患者遗体处置工作指引（2020）";
inline constexpr std::string_view jz2020 = "救助管理机构新冠肺炎疫情防控指南（2020-02）";
inline constexpr std::string_view local_notice = "地方公告（限制措施所依据的公告）";
inline constexpr std::string_view csf2016 = "慈善法（2016）";
inline constexpr std::string_view csf2023 = "慈善法（2023 年修正，2024-09-05 施行）";
inline constexpr std::uint32_t until_2021 = 20210630;
inline constexpr std::uint32_t from_2021 = 20210701;
}  // namespace detail

/// Every rule of the library, sorted by id.
inline constexpr std::array<rule_info, 90> library_rules{{
    {"AID-001",
     "同一对象同一项目同一期间重复发放",
     "A second payment for the same payee, programme and period",
     severity::error,
     "{0} 的{1} {2} 已在{3}发放",
     "{0}'s {5} for {2} is already paid in {4}",
     {{{detail::sjz, "第五条（专款专用）"}}}},
    {"AID-002",
     "案件当月未在享受中",
     "Payment for a case not receiving that month",
     severity::error,
     "案件 {0} 在 {1} 未在享受（未批准、未到首发月、暂停或终止）",
     "case {0} is not receiving in {1} (not approved, before the first month, suspended or terminated)",
     {{{detail::db2012, "第二十九条（从批准之日下月起发放）", 0, detail::until_2021},
       {detail::db2021, "第二十一条（自作出确认决定之日下月起发放）", detail::from_2021, 0}}}},
    {"AID-003",
     "发放金额超过应发金额",
     "Amount above the entitlement",
     severity::error,
     "发放 {0}，超过应发 {1}（{2}）",
     "paid {0}, more than the {1} owed ({2})",
     {{{detail::db2012, "第二十七条（补差）", 0, detail::until_2021},
       {detail::db2021, "第二十三条", detail::from_2021, 0}}}},
    {"AID-004",
     "临时救助金额超过当地上限",
     "Temporary aid above the local cap",
     severity::error,
     "临时救助 {0} 超过当地上限 {1}",
     "temporary aid of {0} is above the local cap of {1}",
     {{{detail::sjz, "第四十九条（临时救助标准由县级以上地方人民政府确定）"}}}},
    {"AID-005",
     "低保金未按时发放",
     "低保 paid after the deadline",
     severity::warning,
     "于 {0} 发放，晚于 {1}",
     "paid on {0}, after {1}",
     {{{detail::db2012, "第三十一条（每月10日前）", 0, detail::until_2021},
       {detail::db2021, "第二十五条（按月发放；发放截止日以县级规定为准）", detail::from_2021, 0}}}},
    {"AID-006",
     "未成年人同月领取互斥的保障",
     "A minor paid two allowances that exclude each other in one month",
     severity::error,
     "{0} 在 {1} 同时以{2}和{3}身份领取保障（另见{4}）",
     "{0} is paid both {6} and {7} for {1} (see {5})",
     {{{detail::tk2021, "第九条", detail::from_2021, 0}}}},
    {"AID-010",
     "冲销记录无效",
     "An invalid reversal",
     severity::error,
     "冲销的记录 {0} 不存在或已被冲销",
     "the entry {0} to reverse does not exist or is already reversed",
     {{{detail::minzheng_integrity, "—"}}}},
    {"AID-011",
     "冲销与原发放不符",
     "A reversal that does not match its payment",
     severity::error,
     "冲销须与{0}的对象、期间和金额完全相反；本冲销不抵消任何发放",
     "a reversal must be the exact negation of {0} (payee, period and value); this one cancels nothing",
     {{{detail::minzheng_integrity, "—"}}}},
    {"AID-012",
     "发放金额或月数无效",
     "A payment of no value or of an impossible number of months",
     severity::error,
     "发放金额 {0}、月数 {1}：金额须大于零，月数须为 1 至 12",
     "a payment of {0} for {1} months: the value must be above zero and the months 1 to 12",
     {{{detail::minzheng_integrity, "—"}}}},
    {"AID-020",
     "库存物资已过期",
     "Expired stock on hand",
     severity::warning,
     "{0} 的 {1} 尚有 {2} 已于 {3} 过期",
     "{0} still holds {2} of {1}, expired on {3}",
     {{{detail::minzheng_integrity, "—"}}}},
    {"DOC-001",
     "字段类型或取值不符",
     "A field of the wrong type or value",
     severity::error,
     "{2}不符合要求：{3}",
     "field {0} is not valid: {1}",
     {{{detail::minzheng_integrity, "—"}}}},
    {"DOC-002",
     "缺少必需字段",
     "A required field is missing",
     severity::error,
     "缺少必需字段：{1}",
     "the required field {0} is missing",
     {{{detail::minzheng_integrity, "—"}}}},
    {"DOC-003",
     "未知字段",
     "An unknown field",
     severity::warning,
     "未知字段：{1}（将被忽略）",
     "unknown field {0} (it is not read)",
     {{{detail::minzheng_integrity, "—"}}}},
    {"DOC-004",
     "重复的键",
     "A duplicate key",
     severity::error,
     "{2}中键“{1}”出现不止一次",
     "the key {1} appears more than once in the object {0}",
     {{{detail::minzheng_integrity, "—"}}}},
    {"DOC-005",
     "超出输入限制",
     "An input limit exceeded",
     severity::error,
     "{2}超出限制：{3}",
     "{0} exceeds a limit: {1}",
     {{{detail::minzheng_integrity, "—"}}}},
    {"DOC-006",
     "不是格式正确的 JSON 或 CSV",
     "Not well-formed JSON or CSV",
     severity::error,
     "第 {0} 行第 {1} 列格式不正确：{3}",
     "line {0}, column {1} is not well formed: {2}",
     {{{detail::minzheng_integrity, "—"}}}},
    {"DON-010",
     "台账记录被改动或无法重放",
     "A ledger record changed or refused on load",
     severity::error,
     "第 {0} 条记录：{2}",
     "record {0}: {1}",
     {{{detail::minzheng_integrity, "哈希链校验"}}}},
    {"DON-020",
     "定期公开逾期",
     "Periodic disclosure overdue",
     severity::error,
     "自 {0} 起已满 {1} 个月未公开募捐情况（截至 {2}）",
     "no disclosure for {1} months since {0} (as of {2})",
     {{{detail::csf2016, "第七十三条第二款", 20160901, 20240904}, {detail::csf2023, "第七十九条第二款", 20240905, 0}}}},
    {"DON-021",
     "募捐结束后未全面公开",
     "No full disclosure after the campaign",
     severity::error,
     "募捐于 {0} 结束，{1} 个月内未全面公开",
     "the campaign ended on {0} without a full disclosure within {1} months",
     {{{detail::csf2016, "第七十三条第二款", 20160901, 20240904}, {detail::csf2023, "第七十九条第二款", 20240905, 0}}}},
    {"INS-001",
     "在院人数超过床位",
     "Residents above capacity",
     severity::error,
     "{0} 在院 {1} 人，超过床位 {2} 张",
     "{0} holds {1} residents, more than its {2} beds",
     {{{detail::minzheng_integrity, "—"}}}},
    {"INS-020",
     "体温异常",
     "A fever in the daily log",
     severity::warning,
     "{0} 于 {1} 体温 {2}，达到发热标准",
     "{0} measured {2} on {1}: a fever",
     {{{detail::yl2020, "健康监测", 20200128, 0, confidence::secondary}}}},
    {"INS-021",
     "缺少当日体温记录",
     "No reading for a day",
     severity::error,
     "{0} 缺少 {1} 的体温记录",
     "{0} has no temperature reading on {1}",
     {{{detail::yl2020, "每日晨检、健康登记", 20200128, 0, confidence::secondary}}}},
    {"INS-022",
     "入口检查未测体温",
     "Screened without a temperature",
     severity::error,
     "{0} 于 {1} 入口检查未测体温",
     "{0} was screened on {1} without a temperature",
     {{{detail::yl2020, "来访登记、体温检测", 20200128, 0, confidence::secondary}}}},
    {"INS-023",
     "体温测量次数不足",
     "Too few readings in a day",
     severity::warning,
     "{0} 于 {1} 测温 {2} 次，少于 {3} 次",
     "{0} was measured {2} times on {1}, fewer than {3}",
     {{{detail::yl2020, "健康监测", 20200128, 0, confidence::secondary}}}},
    {"INS-101",
     "暂缓接收新入住",
     "Admissions suspended",
     severity::error,
     "暂缓接收新入住人员",
     "no new admissions",
     {{{detail::yl2020, "第一版：必要时实行封闭式管理，暂停接收新入住", 20200128, 0, confidence::secondary},
       {detail::local_notice, "限制措施所依据的公告", 0, 0, confidence::inferred}}}},
    {"INS-102",
     "暂缓探访",
     "Visits suspended",
     severity::error,
     "暂缓亲属和外来人员探访",
     "no visits",
     {{{detail::yl2020, "第一版：暂停探视", 20200128, 0, confidence::secondary},
       {detail::local_notice, "限制措施所依据的公告", 0, 0, confidence::inferred}}}},
    {"INS-103",
     "暂缓外出",
     "Outings suspended",
     severity::error,
     "暂缓院内人员外出",
     "no outings",
     {{{detail::yl2020, "第一版", 20200128, 0, confidence::secondary},
       {detail::local_notice, "限制措施所依据的公告", 0, 0, confidence::inferred}}}},
    {"INS-104",
     "封闭式管理",
     "Closed management",
     severity::error,
     "实行封闭式管理",
     "closed management",
     {{{detail::yl2020, "第一版：必要时实行封闭式管理", 20200128, 0, confidence::secondary},
       {detail::local_notice, "限制措施所依据的公告", 0, 0, confidence::inferred}}}},
    {"INS-105",
     "只出不进",
     "Only out, no in",
     severity::error,
     "只出不进",
     "only out, no in",
     {{{detail::yl_hr2020, "高风险地区养老机构", 20200225, 0, confidence::secondary},
       {detail::local_notice, "限制措施所依据的公告", 0, 0, confidence::inferred}}}},
    {"INS-106",
     "窗口每项业务人数超限",
     "Too many persons at a window",
     severity::error,
     "每项业务人数超过上限",
     "more persons per transaction than allowed",
     {{{detail::local_notice, "窗口服务限流", 0, 0, confidence::inferred}}}},
    {"INS-107",
     "殡仪服务人数或仪式受限",
     "Funeral attendance or ceremony restricted",
     severity::error,
     "到馆人数超限或暂停告别仪式",
     "too many attendees, or farewell ceremonies suspended",
     {{{detail::yt2020, "不举行遗体告别仪式", 20200201, 0, confidence::secondary},
       {detail::local_notice, "到馆人数上限", 0, 0, confidence::inferred}}}},
    {"INS-108",
     "暂停婚姻登记",
     "Marriage registration suspended",
     severity::error,
     "按公告暂停婚姻登记",
     "marriage registration suspended by announcement",
     {{{detail::hy2020, "暂停、预约登记", 20200130, 0, confidence::secondary},
       {detail::local_notice, "限制措施所依据的公告", 0, 0, confidence::inferred}}}},
    {"INS-109",
     "入口三步检查",
     "Entry screening",
     severity::error,
     "一量体温、二戴口罩、三问行程",
     "temperature, mask and travel history at the entrance",
     {{{detail::jz2020, "入站检查登记、测温、佩戴口罩、询问行程", 20200201, 0, confidence::secondary},
       {detail::local_notice, "限制措施所依据的公告", 0, 0, confidence::inferred}}}},
    {"INS-110",
     "进入生活区前隔离观察",
     "Isolation before entering living areas",
     severity::error,
     "须隔离观察期满无异常后方可进入生活区",
     "isolation without abnormality before entering living areas",
     {{{detail::yl2020, "第二版：14天隔离观察", 20200207, 0, confidence::secondary},
       {detail::local_notice, "限制措施所依据的公告", 0, 0, confidence::inferred}}}},
    {"INS-111",
     "发热或有可疑症状",
     "Fever or symptoms at the entrance",
     severity::error,
     "体温达到发热标准或有可疑症状",
     "a fever or symptoms at the entrance",
     {{{detail::jz2020, "发热人员立即报告", 20200201, 0, confidence::secondary}}}},
    {"INS-112",
     "未测体温",
     "Temperature not measured",
     severity::error,
     "入口检查未测体温",
     "temperature not measured",
     {{{detail::jz2020, "测量体温", 20200201, 0, confidence::secondary}}}},
    {"INS-113",
     "未戴口罩",
     "No mask",
     severity::error,
     "未佩戴口罩",
     "no mask",
     {{{detail::jz2020, "佩戴口罩", 20200201, 0, confidence::secondary}}}},
    {"INS-114",
     "到过疫区或有接触史",
     "Epidemic-area travel or contact",
     severity::error,
     "回溯期内到过疫区或有接触史",
     "travel to an epidemic area or contact within the look-back window",
     {{{detail::yl2020, "第二版：15天内无接触史", 20200207, 0, confidence::secondary}}}},
    {"INS-115",
     "隔离观察天数不足",
     "Isolation shorter than required",
     severity::error,
     "隔离观察 {0} 天，少于规定的 {1} 天，视为未完成隔离",
     "an isolation of {0} days is shorter than the required {1} days and counts as not done",
     {{{detail::yl2020, "第二版：14天隔离观察", 20200207, 0, confidence::secondary}}}},
    {"POL-001",
     "同一参数同一区划的有效期重叠",
     "Overlapping periods for one parameter and division",
     severity::error,
     "参数“{4}”在{5}的两个取值有效期重叠：{2} 与 {3}",
     "parameter {0} for {1} has two values in force on the same days: {2} and {3}",
     {{{detail::minzheng_integrity, "—"}}}},
    {"POL-002",
     "缺少当日有效的政策参数",
     "No policy value in force",
     severity::error,
     "参数“{0}”在{1}于 {2} 没有有效取值（{3}）",
     "parameter {4} has no value in force for {5} on {2} ({6})",
     {{{"社会救助暂行办法（国务院令第649号）", "第十条、第十五条、第四十九条（标准由地方人民政府确定公布）"}}}},
    {"POL-003",
     "政策参数取值超出允许范围",
     "Policy value outside the range its parameter allows",
     severity::error,
     "参数“{3}”的取值 {1} 超出允许范围 {2}",
     "parameter {0} has the value {1}, outside its range {2}",
     {{{detail::minzheng_integrity, "—"}}}},
    {"RCP-001",
     "登记的出生日期或性别与身份证号不符",
     "Stated birth date or sex disagrees with the id",
     severity::warning,
     "{0} 登记为 {1}，身份证号显示为 {2}",
     "{0} is recorded as {1} but the id says {2}",
     {{{detail::gb11643, "第4章（出生日期码、顺序码）", 0, 0, confidence::secondary}}}},
    {"RCP-002",
     "户主缺失或不唯一",
     "Household head missing or not unique",
     severity::error,
     "户 {0} 有 {1} 名户主（应为 1 名）",
     "household {0} has {1} heads (one expected)",
     {{{detail::minzheng_integrity, "—"}}}},
    {"RCP-003",
     "身份证号码的出生日期晚于审核日",
     "Birth date of the id after the date the record is judged on",
     severity::error,
     "{0} 的出生日期 {1} 晚于审核日 {2}",
     "{0}: the birth date {1} is after the date the record is judged on, {2}",
     {{{detail::gb11643, "第4章（出生日期码）", 0, 0, confidence::secondary}}}},
    {"RCP-004",
     "收入或扣减金额为负数",
     "A negative income or deduction",
     severity::error,
     "{0}：月金额 {1} 为负数；收入与扣减按月记非负金额，经营亏损记为 0，不与其他收入相抵",
     "{0}: the monthly amount {1} is negative; incomes and deductions are monthly amounts of 0 or more, a business "
     "loss is 0 and offsets no other income",
     {{{detail::db2012, "第七条（可支配收入）", 0, detail::until_2021},
       {detail::db2021, "第十三条（家庭收入）", detail::from_2021, 0}}}},
    {"RCP-010",
     "家庭人均收入不低于低保标准",
     "Per-capita income not below the 低保 standard",
     severity::error,
     "家庭月收入 {3} 不低于低保标准 {1} × {2} 名共同生活家庭成员 = {4}（人均 {0}）",
     "monthly income {3} is not below the 低保 standard {1} × {2} co-resident members = {4} (per capita {0})",
     {{{detail::sjz, "第九条"}}}},
    {"RCP-011",
     "家庭财产不符合当地规定",
     "Property does not meet the local rule",
     severity::error,
     "家庭财产状况不符合当地低保财产规定",
     "the household's property does not meet the local 低保 property rule",
     {{{detail::sjz, "第十条"}}}},
    {"RCP-012",
     "家庭财产状况尚未核定",
     "Property not assessed",
     severity::warning,
     "家庭财产状况尚未核定",
     "the household's property has not been assessed",
     {{{detail::sjz, "第十条"}}}},
    {"RCP-013",
     "仅将部分家庭成员纳入保障",
     "Only some family members included",
     severity::error,
     "共同生活的家庭成员 {0} 未纳入保障",
     "co-resident member {0} is not covered",
     {{{detail::db2022, "一（一）", 20221020, 0, confidence::secondary}}}},
    {"RCP-014",
     "单独申请（单人保）不符合条件",
     "Individual application not allowed",
     severity::error,
     "{0} 不符合单独申请低保的条件：{1}",
     "{0} may not apply individually: {2}",
     {{{detail::db2012, "第十条", 0, detail::until_2021}, {detail::db2021, "第八条", detail::from_2021, 0}}}},
    {"RCP-015",
     "人均收入不低于低保边缘标准",
     "Income not below the 低保边缘 limit",
     severity::error,
     "家庭月收入 {3} 不低于低保标准的 {1} 倍 × {5} 人 = {4}（人均 {0}，人均限额 {2}）",
     "monthly income {3} is not below {1} × the 低保 standard × {5} persons = {4} (per capita {0}, limit {2})",
     {{{detail::db2021, "第八条", detail::from_2021, 0}}}},
    {"RCP-016",
     "符合低保条件的家庭不属于低保边缘家庭",
     "A household eligible for 低保 is not 低保边缘",
     severity::error,
     "家庭符合低保条件，应纳入低保而非低保边缘",
     "the household qualifies for 低保, not for 低保边缘",
     {{{detail::db2021, "第八条", detail::from_2021, 0}}}},
    {"RCP-017",
     "收入核算未适用扣减或地方不计入规定",
     "Deductions or local exclusions not applied",
     severity::notice,
     "{0}",
     "{1}",
     {{{detail::db2012, "第七条", 0, detail::until_2021},
       {detail::db2021, "第十三条（“可按规定适当扣减”；（四））", detail::from_2021, 0}}}},
    {"RCP-020",
     "特困：不符合无劳动能力条件",
     "特困: not unable to work",
     severity::error,
     "{0} 周岁，无符合条件的残疾：不属于无劳动能力",
     "aged {0} without a qualifying disability: not unable to work",
     {{{detail::tk2016, "无劳动能力", 0, detail::until_2021, confidence::secondary},
       {detail::tk2021, "第五条", detail::from_2021, 0}}}},
    {"RCP-021",
     "特困：不符合无生活来源条件",
     "特困: has a source of livelihood",
     severity::error,
     "月收入 {0} 不低于低保标准 {1}，或财产不符合规定",
     "monthly income {0} is not below the 低保 standard {1}, or the property does not qualify",
     {{{detail::tk2016, "无生活来源", 0, detail::until_2021, confidence::secondary},
       {detail::tk2021, "第六条、第七条", detail::from_2021, 0}}}},
    {"RCP-022",
     "特困：有具备履行能力的法定义务人",
     "特困: an able legal supporter",
     severity::error,
     "法定赡养、抚养、扶养义务人 {0} 具备履行义务能力",
     "legal supporter {0} is able to support",
     {{{detail::tk2016, "无法定义务人或其无履行能力", 0, detail::until_2021, confidence::secondary},
       {detail::tk2021, "第八条", detail::from_2021, 0}}}},
    {"RCP-023",
     "特困：未成年人年满18周岁（2021 版：且不在校），应终止供养",
     "特困: a minor turned 18 (2021 edition: and not in school), support ends",
     severity::error,
     "{0} 已满 {1} 周岁{2}",
     "{0} is {1} or older{3}",
     {{{detail::gg2020, "五（特困供养的未成年人年龄由16周岁延长至18周岁）", 20200825, detail::until_2021,
        confidence::secondary},
       {detail::tk2021, "第二十四条第二款", detail::from_2021, 0}}}},
    {"RCP-024",
     "特困：照料护理等级与自理能力评估不符",
     "特困: care tier disagrees with the assessment",
     severity::warning,
     "登记护理等级为 {0}，按 {1} 项未达标应为 {2}",
     "care tier recorded as {0}; {1} failed items give {2}",
     {{{detail::tk2021, "第二十一条、第二十二条", detail::from_2021, 0}}}},
    {"RCP-025",
     "未成年人不得同时认定为特困与孤儿或事实无人抚养儿童",
     "特困 and orphan / de facto unsupported child at once",
     severity::error,
     "{0} 同时享受 {1} 与 {2}",
     "{0} receives both {1} and {2}",
     {{{detail::tk2021, "第九条", detail::from_2021, 0}}}},
    {"RCP-030",
     "孤儿：已满18周岁",
     "Orphan aged 18 or more",
     severity::error,
     "{0} 已满 18 周岁，不属于孤儿",
     "{0} is 18 or older: not an orphan",
     {{{detail::ge2010, "一"}}}},
    {"RCP-031",
     "孤儿：父母未均死亡或查找不到",
     "Orphan: parents not both lost",
     severity::error,
     "{0} 的父母未均死亡或查找不到",
     "{0}'s parents are not both dead or untraceable",
     {{{detail::ge2010, "一"}}}},
    {"RCP-032",
     "事实无人抚养儿童：已满18周岁",
     "De facto unsupported child aged 18 or more",
     severity::error,
     "{0} 已满 18 周岁",
     "{0} is 18 or older",
     {{{detail::sswr2019, "一", 20190618, 0}}}},
    {"RCP-033",
     "事实无人抚养儿童：父母情形不符合",
     "De facto unsupported child: parents do not qualify",
     severity::error,
     "{0}：{1}",
     "{0}: {2}",
     {{{detail::sswr2019, "一", 20190618, 0}, {detail::sswr2020, "一", 20210101, 0}}}},
    {"RCP-040",
     "支出型临时救助：人均收入不低于上年当地人均可支配收入",
     "Expenditure-type aid: income too high",
     severity::error,
     "人均可支配收入 {0} 不低于上年当地人均可支配收入 {1}",
     "per-capita disposable income {0} is not below last year's local average {1}",
     {{{detail::ls2018, "二（一）"}}}},
    {"RCP-041",
     "先行救助仅适用于急难型临时救助",
     "Advance aid only for emergencies",
     severity::error,
     "支出型临时救助不得先行救助",
     "expenditure-type aid may not be paid in advance",
     {{{detail::ls2018, "二（二）"}}}},
    {"RCP-042",
     "先行救助未事后补充登记",
     "Advance aid not recorded afterwards",
     severity::warning,
     "先行救助后未补录：{0}",
     "advance aid not completed afterwards: {1}",
     {{{detail::ls2018, "二（二）"}}}},
    {"RCP-045",
     "救助期限超过规定且未报备",
     "Stay at the relief station too long",
     severity::warning,
     "已救助 {0} 日，超过 {1} 日且未报上级民政部门备案",
     "stayed {0} days, more than {1}, without filing with the higher civil-affairs department",
     {{{detail::llqt, "实施细则 第十三条", 0, 0, confidence::secondary}}}},
    {"RCP-046",
     "未登记随身物品",
     "Belongings not registered",
     severity::warning,
     "受助人员随身物品未登记",
     "the person's belongings were not registered",
     {{{detail::llqt, "第六条"}}}},
    {"RCP-047",
     "享受低保者不属于流浪乞讨救助对象",
     "A 低保 recipient is not a vagrant client",
     severity::warning,
     "受助人员正在享受最低生活保障",
     "the person receives 低保",
     {{{detail::llqt, "实施细则 第二条", 0, 0, confidence::secondary}}}},
    {"RCP-050",
     "公示期不足",
     "Public notice too short",
     severity::error,
     "{0}于 {1} 张贴，{2} 即进入下一环节，不足 {3} 日",
     "{4} posted on {1} and ended on {2}: shorter than {3} days",
     {{{detail::db2012, "第二十五条、第二十九条", 0, detail::until_2021},
       {detail::db2021, "第十九条；民发〔2021〕43号 第十五条、第二十六条", detail::from_2021, 0}}}},
    {"RCP-051",
     "入户调查人员少于规定人数",
     "Too few investigators",
     severity::error,
     "入户调查人员 {0} 人，少于 {1} 人",
     "{0} investigators, fewer than {1}",
     {{{detail::db2012, "第十八条", 0, detail::until_2021}, {detail::db2021, "第十六条", detail::from_2021, 0}}}},
    {"RCP-052",
     "近亲属申请未单独登记",
     "Near-relative application not registered separately",
     severity::error,
     "申请人与经办人员或村（居）委会成员有近亲属关系，未单独登记备案",
     "the applicant is a near relative of staff or committee members and was not registered separately",
     {{{detail::db2012, "第十四条", 0, detail::until_2021}, {detail::db2021, "第十一条", detail::from_2021, 0}}}},
    {"RCP-053",
     "近亲属申请未入户核查",
     "Near-relative application without a home visit",
     severity::error,
     "单独登记的近亲属申请未经县级入户核查",
     "a separately registered near-relative case had no county home visit",
     {{{detail::db2012, "第二十六条", 0, detail::until_2021}, {detail::db2021, "第二十条", detail::from_2021, 0}}}},
    {"RCP-054",
     "环节超过办理时限",
     "A step past its time limit",
     severity::error,
     "{0}应于 {1} 前完成（{2} 个工作日），{3}",
     "{4} was due by {1} ({2} working days); {5}",
     {{{detail::db2012, "第十八条、第二十一条、第二十六条、第二十九条", 0, detail::until_2021},
       {detail::db2021, "第十五条、第二十条、第二十二条", detail::from_2021, 0}}}},
    {"RCP-055",
     "决定未附书面理由或法定事由",
     "A decision without written reason or ground",
     severity::error,
     "{0}（{1}）未附书面理由或所列事由",
     "{2} ({1}) has no written reason or listed ground",
     {{{detail::sjz, "第十三条；民发〔2012〕220号 第二十六条", 0, detail::until_2021},
       {detail::sjz, "第十三条；民发〔2021〕57号 第二十一条、第三十二条；民发〔2021〕43号 第二十六条",
        detail::from_2021, 0}}}},
    {"RCP-056",
     "事实无人抚养儿童认定不公示",
     "No public notice for de facto unsupported children",
     severity::error,
     "事实无人抚养儿童的认定信息不得公示",
     "a de facto unsupported child's case must not be posted publicly",
     {{{detail::sswr2019, "二", 20190618, 0}}}},
    {"RCP-057",
     "办理环节不合顺序",
     "Case steps out of order",
     severity::error,
     "{0} 不能从“{1}”转入“{2}”",
     "{0} cannot move from {3} to {4}",
     {{{detail::sjz, "第十一条（申请、审核、公示、审批）"}}}},
    {"RCP-058",
     "不予批准未按时书面通知",
     "Refusal not notified in writing in time",
     severity::error,
     "不予批准（确认）的决定应于 {0} 前书面通知申请人（{1}内），{2}",
     "the refusal was due to be notified in writing by {0} (within {3}); {4}",
     {{{detail::db2012, "第二十六条", 0, detail::until_2021}, {detail::db2021, "第二十一条", detail::from_2021, 0}}}},
    {"RCP-059",
     "县级入户抽查比例不足",
     "County spot checks below the share required",
     severity::warning,
     "{0}{1}已审批 {3} 件，县级入户抽查 {2} 件，低于 {4}",
     "{5}: the county visited {2} of {3} decided {6} cases at home, below {4}",
     {{{detail::db2012, "第二十六条", 0, detail::until_2021}, {detail::tk2021, "第十六条", detail::from_2021, 0}}}},
    {"RCP-060",
     "定期复核逾期",
     "Periodic review overdue",
     severity::warning,
     "应于 {0} 前复核（每 {1} 个月）",
     "a review was due by {0} (every {1} months)",
     {{{detail::db2012, "第三十三条", 0, detail::until_2021}, {detail::db2021, "第三十一条", detail::from_2021, 0}}}},
    {"RCP-061",
     "民主评议记录不合规定",
     "Democratic appraisal record not as required",
     severity::error,
     "民主评议{0}",
     "democratic appraisal: {1}",
     {{{detail::db2012, "第二十一条、第二十二条", 0, detail::until_2021}}}},
    {"RCP-062",
     "特困人员终止救助供养前未公示",
     "特困 support ended without the termination notice",
     severity::error,
     "{0} 终止救助供养前未在其所在村（社区）或供养服务机构公示",
     "support ended on {0} without first posting the proposed termination in the village or institution",
     {{{detail::tk2021, "第二十六条", detail::from_2021, 0}}}},
    {"RCP-070",
     "同一人出现在两个家庭",
     "A person in two households",
     severity::error,
     "{0} 已在家庭 {1} 中",
     "{0} is already a member of household {1}",
     {{{detail::minzheng_integrity, "—"}}}},
    {"RCP-071",
     "同一人在同一家庭中重复出现",
     "A person twice in one household",
     severity::error,
     "{0} 在本户重复登记",
     "{0} is listed twice in this household",
     {{{detail::minzheng_integrity, "—"}}}},
    {"RCP-072",
     "同一人在名册中出现两次",
     "A person twice in a streamed roster",
     severity::error,
     "{0} 在名册前面的记录中已经出现",
     "{0} already appears in an earlier record of the roster",
     {{{detail::minzheng_integrity, "—"}}}},
    {"VAL-001",
     "同一标识重复出现",
     "The same identifier appears twice",
     severity::error,
     "{0} 重复：已在 {1} 出现",
     "{0} appears twice: already at {1}",
     {{{detail::minzheng_integrity, "—"}}}},
    {"VAL-002",
     "引用的记录不存在",
     "A reference to a record that does not exist",
     severity::error,
     "引用的{0} 不存在",
     "the referenced {1} does not exist",
     {{{detail::minzheng_integrity, "—"}}}},
    {"VAL-003",
     "编号不是规范形式",
     "An identifier not in its normal form",
     severity::error,
     "编号 “{0}” {1}",
     "the identifier \"{0}\" {2}",
     {{{detail::minzheng_integrity, "—"}}}},
    {"VAL-004",
     "统一社会信用代码的登记管理部门不在本库的列表中",
     "A credit code whose registration authority the library does not list",
     severity::notice,
     "统一社会信用代码 {0} 的登记管理部门代码 “{1}” 不在本库的列表中；校验位正确，代码有效，请核对",
     "the credit code {0} has the registration authority character '{1}', which the library does not list; its "
     "check character is right and the code is valid: verify it",
     {{{detail::gb32100, "代码结构第1位（登记管理部门代码）", 0, 0, confidence::secondary}}}},
}};

/// The library rule with this id, or nullptr. O(log n).
[[nodiscard]] constexpr const rule_info* find_library_rule(std::string_view id) noexcept
{
    std::size_t lo = 0;
    std::size_t hi = library_rules.size();
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (library_rules[mid].id < id) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo < library_rules.size() && library_rules[lo].id == id ? &library_rules[lo] : nullptr;
}

/// `template` with {0}, {1}, ... replaced by `args`; a placeholder without an argument is left as written.
[[nodiscard]] inline std::string render_message(std::string_view text, std::initializer_list<std::string_view> args)
{
    std::string out;
    out.reserve(text.size() + 32);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{' && i + 2 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9' && text[i + 2] == '}') {
            const auto n = static_cast<std::size_t>(text[i + 1] - '0');
            if (n < args.size()) {
                out += *(args.begin() + static_cast<std::ptrdiff_t>(n));
                i += 2;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

}  // namespace minzheng
