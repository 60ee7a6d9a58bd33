#pragma once
// 工作简报 — the bulletin a city bureau compiles from its county bureaus, with every figure computed from the
// data: relief inclusions, temporary aid, letters and supplies handed out, persons screened, restrictions in
// force, volunteer deployments, donations received. Roll-ups: each county, and the city as the sum of its counties.
// Layer: report (reads every domain module, changes none).

#include <minzheng/aid/stock.hpp>
#include <minzheng/core/date.hpp>
#include <minzheng/core/division_code.hpp>
#include <minzheng/core/money.hpp>
#include <minzheng/core/quantity.hpp>
#include <minzheng/donations/ledger.hpp>
#include <minzheng/institutions/institution.hpp>
#include <minzheng/institutions/restriction.hpp>
#include <minzheng/institutions/screening.hpp>
#include <minzheng/recipients/roster.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace minzheng {

/// 志愿服务 — a volunteer deployment: person-times over a period, at service points, or a number of volunteers.
struct volunteer_deployment {
    division_code division;
    period during;
    int person_times = 0;
    int service_points = 0;
    int volunteers = 0;
    std::string description;

    friend bool operator==(const volunteer_deployment&, const volunteer_deployment&) = default;
};

/// A measure taken at facilities (cleaning and disinfection of 8 nursing homes, closed management of all homes).
struct facility_measure {
    division_code division;
    period during;
    int institutions = 0;  ///< how many institutions, where the bulletin counts them
    std::string description;

    friend bool operator==(const facility_measure&, const facility_measure&) = default;
};

/// What the bulletin reads. Every pointer may be null when a county sent no such data.
struct bulletin_inputs {
    const roster* recipients = nullptr;
    const stock_ledger* supplies = nullptr;
    const std::vector<institution>* institutions = nullptr;
    const restriction_book* restrictions = nullptr;
    const std::vector<screening_record>* screenings = nullptr;
    division_code screening_division = division_code::find(440000).value();  ///< where the screenings were held
    const donation_ledger* donations = nullptr;
    const std::vector<volunteer_deployment>* deployments = nullptr;
    const std::vector<facility_measure>* facility_measures = nullptr;
    std::string letter_item = "致社会救助对象的一封信";
};

/// One county's figures.
struct county_figures {
    explicit county_figures(division_code d) : division(d) {}

    division_code division;
    inclusion_count new_dibao;
    inclusion_count temporary_aid;
    std::optional<quantity> letters;                  ///< letters to recipients handed out
    std::map<std::string, quantity> supplies_issued;  ///< item → amount issued to institutions and persons
    std::map<std::string, quantity> supplies_bought;  ///< item → amount purchased
    screening_summary screened;
    money donations_received;
    int volunteer_person_times = 0;
    int service_points = 0;
    int volunteers = 0;
    int institutions_measured = 0;
    std::vector<std::string> measures;      ///< facility measures in words
    std::vector<std::string> restrictions;  ///< restriction announcements in force, with their dates
};

/// 简报 — the bulletin: the counties and the city's totals.
struct bulletin {
    division_code city;
    period covered;
    std::vector<county_figures> counties;  ///< in division code order
    county_figures total;                  ///< the city: the sum of its counties
};

/// Computes the bulletin of `city` for `covered` from the inputs; counties are the county-level divisions of the
/// city that appear in any input.
[[nodiscard]] bulletin make_bulletin(const bulletin_inputs& in, division_code city, const period& covered);

/// The bulletin as Chinese Markdown, every figure from the data.
[[nodiscard]] std::string render_markdown(const bulletin& b);

// ---- implementation --------------------------------------------------------------------------------------

