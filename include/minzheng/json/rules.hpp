#pragma once
// JSON for the rules layer: findings, rule sets (the adjustments an application saves) and policy tables.
// Loading a rule set or a policy table reports every problem as a finding with its JSON Pointer path, and
// yields no table at all when any problem is an error.
//
// Documents:
//   {"format": "minzheng.rule_set", "version": 1,
//    "rules": {"RCP-012": {"enabled": false}, "INS-003": {"severity": "warning"}}}
//   {"format": "minzheng.policy_table", "version": 1,
//    "parameters": [{"name": "dibao_standard_urban_monthly", "division": "445381", "from": "2020-01-01",
//                    "until": null, "value": 66500, "note": "..."}]}
// Values by kind: money as an integer number of 分, ratio as "3/2", flag as true/false, the rest as integers.

#include <minzheng/json/core.hpp>
#include <minzheng/rules/finding.hpp>
#include <minzheng/rules/policy_table.hpp>
#include <minzheng/rules/rule_set.hpp>

#include <boost/json/value.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace minzheng {

/// What a loader read: the value when nothing was an error, and every finding either way.
template <class T>
struct load_result {
    std::optional<T> value;
    std::vector<finding> findings;  ///< sorted by path
};

void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const finding& f);
boost::system::result<finding> tag_invoke(boost::json::try_value_to_tag<finding>, const boost::json::value& v);

/// The rule set's adjustments as a "minzheng.rule_set" document. Application rules' code cannot be saved:
/// only their switches and severities are.
[[nodiscard]] boost::json::value rule_set_to_json(const rule_set& rules);
/// Applies a "minzheng.rule_set" document to `base` (which already holds the application's own rules).
/// Findings: DOC-001 (wrong shape, unknown rule id, unknown severity), DOC-002, DOC-003 (unknown member).
[[nodiscard]] load_result<rule_set> rule_set_from_json(const boost::json::value& document, rule_set base = {});

/// Every entry of the table as a "minzheng.policy_table" document.
[[nodiscard]] boost::json::value policy_table_to_json(const policy_table& table);
/// Adds the entries of a "minzheng.policy_table" document to `base` (e.g. policy_table::national_defaults()).
/// Findings: DOC-001, DOC-002, DOC-003, and POL-001 naming both periods when two values of one parameter and
/// division overlap.
[[nodiscard]] load_result<policy_table> policy_table_from_json(const boost::json::value& document,
                                                               policy_table base = {});

// ---- implementation --------------------------------------------------------------------------------------

namespace detail {

/// A parameter as a clerk reads it: its Chinese description (the name itself for one the library does not know).
[[nodiscard]] inline std::string parameter_zh(std::string_view name)
{
    const auto* info = find_library_parameter(name);
    return info != nullptr ? std::string(info->description_zh) : std::string(name);
}

/// Collects a loader's findings, judged as of a fixed date (the document's rules do not change over time).
class load_findings {
public:
    void report(std::string_view rule, const field_path& path, std::initializer_list<std::string_view> args)
    {
        const auto* r = find_library_rule(rule);
        finding f;
        f.rule_id = std::string(rule);
        f.level = r->default_severity;
        f.path = path;
        f.message_zh = render_message(r->message_zh, args);
        f.message_en = render_message(r->message_en, args);
        f.source = std::string(r->sources[0].measure) + ' ' + std::string(r->sources[0].article);
        findings_.push_back(std::move(f));
    }
    /// DOC-001 with the message of an error code (English in the en text, Chinese in the zh text).
    void invalid(const field_path& path, std::error_code ec)
    {
        report("DOC-001", path, {path.str(), ec.message(), field_zh(path), message_zh(ec)});
    }
    /// DOC-001 with a reason of its own in each language.
    void invalid(const field_path& path, std::string_view why_en, std::string_view why_zh)
    {
        report("DOC-001", path, {path.str(), why_en, field_zh(path), why_zh});
    }
    void missing(const field_path& path) { report("DOC-002", path, {path.str(), quoted_key(path)}); }
    void unknown(const field_path& path) { report("DOC-003", path, {path.str(), quoted_key(path)}); }

