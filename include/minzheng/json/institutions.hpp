#pragma once
// JSON for the institutions module: institutions with residents and staff, restriction policies and their books,
// entry requests, screenings and health logs convert both ways; decisions, screening results and reports are
// written. Enumerations by name, dates as ISO text, temperatures as integers in 0.1 ℃.

#include <minzheng/institutions/institution.hpp>
#include <minzheng/institutions/restriction.hpp>
#include <minzheng/institutions/screening.hpp>
#include <minzheng/json/core.hpp>
#include <minzheng/json/detail/object.hpp>

#include <boost/json/value.hpp>

#include <string>
#include <vector>

namespace minzheng {

namespace detail {
inline constexpr enum_name<operator_type> operator_type_json[] = {{operator_type::public_sector, "public"},
                                                                  {operator_type::private_sector, "private"}};
inline constexpr enum_name<risk_level> risk_level_json[] = {
    {risk_level::low, "low"}, {risk_level::medium, "medium"}, {risk_level::high, "high"}};
inline constexpr enum_name<measure_kind> measure_kind_json[] = {
    {measure_kind::admissions_suspended, "admissions_suspended"},
    {measure_kind::visits_suspended, "visits_suspended"},
    {measure_kind::outings_suspended, "outings_suspended"},
    {measure_kind::closed_management, "closed_management"},
    {measure_kind::only_out_no_in, "only_out_no_in"},
    {measure_kind::window_cap, "window_cap"},
    {measure_kind::funeral_attendance_cap, "funeral_attendance_cap"},
    {measure_kind::no_farewell_ceremony, "no_farewell_ceremony"},
    {measure_kind::marriage_registration_suspended, "marriage_registration_suspended"},
    {measure_kind::entry_screening, "entry_screening"},
    {measure_kind::isolation_before_entry, "isolation_before_entry"},
    {measure_kind::custom, "custom"}};
inline constexpr enum_name<access_exception> access_exception_json[] = {
    {access_exception::family_cannot_care, "family_cannot_care"},
    {access_exception::medical_emergency, "medical_emergency"},
    {access_exception::returning_resident, "returning_resident"},
    {access_exception::special_family_need, "special_family_need"}};
inline constexpr enum_name<access_action> access_action_json[] = {{access_action::admit, "admit"},
                                                                  {access_action::visit, "visit"},
                                                                  {access_action::go_out, "go_out"},
                                                                  {access_action::enter, "enter"}};
inline constexpr enum_name<policy_scope::by> scope_by_json[] = {{policy_scope::by::institution, "institution"},
                                                                {policy_scope::by::kind, "kind"},
                                                                {policy_scope::by::division, "division"}};
inline constexpr enum_name<entry_request::who> entry_who_json[] = {
    {entry_request::who::new_resident, "new_resident"},
    {entry_request::who::returning_resident, "returning_resident"},
    {entry_request::who::staff, "staff"},
    {entry_request::who::visitor, "visitor"}};
inline constexpr enum_name<verdict> verdict_json[] = {
    {verdict::allow, "allow"}, {verdict::allow_with_conditions, "allow_with_conditions"}, {verdict::deny, "deny"}};
inline constexpr enum_name<screening_verdict> screening_verdict_json[] = {
    {screening_verdict::admit, "admit"}, {screening_verdict::deny, "deny"}, {screening_verdict::refer, "refer"}};

template <>
inline constexpr std::span<const enum_name<institution_kind>> json_names<institution_kind>{institution_kind_names};
template <>
inline constexpr std::span<const enum_name<operator_type>> json_names<operator_type>{operator_type_json};
template <>
inline constexpr std::span<const enum_name<risk_level>> json_names<risk_level>{risk_level_json};
template <>
inline constexpr std::span<const enum_name<measure_kind>> json_names<measure_kind>{measure_kind_json};
template <>
inline constexpr std::span<const enum_name<access_exception>> json_names<access_exception>{access_exception_json};
template <>
inline constexpr std::span<const enum_name<access_action>> json_names<access_action>{access_action_json};
template <>
inline constexpr std::span<const enum_name<policy_scope::by>> json_names<policy_scope::by>{scope_by_json};
template <>
inline constexpr std::span<const enum_name<entry_request::who>> json_names<entry_request::who>{entry_who_json};
template <>
inline constexpr std::span<const enum_name<verdict>> json_names<verdict>{verdict_json};
template <>
inline constexpr std::span<const enum_name<screening_verdict>> json_names<screening_verdict>{screening_verdict_json};
}  // namespace detail

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const resident_stay& x)
{
    v = boost::json::object{{"person", boost::json::value_from(x.person)},
                            {"admitted", date_to_json(x.admitted)},
                            {"left", detail::optional_date_to_json(x.left)},
                            {"category", x.category}};
}
inline boost::system::result<resident_stay> tag_invoke(boost::json::try_value_to_tag<resident_stay>,
                                                       const boost::json::value& v)
{
    detail::object_reader r(v);
    const auto who = r.get<resident_id>("person");
    const auto in = r.get_date("admitted");
    if (!r) return r.error();
    resident_stay s{*who, *in, std::nullopt, {}};
    r.optional_date("left", s.left);
    r.optional_value("category", s.category);
    if (!r) return r.error();
    return s;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const staff_member& x)
{
    v = boost::json::object{{"person", boost::json::value_from(x.person)},
                            {"role", x.role},
                            {"since", date_to_json(x.since)},
                            {"until", detail::optional_date_to_json(x.until)}};
}
inline boost::system::result<staff_member> tag_invoke(boost::json::try_value_to_tag<staff_member>,
                                                      const boost::json::value& v)
{
    detail::object_reader r(v);
    const auto who = r.get<resident_id>("person");
    const auto since = r.get_date("since");
    if (!r) return r.error();
    staff_member s{*who, {}, *since, std::nullopt};
    r.optional_value("role", s.role);
    r.optional_date("until", s.until);
    if (!r) return r.error();
    return s;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const institution& x)
{
    v = boost::json::object{{"id", x.id},
                            {"name", x.name},
                            {"kind", boost::json::value_from(x.kind)},
                            {"custom_kind", x.custom_kind},
                            {"credit_code", detail::optional_to_json(x.code)},
                            {"division", boost::json::value_from(x.division)},
                            {"operator", boost::json::value_from(x.run_by)},
                            {"beds", detail::optional_to_json(x.beds)},
                            {"address", x.address},
                            {"residents", boost::json::value_from(x.residents)},
                            {"staff", boost::json::value_from(x.staff)}};
}
inline boost::system::result<institution> tag_invoke(boost::json::try_value_to_tag<institution>,
                                                     const boost::json::value& v)
{
    detail::object_reader r(v);
    auto id = r.get<std::string>("id");
    auto name = r.get<std::string>("name");
    const auto kind = r.get<institution_kind>("kind");
    const auto division = r.get<division_code>("division");
    if (!r) return r.error();
    institution i(std::move(*id), std::move(*name), *kind, *division);
    r.optional_value("custom_kind", i.custom_kind);
    r.optional("credit_code", i.code);
    r.optional_value("operator", i.run_by);
    r.optional("beds", i.beds);
    r.optional_value("address", i.address);
    r.list("residents", i.residents);
    r.list("staff", i.staff);
    if (!r) return r.error();
    return i;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const announcement& x)
{
    v = boost::json::object{{"issuer", x.issuer}, {"number", x.number}, {"issued", date_to_json(x.issued)}};
}
inline boost::system::result<announcement> tag_invoke(boost::json::try_value_to_tag<announcement>,
                                                      const boost::json::value& v)
{
    detail::object_reader r(v);
    auto issuer = r.get<std::string>("issuer");
    auto number = r.get<std::string>("number");
    const auto issued = r.get_date("issued");
    if (!r) return r.error();
    return announcement{std::move(*issuer), std::move(*number), *issued};
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const risk_assessment& x)
{
    v = boost::json::object{{"division", boost::json::value_from(x.division)},
                            {"during", boost::json::value_from(x.during)},
                            {"level", boost::json::value_from(x.level)}};
}
inline boost::system::result<risk_assessment> tag_invoke(boost::json::try_value_to_tag<risk_assessment>,
                                                         const boost::json::value& v)
{
    detail::object_reader r(v);
    const auto division = r.get<division_code>("division");
    const auto during = r.get<period>("during");
    const auto level = r.get<risk_level>("level");
    if (!r) return r.error();
    return risk_assessment{*division, *during, *level};
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const measure& x)
{
    v = boost::json::object{{"kind", boost::json::value_from(x.kind)},
                            {"limit", detail::optional_to_json(x.limit)},
                            {"exceptions", boost::json::value_from(x.exceptions)},
                            {"code", x.code}};
}
inline boost::system::result<measure> tag_invoke(boost::json::try_value_to_tag<measure>, const boost::json::value& v)
{
    detail::object_reader r(v);
    const auto kind = r.get<measure_kind>("kind");
    if (!r) return r.error();
    measure m;
    m.kind = *kind;
    r.optional("limit", m.limit);
    r.list("exceptions", m.exceptions);
    r.optional_value("code", m.code);
    if (!r) return r.error();
    if (m.limit && *m.limit < 0) return boost::system::error_code(make_error_code(error::negative_count));
    return m;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const policy_scope& x)
{
    v = boost::json::object{{"by", boost::json::value_from(x.type)},
                            {"institution", x.institution_id},
                            {"kind", boost::json::value_from(x.kind)},
                            {"division", detail::optional_to_json(x.division)}};
}
inline boost::system::result<policy_scope> tag_invoke(boost::json::try_value_to_tag<policy_scope>,
                                                      const boost::json::value& v)
{
    detail::object_reader r(v);
    const auto by = r.get<policy_scope::by>("by");
    if (!r) return r.error();
    policy_scope s;
    s.type = *by;
    r.optional_value("institution", s.institution_id);
    r.optional_value("kind", s.kind);
    r.optional("division", s.division);
    if (!r) return r.error();
    return s;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const restriction_policy& x)
{
    v = boost::json::object{{"id", x.id},
                            {"scope", boost::json::value_from(x.scope)},
                            {"in_force", boost::json::value_from(x.in_force)},
                            {"source", boost::json::value_from(x.source)},
                            {"ended_by", detail::optional_to_json(x.ended_by)},
                            {"from_risk", detail::optional_to_json(x.from_risk)},
                            {"measures", boost::json::value_from(x.measures)}};
}
inline boost::system::result<restriction_policy> tag_invoke(boost::json::try_value_to_tag<restriction_policy>,
                                                            const boost::json::value& v)
{
    detail::object_reader r(v);
    auto id = r.get<std::string>("id");
    auto scope = r.get<policy_scope>("scope");
    const auto in_force = r.get<period>("in_force");
    auto source = r.get<announcement>("source");
    if (!r) return r.error();
    restriction_policy p(std::move(*id), std::move(*scope), *in_force, std::move(*source));
    r.optional("ended_by", p.ended_by);
    r.optional("from_risk", p.from_risk);
    r.list("measures", p.measures);
    if (!r) return r.error();
    return p;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const restriction_book& x)
{
    v = boost::json::object{{"policies", boost::json::value_from(x.policies)},
                            {"risks", boost::json::value_from(x.risks.assessments())}};
}
inline boost::system::result<restriction_book> tag_invoke(boost::json::try_value_to_tag<restriction_book>,
                                                          const boost::json::value& v)
{
    detail::object_reader r(v);
    restriction_book b;
    r.list("policies", b.policies);
    std::vector<risk_assessment> risks;
    r.list("risks", risks);
    if (!r) return r.error();
    for (auto& a : risks) {
        if (auto added = b.risks.add(std::move(a)); !added) return boost::system::error_code(added.error());
    }
    return b;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const isolation_period& x)
{
    v = boost::json::object{{"first", date_to_json(x.first)}, {"days", x.days}, {"abnormal", x.abnormal}};
}
inline boost::system::result<isolation_period> tag_invoke(boost::json::try_value_to_tag<isolation_period>,
                                                          const boost::json::value& v)
{
    detail::object_reader r(v);
    const auto first = r.get_date("first");
    const auto days = r.get<int>("days");
    if (!r) return r.error();
    isolation_period i{*first, *days};
    r.optional_value("abnormal", i.abnormal);
    if (!r) return r.error();
    return i;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const entry_request& x)
{
    v = boost::json::object{{"role", boost::json::value_from(x.role)},
                            {"exception", detail::optional_to_json(x.exception)},
                            {"isolation", detail::optional_to_json(x.isolation)},
                            {"symptoms", x.symptoms},
                            {"epidemic_contact", x.epidemic_contact}};
}
inline boost::system::result<entry_request> tag_invoke(boost::json::try_value_to_tag<entry_request>,
                                                       const boost::json::value& v)
{
    detail::object_reader r(v);
    entry_request e;
    r.optional_value("role", e.role);
    r.optional("exception", e.exception);
    r.optional("isolation", e.isolation);
    r.optional_value("symptoms", e.symptoms);
    r.optional_value("epidemic_contact", e.epidemic_contact);
    if (!r) return r.error();
    return e;
}

