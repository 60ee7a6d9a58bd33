#pragma once
// The shape of a JSON document (形状), written once as constexpr tables and used twice: to check a document
// strictly, reporting every problem with its JSON Pointer path, and to generate the document's JSON Schema
// (draft 2020-12) for tools in other languages. The shapes of the library's own documents are in
// json/document.hpp.
//
// A shape is a leaf (any JSON value checked by the library's own decoder for its type, e.g. a resident id or a
// date), an object (named members, each required or optional; an optional member may be null), or an array of one
// shape. An object may also carry a whole-object check for rules between its members.

#include <minzheng/core/error.hpp>
#include <minzheng/json/core.hpp>
#include <minzheng/json/detail/object.hpp>
#include <minzheng/json/rules.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_to.hpp>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_set>
#include <vector>

namespace minzheng {

/// How a strict reader treats a member it does not know: as an error (the default: nothing is silently dropped)
/// or as a warning (the member is reported and not read).
enum class unknown_member_policy { error, warning };

/// The deepest nesting a reader accepts to be configured with: the checks and decoders recurse once per level, and
/// 1000 levels stay far inside any thread's stack. A larger document_limits::max_depth is refused (DOC-005).
inline constexpr std::size_t max_depth_ceiling = 1'000;

/// Limits on hostile input. Each has a safe default; exceeding one is a DOC-005 finding, never a crash or a
/// long loop.
struct document_limits {
    std::size_t max_bytes = std::size_t{1} << 30;   ///< size of one document or one JSON Lines line (1 GiB)
    std::size_t max_depth = 32;                     ///< nesting of arrays and objects, at most max_depth_ceiling
    std::size_t max_string = std::size_t{1} << 16;  ///< bytes in one string value or key (64 KiB)
    std::size_t max_items = 50'000'000;             ///< elements of one array (records of one list)
};

/// Options of the strict readers.
struct read_options {
    unknown_member_policy unknown = unknown_member_policy::error;
    document_limits limits{};
};

struct shape;

/// One member of an object shape.
struct member_shape {
    std::string_view name;
    const shape* type = nullptr;
    bool required = false;
    bool null_allowed = false;  ///< a required member that may be null (a period's open "last")
};

/// The shape of a JSON value; see the file comment.
struct shape {
    enum class kind { leaf, object, array };
    kind form = kind::leaf;
    std::string_view name;         ///< the name of its definition in a JSON Schema ("person"); empty: inline
    std::string_view description;  ///< one line, English, for the schema
    /// Leaf: the library's decoder of the type; object: the rule between members (may be null).
    std::error_code (*check)(const boost::json::value&) = nullptr;
    /// Leaf: the JSON Schema of the value.
    boost::json::value (*schema)() = nullptr;
    std::span<const member_shape> members{};  ///< object
    const shape* element = nullptr;           ///< array
};

/// The error of decoding `v` as T with the library's own conversion (empty when it decodes).
template <class T>
[[nodiscard]] std::error_code decodes_as(const boost::json::value& v)
{
    auto r = boost::json::try_value_to<T>(v);
    return r ? std::error_code{} : std::error_code(r.error());
}

/// A leaf decoded as T, with the given JSON Schema.
template <class T>
[[nodiscard]] constexpr shape leaf_shape(std::string_view name, std::string_view description,
                                         boost::json::value (*schema)())
{
    return shape{shape::kind::leaf, name, description, &decodes_as<T>, schema, {}, nullptr};
}

[[nodiscard]] constexpr shape object_shape(std::string_view name, std::string_view description,
                                           std::span<const member_shape> members,
                                           std::error_code (*check)(const boost::json::value&) = nullptr)
{
    return shape{shape::kind::object, name, description, check, nullptr, members, nullptr};
}

[[nodiscard]] constexpr shape array_shape(const shape& element)
{
    return shape{shape::kind::array, {}, {}, nullptr, nullptr, {}, &element};
}

namespace detail {

template <class E>
[[nodiscard]] boost::json::value enum_schema()
{
    boost::json::array names;
    for (const auto& n : json_names<E>) names.emplace_back(n.name);
    return boost::json::object{{"type", "string"}, {"enum", std::move(names)}};
}

/// The path of a node during a check, kept on the stack and turned into a field_path only for a finding.
struct path_link {
    const path_link* parent = nullptr;
    std::string_view key;
    std::size_t index = 0;
    bool is_index = false;

