#pragma once
// Helpers shared by the JSON conversions of the domain modules: enumerations written by name, and a reader that
// takes the members of one object and keeps the first problem. Not public API.

#include <minzheng/core/date.hpp>
#include <minzheng/core/detail/names.hpp>
#include <minzheng/core/error.hpp>
#include <minzheng/json/core.hpp>

#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

#include <optional>
#include <span>
#include <string_view>
#include <system_error>
#include <vector>

namespace minzheng::detail {

template <class E>
[[nodiscard]] boost::system::result<E> value_of(std::span<const enum_name<E>> names, const boost::json::value& v)
{
    const auto* s = v.if_string();
    if (s == nullptr) return boost::system::error_code(make_error_code(error::json_wrong_type));
    if (const auto e = value_named(names, std::string_view(*s))) return *e;
    return boost::system::error_code(make_error_code(error::invalid_character));
}

/// Reads the members of one JSON object, keeping the first problem. A missing required member is
/// `json_missing_field`; a member present with null counts as absent for optional members.
class object_reader {
public:
    explicit object_reader(const boost::json::value& v) : object_(v.if_object())
    {
        if (object_ == nullptr) error_ = make_error_code(error::json_wrong_type);
    }
    explicit operator bool() const noexcept { return !error_; }
    [[nodiscard]] boost::system::error_code error() const { return boost::system::error_code(error_); }

    /// A required member converted with try_value_to.
    template <class T>
    [[nodiscard]] std::optional<T> get(std::string_view key)
    {
        const auto* v = member(key);
        if (v == nullptr) {
            fail(make_error_code(error::json_missing_field));
            return std::nullopt;
        }
        return convert<T>(*v);
    }
    /// An optional member into `out` (left alone when absent or null).
    template <class T>
    void optional(std::string_view key, std::optional<T>& out)
    {
        const auto* v = member(key);
        if (v == nullptr || v->is_null()) return;
        out = convert<T>(*v);
    }
    /// An optional member with a default already in `out`.
    template <class T>
    void optional_value(std::string_view key, T& out)
    {
        const auto* v = member(key);
        if (v == nullptr || v->is_null()) return;
        if (auto x = convert<T>(*v)) out = std::move(*x);
    }
    [[nodiscard]] std::optional<date> get_date(std::string_view key)
    {
        const auto* v = member(key);
        if (v == nullptr) {
            fail(make_error_code(error::json_missing_field));
            return std::nullopt;
        }
        return to_date(*v);
    }
    void optional_date(std::string_view key, std::optional<date>& out)
    {
        const auto* v = member(key);
        if (v == nullptr || v->is_null()) return;
        out = to_date(*v);
    }
    /// A list member (absent means empty).
    template <class T>
    void list(std::string_view key, std::vector<T>& out)
    {
        const auto* v = member(key);
        if (v == nullptr || v->is_null()) return;
        const auto* a = v->if_array();
        if (a == nullptr) return fail(make_error_code(error::json_wrong_type));
        for (const auto& e : *a) {
            auto x = convert<T>(e);
            if (!x) return;
            out.push_back(std::move(*x));
        }
    }

private:
    [[nodiscard]] const boost::json::value* member(std::string_view key) const
    {
        return object_ == nullptr || error_ ? nullptr : object_->if_contains(key);
    }
    void fail(std::error_code ec)
    {
        if (!error_) error_ = ec;
    }
    template <class T>
    [[nodiscard]] std::optional<T> convert(const boost::json::value& v)
    {
        auto r = boost::json::try_value_to<T>(v);
        if (!r) {
            fail(std::error_code(r.error()));
            return std::nullopt;
        }
        return std::move(*r);
    }
    [[nodiscard]] std::optional<date> to_date(const boost::json::value& v)
    {
        auto d = date_from_json(v);
        if (!d) {
            fail(d.error());
            return std::nullopt;
        }
        return *d;
    }

    const boost::json::object* object_;
    std::error_code error_;
};

template <class T>
[[nodiscard]] boost::json::value optional_to_json(const std::optional<T>& v)
{
    return v ? boost::json::value_from(*v) : boost::json::value(nullptr);
}

[[nodiscard]] inline boost::json::value optional_date_to_json(const std::optional<date>& d)
{
    return d ? date_to_json(*d) : boost::json::value(nullptr);
}

/// The JSON names of each enumeration written by name (a module specialises it for its enumerations); empty for
/// every other type.
template <class E>
inline constexpr std::span<const enum_name<E>> json_names{};

template <class E>
concept named_enum = !json_names<E>.empty();

}  // namespace minzheng::detail

namespace minzheng {

/// Enumerations with JSON names, written and read as their names.
template <detail::named_enum E>
void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const E& x)
{
    v = detail::name_of(detail::json_names<E>, x);
}
template <detail::named_enum E>
boost::system::result<E> tag_invoke(boost::json::try_value_to_tag<E>, const boost::json::value& v)
{
    return detail::value_of(detail::json_names<E>, v);
}

}  // namespace minzheng
