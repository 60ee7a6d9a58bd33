// Tests minzheng/recipients/roster.hpp: roster-level checks (a person in two households, exclusive categories for
// minors, households only partly covered, references to nothing), the bulletin's figures for 罗定市 in February
// 2020 (8 households and 25 persons newly on 低保, 2 persons given 临时救助), counts by category, and the public
// notice with masked names and ids.
#include <minzheng/recipients/roster.hpp>

#include "../test_support.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace minzheng;
using minzheng::test::d;
using minzheng::test::member_of;
using minzheng::test::person_of;

using minzheng::test::luoding;
using minzheng::test::rules;
using minzheng::test::yunfu;

namespace {

case_event team_step(case_state to, date on)
{
    case_event e(to, on);
    if (to == case_state::investigating) e.investigators = 2;
    return e;
}

household household_of(std::string id, int size, int seed)
{
    household h(std::move(id), luoding);
    h.property_meets_local_rule = true;
    static const char* names[] = {"陈大海", "林秀英", "陈小宝", "陈小玲", "陈老三"};
    for (int i = 0; i < size; ++i) {
        const auto birth = i < 2 ? d(1970 + i, 1 + seed % 12, 1 + i) : d(2008 + i, 1 + seed % 12, 3);
        h.members.push_back(member_of(person_of(names[i], "445381", birth, seed * 10 + i), i == 0   ? relation::head
                                                                                           : i == 1 ? relation::spouse
                                                                                                    : relation::child));
    }
    return h;
}

/// A 2012-procedure case approved on `approved`, the county having visited the home unless `visited` is false.
case_file approved_case(std::string id, std::string subject, date approved, bool visited = true)
{
    case_file f(std::move(id), assistance_category::dibao, std::move(subject), luoding, d(2020, 1, 2));
    (void)f.advance(team_step(case_state::accepted, d(2020, 1, 2)));
    (void)f.advance(team_step(case_state::investigating, d(2020, 1, 3)));
    (void)f.advance(team_step(case_state::appraisal, d(2020, 1, 8)));
    (void)f.advance(team_step(case_state::township_notice, d(2020, 1, 10)));
    (void)f.advance(team_step(case_state::county_review, d(2020, 1, 20)));
    (void)f.advance(team_step(case_state::county_notice, d(2020, 1, 23)));
    auto decision = team_step(case_state::approved, approved);
    decision.home_visit = visited;
    (void)f.advance(decision);
    return f;
}

/// 罗定市, February 2020: eight households of 25 persons newly on 低保, two persons given temporary aid.
roster luoding_february()
{
    roster r;
    const int sizes[] = {4, 3, 3, 3, 3, 3, 3, 3};
    for (int i = 0; i < 8; ++i) {
        r.households.push_back(household_of("LD-2020-0" + std::to_string(i + 1), sizes[i], i + 1));
        // Approved within three working days after the county notice's last day: posted 23 January, seven days
        // end on the 30th, a day of the extended Spring Festival, so the notice runs to Monday 3 February
        // (民法典 art. 203) and approval comes on 4-6 February.
        r.cases.push_back(approved_case("DB-0" + std::to_string(i + 1), r.households.back().id, d(2020, 2, 4 + i % 3)));
    }
    for (int i = 0; i < 2; ++i) {
        const auto p = person_of(i == 0 ? "黄志强" : "梁美华", "445381", d(1985 + i, 4, 5), 90 + i);
        r.persons.push_back(p);
        case_file t("LS-0" + std::to_string(i + 1), assistance_category::temporary_assistance, p.id.to_string(),
                    luoding, d(2020, 2, 4 + i));
        (void)t.advance(team_step(case_state::approved, d(2020, 2, 4 + i)));  // 先行救助
        r.cases.push_back(t);
        r.enrolments.push_back({p.id, assistance_category::temporary_assistance,
                                period::make(d(2020, 2, 4 + i), d(2020, 2, 4 + i)).value(), t.id});
    }
    return r;
}

std::set<std::string> findings_of(const roster& r, date on)
{
    auto policy = test::luoding_policy();
    std::set<std::string> out;
    for (const auto& f : validate_roster(r, on, rules, policy).findings) out.insert(f.rule_id + " " + f.path.str());
    return out;
}
}  // namespace