    [[nodiscard]] field_path materialize(const field_path& base) const
    {
        if (parent == nullptr) return base;
        const auto up = parent->materialize(base);
        return is_index ? up / index : up / key;
    }
};

}  // namespace detail

/// Checks a JSON value against a shape and reports every problem under `base`:
/// DOC-001 (wrong type, or a value its type's decoder refuses: the core error's message), DOC-002 (missing
/// required member), DOC-003 (unknown member; an error or a warning as the options say), DOC-005 (an array or
/// string beyond the limits).
class shape_checker {
public:
    shape_checker(detail::load_findings& out, const read_options& options) : out_(out), options_(options) {}

    void check(const boost::json::value& v, const shape& s, const field_path& base = {})
    {
        base_ = &base;
        visit(v, s, detail::path_link{});
    }

private:
    void visit(const boost::json::value& v, const shape& s, const detail::path_link& at)
    {
        switch (s.form) {
        case shape::kind::leaf: {
            if (const auto* str = v.if_string(); str != nullptr && str->size() > options_.limits.max_string) {
                limit(at, "a string of " + std::to_string(str->size()) + " bytes",
                      "文本长 " + std::to_string(str->size()) + " 字节");
                return;
            }
            if (const auto ec = s.check(v)) invalid(v, at, ec, s);
            return;
        }
        case shape::kind::array: {
            const auto* a = v.if_array();
            if (a == nullptr) return invalid(v, at, make_error_code(error::json_wrong_type), s);
            if (a->size() > options_.limits.max_items) {
                limit(at, std::to_string(a->size()) + " items", "列表有 " + std::to_string(a->size()) + " 项");
                return;
            }
            std::size_t i = 0;
            for (const auto& e : *a) visit(e, *s.element, detail::path_link{&at, {}, i++, true});
            return;
        }
        case shape::kind::object: break;
        }
        const auto* o = v.if_object();
        if (o == nullptr) return invalid(v, at, make_error_code(error::json_wrong_type), s);
        const auto before = out_.count();
        for (const auto& m : s.members) {
            const auto* member = o->if_contains(m.name);
            const detail::path_link here{&at, m.name, 0, false};
            if (member == nullptr || (member->is_null() && (!m.required || m.null_allowed))) {
                if (member == nullptr && m.required) out_.missing(here.materialize(*base_));
                continue;
            }
            visit(*member, *m.type, here);
        }
        for (const auto& kv : *o) {
            const std::string_view key = kv.key();
            if (known(s, key)) continue;
            const auto path = detail::path_link{&at, key, 0, false}.materialize(*base_);
            out_.unknown(path);
            if (options_.unknown == unknown_member_policy::error) out_.raise_last(severity::error);
        }
        if (s.check != nullptr && out_.count() == before) {
            if (const auto ec = s.check(v)) invalid(v, at, ec, s);
        }
    }

    [[nodiscard]] static bool known(const shape& s, std::string_view key) noexcept
    {
        for (const auto& m : s.members) {
            if (m.name == key) return true;
        }
        return false;
    }

    /// False when the value is plainly of another JSON kind than the shape's.
    [[nodiscard]] static bool same_kind(const boost::json::value& v, const shape& s)
    {
        const auto kind = expected_kind(s);
        if (kind == "a string") return v.is_string();
        if (kind == "an integer") return v.is_int64() || v.is_uint64();
        if (kind == "true or false") return v.is_bool();
        if (kind == "an array") return v.is_array();
        if (kind == "an object") return v.is_object();
        return true;
    }
    void invalid(const boost::json::value& v, const detail::path_link& at, std::error_code ec, const shape& s)
    {
        const auto path = at.materialize(*base_);
        std::string why = ec.message();
        std::string why_zh(message_zh(ec));
        if (ec == make_error_code(error::json_wrong_type) || !same_kind(v, s)) {
            why += "; expected " + std::string(expected_kind(s));
            why_zh += "；应为" + std::string(expected_kind_zh(s));
        }
        if (s.schema != nullptr) {
            const auto schema = s.schema();
            if (const auto* names = schema.as_object().if_contains("enum")) {
                why += "; expected one of " + boost::json::serialize(*names);
                // The values themselves are what the file must hold: listed as written, each in quotes.
                std::string listed;
                if (const auto* list = names->if_array()) {
                    for (const auto& n : *list) listed += (listed.empty() ? "" : "、") + boost::json::serialize(n);
                }
                why_zh += "；应为以下之一：" + listed;
            }
        }
        if (!s.description.empty()) why += " (" + std::string(s.description) + ")";
        out_.invalid(path, why, why_zh);
    }
    [[nodiscard]] static std::string_view expected_kind(const shape& s)
    {
        if (s.form == shape::kind::array) return "an array";
        if (s.form == shape::kind::object) return "an object";
        const auto schema = s.schema();
        const auto* type = schema.as_object().if_contains("type");
        const auto name = type != nullptr && type->is_string() ? std::string_view(type->get_string()) : "";
        if (name == "string") return "a string";
        if (name == "integer") return "an integer";
        if (name == "boolean") return "true or false";
        if (name == "array") return "an array";
        if (name == "object") return "an object";
        return "another kind of value";
    }
    [[nodiscard]] static std::string_view expected_kind_zh(const shape& s)
    {
        const auto en = expected_kind(s);
        if (en == "a string") return "字符串";
        if (en == "an integer") return "整数";
        if (en == "true or false") return "true 或 false";
        if (en == "an array") return "列表（数组）";
        if (en == "an object") return "对象";
        return "另一种取值";
    }
    void limit(const detail::path_link& at, const std::string& what, const std::string& what_zh)
    {
        const auto path = at.materialize(*base_);
        out_.report("DOC-005", path, {path.str(), what, detail::load_findings::field_zh(path), what_zh});
    }

