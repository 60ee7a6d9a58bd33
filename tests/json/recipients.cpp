// Tests minzheng/json/recipients.hpp: every recipients type round-trips through JSON text; enumerations by name;
// wrong kinds, unknown names and missing members are error codes; verdicts and notices are written.
#include <minzheng/json/document.hpp>
#include <minzheng/json/recipients.hpp>

#include "../recipients/support.hpp"
#include "../test_support.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace minzheng;
using minzheng::test::d;
using minzheng::test::person_of;
namespace json = boost::json;

namespace {
template <class T>
T round_trip(const T& x)
{
    const auto text = json::serialize(json::value_from(x));
    auto back = json::try_value_to<T>(json::parse(text));
    REQUIRE(back.has_value());
    CHECK(*back == x);
    return *back;
}

template <class T>
std::error_code decode_error(std::string_view text)
{
    const auto r = json::try_value_to<T>(json::parse(text));
    REQUIRE_FALSE(r.has_value());
    return std::error_code(r.error());
}

person full_person()
{
    auto p = person_of("阿依古丽·买买提", "445381", d(1950, 2, 28), 22);
    p.stated_sex = sex::female;
    p.stated_birth_date = d(1950, 2, 28);
    p.registration_kind = registration_type::urban;
    p.disability_certificate = disability::make(disability_category::mental, 3).value();
    p.school = schooling::none;
    p.situations.push_back({situation_kind::lost_contact, period::from(d(2019, 1, 1))});
    p.situations.push_back({situation_kind::imprisoned, period::make(d(2010, 1, 1), d(2012, 1, 1)).value()});
    p.situations.push_back({situation_kind::in_custody, period::make(d(2009, 6, 1), d(2009, 12, 31)).value()});
    return p;
}
}  // namespace

