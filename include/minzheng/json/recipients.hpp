#pragma once
// JSON for the relief-recipients module: every record type converts with `boost::json::value_from` and
// `boost::json::try_value_to` (the first problem is returned as an error code; a document-level decoder that
// reports every problem with its path builds on these). Enumerations are written as their English snake_case
// names, dates as ISO text, money as integer 分, optional members as null or absent.

#include <minzheng/json/core.hpp>
#include <minzheng/json/detail/object.hpp>
#include <minzheng/json/rules.hpp>
#include <minzheng/recipients/case_file.hpp>
#include <minzheng/recipients/eligibility.hpp>
#include <minzheng/recipients/household.hpp>
#include <minzheng/recipients/person.hpp>
#include <minzheng/recipients/roster.hpp>

#include <boost/json/value.hpp>

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace minzheng {

namespace detail {

inline constexpr enum_name<registration_type> registration_type_names[] = {{registration_type::urban, "urban"},
                                                                           {registration_type::rural, "rural"}};
inline constexpr enum_name<disability_category> disability_category_names[] = {
    {disability_category::visual, "visual"},
    {disability_category::hearing, "hearing"},
    {disability_category::speech, "speech"},
    {disability_category::physical, "physical"},
    {disability_category::intellectual, "intellectual"},
    {disability_category::mental, "mental"},
    {disability_category::multiple, "multiple"}};
inline constexpr enum_name<schooling> schooling_names[] = {{schooling::none, "none"},
                                                           {schooling::compulsory, "compulsory"},
                                                           {schooling::senior_high, "senior_high"},
                                                           {schooling::secondary_vocational, "secondary_vocational"},
                                                           {schooling::higher, "higher"}};
inline constexpr enum_name<situation_kind> situation_kind_names[] = {
    {situation_kind::imprisoned, "imprisoned"},
    {situation_kind::compulsory_rehab, "compulsory_rehab"},
    {situation_kind::other_restriction, "other_restriction"},
    {situation_kind::declared_missing, "declared_missing"},
    {situation_kind::declared_dead, "declared_dead"},
    {situation_kind::deceased, "deceased"},
    {situation_kind::clergy_away, "clergy_away"},
    {situation_kind::lost_contact, "lost_contact"},
    {situation_kind::serious_illness, "serious_illness"},
    {situation_kind::guardianship_revoked, "guardianship_revoked"},
    {situation_kind::deported, "deported"},
    {situation_kind::in_custody, "in_custody"}};
inline constexpr enum_name<relation> relation_names[] = {{relation::head, "head"},
                                                         {relation::spouse, "spouse"},
                                                         {relation::child, "child"},
                                                         {relation::parent, "parent"},
                                                         {relation::grandchild, "grandchild"},
                                                         {relation::grandparent, "grandparent"},
                                                         {relation::sibling, "sibling"},
                                                         {relation::other, "other"}};
inline constexpr enum_name<income_kind> income_kind_names[] = {
    {income_kind::wages, "wages"},
    {income_kind::business, "business"},
    {income_kind::property, "property"},
    {income_kind::transfer, "transfer"},
    {income_kind::other, "other"},
    {income_kind::social_assistance, "social_assistance"},
    {income_kind::special_care_pension, "special_care_pension"},
    {income_kind::family_planning_reward, "family_planning_reward"},
    {income_kind::scholarship, "scholarship"},
    {income_kind::award, "award"},
    {income_kind::basic_pension_central, "basic_pension_central"},
    {income_kind::de_facto_child_allowance, "de_facto_child_allowance"},
    {income_kind::local_exclusion, "local_exclusion"}};
inline constexpr enum_name<deduction_kind> deduction_kind_names[] = {
    {deduction_kind::disability_or_illness, "disability_or_illness"},
    {deduction_kind::employment_cost, "employment_cost"}};
inline constexpr enum_name<assistance_category> assistance_category_names[] = {
    {assistance_category::dibao, "dibao"},
    {assistance_category::dibao_edge, "dibao_edge"},
    {assistance_category::tekun, "tekun"},
    {assistance_category::orphan, "orphan"},
    {assistance_category::de_facto_unsupported_child, "de_facto_unsupported_child"},
    {assistance_category::temporary_assistance, "temporary_assistance"},
    {assistance_category::vagrant, "vagrant"}};
inline constexpr enum_name<care_tier> care_tier_names[] = {{care_tier::self_care, "self_care"},
                                                           {care_tier::partial_loss, "partial_loss"},
                                                           {care_tier::complete_loss, "complete_loss"}};
inline constexpr enum_name<support_form> support_form_names[] = {{support_form::centralised, "centralised"},
                                                                 {support_form::dispersed, "dispersed"}};
inline constexpr enum_name<parent_status> parent_status_names[] = {
    {parent_status::living, "living"},
    {parent_status::deceased, "deceased"},
    {parent_status::declared_dead, "declared_dead"},
    {parent_status::declared_missing, "declared_missing"},
    {parent_status::untraceable, "untraceable"}};
inline constexpr enum_name<temporary_aid_type> temporary_aid_type_names[] = {
    {temporary_aid_type::emergency, "emergency"}, {temporary_aid_type::expenditure, "expenditure"}};
inline constexpr enum_name<review_class> review_class_names[] = {
    {review_class::unchanged, "unchanged"}, {review_class::stable, "stable"}, {review_class::unstable, "unstable"}};

}  // namespace detail

namespace detail {
template <>
inline constexpr std::span<const enum_name<registration_type>> json_names<registration_type>{registration_type_names};
template <>
inline constexpr std::span<const enum_name<disability_category>> json_names<disability_category>{
    disability_category_names};
template <>
inline constexpr std::span<const enum_name<schooling>> json_names<schooling>{schooling_names};
template <>
inline constexpr std::span<const enum_name<situation_kind>> json_names<situation_kind>{situation_kind_names};
template <>
inline constexpr std::span<const enum_name<relation>> json_names<relation>{relation_names};
template <>
inline constexpr std::span<const enum_name<income_kind>> json_names<income_kind>{income_kind_names};
template <>
inline constexpr std::span<const enum_name<deduction_kind>> json_names<deduction_kind>{deduction_kind_names};
template <>
inline constexpr std::span<const enum_name<assistance_category>> json_names<assistance_category>{
    assistance_category_names};
template <>
inline constexpr std::span<const enum_name<care_tier>> json_names<care_tier>{care_tier_names};
template <>
inline constexpr std::span<const enum_name<parent_status>> json_names<parent_status>{parent_status_names};
template <>
inline constexpr std::span<const enum_name<support_form>> json_names<support_form>{support_form_names};
template <>
inline constexpr std::span<const enum_name<case_state>> json_names<case_state>{case_state_names};
template <>
inline constexpr std::span<const enum_name<decision_ground>> json_names<decision_ground>{decision_ground_names};
template <>
inline constexpr std::span<const enum_name<temporary_aid_type>> json_names<temporary_aid_type>{
    temporary_aid_type_names};
template <>
inline constexpr std::span<const enum_name<review_class>> json_names<review_class>{review_class_names};
}  // namespace detail

// disability: {"category": "physical", "grade": 2}
inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const disability& x)
{
    v = boost::json::object{{"category", boost::json::value_from(x.category())}, {"grade", x.grade()}};
}
inline boost::system::result<disability> tag_invoke(boost::json::try_value_to_tag<disability>,
                                                    const boost::json::value& v)
{
    detail::object_reader r(v);
    const auto category = r.get<disability_category>("category");
    const auto grade = r.get<int>("grade");
    if (!r) return r.error();
    return detail::to_boost(disability::make(*category, *grade));
}

