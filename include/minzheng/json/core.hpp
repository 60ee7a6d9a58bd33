#pragma once
// Boost.JSON conversions of the core value types: `boost::json::value_from(x)` and
// `boost::json::try_value_to<T>(v)` (non-throwing; `value_to<T>` throws the same code as a
// boost::system::system_error).
// Kept out of core/ so that the core headers do not pull in Boost.JSON.
//
// JSON forms: identifiers, names, phone numbers and dates as their text form; money as an integer number of 分
// (so no JSON reader rounds it through a double); a quantity as its text form ("250L"); a period as
// {"first": "2020-01-29", "last": "2020-02-09" | null}.

#include <minzheng/core/credit_code.hpp>
#include <minzheng/core/date.hpp>
#include <minzheng/core/division_code.hpp>
#include <minzheng/core/error.hpp>
#include <minzheng/core/money.hpp>
#include <minzheng/core/person_name.hpp>
#include <minzheng/core/phone_number.hpp>
#include <minzheng/core/quantity.hpp>
#include <minzheng/core/resident_id.hpp>
#include <minzheng/core/work_calendar.hpp>

#include <boost/json/conversion.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

#include <string_view>

namespace minzheng {

/// A date as JSON ("2020-02-10"). boost::gregorian::date lives in Boost's namespace, where minzheng adds no
/// tag_invoke overloads, so dates convert through these two functions.
[[nodiscard]] boost::json::value date_to_json(date d);
/// A date from JSON: `json_wrong_type` unless a string, else parse_date()'s errors.
[[nodiscard]] result<date> date_from_json(const boost::json::value& v);

/// The text of a JSON string; `json_wrong_type` for any other kind of value.
[[nodiscard]] result<std::string_view> json_string(const boost::json::value& v);

// One pair of overloads per type, found by argument-dependent lookup.
void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const resident_id& x);
boost::system::result<resident_id> tag_invoke(boost::json::try_value_to_tag<resident_id>, const boost::json::value& v);
void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const credit_code& x);
boost::system::result<credit_code> tag_invoke(boost::json::try_value_to_tag<credit_code>, const boost::json::value& v);
void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const division_code& x);
boost::system::result<division_code> tag_invoke(boost::json::try_value_to_tag<division_code>,
                                                const boost::json::value& v);
void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const money& x);
boost::system::result<money> tag_invoke(boost::json::try_value_to_tag<money>, const boost::json::value& v);
void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const quantity& x);
boost::system::result<quantity> tag_invoke(boost::json::try_value_to_tag<quantity>, const boost::json::value& v);
void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const unit& x);
boost::system::result<unit> tag_invoke(boost::json::try_value_to_tag<unit>, const boost::json::value& v);
void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const person_name& x);
boost::system::result<person_name> tag_invoke(boost::json::try_value_to_tag<person_name>, const boost::json::value& v);
void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const phone_number& x);
boost::system::result<phone_number> tag_invoke(boost::json::try_value_to_tag<phone_number>,
                                               const boost::json::value& v);
void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const period& x);
boost::system::result<period> tag_invoke(boost::json::try_value_to_tag<period>, const boost::json::value& v);
void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const sex& x);
boost::system::result<sex> tag_invoke(boost::json::try_value_to_tag<sex>, const boost::json::value& v);
/// {"first_year": 2019, "last_year": 2026, "holidays": ["2019-01-01", ...], "workdays": [...]}
void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const work_calendar& x);
boost::system::result<work_calendar> tag_invoke(boost::json::try_value_to_tag<work_calendar>,
                                                const boost::json::value& v);

// ---- implementation --------------------------------------------------------------------------------------

