#pragma once
// 检查发现 — what a check says about a record that exists but breaks a rule: which rule, how bad, where in the
// record, a message in Chinese and English with the offending values, and the measure it comes from.

#include <minzheng/rules/catalogue.hpp>
#include <minzheng/rules/field_path.hpp>

#include <algorithm>
#include <compare>
#include <cstddef>
#include <string>
#include <vector>

namespace minzheng {

/// 检查发现 — one problem found in a record. Findings sort by path, then rule id, so a clerk reads them in
/// the order of the record.
struct finding {
    std::string rule_id;  ///< "RCP-012", or an application rule's id
    severity level = severity::error;
    field_path path;         ///< where in the record: "/households/3/members/1/id"
    std::string message_zh;  ///< with the offending values filled in
    std::string message_en;
    std::string source;  ///< the measure and article of the edition applied, e.g. "… 第二十五条"

    /// The library catalogue's entry for this finding's rule; nullptr for an application rule (ask the
    /// rule_set that defined it: rule_set::find_custom).
    [[nodiscard]] const rule_info* catalogue_entry() const noexcept { return find_library_rule(rule_id); }

    friend std::strong_ordering operator<=>(const finding& a, const finding& b)
    {
        if (auto c = a.path <=> b.path; c != 0) return c;
        if (auto c = a.rule_id <=> b.rule_id; c != 0) return c;
        if (auto c = b.level <=> a.level; c != 0) return c;  // the worse first
        if (auto c = a.message_en <=> b.message_en; c != 0) return c;
        if (auto c = a.message_zh <=> b.message_zh; c != 0) return c;
        return a.source <=> b.source;
    }
    friend bool operator==(const finding&, const finding&) = default;
};

/// Counts of findings by severity.
struct severity_counts {
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t notices = 0;

    friend bool operator==(const severity_counts&, const severity_counts&) = default;
};

/// The counts of `findings` by severity.
[[nodiscard]] inline severity_counts count_by_severity(const std::vector<finding>& findings) noexcept
{
    severity_counts c;
    for (const auto& f : findings) {
        switch (f.level) {
        case severity::error: ++c.errors; break;
        case severity::warning: ++c.warnings; break;
        case severity::notice: ++c.notices; break;
        }
    }
    return c;
}

/// True when some finding is an error.
[[nodiscard]] inline bool has_errors(const std::vector<finding>& findings) noexcept
{
    return std::any_of(findings.begin(), findings.end(), [](const finding& f) { return f.level == severity::error; });
}

}  // namespace minzheng