    /// The last member of a JSON Pointer as a clerk reads it: “name” (JSON Pointer escapes undone).
    [[nodiscard]] static std::string quoted_key(const field_path& path)
    {
        const auto& text = path.str();
        std::string key;
        for (std::size_t i = text.rfind('/') + 1; i < text.size(); ++i) {
            if (text[i] == '~' && i + 1 < text.size()) {
                key += text[i + 1] == '1' ? '/' : '~';
                ++i;
            } else {
                key += text[i];
            }
        }
        return "“" + key + "”";
    }
    /// Where a problem is, in Chinese words and without the path (the finding carries it): the document, the
    /// N-th item of a list (counted from 1), or the field “name”.
    [[nodiscard]] static std::string field_zh(const field_path& path)
    {
        const auto& text = path.str();
        if (text.empty()) return "文档";
        const auto last = std::string_view(text).substr(text.rfind('/') + 1);
        if (!last.empty() && last.find_first_not_of("0123456789") == std::string_view::npos && last.size() < 19)
            return "第 " + std::to_string(std::stoull(std::string(last)) + 1) + " 项";
        return "字段" + quoted_key(path);
    }
    /// DOC-003 for every member of `o` not in `known`.
    void unknown_members(const boost::json::object& o, const field_path& path,
                         std::initializer_list<std::string_view> known)
    {
        for (const auto& kv : o) {
            if (std::find(known.begin(), known.end(), std::string_view(kv.key())) == known.end())
                unknown(path / std::string_view(kv.key()));
        }
    }
    /// Checks the envelope's format and version; false (with findings) when the document cannot be read.
    bool envelope(const boost::json::value& doc, std::string_view format, std::int64_t version)
    {
        const auto* o = doc.if_object();
        if (o == nullptr) {
            invalid(field_path{}, make_error_code(error::json_wrong_type));
            return false;
        }
        const auto* f = o->if_contains("format");
        const auto* v = o->if_contains("version");
        if (f == nullptr) missing(field_path{} / "format");
        if (v == nullptr) missing(field_path{} / "version");
        if (f == nullptr || v == nullptr) return false;
        if (!f->is_string() || f->get_string() != format) {
            invalid(field_path{} / "format", "expected \"" + std::string(format) + "\"",
                    "应为 \"" + std::string(format) + "\"");
            return false;
        }
        if (!v->is_int64() || v->get_int64() < 1 || v->get_int64() > version) {
            invalid(field_path{} / "version", "a version from 1 to " + std::to_string(version) + " is supported",
                    "支持的版本为 1 至 " + std::to_string(version));
            return false;
        }
        return true;
    }
    [[nodiscard]] bool has_errors() const { return minzheng::has_errors(findings_); }
    /// How many findings so far.
    [[nodiscard]] std::size_t count() const noexcept { return findings_.size(); }
    /// Sets the severity of the last finding (the caller's choice for an unknown member).
    void raise_last(severity level)
    {
        if (!findings_.empty()) findings_.back().level = level;
    }
    /// Adds findings made elsewhere (e.g. a record's findings under a line's path).
    void add(finding f) { findings_.push_back(std::move(f)); }
    [[nodiscard]] std::vector<finding> take()
    {
        std::stable_sort(findings_.begin(), findings_.end());
        return std::move(findings_);
    }

private:
    std::vector<finding> findings_;
};

[[nodiscard]] inline boost::json::value parameter_value_to_json(const parameter_value& v)
{
    if (const auto* m = std::get_if<money>(&v)) return m->fen();
    if (const auto* r = std::get_if<ratio>(&v)) return boost::json::string(r->to_string());
    if (const auto* b = std::get_if<bool>(&v)) return *b;
    return std::get<std::int64_t>(v);
}

[[nodiscard]] inline result<parameter_value> parameter_value_from_json(const boost::json::value& v, parameter_kind kind)
{
    switch (kind) {
    case parameter_kind::money:
        if (!v.is_int64()) return error::json_wrong_type;
        return parameter_value{money::from_fen(v.get_int64())};
    case parameter_kind::ratio: {
        const auto* s = v.if_string();
        if (s == nullptr) return error::json_wrong_type;
        auto r = ratio::parse(*s);
        if (!r) return r.error();
        return parameter_value{*r};
    }
    case parameter_kind::flag:
        if (!v.is_bool()) return error::json_wrong_type;
        return parameter_value{v.get_bool()};
    default:
        if (!v.is_int64()) return error::json_wrong_type;
        return parameter_value{v.get_int64()};
    }
}

}  // namespace detail

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const finding& f)
{
    v = boost::json::object{{"rule", f.rule_id},          {"severity", to_string(f.level)}, {"path", f.path.str()},
                            {"message_zh", f.message_zh}, {"message_en", f.message_en},     {"source", f.source}};
}