/// Written only: decisions are computed.
inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const decision& x)
{
    v = boost::json::object{{"outcome", boost::json::value_from(x.outcome)},
                            {"policy", x.policy_id},
                            {"rule", x.rule_id},
                            {"conditions", boost::json::value_from(x.conditions)},
                            {"reason_zh", x.reason_zh},
                            {"reason_en", x.reason_en},
                            {"source", x.source},
                            {"policies_in_force", boost::json::value_from(x.policies_in_force)}};
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const travel_entry& x)
{
    v = boost::json::object{{"place", x.place}, {"on", date_to_json(x.on)}, {"epidemic_area", x.epidemic_area}};
}
inline boost::system::result<travel_entry> tag_invoke(boost::json::try_value_to_tag<travel_entry>,
                                                      const boost::json::value& v)
{
    detail::object_reader r(v);
    auto place = r.get<std::string>("place");
    const auto on = r.get_date("on");
    if (!r) return r.error();
    travel_entry t{std::move(*place), *on, false};
    r.optional_value("epidemic_area", t.epidemic_area);
    if (!r) return r.error();
    return t;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const screening_record& x)
{
    v = boost::json::object{{"person", x.person},
                            {"day", date_to_json(x.day)},
                            {"temperature", detail::optional_to_json(x.temperature)},
                            {"mask", x.mask},
                            {"travel", boost::json::value_from(x.travel)},
                            {"contact_with_epidemic_area", x.contact_with_epidemic_area},
                            {"symptoms", x.symptoms}};
}
inline boost::system::result<screening_record> tag_invoke(boost::json::try_value_to_tag<screening_record>,
                                                          const boost::json::value& v)
{
    detail::object_reader r(v);
    auto who = r.get<std::string>("person");
    const auto day = r.get_date("day");
    if (!r) return r.error();
    screening_record s;
    s.person = std::move(*who);
    s.day = *day;
    r.optional("temperature", s.temperature);
    r.optional_value("mask", s.mask);
    r.list("travel", s.travel);
    r.optional_value("contact_with_epidemic_area", s.contact_with_epidemic_area);
    r.optional_value("symptoms", s.symptoms);
    if (!r) return r.error();
    return s;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const screening_result& x)
{
    v = boost::json::object{{"verdict", boost::json::value_from(x.verdict)},
                            {"reasons", boost::json::value_from(x.reasons)},
                            {"isolation_required", x.isolation_required},
                            {"living_area_from", detail::optional_date_to_json(x.living_area_from)},
                            {"referred_to", detail::optional_to_json(x.referred_to)}};
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const temperature_reading& x)
{
    v = boost::json::object{{"person", x.person}, {"day", date_to_json(x.day)}, {"temperature", x.temperature}};
}
inline boost::system::result<temperature_reading> tag_invoke(boost::json::try_value_to_tag<temperature_reading>,
                                                             const boost::json::value& v)
{
    detail::object_reader r(v);
    auto who = r.get<std::string>("person");
    const auto day = r.get_date("day");
    const auto t = r.get<int>("temperature");
    if (!r) return r.error();
    return temperature_reading{std::move(*who), *day, *t};
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const health_log& x)
{
    v = boost::json::object{{"institution", x.institution_id},
                            {"division", boost::json::value_from(x.division)},
                            {"people", boost::json::value_from(x.people)},
                            {"readings", boost::json::value_from(x.readings)},
                            {"screenings", boost::json::value_from(x.screenings)}};
}
inline boost::system::result<health_log> tag_invoke(boost::json::try_value_to_tag<health_log>,
                                                    const boost::json::value& v)
{
    detail::object_reader r(v);
    auto id = r.get<std::string>("institution");
    const auto division = r.get<division_code>("division");
    if (!r) return r.error();
    health_log log{std::move(*id), *division, {}, {}, {}};
    r.list("people", log.people);
    r.list("readings", log.readings);
    r.list("screenings", log.screenings);
    if (!r) return r.error();
    return log;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const daily_report& x)
{
    v = boost::json::object{{"day", date_to_json(x.day)},    {"persons", x.persons},
                            {"measured", x.measured},        {"fevers", x.fevers},
                            {"missing", x.missing},          {"epidemic_contacts", x.epidemic_contacts},
                            {"zero_report", x.zero_report()}};
}

}  // namespace minzheng
