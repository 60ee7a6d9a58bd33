// Tests minzheng/csv/records.hpp: persons, household members, disbursements and donations as CSV, both ways.
#include <minzheng/csv/records.hpp>
#include <minzheng/donations/disclosure.hpp>

#include "../recipients/support.hpp"
#include "../test_support.hpp"

#include <minzheng/json/document.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using minzheng::test::paths;

namespace {

using namespace minzheng;
using minzheng::test::d;

roster sample_roster()
{
    std::ifstream in(std::string(MINZHENG_SOURCE_DIR) + "/examples/data/yunfu-2020-02/roster-luoding.json");
    std::stringstream ss;
    ss << in.rdbuf();
    auto r = read_document<roster>(ss.str());
    REQUIRE(r.value.has_value());
    return std::move(*r.value);
}

}  // namespace

TEST_SUITE("documents.csv_records")
{
    TEST_CASE("persons: a round trip in Chinese and in English headers")
    {
        std::vector<person> persons;
        for (const auto& h : sample_roster().households) {
            for (const auto& m : h.members) persons.push_back(m.person);
        }
        REQUIRE(persons.size() > 20);
        persons[0].stated_sex = sex::female;
        persons[0].stated_birth_date = d(1968, 1, 10);
        persons[1].disability_certificate = disability::make(disability_category::physical, 2).value();
        persons[1].school = schooling::senior_high;
        for (const bool chinese : {true, false}) {
            const auto text = csv::write_persons(persons, chinese);
            CHECK(text.starts_with(chinese ? "\xEF\xBB\xBF身份证号,姓名" : "\xEF\xBB\xBFid,name"));
            const auto back = csv::read_persons(text);
            CHECK(back.findings.empty());
            REQUIRE(back.value.has_value());
            CHECK(*back.value == persons);
        }
    }

    TEST_CASE("persons: the library's own checks, row by row")
    {
        const auto r = csv::read_persons(
            "身份证号,姓名,性别,残疾证\n"
            "445381196801100019,陈大海,male,physical/2\n"
            "445381196801100018,,male,\n"
            "445381196801100019,陈大海,男,physical/9\n");
        CHECK_FALSE(r.value.has_value());
        CHECK(paths(r.findings) == std::vector<std::string>{"DOC-001 /3/id", "DOC-002 /3/name", "DOC-001 /4/disability",
                                                            "DOC-001 /4/stated_sex"});
    }

    TEST_CASE("members: households rebuilt from one row per member, and written back")
    {
        auto r = sample_roster();
        r.households[0].members[0].lost_capacity_to_work = true;
        r.households[0].members[0].separate_household = true;
        const auto rows = csv::member_rows(r.households);
        const auto text = csv::write_members(rows);
        CHECK(text.find("家庭编号,家庭户籍地区划") != std::string::npos);
        CHECK(text.find("丧失劳动能力,单独立户") != std::string::npos);
        CHECK(text.find("\r\n") != std::string::npos);
        const auto back = csv::read_members(text);
        REQUIRE(back.value.has_value());
        CHECK(*back.value == rows);
        const auto households = csv::households_of(*back.value);
        REQUIRE(households.value.has_value());
        REQUIRE(households.value->size() == r.households.size());
        for (std::size_t i = 0; i < r.households.size(); ++i) {
            CHECK((*households.value)[i].id == r.households[i].id);
            CHECK((*households.value)[i].members == r.households[i].members);
        }
        // Two rows of one household that disagree on its registration.
        auto conflicting = rows;
        conflicting[1].household_registration = division_code::find(445302).value();
        CHECK(paths(csv::households_of(conflicting).findings) ==
              std::vector<std::string>{"DOC-001 /3/household_registration"});
    }

    TEST_CASE("disbursements: money and goods, a round trip, and exactly one value a row")
    {
        std::vector<disbursement> rows;
        rows.push_back(disbursement{"P-1", "445381196801100019", "C-1", assistance_category::dibao,
                                    division_code::find(445381).value(), year_month::parse("2020-02").value(), 1,
                                    money::from_fen(66550), payment_channel::bank_account, d(2020, 2, 10),
                                    payment_status::paid, std::nullopt});
        auto goods = rows[0];
        goods.id = "P-2";
        goods.value = quantity::parse("250L").value();
        goods.channel = payment_channel::in_kind;
        goods.reverses = "P-0";
        rows.push_back(goods);
        const auto text = csv::write_disbursements(rows);
        CHECK(text.find(",665.50,") != std::string::npos);
        const auto back = csv::read_disbursements(text);
        CHECK(back.findings.empty());
        REQUIRE(back.value.has_value());
        CHECK(*back.value == rows);

        const auto neither = csv::read_disbursements(
            "编号,收款对象,救助类别,区划代码,所属月份,发放日期\n"
            "P-3,x,dibao,445381,2020-02,2020-02-10\n");
        CHECK(paths(neither.findings) == std::vector<std::string>{"DOC-001 /2"});
        const auto both = csv::read_disbursements(
            "编号,收款对象,救助类别,区划代码,所属月份,发放日期,金额（元）,物资,月数\n"
            "P-3,x,dibao,445381,2020-02,2020-02-10,1.00,1个,0\n");
        // A field refused: the row is not built, so the rule between its fields is not judged yet.
        CHECK(paths(both.findings) == std::vector<std::string>{"DOC-001 /2/months"});
    }

    TEST_CASE("donations: rows into a ledger and back out")
    {
        donation_ledger ledger;
        REQUIRE(ledger.open_fund("general", fund_kind::general, "疫情防控", "", d(2020, 1, 28)).has_value());
        const auto text = csv::write_donations({});
        CHECK(text.starts_with("\xEF\xBB\xBF日期,基金,捐赠人类型"));
        const auto rows = csv::read_donations(
            "日期,基金,捐赠人类型,捐赠人,金额（元）,物品,数量,公允价值（元）,价值依据\n"
            "2020-02-01,general,organisation,某公司,\"1,000,000.00\",,,,\n"
            "2020-02-02,general,person,张三,210.9万,,,,\n"
            "2020-02-03,general,anonymous,,,口罩,5000个,5000.00,invoice\n");
        CHECK(rows.findings.empty());
        REQUIRE(rows.value.has_value());
        for (const auto& r : *rows.value) REQUIRE(csv::receive(ledger, r).has_value());
        CHECK(ledger.entries().size() == 4);
        const auto out = csv::donation_rows(ledger);
        CHECK(out == *rows.value);
        const auto again = csv::read_donations(csv::write_donations(out, false));
        REQUIRE(again.value.has_value());
        CHECK(*again.value == out);

        const auto bad = csv::read_donations(
            "日期,基金,捐赠人类型,金额（元）,数量\n2020-02-01,general,person,1.00,1个\n"
            "2020-02-31,general,alien,,\n");
        CHECK(paths(bad.findings) == std::vector<std::string>{"DOC-001 /3/donor_type", "DOC-001 /3/on"});
    }

    TEST_CASE("donations: a sheet without a consent column names no donor in the public disclosure")
    {
        // 慈善法 art. 76: a donor's name is published only with their agreement; a missing column is no agreement.
        CHECK_FALSE(donor{}.disclose);
        donation_ledger ledger;
        REQUIRE(ledger.open_fund("general", fund_kind::general, "疫情防控", "", d(2020, 1, 28)).has_value());
        const auto rows = csv::read_donations(
            "日期,基金,捐赠人类型,捐赠人,金额（元）\n"
            "2020-02-02,general,person,张三,100.00\n");
        REQUIRE(rows.value.has_value());
        for (const auto& r : *rows.value) REQUIRE(csv::receive(ledger, r).has_value());
        const auto closed = make_disclosure(ledger, period::make(d(2020, 2, 1), d(2020, 2, 29)).value());
        CHECK(closed.named_donors.empty());
        // With the column saying yes, the same donor is named.
        donation_ledger agreed;
        REQUIRE(agreed.open_fund("general", fund_kind::general, "疫情防控", "", d(2020, 1, 28)).has_value());
        const auto yes = csv::read_donations(
            "日期,基金,捐赠人类型,捐赠人,金额（元）,同意公开\n"
            "2020-02-02,general,person,张三,100.00,是\n");
        REQUIRE(yes.value.has_value());
        for (const auto& r : *yes.value) REQUIRE(csv::receive(agreed, r).has_value());
        const auto open = make_disclosure(agreed, period::make(d(2020, 2, 1), d(2020, 2, 29)).value());
        REQUIRE(open.named_donors.size() == 1);
        CHECK(open.named_donors.front().first == "张三");
    }

    TEST_CASE("households_of: 80 000 member rows group in one pass, each household in the order first seen")
    {
        const auto luoding = division_code::find(445381).value();
        const auto someone = member(test::person_of("陈大明", "445381", d(1980, 1, 1), 123), relation::head);
        std::vector<csv::member_row> rows;
        rows.reserve(80'000);
        for (int i = 0; i < 80'000; ++i)
            rows.push_back(csv::member_row{"H-" + std::to_string(i / 2), luoding, registration_type::rural, someone});
        const auto grouped = csv::households_of(rows);
        REQUIRE(grouped.value.has_value());
        REQUIRE(grouped.value->size() == 40'000);
        CHECK(grouped.value->front().id == "H-0");
        CHECK(grouped.value->back().id == "H-39999");
        CHECK(grouped.value->at(12'345).members.size() == 2);
        // A later row that disagrees with its household's first row is still found, at its row.
        rows.push_back(csv::member_row{"H-7", luoding, registration_type::urban, someone});
        const auto bad = csv::households_of(rows);
        CHECK_FALSE(bad.value.has_value());
        CHECK(paths(bad.findings) == std::vector<std::string>{"DOC-001 /80002/household_registration"});
    }

    TEST_CASE("notice sheet: the public sheet shows what the notice holds, masked, and runs no formula")
    {
        const auto luoding = division_code::find(445381).value();
        const auto window = period::make(d(2020, 2, 3), d(2020, 2, 10)).value();
        const public_notice notice{luoding,
                                   window,
                                   d(2020, 2, 10),
                                   false,
                                   {{"DB-1", "张*明", "445381********1236", 3, money::from_fen(56'000)},
                                    {"=DB-2", "李*", "445381********0012", 1, std::nullopt}}};
        const auto zh = csv::write_notice(notice);
        CHECK(zh ==
              "\xEF\xBB\xBF案件编号,姓名,身份证号,保障人数,拟保障金额（元/月）\r\n"
              "DB-1,张*明,445381********1236,3,560.00\r\n"
              "'=DB-2,李*,445381********0012,1,\r\n");
        const auto en = csv::write_notice(notice, false);
        CHECK(
            en.starts_with("\xEF\xBB\xBF"
                           "case_id,name,id,household_size,amount\r\n"));
        // No full id, whatever the notice was built from: the sheet adds nothing the notice does not hold.
        CHECK(zh.find("1980") == std::string::npos);
    }
}