inline boost::system::result<finding> tag_invoke(boost::json::try_value_to_tag<finding>, const boost::json::value& v)
{
    const auto* o = v.if_object();
    if (o == nullptr) return boost::system::error_code(make_error_code(error::json_wrong_type));
    finding f;
    std::string_view fields[6];
    const char* names[6] = {"rule", "severity", "path", "message_zh", "message_en", "source"};
    for (std::size_t i = 0; i < 6; ++i) {
        const auto* m = o->if_contains(names[i]);
        if (m == nullptr) return boost::system::error_code(make_error_code(error::json_missing_field));
        auto s = json_string(*m);
        if (!s) return boost::system::error_code(s.error());
        fields[i] = *s;
    }
    const auto level = severity_from_string(fields[1]);
    if (!level || !field_path::is_valid_pointer(fields[2]))
        return boost::system::error_code(make_error_code(error::invalid_character));
    f.rule_id = std::string(fields[0]);
    f.level = *level;
    f.path = field_path::from_pointer(fields[2]);
    f.message_zh = std::string(fields[3]);
    f.message_en = std::string(fields[4]);
    f.source = std::string(fields[5]);
    return f;
}

inline boost::json::value rule_set_to_json(const rule_set& rules)
{
    boost::json::object adjusted;
    for (const auto& [id, a] : rules.adjustments()) {
        boost::json::object o;
        if (!a.enabled) o["enabled"] = false;
        if (a.level) o["severity"] = to_string(*a.level);
        adjusted[id] = std::move(o);
    }
    return boost::json::object{{"format", "minzheng.rule_set"}, {"version", 1}, {"rules", std::move(adjusted)}};
}

inline load_result<rule_set> rule_set_from_json(const boost::json::value& document, rule_set base)
{
    detail::load_findings out;
    if (out.envelope(document, "minzheng.rule_set", 1)) {
        const auto& doc = document.get_object();
        out.unknown_members(doc, field_path{}, {"format", "version", "rules"});
        const auto* rules = doc.if_contains("rules");
        const auto rules_path = field_path{} / "rules";
        if (rules == nullptr) {
            out.missing(rules_path);
        } else if (!rules->is_object()) {
            out.invalid(rules_path, make_error_code(error::json_wrong_type));
        } else {
            for (const auto& kv : rules->get_object()) {
                const std::string_view id = kv.key();
                const auto path = rules_path / id;
                if (!base.knows(id)) {
                    out.invalid(path, make_error_code(error::unknown_rule));
                    continue;
                }
                const auto* o = kv.value().if_object();
                if (o == nullptr) {
                    out.invalid(path, make_error_code(error::json_wrong_type));
                    continue;
                }
                out.unknown_members(*o, path, {"enabled", "severity"});
                if (const auto* e = o->if_contains("enabled")) {
                    if (e->is_bool()) {
                        (void)base.set_enabled(id, e->get_bool());  // the id is known: cannot fail
                    } else {
                        out.invalid(path / "enabled", make_error_code(error::json_wrong_type));
                    }
                }
                if (const auto* s = o->if_contains("severity")) {
                    const auto text = json_string(*s);
                    const auto level = text ? severity_from_string(*text) : std::nullopt;
                    if (level) {
                        (void)base.set_severity(id, *level);
                    } else {
                        out.invalid(path / "severity", "expected \"error\", \"warning\" or \"notice\"",
                                    "应为 \"error\"（错误）、\"warning\"（警告）或 \"notice\"（提示）");
                    }
                }
            }
        }
    }
    load_result<rule_set> r;
    if (!out.has_errors()) r.value = std::move(base);
    r.findings = out.take();
    return r;
}

inline boost::json::value policy_table_to_json(const policy_table& table)
{
    boost::json::array parameters;
    for (const auto* e : table.entries()) {
        boost::json::object o{
            {"name", e->name},
            {"division", e->division ? boost::json::value(e->division->to_string()) : boost::json::value(nullptr)},
            {"from", date_to_json(e->in_force.first())},
            {"until", e->in_force.last() ? date_to_json(*e->in_force.last()) : boost::json::value(nullptr)},
            {"value", detail::parameter_value_to_json(e->value)},
            {"note", e->note}};
        parameters.push_back(std::move(o));
    }
    return boost::json::object{
        {"format", "minzheng.policy_table"}, {"version", 1}, {"parameters", std::move(parameters)}};
}