namespace detail {

/// A result<T> as the boost::system::result<T> Boost.JSON expects (the std::error_code keeps its category).
template <class T>
[[nodiscard]] boost::system::result<T> to_boost(result<T>&& r)
{
    if (r) return std::move(*r);
    return boost::system::error_code(r.error());
}

/// Decodes a JSON string with `parse`.
template <class T, class Parse>
[[nodiscard]] boost::system::result<T> from_json_string(const boost::json::value& v, Parse&& parse)
{
    auto s = json_string(v);
    if (!s) return boost::system::error_code(s.error());
    return to_boost<T>(parse(*s));
}

[[nodiscard]] inline result<int> json_int(const boost::json::value& v)
{
    if (const auto* i = v.if_int64(); i && *i >= INT32_MIN && *i <= INT32_MAX) return static_cast<int>(*i);
    if (const auto* u = v.if_uint64(); u && *u <= INT32_MAX) return static_cast<int>(*u);
    return error::json_wrong_type;
}

[[nodiscard]] inline result<std::vector<date>> json_dates(const boost::json::value* v)
{
    if (v == nullptr) return error::json_missing_field;
    const auto* a = v->if_array();
    if (a == nullptr) return error::json_wrong_type;
    std::vector<date> out;
    out.reserve(a->size());
    for (const auto& e : *a) {
        auto d = date_from_json(e);
        if (!d) return d.error();
        out.push_back(*d);
    }
    return out;
}

}  // namespace detail

inline result<std::string_view> json_string(const boost::json::value& v)
{
    if (const auto* s = v.if_string()) return std::string_view(*s);
    return error::json_wrong_type;
}

inline boost::json::value date_to_json(date d)
{
    return boost::json::string(minzheng::to_iso_string(d));
}

