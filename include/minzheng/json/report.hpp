#pragma once
// JSON for the report layer: volunteer deployments and facility measures convert both ways, a bulletin is written,
// and `read_bulletin_data` loads a folder of the library's documents (a roster, institutions with restrictions,
// screenings, supplies, a donation ledger in JSON Lines, activities) into the inputs of make_bulletin.

#include <minzheng/json/aid.hpp>
#include <minzheng/json/donations.hpp>
#include <minzheng/json/institutions.hpp>
#include <minzheng/json/recipients.hpp>
#include <minzheng/report/bulletin.hpp>

#include <boost/json/parse.hpp>

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

    /// The inputs of make_bulletin, pointing into this object.
    [[nodiscard]] bulletin_inputs inputs() const
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

[[nodiscard]] inline result<boost::json::value> read_json(const std::string& path)
{
    auto text = read_text(path);
    if (!text) return text.error();
    boost::system::error_code ec;
    auto v = boost::json::parse(*text, ec);
    if (ec) return std::error_code(ec);
    return v;
}

template <class T>
[[nodiscard]] result<T> member_as(const boost::json::value& doc, std::string_view key)
{
    const auto* o = doc.if_object();
    const auto* m = o ? o->if_contains(key) : nullptr;
    if (m == nullptr) return error::json_missing_field;
    auto r = boost::json::try_value_to<T>(*m);
    if (!r) return std::error_code(r.error());
    return std::move(*r);
}
}  // namespace detail

/// Reads `dir`/roster-luoding.json, institutions-xinxing.json, screenings-xinxing.json, supplies.json,
/// donations-yunan.jsonl and activities.json (the bundled sample of examples/data/yunfu-2020-02). The first
/// document that cannot be read is the error; a ledger file with findings yields `tampered`.
[[nodiscard]] inline result<bulletin_data> read_bulletin_data(const std::string& dir)
{
    bulletin_data out;
    auto roster_doc = detail::read_json(dir + "/roster-luoding.json");
    if (!roster_doc) return roster_doc.error();
    auto r = boost::json::try_value_to<roster>(*roster_doc);
    if (!r) return std::error_code(r.error());
    out.recipients = std::move(*r);

    auto inst_doc = detail::read_json(dir + "/institutions-xinxing.json");
    if (!inst_doc) return inst_doc.error();
    auto inst = detail::member_as<std::vector<institution>>(*inst_doc, "institutions");
    auto book = detail::member_as<restriction_book>(*inst_doc, "restrictions");
    if (!inst) return inst.error();
    if (!book) return book.error();
    out.institutions = std::move(*inst);
    out.restrictions = std::move(*book);

    auto screen_doc = detail::read_json(dir + "/screenings-xinxing.json");
    if (!screen_doc) return screen_doc.error();
    auto screenings = detail::member_as<std::vector<screening_record>>(*screen_doc, "screenings");
    auto division = detail::member_as<division_code>(*screen_doc, "division");
    if (!screenings) return screenings.error();
    if (!division) return division.error();
    out.screenings = std::move(*screenings);
    out.screening_division = *division;

    auto supplies_doc = detail::read_json(dir + "/supplies.json");
    if (!supplies_doc) return supplies_doc.error();
    auto supplies = boost::json::try_value_to<stock_ledger>(*supplies_doc);
    if (!supplies) return std::error_code(supplies.error());
    out.supplies = std::move(*supplies);

    auto ledger_text = detail::read_text(dir + "/donations-yunan.jsonl");
    if (!ledger_text) return ledger_text.error();
    auto ledger = ledger_from_jsonl(*ledger_text);
    if (!ledger.value) return error::tampered;
    out.donations = std::move(*ledger.value);

    auto activities = detail::read_json(dir + "/activities.json");
    if (!activities) return activities.error();
    auto deployments = detail::member_as<std::vector<volunteer_deployment>>(*activities, "deployments");
    auto measures = detail::member_as<std::vector<facility_measure>>(*activities, "facility_measures");
    if (!deployments) return deployments.error();
    if (!measures) return measures.error();
    out.deployments = std::move(*deployments);
    out.facility_measures = std::move(*measures);
    return out;
}

}  // namespace minzheng
