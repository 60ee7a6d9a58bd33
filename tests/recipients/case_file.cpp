// Tests minzheng/recipients/case_file.hpp: the procedures of 2012 and 2021 as state machines (illegal steps
// are errors), the 7-day notice with its last day, investigation teams, near relatives, deadlines in working
// days across the 2020 Spring Festival extension, written reasons and grounds, payment from the next month, and
// periodic reviews.
#include <minzheng/recipients/case_file.hpp>

#include "../test_support.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace minzheng;
using minzheng::test::d;

using minzheng::test::luoding;
using minzheng::test::rules;

namespace {

case_event step(case_state to, date on)
{
    return case_event(to, on);
}

date plus(date on, int days)
{
    return on + boost::gregorian::days(days);
}

case_event investigation(date on, int people)
{
    auto e = step(case_state::investigating, on);
    e.investigators = people;
    return e;
}

/// The appraisal step entered on `on` (the investigation's end), its meeting held on `held`.
case_event appraisal(date on, date held, int participants, int representatives)
{
    auto e = step(case_state::appraisal, on);
    e.appraisal = appraisal_record{held, participants, representatives};
    return e;
}

std::set<std::string> findings_of(const case_file& f, date on,
                                  const policy_table& policy = policy_table::national_defaults())
{
    rule_context c(rules, policy, on);
    check(f, c);
    std::set<std::string> out;
    for (const auto& x : c.take_findings()) out.insert(x.rule_id + " " + x.path.str());
    return out;
}

/// A 2012-procedure 低保 case that goes by the book, applied on 2020-01-06.
case_file by_the_book_2012()
{
    case_file f("C-1", assistance_category::dibao, "LD-0001", luoding, d(2020, 1, 6));
    REQUIRE(f.advance(step(case_state::accepted, d(2020, 1, 6))).has_value());
    REQUIRE(f.advance(investigation(d(2020, 1, 7), 2)).has_value());
    REQUIRE(f.advance(appraisal(d(2020, 1, 13), d(2020, 1, 14), 9, 6)).has_value());  // 6 of 9: two thirds
    REQUIRE(f.advance(step(case_state::township_notice, d(2020, 1, 15))).has_value());
    REQUIRE(f.advance(step(case_state::county_review, d(2020, 1, 23))).has_value());  // 8 days after posting
    REQUIRE(f.advance(step(case_state::county_notice, d(2020, 2, 3))).has_value());   // 5th working day after 23 Jan
    auto approve = step(case_state::approved, d(2020, 2, 11));
    REQUIRE(f.advance(approve).has_value());
    return f;
}
}  // namespace