// situation: {"kind": "imprisoned", "during": {"first": ..., "last": ...}}
inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const situation& x)
{
    v = boost::json::object{{"kind", boost::json::value_from(x.kind)}, {"during", boost::json::value_from(x.during)}};
}
inline boost::system::result<situation> tag_invoke(boost::json::try_value_to_tag<situation>,
                                                   const boost::json::value& v)
{
    detail::object_reader r(v);
    const auto kind = r.get<situation_kind>("kind");
    const auto during = r.get<period>("during");
    if (!r) return r.error();
    return situation{*kind, *during};
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const person& x)
{
    boost::json::array situations;
    for (const auto& s : x.situations) situations.push_back(boost::json::value_from(s));
    v = boost::json::object{{"id", boost::json::value_from(x.id)},
                            {"name", boost::json::value_from(x.name)},
                            {"stated_sex", detail::optional_to_json(x.stated_sex)},
                            {"stated_birth_date", detail::optional_date_to_json(x.stated_birth_date)},
                            {"registration", detail::optional_to_json(x.registration)},
                            {"registration_kind", detail::optional_to_json(x.registration_kind)},
                            {"disability", detail::optional_to_json(x.disability_certificate)},
                            {"school", boost::json::value_from(x.school)},
                            {"situations", std::move(situations)}};
}
inline boost::system::result<person> tag_invoke(boost::json::try_value_to_tag<person>, const boost::json::value& v)
{
    detail::object_reader r(v);
    const auto id = r.get<resident_id>("id");
    const auto name = r.get<person_name>("name");
    if (!r) return r.error();
    person p(*id, *name);
    r.optional("stated_sex", p.stated_sex);
    r.optional_date("stated_birth_date", p.stated_birth_date);
    r.optional("registration", p.registration);
    r.optional("registration_kind", p.registration_kind);
    r.optional("disability", p.disability_certificate);
    r.optional_value("school", p.school);
    r.list("situations", p.situations);
    if (!r) return r.error();
    return p;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const member& x)
{
    v = boost::json::object{{"person", boost::json::value_from(x.person)},
                            {"relation", boost::json::value_from(x.relation)},
                            {"lives_together", x.lives_together},
                            {"has_support_duty", x.has_support_duty},
                            {"unable_to_live_independently", x.unable_to_live_independently},
                            {"lost_capacity_to_work", x.lost_capacity_to_work},
                            {"separate_household", x.separate_household},
                            {"covered", x.covered}};
}
inline boost::system::result<member> tag_invoke(boost::json::try_value_to_tag<member>, const boost::json::value& v)
{
    detail::object_reader r(v);
    auto who = r.get<person>("person");
    const auto rel = r.get<relation>("relation");
    if (!r) return r.error();
    member m(std::move(*who), *rel);
    r.optional_value("lives_together", m.lives_together);
    r.optional_value("has_support_duty", m.has_support_duty);
    r.optional_value("unable_to_live_independently", m.unable_to_live_independently);
    r.optional_value("lost_capacity_to_work", m.lost_capacity_to_work);
    r.optional_value("separate_household", m.separate_household);
    r.optional_value("covered", m.covered);
    if (!r) return r.error();
    return m;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const income_item& x)
{
    v = boost::json::object{{"member", detail::optional_to_json(x.member)},
                            {"kind", boost::json::value_from(x.kind)},
                            {"monthly", boost::json::value_from(x.monthly)}};
}
inline boost::system::result<income_item> tag_invoke(boost::json::try_value_to_tag<income_item>,
                                                     const boost::json::value& v)
{
    detail::object_reader r(v);
    income_item i;
    r.optional("member", i.member);
    const auto kind = r.get<income_kind>("kind");
    const auto monthly = r.get<money>("monthly");
    if (!r) return r.error();
    i.kind = *kind;
    i.monthly = *monthly;
    return i;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const deduction_item& x)
{
    v = boost::json::object{{"member", detail::optional_to_json(x.member)},
                            {"kind", boost::json::value_from(x.kind)},
                            {"monthly", boost::json::value_from(x.monthly)}};
}
inline boost::system::result<deduction_item> tag_invoke(boost::json::try_value_to_tag<deduction_item>,
                                                        const boost::json::value& v)
{
    detail::object_reader r(v);
    deduction_item i;
    r.optional("member", i.member);
    const auto kind = r.get<deduction_kind>("kind");
    const auto monthly = r.get<money>("monthly");
    if (!r) return r.error();
    i.kind = *kind;
    i.monthly = *monthly;
    return i;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const household& x)
{
    v = boost::json::object{{"id", x.id},
                            {"registration", boost::json::value_from(x.registration)},
                            {"kind", boost::json::value_from(x.kind)},
                            {"members", boost::json::value_from(x.members)},
                            {"incomes", boost::json::value_from(x.incomes)},
                            {"deductions", boost::json::value_from(x.deductions)},
                            {"property_meets_local_rule", detail::optional_to_json(x.property_meets_local_rule)}};
}
inline boost::system::result<household> tag_invoke(boost::json::try_value_to_tag<household>,
                                                   const boost::json::value& v)
{
    detail::object_reader r(v);
    auto id = r.get<std::string>("id");
    const auto registration = r.get<division_code>("registration");
    if (!r) return r.error();
    household h(std::move(*id), *registration);
    r.optional_value("kind", h.kind);
    r.list("members", h.members);
    r.list("incomes", h.incomes);
    r.list("deductions", h.deductions);
    r.optional("property_meets_local_rule", h.property_meets_local_rule);
    if (!r) return r.error();
    return h;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const supporter& x)
{
    v = boost::json::object{{"id", boost::json::value_from(x.id)},
                            {"relation", boost::json::value_from(x.relation)},
                            {"is_tekun", x.is_tekun},
                            {"on_dibao", x.on_dibao},
                            {"disability", detail::optional_to_json(x.disability_certificate)},
                            {"lacks_civil_capacity", x.lacks_civil_capacity},
                            {"declared_missing", x.declared_missing},
                            {"imprisoned", x.imprisoned},
                            {"income_below_local_average", x.income_below_local_average},
                            {"property_meets_local_rule", x.property_meets_local_rule}};
}
inline boost::system::result<supporter> tag_invoke(boost::json::try_value_to_tag<supporter>,
                                                   const boost::json::value& v)
{
    detail::object_reader r(v);
    const auto id = r.get<resident_id>("id");
    if (!r) return r.error();
    supporter s(*id);
    r.optional_value("relation", s.relation);
    r.optional_value("is_tekun", s.is_tekun);
    r.optional_value("on_dibao", s.on_dibao);
    r.optional("disability", s.disability_certificate);
    r.optional_value("lacks_civil_capacity", s.lacks_civil_capacity);
    r.optional_value("declared_missing", s.declared_missing);
    r.optional_value("imprisoned", s.imprisoned);
    r.optional_value("income_below_local_average", s.income_below_local_average);
    r.optional_value("property_meets_local_rule", s.property_meets_local_rule);
    if (!r) return r.error();
    return s;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const tekun_application& x)
{
    boost::json::array items;
    for (const bool b : x.self_care) items.push_back(b);
    v = boost::json::object{{"applicant", boost::json::value_from(x.applicant)},
                            {"monthly_income", boost::json::value_from(x.monthly_income)},
                            {"property_meets_local_rule", detail::optional_to_json(x.property_meets_local_rule)},
                            {"supporters", boost::json::value_from(x.supporters)},
                            {"self_care", std::move(items)},
                            {"recorded_tier", detail::optional_to_json(x.recorded_tier)},
                            {"form", boost::json::value_from(x.form)},
                            {"institution", x.institution ? boost::json::value(*x.institution) : nullptr},
                            {"already_supported", x.already_supported},
                            {"receives_orphan_allowance", x.receives_orphan_allowance},
                            {"receives_de_facto_allowance", x.receives_de_facto_allowance}};
}
inline boost::system::result<tekun_application> tag_invoke(boost::json::try_value_to_tag<tekun_application>,
                                                           const boost::json::value& v)
{
    detail::object_reader r(v);
    auto applicant = r.get<person>("applicant");
    const auto income = r.get<money>("monthly_income");
    if (!r) return r.error();
    tekun_application a(std::move(*applicant), *income);
    r.optional("property_meets_local_rule", a.property_meets_local_rule);
    r.list("supporters", a.supporters);
    std::vector<bool> items;
    r.list("self_care", items);
    if (!items.empty() && items.size() != 6) return boost::system::error_code(make_error_code(error::wrong_length));
    for (std::size_t i = 0; i < items.size(); ++i) a.self_care[i] = items[i];
    r.optional("recorded_tier", a.recorded_tier);
    r.optional_value("form", a.form);
    r.optional("institution", a.institution);
    r.optional_value("already_supported", a.already_supported);
    r.optional_value("receives_orphan_allowance", a.receives_orphan_allowance);
    r.optional_value("receives_de_facto_allowance", a.receives_de_facto_allowance);
    if (!r) return r.error();
    return a;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const parent& x)
{
    boost::json::array situations;
    for (const auto& s : x.situations) situations.push_back(boost::json::value_from(s));
    v = boost::json::object{{"id", detail::optional_to_json(x.id)},
                            {"status", boost::json::value_from(x.status)},
                            {"situations", std::move(situations)},
                            {"disability", detail::optional_to_json(x.disability_certificate)},
                            {"serious_illness", x.serious_illness}};
}
inline boost::system::result<parent> tag_invoke(boost::json::try_value_to_tag<parent>, const boost::json::value& v)
{
    detail::object_reader r(v);
    parent p;
    r.optional("id", p.id);
    r.optional_value("status", p.status);
    r.list("situations", p.situations);
    r.optional("disability", p.disability_certificate);
    r.optional_value("serious_illness", p.serious_illness);
    if (!r) return r.error();
    return p;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const child_application& x)
{
    v = boost::json::object{
        {"child", boost::json::value_from(x.child)},
        {"parents", boost::json::array{boost::json::value_from(x.parents[0]), boost::json::value_from(x.parents[1])}}};
}
inline boost::system::result<child_application> tag_invoke(boost::json::try_value_to_tag<child_application>,
                                                           const boost::json::value& v)
{
    detail::object_reader r(v);
    auto child = r.get<person>("child");
    std::vector<parent> parents;
    r.list("parents", parents);
    if (!r) return r.error();
    if (parents.size() != 2) return boost::system::error_code(make_error_code(error::wrong_length));
    child_application a(std::move(*child));
    a.parents = {parents[0], parents[1]};
    return a;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const temporary_aid_case& x)
{
    v = boost::json::object{
        {"id", x.id},
        {"applicant", boost::json::value_from(x.applicant)},
        {"household_id", x.household_id ? boost::json::value(*x.household_id) : boost::json::value(nullptr)},
        {"division", boost::json::value_from(x.division)},
        {"type", boost::json::value_from(x.type)},
        {"occurred", date_to_json(x.occurred)},
        {"cause", x.cause},
        {"amount", boost::json::value_from(x.amount)},
        {"advance", x.advance},
        {"paid_on", detail::optional_date_to_json(x.paid_on)},
        {"recorded_on", detail::optional_date_to_json(x.recorded_on)},
        {"per_capita_disposable_income_annual", detail::optional_to_json(x.per_capita_disposable_income_annual)}};
}
inline boost::system::result<temporary_aid_case> tag_invoke(boost::json::try_value_to_tag<temporary_aid_case>,
                                                            const boost::json::value& v)
{
    detail::object_reader r(v);
    auto id = r.get<std::string>("id");
    const auto applicant = r.get<resident_id>("applicant");
    const auto division = r.get<division_code>("division");
    const auto type = r.get<temporary_aid_type>("type");
    const auto occurred = r.get_date("occurred");
    if (!r) return r.error();
    temporary_aid_case t(std::move(*id), *applicant, *division, *type, *occurred);
    r.optional("household_id", t.household_id);
    r.optional_value("cause", t.cause);
    r.optional_value("amount", t.amount);
    r.optional_value("advance", t.advance);
    r.optional_date("paid_on", t.paid_on);
    r.optional_date("recorded_on", t.recorded_on);
    r.optional("per_capita_disposable_income_annual", t.per_capita_disposable_income_annual);
    if (!r) return r.error();
    return t;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const vagrant_stay& x)
{
    v = boost::json::object{{"id", x.id},
                            {"person", detail::optional_to_json(x.person)},
                            {"description", x.description},
                            {"station", boost::json::value_from(x.station)},
                            {"admitted", date_to_json(x.admitted)},
                            {"left", detail::optional_date_to_json(x.left)},
                            {"extension_filed", x.extension_filed},
                            {"belongings_registered", x.belongings_registered},
                            {"receives_dibao", x.receives_dibao}};
}
inline boost::system::result<vagrant_stay> tag_invoke(boost::json::try_value_to_tag<vagrant_stay>,
                                                      const boost::json::value& v)
{
    detail::object_reader r(v);
    auto id = r.get<std::string>("id");
    const auto station = r.get<division_code>("station");
    const auto admitted = r.get_date("admitted");
    if (!r) return r.error();
    vagrant_stay s(std::move(*id), *station, *admitted);
    r.optional("person", s.person);
    r.optional_value("description", s.description);
    r.optional_date("left", s.left);
    r.optional_value("extension_filed", s.extension_filed);
    r.optional_value("belongings_registered", s.belongings_registered);
    r.optional_value("receives_dibao", s.receives_dibao);
    if (!r) return r.error();
    return s;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const appraisal_record& x)
{
    v = boost::json::object{
        {"held", date_to_json(x.held)}, {"participants", x.participants}, {"representatives", x.representatives}};
}
inline boost::system::result<appraisal_record> tag_invoke(boost::json::try_value_to_tag<appraisal_record>,
                                                          const boost::json::value& v)
{
    detail::object_reader r(v);
    const auto held = r.get_date("held");
    const auto participants = r.get<int>("participants");
    const auto representatives = r.get<int>("representatives");
    if (!r) return r.error();
    return appraisal_record{*held, *participants, *representatives};
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const case_event& x)
{
    v = boost::json::object{{"to", boost::json::value_from(x.to)},
                            {"on", date_to_json(x.on)},
                            {"investigators", x.investigators},
                            {"home_visit", x.home_visit},
                            {"extended", x.extended},
                            {"reduced", x.reduced},
                            {"reason", x.reason},
                            {"ground", detail::optional_to_json(x.ground)},
                            {"notified", detail::optional_date_to_json(x.notified)},
                            {"appraisal", detail::optional_to_json(x.appraisal)}};
}
inline boost::system::result<case_event> tag_invoke(boost::json::try_value_to_tag<case_event>,
                                                    const boost::json::value& v)
{
    detail::object_reader r(v);
    const auto to = r.get<case_state>("to");
    const auto on = r.get_date("on");
    if (!r) return r.error();
    case_event e(*to, *on);
    r.optional_value("investigators", e.investigators);
    r.optional_value("home_visit", e.home_visit);
    r.optional_value("extended", e.extended);
    r.optional_value("reduced", e.reduced);
    r.optional_value("reason", e.reason);
    r.optional("ground", e.ground);
    r.optional_date("notified", e.notified);
    r.optional("appraisal", e.appraisal);
    if (!r) return r.error();
    return e;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const care_change_report& x)
{
    v = boost::json::object{{"reported", date_to_json(x.reported)},
                            {"reassessed", detail::optional_date_to_json(x.reassessed)}};
}
inline boost::system::result<care_change_report> tag_invoke(boost::json::try_value_to_tag<care_change_report>,
                                                            const boost::json::value& v)
{
    detail::object_reader r(v);
    const auto reported = r.get_date("reported");
    if (!r) return r.error();
    care_change_report x{*reported, std::nullopt};
    r.optional_date("reassessed", x.reassessed);
    if (!r) return r.error();
    return x;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const case_file& x)
{
    v = boost::json::object{{"id", x.id},
                            {"category", boost::json::value_from(x.category)},
                            {"subject", x.subject},
                            {"division", boost::json::value_from(x.division)},
                            {"kind", detail::optional_to_json(x.kind)},
                            {"review", boost::json::value_from(x.review)},
                            {"near_relative", x.near_relative},
                            {"separately_registered", x.separately_registered},
                            {"events", boost::json::value_from(x.events)},
                            {"care_changes", boost::json::value_from(x.care_changes)}};
}
/// Decodes the steps as written, without replaying them through advance(): a file with steps out of order is
/// read, and check() reports RCP-057 for it. The first step must be an application.
inline boost::system::result<case_file> tag_invoke(boost::json::try_value_to_tag<case_file>,
                                                   const boost::json::value& v)
{
    detail::object_reader r(v);
    auto id = r.get<std::string>("id");
    const auto category = r.get<assistance_category>("category");
    auto subject = r.get<std::string>("subject");
    const auto division = r.get<division_code>("division");
    std::vector<case_event> events;
    r.list("events", events);
    if (!r) return r.error();
    if (events.empty() || events.front().to != case_state::applied)
        return boost::system::error_code(make_error_code(error::illegal_transition));
    case_file f(std::move(*id), *category, std::move(*subject), *division, events.front().on);
    f.events = std::move(events);
    r.optional("kind", f.kind);
    r.optional_value("review", f.review);
    r.optional_value("near_relative", f.near_relative);
    r.optional_value("separately_registered", f.separately_registered);
    r.list("care_changes", f.care_changes);
    if (!r) return r.error();
    return f;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const enrolment& x)
{
    v = boost::json::object{{"person", boost::json::value_from(x.person)},
                            {"category", boost::json::value_from(x.category)},
                            {"during", boost::json::value_from(x.during)},
                            {"case_id", x.case_id}};
}
inline boost::system::result<enrolment> tag_invoke(boost::json::try_value_to_tag<enrolment>,
                                                   const boost::json::value& v)
{
    detail::object_reader r(v);
    const auto who = r.get<resident_id>("person");
    const auto category = r.get<assistance_category>("category");
    const auto during = r.get<period>("during");
    auto case_id = r.get<std::string>("case_id");
    if (!r) return r.error();
    return enrolment{*who, *category, *during, std::move(*case_id)};
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const roster& x)
{
    v = boost::json::object{{"households", boost::json::value_from(x.households)},
                            {"persons", boost::json::value_from(x.persons)},
                            {"cases", boost::json::value_from(x.cases)},
                            {"enrolments", boost::json::value_from(x.enrolments)}};
}
inline boost::system::result<roster> tag_invoke(boost::json::try_value_to_tag<roster>, const boost::json::value& v)
{
    detail::object_reader r(v);
    roster out;
    r.list("households", out.households);
    r.list("persons", out.persons);
    r.list("cases", out.cases);
    r.list("enrolments", out.enrolments);
    if (!r) return r.error();
    return out;
}