inline result<date> date_from_json(const boost::json::value& v)
{
    auto s = json_string(v);
    if (!s) return s.error();
    return parse_date(*s);
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const resident_id& x)
{
    v = boost::json::string(x.to_string());
}
inline boost::system::result<resident_id> tag_invoke(boost::json::try_value_to_tag<resident_id>,
                                                     const boost::json::value& v)
{
    return detail::from_json_string<resident_id>(v, [](std::string_view s) { return resident_id::parse(s); });
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const credit_code& x)
{
    v = boost::json::string(x.to_string());
}
inline boost::system::result<credit_code> tag_invoke(boost::json::try_value_to_tag<credit_code>,
                                                     const boost::json::value& v)
{
    return detail::from_json_string<credit_code>(v, [](std::string_view s) { return credit_code::parse(s); });
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const division_code& x)
{
    v = boost::json::string(x.to_string());
}
inline boost::system::result<division_code> tag_invoke(boost::json::try_value_to_tag<division_code>,
                                                       const boost::json::value& v)
{
    return detail::from_json_string<division_code>(v, [](std::string_view s) { return division_code::parse(s); });
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const money& x)
{
    v = x.fen();
}
inline boost::system::result<money> tag_invoke(boost::json::try_value_to_tag<money>, const boost::json::value& v)
{
    if (const auto* i = v.if_int64()) return money::from_fen(*i);
    if (const auto* u = v.if_uint64()) {
        if (*u > static_cast<std::uint64_t>(INT64_MAX))
            return boost::system::error_code(make_error_code(error::overflow));
        return money::from_fen(static_cast<std::int64_t>(*u));
    }
    return boost::system::error_code(make_error_code(error::json_wrong_type));
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const quantity& x)
{
    v = boost::json::string(x.to_string());
}
inline boost::system::result<quantity> tag_invoke(boost::json::try_value_to_tag<quantity>, const boost::json::value& v)
{
    return detail::from_json_string<quantity>(v, [](std::string_view s) { return quantity::parse(s); });
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const unit& x)
{
    v = boost::json::object{{"symbol", x.symbol()}, {"dimension", x.dimension()}, {"factor", x.factor()}};
}
inline boost::system::result<unit> tag_invoke(boost::json::try_value_to_tag<unit>, const boost::json::value& v)
{
    const auto* o = v.if_object();
    if (o == nullptr) return boost::system::error_code(make_error_code(error::json_wrong_type));
    const auto* symbol = o->if_contains("symbol");
    const auto* dimension = o->if_contains("dimension");
    const auto* factor = o->if_contains("factor");
    if (!symbol || !dimension || !factor) return boost::system::error_code(make_error_code(error::json_missing_field));
    auto s = json_string(*symbol);
    auto d = json_string(*dimension);
    if (!s || !d || !factor->is_int64()) return boost::system::error_code(make_error_code(error::json_wrong_type));
    return detail::to_boost(unit::define(*s, *d, factor->get_int64()));
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const person_name& x)
{
    v = boost::json::string(x.str());
}
inline boost::system::result<person_name> tag_invoke(boost::json::try_value_to_tag<person_name>,
                                                     const boost::json::value& v)
{
    return detail::from_json_string<person_name>(v, [](std::string_view s) { return person_name::parse(s); });
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const phone_number& x)
{
    v = boost::json::string(x.str());
}
inline boost::system::result<phone_number> tag_invoke(boost::json::try_value_to_tag<phone_number>,
                                                      const boost::json::value& v)
{
    return detail::from_json_string<phone_number>(v, [](std::string_view s) { return phone_number::parse(s); });
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const period& x)
{
    v = boost::json::object{{"first", date_to_json(x.first())},
                            {"last", x.last() ? date_to_json(*x.last()) : boost::json::value(nullptr)}};
}
inline boost::system::result<period> tag_invoke(boost::json::try_value_to_tag<period>, const boost::json::value& v)
{
    const auto* o = v.if_object();
    if (o == nullptr) return boost::system::error_code(make_error_code(error::json_wrong_type));
    const auto* first = o->if_contains("first");
    const auto* last = o->if_contains("last");
    if (!first || !last) return boost::system::error_code(make_error_code(error::json_missing_field));
    auto f = date_from_json(*first);
    if (!f) return boost::system::error_code(f.error());
    if (last->is_null()) return period::from(*f);
    auto l = date_from_json(*last);
    if (!l) return boost::system::error_code(l.error());
    return detail::to_boost(period::make(*f, *l));
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const sex& x)
{
    v = x == sex::male ? "male" : "female";
}
inline boost::system::result<sex> tag_invoke(boost::json::try_value_to_tag<sex>, const boost::json::value& v)
{
    return detail::from_json_string<sex>(v, [](std::string_view s) -> result<sex> {
        if (s == "male") return sex::male;
        if (s == "female") return sex::female;
        return error::invalid_character;
    });
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const work_calendar& x)
{
    boost::json::array holidays;
    for (const auto& d : x.holidays()) holidays.push_back(date_to_json(d));
    boost::json::array workdays;
    for (const auto& d : x.workdays()) workdays.push_back(date_to_json(d));
    v = boost::json::object{{"first_year", x.first_year()},
                            {"last_year", x.last_year()},
                            {"holidays", std::move(holidays)},
                            {"workdays", std::move(workdays)}};
}
inline boost::system::result<work_calendar> tag_invoke(boost::json::try_value_to_tag<work_calendar>,
                                                       const boost::json::value& v)
{
    const auto* o = v.if_object();
    if (o == nullptr) return boost::system::error_code(make_error_code(error::json_wrong_type));
    const auto* first = o->if_contains("first_year");
    const auto* last = o->if_contains("last_year");
    if (!first || !last) return boost::system::error_code(make_error_code(error::json_missing_field));
    auto f = detail::json_int(*first);
    auto l = detail::json_int(*last);
    if (!f) return boost::system::error_code(f.error());
    if (!l) return boost::system::error_code(l.error());
    auto holidays = detail::json_dates(o->if_contains("holidays"));
    if (!holidays) return boost::system::error_code(holidays.error());
    auto workdays = detail::json_dates(o->if_contains("workdays"));
    if (!workdays) return boost::system::error_code(workdays.error());
    return detail::to_boost(work_calendar::make(*f, *l, std::move(*holidays), std::move(*workdays)));
}

}  // namespace minzheng
