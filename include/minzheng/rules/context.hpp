#pragma once
// 检查上下文 — the channel through which every check, the library's and an application's, reports findings: it
// knows the rule set (which rules are on, at what severity), the policy table, and the date the record is judged
// on, so a rule that changed over time is judged by the edition in force on the record's own date.

#include <minzheng/core/date.hpp>
#include <minzheng/core/division_code.hpp>
#include <minzheng/core/work_calendar.hpp>
#include <minzheng/rules/catalogue.hpp>
#include <minzheng/rules/field_path.hpp>
#include <minzheng/rules/finding.hpp>
#include <minzheng/rules/policy_table.hpp>
#include <minzheng/rules/rule_set.hpp>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace minzheng {

/// A parameter value a check used, for explanations and appeals: which value, for which division and date.
struct parameter_use {
    std::string name;
    std::optional<division_code> asked_for;  ///< the division the check asked about
    date on;
    parameter_entry entry;  ///< the entry found (its division may be an ancestor's, or national)
};

/// 检查上下文 — collects the findings of one validation run.
class rule_context {
public:
    /// A context judging records as of `on`. The rule set and policy table must outlive the context.
    rule_context(const rule_set& rules, const policy_table& policy, date on) noexcept
        : rules_(&rules), policy_(&policy), on_(on)
    {
    }
    // The context keeps pointers: a temporary rule set or policy table would dangle at the end of the statement.
    rule_context(const rule_set&&, const policy_table&, date) = delete;
    rule_context(const rule_set&, const policy_table&&, date) = delete;
    rule_context(const rule_set&&, const policy_table&&, date) = delete;

    [[nodiscard]] const rule_set& rules() const noexcept { return *rules_; }
    [[nodiscard]] const policy_table& policy() const noexcept { return *policy_; }
    /// The date records are judged on (an application date, a payment date).
    [[nodiscard]] date on() const noexcept { return on_; }
    /// Judges later reports as of another date (the next record's own date).
    void set_date(date on) noexcept { on_ = on; }
    /// Where the record being checked sits in its document: paths given to report() are relative to it, so a
    /// check (the library's or an application's) never needs to know where its record is.
    void set_base(field_path base) { base_ = std::move(base); }
    [[nodiscard]] const field_path& base() const& noexcept { return base_; }
    const field_path& base() const&& = delete;  // would refer into a dying context
    /// The working-day calendar deadlines are counted with: the one set here, else the national calendar the
    /// library ships (work_calendar::china()). The calendar must outlive the context.
    void set_calendar(const work_calendar& calendar) noexcept { calendar_ = &calendar; }
    void set_calendar(const work_calendar&&) = delete;  // kept by pointer: a temporary would dangle
    [[nodiscard]] const work_calendar& calendar() const;

    /// True when rule `id` is switched on and, for a library rule, one of its editions was in force on the
    /// record's date. Checks may skip work for inactive rules.
    [[nodiscard]] bool is_active(std::string_view id) const;

    /// Reports a finding of rule `id` at `path` (relative to base()), its messages filled with `args` ({0}, {1}, ...).
    /// Nothing is reported for an inactive rule. An id the rule set does not know is reported as itself, at error
    /// severity, so a misspelt id in an application rule is seen rather than lost.
    void report(std::string_view id, const field_path& path, std::initializer_list<std::string_view> args = {});

    /// The value of `name` in force for `where` on the record's date. When there is none, reports POL-002 at
    /// `path` and returns nullptr: a missing local standard is never replaced by a default.
    const parameter_entry* parameter(std::string_view name, std::optional<division_code> where, const field_path& path);
    /// The value as `T` (money, ratio, std::int64_t or bool), or nullopt as above.
    template <class T>
    std::optional<T> value(std::string_view name, std::optional<division_code> where, const field_path& path)
    {
        const auto* e = parameter(name, where, path);
        if (e == nullptr) return std::nullopt;
        if (const auto* v = std::get_if<T>(&e->value)) return *v;
        return std::nullopt;
    }

    /// The parameters used so far, in the order asked: the trace of a verdict.
    [[nodiscard]] const std::vector<parameter_use>& parameters_used() const& noexcept { return used_; }
    std::vector<parameter_use> parameters_used() const&& = delete;  // would refer into a dying context
    /// The findings so far, in the order reported.
    [[nodiscard]] const std::vector<finding>& findings() const& noexcept { return findings_; }
    std::vector<finding> findings() const&& = delete;  // would refer into a dying context; take_findings() moves
    /// Moves the findings out, sorted by path and rule.
    [[nodiscard]] std::vector<finding> take_findings();

private:
    const rule_set* rules_;
    const policy_table* policy_;
    date on_;
    field_path base_;
    const work_calendar* calendar_ = nullptr;
    std::vector<finding> findings_;
    std::vector<parameter_use> used_;
};

// ---- implementation --------------------------------------------------------------------------------------

inline const work_calendar& rule_context::calendar() const
{
    if (calendar_ != nullptr) return *calendar_;
    static const work_calendar national = work_calendar::china();  // immutable once built
    return national;
}

inline bool rule_context::is_active(std::string_view id) const
{
    if (!rules_->is_enabled(id)) return false;
    if (const auto* r = find_library_rule(id)) return r->applies_on(on_);
    return true;
}

inline void rule_context::report(std::string_view id, const field_path& path,
                                 std::initializer_list<std::string_view> args)
{
    finding f;
    f.rule_id = std::string(id);
    f.path = path.under(base_);
    if (const auto* r = find_library_rule(id)) {
        if (!is_active(id)) return;
        const auto* source = r->source_on(on_);
        f.message_zh = render_message(r->message_zh, args);
        f.message_en = render_message(r->message_en, args);
        f.source = std::string(source->measure) + ' ' + std::string(source->article);
    } else if (const auto* c = rules_->find_custom(id)) {
        if (!is_active(id)) return;
        f.message_zh = render_message(c->message_zh, args);
        f.message_en = render_message(c->message_en, args);
        f.source = c->source;
    } else {
        f.message_zh = "未登记的规则 " + f.rule_id;
        f.message_en = "rule " + f.rule_id + " is not registered in the rule set";
    }
    f.level = rules_->severity_of(id).value_or(severity::error);
    findings_.push_back(std::move(f));
}

inline const parameter_entry* rule_context::parameter(std::string_view name, std::optional<division_code> where,
                                                      const field_path& path)
{
    const auto* e = policy_->find(name, where, on_);
    if (e == nullptr) {
        // A parameter only a locality sets is missing locally; one with a national value has none for this day.
        const auto* info = find_library_parameter(name);
        const bool local_only = info != nullptr && info->source == detail::local_only;
        const std::string place_zh = where ? where->to_string() + ' ' + std::string(where->name()) : "全国";
        const std::string place_en = where ? where->to_string() : "the whole country";
        report("POL-002", path,
               {info ? info->description_zh : name, place_zh, minzheng::to_iso_string(on_),
                local_only ? "该参数由地方设定，当地尚未设置" : "当日没有全国取值，需由地方设定", name, place_en,
                local_only ? "a locality sets it, and no local value has been set"
                           : "there is no national value that day; a locality must set one"});
        return nullptr;
    }
    used_.push_back(parameter_use{std::string(name), where, on_, *e});
    return e;
}

inline std::vector<finding> rule_context::take_findings()
{
    std::vector<finding> out = std::move(findings_);
    findings_.clear();
    std::stable_sort(out.begin(), out.end());
    return out;
}

}  // namespace minzheng
