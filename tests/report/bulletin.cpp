// Tests minzheng/report/bulletin.hpp: the bulletin rebuilt from the bundled sample data gives every figure of the
// Yunfu bulletin (5000, 21000, 9000 and 8000 letters; 250 L and 250 masks; 8 households and 25 persons; 2 persons;
// 364 persons; 210.9万元), the city is the sum of its counties, and the rendering states them.
#include <minzheng/report/bulletin.hpp>

#include "../test_support.hpp"

#include <minzheng/csv/records.hpp>
#include <minzheng/json/report.hpp>

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

using namespace minzheng;

using minzheng::test::yunfu;

namespace {

const county_figures& county_of(const bulletin& b, std::uint32_t code)
{
    for (const auto& c : b.counties) {
        if (c.division.value() == code) return c;
    }
    FAIL("no such county in the bulletin");
    return b.total;
}

bulletin sample()
{
    static const auto data = read_bulletin_data(MINZHENG_SOURCE_DIR "/examples/data/yunfu-2020-02").value();
    return make_bulletin(data.inputs(), yunfu,
                         period::make(make_date(2020, 1, 1).value(), make_date(2020, 2, 10).value()).value());
}
}  // namespace

TEST_SUITE("report.bulletin")
{
    TEST_CASE("bulletin: every figure of the Yunfu bulletin comes out of the data")
    {
        const auto b = sample();
        REQUIRE(b.counties.size() == 5);
        CHECK(county_of(b, 445303).letters->to_string() == "5000份");
        CHECK(county_of(b, 445381).letters->to_string() == "21000份");
        CHECK(county_of(b, 445321).letters->to_string() == "9000份");
        CHECK(county_of(b, 445322).letters->to_string() == "8000份");
        const auto& luoding = county_of(b, 445381);
        CHECK(luoding.supplies_issued.at("消毒水").to_string() == "250L");
        CHECK(luoding.supplies_issued.at("口罩").to_string() == "250个");
        CHECK(luoding.new_dibao == inclusion_count{8, 25});
        CHECK(luoding.temporary_aid.persons == 2);
        const auto& xinxing = county_of(b, 445321);
        CHECK(xinxing.screened == screening_summary{364, 0});
        CHECK(xinxing.supplies_bought.at("电子体温计").to_string() == "4个");
        CHECK(xinxing.volunteer_person_times == 500);
        CHECK(xinxing.service_points == 13);
        CHECK(xinxing.volunteers == 30);
        CHECK(xinxing.restrictions.size() == 5);  // 三暂缓, three marriage announcements, the entrance notice
        CHECK(county_of(b, 445322).donations_received.to_wan_string(1) == "210.9万元");
        CHECK(county_of(b, 445302).institutions_measured == 8);
    }

    TEST_CASE("sample: each county's civil-affairs bureau is an institution, and each county has institutions")
    {
        const auto data = read_bulletin_data(MINZHENG_SOURCE_DIR "/examples/data/yunfu-2020-02").value();
        for (const std::uint32_t county : {445302U, 445303U, 445321U, 445322U, 445381U}) {
            const auto where = division_code::find(county).value();
            int bureaus = 0;
            int others = 0;
            for (const auto& i : data.institutions) {
                if (i.division != where) continue;
                if (i.kind == institution_kind::other && i.custom_kind == "民政局") {
                    ++bureaus;
                    CHECK(i.name == std::string(where.name()) + "民政局");
                } else {
                    ++others;
                }
            }
            CHECK_MESSAGE(bureaus == 1, county);
            CHECK_MESSAGE(others >= 1, county);
        }
    }

    TEST_CASE("bulletin: the city is the sum of its counties")
    {
        const auto b = sample();
        CHECK(b.total.letters->to_string() == "43000份");
        CHECK(b.total.new_dibao == inclusion_count{8, 25});
        CHECK(b.total.screened.persons_screened == 364);
        CHECK(b.total.donations_received.to_wan_string(1) == "210.9万元");
        CHECK(b.total.volunteers == 36);
        CHECK(b.total.division == yunfu);
    }

    TEST_CASE("bulletin: the rendering states the figures")
    {
        const auto text = render_markdown(sample());
        for (const char* expected :
             {"印发《致社会救助对象的一封信》5000份", "21000份", "9000份", "8000份", "派发消毒水 250L",
              "派发口罩 250个", "将 8 户 25 人纳入低保救助", "给予 2 人临时救助",
              "共 364 人均已排查，未发现有接触来自疫区人员", "共计210.9万元"}) {
            CAPTURE(expected);
            CHECK(text.find(expected) != std::string::npos);
        }
    }

    TEST_CASE("bulletin: a period before the events has no figures — empty inputs make an empty bulletin")
    {
        const auto data = read_bulletin_data(MINZHENG_SOURCE_DIR "/examples/data/yunfu-2020-02").value();
        const auto early = make_bulletin(
            data.inputs(), yunfu, period::make(make_date(2019, 1, 1).value(), make_date(2019, 12, 31).value()).value());
        CHECK(early.total.new_dibao == inclusion_count{});
        CHECK_FALSE(early.total.letters.has_value());
        CHECK(early.total.donations_received.is_zero());
        const auto none = make_bulletin(bulletin_inputs{}, yunfu, period::from(make_date(2020, 1, 1).value()));
        CHECK(none.counties.empty());
        CHECK(read_bulletin_data("/no/such/folder").error() == error::unknown_reference);
    }

    TEST_CASE("privacy: no public output of the sample data shows a person's full id, phone number or full name")
    {
        // The public outputs: the bulletin, the donation disclosure, and every public notice (公示) the sample's
        // cases posted, as the sheet csv::write_notice writes. Each is scanned for every person's full id and full name
        // (and every phone number of the data); public notices mask them as Chinese notices do (张*明,
        // 445381********1236, 138****5678).
        static const auto data = read_bulletin_data(MINZHENG_SOURCE_DIR "/examples/data/yunfu-2020-02").value();
        const auto feb = period::make(make_date(2020, 1, 1).value(), make_date(2020, 2, 29).value()).value();
        std::vector<std::string> outputs{render_markdown(make_bulletin(data.inputs(), yunfu, feb)),
                                         render_disclosure(make_disclosure(data.donations, feb))};
        const auto policy = policy_table::national_defaults();
        std::size_t notice_rows = 0;
        for (const auto& f : data.recipients.cases) {
            for (const auto& e : f.events) {
                if (e.to != case_state::township_notice && e.to != case_state::county_notice) continue;
                const auto notice = make_public_notice(data.recipients, f.division, e.on, policy, {});
                REQUIRE(notice.has_value());
                notice_rows += notice->rows.size();
                outputs.push_back(csv::write_notice(*notice));  // the sheet a township posts or sends on
            }
        }
        REQUIRE(notice_rows > 0);  // the scan covers real notices, not empty ones

        std::set<std::string> ids;
        std::set<std::string> names;
        const auto add = [&](const person& p) {
            ids.insert(p.id.to_string());
            if (p.name.str().size() > 3) names.insert(p.name.str());  // two characters or more
        };
        for (const auto& h : data.recipients.households)
            for (const auto& m : h.members) add(m.person);
        for (const auto& p : data.recipients.persons) add(p);
        REQUIRE(ids.size() > 20);
        std::set<std::string> phones;
        for (const auto& e : data.donations.entries())
            if (e.from && !e.from->contact.empty()) phones.insert(e.from->contact);
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            INFO("public output " << i);
            for (const auto& id : ids) CHECK_MESSAGE(outputs[i].find(id) == std::string::npos, id);
            for (const auto& name : names) CHECK_MESSAGE(outputs[i].find(name) == std::string::npos, name);
            for (const auto& phone : phones) CHECK_MESSAGE(outputs[i].find(phone) == std::string::npos, phone);
        }
    }
}