inline load_result<policy_table> policy_table_from_json(const boost::json::value& document, policy_table base)
{
    detail::load_findings out;
    if (out.envelope(document, "minzheng.policy_table", 1)) {
        const auto& doc = document.get_object();
        out.unknown_members(doc, field_path{}, {"format", "version", "parameters"});
        const auto list_path = field_path{} / "parameters";
        const auto* list = doc.if_contains("parameters");
        if (list == nullptr) {
            out.missing(list_path);
        } else if (!list->is_array()) {
            out.invalid(list_path, make_error_code(error::json_wrong_type));
        } else {
            std::size_t i = 0;
            for (const auto& item : list->get_array()) {
                const auto path = list_path / i++;
                const auto* o = item.if_object();
                if (o == nullptr) {
                    out.invalid(path, make_error_code(error::json_wrong_type));
                    continue;
                }
                out.unknown_members(*o, path, {"name", "division", "from", "until", "value", "note"});
                bool ok = true;
                const auto need = [&](std::string_view key) -> const boost::json::value* {
                    const auto* m = o->if_contains(key);
                    if (m == nullptr) out.missing(path / key), ok = false;
                    return m;
                };
                const auto* name = need("name");
                const auto* division = need("division");
                const auto* from = need("from");
                const auto* until = need("until");
                const auto* value = need("value");
                if (!ok) continue;
                std::string e_name;
                std::optional<division_code> e_division;
                parameter_value e_value;
                std::string e_note;
                const auto name_text = json_string(*name);
                std::optional<parameter_kind> kind;
                if (!name_text) {
                    out.invalid(path / "name", name_text.error()), ok = false;
                } else if (kind = base.kind_of(*name_text); !kind) {
                    out.invalid(path / "name", make_error_code(error::unknown_parameter)), ok = false;
                } else {
                    e_name = std::string(*name_text);
                }
                if (!division->is_null()) {
                    if (auto d = boost::json::try_value_to<division_code>(*division)) {
                        e_division = *d;
                    } else {
                        out.invalid(path / "division", std::error_code(d.error())), ok = false;
                    }
                }
                auto first = date_from_json(*from);
                if (!first) out.invalid(path / "from", first.error()), ok = false;
                std::optional<date> last;
                if (!until->is_null()) {
                    if (auto l = date_from_json(*until)) {
                        last = *l;
                    } else {
                        out.invalid(path / "until", l.error()), ok = false;
                    }
                }
                if (kind) {
                    if (auto v = detail::parameter_value_from_json(*value, *kind)) {
                        e_value = *v;
                    } else {
                        out.invalid(path / "value", v.error()), ok = false;
                    }
                }
                if (const auto* note = o->if_contains("note")) {
                    if (auto n = json_string(*note)) {
                        e_note = std::string(*n);
                    } else {
                        out.invalid(path / "note", n.error()), ok = false;
                    }
                }
                if (!ok) continue;
                auto in_force = period::make(*first, last);
                if (!in_force) {
                    out.invalid(path / "until", in_force.error());
                    continue;
                }
                parameter_entry e{std::move(e_name), e_division, *in_force, std::move(e_value), std::move(e_note)};
                if (const auto range = *base.range_of(e.name); !value_within(e.value, range)) {
                    out.report("POL-003", path / "value",
                               {e.name, describe_value(e.value, *kind), describe_range(range, *kind),
                                detail::parameter_zh(e.name)});
                    continue;
                }
                if (const auto* other = base.conflict(e)) {
                    out.report("POL-001", path,
                               {e.name, e.division ? e.division->to_string() : "national", e.in_force.to_string(),
                                other->in_force.to_string(), detail::parameter_zh(e.name),
                                e.division ? std::string(e.division->name()) + "（" + e.division->to_string() + "）"
                                           : std::string("全国")});
                    continue;
                }
                (void)base.add(std::move(e));  // name, kind and periods checked above
            }
        }
    }
    load_result<policy_table> r;
    if (!out.has_errors()) r.value = std::move(base);
    r.findings = out.take();
    return r;
}

}  // namespace minzheng