/// A verdict as JSON (written only: verdicts are computed, not read).
inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const eligibility& x)
{
    boost::json::array parameters;
    for (const auto& p : x.parameters) {
        parameters.push_back(boost::json::object{
            {"name", p.name},
            {"division", p.entry.division ? boost::json::value(p.entry.division->to_string()) : nullptr},
            {"in_force", p.entry.in_force.to_string()},
            {"value", detail::parameter_value_to_json(p.entry.value)},
            {"note", p.entry.note}});
    }
    boost::json::object inputs;
    for (const auto& [name, value] : x.inputs) inputs[name] = value;
    v = boost::json::object{{"category", boost::json::value_from(x.category)},
                            {"on", date_to_json(x.on)},
                            {"eligible", x.eligible},
                            {"findings", boost::json::value_from(x.findings)},
                            {"parameters", std::move(parameters)},
                            {"inputs", std::move(inputs)}};
}

/// A public notice as JSON (written only).
inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const public_notice& x)
{
    boost::json::array rows;
    for (const auto& row : x.rows) {
        rows.push_back(boost::json::object{{"case_id", row.case_id},
                                           {"name", row.name},
                                           {"id", row.id},
                                           {"household_size", row.household_size},
                                           {"amount", detail::optional_to_json(row.amount)}});
    }
    v = boost::json::object{{"division", boost::json::value_from(x.division)},
                            {"window", boost::json::value_from(x.window)},
                            {"objection_deadline", date_to_json(x.objection_deadline)},
                            {"unmasked", x.unmasked},
                            {"rows", std::move(rows)}};
}

}  // namespace minzheng
