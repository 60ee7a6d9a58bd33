// Tests minzheng/aid/payment.hpp: building a month's batch from the roster, every refused payment (a second
// payment, a case not receiving, above the entitlement, above the temporary-aid cap, after the deadline, bad
// reversals), reversals that cancel, approval and payment states, totals by programme and division.
#include <minzheng/aid/payment.hpp>

#include "../recipients/support.hpp"
#include "../test_support.hpp"
#include "batch_model.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace minzheng;
using minzheng::test::d;
using minzheng::test::member_of;
using minzheng::test::person_of;
using minzheng::test::yuan;

using minzheng::test::luoding;
using minzheng::test::rules;

namespace {

roster county()
{
    roster r;
    for (int i = 0; i < 3; ++i) {
        household h("LD-" + std::to_string(i), luoding);
        h.members.push_back(member_of(person_of("户主", "445381", d(1970 + i, 1, 1), 10 + i), relation::head));
        h.members.push_back(member_of(person_of("配偶", "445381", d(1972 + i, 2, 2), 20 + i), relation::spouse));
        h.incomes.push_back({h.members[0].person.id, income_kind::wages, yuan(100 * (i + 1))});
        h.property_meets_local_rule = true;
        r.households.push_back(h);
        case_file f("DB-" + std::to_string(i), assistance_category::dibao, h.id, luoding, d(2020, 1, 2));
        f.events.emplace_back(case_state::approved, d(2020, 2, 10));
        r.cases.push_back(f);
    }
    r.cases[2].events.emplace_back(case_state::suspended, d(2020, 3, 1));
    return r;
}

std::set<std::string> findings_of(const payment_batch& b, const roster& r, const policy_table& policy)
{
    std::set<std::string> out;
    for (const auto& f : validate_batch(b, r, rules, policy).findings) out.insert(f.rule_id + " " + f.path.str());
    return out;
}
}  // namespace

