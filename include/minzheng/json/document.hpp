#pragma once
// Versioned documents (文档): every data set of the library as one JSON document with an envelope,
//   {"format": "minzheng.roster", "version": 1, "note": "...", "households": [...], ...}
// read strictly (every problem reported with its JSON Pointer path; no half-built object) and written back.
// The shapes below are the single description of each document: the strict reader checks them and
// docs/schema/*.schema.json is generated from them (tools/gen_docs.cpp; a test keeps the files current and a
// standard validator checks the samples against them).
//
// Formats and their C++ types:
//   minzheng.roster          roster                 households, persons, cases, enrolments
//   minzheng.institutions    institutions_document  institutions and their restriction book
//   minzheng.screenings      screening_document     the entry screenings of one division
//   minzheng.health_log      health_log             one institution's daily temperature log
//   minzheng.payment_batch   payment_batch          one month's disbursements
//   minzheng.stock_ledger    stock_ledger           movements of in-kind supplies
//   minzheng.activities      activities_document    volunteer deployments and facility measures (json/report.hpp)
//   minzheng.policy_table    policy_table           read by policy_table_from_json (json/rules.hpp)
//   minzheng.rule_set        rule_set               read by rule_set_from_json (json/rules.hpp)
//   minzheng.donation_ledger donation_ledger        JSON Lines; read by ledger_from_jsonl (json/donations.hpp)