namespace detail {

/// The county-level division a holder name or institution belongs to, by the county names in the table.
[[nodiscard]] inline std::optional<division_code> county_named_in(std::string_view text, division_code city)
{
    for (const auto& row : data::divisions) {
        const auto d = division_code::find(row.code);
        if (!d || d->level() != division_level::county || !d->is_within(city) || d->is_historical()) continue;
        auto name = std::string(d->name());
        // "新兴县民政局" names 新兴县; a bureau may also drop the 县/区/市 suffix.
        if (text.find(name) != std::string_view::npos) return d;
    }
    return std::nullopt;
}

inline void add_quantity(std::map<std::string, quantity>& m, const std::string& item, const quantity& q)
{
    const auto it = m.find(item);
    if (it == m.end()) {
        m.emplace(item, q);
    } else if (auto sum = it->second.plus(q)) {
        it->second = *sum;
    }
}

/// Adds `q` to an optional running amount (an amount past the quantity range is left as it was).
inline void add_to(std::optional<quantity>& slot, const quantity& q)
{
    if (!slot) {
        slot = q;
    } else if (auto sum = slot->plus(q)) {
        slot = *sum;
    }
}

inline void add_into(county_figures& total, const county_figures& c)
{
    total.new_dibao.households += c.new_dibao.households;
    total.new_dibao.persons += c.new_dibao.persons;
    total.temporary_aid.persons += c.temporary_aid.persons;
    if (c.letters) add_to(total.letters, *c.letters);
    for (const auto& [item, q] : c.supplies_issued) add_quantity(total.supplies_issued, item, q);
    for (const auto& [item, q] : c.supplies_bought) add_quantity(total.supplies_bought, item, q);
    total.screened.persons_screened += c.screened.persons_screened;
    total.screened.with_epidemic_contact += c.screened.with_epidemic_contact;
    total.donations_received += c.donations_received;
    total.volunteer_person_times += c.volunteer_person_times;
    total.service_points += c.service_points;
    total.volunteers += c.volunteers;
    total.institutions_measured += c.institutions_measured;
}

}  // namespace detail

inline bulletin make_bulletin(const bulletin_inputs& in, division_code city, const period& covered)
{
    std::map<division_code, county_figures> counties;
    const auto county = [&](division_code d) -> county_figures& {
        auto it = counties.find(d);
        if (it == counties.end()) it = counties.emplace(d, county_figures(d)).first;
        return it->second;
    };
    const auto within = [&](division_code d) { return d.is_within(city) && d.level() == division_level::county; };

    if (in.recipients) {
        std::map<division_code, bool> seen;
        for (const auto& f : in.recipients->cases) seen[f.division] = true;
        for (const auto& [d, _] : seen) {
            if (!within(d)) continue;
            county(d).new_dibao = newly_included(*in.recipients, assistance_category::dibao, d, covered);
            county(d).temporary_aid =
                newly_included(*in.recipients, assistance_category::temporary_assistance, d, covered);
        }
    }
    if (in.supplies) {
        for (const auto& m : in.supplies->movements()) {
            const auto d = detail::county_named_in(m.holder, city);
            if (!d || !covered.contains(m.on) || in.supplies->movements().empty()) continue;
            const bool reversed =
                std::any_of(in.supplies->movements().begin(), in.supplies->movements().end(),
                            [&](const stock_movement& x) { return x.reverses && *x.reverses == m.id; });
            if (reversed) continue;
            auto& c = county(*d);
            if (m.kind == movement_kind::issue) {
                if (m.item == in.letter_item) {
                    detail::add_to(c.letters, m.amount);
                } else {
                    detail::add_quantity(c.supplies_issued, m.item, m.amount);
                }
            } else if (m.kind == movement_kind::purchase && m.item != in.letter_item) {
                detail::add_quantity(c.supplies_bought, m.item, m.amount);
            }
        }
    }
    if (in.screenings && within(in.screening_division))
        county(in.screening_division).screened = summarize(*in.screenings, covered);
    if (in.donations) {
        std::map<division_code, bool> seen;
        for (const auto& e : in.donations->entries()) {
            if (e.division) seen[*e.division] = true;
        }
        for (const auto& [d, _] : seen) {
            if (within(d)) county(d).donations_received = in.donations->received_total(covered, d);
        }
    }
    if (in.deployments) {
        for (const auto& v : *in.deployments) {
            if (!within(v.division) || !covered.overlaps(v.during)) continue;
            auto& c = county(v.division);
            c.volunteer_person_times += v.person_times;
            c.service_points += v.service_points;
            c.volunteers += v.volunteers;
        }
    }
    if (in.facility_measures) {
        for (const auto& m : *in.facility_measures) {
            if (!within(m.division) || !covered.overlaps(m.during)) continue;
            auto& c = county(m.division);
            c.institutions_measured += m.institutions;
            c.measures.push_back(m.institutions > 0 ? std::to_string(m.institutions) + " 家" + m.description
                                                    : m.description);
        }
    }
    if (in.restrictions && in.institutions) {
        for (const auto& p : in.restrictions->policies) {
            if (!covered.overlaps(p.in_force)) continue;
            std::optional<division_code> d;
            for (const auto& i : *in.institutions) {
                if (p.scope.covers(i) && within(i.division)) d = i.division;
            }
            if (!d) continue;
            auto text = to_chinese_string(p.source.issued) + " " + p.source.number;
            auto& list = county(*d).restrictions;
            if (std::find(list.begin(), list.end(), text) == list.end()) list.push_back(std::move(text));
        }
    }
    bulletin b{city, covered, {}, county_figures(city)};
    for (auto& [d, c] : counties) {
        detail::add_into(b.total, c);
        b.counties.push_back(std::move(c));
    }
    return b;
}