TEST_SUITE("aid.payment")
{
    TEST_CASE("batch: built from the receiving cases at their entitlements, checked clean, approved and paid")
    {
        const auto r = county();
        const auto policy = test::luoding_policy(560);
        auto built = build_dibao_batch(r, luoding, year_month::make(2020, 3).value(), d(2020, 3, 9), rules, policy);
        REQUIRE(built.batch.entries.size() == 2);  // DB-2 is suspended in March
        REQUIRE(built.skipped.size() == 1);
        CHECK(built.skipped[0].first == "DB-2");
        CHECK(std::get<money>(built.batch.entries[0].value) == yuan(1020));  // 560 × 2 − 100
        CHECK(std::get<money>(built.batch.entries[1].value) == yuan(920));
        CHECK(findings_of(built.batch, r, policy).empty());
        CHECK(built.batch.totals_by_programme().at(assistance_category::dibao) == yuan(1940));
        CHECK(built.batch.totals_by_division().at(luoding) == yuan(1940));
        CHECK(built.batch.mark_paid(d(2020, 3, 9)).error() == error::illegal_transition);  // not approved yet
        REQUIRE(built.batch.approve().has_value());
        CHECK(built.batch.approve().error() == error::illegal_transition);
        REQUIRE(built.batch.mark_paid(d(2020, 3, 9)).has_value());
        CHECK(built.batch.entries[0].status == payment_status::paid);
        // February, the approval month, pays nobody.
        CHECK(build_dibao_batch(r, luoding, year_month::make(2020, 2).value(), d(2020, 2, 9), rules, policy)
                  .batch.entries.empty());
    }

    TEST_CASE("batch: every refused payment is a finding with its path")
    {
        const auto r = county();
        const auto policy = test::luoding_policy(560);
        auto b = build_dibao_batch(r, luoding, year_month::make(2020, 3).value(), d(2020, 3, 9), rules, policy).batch;
        auto twice = b.entries[0];
        twice.id = "again";
        b.entries.push_back(twice);  // AID-001 at /entries/2 (the case paid twice for March)
        auto suspended = b.entries[1];
        suspended.id = "s";
        suspended.payee = "LD-2";
        suspended.case_id = "DB-2";
        b.entries.push_back(suspended);    // AID-002 at /entries/3
        b.entries[1].value = yuan(921);    // AID-003 at /entries/1 (owed 920)
        b.entries[0].on = d(2020, 3, 11);  // AID-005 at /entries/0 (after the 10th)
        auto unknown = b.entries[0];
        unknown.id = "x";
        unknown.case_id = "NOPE";
        unknown.payee = "LD-9";
        b.entries.push_back(unknown);  // AID-002 at /entries/4
        CHECK(findings_of(b, r, policy) ==
              std::set<std::string>{"AID-001 /entries/2/case_id", "AID-002 /entries/3/case_id",
                                    "AID-002 /entries/4/case_id", "AID-003 /entries/1/value", "AID-005 /entries/0/on"});
        // The 10th itself is in time; the rule is the 2012 measures' and is judged by the month paid for.
        b.entries[0].on = d(2020, 3, 10);
        CHECK(findings_of(b, r, policy).count("AID-005 /entries/0/on") == 0);
    }

    TEST_CASE("reversals: cancel an entry so it can be paid again — a second or unknown reversal is refused")
    {
        const auto r = county();
        const auto policy = test::luoding_policy(560);
        auto b = build_dibao_batch(r, luoding, year_month::make(2020, 3).value(), d(2020, 3, 9), rules, policy).batch;
        const auto reversal = disbursement::reversal_of(b.entries[0], "rev-1", d(2020, 3, 15)).value();
        CHECK(std::get<money>(reversal.value) == yuan(-1020));
        CHECK(reversal.reverses == b.entries[0].id);
        CHECK(disbursement::reversal_of(reversal, "rev-2", d(2020, 3, 16)).error() == error::illegal_transition);
        b.entries.push_back(reversal);
        auto corrected = b.entries[0];
        corrected.id = "corrected";
        corrected.on = d(2020, 3, 9);
        b.entries.push_back(corrected);
        CHECK(findings_of(b, r, policy).empty());  // the first payment was reversed: no double payment
        CHECK(b.totals_by_programme().at(assistance_category::dibao) == yuan(1940));
        auto again = reversal;
        again.id = "rev-again";
        b.entries.push_back(again);
        auto ghost = reversal;
        ghost.id = "rev-ghost";
        ghost.reverses = "no-such-entry";
        b.entries.push_back(ghost);
        CHECK(findings_of(b, r, policy) ==
              std::set<std::string>{"AID-010 /entries/4/reverses", "AID-010 /entries/5/reverses"});
    }

    TEST_CASE("temporary aid above the local cap (AID-004)")
    {
        auto r = county();
        case_file t("LS-1", assistance_category::temporary_assistance, r.households[0].members[0].person.id.to_string(),
                    luoding, d(2020, 2, 4));
        t.events.emplace_back(case_state::approved, d(2020, 2, 4));
        r.cases.push_back(t);
        auto policy = test::luoding_policy(560);
        REQUIRE(policy.add({"temporary_aid_cap", luoding, period::from(d(2020, 1, 1)), yuan(3000), ""}).has_value());
        payment_batch b{luoding, year_month::make(2020, 3).value(), {}};
        b.entries.push_back({"LS-1/1", "p", "LS-1", assistance_category::temporary_assistance, luoding,
                             year_month::make(2020, 3).value(), 1, yuan(3000), payment_channel::cash, d(2020, 3, 2),
                             payment_status::planned, std::nullopt});
        CHECK(findings_of(b, r, policy).empty());
        b.entries[0].value = yuan(3001);
        CHECK(findings_of(b, r, policy) == std::set<std::string>{"AID-004 /entries/0/value"});
    }

    TEST_CASE("goods can be disbursed and reversed too")
    {
        disbursement masks{"M-1",
                           "XX-JLY-01",
                           "",
                           assistance_category::tekun,
                           luoding,
                           year_month::make(2020, 2).value(),
                           1,
                           quantity::parse("250个").value(),
                           payment_channel::in_kind,
                           d(2020, 2, 5),
                           payment_status::paid,
                           std::nullopt};
        const auto back = disbursement::reversal_of(masks, "M-1r", d(2020, 2, 6)).value();
        CHECK(std::get<quantity>(back.value).base_amount() == -250);
        payment_batch b{luoding, year_month::make(2020, 2).value(), {masks, back}};
        CHECK(b.totals_by_programme().empty());  // goods are not money
    }

    TEST_CASE("AID-001: a case is paid at most once for every month a payment covers")
    {
        const auto r = county();
        const auto policy = test::luoding_policy(560);
        auto b = build_dibao_batch(r, luoding, year_month::make(2020, 3).value(), d(2020, 3, 9), rules, policy).batch;
        REQUIRE(b.entries.size() == 2);
        // A quarter from March for DB-0 overlaps its March payment; the same quarter for DB-1 from April does not.
        auto quarter = b.entries[0];
        quarter.id = "q-0";
        quarter.months = 3;
        b.entries.push_back(quarter);
        CHECK(findings_of(b, r, policy).count("AID-001 /entries/2/case_id") == 1);
        const auto report = validate_batch(b, r, rules, policy);
        for (const auto& f : report.findings) {
            if (f.rule_id == "AID-001") {
                CHECK(f.message_zh.find("已在第 1 笔（" + b.entries[0].id + "）发放") != std::string::npos);
                CHECK(f.message_zh.find("/entries") == std::string::npos);  // a clerk reads no JSON Pointer
                CHECK(f.message_en.find("already paid in entry 1 (" + b.entries[0].id + ")") != std::string::npos);
                CHECK(f.message_en.find("笔") == std::string::npos);
            }
        }
        // The same case under another payee text is still the same case.
        auto renamed = b.entries[1];
        renamed.id = "renamed";
        renamed.payee = "someone else";
        b.entries.erase(b.entries.begin() + 2);
        b.entries.push_back(renamed);
        CHECK(findings_of(b, r, policy).count("AID-001 /entries/2/case_id") == 1);
    }

    TEST_CASE("AID-001 without a case: payees compared as a clerk reads them")
    {
        const policy_table policy;
        payment_batch b{luoding, year_month::make(2020, 3).value(), {}};
        const disbursement a{"i-1",
                             "XX-JLY",
                             "",
                             assistance_category::temporary_assistance,
                             luoding,
                             year_month::make(2020, 3).value(),
                             1,
                             quantity::parse("100个").value(),
                             payment_channel::in_kind,
                             d(2020, 3, 9),
                             payment_status::planned,
                             std::nullopt};
        auto same = a;
        same.id = "i-2";
        same.payee = "ＸＸ－ＪＬＹ ";  // full-width, a trailing space: the same institution
        b.entries = {a, same};
        const roster r;
        CHECK(findings_of(b, r, policy) == std::set<std::string>{"AID-001 /entries/1/payee"});
    }

    TEST_CASE("AID-011: a partial or mismatched reversal cancels nothing — the month stays paid")
    {
        const auto r = county();
        const auto policy = test::luoding_policy(560);
        auto b = build_dibao_batch(r, luoding, year_month::make(2020, 3).value(), d(2020, 3, 9), rules, policy).batch;
        auto partial = disbursement::reversal_of(b.entries[0], "rev-1", d(2020, 3, 15)).value();
        partial.value = yuan(-500);  // the payment was 1020
        b.entries.push_back(partial);
        auto again = b.entries[0];
        again.id = "again";
        b.entries.push_back(again);
        CHECK(findings_of(b, r, policy) ==
              std::set<std::string>{"AID-011 /entries/2/value", "AID-001 /entries/3/case_id"});
        // One fen off is a mismatch too; the exact negation frees the month for the corrected payment.
        b.entries[2].value = yuan(-1020).plus(money::from_fen(1)).value();
        CHECK(findings_of(b, r, policy).count("AID-011 /entries/2/value") == 1);
        b.entries[2].value = yuan(-1020);
        CHECK(findings_of(b, r, policy).empty());
        // A reversal for another period does not match either.
        b.entries[2].period = year_month::make(2020, 4).value();
        CHECK(findings_of(b, r, policy).count("AID-011 /entries/2/value") == 1);
    }

    TEST_CASE("AID-012: a payment of zero or less, or of impossible months — VAL-001: an entry id twice")
    {
        const auto r = county();
        const auto policy = test::luoding_policy(560);
        auto b = build_dibao_batch(r, luoding, year_month::make(2020, 3).value(), d(2020, 3, 9), rules, policy).batch;
        b.entries[0].value = money::from_fen(0);
        b.entries[1].value = money::from_fen(-1);
        CHECK(findings_of(b, r, policy) ==
              std::set<std::string>{"AID-012 /entries/0/value", "AID-012 /entries/1/value"});
        b.entries[0].value = money::from_fen(1);  // one fen is a payment (and no more than is owed)
        b.entries[1].value = yuan(920);
        b.entries[1].months = 0;
        CHECK(findings_of(b, r, policy) == std::set<std::string>{"AID-012 /entries/1/months"});
        b.entries[1].months = 13;
        CHECK(findings_of(b, r, policy) == std::set<std::string>{"AID-012 /entries/1/months"});
        b.entries[1].months = 1;
        b.entries[1].id = b.entries[0].id;
        CHECK(findings_of(b, r, policy) == std::set<std::string>{"VAL-001 /entries/1/id"});
        // The message names the first entry by its number, never by a JSON Pointer.
        const auto report = validate_batch(b, r, rules, policy);
        REQUIRE(report.findings.size() == 1);
        CHECK(report.findings[0].message_zh == b.entries[0].id + " 重复：已在第 1 笔出现");
        CHECK(report.findings[0].message_en == b.entries[0].id + " appears twice: already in entry 1");
    }

    TEST_CASE("VAL-003: an entry id with an invisible character or outer space is refused")
    {
        const auto r = county();
        const auto policy = test::luoding_policy(560);
        auto b = build_dibao_batch(r, luoding, year_month::make(2020, 3).value(), d(2020, 3, 9), rules, policy).batch;
        REQUIRE(b.entries.size() >= 2);
        CHECK(findings_of(b, r, policy).empty());
        b.entries[0].id += "\u200B";
        b.entries[1].id = " " + b.entries[1].id;
        CHECK(findings_of(b, r, policy) == std::set<std::string>{"VAL-003 /entries/0/id", "VAL-003 /entries/1/id"});
    }

    TEST_CASE("batch: 20 000 random entries agree with an independent model of paid-once and reversals")
    {
        for (const std::uint64_t seed : {20'200'301ULL, 7ULL}) {
            const auto run = test::run_batch_model(seed, 10'000);
            INFO(run.what);  // the seed and batch that reproduce a failure
            CHECK(run.ok);
            CHECK(run.entries == 10'000);
            CHECK(run.findings > 1'000);  // the rules were exercised, not only clean batches
        }
    }

    TEST_CASE("AID-001: a payment after a double payment clashes with it in any month — reversal by index")
    {
        const policy_table policy;
        const roster nobody;
        const disbursement base{"a",
                                "张三",
                                "",
                                assistance_category::dibao,
                                luoding,
                                year_month::make(2020, 1).value(),
                                1,
                                yuan(100),
                                payment_channel::bank_account,
                                d(2020, 1, 5),
                                payment_status::planned,
                                std::nullopt};
        auto january = base;
        auto quarter = base;  // January to March: clashes with January
        quarter.id = "b";
        quarter.months = 3;
        auto march = base;  // clashes only with the quarter's March
        march.id = "c";
        march.period = year_month::make(2020, 3).value();
        payment_batch b{luoding, year_month::make(2020, 1).value(), {january, quarter, march}};
        CHECK(findings_of(b, nobody, policy) ==
              std::set<std::string>{"AID-001 /entries/1/payee", "AID-001 /entries/2/payee"});
        // Two payments under one id (VAL-001): a reversal of that id cancels the first only.
        auto twin = march;
        twin.id = "a";
        b.entries = {january, twin, disbursement::reversal_of(january, "a-r", d(2020, 1, 6)).value()};
        CHECK(findings_of(b, nobody, policy) == std::set<std::string>{"VAL-001 /entries/1/id"});
        // The twin pays January again: the reversal freed the first entry's January, which the twin now holds,
        // so one more January payment is a double payment.
        twin.period = january.period;
        b.entries[1] = twin;
        auto other = january;
        other.id = "c";
        b.entries.push_back(other);
        CHECK(findings_of(b, nobody, policy) ==
              std::set<std::string>{"VAL-001 /entries/1/id", "AID-001 /entries/3/payee"});
        b.entries.erase(b.entries.begin() + 2);  // without the reversal, the twin is the double payment too
        CHECK(findings_of(b, nobody, policy) ==
              std::set<std::string>{"VAL-001 /entries/1/id", "AID-001 /entries/1/payee", "AID-001 /entries/2/payee"});
    }

    TEST_CASE("AID-005: the payment deadline is the 2012 edition's — from 2021-07 only a locality's own")
    {
        const auto r = county();
        auto policy = test::luoding_policy(560);
        const auto batch_for = [&](int year, int month, date paid) {
            auto b = build_dibao_batch(r, luoding, year_month::make(year, month).value(), paid, rules, policy).batch;
            REQUIRE_FALSE(b.entries.empty());
            return b;
        };
        const auto late_and_missing = [&](const payment_batch& b) {
            std::set<std::string> out;
            for (const auto& f : validate_batch(b, r, rules, policy).findings)
                if (f.rule_id == "AID-005" || f.rule_id == "POL-002") out.insert(f.rule_id + " " + f.path.str());
            return out;
        };
        // June 2021, the last month of the 2012 measures (art. 31, 每月10日前): the 9th and 10th in time, the 11th
        // late.
        CHECK(late_and_missing(batch_for(2021, 6, d(2021, 6, 9))).empty());
        CHECK(late_and_missing(batch_for(2021, 6, d(2021, 6, 10))).empty());
        CHECK(late_and_missing(batch_for(2021, 6, d(2021, 6, 11))).count("AID-005 /entries/0/on") == 1);
        // July 2021: the 2021 measures say only 按月 (art. 25): no deadline, and no missing parameter either.
        CHECK(late_and_missing(batch_for(2021, 7, d(2021, 7, 11))).empty());
        CHECK(late_and_missing(batch_for(2021, 7, d(2021, 7, 28))).empty());
        // A county that keeps its own deadline from 2021-07 has it applied, at its boundary.
        REQUIRE(policy
                    .add({"dibao_payment_day_of_month", luoding, period::from(d(2021, 7, 1)), std::int64_t{15},
                          "县级规定（测试）"})
                    .has_value());
        CHECK(late_and_missing(batch_for(2021, 7, d(2021, 7, 15))).empty());
        CHECK(late_and_missing(batch_for(2021, 7, d(2021, 7, 16))).count("AID-005 /entries/0/on") == 1);
    }

    TEST_CASE("batch: a minor paid 特困 support and an orphan allowance for one month is AID-006 (from 2021-07)")
    {
        const auto policy = test::luoding_policy(560);
        // 小军 turns 18 on 2021-08-01; both cases receive from June 2021.
        const auto child = person_of("小军", "445381", d(2003, 8, 1), 31);
        roster r;
        r.persons.push_back(child);
        for (const auto& [id, category] :
             {std::pair{"TK-1", assistance_category::tekun}, std::pair{"GE-1", assistance_category::orphan},
              std::pair{"DB-9", assistance_category::dibao}}) {
            case_file f(id, category, child.id.to_string(), luoding, d(2021, 4, 1));
            f.events.emplace_back(case_state::approved, d(2021, 5, 10));
            r.cases.push_back(f);
        }
        const auto pay = [&](std::string id, std::string case_id, assistance_category programme, int month,
                             int months) {
            return disbursement{std::move(id),
                                child.id.to_string(),
                                std::move(case_id),
                                programme,
                                luoding,
                                year_month::make(2021, month).value(),
                                months,
                                yuan(100),
                                payment_channel::bank_account,
                                d(2021, month, 5),
                                payment_status::planned,
                                std::nullopt};
        };
        const auto batch_of = [&](std::vector<disbursement> entries) {
            return payment_batch{luoding, entries.front().period, std::move(entries)};
        };
        const std::string clash = "AID-006 /entries/1/programme";
        const auto clashes = [&](disbursement first, disbursement second) {
            return findings_of(batch_of({std::move(first), std::move(second)}), r, policy).count(clash);
        };
        // June 2021: the 2016 measures, no such rule; July: the 2021 measures, and 小军 is 17.
        CHECK(clashes(pay("P1", "TK-1", assistance_category::tekun, 6, 1),
                      pay("P2", "GE-1", assistance_category::orphan, 6, 1)) == 0);
        const auto july = batch_of({pay("P1", "TK-1", assistance_category::tekun, 7, 1),
                                    pay("P2", "GE-1", assistance_category::orphan, 7, 1)});
        CHECK(findings_of(july, r, policy).count(clash) == 1);
        const auto report = validate_batch(july, r, rules, policy);
        for (const auto& f : report.findings) {
            if (f.rule_id != "AID-006") continue;
            CHECK(f.message_zh ==
                  child.id.to_string() + " 在 2021-07 同时以特困和孤儿身份领取保障（另见第 1 笔（P1））");
            CHECK(f.source.find("第九条") != std::string::npos);
        }
        // August: 18 on its first day, no longer a minor.
        CHECK(clashes(pay("P1", "TK-1", assistance_category::tekun, 8, 1),
                      pay("P2", "GE-1", assistance_category::orphan, 8, 1)) == 0);
        // A quarter of 特困 support (Jul-Sep) against one month of the allowance inside it, and a quarter of the
        // allowance (Jun-Aug, June before the rule) against July's support.
        CHECK(clashes(pay("P1", "TK-1", assistance_category::tekun, 7, 3),
                      pay("P2", "GE-1", assistance_category::orphan, 9, 1)) == 0);  // September: already 18
        CHECK(clashes(pay("P1", "GE-1", assistance_category::orphan, 6, 3),
                      pay("P2", "TK-1", assistance_category::tekun, 7, 1)) == 1);
        // 低保 beside an orphan allowance is not exclusive; a reversed payment claims nothing.
        CHECK(clashes(pay("P1", "DB-9", assistance_category::dibao, 7, 1),
                      pay("P2", "GE-1", assistance_category::orphan, 7, 1)) == 0);
        auto reversed = july;
        reversed.entries.push_back(disbursement::reversal_of(reversed.entries[0], "R1", d(2021, 7, 6)).value());
        CHECK(findings_of(reversed, r, policy).count(clash) == 0);
    }
}
