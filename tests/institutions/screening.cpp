// Tests minzheng/institutions/screening.hpp: the fever threshold's boundary (≥ or > as configured), masks,
// travel and contact within the look-back window, unmeasured temperatures, the daily log (fevers, missing
// records, too few readings), daily and zero reports, and the bulletin's 364 persons screened with no contact.
#include <minzheng/institutions/screening.hpp>

#include "../recipients/support.hpp"
#include "../test_support.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace minzheng;
using minzheng::test::d;

using minzheng::test::rules;
using minzheng::test::xinxing;

namespace {

screening_record at_gate(int temperature, date day = d(2020, 2, 10))
{
    screening_record r;
    r.person = "访客 张某 13812345678";
    r.day = day;
    r.temperature = temperature;
    r.mask = true;
    return r;
}

// A marriage registry unless a kind is given: neither a home nor a relief station.
screening_result run(const screening_record& r, const policy_table& policy = policy_table::national_defaults(),
                     institution_kind kind = institution_kind::marriage_registry)
{
    rule_context c(rules, policy, r.day);
    return screen(r, institution("XX-01", "新兴县某机构", kind, xinxing), c);
}

screening_result at(institution_kind kind, const screening_record& r)
{
    return run(r, policy_table::national_defaults(), kind);
}

std::set<std::string> log_findings(const health_log& log, const period& days, const policy_table& policy)
{
    rule_context c(rules, policy, days.first());
    check_log(log, days, c);
    std::set<std::string> out;
    for (const auto& f : c.take_findings()) out.insert(f.rule_id + " " + f.path.str());
    return out;
}
}  // namespace