#include <minzheng/json/aid.hpp>
#include <minzheng/json/donations.hpp>
#include <minzheng/json/institutions.hpp>
#include <minzheng/json/recipients.hpp>
#include <minzheng/json/rules.hpp>
#include <minzheng/json/shape.hpp>

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace minzheng {

/// The "minzheng.institutions" document: the institutions of a county and the restriction policies over them.
struct institutions_document {
    std::vector<institution> institutions;
    restriction_book restrictions;
};

/// The "minzheng.screenings" document: the entry screenings (一量体温、二戴口罩、三问行程) done in one division.
struct screening_document {
    division_code division = division_code::find(440000).value();
    std::vector<screening_record> screenings;

    friend bool operator==(const screening_document&, const screening_document&) = default;
};

/// What a document type is written as: its format name, the newest version written and the oldest still read,
/// and its shape (envelope included). Specialised for each document type below.
template <class T>
struct document_traits;

/// A document type of the library.
template <class T>
concept document = requires
{
    {
        document_traits<T>::format
        } -> std::convertible_to<std::string_view>;
    {
        document_traits<T>::version
        } -> std::convertible_to<std::int64_t>;
};

/// Reads a document strictly. Findings: DOC-006 (not JSON), DOC-005 (limits), DOC-004 (duplicate key), DOC-001
/// (wrong format, unsupported version, wrong type or value, with the core error), DOC-002 (missing member),
/// DOC-003 (unknown member: an error unless options.unknown is warning). The value is present only when no
/// finding is an error.
template <document T>
[[nodiscard]] load_result<T> read_document(std::string_view text, const read_options& options = {});
/// The same for a document already parsed (duplicate keys can no longer be seen).
template <document T>
[[nodiscard]] load_result<T> read_document(const boost::json::value& doc, const read_options& options = {});

/// A "minzheng.policy_table" document read strictly from its text, its entries added to `base`: DOC-006 (not
/// JSON), DOC-005 (limits), DOC-004 (a duplicate key, which a parsed value would have resolved silently, the last
/// one winning), then the findings of policy_table_from_json (POL-001, POL-003, DOC-00x). The table is present only
/// when no finding is an error. Prefer it to policy_table_from_json for files.
[[nodiscard]] load_result<policy_table> read_policy_table(std::string_view text, policy_table base = {},
                                                          const document_limits& limits = {});
/// The same for a "minzheng.rule_set" document.
[[nodiscard]] load_result<rule_set> read_rule_set(std::string_view text, rule_set base = {},
                                                  const document_limits& limits = {});

/// The document with its envelope.
template <document T>
[[nodiscard]] boost::json::value write_document(const T& x, std::string_view note = {});

/// The JSON Schema of a document type.
template <document T>
[[nodiscard]] boost::json::value document_schema();

// ---- the shapes ------------------------------------------------------------------------------------------

namespace shapes {

namespace detail {
[[nodiscard]] inline boost::json::value string_schema()
{
    return boost::json::object{{"type", "string"}};
}
[[nodiscard]] inline boost::json::value text_schema()
{
    return boost::json::object{{"type", "string"}, {"minLength", 1}};
}
template <class T>
[[nodiscard]] boost::json::value integer_schema()
{
    return boost::json::object{
        {"type", "integer"}, {"minimum", std::numeric_limits<T>::min()}, {"maximum", std::numeric_limits<T>::max()}};
}
[[nodiscard]] inline boost::json::value boolean_schema()
{
    return boost::json::object{{"type", "boolean"}};
}
[[nodiscard]] inline boost::json::value pattern_schema(std::string_view pattern)
{
    return boost::json::object{{"type", "string"}, {"pattern", pattern}};
}
[[nodiscard]] inline boost::json::value date_schema()
{
    return pattern_schema("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
}
[[nodiscard]] inline boost::json::value resident_id_schema()
{
    return pattern_schema("^([0-9]{17}[0-9Xx]|[0-9]{15})$");
}
[[nodiscard]] inline boost::json::value division_schema()
{
    return pattern_schema("^[0-9]{6}$");
}
[[nodiscard]] inline boost::json::value credit_code_schema()
{
    return pattern_schema("^[0-9A-Z]{18}$");
}
[[nodiscard]] inline boost::json::value year_month_schema()
{
    return pattern_schema("^[0-9]{4}-[0-9]{2}$");
}
[[nodiscard]] inline boost::json::value money_schema()
{
    return boost::json::object{{"type", "integer"}, {"description", "an amount in 分 (1/100 元)"}};
}

/// A string that is not empty (an id, a name).
[[nodiscard]] inline std::error_code check_text(const boost::json::value& v)
{
    const auto t = json_string(v);
    if (!t) return t.error();
    return t->empty() ? make_error_code(error::empty_input) : std::error_code{};
}

/// A date read with the library's date_from_json.
[[nodiscard]] inline std::error_code check_date(const boost::json::value& v)
{
    const auto d = date_from_json(v);
    return d ? std::error_code{} : d.error();
}

template <class E>
inline constexpr shape enum_of = leaf_shape<E>({}, {}, &minzheng::detail::enum_schema<E>);

}  // namespace detail

// Leaves.
inline constexpr shape string = leaf_shape<std::string>({}, {}, &detail::string_schema);
inline constexpr shape text =
    shape{shape::kind::leaf, {}, "a non-empty string", &detail::check_text, &detail::text_schema, {}, nullptr};
inline constexpr shape boolean = leaf_shape<bool>({}, {}, &detail::boolean_schema);
inline constexpr shape int32 = leaf_shape<int>({}, {}, &detail::integer_schema<int>);
inline constexpr shape uint64 = leaf_shape<std::uint64_t>({}, {}, &detail::integer_schema<std::uint64_t>);
inline constexpr shape date_text =
    shape{shape::kind::leaf, {}, "a date YYYY-MM-DD", &detail::check_date, &detail::date_schema, {}, nullptr};
inline constexpr shape resident_id_text =
    leaf_shape<resident_id>({}, "a resident id of 18 (or 15) characters", &detail::resident_id_schema);
inline constexpr shape division_text =
    leaf_shape<division_code>({}, "a 6-digit division code", &detail::division_schema);
inline constexpr shape credit_code_text =
    leaf_shape<credit_code>({}, "an 18-character unified social credit code", &detail::credit_code_schema);
inline constexpr shape money_fen = leaf_shape<money>({}, "an integer number of 分", &detail::money_schema);
inline constexpr shape quantity_text =
    leaf_shape<quantity>({}, "a quantity with its unit, e.g. \"250L\"", &detail::text_schema);
inline constexpr shape person_name_text = leaf_shape<person_name>({}, "a person's name", &detail::text_schema);
inline constexpr shape year_month_text = leaf_shape<year_month>({}, "a month YYYY-MM", &detail::year_month_schema);
inline constexpr shape sex_name = leaf_shape<sex>({}, {}, [] {
    return boost::json::value(boost::json::object{{"type", "string"}, {"enum", boost::json::array{"male", "female"}}});
});

inline constexpr shape strings = array_shape(string);

inline constexpr member_shape period_members[] = {{"first", &date_text, true}, {"last", &date_text, true, true}};
inline constexpr shape period_object =
    object_shape("period", "days from first to last (null: open)", period_members, &decodes_as<period>);

// ---- relief recipients --------------------------------------------------------------------------------------

inline constexpr member_shape disability_members[] = {{"category", &detail::enum_of<disability_category>, true},
                                                      {"grade", &int32, true}};
inline constexpr shape disability_object =
    object_shape("disability", "a disability certificate", disability_members, &decodes_as<disability>);

inline constexpr member_shape situation_members[] = {{"kind", &detail::enum_of<situation_kind>, true},
                                                     {"during", &period_object, true}};
inline constexpr shape situation_object = object_shape("situation", {}, situation_members);
inline constexpr shape situations = array_shape(situation_object);

inline constexpr member_shape person_members[] = {
    {"id", &resident_id_text, true},    {"name", &person_name_text, true},
    {"stated_sex", &sex_name},          {"stated_birth_date", &date_text},
    {"registration", &division_text},   {"registration_kind", &detail::enum_of<registration_type>},
    {"disability", &disability_object}, {"school", &detail::enum_of<schooling>},
    {"situations", &situations}};
inline constexpr shape person_object = object_shape("person", "a person (人员)", person_members);

inline constexpr member_shape member_members[] = {{"person", &person_object, true},
                                                  {"relation", &detail::enum_of<relation>, true},
                                                  {"lives_together", &boolean},
                                                  {"has_support_duty", &boolean},
                                                  {"unable_to_live_independently", &boolean},
                                                  {"lost_capacity_to_work", &boolean},
                                                  {"separate_household", &boolean},
                                                  {"covered", &boolean}};
inline constexpr shape member_object = object_shape("member", "a household member", member_members);

inline constexpr member_shape income_members[] = {
    {"member", &resident_id_text}, {"kind", &detail::enum_of<income_kind>, true}, {"monthly", &money_fen, true}};
inline constexpr shape income_object = object_shape("income_item", {}, income_members);
inline constexpr member_shape deduction_members[] = {
    {"member", &resident_id_text}, {"kind", &detail::enum_of<deduction_kind>, true}, {"monthly", &money_fen, true}};
inline constexpr shape deduction_object = object_shape("deduction_item", {}, deduction_members);

inline constexpr shape members_list = array_shape(member_object);
inline constexpr shape incomes_list = array_shape(income_object);
inline constexpr shape deductions_list = array_shape(deduction_object);
inline constexpr member_shape household_members[] = {{"id", &text, true},
                                                     {"registration", &division_text, true},
                                                     {"kind", &detail::enum_of<registration_type>},
                                                     {"members", &members_list},
                                                     {"incomes", &incomes_list},
                                                     {"deductions", &deductions_list},
                                                     {"property_meets_local_rule", &boolean}};
inline constexpr shape household_object = object_shape("household", "a household (家庭)", household_members);

inline constexpr member_shape appraisal_members[] = {
    {"held", &date_text, true}, {"participants", &int32, true}, {"representatives", &int32, true}};
inline constexpr shape appraisal_object =
    object_shape("appraisal_record", "the record of a democratic appraisal (民主评议)", appraisal_members);

inline constexpr member_shape case_event_members[] = {{"to", &detail::enum_of<case_state>, true},
                                                      {"on", &date_text, true},
                                                      {"investigators", &int32},
                                                      {"home_visit", &boolean},
                                                      {"extended", &boolean},
                                                      {"reduced", &boolean},
                                                      {"reason", &string},
                                                      {"ground", &detail::enum_of<decision_ground>},
                                                      {"notified", &date_text},
                                                      {"appraisal", &appraisal_object}};
inline constexpr shape case_event_object = object_shape("case_event", "one step of a case", case_event_members);
inline constexpr shape case_events = array_shape(case_event_object);

inline constexpr member_shape care_change_members[] = {{"reported", &date_text, true}, {"reassessed", &date_text}};
inline constexpr shape care_change_object = object_shape(
    "care_change_report", "a 特困 person's reported change of self-care and its reassessment", care_change_members);
inline constexpr shape care_changes_list = array_shape(care_change_object);

inline constexpr member_shape case_file_members[] = {{"id", &text, true},
                                                     {"category", &detail::enum_of<assistance_category>, true},
                                                     {"subject", &text, true},
                                                     {"division", &division_text, true},
                                                     {"kind", &detail::enum_of<registration_type>},
                                                     {"review", &detail::enum_of<review_class>},
                                                     {"near_relative", &boolean},
                                                     {"separately_registered", &boolean},
                                                     {"events", &case_events, true},
                                                     {"care_changes", &care_changes_list}};
inline constexpr shape case_file_object =
    object_shape("case_file", "a case from application to termination; the first step is the application",
                 case_file_members, &decodes_as<case_file>);

inline constexpr member_shape enrolment_members[] = {{"person", &resident_id_text, true},
                                                     {"category", &detail::enum_of<assistance_category>, true},
                                                     {"during", &period_object, true},
                                                     {"case_id", &string, true}};
inline constexpr shape enrolment_object = object_shape("enrolment", {}, enrolment_members);

// ---- institutions -----------------------------------------------------------------------------------------

inline constexpr member_shape resident_stay_members[] = {
    {"person", &resident_id_text, true}, {"admitted", &date_text, true}, {"left", &date_text}, {"category", &string}};
inline constexpr shape resident_stay_object = object_shape("resident_stay", {}, resident_stay_members);
inline constexpr member_shape staff_members[] = {
    {"person", &resident_id_text, true}, {"role", &string}, {"since", &date_text, true}, {"until", &date_text}};
inline constexpr shape staff_object = object_shape("staff_member", {}, staff_members);
inline constexpr shape residents_list = array_shape(resident_stay_object);
inline constexpr shape staff_list = array_shape(staff_object);

inline constexpr member_shape institution_members[] = {{"id", &text, true},
                                                       {"name", &text, true},
                                                       {"kind", &detail::enum_of<institution_kind>, true},
                                                       {"custom_kind", &string},
                                                       {"credit_code", &credit_code_text},
                                                       {"division", &division_text, true},
                                                       {"operator", &detail::enum_of<operator_type>},
                                                       {"beds", &int32},
                                                       {"address", &string},
                                                       {"residents", &residents_list},
                                                       {"staff", &staff_list}};
inline constexpr shape institution_object =
    object_shape("institution", "a welfare institution (福利机构)", institution_members);

inline constexpr member_shape announcement_members[] = {
    {"issuer", &text, true}, {"number", &string, true}, {"issued", &date_text, true}};
inline constexpr shape announcement_object =
    object_shape("announcement", "the dated announcement a policy rests on", announcement_members);
inline constexpr member_shape risk_members[] = {{"division", &division_text, true},
                                                {"during", &period_object, true},
                                                {"level", &detail::enum_of<risk_level>, true}};
inline constexpr shape risk_object = object_shape("risk_assessment", {}, risk_members);
inline constexpr shape exceptions_list = array_shape(detail::enum_of<access_exception>);
inline constexpr member_shape measure_members[] = {{"kind", &detail::enum_of<measure_kind>, true},
                                                   {"limit", &int32},
                                                   {"exceptions", &exceptions_list},
                                                   {"code", &string}};
inline constexpr shape measure_object =
    object_shape("measure", "one measure; limit ≥ 0", measure_members, &decodes_as<measure>);
inline constexpr member_shape scope_members[] = {{"by", &detail::enum_of<policy_scope::by>, true},
                                                 {"institution", &string},
                                                 {"kind", &detail::enum_of<institution_kind>},
                                                 {"division", &division_text}};
inline constexpr shape scope_object = object_shape("policy_scope", {}, scope_members);
inline constexpr shape measures_list = array_shape(measure_object);
inline constexpr member_shape policy_members[] = {{"id", &text, true},
                                                  {"scope", &scope_object, true},
                                                  {"in_force", &period_object, true},
                                                  {"source", &announcement_object, true},
                                                  {"ended_by", &announcement_object},
                                                  {"from_risk", &detail::enum_of<risk_level>},
                                                  {"measures", &measures_list}};
inline constexpr shape policy_object =
    object_shape("restriction_policy", "a restriction policy (防控措施)", policy_members);
inline constexpr shape policies_list = array_shape(policy_object);
inline constexpr shape risks_list = array_shape(risk_object);
inline constexpr member_shape book_members[] = {{"policies", &policies_list}, {"risks", &risks_list}};
inline constexpr shape book_object = object_shape("restriction_book",
                                                  "policies and the risk register; a division's "
                                                  "risk periods do not overlap",
                                                  book_members, &decodes_as<restriction_book>);

inline constexpr member_shape travel_members[] = {
    {"place", &text, true}, {"on", &date_text, true}, {"epidemic_area", &boolean}};
inline constexpr shape travel_object = object_shape("travel_entry", {}, travel_members);
inline constexpr shape travel_list = array_shape(travel_object);
inline constexpr member_shape screening_members[] = {{"person", &text, true},  {"day", &date_text, true},
                                                     {"temperature", &int32},  {"mask", &boolean},
                                                     {"travel", &travel_list}, {"contact_with_epidemic_area", &boolean},
                                                     {"symptoms", &boolean}};
inline constexpr shape screening_object =
    object_shape("screening_record", "one entry screening; temperature in 0.1 °C", screening_members);
inline constexpr member_shape reading_members[] = {
    {"person", &text, true}, {"day", &date_text, true}, {"temperature", &int32, true}};
inline constexpr shape reading_object = object_shape("temperature_reading", {}, reading_members);

// ---- aid --------------------------------------------------------------------------------------------------

inline constexpr member_shape disbursement_members[] = {{"id", &text, true},
                                                        {"payee", &text, true},
                                                        {"case_id", &string},
                                                        {"programme", &detail::enum_of<assistance_category>, true},
                                                        {"division", &division_text, true},
                                                        {"period", &year_month_text, true},
                                                        {"months", &int32},
                                                        {"channel", &detail::enum_of<payment_channel>},
                                                        {"on", &date_text, true},
                                                        {"status", &detail::enum_of<payment_status>},
                                                        {"reverses", &string},
                                                        {"money", &money_fen},
                                                        {"goods", &quantity_text}};
inline constexpr shape disbursement_object =
    object_shape("disbursement", "one payment; exactly one of money and goods; months ≥ 1", disbursement_members,
                 &decodes_as<disbursement>);
namespace detail {
[[nodiscard]] inline std::error_code check_lots(const boost::json::value& v)
{
    // Lots are written for people reading the file and recomputed on replay; only their shape is checked.
    const auto* a = v.if_array();
    if (a == nullptr) return make_error_code(error::json_wrong_type);
    for (const auto& lot : *a) {
        const auto* o = lot.if_object();
        if (o == nullptr || !o->contains("lot") || !o->contains("amount"))
            return make_error_code(error::json_wrong_type);
    }
    return {};
}
[[nodiscard]] inline boost::json::value lots_schema()
{
    return boost::json::object{
        {"type", "array"},
        {"items", boost::json::object{
                      {"type", "object"},
                      {"required", boost::json::array{"lot", "amount"}},
                      {"properties", boost::json::object{{"lot", string_schema()}, {"amount", text_schema()}}}}}};
}
}  // namespace detail
inline constexpr shape lots_list =
    shape{shape::kind::leaf, {}, "the lots an issue drew from", &detail::check_lots, &detail::lots_schema, {}, nullptr};
inline constexpr member_shape movement_members[] = {{"id", &text, true},
                                                    {"kind", &detail::enum_of<movement_kind>, true},
                                                    {"holder", &text, true},
                                                    {"item", &text, true},
                                                    {"amount", &quantity_text, true},
                                                    {"on", &date_text, true},
                                                    {"counterparty", &string},
                                                    {"lots", &lots_list},
                                                    {"reverses", &string},
                                                    {"expires", &date_text}};

// ---- donations: one line of a "minzheng.donation_ledger" JSON Lines file ---------------------------------

inline constexpr member_shape donor_members[] = {{"type", &detail::enum_of<donor::kind>, true},
                                                 {"name", &string},
                                                 {"id", &resident_id_text},
                                                 {"code", &credit_code_text},
                                                 {"contact", &string},
                                                 {"disclose", &boolean}};
inline constexpr shape donor_object = object_shape("donor", "a donor (捐赠人)", donor_members);
inline constexpr member_shape drawn_members[] = {{"donation", &uint64, true}, {"amount", &quantity_text, true}};
inline constexpr shape drawn_object = object_shape("drawn", "goods taken from one donation", drawn_members);
inline constexpr shape drawn_list = array_shape(drawn_object);
inline constexpr member_shape ledger_entry_members[] = {{"seq", &uint64, true},
                                                        {"kind", &detail::enum_of<entry_kind>, true},
                                                        {"on", &date_text, true},
                                                        {"fund", &string},
                                                        {"to_fund", &string},
                                                        {"from", &donor_object},
                                                        {"amount", &money_fen},
                                                        {"item", &string},
                                                        {"goods", &quantity_text},
                                                        {"fair_value", &money_fen},
                                                        {"basis", &detail::enum_of<value_basis>},
                                                        {"counterparty", &string},
                                                        {"ref", &uint64},
                                                        {"number", &string},
                                                        {"note", &string},
                                                        {"consent", &string},
                                                        {"fund_type", &detail::enum_of<fund_kind>},
                                                        {"beneficiary", &string},
                                                        {"division", &division_text},
                                                        {"drawn", &drawn_list},
                                                        {"hash", &string}};
inline constexpr shape ledger_entry_object = object_shape(
    "ledger_entry", "one entry of a donation ledger, in its canonical form, hash-chained to the one before",
    ledger_entry_members, &decodes_as<ledger_entry>);

// ---- the envelope and the documents -------------------------------------------------------------------------

namespace detail {
[[nodiscard]] inline boost::json::value version_schema()
{
    return boost::json::object{{"type", "integer"}, {"minimum", 1}};
}
}  // namespace detail
inline constexpr shape format_name = leaf_shape<std::string>({}, {}, &detail::text_schema);
inline constexpr shape version_number = leaf_shape<std::int64_t>({}, {}, &detail::version_schema);

inline constexpr shape households_list = array_shape(household_object);
inline constexpr shape persons_list = array_shape(person_object);
inline constexpr shape cases_list = array_shape(case_file_object);
inline constexpr shape enrolments_list = array_shape(enrolment_object);
inline constexpr member_shape roster_members[] = {
    {"format", &format_name, true},   {"version", &version_number, true}, {"note", &string},
    {"households", &households_list}, {"persons", &persons_list},         {"cases", &cases_list},
    {"enrolments", &enrolments_list}};
inline constexpr shape roster_document =
    object_shape("roster", "a roster of households, persons, cases and enrolments", roster_members);

inline constexpr shape institutions_list = array_shape(institution_object);
inline constexpr member_shape institutions_members[] = {{"format", &format_name, true},
                                                        {"version", &version_number, true},
                                                        {"note", &string},
                                                        {"institutions", &institutions_list},
                                                        {"restrictions", &book_object}};
inline constexpr shape institutions_document_shape =
    object_shape("institutions", "institutions and their restriction policies", institutions_members);

inline constexpr shape screenings_list = array_shape(screening_object);
inline constexpr member_shape screenings_members[] = {{"format", &format_name, true},
                                                      {"version", &version_number, true},
                                                      {"note", &string},
                                                      {"division", &division_text, true},
                                                      {"screenings", &screenings_list}};
inline constexpr shape screenings_document =
    object_shape("screenings", "the entry screenings of one division", screenings_members);

inline constexpr shape readings_list = array_shape(reading_object);
inline constexpr member_shape health_log_members[] = {
    {"format", &format_name, true}, {"version", &version_number, true}, {"note", &string},
    {"institution", &text, true},   {"division", &division_text, true}, {"people", &strings},
    {"readings", &readings_list},   {"screenings", &screenings_list}};
inline constexpr shape health_log_document =
    object_shape("health_log", "an institution's daily health log", health_log_members);

inline constexpr shape disbursements_list = array_shape(disbursement_object);
inline constexpr member_shape batch_members[] = {
    {"format", &format_name, true},     {"version", &version_number, true}, {"note", &string},
    {"division", &division_text, true}, {"month", &year_month_text, true},  {"entries", &disbursements_list}};
inline constexpr shape batch_document = object_shape("payment_batch", "one month's disbursements", batch_members);

inline constexpr shape movement_object = object_shape("stock_movement", "a movement of supplies", movement_members);
inline constexpr shape movements_list = array_shape(movement_object);
inline constexpr member_shape stock_members[] = {{"format", &format_name, true},
                                                 {"version", &version_number, true},
                                                 {"note", &string},
                                                 {"movements", &movements_list}};
inline constexpr shape stock_document =
    object_shape("stock_ledger", "movements of in-kind supplies; the stock never goes negative", stock_members,
                 &decodes_as<stock_ledger>);

}  // namespace shapes

template <>
struct document_traits<roster> {
    static constexpr std::string_view format = "minzheng.roster";
    static constexpr std::int64_t version = 1;
    static constexpr const shape& body = shapes::roster_document;
};
template <>
struct document_traits<institutions_document> {
    static constexpr std::string_view format = "minzheng.institutions";
    static constexpr std::int64_t version = 1;
    static constexpr const shape& body = shapes::institutions_document_shape;
};
template <>
struct document_traits<screening_document> {
    static constexpr std::string_view format = "minzheng.screenings";
    static constexpr std::int64_t version = 1;
    static constexpr const shape& body = shapes::screenings_document;
};
template <>
struct document_traits<health_log> {
    static constexpr std::string_view format = "minzheng.health_log";
    static constexpr std::int64_t version = 1;
    static constexpr const shape& body = shapes::health_log_document;
};
template <>
struct document_traits<payment_batch> {
    static constexpr std::string_view format = "minzheng.payment_batch";
    static constexpr std::int64_t version = 1;
    static constexpr const shape& body = shapes::batch_document;
};
template <>
struct document_traits<stock_ledger> {
    static constexpr std::string_view format = "minzheng.stock_ledger";
    static constexpr std::int64_t version = 1;
    static constexpr const shape& body = shapes::stock_document;
};
// ---- conversions of the document structs ----------------------------------------------------------------------

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const institutions_document& x)
{
    v = boost::json::object{{"institutions", boost::json::value_from(x.institutions)},
                            {"restrictions", boost::json::value_from(x.restrictions)}};
}
inline boost::system::result<institutions_document> tag_invoke(boost::json::try_value_to_tag<institutions_document>,
                                                               const boost::json::value& v)
{
    detail::object_reader r(v);
    institutions_document d;
    r.list("institutions", d.institutions);
    r.optional_value("restrictions", d.restrictions);
    if (!r) return r.error();
    return d;
}
inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const screening_document& x)
{
    v = boost::json::object{{"division", boost::json::value_from(x.division)},
                            {"screenings", boost::json::value_from(x.screenings)}};
}
inline boost::system::result<screening_document> tag_invoke(boost::json::try_value_to_tag<screening_document>,
                                                            const boost::json::value& v)
{
    detail::object_reader r(v);
    const auto division = r.get<division_code>("division");
    if (!r) return r.error();
    screening_document d;
    d.division = *division;
    r.list("screenings", d.screenings);
    if (!r) return r.error();
    return d;
}
// ---- implementation --------------------------------------------------------------------------------------

