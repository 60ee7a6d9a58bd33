#pragma once
// JSON for the report layer: volunteer deployments and facility measures convert both ways, a bulletin is written,
// and `read_bulletin_data` loads a folder of the library's documents (a roster, institutions with restrictions,
// screenings, supplies, a donation ledger in JSON Lines, activities) into the inputs of make_bulletin.

#include <minzheng/json/aid.hpp>
#include <minzheng/json/document.hpp>
#include <minzheng/json/donations.hpp>
#include <minzheng/json/institutions.hpp>
#include <minzheng/json/recipients.hpp>
#include <minzheng/report/bulletin.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace minzheng {

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const volunteer_deployment& x)
{
    v = boost::json::object{{"division", boost::json::value_from(x.division)},
                            {"during", boost::json::value_from(x.during)},
                            {"person_times", x.person_times},
                            {"service_points", x.service_points},
                            {"volunteers", x.volunteers},
                            {"description", x.description}};
}
inline boost::system::result<volunteer_deployment> tag_invoke(boost::json::try_value_to_tag<volunteer_deployment>,
                                                              const boost::json::value& v)
{
    detail::object_reader r(v);
    const auto division = r.get<division_code>("division");
    const auto during = r.get<period>("during");
    if (!r) return r.error();
    volunteer_deployment d{*division, *during, 0, 0, 0, {}};
    r.optional_value("person_times", d.person_times);
    r.optional_value("service_points", d.service_points);
    r.optional_value("volunteers", d.volunteers);
    r.optional_value("description", d.description);
    if (!r) return r.error();
    if (d.person_times < 0 || d.service_points < 0 || d.volunteers < 0)
        return boost::system::error_code(make_error_code(error::negative_count));
    return d;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const facility_measure& x)
{
    v = boost::json::object{{"division", boost::json::value_from(x.division)},
                            {"during", boost::json::value_from(x.during)},
                            {"institutions", x.institutions},
                            {"description", x.description}};
}
inline boost::system::result<facility_measure> tag_invoke(boost::json::try_value_to_tag<facility_measure>,
                                                          const boost::json::value& v)
{
    detail::object_reader r(v);
    const auto division = r.get<division_code>("division");
    const auto during = r.get<period>("during");
    if (!r) return r.error();
    facility_measure m{*division, *during, 0, {}};
    r.optional_value("institutions", m.institutions);
    r.optional_value("description", m.description);
    if (!r) return r.error();
    if (m.institutions < 0) return boost::system::error_code(make_error_code(error::negative_count));
    return m;
}

/// The "minzheng.activities" document: volunteer deployments and facility measures (report/bulletin.hpp).
struct activities_document {
    std::vector<volunteer_deployment> deployments;
    std::vector<facility_measure> facility_measures;

    friend bool operator==(const activities_document&, const activities_document&) = default;
};

namespace shapes {

// ---- report -----------------------------------------------------------------------------------------------

inline constexpr member_shape deployment_members[] = {
    {"division", &division_text, true}, {"during", &period_object, true}, {"person_times", &int32},
    {"service_points", &int32},         {"volunteers", &int32},           {"description", &string}};
inline constexpr shape deployment_object =
    object_shape("volunteer_deployment", "counts are ≥ 0", deployment_members, &decodes_as<volunteer_deployment>);
inline constexpr member_shape facility_members[] = {{"division", &division_text, true},
                                                    {"during", &period_object, true},
                                                    {"institutions", &int32},
                                                    {"description", &string}};
inline constexpr shape facility_object =
    object_shape("facility_measure", "institutions ≥ 0", facility_members, &decodes_as<facility_measure>);

inline constexpr shape deployments_list = array_shape(deployment_object);
inline constexpr shape facility_list = array_shape(facility_object);
inline constexpr member_shape activities_members[] = {{"format", &format_name, true},
                                                      {"version", &version_number, true},
                                                      {"note", &string},
                                                      {"deployments", &deployments_list},
                                                      {"facility_measures", &facility_list}};
inline constexpr shape activities_document_shape =
    object_shape("activities", "volunteer deployments and facility measures", activities_members);

}  // namespace shapes

template <>
struct document_traits<activities_document> {
    static constexpr std::string_view format = "minzheng.activities";
    static constexpr std::int64_t version = 1;
    static constexpr const shape& body = shapes::activities_document_shape;
};

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const activities_document& x)
{
    v = boost::json::object{{"deployments", boost::json::value_from(x.deployments)},
                            {"facility_measures", boost::json::value_from(x.facility_measures)}};
}
inline boost::system::result<activities_document> tag_invoke(boost::json::try_value_to_tag<activities_document>,
                                                             const boost::json::value& v)
{
    detail::object_reader r(v);
    activities_document d;
    r.list("deployments", d.deployments);
    r.list("facility_measures", d.facility_measures);
    if (!r) return r.error();
    return d;
}

/// Written only: the figures of one county or of the city.
inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const county_figures& x)
{
    boost::json::object issued;
    for (const auto& [item, q] : x.supplies_issued) issued[item] = q.to_string();
    boost::json::object bought;
    for (const auto& [item, q] : x.supplies_bought) bought[item] = q.to_string();
    v = boost::json::object{{"division", boost::json::value_from(x.division)},
                            {"new_dibao_households", x.new_dibao.households},
                            {"new_dibao_persons", x.new_dibao.persons},
                            {"temporary_aid_persons", x.temporary_aid.persons},
                            {"letters", x.letters ? boost::json::value(x.letters->to_string()) : nullptr},
                            {"supplies_issued", std::move(issued)},
                            {"supplies_bought", std::move(bought)},
                            {"persons_screened", x.screened.persons_screened},
                            {"with_epidemic_contact", x.screened.with_epidemic_contact},
                            {"donations_received", x.donations_received.fen()},
                            {"volunteer_person_times", x.volunteer_person_times},
                            {"service_points", x.service_points},
                            {"volunteers", x.volunteers},
                            {"institutions_measured", x.institutions_measured},
                            {"measures", boost::json::value_from(x.measures)},
                            {"restrictions", boost::json::value_from(x.restrictions)}};
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const bulletin& x)
{
    v = boost::json::object{{"city", boost::json::value_from(x.city)},
                            {"covered", boost::json::value_from(x.covered)},
                            {"counties", boost::json::value_from(x.counties)},
                            {"total", boost::json::value_from(x.total)}};
}