    detail::load_findings& out_;
    const read_options& options_;
    const field_path* base_ = nullptr;
};

/// The JSON Schema (draft 2020-12) of a document of shape `root`, with every named shape under "$defs".
/// Optional members accept null; unknown members are refused ("additionalProperties": false), as the strict
/// reader does by default.
[[nodiscard]] boost::json::value json_schema(const shape& root, std::string_view id, std::string_view title);

/// Parses JSON text under the limits and reports DOC-006 (not well-formed, with line and column), DOC-005
/// (too large, too deep, a string or array too long) and DOC-004 (a duplicate key, which a DOM parse would
/// silently resolve). Returns null after DOC-006 or DOC-005; after DOC-004 the value is returned so that the rest of
/// the document can still be checked, but the finding is an error and no reader yields an object from it.
[[nodiscard]] std::optional<boost::json::value> parse_strict(std::string_view text, detail::load_findings& out,
                                                             const document_limits& limits = {},
                                                             const field_path& base = {});

// ---- implementation --------------------------------------------------------------------------------------

namespace detail {

inline void schema_of(const shape& s, boost::json::object& defs, boost::json::value& out);

inline boost::json::value schema_ref(const shape& s, boost::json::object& defs)
{
    boost::json::value body;
    if (s.name.empty()) {
        schema_of(s, defs, body);
        return body;
    }
    if (!defs.contains(s.name)) {
        defs[s.name] = nullptr;  // placed first, so a shape that contains itself ends
        schema_of(s, defs, body);
        defs[s.name] = std::move(body);
    }
    return boost::json::object{{"$ref", "#/$defs/" + std::string(s.name)}};
}

inline void schema_of(const shape& s, boost::json::object& defs, boost::json::value& out)
{
    switch (s.form) {
    case shape::kind::leaf: out = s.schema(); break;
    case shape::kind::array:
        out = boost::json::object{{"type", "array"}, {"items", schema_ref(*s.element, defs)}};
        break;
    case shape::kind::object: {
        boost::json::object properties;
        boost::json::array required;
        for (const auto& m : s.members) {
            auto sub = schema_ref(*m.type, defs);
            if (m.required) required.emplace_back(m.name);
            if (m.required && !m.null_allowed) {
                properties[m.name] = std::move(sub);
            } else {
                properties[m.name] = boost::json::object{
                    {"anyOf", boost::json::array{boost::json::object{{"type", "null"}}, std::move(sub)}}};
            }
        }
        boost::json::object o{{"type", "object"}, {"properties", std::move(properties)}};
        if (!required.empty()) o["required"] = std::move(required);
        o["additionalProperties"] = false;
        out = std::move(o);
        break;
    }
    }
    if (!s.description.empty() && out.is_object()) out.as_object()["description"] = s.description;
}

/// A basic_parser handler that builds nothing: it finds duplicate keys and over-long strings or arrays, with paths.
/// The keys of the open objects live in one pool reused from line to line, so a stream of records allocates only
/// while the pool grows.
class duplicate_key_handler {
public:
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);

    duplicate_key_handler(load_findings& out, const document_limits& limits, const field_path& base)
        : out_(out), limits_(limits), base_(base)
    {
    }

