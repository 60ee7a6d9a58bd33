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
}  // namespace detail

/// Every rule of the library, sorted by id.
inline constexpr std::array<rule_info, 7> library_rules{{
    {"DOC-001",
     "字段类型或取值不符",
     "A field of the wrong type or value",
     severity::error,
     "字段 {0} 不符合要求：{1}",
     "field {0} is not valid: {1}",
     {{{detail::minzheng_integrity, "—"}}}},
    {"DOC-002",
     "缺少必需字段",
     "A required field is missing",
     severity::error,
     "缺少必需字段 {0}",
     "the required field {0} is missing",
     {{{detail::minzheng_integrity, "—"}}}},
    {"DOC-003",
     "未知字段",
     "An unknown field",
     severity::warning,
     "未知字段 {0}（将被忽略）",
     "unknown field {0} (it is not read)",
     {{{detail::minzheng_integrity, "—"}}}},
    {"POL-001",
     "同一参数同一区划的有效期重叠",
     "Overlapping periods for one parameter and division",
     severity::error,
     "参数 {0} 在 {1} 的两个取值有效期重叠：{2} 与 {3}",
     "parameter {0} for {1} has two values in force on the same days: {2} and {3}",
     {{{detail::minzheng_integrity, "—"}}}},
    {"POL-002",
     "缺少当日有效的政策参数",
     "No policy value in force",
     severity::error,
     "参数 {0} 在 {1} 于 {2} 没有有效取值（未设置地方标准）",
     "parameter {0} has no value in force for {1} on {2} (no local value has been set)",
     {{{"社会救助暂行办法（国务院令第649号）", "第十条、第十五条、第四十九条（标准由地方人民政府确定公布）"}}}},
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
     "引用的 {0} 不存在",
     "the referenced {0} does not exist",
     {{{detail::minzheng_integrity, "—"}}}},
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