/// The documents of a bulletin folder, decoded.
struct bulletin_data {
    roster recipients;
    stock_ledger supplies;
    std::vector<institution> institutions;
    restriction_book restrictions;
    std::vector<screening_record> screenings;
    division_code screening_division = division_code::find(440000).value();
    donation_ledger donations;
    std::vector<volunteer_deployment> deployments;
    std::vector<facility_measure> facility_measures;
    std::vector<finding> findings;  ///< the ledger file's findings, if any

    /// The inputs of make_bulletin, pointing into this object (so not of a temporary: they would dangle).
    bulletin_inputs inputs() const&& = delete;
    [[nodiscard]] bulletin_inputs inputs() const&
    {
        bulletin_inputs in;
        in.recipients = &recipients;
        in.supplies = &supplies;
        in.institutions = &institutions;
        in.restrictions = &restrictions;
        in.screenings = &screenings;
        in.screening_division = screening_division;
        in.donations = &donations;
        in.deployments = &deployments;
        in.facility_measures = &facility_measures;
        return in;
    }
};

namespace detail {
[[nodiscard]] inline result<std::string> read_text(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) return error::unknown_reference;
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace detail

namespace detail {
/// Reads one document of a folder into `into`, its findings under the file's name.
template <class T, class TextOf, class Add>
void read_into(T& into, std::string_view file, TextOf& text_of, Add& add, const read_options& options)
{
    if (auto text = text_of(file)) {
        auto r = read_document<T>(*text, options);
        if (r.value) into = std::move(*r.value);
        add(file, std::move(r.findings));
    }
}
}  // namespace detail

/// Reads `dir`/roster-luoding.json, institutions-xinxing.json, screenings-xinxing.json, supplies.json,
/// donations-yunan.jsonl and activities.json (the bundled sample of examples/data/yunfu-2020-02), each strictly
/// (read_document; the ledger with ledger_from_jsonl). Every finding is placed under its file's name
/// ("/roster-luoding.json/households/0/id"); the data is returned only when no finding is an error, with the
/// warnings in bulletin_data::findings. A file that cannot be opened is DOC-002 on "/<file name>".
[[nodiscard]] inline load_result<bulletin_data> load_bulletin_data(const std::string& dir,
                                                                   const read_options& options = {})
{
    bulletin_data data;
    detail::load_findings out;
    const auto add = [&](std::string_view file, std::vector<finding>&& found) {
        for (auto& f : found) {
            f.path = f.path.under(field_path{} / file);
            out.add(std::move(f));
        }
    };
    const auto text_of = [&](std::string_view file) -> std::optional<std::string> {
        auto text = detail::read_text(dir + "/" + std::string(file));
        if (!text) {
            out.missing(field_path{} / file);
            return std::nullopt;
        }
        return std::move(*text);
    };
    detail::read_into<roster>(data.recipients, "roster-luoding.json", text_of, add, options);
    if (auto text = text_of("institutions-xinxing.json")) {
        auto r = read_document<institutions_document>(*text, options);
        if (r.value) {
            data.institutions = std::move(r.value->institutions);
            data.restrictions = std::move(r.value->restrictions);
        }
        add("institutions-xinxing.json", std::move(r.findings));
    }
    if (auto text = text_of("screenings-xinxing.json")) {
        auto r = read_document<screening_document>(*text, options);
        if (r.value) {
            data.screenings = std::move(r.value->screenings);
            data.screening_division = r.value->division;
        }
        add("screenings-xinxing.json", std::move(r.findings));
    }
    detail::read_into<stock_ledger>(data.supplies, "supplies.json", text_of, add, options);
    if (auto text = text_of("donations-yunan.jsonl")) {
        auto r = ledger_from_jsonl(*text);
        if (r.value) data.donations = std::move(*r.value);
        add("donations-yunan.jsonl", std::move(r.findings));
    }
    if (auto text = text_of("activities.json")) {
        auto r = read_document<activities_document>(*text, options);
        if (r.value) {
            data.deployments = std::move(r.value->deployments);
            data.facility_measures = std::move(r.value->facility_measures);
        }
        add("activities.json", std::move(r.findings));
    }
    load_result<bulletin_data> result;
    const bool failed = out.has_errors();
    data.findings = out.take();
    result.findings = data.findings;
    if (!failed) result.value = std::move(data);
    return result;
}

/// As load_bulletin_data, with the first problem as an error code: `unknown_reference` for a file that cannot be
/// opened, `tampered` for a ledger whose chain does not verify, `invalid_document` for any other error.
[[nodiscard]] inline result<bulletin_data> read_bulletin_data(const std::string& dir)
{
    auto r = load_bulletin_data(dir);
    if (r.value) return std::move(*r.value);
    for (const auto& f : r.findings) {
        if (f.level != severity::error) continue;
        if (f.rule_id == "DOC-002" && f.path.str().find('/', 1) == std::string::npos) return error::unknown_reference;
        if (f.rule_id == "DON-010") return error::tampered;
        return error::invalid_document;
    }
    return error::invalid_document;
}

}  // namespace minzheng
