#pragma once
// 规则集 — which rules run and how severe their findings are. An application switches library rules off, changes
// their severity and adds rules of its own (a callable over an entity that emits findings through the same
// channel), without touching the library. A value: two tools in one process each keep their own.

#include <minzheng/core/error.hpp>
#include <minzheng/rules/catalogue.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <typeindex>
#include <utility>
#include <vector>

namespace minzheng {

class rule_context;

/// An application-defined rule's description: the same fields as a library rule_info, owned.
struct custom_rule {
    std::string id;  ///< prefix of 4-16 capitals, digits or '_', a hyphen, 3 digits: "YUNFU-001"
    std::string title_zh;
    std::string title_en;
    severity default_severity = severity::error;
    std::string message_zh;  ///< template with {0}, {1}, ...
    std::string message_en;
    std::string source;  ///< the local measure the rule comes from, e.g. "云浮市民政局 2020年2月通知"
};

/// True for a library rule id: three capitals, '-', three digits ("RCP-012").
[[nodiscard]] constexpr bool is_library_rule_id(std::string_view id) noexcept
{
    if (id.size() != 7 || id[3] != '-') return false;
    for (std::size_t i = 0; i < 7; ++i) {
        if (i == 3) continue;
        const char c = id[i];
        if (i < 3 ? !(c >= 'A' && c <= 'Z') : !(c >= '0' && c <= '9')) return false;
    }
    return true;
}

/// True for an application rule id: a prefix of 4-16 capitals, digits or '_' starting with a capital, '-', and
/// three digits ("YUNFU-001"). Library prefixes have three letters, so the two never collide.
[[nodiscard]] constexpr bool is_application_rule_id(std::string_view id) noexcept
{
    const auto dash = id.rfind('-');
    if (dash == std::string_view::npos || dash < 4 || dash > 16 || id.size() != dash + 4) return false;
    if (!(id[0] >= 'A' && id[0] <= 'Z')) return false;
    for (std::size_t i = 0; i < dash; ++i) {
        const char c = id[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    }
    for (std::size_t i = dash + 1; i < id.size(); ++i) {
        if (!(id[i] >= '0' && id[i] <= '9')) return false;
    }
    return true;
}

/// 规则集 — rule switches, severities and application rules. Default-constructed: every library rule on, at its
/// default severity, no application rules.
class rule_set {
public:
    /// A change to one rule, as rule sets are saved: switched off, or a severity other than the default.
    struct adjustment {
        bool enabled = true;
        std::optional<severity> level;  ///< nullopt: the rule's default

        friend bool operator==(const adjustment&, const adjustment&) = default;
    };

    rule_set() = default;

    /// Switches a rule on or off. `unknown_rule` for an id neither the catalogue nor this set knows.
    [[nodiscard]] result<void> set_enabled(std::string_view id, bool enabled);
    [[nodiscard]] result<void> disable(std::string_view id) { return set_enabled(id, false); }
    [[nodiscard]] result<void> enable(std::string_view id) { return set_enabled(id, true); }
    /// Reports a rule's findings at `level` instead of its default. `unknown_rule` as above.
    [[nodiscard]] result<void> set_severity(std::string_view id, severity level);

    /// True when the rule is known and switched on.
    [[nodiscard]] bool is_enabled(std::string_view id) const;
    /// The severity the rule's findings get; nullopt for an unknown rule.
    [[nodiscard]] std::optional<severity> severity_of(std::string_view id) const;
    /// True for a library rule or an application rule added to this set.
    [[nodiscard]] bool knows(std::string_view id) const { return find_library_rule(id) || find_custom(id); }

    /// Adds an application rule that checks entities of type `Entity`: `check(const Entity&, rule_context&)`
    /// emits its findings through the context, like the library's own checks. Errors: `invalid_rule_id`,
    /// `reserved_rule_prefix` (a three-letter prefix), `duplicate_rule`.
    template <class Entity, class Check>
    [[nodiscard]] result<void> add_rule(custom_rule rule, Check&& check);

    /// The description of an application rule of this set, or nullptr.
    [[nodiscard]] const custom_rule* find_custom(std::string_view id) const&;
    /// All application rules, in the order they were added.
    [[nodiscard]] std::vector<const custom_rule*> custom_rules() const&;
    /// The rules whose switch or severity differ from the defaults, by id (what a saved rule set holds).
    [[nodiscard]] const std::map<std::string, adjustment, std::less<>>& adjustments() const& noexcept
    {
        return adjustments_;
    }
    // Each of the three points into this set: asked of a temporary, the answer would dangle.
    const custom_rule* find_custom(std::string_view id) const&& = delete;
    std::vector<const custom_rule*> custom_rules() const&& = delete;
    const std::map<std::string, adjustment, std::less<>>& adjustments() const&& = delete;

    /// Runs the application rules registered for `Entity` over `entity`.
    template <class Entity>
    void run_custom(const Entity& entity, rule_context& context) const;

private:
    struct custom_entry {
        custom_rule rule;
        std::type_index type;
        std::function<void(const void*, rule_context&)> check;
    };
    std::map<std::string, adjustment, std::less<>> adjustments_;
    std::vector<custom_entry> custom_;
};

// ---- implementation --------------------------------------------------------------------------------------

inline result<void> rule_set::set_enabled(std::string_view id, bool enabled)
{
    if (!knows(id)) return error::unknown_rule;
    auto it = adjustments_.find(id);
    if (it == adjustments_.end()) it = adjustments_.emplace(std::string(id), adjustment{}).first;
    it->second.enabled = enabled;
    if (it->second == adjustment{}) adjustments_.erase(it);
    return {};
}

inline result<void> rule_set::set_severity(std::string_view id, severity level)
{
    if (!knows(id)) return error::unknown_rule;
    auto it = adjustments_.find(id);
    if (it == adjustments_.end()) it = adjustments_.emplace(std::string(id), adjustment{}).first;
    it->second.level = level;
    return {};
}

inline bool rule_set::is_enabled(std::string_view id) const
{
    if (!knows(id)) return false;
    const auto it = adjustments_.find(id);
    return it == adjustments_.end() || it->second.enabled;
}

inline std::optional<severity> rule_set::severity_of(std::string_view id) const
{
    if (const auto it = adjustments_.find(id); it != adjustments_.end() && it->second.level) return it->second.level;
    if (const auto* r = find_library_rule(id)) return r->default_severity;
    if (const auto* c = find_custom(id)) return c->default_severity;
    return std::nullopt;
}

inline const custom_rule* rule_set::find_custom(std::string_view id) const&
{
    for (const auto& e : custom_) {
        if (e.rule.id == id) return &e.rule;
    }
    return nullptr;
}

inline std::vector<const custom_rule*> rule_set::custom_rules() const&
{
    std::vector<const custom_rule*> out;
    out.reserve(custom_.size());
    for (const auto& e : custom_) out.push_back(&e.rule);
    return out;
}

template <class Entity, class Check>
result<void> rule_set::add_rule(custom_rule rule, Check&& check)
{
    if (is_library_rule_id(rule.id)) return error::reserved_rule_prefix;
    if (!is_application_rule_id(rule.id)) return error::invalid_rule_id;
    if (find_custom(rule.id)) return error::duplicate_rule;
    custom_.push_back(custom_entry{
        std::move(rule), std::type_index(typeid(Entity)),
        [f = std::forward<Check>(check)](const void* e, rule_context& c) { f(*static_cast<const Entity*>(e), c); }});
    return {};
}

template <class Entity>
void rule_set::run_custom(const Entity& entity, rule_context& context) const
{
    const std::type_index type(typeid(Entity));
    for (const auto& e : custom_) {
        if (e.type == type && is_enabled(e.rule.id)) e.check(&entity, context);
    }
}

}  // namespace minzheng