    bool on_document_begin(boost::system::error_code&) { return true; }
    bool on_document_end(boost::system::error_code&) { return true; }
    bool on_object_begin(boost::system::error_code&)
    {
        enter();
        frames_.push_back(frame{true, used_, 0, nullptr});
        return true;
    }
    bool on_object_end(std::size_t, boost::system::error_code&)
    {
        used_ = frames_.back().key_begin;
        frames_.pop_back();
        return true;
    }
    bool on_array_begin(boost::system::error_code&)
    {
        enter();
        frames_.push_back(frame{false, used_, 0, nullptr});
        return true;
    }
    bool on_array_end(std::size_t n, boost::system::error_code&)
    {
        frames_.pop_back();
        if (n > limits_.max_items) limit(std::to_string(n) + " items", "有 " + std::to_string(n) + " 项");
        return true;
    }
    bool on_key_part(std::string_view s, std::size_t, boost::system::error_code&)
    {
        part_.append(s);
        return within(part_.size());
    }
    bool on_key(std::string_view s, std::size_t n, boost::system::error_code&)
    {
        if (!within(n)) return false;
        std::string_view key = s;
        if (!part_.empty()) {
            part_.append(s);
            key = part_;
        }
        auto& f = frames_.back();
        // Small objects (every record) are scanned; an object past `hashed_from` keys gets a hash set, so that an
        // object of 80 000 keys costs 80 000 lookups, not 3.2 billion comparisons.
        bool repeated = false;
        if (f.seen) {
            repeated = !f.seen->emplace(key).second;
        } else {
            for (std::size_t i = f.key_begin; i < used_ && !repeated; ++i) repeated = keys_[i] == key;
            if (used_ - f.key_begin >= hashed_from) {
                f.seen = std::make_unique<std::unordered_set<std::string>>(
                    keys_.begin() + static_cast<std::ptrdiff_t>(f.key_begin),
                    keys_.begin() + static_cast<std::ptrdiff_t>(used_));
                f.seen->emplace(key);
            }
        }
        if (repeated) {
            const auto where = path();
            out_.report("DOC-004", where,
                        {where.is_root() ? std::string("(the document)") : where.str(), std::string(key),
                         load_findings::field_zh(where)});
        }
        if (used_ < keys_.size()) {
            keys_[used_].assign(key);  // reuses the string's buffer
        } else {
            keys_.emplace_back(key);
        }
        ++used_;
        part_.clear();
        return true;
    }
    bool on_string_part(std::string_view, std::size_t n, boost::system::error_code&) { return within(n); }
    bool on_string(std::string_view, std::size_t n, boost::system::error_code&)
    {
        if (!within(n)) return false;
        return value_done();
    }
    bool on_number_part(std::string_view, boost::system::error_code&) { return true; }
    bool on_int64(std::int64_t, std::string_view, boost::system::error_code&) { return value_done(); }
    bool on_uint64(std::uint64_t, std::string_view, boost::system::error_code&) { return value_done(); }
    bool on_double(double, std::string_view, boost::system::error_code&) { return value_done(); }
    bool on_bool(bool, boost::system::error_code&) { return value_done(); }
    bool on_null(boost::system::error_code&) { return value_done(); }
    bool on_comment_part(std::string_view, boost::system::error_code&) { return true; }
    bool on_comment(std::string_view, boost::system::error_code&) { return true; }

    [[nodiscard]] bool over_limit() const noexcept { return over_limit_; }

private:
    static constexpr std::size_t hashed_from = 32;
    struct frame {
        bool is_object;
        std::size_t key_begin;  ///< this object's keys are keys_[key_begin, used_) while it is innermost
        std::size_t index;      ///< arrays: elements begun so far
        std::unique_ptr<std::unordered_set<std::string>> seen;  ///< the keys so far, once there are many
    };
    void enter()
    {
        if (!frames_.empty() && !frames_.back().is_object) ++frames_.back().index;
    }
    bool value_done()
    {
        enter();
        return true;
    }
    bool within(std::size_t n)
    {
        if (n <= limits_.max_string) return true;
        limit("a string longer than " + std::to_string(limits_.max_string) + " bytes",
              "文本超过 " + std::to_string(limits_.max_string) + " 字节");
        return false;
    }
    [[nodiscard]] field_path path() const
    {
        field_path p = base_;
        for (std::size_t i = 0; i + 1 < frames_.size(); ++i) {
            const auto& f = frames_[i];
            // An object's current member is its last key, just below where its child's keys begin.
            p = f.is_object ? p / std::string_view(keys_[frames_[i + 1].key_begin - 1]) : p / (f.index - 1);
        }
        return p;
    }
    void limit(const std::string& what, const std::string& what_zh)
    {
        over_limit_ = true;
        const auto where = path();
        out_.report("DOC-005", where,
                    {where.str().empty() ? std::string("the document") : where.str(), what,
                     load_findings::field_zh(where), what_zh});
    }