TEST_SUITE("recipients.case_file")
{
    TEST_CASE("case_file: a 2012 低保 case by the book has no finding and is paid from the next month")
    {
        const auto f = by_the_book_2012();
        CHECK(findings_of(f, d(2020, 2, 11)).empty());
        CHECK(f.state() == case_state::approved);
        CHECK(f.approved_on() == d(2020, 2, 11));
        CHECK(f.first_payment_month() == year_month::make(2020, 3).value());
        CHECK(f.is_active_on(d(2020, 2, 11)));
        CHECK_FALSE(f.is_active_on(d(2020, 2, 10)));
    }

    TEST_CASE("case_file: steps outside the procedure are errors and leave the case unchanged")
    {
        case_file f("C-2", assistance_category::dibao, "LD-0002", luoding, d(2020, 1, 6));
        CHECK(f.advance(step(case_state::approved, d(2020, 1, 7))).error() ==
              error::illegal_transition);  // 不得直接纳入
        CHECK(f.events.size() == 1);
        REQUIRE(f.advance(step(case_state::accepted, d(2020, 1, 6))).has_value());
        CHECK(f.advance(step(case_state::investigating, d(2020, 1, 5))).error() == error::event_out_of_order);
        REQUIRE(f.advance(investigation(d(2020, 1, 7), 2)).has_value());
        // 2012: democratic appraisal comes before the notice; 2021: there is none.
        CHECK(f.advance(step(case_state::township_notice, d(2020, 1, 9))).error() == error::illegal_transition);
        case_file g("C-3", assistance_category::dibao, "LD-0003", luoding, d(2022, 1, 4));
        REQUIRE(g.advance(step(case_state::accepted, d(2022, 1, 4))).has_value());
        REQUIRE(g.advance(investigation(d(2022, 1, 5), 2)).has_value());
        CHECK(g.advance(step(case_state::appraisal, d(2022, 1, 6))).error() == error::illegal_transition);
        REQUIRE(g.advance(step(case_state::township_notice, d(2022, 1, 10))).has_value());
        REQUIRE(g.advance(step(case_state::county_review, d(2022, 1, 18))).has_value());
        CHECK(g.advance(step(case_state::county_notice, d(2022, 1, 20))).error() == error::illegal_transition);
        CHECK(g.advance(step(case_state::approved, d(2022, 1, 20))).has_value());
        CHECK(findings_of(g, d(2022, 1, 20)).empty());
        // The acceptance date decides the edition (docs/concepts/rules.md): applied in June 2021, accepted on
        // 30 June follows the 2012 procedure (appraisal), accepted on 1 July the 2021 one (none).
        case_file june("C-5", assistance_category::dibao, "LD-0005", luoding, d(2021, 6, 28));
        CHECK(june.edition_date() == d(2021, 6, 28));
        REQUIRE(june.advance(step(case_state::accepted, d(2021, 6, 30))).has_value());
        CHECK(june.edition_date() == d(2021, 6, 30));
        REQUIRE(june.advance(investigation(d(2021, 7, 2), 2)).has_value());
        CHECK(june.advance(step(case_state::appraisal, d(2021, 7, 5))).has_value());
        case_file july("C-6", assistance_category::dibao, "LD-0006", luoding, d(2021, 6, 28));
        REQUIRE(july.advance(step(case_state::accepted, d(2021, 7, 1))).has_value());
        CHECK(july.edition_date() == d(2021, 7, 1));
        REQUIRE(july.advance(investigation(d(2021, 7, 2), 2)).has_value());
        CHECK(july.advance(step(case_state::appraisal, d(2021, 7, 5))).error() == error::illegal_transition);
        // Nothing follows a refusal.
        case_file h("C-4", assistance_category::dibao, "LD-0004", luoding, d(2022, 1, 4));
        auto no = step(case_state::rejected, d(2022, 1, 5));
        no.reason = "人均收入高于标准";
        no.ground = decision_ground::income_above_standard;
        REQUIRE(h.advance(no).has_value());
        CHECK(h.advance(step(case_state::accepted, d(2022, 1, 6))).error() == error::illegal_transition);
        CHECK(findings_of(h, d(2022, 1, 6)).empty());
    }

    TEST_CASE("case_file: a 低保 refusal is notified in writing within 3 days (2012) or 3 working days (2021), RCP-058")
    {
        // 2012 art. 26: 3 days, counted from the day after the decision, a last day off moved to the next working day.
        auto f = by_the_book_2012();
        f.events.erase(f.events.begin() + 6,
                       f.events.end());  // up to the county review of 23 January; the county refuses instead of posting
        auto no = step(case_state::rejected, d(2020, 2, 11));  // a Tuesday: 12, 13, 14 February, due Friday the 14th
        no.reason = "人均收入高于标准";
        no.ground = decision_ground::income_above_standard;
        no.notified = d(2020, 2, 14);
        REQUIRE(f.advance(no).has_value());
        // Only RCP-058 is asked about here (the county review itself ran past its 5 working days).
        const auto late = [&](date on) { return findings_of(f, on).count("RCP-058 /events/6/notified") == 1; };
        CHECK_FALSE(late(d(2020, 3, 1)));
        f.events.back().notified = d(2020, 2, 15);
        CHECK(late(d(2020, 3, 1)));
        // Decided on a Wednesday: the third day is Saturday 15 February, so Monday the 17th is still in time.
        f.events.back().on = d(2020, 2, 12);
        f.events.back().notified = d(2020, 2, 17);
        CHECK_FALSE(late(d(2020, 3, 1)));
        f.events.back().notified = d(2020, 2, 18);
        CHECK(late(d(2020, 3, 1)));
        // Not notified at all: in time up to the 17th, late from the 18th.
        f.events.back().notified.reset();
        CHECK_FALSE(late(d(2020, 2, 17)));
        CHECK(late(d(2020, 2, 18)));

        // 2021 art. 21: 3 working days. Decided Wednesday 2022-01-05: 6, 7 and Monday 10 January.
        case_file h("C-4", assistance_category::dibao, "LD-0004", luoding, d(2022, 1, 4));
        auto refusal = step(case_state::rejected, d(2022, 1, 5));
        refusal.reason = "人均收入高于标准";
        refusal.ground = decision_ground::income_above_standard;
        refusal.notified = d(2022, 1, 10);
        REQUIRE(h.advance(refusal).has_value());
        CHECK(findings_of(h, d(2022, 2, 1)).empty());
        h.events.back().notified = d(2022, 1, 11);
        const auto policy = policy_table::national_defaults();
        rule_context c(rules, policy, d(2022, 2, 1));
        check(h, c);
        const auto found = c.take_findings();
        REQUIRE(found.size() == 1);
        CHECK(found[0].rule_id == "RCP-058");
        CHECK(found[0].message_zh ==
              "不予批准（确认）的决定应于 2022-01-10 前书面通知申请人（3 个工作日内），实际通知于 2022-01-11");
        CHECK(
            found[0].message_en ==
            "the refusal was due to be notified in writing by 2022-01-10 (within 3 working days); notified 2022-01-11");
        h.events.back().notified.reset();
        CHECK(findings_of(h, d(2022, 1, 10)).empty());
        CHECK(findings_of(h, d(2022, 1, 11)) == std::set<std::string>{"RCP-058 /events/1/notified"});
    }

    TEST_CASE("case_file: a refusal notified before its decision is a wrong date, never in time (RCP-058)")
    {
        case_file h("C-4", assistance_category::dibao, "LD-0004", luoding, d(2022, 1, 4));
        auto refusal = step(case_state::rejected, d(2022, 1, 5));
        refusal.reason = "人均收入高于标准";
        refusal.ground = decision_ground::income_above_standard;
        refusal.notified = d(2022, 1, 5);  // the day of the decision
        REQUIRE(h.advance(refusal).has_value());
        CHECK(findings_of(h, d(2022, 2, 1)).empty());
        h.events.back().notified = d(2022, 1, 4);  // the day before
        const auto policy = policy_table::national_defaults();
        rule_context c(rules, policy, d(2022, 2, 1));
        check(h, c);
        const auto found = c.take_findings();
        REQUIRE(found.size() == 1);
        CHECK(found[0].rule_id == "RCP-058");
        CHECK(found[0].path.str() == "/events/1/notified");
        CHECK(found[0].message_zh ==
              "不予批准（确认）的决定应于 2022-01-10 前书面通知申请人（3 个工作日内），"
              "通知日期 2022-01-04 早于决定日期 2022-01-05");
    }

    TEST_CASE("case_file: a 特困 refusal is notified in writing within 3 working days from 2021-07-01 (RCP-058)")
    {
        // 民发〔2021〕43号 art. 18: "在作出决定3个工作日内 ... 书面告知". Refused Friday 2021-09-17: Saturday the 18th
        // is the Mid-Autumn make-up working day, the 19th to 21st are off, so the third working day is the 23rd.
        const auto refused = [](date accepted, date decided, std::optional<date> notified) {
            case_file t("T-10", assistance_category::tekun, "445381194001010011", luoding, accepted);
            REQUIRE(t.advance(step(case_state::accepted, accepted)).has_value());
            REQUIRE(t.advance(investigation(plus(accepted, 1), 2)).has_value());
            REQUIRE(t.advance(step(case_state::township_notice, plus(accepted, 5))).has_value());
            REQUIRE(t.advance(step(case_state::county_review, plus(accepted, 13))).has_value());
            auto no = step(case_state::rejected, decided);
            no.reason = "本人收入高于当地最低生活保障标准";
            no.ground = decision_ground::income_above_standard;
            no.notified = notified;
            REQUIRE(t.advance(no).has_value());
            return t;
        };
        const auto accepted = d(2021, 9, 1);
        const auto decided = d(2021, 9, 17);
        CHECK(findings_of(refused(accepted, decided, d(2021, 9, 17)), d(2021, 10, 15)).empty());
        CHECK(findings_of(refused(accepted, decided, d(2021, 9, 22)), d(2021, 10, 15)).empty());
        CHECK(findings_of(refused(accepted, decided, d(2021, 9, 23)), d(2021, 10, 15)).empty());
        CHECK(findings_of(refused(accepted, decided, d(2021, 9, 24)), d(2021, 10, 15)) ==
              std::set<std::string>{"RCP-058 /events/5/notified"});
        // Not notified yet: in time on the 23rd, late from the 24th.
        const auto pending = refused(accepted, decided, std::nullopt);
        CHECK(findings_of(pending, d(2021, 9, 23)).empty());
        CHECK(findings_of(pending, d(2021, 9, 24)) == std::set<std::string>{"RCP-058 /events/5/notified"});
        const auto policy = policy_table::national_defaults();
        rule_context c(rules, policy, d(2021, 9, 24));
        check(pending, c);
        const auto found = c.take_findings();
        REQUIRE(found.size() == 1);
        CHECK(found[0].message_zh ==
              "不予批准（确认）的决定应于 2021-09-23 前书面通知申请人（3 个工作日内），至 2021-09-24 仍未通知");
        CHECK(found[0].source.find("民发〔2021〕43号 第十八条") != std::string::npos);
        // The 2016 measures set no time: a case accepted on 2021-06-30 is judged by them, one accepted on
        // 2021-07-01 by the 2021 measures, whatever the day of the refusal.
        CHECK(findings_of(refused(d(2021, 6, 30), d(2021, 7, 16), std::nullopt), d(2021, 12, 1)).empty());
        CHECK(findings_of(refused(d(2021, 7, 1), d(2021, 7, 16), std::nullopt), d(2021, 12, 1)) ==
              std::set<std::string>{"RCP-058 /events/5/notified"});
        // A refusal after the township's investigation, before any notice, ends the township's stage: it is not
        // still open (art. 13, 15 working days).
        case_file early("T-11", assistance_category::tekun, "445381194001010011", luoding, d(2022, 3, 1));
        REQUIRE(early.advance(step(case_state::accepted, d(2022, 3, 1))).has_value());
        REQUIRE(early.advance(investigation(d(2022, 3, 2), 2)).has_value());
        auto no = step(case_state::rejected, d(2022, 3, 4));
        no.reason = "有法定赡养义务人且具备履行能力";
        no.ground = decision_ground::able_supporter;
        no.notified = d(2022, 3, 7);
        REQUIRE(early.advance(no).has_value());
        CHECK(findings_of(early, d(2022, 6, 1)).empty());
    }

    TEST_CASE("case_file: after an objection to a 2021 特困 notice a new opinion is posted within 15 working days")
    {
        // 民发〔2021〕43号 art. 15: "对公示有异议的 ... 重新组织调查核实，在15个工作日内提出初审意见，并重新公示".
        // Investigated again from Thursday 2021-11-18: the 15th working day is Thursday 2021-12-09.
        const auto objected = [](date accepted, date again, case_state how, std::optional<date> reposted) {
            case_file t("T-12", assistance_category::tekun, "445381194001010011", luoding, accepted);
            REQUIRE(t.advance(step(case_state::accepted, accepted)).has_value());
            REQUIRE(t.advance(investigation(plus(accepted, 1), 2)).has_value());
            REQUIRE(t.advance(step(case_state::township_notice, plus(accepted, 4))).has_value());
            REQUIRE(
                t.advance(how == case_state::investigating ? investigation(again, 2) : step(how, again)).has_value());
            if (reposted) REQUIRE(t.advance(step(case_state::township_notice, *reposted)).has_value());
            return t;
        };
        const auto accepted = d(2021, 11, 1);
        const auto again = d(2021, 11, 18);
        const auto inv = case_state::investigating;
        CHECK(findings_of(objected(accepted, again, inv, d(2021, 12, 8)), d(2021, 12, 10)).empty());
        CHECK(findings_of(objected(accepted, again, inv, d(2021, 12, 9)), d(2021, 12, 10)).empty());
        CHECK(findings_of(objected(accepted, again, inv, d(2021, 12, 10)), d(2021, 12, 10)) ==
              std::set<std::string>{"RCP-054 /events"});
        // Still investigating: in time on the 9th, late on the 10th.
        CHECK(findings_of(objected(accepted, again, inv, std::nullopt), d(2021, 12, 9)).empty());
        const auto open = objected(accepted, again, inv, std::nullopt);
        const auto policy = policy_table::national_defaults();
        rule_context c(rules, policy, d(2021, 12, 10));
        check(open, c);
        const auto found = c.take_findings();
        REQUIRE(found.size() == 1);
        CHECK(found[0].rule_id == "RCP-054");
        CHECK(found[0].message_zh == "异议后重新调查应于 2021-12-09 前完成（15 个工作日），至 2021-12-10 仍未完成");
        // An appraisal after the objection (the township's choice, art. 14) is part of the same 15 days.
        CHECK(findings_of(objected(accepted, again, case_state::appraisal, d(2021, 12, 9)), d(2021, 12, 10)).empty());
        CHECK(findings_of(objected(accepted, again, case_state::appraisal, d(2021, 12, 10)), d(2021, 12, 10)) ==
              std::set<std::string>{"RCP-054 /events"});
        // The 2016 measures' limit was not read: a case accepted on 2021-06-30 is not held to 15 working days, one
        // accepted on 2021-07-01 is.
        CHECK(findings_of(objected(d(2021, 6, 30), d(2021, 7, 13), inv, d(2021, 9, 1)), d(2021, 9, 1)).empty());
        CHECK(findings_of(objected(d(2021, 7, 1), d(2021, 7, 13), inv, d(2021, 9, 1)), d(2021, 9, 1)) ==
              std::set<std::string>{"RCP-054 /events"});
    }

    TEST_CASE("case_file: the 2012 appraisal — representatives two thirds of the participants (RCP-061)")
    {
        // 民发〔2012〕220号 art. 22: 村（居）民代表 not fewer than 2/3 of all who take part.
        const auto with = [](int participants, int representatives) {
            auto f = by_the_book_2012();
            f.events[3].appraisal = appraisal_record{d(2020, 1, 14), participants, representatives};
            return findings_of(f, d(2020, 2, 11));
        };
        const std::set<std::string> short_of{"RCP-061 /events/3/appraisal/representatives"};
        CHECK(with(9, 6).empty());  // exactly two thirds
        CHECK(with(9, 5) == short_of);
        CHECK(with(9, 7).empty());
        CHECK(with(10, 7).empty());      // 7/10 > 2/3
        CHECK(with(10, 6) == short_of);  // 6/10 < 2/3: no rounding up
        CHECK(with(3, 2).empty());
        // Counts that cannot be: more representatives than participants, nobody, a negative count.
        CHECK(with(9, 10) == short_of);
        CHECK(with(0, 0) == short_of);
        CHECK(with(9, -1) == short_of);
        // No record given: nothing to judge.
        auto f = by_the_book_2012();
        f.events[3].appraisal.reset();
        CHECK(findings_of(f, d(2020, 2, 11)).empty());
        // The meeting cannot be held before the investigation ended, nor after the next step began.
        f.events[3].appraisal = appraisal_record{d(2020, 1, 12), 9, 6};
        CHECK(findings_of(f, d(2020, 2, 11)) == std::set<std::string>{"RCP-061 /events/3/appraisal/held"});
        f.events[3].appraisal->held = d(2020, 1, 13);
        CHECK(findings_of(f, d(2020, 2, 11)).empty());
        f.events[3].appraisal->held = d(2020, 1, 15);  // the day of the township notice
        CHECK(findings_of(f, d(2020, 2, 11)).empty());
        f.events[3].appraisal->held = d(2020, 1, 16);
        CHECK(findings_of(f, d(2020, 2, 11)) == std::set<std::string>{"RCP-061 /events/3/appraisal/held"});
        // The message says what was counted.
        f.events[3].appraisal = appraisal_record{d(2020, 1, 14), 9, 5};
        const auto policy = policy_table::national_defaults();
        rule_context c(rules, policy, d(2020, 2, 11));
        check(f, c);
        const auto found = c.take_findings();
        REQUIRE(found.size() == 1);
        CHECK(found[0].message_zh == "民主评议参加 9 人，其中村（居）民代表 5 人，不足三分之二");
    }

    TEST_CASE("case_file: the 2012 appraisal is held within 5 working days of the investigation's end (RCP-054)")
    {
        // 民发〔2012〕220号 art. 21. The investigation ended on Monday 13 January 2020 (the day the case entered the
        // appraisal step): 14, 15, 16, 17 and Sunday the 19th (a make-up working day of the Spring Festival), so the
        // meeting is due by the 19th.
        const auto held_on = [](date held) {
            case_file f("C-7", assistance_category::dibao, "LD-0007", luoding, d(2020, 1, 6));
            REQUIRE(f.advance(step(case_state::accepted, d(2020, 1, 6))).has_value());
            REQUIRE(f.advance(investigation(d(2020, 1, 7), 2)).has_value());
            REQUIRE(f.advance(appraisal(d(2020, 1, 13), held, 9, 6)).has_value());
            REQUIRE(f.advance(step(case_state::township_notice, d(2020, 1, 22))).has_value());
            return findings_of(f, d(2020, 1, 22)).count("RCP-054 /events");
        };
        CHECK(held_on(d(2020, 1, 17)) == 0);
        CHECK(held_on(d(2020, 1, 18)) == 0);
        CHECK(held_on(d(2020, 1, 19)) == 0);  // the fifth working day
        CHECK(held_on(d(2020, 1, 20)) == 1);
    }

    TEST_CASE("case_file: 2021 appraisals — after an objection (低保 art. 19), at the township's choice (特困)")
    {
        // 低保 2021: no appraisal straight after the investigation, one after an objection to the notice.
        case_file g("C-8", assistance_category::dibao, "LD-0008", luoding, d(2022, 1, 4));
        REQUIRE(g.advance(step(case_state::accepted, d(2022, 1, 4))).has_value());
        REQUIRE(g.advance(investigation(d(2022, 1, 5), 2)).has_value());
        CHECK(g.advance(step(case_state::appraisal, d(2022, 1, 6))).error() == error::illegal_transition);
        REQUIRE(g.advance(step(case_state::township_notice, d(2022, 1, 10))).has_value());
        // An objection during the notice: an appraisal once the notice is over, then a new notice.
        REQUIRE(g.advance(appraisal(d(2022, 1, 18), d(2022, 1, 18), 9, 3)).has_value());
        REQUIRE(g.advance(step(case_state::township_notice, d(2022, 1, 19))).has_value());
        // The 2/3 rule is the 2012 measures': not asked of a 2021 case.
        CHECK(findings_of(g, d(2022, 1, 19)).empty());
        // 特困 2021 (民发〔2021〕43号): the township may hold one after its investigation.
        case_file t("T-2", assistance_category::tekun, "445381194001010011", luoding, d(2022, 1, 4));
        REQUIRE(t.advance(step(case_state::accepted, d(2022, 1, 4))).has_value());
        REQUIRE(t.advance(investigation(d(2022, 1, 5), 2)).has_value());
        REQUIRE(t.advance(step(case_state::appraisal, d(2022, 1, 10))).has_value());
        REQUIRE(t.advance(step(case_state::township_notice, d(2022, 1, 12))).has_value());
        CHECK(findings_of(t, d(2022, 1, 12)).empty());
        // 特困 under the 2016 measures (accepted in 2020): no appraisal step.
        case_file old("T-3", assistance_category::tekun, "445381194001010011", luoding, d(2020, 3, 2));
        REQUIRE(old.advance(step(case_state::accepted, d(2020, 3, 2))).has_value());
        REQUIRE(old.advance(investigation(d(2020, 3, 3), 2)).has_value());
        CHECK(old.advance(step(case_state::appraisal, d(2020, 3, 9))).error() == error::illegal_transition);
    }

    TEST_CASE("case_file: 特困 support ends only after the 7-day termination notice from 2021-07-01 (RCP-062)")
    {
        // 民发〔2021〕43号 art. 26, judged by the termination's own date.
        const auto ended_on = [](date accepted, date end_on, bool posted) {
            case_file t("T-4", assistance_category::tekun, "445381194001010011", luoding, accepted);
            REQUIRE(t.advance(step(case_state::accepted, accepted)).has_value());
            REQUIRE(t.advance(investigation(accepted + boost::gregorian::days(1), 2)).has_value());
            REQUIRE(t.advance(step(case_state::township_notice, accepted + boost::gregorian::days(3))).has_value());
            REQUIRE(t.advance(step(case_state::county_review, accepted + boost::gregorian::days(14))).has_value());
            REQUIRE(t.advance(step(case_state::approved, accepted + boost::gregorian::days(16))).has_value());
            if (posted)
                REQUIRE(
                    t.advance(step(case_state::termination_notice, end_on - boost::gregorian::days(10))).has_value());
            auto end = step(case_state::terminated, end_on);
            end.reason = "死亡";
            end.ground = decision_ground::death;
            REQUIRE(t.advance(end).has_value());
            return findings_of(t, end_on).count(posted ? "RCP-062 /events/7" : "RCP-062 /events/6");
        };
        // A case accepted under the 2016 measures, ended the day before, the day, the day after they changed.
        CHECK(ended_on(d(2020, 3, 2), d(2021, 6, 30), false) == 0);
        CHECK(ended_on(d(2020, 3, 2), d(2021, 7, 1), false) == 1);
        CHECK(ended_on(d(2020, 3, 2), d(2021, 7, 2), false) == 1);
        CHECK(ended_on(d(2020, 3, 2), d(2021, 7, 2), true) == 0);
        CHECK(ended_on(d(2022, 1, 4), d(2022, 6, 9), false) == 1);
        CHECK(ended_on(d(2022, 1, 4), d(2022, 6, 20), true) == 0);
    }

    TEST_CASE("case_file: a 特困 change of self-care is reassessed within 10 working days of the report (RCP-063)")
    {
        // 民发〔2021〕43号 art. 23. Reported Tuesday 2022-03-01: ten working days end on Tuesday 2022-03-15.
        const auto late = [](date reported, std::optional<date> reassessed, date checked) {
            case_file t("T-5", assistance_category::tekun, "445381194001010011", luoding, d(2021, 9, 1));
            t.care_changes.push_back({reported, reassessed});
            return findings_of(t, checked).count("RCP-063 /care_changes/0/reassessed");
        };
        CHECK(late(d(2022, 3, 1), d(2022, 3, 14), d(2022, 4, 1)) == 0);
        CHECK(late(d(2022, 3, 1), d(2022, 3, 15), d(2022, 4, 1)) == 0);  // the tenth working day
        CHECK(late(d(2022, 3, 1), d(2022, 3, 16), d(2022, 4, 1)) == 1);
        // Still pending: on time up to the last day, late the day after.
        CHECK(late(d(2022, 3, 1), std::nullopt, d(2022, 3, 15)) == 0);
        CHECK(late(d(2022, 3, 1), std::nullopt, d(2022, 3, 16)) == 1);
        // A reassessment dated before the report is a wrong date, never on time.
        CHECK(late(d(2022, 3, 1), d(2022, 2, 28), d(2022, 4, 1)) == 1);
        // The rule is from 2021-07-01, judged by the report's date.
        CHECK(late(d(2021, 6, 30), std::nullopt, d(2022, 4, 1)) == 0);
        CHECK(late(d(2021, 7, 1), std::nullopt, d(2022, 4, 1)) == 1);
        // Rest days do not count and make-up days do: reported Friday 2022-09-30, 1-7 October are off, Saturday 8
        // and Sunday 9 October are working days (国办发明电〔2021〕11号), so the tenth working day is 19 October.
        CHECK(late(d(2022, 9, 30), std::nullopt, d(2022, 10, 19)) == 0);
        CHECK(late(d(2022, 9, 30), std::nullopt, d(2022, 10, 20)) == 1);
        // The message names the report, the limit and the due day in Chinese.
        case_file t("T-6", assistance_category::tekun, "445381194001010011", luoding, d(2021, 9, 1));
        t.care_changes.push_back({d(2022, 3, 1), std::nullopt});
        const auto policy = policy_table::national_defaults();
        rule_context c(rules, policy, d(2022, 4, 1));
        check(t, c);
        const auto found = c.take_findings();
        REQUIRE(found.size() == 1);
        CHECK(found[0].message_zh ==
              "2022-03-01 报告自理能力变化，应在 10 个工作日内（2022-03-15 前）重新评估：至 2022-04-01 仍未评估");
        CHECK(test::english_words(found[0].message_zh).empty());
        CHECK(found[0].source.find("第二十三条") != std::string::npos);
    }

    TEST_CASE("case_file: the notice's 7th day is still inside the notice (RCP-050)")
    {
        auto f = by_the_book_2012();
        // Township notice posted 15 January runs 16-22 January: leaving on the 22nd is one day short.
        f.events[5].on = d(2020, 1, 22);
        CHECK(findings_of(f, d(2020, 2, 11)).count("RCP-050 /events/5") == 1);
        f.events[5].on = d(2020, 1, 23);
        CHECK(findings_of(f, d(2020, 2, 11)).count("RCP-050 /events/5") == 0);
        // The county notice of 3 February runs 4-10 February; approval on the 10th is too early.
        f.events[7].on = d(2020, 2, 10);
        CHECK(findings_of(f, d(2020, 2, 11)).count("RCP-050 /events/7") == 1);
    }

    TEST_CASE("notice_end: the posting day not counted, a last day off moved to the next working day")
    {
        const auto cal = work_calendar::china();
        CHECK(notice_end(d(2020, 2, 3), 7, cal).value() == d(2020, 2, 10));   // a Monday: as counted
        CHECK(notice_end(d(2020, 2, 1), 7, cal).value() == d(2020, 2, 10));   // Saturday 8th -> Monday 10th
        CHECK(notice_end(d(2020, 1, 17), 7, cal).value() == d(2020, 2, 3));   // into the extended Spring Festival
        CHECK(notice_end(d(2020, 1, 12), 7, cal).value() == d(2020, 1, 19));  // a make-up working Sunday
        CHECK(notice_end(d(2020, 9, 24), 7, cal).value() == d(2020, 10, 9));  // National Day and Mid-Autumn
        CHECK(notice_end(d(2020, 2, 3), 0, cal).value() == d(2020, 2, 3));
        CHECK(notice_end(d(2020, 2, 3), -1, cal).error() == error::negative_count);
        CHECK(notice_end(d(2018, 2, 3), 7, cal).error() == error::outside_calendar);
    }

    TEST_CASE("case_file: a notice whose last day is a rest day runs to the next working day (RCP-050)")
    {
        // The 2012 township notice posted on 1 February 2020 (a holiday of the extension): seven days end on
        // Saturday the 8th, moved to Monday the 10th. The county review may start on the 11th, not on the 9th or
        // 10th, which adding days by hand allowed.
        case_file f("C-2", assistance_category::dibao, "LD-0001", luoding, d(2020, 1, 20));
        REQUIRE(f.advance(step(case_state::accepted, d(2020, 1, 20))).has_value());
        REQUIRE(f.advance(investigation(d(2020, 1, 21), 2)).has_value());
        REQUIRE(f.advance(step(case_state::appraisal, d(2020, 1, 22))).has_value());
        REQUIRE(f.advance(step(case_state::township_notice, d(2020, 2, 1))).has_value());
        auto review = [&](date on) {
            auto g = f;
            REQUIRE(g.advance(step(case_state::county_review, on)).has_value());
            return findings_of(g, on).count("RCP-050 /events/5");
        };
        CHECK(review(d(2020, 2, 9)) == 1);
        CHECK(review(d(2020, 2, 10)) == 1);  // the notice's last day
        CHECK(review(d(2020, 2, 11)) == 0);  // the day after
        // Outside the calendar's years (2018): rest days are unknown, yet a step within the days counted is
        // still too early; the day after them is not judged.
        case_file g("C-3", assistance_category::dibao, "LD-0001", luoding, d(2018, 3, 1));
        REQUIRE(g.advance(step(case_state::accepted, d(2018, 3, 1))).has_value());
        REQUIRE(g.advance(investigation(d(2018, 3, 2), 2)).has_value());
        REQUIRE(g.advance(step(case_state::appraisal, d(2018, 3, 5))).has_value());
        REQUIRE(g.advance(step(case_state::township_notice, d(2018, 3, 6))).has_value());
        const auto early = [&](date on) {
            auto h = g;
            REQUIRE(h.advance(step(case_state::county_review, on)).has_value());
            return findings_of(h, on).count("RCP-050 /events/5");
        };
        CHECK(early(d(2018, 3, 13)) == 1);  // the seventh day
        CHECK(early(d(2018, 3, 14)) == 0);
    }

    TEST_CASE("case_file: investigation teams need two people (RCP-051) — near relatives are registered and visited")
    {
        auto f = by_the_book_2012();
        f.events[2].investigators = 1;
        CHECK(findings_of(f, d(2020, 2, 11)).count("RCP-051 /events/2/investigators") == 1);
        f.events[2].investigators = 2;
        f.near_relative = true;
        CHECK(findings_of(f, d(2020, 2, 11)) ==
              std::set<std::string>{"RCP-052 /separately_registered", "RCP-053 /events"});
        f.separately_registered = true;
        f.events.back().home_visit = true;
        CHECK(findings_of(f, d(2020, 2, 11)).empty());
    }

    TEST_CASE("case_file: deadlines in working days, across the 2020 Spring Festival extension (RCP-054)")
    {
        // 2012: investigation within 10 working days of acceptance. Accepted 20 Jan 2020: 21, 22, 23 Jan, then
        // 3-7 Feb and 10-11 Feb make 10, so the deadline is 11 Feb (the extended holiday is not counted).
        case_file f("C-5", assistance_category::dibao, "LD-0005", luoding, d(2020, 1, 20));
        REQUIRE(f.advance(step(case_state::accepted, d(2020, 1, 20))).has_value());
        REQUIRE(f.advance(investigation(d(2020, 1, 21), 2)).has_value());
        CHECK(findings_of(f, d(2020, 2, 11)).empty());  // still open, but not yet late
        const auto late = findings_of(f, d(2020, 2, 12));
        CHECK(late.count("RCP-054 /events") == 1);
        REQUIRE(f.advance(appraisal(d(2020, 2, 11), d(2020, 2, 11), 7, 5)).has_value());
        CHECK(findings_of(f, d(2020, 2, 12)).empty());  // done on the last day
        f.events.back().on = d(2020, 2, 12);
        f.events.back().appraisal->held = d(2020, 2, 12);
        CHECK(findings_of(f, d(2020, 2, 12)).count("RCP-054 /events") == 1);  // done one working day late

        // 2021: 30 working days overall, 45 when extended.
        case_file g("C-6", assistance_category::dibao, "LD-0006", luoding, d(2022, 3, 1));
        REQUIRE(g.advance(step(case_state::accepted, d(2022, 3, 1))).has_value());
        REQUIRE(g.advance(investigation(d(2022, 3, 2), 2)).has_value());
        // The 30th working day after 1 March 2022 is 13 April (Saturday 2 April was a make-up working day and
        // 3-5 April the Qingming holiday).
        CHECK(findings_of(g, d(2022, 4, 13)).empty());
        CHECK(findings_of(g, d(2022, 4, 14)).count("RCP-054 /events") == 1);
        g.events.back().extended = true;
        CHECK(findings_of(g, d(2022, 4, 14)).empty());
    }

    TEST_CASE(
        "case_file: refusals, suspensions, reductions and terminations carry a reason and a listed ground (RCP-055)")
    {
        auto f = by_the_book_2012();
        auto stop = step(case_state::terminated, d(2020, 6, 1));
        REQUIRE(f.advance(stop).has_value());
        CHECK(findings_of(f, d(2020, 6, 1)).count("RCP-055 /events/8") == 1);
        f.events.back().reason = "家庭收入增加，超过低保标准";
        CHECK(findings_of(f, d(2020, 6, 1)).count("RCP-055 /events/8") == 1);  // no ground
        f.events.back().ground = decision_ground::regained_work_capacity;      // a 特困 ground, not a 低保 one
        CHECK(findings_of(f, d(2020, 6, 1)).count("RCP-055 /events/8") == 1);
        f.events.back().ground = decision_ground::income_above_standard;
        CHECK(findings_of(f, d(2020, 6, 1)).empty());
        CHECK_FALSE(f.is_active_on(d(2020, 6, 1)));
        CHECK(is_listed_ground(assistance_category::tekun, decision_ground::able_supporter));
        CHECK_FALSE(is_listed_ground(assistance_category::dibao, decision_ground::able_supporter));
    }

    TEST_CASE("case_file: 特困 ends after a termination notice — de facto child cases are never posted")
    {
        case_file t("T-1", assistance_category::tekun, "445381194001010011", luoding, d(2022, 1, 4));
        REQUIRE(t.advance(step(case_state::accepted, d(2022, 1, 4))).has_value());
        REQUIRE(t.advance(investigation(d(2022, 1, 5), 2)).has_value());
        REQUIRE(t.advance(step(case_state::township_notice, d(2022, 1, 14))).has_value());
        REQUIRE(t.advance(step(case_state::county_review, d(2022, 1, 24))).has_value());
        REQUIRE(t.advance(step(case_state::approved, d(2022, 1, 28))).has_value());
        REQUIRE(t.advance(step(case_state::termination_notice, d(2022, 6, 1))).has_value());
        auto end = step(case_state::terminated, d(2022, 6, 9));
        end.reason = "死亡";
        end.ground = decision_ground::death;
        REQUIRE(t.advance(end).has_value());
        CHECK(findings_of(t, d(2022, 6, 9)).empty());
        CHECK(findings_of(t, d(2022, 6, 9), policy_table{}).count("POL-002 /events") == 1);  // no notice length known

        case_file k("K-1", assistance_category::de_facto_unsupported_child, "445381201205010311", luoding,
                    d(2022, 1, 4));
        REQUIRE(k.advance(step(case_state::accepted, d(2022, 1, 4))).has_value());
        REQUIRE(k.advance(investigation(d(2022, 1, 5), 2)).has_value());
        CHECK(k.advance(step(case_state::township_notice, d(2022, 1, 10))).error() == error::illegal_transition);
        // Decoded from a file without advance(): the posting is a finding.
        k.events.push_back(step(case_state::township_notice, d(2022, 1, 10)));
        CHECK(findings_of(k, d(2022, 1, 10)).count("RCP-056 /events/3") == 1);
        k.events.back() = step(case_state::approved, d(2022, 1, 10));
        CHECK(findings_of(k, d(2022, 1, 10)).count("RCP-057 /events/3") == 1);
    }

    TEST_CASE("case_file: periodic review intervals by class and edition — overdue reviews (RCP-060)")
    {
        auto f = by_the_book_2012();  // approved 2020-02-11
        f.kind = registration_type::urban;
        const auto policy = policy_table::national_defaults();
        const auto due = [&](date on) {
            rule_context c(rules, policy, on);
            return next_review_due(f, c);
        };
        CHECK(due(d(2020, 3, 1)) == d(2021, 2, 11));  // unchanged: yearly
        f.review = review_class::stable;
        CHECK(due(d(2020, 3, 1)) == d(2020, 8, 11));  // 2012: every six months
        f.review = review_class::unstable;
        CHECK(due(d(2020, 3, 1)) == d(2020, 3, 11));  // 2012 urban: monthly
        f.kind = registration_type::rural;
        CHECK(due(d(2020, 3, 1)) == d(2020, 5, 11));  // 2012 rural: quarterly
        CHECK(findings_of(f, d(2020, 5, 11)).empty());
        CHECK(findings_of(f, d(2020, 5, 12)).count("RCP-060 /review") == 1);
        REQUIRE(f.advance(step(case_state::under_review, d(2020, 5, 8))).has_value());
        REQUIRE(f.advance(step(case_state::approved, d(2020, 5, 8))).has_value());
        CHECK(due(d(2020, 5, 12)) == d(2020, 8, 8));
        // Under the 2021 edition an unstable household is reviewed every six months.
        CHECK(due(d(2021, 9, 1)) == d(2020, 11, 8));
        f.review = review_class::unchanged;
        case_file child("K-2", assistance_category::orphan, "x", luoding, d(2020, 1, 2));
        rule_context c(rules, policy, d(2020, 3, 1));
        CHECK_FALSE(next_review_due(child, c).has_value());
    }

    TEST_CASE("case_file: states and grounds have names for JSON")
    {
        for (auto s :
             {case_state::applied, case_state::county_notice, case_state::termination_notice, case_state::terminated})
            CHECK(case_state_from_string(to_string(s)) == s);
        CHECK_FALSE(case_state_from_string("done").has_value());
        CHECK(decision_ground_from_string(to_string(decision_ground::age_limit)) == decision_ground::age_limit);
        CHECK_FALSE(decision_ground_from_string("whim").has_value());
    }

    TEST_CASE("case_file: a case id with an invisible character is VAL-003")
    {
        auto f = by_the_book_2012();
        REQUIRE(findings_of(f, d(2020, 2, 11)).empty());
        f.id += "\u202E";
        CHECK(findings_of(f, d(2020, 2, 11)) == std::set<std::string>{"VAL-003 /id"});
    }

    TEST_CASE("case_file: messages name steps in Chinese in the zh text and by their names in the en text")
    {
        const auto policy = policy_table::national_defaults();
        const auto judged = [&](const case_file& f, date on) {
            rule_context c(rules, policy, on);
            check(f, c);
            return c.take_findings();
        };
        case_file f("C-9", assistance_category::dibao, "LD-0009", luoding, d(2022, 1, 4));
        f.events.emplace_back(case_state::approved, d(2022, 1, 5));  // straight to approval, as data may hold
        const auto order = judged(f, d(2022, 1, 5));
        REQUIRE(order.size() >= 1);
        CHECK(order[0].rule_id == "RCP-057");
        CHECK(order[0].message_zh == "C-9 不能从“申请”转入“批准（享受中）”");
        CHECK(order[0].message_en == "C-9 cannot move from applied to approved");
        // A late start of the investigation (2021 art. 10: 3 working days from acceptance).
        case_file g("C-10", assistance_category::dibao, "LD-0010", luoding, d(2022, 3, 1));
        REQUIRE(g.advance(step(case_state::accepted, d(2022, 3, 1))).has_value());
        REQUIRE(g.advance(investigation(d(2022, 3, 10), 2)).has_value());
        bool late = false;
        for (const auto& x : judged(g, d(2022, 3, 10))) {
            if (x.rule_id != "RCP-054") continue;
            late = true;
            CHECK(x.message_zh.find("启动调查应于 2022-03-04 前完成（3 个工作日）") == 0);
            CHECK(x.message_zh.find('(') == std::string::npos);
            CHECK(x.message_en.find("start of investigation was due by 2022-03-04 (3 working days)") == 0);
        }
        CHECK(late);
    }
}