TEST_SUITE("recipients.roster")
{
    TEST_CASE("roster: the bulletin's 8 households and 25 persons newly on 低保 in 罗定市, February 2020")
    {
        const auto r = luoding_february();
        const auto february = period::make(d(2020, 2, 1), d(2020, 2, 29)).value();
        CHECK(newly_included(r, assistance_category::dibao, luoding, february) == inclusion_count{8, 25});
        CHECK(newly_included(r, assistance_category::dibao, yunfu, february) == inclusion_count{8, 25});  // the city
        CHECK(newly_included(r, assistance_category::temporary_assistance, luoding, february) == inclusion_count{0, 2});
        CHECK(newly_included(r, assistance_category::dibao, division_code::find(445321).value(), february) ==
              inclusion_count{});
        CHECK(newly_included(r, assistance_category::dibao, luoding,
                             period::make(d(2020, 3, 1), d(2020, 3, 31)).value()) == inclusion_count{});
        CHECK(findings_of(r, d(2020, 2, 29)).empty());
        const auto by_category = recipients_by_category(r, yunfu, d(2020, 2, 4));
        CHECK(by_category.at(assistance_category::temporary_assistance) == 1);
    }

    TEST_CASE("roster: a person in two households (RCP-070) and a co-resident member left out (RCP-013)")
    {
        auto r = luoding_february();
        r.households[1].members.push_back(r.households[0].members[2]);
        r.households[1].members.back().relation = relation::grandchild;
        CHECK(findings_of(r, d(2020, 2, 29)).count("RCP-070 /households/1/members/3/person/id") == 1);
        r = luoding_february();
        r.households[2].members[2].covered = false;
        // RCP-013 comes from the 2022 notice (2022-10-20): a 2020 roster judged in 2020 is not held to it.
        const std::string left_out = "RCP-013 /households/2/members/2/covered";
        CHECK(findings_of(r, d(2020, 2, 29)).empty());
        CHECK(findings_of(r, d(2022, 10, 19)).count(left_out) == 0);
        CHECK(findings_of(r, d(2022, 10, 20)).count(left_out) == 1);
        CHECK(findings_of(r, d(2023, 3, 1)).count(left_out) == 1);
        r.households[2].members[2].person.situations.push_back(
            {situation_kind::imprisoned, period::from(d(2019, 1, 1))});
        CHECK(findings_of(r, d(2022, 10, 20)).count(left_out) == 0);  // not co-resident: leaving them out is right
    }

    TEST_CASE("roster: references to nothing (VAL-002) and exclusive categories of a minor (RCP-025)")
    {
        auto r = luoding_february();
        r.cases[0].subject = "LD-9999";
        r.enrolments.push_back({test::id_of("445381", d(1990, 1, 1), 1), assistance_category::tekun,
                                period::from(d(2020, 2, 1)), "NO-SUCH-CASE"});
        const auto found = findings_of(r, d(2020, 2, 29));
        const std::set<std::string> dangling{"VAL-002 /cases/0/subject", "VAL-002 /enrolments/2/case_id",
                                             "VAL-002 /enrolments/2/person"};
        CHECK(found == dangling);
        const auto national = policy_table::national_defaults();
        rule_context c(rules, national, d(2020, 2, 29));
        check(r, c);
        REQUIRE_FALSE(c.findings().empty());
        CHECK(c.findings()[0].message_zh == "引用的家庭 LD-9999 不存在");
        CHECK(c.findings()[0].message_en == "the referenced household LD-9999 does not exist");
        r = luoding_february();
        const auto child = person_of("小军", "445381", d(2012, 5, 1), 31);
        r.persons.push_back(child);
        case_file orphan("GE-1", assistance_category::orphan, child.id.to_string(), luoding, d(2021, 8, 2));
        case_file tekun("TK-1", assistance_category::tekun, child.id.to_string(), luoding, d(2021, 8, 2));
        r.cases.push_back(orphan);
        r.cases.push_back(tekun);
        r.enrolments.push_back({child.id, assistance_category::orphan, period::from(d(2021, 9, 1)), "GE-1"});
        r.enrolments.push_back(
            {child.id, assistance_category::tekun, period::make(d(2022, 1, 1), d(2022, 12, 31)).value(), "TK-1"});
        CHECK(findings_of(r, d(2022, 2, 1)).count("RCP-025 /enrolments/3/category") == 1);
        r.enrolments.back().during =
            period::make(d(2021, 1, 1), d(2021, 8, 31)).value();  // before the orphan allowance
        CHECK(findings_of(r, d(2022, 2, 1)).count("RCP-025 /enrolments/3/category") == 0);
    }

    TEST_CASE("roster: RCP-025 is judged on the overlap's first day under the rule, not on the validation date")
    {
        const std::string both = "RCP-025 /enrolments/3/category";
        const auto with = [](const person& child, period orphan, period tekun) {
            auto r = luoding_february();
            r.persons.push_back(child);
            r.cases.emplace_back("GE-1", assistance_category::orphan, child.id.to_string(), luoding, orphan.first());
            r.cases.emplace_back("TK-1", assistance_category::tekun, child.id.to_string(), luoding, tekun.first());
            r.enrolments.push_back({child.id, assistance_category::orphan, orphan, "GE-1"});
            r.enrolments.push_back({child.id, assistance_category::tekun, tekun, "TK-1"});
            return r;
        };
        const auto span = [](date a, date b) { return period::make(a, b).value(); };
        const auto child = person_of("小军", "445381", d(2012, 5, 1), 31);
        // Both in 2020 only: the 2016 measures had no such rule; judged in 2022 it is still not RCP-025.
        auto r = with(child, span(d(2020, 1, 1), d(2020, 12, 31)), span(d(2020, 3, 1), d(2020, 6, 30)));
        CHECK(findings_of(r, d(2022, 2, 1)).count(both) == 0);
        // An overlap from 2021-06-01 to 2021-06-30 ends the day before the rule: none; to 2021-07-01: one.
        r = with(child, period::from(d(2021, 1, 1)), span(d(2021, 6, 1), d(2021, 6, 30)));
        CHECK(findings_of(r, d(2022, 2, 1)).count(both) == 0);
        r = with(child, period::from(d(2021, 1, 1)), span(d(2021, 6, 1), d(2021, 7, 1)));
        CHECK(findings_of(r, d(2022, 2, 1)).count(both) == 1);
        CHECK(findings_of(r, d(2021, 6, 15)).count(both) == 1);  // the records' dates decide, not the check's
        // Age on the day judged against adult_age: 18 on 2021-07-01 is no longer a minor; the day before, still one.
        const auto turns18 = person_of("小芳", "445381", d(2003, 7, 1), 42);
        r = with(turns18, period::from(d(2021, 1, 1)), span(d(2021, 6, 1), d(2021, 12, 31)));
        CHECK(findings_of(r, d(2022, 2, 1)).count(both) == 0);
        const auto seventeen = person_of("小芳", "445381", d(2003, 7, 2), 42);
        r = with(seventeen, period::from(d(2021, 1, 1)), span(d(2021, 6, 1), d(2021, 12, 31)));
        CHECK(findings_of(r, d(2022, 2, 1)).count(both) == 1);
    }

    TEST_CASE("roster: county spot checks of at least 30 % of decided cases (RCP-059), by measure and edition")
    {
        // 民发〔2012〕220号 art. 26: the county visits at least 30 % of the 低保 cases it decides. Ten cases: three
        // visits are exactly 30 % (no finding), two are below.
        roster r;
        for (int i = 0; i < 10; ++i)
            r.cases.push_back(approved_case("C-" + std::to_string(i), "LD-" + std::to_string(i), d(2020, 2, 3), i < 3));
        const auto spot = [&](const roster& x, date on) {
            std::vector<finding> out;
            for (const auto& f : validate_roster(x, on, rules, policy_table::national_defaults()).findings)
                if (f.rule_id == "RCP-059") out.push_back(f);
            return out;
        };
        // Judged by the cases' own edition, also when validated years later.
        CHECK(spot(r, d(2020, 3, 1)).empty());
        CHECK(spot(r, d(2026, 1, 1)).empty());
        r.cases[2].events.back().home_visit = false;
        const auto below = spot(r, d(2026, 1, 1));
        REQUIRE(below.size() == 1);
        CHECK(below[0].level == severity::warning);
        CHECK(below[0].path.str() == "/cases");
        CHECK(below[0].message_zh == "445381 罗定市低保已审批 10 件，县级入户抽查 2 件，低于 30%");
        // A case still under review counts for nothing. Visited cases: 3 of 11 is still below 30 %, 4 of 12 is not.
        auto open = approved_case("C-X", "LD-X", d(2020, 2, 3));
        open.events.pop_back();
        r.cases.push_back(open);
        CHECK(spot(r, d(2026, 1, 1)).size() == 1);
        r.cases.push_back(approved_case("C-Y", "LD-Y", d(2020, 2, 3), true));
        CHECK(spot(r, d(2026, 1, 1)).size() == 1);
        r.cases.push_back(approved_case("C-Z", "LD-Z", d(2020, 2, 3), true));
        CHECK(spot(r, d(2026, 1, 1)).empty());
        // The 2021 低保 measures set no share: the same cases accepted in 2022 give no finding.
        for (auto& f : r.cases) {
            for (auto& e : f.events) {
                e.on = e.on + boost::gregorian::years(2);
                e.home_visit = false;
            }
        }
        CHECK(spot(r, d(2026, 1, 1)).empty());
        // 民发〔2021〕43号 art. 16: the county checks at least 30 % of the 特困 cases; one case, not visited, is 0 %.
        roster t;
        case_file tekun("T-1", assistance_category::tekun, "445381195001010011", luoding, d(2022, 3, 1));
        REQUIRE(tekun.advance(team_step(case_state::accepted, d(2022, 3, 1))).has_value());
        REQUIRE(tekun.advance(team_step(case_state::investigating, d(2022, 3, 2))).has_value());
        REQUIRE(tekun.advance(team_step(case_state::township_notice, d(2022, 3, 7))).has_value());
        REQUIRE(tekun.advance(team_step(case_state::county_review, d(2022, 3, 15))).has_value());
        auto yes = team_step(case_state::approved, d(2022, 3, 18));
        REQUIRE(tekun.advance(yes).has_value());
        t.cases.push_back(tekun);
        CHECK(spot(t, d(2022, 4, 1)).size() == 1);
        t.cases[0].events.back().home_visit = true;
        CHECK(spot(t, d(2022, 4, 1)).empty());
    }

    TEST_CASE("reviews_due: the receiving cases due for review by a date, earliest first")
    {
        auto r = luoding_february();               // approved 4-6 Feb 2020, reviewed yearly by default
        r.cases[1].review = review_class::stable;  // every six months under the 2012 measures
        const auto policy = policy_table::national_defaults();
        CHECK(reviews_due(r, d(2020, 6, 1), 30, rules, policy).empty());
        const auto soon = reviews_due(r, d(2020, 7, 10), 30, rules, policy);
        REQUIRE(soon.size() == 1);
        CHECK(soon[0].case_id == "DB-02");
        CHECK(soon[0].due == d(2020, 8, 5));
        CHECK_FALSE(soon[0].overdue);
        const auto later = reviews_due(r, d(2021, 2, 5), 0, rules, policy);
        // DB-02 (overdue since August), the three approved on 4 February 2020 (overdue by a day) and the two
        // approved on 5 February (due that day); not the two of 6 February.
        CHECK(later.size() == 6);
        CHECK(later.front().case_id == "DB-02");
        CHECK(later.front().overdue);
        CHECK(later.back().due == d(2021, 2, 5));
    }

    TEST_CASE("public notice: masked names and ids, the window and the objection deadline")
    {
        auto r = luoding_february();
        const auto policy = policy_table::national_defaults();
        notice_options options;
        options.amounts["DB-01"] = test::yuan(640);
        const auto notice = make_public_notice(r, luoding, d(2020, 1, 23), policy, options).value();
        REQUIRE(notice.rows.size() == 8);
        CHECK_FALSE(notice.unmasked);
        // Seven days from 23 January end on the 30th, inside the Spring Festival holiday (extended to 2 February):
        // the last day moves to the next working day, 3 February (民法典 art. 203).
        CHECK(notice.window == period::make(d(2020, 1, 23), d(2020, 2, 3)).value());
        CHECK(notice.objection_deadline == d(2020, 2, 3));
        const auto& first = notice.rows[0];
        CHECK(first.name == "陈*海");
        CHECK(first.id.size() == 18);
        CHECK(first.id.substr(0, 6) == "445381");
        CHECK(first.id.substr(6, 8) == "********");
        CHECK(first.id.substr(14) == r.households[0].members[0].person.id.to_string().substr(14));
        CHECK(first.household_size == 4);
        CHECK(first.amount == test::yuan(640));
        CHECK_FALSE(notice.rows[1].amount.has_value());
        options.unmasked = true;
        const auto full = make_public_notice(r, luoding, d(2020, 1, 23), policy, options).value();
        CHECK(full.unmasked);
        CHECK(full.rows[0].name == "陈大海");
        CHECK(make_public_notice(r, luoding, d(2020, 1, 24), policy).value().rows.empty());
        CHECK(make_public_notice(r, luoding, d(2020, 1, 23), policy_table{}).error() == error::unknown_parameter);
        // With a calendar of the caller's (here one without the 2020 extension: 31 January is a working day).
        std::vector<date> festival;
        for (int day = 24; day <= 30; ++day) festival.push_back(d(2020, 1, day));
        const auto plain = work_calendar::make(2020, 2020, festival, {});
        REQUIRE(plain.has_value());
        notice_options local;
        local.calendar = &*plain;
        CHECK(make_public_notice(r, luoding, d(2020, 1, 23), policy, local).value().objection_deadline ==
              d(2020, 1, 31));
        // Outside the calendar's years nothing can be said of rest days: an error, never a guessed day.
        CHECK(make_public_notice(r, luoding, d(2020, 12, 28), policy, local).error() == error::outside_calendar);
        CHECK(mask_id(test::id_of("445381", d(1980, 1, 1), 123)) ==
              "445381********" + test::id_of("445381", d(1980, 1, 1), 123).to_string().substr(14));
    }
}