namespace detail {
template <document T>
load_result<T> read_parsed(const boost::json::value& doc, const read_options& options, load_findings& out)
{
    using traits = document_traits<T>;
    load_result<T> r;
    if (out.envelope(doc, traits::format, traits::version)) {
        shape_checker(out, options).check(doc, traits::body);
        if (!out.has_errors()) {
            auto value = boost::json::try_value_to<T>(doc);
            if (value) {
                r.value = std::move(*value);
            } else {  // a rule between records that no shape states; reported rather than lost
                out.invalid(field_path{}, std::error_code(value.error()));
            }
        }
    }
    r.findings = out.take();
    return r;
}
}  // namespace detail

template <document T>
load_result<T> read_document(const boost::json::value& doc, const read_options& options)
{
    detail::load_findings out;
    return detail::read_parsed<T>(doc, options, out);
}

template <document T>
load_result<T> read_document(std::string_view text, const read_options& options)
{
    detail::load_findings out;
    auto doc = parse_strict(text, out, options.limits);
    if (!doc) return load_result<T>{std::nullopt, out.take()};
    return detail::read_parsed<T>(*doc, options, out);
}

template <document T>
boost::json::value write_document(const T& x, std::string_view note)
{
    using traits = document_traits<T>;
    boost::json::object out{{"format", traits::format}, {"version", traits::version}};
    if (!note.empty()) out["note"] = note;
    auto body = boost::json::value_from(x);  // named: a temporary in the range would die before the loop
    for (auto& kv : body.as_object()) out[kv.key()] = std::move(kv.value());
    return out;
}

