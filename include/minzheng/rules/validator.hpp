#pragma once
// 校验器 — runs a rule set over one record or a collection and returns every finding at once (not the first),
// with counts by severity. A collection is also checked across its records: the same key twice (VAL-001), a
// reference to a record that does not exist (VAL-002).

#include <minzheng/core/date.hpp>
#include <minzheng/core/detail/text.hpp>
#include <minzheng/core/identifier.hpp>
#include <minzheng/rules/context.hpp>
#include <minzheng/rules/field_path.hpp>
#include <minzheng/rules/finding.hpp>
#include <minzheng/rules/policy_table.hpp>
#include <minzheng/rules/rule_set.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace minzheng {

/// What a validation found.
struct validation_report {
    std::vector<finding> findings;  ///< sorted by path, then rule
    severity_counts counts;
    /// The parameter values the checks used, for the explanation of a verdict.
    std::vector<parameter_use> parameters_used;

    [[nodiscard]] bool has_errors() const noexcept { return counts.errors > 0; }
};

namespace detail {

template <class K>
[[nodiscard]] std::string key_text(const K& k)
{
    if constexpr (requires { k.to_string(); }) {
        return k.to_string();
    } else if constexpr (requires { std::to_string(k); }) {
        return std::to_string(k);
    } else {
        return std::string(k);
    }
}

}  // namespace detail

/// True for a type that has no library check, only application rules: specialise it for such a type of your own
/// (`template <> inline constexpr bool without_library_check<my_record> = true;`). Every other type validated must
/// have a `check(const T&, rule_context&)` declared with it, found by argument-dependent lookup; a type with
/// neither does not compile, so a check can never be silently skipped because its header was not included.
template <class Entity>
inline constexpr bool without_library_check = false;

namespace detail {

/// Calls the library's check for the entity (found by argument-dependent lookup), unless the type says it has none.
template <class Entity>
void run_library_check(const Entity& e, rule_context& c)
{
    if constexpr (!without_library_check<Entity>) {
        static_assert(
            requires { check(e, c); },
            "no check(const T&, rule_context&) is declared for this type: include the header that declares "
            "the type, or specialise minzheng::without_library_check<T> for a type with application rules "
            "only");
        check(e, c);
    }
}

}  // namespace detail

/// 校验器 — validates records with a rule set and a policy table, both passed in and never copied.
class validator {
public:
    /// The rule set and policy table must outlive the validator (it keeps pointers; temporaries do not compile).
    validator(const rule_set& rules, const policy_table& policy) noexcept : rules_(&rules), policy_(&policy) {}
    validator(const rule_set&&, const policy_table&) = delete;
    validator(const rule_set&, const policy_table&&) = delete;
    validator(const rule_set&&, const policy_table&&) = delete;

    /// Every finding of one record judged as of `on`: the library's checks for its type (a `check(entity,
    /// rule_context&)` found by argument-dependent lookup) and the application rules registered for the type.
    template <class Entity>
    [[nodiscard]] validation_report validate(const Entity& entity, date on) const
    {
        rule_context c(*rules_, *policy_, on);
        run(entity, c, field_path{});
        return finish(c);
    }

    /// Every finding of a collection: each record under `/<name>/<index>`, judged as of `date_of(record)`,
    /// then VAL-001 for every key that `key_of(record)` returns twice (a record whose key_of is nullopt has
    /// none). `key_field` is the member the key lives in, so the finding points at it.
    template <class Range, class KeyOf, class DateOf>
    [[nodiscard]] validation_report validate_all(const Range& records, std::string_view name,
                                                 std::string_view key_field, KeyOf key_of, DateOf date_of) const
    {
        const auto base = field_path{} / name;
        std::optional<rule_context> c;
        using key_type = typename std::decay_t<decltype(*key_of(*std::begin(records)))>;
        std::unordered_map<key_type, std::size_t> first_seen;
        std::size_t i = 0;
        for (const auto& r : records) {
            if (!c) {
                c.emplace(*rules_, *policy_, date_of(r));
            } else {
                c->set_date(date_of(r));
            }
            run(r, *c, base / i);
            if (const auto k = key_of(r)) {
                const auto [it, inserted] = first_seen.emplace(*k, i);
                if (!inserted) {
                    // The first record by its number, never by a JSON Pointer (the finding's path is the place).
                    const auto first = std::to_string(it->second + 1);
                    c->set_base(base / i);
                    c->report("VAL-001", field_path{} / key_field,
                              {detail::key_text(*k), "第 " + first + " 项", "item " + first});
                }
            }
            ++i;
        }
        if (!c) return {};
        return finish(*c);
    }

private:
    template <class Entity>
    void run(const Entity& e, rule_context& c, const field_path& base) const
    {
        c.set_base(base);
        detail::run_library_check(e, c);
        rules_->run_custom(e, c);
    }

    [[nodiscard]] static validation_report finish(rule_context& c)
    {
        validation_report r;
        r.parameters_used = c.parameters_used();
        r.findings = c.take_findings();
        r.counts = count_by_severity(r.findings);
        return r;
    }

    const rule_set* rules_;
    const policy_table* policy_;
};

/// Reports VAL-003 at `path` when `text`, the identifier of a record (household, case), is not in the normal
/// form of normalize_identifier: empty, made of spaces, with a control or invisible character (U+200B, U+202E),
/// outer spaces or full-width forms. Two ids a clerk sees as one must not make two records, so such an id is
/// refused, never silently rewritten. The message shows the id with invisible characters written out.
inline void check_identifier(rule_context& context, const field_path& path, std::string_view text)
{
    const auto normal = normalize_identifier(text);
    if (normal && *normal == text) return;
    const auto shown = detail::visible_text(text);
    if (normal) {
        const auto zh = "应写作 “" + *normal + "”（去掉首尾空格、全角字符改为半角）";
        const auto en = "should be written \"" + *normal + "\" (no outer spaces, no full-width forms)";
        context.report("VAL-003", path, {shown, zh, en});
        return;
    }
    const auto& e = normal.error();
    const std::string_view zh = e == error::empty_input         ? "为空或只有空格"
                                : e == error::control_character ? "含控制字符或不可见字符"
                                : e == error::input_too_long    ? "过长"
                                                                : "不是有效的 UTF-8 文本";
    const auto en = e.message();
    context.report("VAL-003", path, {shown, zh, en});
}

/// Reports VAL-002 at `path` when `exists` is false: `what_zh` and `what_en` name the reference for each message
/// ("家庭 LD-0001", "household LD-0001").
inline void check_reference(rule_context& context, const field_path& path, std::string_view what_zh,
                            std::string_view what_en, bool exists)
{
    if (!exists) context.report("VAL-002", path, {what_zh, what_en});
}

/// The same, with one name for both messages (an id alone, "445381…"); a name with words wants the form above.
inline void check_reference(rule_context& context, const field_path& path, std::string_view what, bool exists)
{
    check_reference(context, path, what, what, exists);
}

}  // namespace minzheng