TEST_SUITE("institutions.screening")
{
    TEST_CASE("screen: 37.2 ℃ passes, 37.3 ℃ is a fever when equal counts, not when it does not")
    {
        CHECK(run(at_gate(372)).verdict == screening_verdict::admit);
        const auto fever = run(at_gate(373));
        CHECK(fever.verdict == screening_verdict::deny);
        CHECK(fever.reasons == std::vector<std::string>{"INS-111 体温 37.3℃，达到发热标准 37.3℃"});
        const auto defaults = policy_table::national_defaults();
        policy_table strict;
        for (const auto* e : defaults.entries()) {
            if (e->name != "fever_threshold_inclusive") REQUIRE(strict.add(*e).has_value());
        }
        REQUIRE(strict.add({"fever_threshold_inclusive", xinxing, period::from(d(2020, 1, 1)), false, "> 37.3"})
                    .has_value());
        CHECK(run(at_gate(373), strict).verdict == screening_verdict::admit);
        CHECK(run(at_gate(374), strict).verdict == screening_verdict::deny);
    }

    TEST_CASE("screen: no mask or symptoms deny — no temperature refers — a missing threshold refers")
    {
        auto r = at_gate(365);
        r.mask = false;
        CHECK(run(r).verdict == screening_verdict::deny);
        r.mask = true;
        r.symptoms = true;
        CHECK(run(r).verdict == screening_verdict::deny);
        r.symptoms = false;
        r.temperature.reset();
        CHECK(run(r).verdict == screening_verdict::refer);
        CHECK(run(r).reasons[0].starts_with("INS-112"));
        CHECK(run(at_gate(365), policy_table{}).verdict == screening_verdict::refer);
    }

    TEST_CASE("screen: travel to an epidemic area within the look-back window refers and asks for isolation")
    {
        auto r = at_gate(365);
        r.travel.push_back({"武汉", d(2020, 1, 27), true});  // 14 days before 10 February
        const auto within = run(r);
        CHECK(within.verdict == screening_verdict::refer);
        CHECK(within.isolation_required);
        CHECK(within.referred_to == "隔离观察区");
        // 14 days' isolation from the day screened, 10 to 23 February: in from the 24th (as isolation_period).
        CHECK(within.living_area_from == d(2020, 2, 24));
        r.travel[0].on = d(2020, 1, 26);  // 15 days: outside a 14-day window
        CHECK(run(r).verdict == screening_verdict::admit);
        r.travel[0].epidemic_area = false;
        r.contact_with_epidemic_area = true;
        CHECK(run(r).verdict == screening_verdict::refer);
    }

    TEST_CASE("screen by kind: a home keeps recent contact out — a relief station refers everyone, saying where")
    {
        auto r = at_gate(365);
        r.travel.push_back({"武汉", d(2020, 1, 27), true});
        // 养老机构 / 儿童福利院: contact within the window denies entry; the day after the window it admits.
        for (const auto kind : {institution_kind::elderly_care, institution_kind::child_welfare}) {
            const auto home = at(kind, r);
            CHECK(home.verdict == screening_verdict::deny);
            CHECK_FALSE(home.isolation_required);
        }
        auto outside = r;
        outside.travel[0].on = d(2020, 1, 26);
        CHECK(at(institution_kind::elderly_care, outside).verdict == screening_verdict::admit);

        // 救助管理站: never turned away. Contact refers to isolation, a fever to a fever clinic (the most urgent
        // referral wins), no mask to a mask at the gate, no temperature to a measurement.
        const auto contact = at(institution_kind::relief_station, r);
        CHECK(contact.verdict == screening_verdict::refer);
        CHECK(contact.referred_to == "隔离观察区");
        CHECK(contact.isolation_required);
        auto fever = r;
        fever.temperature = 385;
        fever.mask = false;
        const auto sick = at(institution_kind::relief_station, fever);
        CHECK(sick.verdict == screening_verdict::refer);
        CHECK(sick.referred_to == "医疗机构发热门诊");
        CHECK(sick.reasons.size() == 3);
        CHECK(at(institution_kind::elderly_care, fever).verdict == screening_verdict::deny);
        auto no_mask = at_gate(365);
        no_mask.mask = false;
        CHECK(at(institution_kind::relief_station, no_mask).verdict == screening_verdict::refer);
        CHECK(at(institution_kind::relief_station, no_mask).referred_to == "入口发放口罩后进入");
        auto unmeasured = at_gate(365);
        unmeasured.temperature.reset();
        for (const auto kind : {institution_kind::relief_station, institution_kind::elderly_care}) {
            const auto result = at(kind, unmeasured);  // no temperature is never an admission
            CHECK(result.verdict == screening_verdict::refer);
            CHECK(result.referred_to == "入口补测体温");
        }
    }

    TEST_CASE("screen by kind: look-back days and the fever comparison set per kind, the plain value elsewhere")
    {
        auto policy = policy_table::national_defaults();
        REQUIRE(policy
                    .add({"contact_lookback_days@elderly_care", xinxing, period::from(d(2020, 2, 7)), std::int64_t{15},
                          "养老机构指南第二版"})
                    .has_value());
        REQUIRE(policy
                    .add({"fever_threshold_inclusive@relief_station", xinxing, period::from(d(2020, 1, 1)), false,
                          "> 37.3"})
                    .has_value());
        auto r = at_gate(365);
        r.travel.push_back({"武汉", d(2020, 1, 26), true});  // 15 days before 10 February
        CHECK(run(r, policy, institution_kind::elderly_care).verdict == screening_verdict::deny);
        CHECK(run(r, policy, institution_kind::child_welfare).verdict == screening_verdict::admit);  // 14 days
        r.travel[0].on = d(2020, 1, 25);  // 16 days: outside the home's 15
        CHECK(run(r, policy, institution_kind::elderly_care).verdict == screening_verdict::admit);
        // Equal to 37.3 ℃: a fever at a home (≥), not at the station (>); 37.4 ℃ is one at both.
        CHECK(run(at_gate(373), policy, institution_kind::elderly_care).verdict == screening_verdict::deny);
        CHECK(run(at_gate(373), policy, institution_kind::relief_station).verdict == screening_verdict::admit);
        CHECK(run(at_gate(374), policy, institution_kind::relief_station).referred_to == "医疗机构发热门诊");
        // A scope that names no kind, or a parameter not set per kind, is an unknown parameter.
        CHECK(
            policy
                .add({"contact_lookback_days@nursing_home", xinxing, period::from(d(2020, 1, 1)), std::int64_t{15}, ""})
                .error() == error::unknown_parameter);
        CHECK(policy.add({"public_notice_days@elderly_care", xinxing, period::from(d(2020, 1, 1)), std::int64_t{7}, ""})
                  .error() == error::unknown_parameter);
        CHECK(
            policy.add({"contact_lookback_days@", xinxing, period::from(d(2020, 1, 1)), std::int64_t{7}, ""}).error() ==
            error::unknown_parameter);
    }

    TEST_CASE("screen by kind: every institution kind is a scope a parameter may name, and nothing else is")
    {
        std::vector<std::string_view> kinds;
        for (const auto& k : detail::institution_kind_names) kinds.push_back(k.name);
        CHECK(kinds ==
              std::vector<std::string_view>(std::begin(institution_kind_scopes), std::end(institution_kind_scopes)));
    }

    TEST_CASE("health log: fevers, missing days, too few readings, screenings without a temperature")
    {
        health_log log{"XX-JLY-01", xinxing, {"院民甲", "护理员乙"}, {}, {}};
        log.readings = {
            {"院民甲", d(2020, 2, 10), 365}, {"护理员乙", d(2020, 2, 10), 373}, {"院民甲", d(2020, 2, 11), 366}};
        log.screenings.push_back(at_gate(366, d(2020, 2, 11)));
        log.screenings.back().temperature.reset();
        const auto policy = policy_table::national_defaults();
        const auto days = period::make(d(2020, 2, 10), d(2020, 2, 11)).value();
        CHECK(log_findings(log, days, policy) == std::set<std::string>{"INS-020 /readings/1/temperature",
                                                                       "INS-021 /people/1",
                                                                       "INS-022 /screenings/0/temperature"});
        auto twice = policy;
        REQUIRE(
            twice.add({"temperature_checks_per_day", xinxing, period::from(d(2020, 2, 1)), std::int64_t{2}, "每日两次"})
                .has_value());
        const auto strict = log_findings(log, period::make(d(2020, 2, 10), d(2020, 2, 10)).value(), twice);
        CHECK(strict.count("INS-023 /people/0") == 1);
        CHECK(strict.count("INS-023 /people/1") == 1);
    }

    TEST_CASE("daily report: a zero report when nobody has a fever or contact")
    {
        health_log log{"XX-JLY-01", xinxing, {"院民甲", "护理员乙"}, {}, {}};
        log.readings = {{"院民甲", d(2020, 2, 10), 365}, {"护理员乙", d(2020, 2, 10), 366}};
        const auto policy = policy_table::national_defaults();
        rule_context c(rules, policy, d(2020, 2, 10));
        auto report = make_daily_report(log, d(2020, 2, 10), c);
        CHECK(report.persons == 2);
        CHECK(report.measured == 2);
        CHECK(report.missing == 0);
        CHECK(report.zero_report());
        log.readings[1].temperature = 380;
        report = make_daily_report(log, d(2020, 2, 10), c);
        CHECK(report.fevers == 1);
        CHECK_FALSE(report.zero_report());
        CHECK(make_daily_report(log, d(2020, 2, 11), c).missing == 2);
    }

    TEST_CASE("summary: 364 persons of 新兴县's homes screened, none with contact with an epidemic area")
    {
        std::vector<screening_record> records;
        for (int i = 0; i < 364; ++i) {
            auto r = at_gate(360 + i % 10, d(2020, 1, 27 + i % 5));
            r.person = "XX-" + std::to_string(i);
            records.push_back(r);
            if (i % 3 == 0) records.push_back(r);  // screened again another day: still one person
        }
        const auto days = period::make(d(2020, 1, 27), d(2020, 2, 10)).value();
        CHECK(summarize(records, days) == screening_summary{364, 0});
        records[5].travel.push_back({"武汉", d(2020, 1, 20), true});
        CHECK(summarize(records, days).with_epidemic_contact == 1);
        CHECK(summarize(records, period::make(d(2020, 3, 1), d(2020, 3, 2)).value()) == screening_summary{});
    }
}