template <document T>
boost::json::value document_schema()
{
    using traits = document_traits<T>;
    auto s =
        json_schema(traits::body, "https://minzheng.example/schema/" + std::string(traits::format) + ".schema.json",
                    traits::format);
    auto& props = s.as_object()["properties"].as_object();
    props["format"] = boost::json::object{{"const", traits::format}};
    props["version"] = boost::json::object{{"type", "integer"}, {"minimum", 1}, {"maximum", traits::version}};
    return s;
}

namespace detail {

/// Strict parse, then `load` on the value; the findings of both, the value only when none is an error.
template <class T, class Load>
[[nodiscard]] load_result<T> read_strictly(std::string_view text, const document_limits& limits, Load&& load)
{
    load_findings out;
    const auto v = parse_strict(text, out, limits);
    load_result<T> r;
    if (v) r = load(*v);
    auto first = out.take();
    if (first.empty()) return r;
    first.insert(first.end(), std::make_move_iterator(r.findings.begin()), std::make_move_iterator(r.findings.end()));
    std::stable_sort(first.begin(), first.end());
    r.findings = std::move(first);
    if (has_errors(r.findings)) r.value.reset();
    return r;
}

}  // namespace detail

inline load_result<policy_table> read_policy_table(std::string_view text, policy_table base,
                                                   const document_limits& limits)
{
    return detail::read_strictly<policy_table>(
        text, limits, [&](const boost::json::value& v) { return policy_table_from_json(v, std::move(base)); });
}

inline load_result<rule_set> read_rule_set(std::string_view text, rule_set base, const document_limits& limits)
{
    return detail::read_strictly<rule_set>(
        text, limits, [&](const boost::json::value& v) { return rule_set_from_json(v, std::move(base)); });
}

}  // namespace minzheng