    load_findings& out_;
    const document_limits& limits_;
    const field_path& base_;
    std::vector<frame> frames_;
    std::vector<std::string> keys_;
    std::size_t used_ = 0;
    std::string part_;
    bool over_limit_ = false;
};

/// A JSON parser's error in Chinese (its own message is English).
[[nodiscard]] inline std::string_view json_syntax_zh(const boost::system::error_code& ec)
{
    namespace je = boost::json;
    if (ec == je::error::extra_data) return "JSON 值之后还有多余的内容";
    if (ec == je::error::incomplete) return "内容不完整，在值结束之前就结束了";
    if (ec == je::error::illegal_leading_surrogate || ec == je::error::illegal_trailing_surrogate ||
        ec == je::error::expected_hex_digit || ec == je::error::expected_utf16_escape)
        return "字符串中的转义序列不正确";
    if (ec == je::error::exponent_overflow) return "数字的指数过大";
    return "JSON 语法错误（多余或缺少的逗号、引号、括号，或不允许的字符）";
}

/// Line and column (from 1) of a byte offset.
[[nodiscard]] inline std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset)
{
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;  // counts characters, not the continuation bytes of UTF-8
        }
    }
    return {line, column};
}

}  // namespace detail

inline boost::json::value json_schema(const shape& root, std::string_view id, std::string_view title)
{
    boost::json::object defs;
    boost::json::value body;
    detail::schema_of(root, defs, body);
    boost::json::object out{{"$schema", "https://json-schema.org/draft/2020-12/schema"}, {"$id", id}, {"title", title}};
    for (auto& kv : body.as_object()) out[kv.key()] = std::move(kv.value());
    if (!defs.empty()) out["$defs"] = std::move(defs);
    return out;
}

inline std::optional<boost::json::value> parse_strict(std::string_view text, detail::load_findings& out,
                                                      const document_limits& limits, const field_path& base)
{
    if (text.size() > limits.max_bytes) {
        out.report("DOC-005", base,
                   {base.is_root() ? std::string("the document") : base.str(),
                    std::to_string(text.size()) + " bytes; at most " + std::to_string(limits.max_bytes),
                    base.is_root() ? std::string("文档") : detail::load_findings::field_zh(base),
                    "长 " + std::to_string(text.size()) + " 字节，至多 " + std::to_string(limits.max_bytes) + " 字节"});
        return std::nullopt;
    }
    if (limits.max_depth > max_depth_ceiling) {
        out.report("DOC-005", base,
                   {"document_limits::max_depth",
                    std::to_string(limits.max_depth) + " levels; at most " + std::to_string(max_depth_ceiling) +
                        " can be configured",
                    "读取设置的嵌套层数上限",
                    "设为 " + std::to_string(limits.max_depth) + " 层，至多可设 " + std::to_string(max_depth_ceiling) +
                        " 层"});
        return std::nullopt;
    }
    boost::json::parse_options po;
    po.max_depth = limits.max_depth;
    boost::json::basic_parser<detail::duplicate_key_handler> keys(po, out, limits, base);
    boost::system::error_code ec;
    const auto used = keys.write_some(false, text.data(), text.size(), ec);
    if (ec) {
        if (keys.handler().over_limit()) return std::nullopt;
        const auto [line, column] = detail::line_column(text, used);
        if (ec == boost::json::error::too_deep) {
            out.report("DOC-005", base,
                       {"line " + std::to_string(line), "nesting deeper than " + std::to_string(limits.max_depth),
                        "第 " + std::to_string(line) + " 行", "嵌套超过 " + std::to_string(limits.max_depth) + " 层"});
        } else {
            out.report("DOC-006", base,
                       {std::to_string(line), std::to_string(column), ec.message(), detail::json_syntax_zh(ec)});
        }
        return std::nullopt;
    }
    if (keys.handler().over_limit()) return std::nullopt;
    auto v = boost::json::parse(text, ec, {}, po);
    if (ec) {  // cannot happen after the first pass accepted the text; reported rather than assumed
        out.report("DOC-006", base, {"1", "1", ec.message(), detail::json_syntax_zh(ec)});
        return std::nullopt;
    }
    return v;
}

}  // namespace minzheng