inline std::string render_markdown(const bulletin& b)
{
    std::string out = "# " + std::string(b.city.name()) + "民政系统疫情防控工作简报\n\n";
    out += "统计期间：" + to_chinese_string(b.covered.first()) + "至" +
           (b.covered.last() ? to_chinese_string(*b.covered.last()) : std::string("今")) + "\n\n";
    for (const auto& c : b.counties) {
        out += "## " + std::string(c.division.name()) + "民政局\n\n";
        if (c.letters) out += "- 印发《致社会救助对象的一封信》" + c.letters->to_string() + "，发放到救助对象手中。\n";
        for (const auto& [item, q] : c.supplies_bought) out += "- 采购" + item + " " + q.to_string() + "。\n";
        for (const auto& [item, q] : c.supplies_issued)
            out += "- 向敬老院、福利中心派发" + item + " " + q.to_string() + "。\n";
        if (c.new_dibao.households > 0)
            out += "- 将 " + std::to_string(c.new_dibao.households) + " 户 " + std::to_string(c.new_dibao.persons) +
                   " 人纳入低保救助。\n";
        if (c.temporary_aid.persons > 0) out += "- 给予 " + std::to_string(c.temporary_aid.persons) + " 人临时救助。\n";
        if (c.screened.persons_screened > 0)
            out += "- 在院服务对象和工作人员共 " + std::to_string(c.screened.persons_screened) + " 人均已排查，" +
                   (c.screened.with_epidemic_contact == 0
                        ? std::string("未发现有接触来自疫区人员")
                        : "其中 " + std::to_string(c.screened.with_epidemic_contact) + " 人有疫区接触史") +
                   "。\n";
        for (const auto& r : c.restrictions) out += "- 限制措施：" + r + "。\n";
        for (const auto& m : c.measures) out += "- " + m + "。\n";
        if (c.volunteer_person_times > 0)
            out += "- 志愿服务 " + std::to_string(c.volunteer_person_times) + " 人次，服务点 " +
                   std::to_string(c.service_points) + " 个。\n";
        if (c.volunteers > 0) out += "- 组织志愿者 " + std::to_string(c.volunteers) + " 人。\n";
        if (!c.donations_received.is_zero())
            out += "- 共接收社会各界人士自发捐赠款物共计" + c.donations_received.to_wan_string(1) + "。\n";
        out += "\n";
    }
    const auto& t = b.total;
    out += "## 全市合计\n\n";
    out += "- 新纳入低保 " + std::to_string(t.new_dibao.households) + " 户 " + std::to_string(t.new_dibao.persons) +
           " 人，临时救助 " + std::to_string(t.temporary_aid.persons) + " 人。\n";
    if (t.letters) out += "- 发放《致社会救助对象的一封信》" + t.letters->to_string() + "。\n";
    out += "- 排查在院人员 " + std::to_string(t.screened.persons_screened) + " 人；接收捐赠款物 " +
           t.donations_received.to_wan_string(1) + "。\n";
    return out;
}

}  // namespace minzheng