TEST_SUITE("json.recipients")
{
    TEST_CASE("json: persons, households and their parts round-trip")
    {
        round_trip(full_person());
        round_trip(person_of("张三", "445381", d(1980, 1, 1), 11));
        household h("LD-0001", division_code::find(445381).value());
        h.kind = registration_type::urban;
        h.members.push_back(member(full_person(), relation::head));
        auto spouse = member(person_of("李四", "445381", d(1952, 1, 1), 11), relation::spouse);
        spouse.lives_together = false;
        spouse.covered = false;
        spouse.lost_capacity_to_work = true;
        spouse.separate_household = true;
        h.members.push_back(spouse);
        h.incomes.push_back({h.members[0].person.id, income_kind::transfer, test::yuan(300)});
        h.incomes.push_back({std::nullopt, income_kind::special_care_pension, test::yuan(120)});
        h.deductions.push_back({std::nullopt, deduction_kind::disability_or_illness, test::yuan(50)});
        h.property_meets_local_rule = false;
        round_trip(h);
        const auto v = json::value_from(h);
        CHECK(v.at("members").at(0).at("relation") == "head");
        CHECK(v.at("incomes").at(0).at("monthly") == 30000);
        CHECK(v.at("members").at(0).at("person").at("disability").at("category") == "mental");
        CHECK(v.at("members").at(1).at("lost_capacity_to_work") == true);
        CHECK(v.at("members").at(1).at("separate_household") == true);
        CHECK(v.at("members").at(0).at("separate_household") == false);
    }

    TEST_CASE("json: applications, cases, stays, enrolments and a roster round-trip")
    {
        tekun_application a(full_person(), test::yuan(200));
        supporter s(test::id_of("445381", d(1975, 5, 5), 13));
        s.on_dibao = true;
        s.disability_certificate = disability::make(disability_category::physical, 1).value();
        a.supporters.push_back(s);
        a.self_care = {true, false, true, false, true, true};
        a.recorded_tier = care_tier::partial_loss;
        a.already_supported = true;
        round_trip(a);

        child_application c(person_of("小军", "445381", d(2012, 5, 1), 31));
        c.parents[0].status = parent_status::deceased;
        c.parents[1].id = test::id_of("445381", d(1985, 1, 1), 21);
        c.parents[1].situations.push_back({situation_kind::imprisoned, period::from(d(2019, 1, 1))});
        c.parents[1].serious_illness = true;
        round_trip(c);

        temporary_aid_case t("LS-1", test::id_of("445381", d(1980, 1, 1), 11), division_code::find(445381).value(),
                             temporary_aid_type::emergency, d(2020, 2, 5));
        t.advance = true;
        t.paid_on = d(2020, 2, 5);
        t.cause = "火灾";
        t.amount = test::yuan(1000);
        t.household_id = "LD-0001";
        round_trip(t);

        vagrant_stay v("JZ-1", division_code::find(445321).value(), d(2020, 2, 1));
        v.description = "男，约50岁";
        v.left = d(2020, 2, 8);
        round_trip(v);

        case_file f("C-1", assistance_category::dibao, "LD-0001", division_code::find(445381).value(), d(2020, 1, 6));
        REQUIRE(f.advance(case_event(case_state::accepted, d(2020, 1, 6))).has_value());
        case_event inv(case_state::investigating, d(2020, 1, 7));
        inv.investigators = 2;
        REQUIRE(f.advance(inv).has_value());
        case_event no(case_state::rejected, d(2020, 1, 9));
        no.reason = "收入超标";
        no.ground = decision_ground::income_above_standard;
        no.notified = d(2020, 1, 10);
        REQUIRE(f.advance(no).has_value());
        f.kind = registration_type::rural;
        f.review = review_class::unstable;
        f.near_relative = true;
        round_trip(f);
        // 特困 care changes: one reassessed, one pending (null).
        case_file tk("T-1", assistance_category::tekun, "445381194001010011", division_code::find(445381).value(),
                     d(2022, 1, 4));
        tk.care_changes = {{d(2022, 3, 1), d(2022, 3, 10)}, {d(2022, 6, 1), std::nullopt}};
        round_trip(tk);
        CHECK(
            json::value_to<case_file>(
                json::parse(
                    R"({"id":"T","category":"tekun","subject":"S","division":"445381","events":[{"to":"applied","on":"2022-01-04"}],)"
                    R"("care_changes":[{"reported":"2022-03-01","reassessed":null}]})"))
                .care_changes == std::vector<care_change_report>{{d(2022, 3, 1), std::nullopt}});

        case_file g("C-2", assistance_category::dibao, "LD-0002", division_code::find(445381).value(), d(2020, 1, 6));
        REQUIRE(g.advance(case_event(case_state::accepted, d(2020, 1, 6))).has_value());
        REQUIRE(g.advance(inv).has_value());
        case_event meeting(case_state::appraisal, d(2020, 1, 13));
        meeting.appraisal = appraisal_record{d(2020, 1, 14), 9, 6};
        REQUIRE(g.advance(meeting).has_value());
        round_trip(g);

        roster r;
        r.households.push_back(household("LD-0001", division_code::find(445381).value()));
        r.persons.push_back(full_person());
        r.cases.push_back(f);
        r.enrolments.push_back({full_person().id, assistance_category::tekun, period::from(d(2020, 1, 1)), "C-1"});
        round_trip(r);
    }

    TEST_CASE("json: wrong kinds, unknown names and missing members are errors")
    {
        CHECK(decode_error<relation>(R"("cousin")") == error::invalid_character);
        CHECK(decode_error<relation>("3") == error::json_wrong_type);
        CHECK(decode_error<disability>(R"({"category":"physical","grade":5})") == error::invalid_number_format);
        CHECK(decode_error<disability>(R"({"category":"physical"})") == error::json_missing_field);
        CHECK(decode_error<person>(R"({"id":"445381198001011236"})") == error::json_missing_field);
        CHECK(decode_error<person>(R"({"id":"445381198001011237","name":"张三"})") == error::check_character_mismatch);
        CHECK(decode_error<person>(R"({"id":"445381198001011236","name":"张三","situations":{}})") ==
              error::json_wrong_type);
        CHECK(decode_error<household>(R"({"id":"H","registration":"445399"})") == error::unknown_division);
        CHECK(decode_error<household>("[]") == error::json_wrong_type);
        CHECK(decode_error<case_event>(R"({"to":"approved","on":"2020-02-30"})") == error::invalid_date);
        CHECK(decode_error<case_event>(R"({"to":"done","on":"2020-02-03"})") == error::invalid_character);
        CHECK(decode_error<case_event>(R"({"to":"appraisal","on":"2020-02-03","appraisal":{"held":"2020-02-04"}})") ==
              error::json_missing_field);
        CHECK(
            decode_error<case_event>(
                R"({"to":"appraisal","on":"2020-02-03","appraisal":{"held":"2020-02-31","participants":9,"representatives":6}})") ==
            error::invalid_date);
        CHECK(
            decode_error<case_file>(
                R"({"id":"C","category":"dibao","subject":"H","division":"445381","events":[{"to":"approved","on":"2020-02-03"}]})") ==
            error::illegal_transition);
        CHECK(
            decode_error<case_file>(R"({"id":"C","category":"dibao","subject":"H","division":"445381","events":[]})") ==
            error::illegal_transition);
        CHECK(decode_error<child_application>(
                  R"({"child":{"id":"445381198001011236","name":"张三"},"parents":[{}]})") == error::wrong_length);
        CHECK(decode_error<tekun_application>(
                  R"({"applicant":{"id":"445381198001011236","name":"张三"},"monthly_income":0,"self_care":[true]})") ==
              error::wrong_length);
        CHECK(decode_error<roster>(R"({"households":[{"id":"H"}]})") == error::json_missing_field);
    }

    TEST_CASE("json: a case file with steps out of order is read, and its check reports them")
    {
        const auto f = json::value_to<case_file>(json::parse(
            R"({"id":"C","category":"dibao","subject":"H","division":"445381",
                "events":[{"to":"applied","on":"2020-01-06"},{"to":"approved","on":"2020-01-07"}]})"));
        const rule_set rules;
        const auto policy = policy_table::national_defaults();
        rule_context c(rules, policy, d(2020, 1, 7));
        check(f, c);
        REQUIRE_FALSE(c.findings().empty());
        CHECK(c.findings().front().rule_id == "RCP-057");
    }

    TEST_CASE("json: verdicts and notices are written with their explanation")
    {
        household h("LD-0001", division_code::find(445381).value());
        h.members.push_back(member(person_of("张大山", "445381", d(1975, 3, 1), 11), relation::head));
        h.property_meets_local_rule = true;
        const auto verdict = assess_dibao(h, d(2020, 2, 10), rule_set{}, test::luoding_policy(560));
        const auto v = json::value_from(verdict);
        CHECK(v.at("eligible") == true);
        CHECK(v.at("category") == "dibao");
        CHECK(v.at("parameters").at(0).at("name") == "dibao_standard_rural_monthly");
        CHECK(v.at("parameters").at(0).at("value") == 56000);
        CHECK(v.at("inputs").at("dibao_standard_monthly") == "560.00元");

        public_notice n{division_code::find(445381).value(),
                        period::make(d(2020, 1, 23), d(2020, 1, 30)).value(),
                        d(2020, 1, 30),
                        false,
                        {{"C-1", "张*山", "445381********1231", 3, test::yuan(640)}}};
        const auto nv = json::value_from(n);
        CHECK(nv.at("rows").at(0).at("amount") == 64000);
        CHECK(nv.at("objection_deadline") == "2020-01-30");
    }

    TEST_CASE("every finding on the sample rosters and the fuzz corpus reads in Chinese, in each edition")
    {
        // #17 item 20: a clerk reads message_zh — no English words, enum names or JSON paths, whatever the call site
        // fills in. The rosters are the bundled samples and every roster input of the fuzz corpus that loads.
        namespace fs = std::filesystem;
        const auto source = fs::path(MINZHENG_SOURCE_DIR);
        const auto text_of = [](const fs::path& path) {
            std::ifstream in(path, std::ios::binary);
            std::stringstream ss;
            ss << in.rdbuf();
            return ss.str();
        };
        std::vector<std::string> texts{text_of(source / "examples/data/recipients/luoding-2020-02.json"),
                                       text_of(source / "examples/data/yunfu-2020-02/roster-luoding.json")};
        for (const auto& e : fs::directory_iterator(source / "tests/fuzz/corpus/fuzz_documents")) {
            const auto t = text_of(e.path());
            if (!t.empty() && static_cast<unsigned char>(t[0]) % 8 == 0) texts.push_back(t.substr(1));
        }
        const auto policy = read_policy_table(text_of(source / "examples/data/policy/yunfu-2020-sample.json"),
                                              policy_table::national_defaults());
        REQUIRE(policy.value.has_value());
        std::size_t rosters = 0;
        std::size_t findings = 0;
        for (const auto& text : texts) {
            const auto doc = read_document<roster>(text);
            if (!doc.value) continue;
            ++rosters;
            for (const auto on : {d(2020, 2, 29), d(2021, 7, 1), d(2022, 6, 1)}) {
                for (const auto& f : validate_roster(*doc.value, on, test::rules, *policy.value).findings) {
                    CAPTURE(f.rule_id);
                    CAPTURE(f.message_zh);
                    CHECK(test::english_words(f.message_zh).empty());
                    CHECK(f.message_zh.find("/households") == std::string::npos);
                    ++findings;
                }
            }
        }
        CHECK(rosters >= 2);
        CHECK(findings >= 10);
    }
}
