#pragma once
// 入口检查与健康监测 — entry screening (一量体温、二戴口罩、三问行程) and the daily health log of residents and
// staff: temperatures once or twice a day, fevers, missing records, the daily and zero reports (日报告、零报告),
// and the summary a bulletin gives (persons screened, persons with contact with an epidemic area).
// Thresholds are parameters: fever_threshold_decicelsius and whether equal counts (fever_threshold_inclusive),
// contact_lookback_days, quarantine_days, temperature_checks_per_day; the first four may be set per kind of
// institution ("contact_lookback_days@relief_station"), since the guides for homes and stations differ.

#include <minzheng/core/date.hpp>
#include <minzheng/core/division_code.hpp>
#include <minzheng/core/resident_id.hpp>
#include <minzheng/institutions/institution.hpp>
#include <minzheng/rules/context.hpp>

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace minzheng {

/// A place visited, for the travel history.
struct travel_entry {
    std::string place;
    date on;
    bool epidemic_area = false;  ///< a place classed as an epidemic (medium or high risk) area then

    friend bool operator==(const travel_entry&, const travel_entry&) = default;
};

/// 入口检查记录 — one screening at an entrance.
struct screening_record {
    std::string person;  ///< a resident id, or a name and phone for visitors without one
    date day;
    std::optional<int> temperature;  ///< in 0.1 ℃ (373 = 37.3 ℃); nullopt: not measured
    bool mask = false;
    std::vector<travel_entry> travel;
    bool contact_with_epidemic_area = false;  ///< contact with persons from an epidemic area (look-back window)
    bool symptoms = false;                    ///< fever, cough, fatigue reported

    friend bool operator==(const screening_record&, const screening_record&) = default;
};

/// The screening's answer.
enum class screening_verdict { admit, deny, refer };

struct screening_result {
    screening_verdict verdict = screening_verdict::admit;
    std::vector<std::string> reasons;  ///< each with the rule id, e.g. "INS-111 体温 37.5℃ ≥ 37.3℃"
    bool isolation_required = false;
    std::optional<date> living_area_from;  ///< when isolation is required: the first day after it
    /// Where a referred person goes: 医疗机构发热门诊 for a fever or symptoms, 隔离观察区 for recent contact, ...
    /// (the most urgent one when several apply).
    std::optional<std::string> referred_to;
};

/// True for the kinds where people live (养老机构, 特困供养设施, 儿童福利院, 未成年人救助保护机构, 福利服务中心,
/// 精神卫生福利机构): there, contact within the look-back window keeps a person out.
[[nodiscard]] constexpr bool is_residential(institution_kind k) noexcept
{
    switch (k) {
    case institution_kind::elderly_care:
    case institution_kind::tekun_support:
    case institution_kind::child_welfare:
    case institution_kind::minor_protection:
    case institution_kind::welfare_service_centre:
    case institution_kind::mental_health_welfare: return true;
    case institution_kind::relief_station:
    case institution_kind::funeral_home:
    case institution_kind::marriage_registry:
    case institution_kind::other: return false;
    }
    return false;
}

/// Screens one person at the entrance of `at` on the record's day (民政部 养老机构 and 救助管理机构 epidemic guides,
/// 2020). No temperature measured is never an admission: `refer` to be measured (INS-112). Elsewhere than a relief
/// station a fever or symptoms deny (INS-111), no mask denies (INS-113), and recent travel or contact within the
/// look-back window (INS-114) denies at a residential kind (is_residential) and refers with `quarantine_days` of
/// isolation elsewhere. A relief station (救助管理站) turns nobody away: each of those is `refer`, and
/// `referred_to` says where (fever clinic, isolation area, a mask issued at the gate). The parameters are looked up
/// for the institution's kind first ("name@kind"), then plainly, in its division.
[[nodiscard]] screening_result screen(const screening_record& r, const institution& at, rule_context& c);

/// A temperature reading of the daily log.
struct temperature_reading {
    std::string person;
    date day;
    int temperature = 0;  ///< 0.1 ℃

    friend bool operator==(const temperature_reading&, const temperature_reading&) = default;
};

/// 健康监测台账 — an institution's daily health log.
struct health_log {
    std::string institution_id;
    division_code division;
    std::vector<std::string> people;  ///< residents and staff who must be measured every day
    std::vector<temperature_reading> readings;
    std::vector<screening_record> screenings;

    friend bool operator==(const health_log&, const health_log&) = default;
};

/// Every finding of the log for the days of `days`: a fever (INS-020), a person without a reading on a day
/// (INS-021), a screening without a temperature (INS-022), fewer readings than temperature_checks_per_day
/// (INS-023).
void check_log(const health_log& log, const period& days, rule_context& c);

/// 日报告 — the day's report; a zero report (零报告) when nothing is to report.
struct daily_report {
    date day;
    std::size_t persons = 0;
    std::size_t measured = 0;
    std::size_t fevers = 0;
    std::size_t missing = 0;
    std::size_t epidemic_contacts = 0;
    [[nodiscard]] bool zero_report() const noexcept { return fevers == 0 && epidemic_contacts == 0; }
};

[[nodiscard]] daily_report make_daily_report(const health_log& log, date day, rule_context& c);

/// The bulletin's summary: distinct persons screened, and how many had contact with an epidemic area.
struct screening_summary {
    std::size_t persons_screened = 0;
    std::size_t with_epidemic_contact = 0;

    friend bool operator==(const screening_summary&, const screening_summary&) = default;
};

[[nodiscard]] screening_summary summarize(const std::vector<screening_record>& records, const period& days);

// ---- implementation --------------------------------------------------------------------------------------

namespace detail {

[[nodiscard]] inline std::string celsius(int deci)
{
    return std::to_string(deci / 10) + '.' + std::to_string((deci < 0 ? -deci : deci) % 10) + "℃";
}

/// True when `t` is a fever by the parameters in force; nullopt when a parameter is missing (POL-002 reported).
[[nodiscard]] inline std::optional<bool> is_fever(int t, division_code where, rule_context& c, const field_path& path)
{
    const auto threshold = c.value<std::int64_t>("fever_threshold_decicelsius", where, path);
    const auto inclusive = c.value<bool>("fever_threshold_inclusive", where, path);
    if (!threshold || !inclusive) return std::nullopt;
    return *inclusive ? t >= *threshold : t > *threshold;
}

[[nodiscard]] inline bool recent_contact(const screening_record& r, std::int64_t lookback)
{
    if (r.contact_with_epidemic_area) return true;
    for (const auto& t : r.travel) {
        if (t.epidemic_area && t.on <= r.day && (r.day - t.on).days() <= lookback) return true;
    }
    return false;
}

}  // namespace detail

inline screening_result screen(const screening_record& r, const institution& at, rule_context& c)
{
    screening_result out;
    const auto where = at.division;
    const bool station = at.kind == institution_kind::relief_station;
    const auto name = [&](std::string_view n) { return detail::scoped_parameter(n, at.kind, c, where); };
    const auto path = field_path{} / "temperature";
    const auto threshold_name = name("fever_threshold_decicelsius");
    const auto inclusive_name = name("fever_threshold_inclusive");
    const auto threshold = c.value<std::int64_t>(threshold_name, where, path);
    const auto inclusive = c.value<bool>(inclusive_name, where, path);
    const auto lookback = c.value<std::int64_t>(name("contact_lookback_days"), where, field_path{} / "travel");
    const auto quarantine = c.value<std::int64_t>(name("quarantine_days"), where, field_path{} / "travel");
    // Referral targets by urgency: a fever clinic before an isolation area before a measurement or a mask.
    int urgency = 0;
    const auto refer = [&](std::string why, int level = 0, std::string_view to = {}) {
        if (out.verdict == screening_verdict::admit) out.verdict = screening_verdict::refer;
        out.reasons.push_back(std::move(why));
        if (!to.empty() && (!out.referred_to || level > urgency)) {
            out.referred_to = std::string(to);
            urgency = level;
        }
    };
    // At a relief station nobody is turned away: what denies elsewhere refers there, to `to`.
    const auto deny = [&](std::string why, int level, std::string_view to) {
        if (station) return refer(std::move(why), level, to);
        out.verdict = screening_verdict::deny;
        out.reasons.push_back(std::move(why));
    };
    if (!r.temperature) {
        refer("INS-112 未测体温", 1, "入口补测体温");
    } else if (!threshold || !inclusive) {
        refer("POL-002 发热阈值未设置", 1, "入口补测体温");
    } else if (*inclusive ? *r.temperature >= *threshold : *r.temperature > *threshold) {
        deny("INS-111 体温 " + detail::celsius(*r.temperature) + "，达到发热标准 " +
                 detail::celsius(static_cast<int>(*threshold)),
             3, "医疗机构发热门诊");
    }
    if (!r.mask) deny("INS-113 未佩戴口罩", 0, "入口发放口罩后进入");
    if (r.symptoms) deny("INS-111 有可疑症状", 3, "医疗机构发热门诊");
    if (!lookback) {
        refer("POL-002 行程回溯天数未设置");
    } else if (detail::recent_contact(r, *lookback)) {
        const auto why = "INS-114 " + std::to_string(*lookback) + " 天内到过疫区或有接触史";
        if (is_residential(at.kind)) {
            deny(why, 2, "隔离观察区");
        } else {
            refer(why, 2, "隔离观察区");
        }
        if (out.verdict != screening_verdict::deny) {
            out.isolation_required = true;
            // Isolated from the day screened, `quarantine` days: in from the day after the last (isolation_period).
            if (quarantine) out.living_area_from = r.day + boost::gregorian::days(*quarantine);
        }
    }
    return out;
}

inline void check_log(const health_log& log, const period& days, rule_context& c)
{
    const auto per_day = c.value<std::int64_t>("temperature_checks_per_day", log.division, field_path{} / "readings");
    for (std::size_t i = 0; i < log.readings.size(); ++i) {
        const auto& r = log.readings[i];
        if (!days.contains(r.day)) continue;
        const auto path = field_path{} / "readings" / i / "temperature";
        if (const auto fever = detail::is_fever(r.temperature, log.division, c, path); fever && *fever)
            c.report("INS-020", path, {r.person, minzheng::to_iso_string(r.day), detail::celsius(r.temperature)});
    }
    const auto last = days.last().value_or(c.on());
    for (auto day = days.first(); day <= last; day += boost::gregorian::days(1)) {
        for (std::size_t p = 0; p < log.people.size(); ++p) {
            std::int64_t n = 0;
            for (const auto& r : log.readings) n += (r.person == log.people[p] && r.day == day) ? 1 : 0;
            if (n == 0) {
                c.report("INS-021", field_path{} / "people" / p, {log.people[p], minzheng::to_iso_string(day)});
            } else if (per_day && n < *per_day) {
                c.report("INS-023", field_path{} / "people" / p,
                         {log.people[p], minzheng::to_iso_string(day), std::to_string(n), std::to_string(*per_day)});
            }
        }
    }
    for (std::size_t i = 0; i < log.screenings.size(); ++i) {
        const auto& s = log.screenings[i];
        if (days.contains(s.day) && !s.temperature)
            c.report("INS-022", field_path{} / "screenings" / i / "temperature",
                     {s.person, minzheng::to_iso_string(s.day)});
    }
}

inline daily_report make_daily_report(const health_log& log, date day, rule_context& c)
{
    daily_report out;
    out.day = day;
    out.persons = log.people.size();
    std::set<std::string> measured;
    std::set<std::string> fevers;
    for (const auto& r : log.readings) {
        if (r.day != day) continue;
        measured.insert(r.person);
        if (const auto f = detail::is_fever(r.temperature, log.division, c, field_path{} / "readings"); f && *f)
            fevers.insert(r.person);
    }
    out.measured = measured.size();
    out.fevers = fevers.size();
    for (const auto& p : log.people) out.missing += measured.count(p) ? 0 : 1;
    const auto lookback = c.value<std::int64_t>("contact_lookback_days", log.division, field_path{} / "screenings");
    for (const auto& s : log.screenings) {
        if (s.day == day && lookback && detail::recent_contact(s, *lookback)) ++out.epidemic_contacts;
    }
    return out;
}

inline screening_summary summarize(const std::vector<screening_record>& records, const period& days)
{
    std::set<std::string> screened;
    std::set<std::string> contact;
    for (const auto& r : records) {
        if (!days.contains(r.day)) continue;
        screened.insert(r.person);
        bool any = r.contact_with_epidemic_area;
        for (const auto& t : r.travel) any = any || t.epidemic_area;
        if (any) contact.insert(r.person);
    }
    return {screened.size(), contact.size()};
}

}  // namespace minzheng
