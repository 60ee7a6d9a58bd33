// Tests minzheng/institutions/restriction.hpp: every measure alone, measures in combination (two overlapping
// policies, one ending while the other goes on), the first and last day of a policy, lifting by a later
// announcement, risk levels changing the answer, and the bulletin's facts (新兴县's "三个暂缓", marriage
// registration suspended by announcements of 29 January, 2 and 9 February, the three-step check at the funeral
// home and relief station, at most 2 persons per window transaction in 云城区).
#include <minzheng/institutions/restriction.hpp>

#include "../recipients/support.hpp"
#include "../test_support.hpp"

#include <doctest/doctest.h>
#include <limits>

using namespace minzheng;
using minzheng::test::d;

using minzheng::test::rules;
using minzheng::test::xinxing;
using minzheng::test::yuncheng;

namespace {
const policy_table national = policy_table::national_defaults();

policy_scope by_kind(institution_kind k, std::optional<division_code> within = {})
{
    policy_scope s;
    s.type = policy_scope::by::kind;
    s.kind = k;
    s.division = within;
    return s;
}
policy_scope by_division(division_code where)
{
    policy_scope s;
    s.type = policy_scope::by::division;
    s.division = where;
    return s;
}
policy_scope by_institution(std::string id)
{
    policy_scope s;
    s.type = policy_scope::by::institution;
    s.institution_id = std::move(id);
    return s;
}

institution home()
{
    return {"XX-JLY-01", "新兴县中心敬老院", institution_kind::elderly_care, xinxing};
}

restriction_policy three_deferrals(period p)
{
    restriction_policy r("XX-2020-01", by_kind(institution_kind::elderly_care, xinxing), p,
                         {"新兴县民政局", "临时出入限制（三个暂缓）告示", d(2020, 1, 27)});
    r.measures = {{measure_kind::admissions_suspended, std::nullopt, {access_exception::family_cannot_care}, ""},
                  {measure_kind::visits_suspended, std::nullopt, {}, ""},
                  {measure_kind::outings_suspended, std::nullopt, {}, ""}};
    return r;
}

decision admit(const restriction_book& b, date on, entry_request r = {})
{
    r.role = entry_request::who::new_resident;
    rule_context c(rules, national, on);
    return b.may_admit(home(), on, r, c);
}
decision visit(const restriction_book& b, date on)
{
    rule_context c(rules, national, on);
    return b.may_visit(home(), on, c);
}
decision go_out(const restriction_book& b, date on)
{
    rule_context c(rules, national, on);
    return b.may_go_out(home(), on, c);
}
}  // namespace

TEST_SUITE("institutions.restriction")
{
    TEST_CASE("三个暂缓: no admissions, visits or outings, from the first to the last day of the policy")
    {
        restriction_book b;
        b.policies.push_back(three_deferrals(period::make(d(2020, 1, 27), d(2020, 3, 31)).value()));
        CHECK(admit(b, d(2020, 1, 26)).outcome == verdict::allow);  // the day before
        const auto first_day = admit(b, d(2020, 1, 27));
        CHECK(first_day.outcome == verdict::deny);
        CHECK(first_day.policy_id == "XX-2020-01");
        CHECK(first_day.rule_id == "INS-101");
        CHECK(first_day.reason_en.starts_with("admissions suspended (新兴县民政局"));
        CHECK(visit(b, d(2020, 3, 31)).outcome == verdict::deny);  // the last day
        CHECK(visit(b, d(2020, 3, 31)).rule_id == "INS-102");
        CHECK(go_out(b, d(2020, 2, 10)).rule_id == "INS-103");
        CHECK(visit(b, d(2020, 4, 1)).outcome == verdict::allow);  // the day after
        // Another kind of institution in the county is not covered.
        const institution registry("XX-HY", "新兴县婚姻登记处", institution_kind::marriage_registry, xinxing);
        rule_context c(rules, national, d(2020, 2, 10));
        CHECK(b.may_visit(registry, d(2020, 2, 10), c).outcome == verdict::allow);
    }

    TEST_CASE("admissions: the exception classes the policy allows are admitted after isolation")
    {
        restriction_book b;
        auto p = three_deferrals(period::from(d(2020, 1, 27)));
        p.measures.push_back({measure_kind::isolation_before_entry, std::nullopt, {}, ""});
        b.policies.push_back(p);
        entry_request family;
        family.exception = access_exception::family_cannot_care;
        const auto pending = admit(b, d(2020, 2, 10), family);
        CHECK(pending.outcome == verdict::allow_with_conditions);
        REQUIRE(pending.conditions.size() == 1);
        CHECK(pending.conditions[0] == "先隔离观察 14 天无异常后方可进入生活区");
        family.isolation = isolation_period{d(2020, 2, 10), 14};
        CHECK(admit(b, d(2020, 2, 24), family).outcome == verdict::allow);
        family.symptoms = true;
        CHECK(admit(b, d(2020, 2, 24), family).outcome == verdict::deny);
        entry_request emergency;
        emergency.exception = access_exception::medical_emergency;  // not an exception of this policy
        CHECK(admit(b, d(2020, 2, 10), emergency).outcome == verdict::deny);
    }

    TEST_CASE("access requests: a family's special need during a visiting ban passes only where the measure lists it")
    {
        restriction_book b;
        b.policies.push_back(three_deferrals(period::from(d(2020, 1, 27))));
        const auto ask = [&](access_request r) {
            rule_context c(rules, national, d(2020, 2, 10));
            return b.decide(home(), d(2020, 2, 10), r, c);
        };
        entry_request family;
        family.exception = access_exception::special_family_need;
        // 三个暂缓 as the county wrote it lists no exception for visits: refused, and the reason says the claim failed.
        const auto refused = ask({access_action::visit, family});
        CHECK(refused.outcome == verdict::deny);
        CHECK(refused.rule_id == "INS-102");
        CHECK(refused.reason_zh.find("未列“特殊情况确需探视”为例外") != std::string::npos);
        CHECK(refused.conditions.empty());
        CHECK(ask({access_action::visit, {}}).reason_zh.find("例外") == std::string::npos);  // nothing claimed
        // A ban that lists the exception lets the visit through on the guide's conditions, named.
        b.policies[0].measures[1].exceptions = {access_exception::special_family_need};
        const auto allowed = ask({access_action::visit, family});
        CHECK(allowed.outcome == verdict::allow_with_conditions);
        CHECK(allowed.policy_id == "XX-2020-01");
        CHECK(allowed.rule_id == "INS-102");
        CHECK(allowed.conditions == std::vector<std::string>{"登记近期行程并测量体温、佩戴口罩",
                                                             "在单独接待室按指定区域和路线会面，不进入生活区"});
        CHECK(test::english_words(allowed.reason_zh).empty());
        CHECK(ask({access_action::visit, {}}).outcome == verdict::deny);  // the exception must be claimed
        // Outings: treatment passes where listed, on condition of isolation on return; another claim does not.
        entry_request treatment;
        treatment.exception = access_exception::medical_emergency;
        CHECK(ask({access_action::go_out, treatment}).outcome == verdict::deny);
        b.policies[0].measures[2].exceptions = {access_exception::medical_emergency};
        const auto out = ask({access_action::go_out, treatment});
        CHECK(out.outcome == verdict::allow_with_conditions);
        CHECK(out.conditions == std::vector<std::string>{"返回时先在隔离区观察无异常，方可进入生活区"});
        CHECK(ask({access_action::go_out, family}).outcome == verdict::deny);
        // Admissions go the same way: decide() answers as may_admit does.
        entry_request newcomer;
        newcomer.role = entry_request::who::new_resident;
        newcomer.exception = access_exception::family_cannot_care;
        CHECK(ask({access_action::admit, newcomer}).outcome == verdict::allow);
        newcomer.exception = access_exception::special_family_need;
        const auto admission = ask({access_action::admit, newcomer});
        CHECK(admission.outcome == verdict::deny);
        CHECK(admission.reason_zh.find("未列“特殊情况确需探视”为例外") != std::string::npos);
    }

    TEST_CASE(
        "access decisions go through the rule set: a switched-off rule decides nothing, each cites its source of the "
        "day")
    {
        restriction_book b;
        b.policies.push_back(three_deferrals(period::from(d(2020, 1, 27))));
        rule_set county;
        REQUIRE(county.disable("INS-102").has_value());
        rule_context c(county, national, d(2020, 2, 10));
        CHECK(b.may_visit(home(), d(2020, 2, 10), c).outcome == verdict::allow);
        CHECK(b.may_go_out(home(), d(2020, 2, 10), c).rule_id == "INS-103");  // the other rules still decide
        // The county's notice of 2020-01-27 is in force before the national guide (2020-01-28): the decision cites
        // the announcement, not a guide not yet issued; from the guide's day it cites the guide.
        const auto day_before = visit(b, d(2020, 1, 27));
        CHECK(day_before.outcome == verdict::deny);
        CHECK(day_before.source.find("地方公告") != std::string::npos);
        const auto guide_day = visit(b, d(2020, 1, 28));
        CHECK(guide_day.source.find("第一版") != std::string::npos);
        CHECK(guide_day.source.find("地方公告") == std::string::npos);
    }

    TEST_CASE("isolation: a start and a length — entry from the day after its last day, plainly — short is INS-115")
    {
        // 养老机构疫情防控指南（第二版）: 14 days' isolation observation without abnormality before the living areas.
        restriction_book b;
        restriction_policy p("XX-2020-02", by_institution("XX-JLY-01"), period::from(d(2020, 2, 7)),
                             {"新兴县民政局", "入住前隔离观察", d(2020, 2, 7)});
        p.measures = {{measure_kind::isolation_before_entry, std::nullopt, {}, ""}};
        b.policies.push_back(p);
        const auto enter = [&](date on, const entry_request& r, std::vector<finding>* found = nullptr) {
            rule_context c(rules, national, on);
            auto decided = b.may_enter(home(), on, r, c);
            if (found != nullptr) *found = c.take_findings();
            return decided;
        };
        entry_request r;
        r.role = entry_request::who::returning_resident;
        r.isolation = isolation_period{d(2020, 2, 10), 14};
        CHECK(r.isolation->last() == d(2020, 2, 23));
        CHECK(r.isolation->entry_from() == d(2020, 2, 24));
        // The last day of the isolation: not yet, and the reason names the first day allowed.
        const auto last_day = enter(d(2020, 2, 23), r);
        CHECK(last_day.outcome == verdict::deny);
        CHECK(last_day.rule_id == "INS-110");
        CHECK(last_day.reason_zh.starts_with("隔离观察至 2020-02-23 止，2020-02-24 起方可进入"));
        // The day after, and later: allowed with nothing left to meet.
        for (const auto on : {d(2020, 2, 24), d(2020, 2, 25)}) {
            std::vector<finding> found;
            const auto after = enter(on, r, &found);
            CHECK(after.outcome == verdict::allow);
            CHECK(after.conditions.empty());
            CHECK(found.empty());
        }
        // Ended with an abnormality: no entry, however long ago.
        r.isolation->abnormal = true;
        CHECK(enter(d(2020, 3, 10), r).outcome == verdict::deny);
        r.isolation->abnormal = false;
        // 13 days: shorter than the 14 the policy asks — a finding, and the isolation counts as not done.
        r.isolation->days = 13;
        std::vector<finding> found;
        const auto short_one = enter(d(2020, 3, 10), r, &found);
        CHECK(short_one.outcome == verdict::allow_with_conditions);
        CHECK(short_one.conditions == std::vector<std::string>{"先隔离观察 14 天无异常后方可进入生活区"});
        REQUIRE(found.size() == 1);
        CHECK(found[0].rule_id == "INS-115");
        CHECK(found[0].path.str() == "/isolation/days");
        CHECK(found[0].message_zh == "隔离观察 13 天，少于规定的 14 天，视为未完成隔离");
        // 15 days: longer is fine; entry from the day after its own last day.
        r.isolation->days = 15;
        CHECK(enter(d(2020, 2, 24), r).outcome == verdict::deny);
        CHECK(enter(d(2020, 2, 25), r).outcome == verdict::allow);
        // A length past the calendar never throws.
        r.isolation->days = std::numeric_limits<int>::max();
        CHECK(r.isolation->last() == date(9999, 12, 31));
        CHECK(enter(d(2020, 3, 10), r).outcome == verdict::deny);
        r.isolation->days = -5;
        CHECK(r.isolation->last() == d(2020, 2, 10));
        CHECK(enter(d(2020, 3, 10), r, &found).outcome == verdict::allow_with_conditions);
        CHECK(found.size() == 1);
        // quarantine_days set for homes (elderly_care) at 10: a 13-day isolation is then enough.
        auto policy = national;
        REQUIRE(policy.add({"quarantine_days@elderly_care", xinxing, period::from(d(2020, 2, 1)), std::int64_t{10}, ""})
                    .has_value());
        r.isolation->days = 13;
        rule_context c(rules, policy, d(2020, 3, 10));
        CHECK(b.may_enter(home(), d(2020, 3, 10), r, c).outcome == verdict::allow);
        CHECK(c.take_findings().empty());
    }

    TEST_CASE("combination: the most restrictive policy decides — one ends while the other goes on")
    {
        restriction_book b;
        b.policies.push_back(three_deferrals(period::make(d(2020, 1, 27), d(2020, 2, 29)).value()));
        restriction_policy screening("YF-2020-05", by_division(division_code::find(445300).value()),
                                     period::from(d(2020, 2, 1)), {"云浮市民政局", "入口检查通知", d(2020, 1, 31)});
        screening.measures = {{measure_kind::entry_screening, std::nullopt, {}, ""}};
        b.policies.push_back(screening);
        const auto both = visit(b, d(2020, 2, 10));
        CHECK(both.outcome == verdict::deny);
        CHECK(both.policy_id == "XX-2020-01");
        CHECK(both.policies_in_force == std::vector<std::string>{"XX-2020-01", "YF-2020-05"});
        CHECK(both.conditions.empty());              // a refusal carries no conditions to meet
        const auto after = visit(b, d(2020, 3, 1));  // the deferrals ended; screening goes on
        CHECK(after.outcome == verdict::allow_with_conditions);
        CHECK(after.policy_id == "YF-2020-05");
        CHECK(after.rule_id == "INS-109");
        CHECK(after.conditions == std::vector<std::string>{"一量体温、二戴口罩、三问行程"});
    }

    TEST_CASE("closed management and only-out-no-in")
    {
        restriction_book b;
        restriction_policy closed("YN-2020-01", by_institution("XX-JLY-01"), period::from(d(2020, 1, 28)),
                                  {"郁南县民政局", "养老机构封闭式管理", d(2020, 1, 28)});
        closed.measures = {{measure_kind::closed_management, std::nullopt, {}, ""}};
        b.policies.push_back(closed);
        CHECK(visit(b, d(2020, 2, 1)).rule_id == "INS-104");
        CHECK(go_out(b, d(2020, 2, 1)).rule_id == "INS-104");
        CHECK(admit(b, d(2020, 2, 1)).rule_id == "INS-104");
        b.policies[0].measures = {{measure_kind::only_out_no_in, std::nullopt, {}, ""}};
        CHECK(go_out(b, d(2020, 2, 1)).outcome == verdict::allow_with_conditions);
        CHECK(visit(b, d(2020, 2, 1)).outcome == verdict::deny);
        entry_request staff;
        staff.role = entry_request::who::staff;
        rule_context c(rules, national, d(2020, 2, 1));
        CHECK(b.may_enter(home(), d(2020, 2, 1), staff, c).outcome == verdict::deny);
        staff.isolation = isolation_period{d(2020, 1, 18), 14};  // last day 2020-01-31
        CHECK(b.may_enter(home(), d(2020, 2, 1), staff, c).outcome == verdict::allow);
        staff.isolation->first = d(2020, 1, 19);  // last day 2020-02-01: still isolating that day
        CHECK(b.may_enter(home(), d(2020, 2, 1), staff, c).outcome == verdict::deny);
    }

    TEST_CASE("risk levels: a policy for medium risk and above applies as the level changes — unknown keeps it")
    {
        restriction_book b;
        auto p = three_deferrals(period::from(d(2020, 2, 1)));
        p.from_risk = risk_level::medium;
        b.policies.push_back(p);
        CHECK(visit(b, d(2020, 2, 10)).outcome == verdict::deny);  // no level registered: not waived
        REQUIRE(b.risks.add({xinxing, period::make(d(2020, 2, 1), d(2020, 2, 20)).value(), risk_level::medium})
                    .has_value());
        REQUIRE(b.risks.add({xinxing, period::from(d(2020, 2, 21)), risk_level::low}).has_value());
        CHECK(visit(b, d(2020, 2, 20)).outcome == verdict::deny);
        CHECK(visit(b, d(2020, 2, 21)).outcome == verdict::allow);
        CHECK(b.risks.add({xinxing, period::from(d(2020, 3, 1)), risk_level::high}).error() ==
              error::overlapping_periods);
        // A county without its own level takes the prefecture's.
        REQUIRE(b.risks.add({division_code::find(445300).value(), period::from(d(2020, 2, 1)), risk_level::high})
                    .has_value());
        CHECK(b.risks.level_of(division_code::find(445322).value(), d(2020, 2, 10)) == risk_level::high);
        CHECK(b.risks.level_of(xinxing, d(2020, 2, 25)) == risk_level::low);
        CHECK_FALSE(b.risks.level_of(division_code::find(440100).value(), d(2020, 2, 10)).has_value());
    }

    TEST_CASE("marriage registration suspended by dated announcements (29 Jan, 2 Feb, 9 Feb) and lifted")
    {
        const institution registry("XX-HY", "新兴县婚姻登记处", institution_kind::marriage_registry, xinxing);
        restriction_book b;
        int n = 0;
        for (const auto& [from, to] :
             {std::pair{d(2020, 1, 29), d(2020, 2, 2)}, std::pair{d(2020, 2, 3), d(2020, 2, 9)}}) {
            restriction_policy p("XX-HY-" + std::to_string(++n), by_institution("XX-HY"),
                                 period::make(from, to).value(), {"新兴县人民政府网", "暂停婚姻登记处的公告", from});
            p.measures = {{measure_kind::marriage_registration_suspended, std::nullopt, {}, ""}};
            b.policies.push_back(p);
        }
        restriction_policy third = b.policies[0];
        third.id = "XX-HY-3";
        third.in_force = period::from(d(2020, 2, 9));  // "另行通知": open-ended
        third.source.issued = d(2020, 2, 9);
        b.policies.push_back(third);
        const auto ask = [&](date on) {
            rule_context c(rules, national, on);
            return b.may_register_marriage(registry, on, c);
        };
        CHECK(ask(d(2020, 1, 28)).outcome == verdict::allow);
        CHECK(ask(d(2020, 1, 29)).policy_id == "XX-HY-1");
        CHECK(ask(d(2020, 2, 5)).policy_id == "XX-HY-2");
        CHECK(ask(d(2020, 2, 9)).outcome == verdict::deny);  // two announcements in force that day
        CHECK(ask(d(2020, 2, 9)).policies_in_force.size() == 2);
        CHECK(ask(d(2020, 5, 1)).policy_id == "XX-HY-3");
        // Lifted by a later announcement: in force until the day before it.
        auto lifted = b.policies[2].lifted({"新兴县民政局", "恢复婚姻登记的通知", d(2020, 3, 2)}).value();
        CHECK(lifted.in_force.last() == d(2020, 3, 1));
        b.policies[2] = lifted;
        CHECK(ask(d(2020, 3, 1)).outcome == verdict::deny);
        CHECK(ask(d(2020, 3, 2)).outcome == verdict::allow);
        CHECK(b.policies[2].lifted({"x", "y", d(2020, 2, 9)}).error() == error::event_out_of_order);
    }

    TEST_CASE("funeral homes: attendance caps, no farewell ceremonies, and the three-step check")
    {
        const institution funeral("XX-BYG", "新兴县殡仪馆", institution_kind::funeral_home, xinxing);
        restriction_book b;
        restriction_policy p("XX-BYG-1", by_kind(institution_kind::funeral_home), period::from(d(2020, 1, 30)),
                             {"新兴县民政局", "殡仪馆告示", d(2020, 1, 30)});
        p.measures = {{measure_kind::funeral_attendance_cap, 10, {}, ""},
                      {measure_kind::no_farewell_ceremony, std::nullopt, {}, ""},
                      {measure_kind::entry_screening, std::nullopt, {}, ""}};
        b.policies.push_back(p);
        rule_context c(rules, national, d(2020, 2, 10));
        CHECK(b.may_hold_ceremony(funeral, d(2020, 2, 10), 10, false, c).outcome == verdict::allow_with_conditions);
        const auto crowd = b.may_hold_ceremony(funeral, d(2020, 2, 10), 11, false, c);
        CHECK(crowd.outcome == verdict::deny);
        CHECK(crowd.reason_en.starts_with("at most 10 attendees"));
        CHECK(b.may_hold_ceremony(funeral, d(2020, 2, 10), 3, true, c).outcome == verdict::deny);
        // A cap without a number takes the local parameter; none set is POL-002 and no denial on a guess.
        b.policies[0].measures[0].limit.reset();
        rule_context none(rules, national, d(2020, 2, 10));
        CHECK(b.may_hold_ceremony(funeral, d(2020, 2, 10), 50, false, none).outcome == verdict::allow_with_conditions);
        CHECK(none.findings().front().rule_id == "POL-002");
    }

    TEST_CASE("windows: at most 2 persons per transaction in 云城区")
    {
        const institution window("YC-HY", "云城区婚姻登记处", institution_kind::marriage_registry, yuncheng);
        auto local = policy_table::national_defaults();
        REQUIRE(local
                    .add({"window_persons_per_transaction", yuncheng, period::from(d(2020, 1, 27)), std::int64_t{2},
                          "云城区"})
                    .has_value());
        restriction_book b;
        restriction_policy p("YC-2020-01", by_division(yuncheng), period::from(d(2020, 1, 27)),
                             {"云城区民政局", "窗口业务办理每项最多2人", d(2020, 1, 27)});
        p.measures = {{measure_kind::window_cap, std::nullopt, {}, ""}};
        b.policies.push_back(p);
        rule_context c(rules, local, d(2020, 2, 10));
        CHECK(b.may_serve(window, d(2020, 2, 10), 2, c).outcome == verdict::allow);
        const auto three = b.may_serve(window, d(2020, 2, 10), 3, c);
        CHECK(three.outcome == verdict::deny);
        CHECK(three.rule_id == "INS-106");
        CHECK(three.reason_zh.starts_with("每项业务最多 2 人，本次 3 人"));
        b.policies[0].measures[0].limit = 1;  // the policy's own number wins over the parameter
        CHECK(b.may_serve(window, d(2020, 2, 10), 2, c).outcome == verdict::deny);
    }

    TEST_CASE("application-defined measures are carried and found")
    {
        restriction_policy p("X-1", by_division(xinxing), period::from(d(2020, 2, 1)), {"某县", "通知", d(2020, 2, 1)});
        p.measures = {{measure_kind::custom, std::nullopt, {}, "disinfect_twice_daily"}};
        REQUIRE(p.find(measure_kind::custom) != nullptr);
        CHECK(p.find(measure_kind::custom)->code == "disinfect_twice_daily");
        CHECK(p.find(measure_kind::window_cap) == nullptr);
    }
}
