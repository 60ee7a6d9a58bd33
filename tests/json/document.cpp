// Tests minzheng/json/document.hpp: every document type round-trips, the samples read cleanly, a document with ten
// mistakes yields ten findings with their paths, envelopes are checked, and the shapes agree with the decoders
// (a required member removed anywhere is DOC-002 at its path; an optional one removed still reads).
#include <minzheng/json/document.hpp>
#include <minzheng/json/report.hpp>

#include "../recipients/support.hpp"
#include "../test_support.hpp"

#include <doctest/doctest.h>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using minzheng::test::paths;

namespace {

using namespace minzheng;
using minzheng::test::d;

std::string sample(const std::string& name)
{
    std::ifstream in(std::string(MINZHENG_SOURCE_DIR) + "/examples/data/" + name, std::ios::binary);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// Reads, writes and reads again: the second reading writes the same document.
template <class T>
void round_trip(const std::string& text)
{
    const auto first = read_document<T>(text);
    CHECK(first.findings.empty());
    REQUIRE(first.value.has_value());
    const auto written = write_document(*first.value, "a note");
    const auto again = read_document<T>(boost::json::serialize(written));
    CHECK(again.findings.empty());
    REQUIRE(again.value.has_value());
    CHECK(write_document(*again.value, "a note") == written);
}

/// Every (object path, member, required) of a value under its shape.
struct member_site {
    std::string pointer;
    std::string name;
    bool required;
    bool object_has_check;
};
void sites(const boost::json::value& v, const shape& s, const std::string& at, std::vector<member_site>& out)
{
    if (s.form == shape::kind::array) {
        if (const auto* a = v.if_array()) {
            for (std::size_t i = 0; i < a->size(); ++i) sites((*a)[i], *s.element, at + "/" + std::to_string(i), out);
        }
        return;
    }
    if (s.form != shape::kind::object || !v.is_object()) return;
    for (const auto& m : s.members) {
        const auto* x = v.as_object().if_contains(m.name);
        if (x == nullptr) continue;
        out.push_back(member_site{at, std::string(m.name), m.required, s.check != nullptr});
        sites(*x, *m.type, at + "/" + std::string(m.name), out);
    }
}

}  // namespace

TEST_SUITE("documents.document")
{
    TEST_CASE("every sample document reads strictly and round-trips")
    {
        round_trip<roster>(sample("yunfu-2020-02/roster-luoding.json"));
        round_trip<roster>(sample("recipients/luoding-2020-02.json"));
        round_trip<institutions_document>(sample("yunfu-2020-02/institutions-xinxing.json"));
        round_trip<institutions_document>(sample("institutions/xinxing-2020-02.json"));
        round_trip<screening_document>(sample("yunfu-2020-02/screenings-xinxing.json"));
        round_trip<stock_ledger>(sample("yunfu-2020-02/supplies.json"));
        round_trip<activities_document>(sample("yunfu-2020-02/activities.json"));
    }

    TEST_CASE("payment batches and health logs round-trip")
    {
        payment_batch batch{division_code::find(445381).value(), year_month::parse("2020-02").value(), {}};
        batch.entries.push_back(disbursement{"P-1", "445381196801100019", "LD-C-1", assistance_category::dibao,
                                             division_code::find(445381).value(), year_month::parse("2020-02").value(),
                                             1, money::from_fen(66500), payment_channel::bank_account, d(2020, 2, 10),
                                             payment_status::paid, std::nullopt});
        auto goods = batch.entries.front();
        goods.id = "P-2";
        goods.value = quantity::parse("50个").value();
        goods.channel = payment_channel::in_kind;
        batch.entries.push_back(goods);
        round_trip<payment_batch>(boost::json::serialize(write_document(batch)));

        health_log log{"XX-JLY-01", division_code::find(445321).value(), {"XX-001", "XX-002"}, {}, {}};
        log.readings.push_back(temperature_reading{"XX-001", d(2020, 2, 1), 365});
        screening_record s;
        s.person = "V-1";
        s.day = d(2020, 2, 1);
        s.temperature = 362;
        s.travel.push_back(travel_entry{"云浮", d(2020, 1, 20), false});
        log.screenings.push_back(s);
        const auto text = boost::json::serialize(write_document(log));
        round_trip<health_log>(text);
        CHECK(read_document<health_log>(text).value->readings == log.readings);
    }

    TEST_CASE("a roster with ten mistakes yields ten findings, each with its path, and no roster")
    {
        const auto r = read_document<roster>(std::string_view(R"({
          "format": "minzheng.roster", "version": 1, "extra": 1,
          "households": [{
            "id": "", "registration": "44538",
            "members": [{"person": {"id": "445381196801100018"}, "relation": "boss"}],
            "incomes": [{"kind": "wages", "monthly": "300"}]}],
          "persons": [{"id": "445381196801100019", "name": "陈大海", "stated_birth_date": "2020-02-30"}],
          "cases": [{"id": "C-1", "category": "dibao", "subject": "LD-1", "division": "445381"}],
          "enrolments": [{"person": "445381196801100019", "category": "dibao", "during": {"last": null},
                          "case_id": "C-1"}]})"));
        CHECK_FALSE(r.value.has_value());
        CHECK(paths(r.findings) ==
              std::vector<std::string>{
                  "DOC-002 /cases/0/events", "DOC-002 /enrolments/0/during/first", "DOC-003 /extra",
                  "DOC-001 /households/0/id", "DOC-001 /households/0/incomes/0/monthly",
                  "DOC-001 /households/0/members/0/person/id", "DOC-002 /households/0/members/0/person/name",
                  "DOC-001 /households/0/members/0/relation", "DOC-001 /households/0/registration",
                  "DOC-001 /persons/0/stated_birth_date"});
    }

    TEST_CASE("a duplicate key is reported with the document's other problems")
    {
        const auto r = read_document<activities_document>(std::string_view(
            R"({"format": "minzheng.activities", "version": 1, "deployments": [], "deployments": [], "x": 0})"));
        CHECK_FALSE(r.value.has_value());
        CHECK(paths(r.findings) == std::vector<std::string>{"DOC-004 ", "DOC-003 /x"});
    }

    TEST_CASE("envelopes: the format must match and the version be one this library reads")
    {
        const auto other =
            read_document<roster>(std::string_view(R"({"format": "minzheng.activities", "version": 1})"));
        CHECK(paths(other.findings) == std::vector<std::string>{"DOC-001 /format"});
        const auto newer = read_document<roster>(std::string_view(R"({"format": "minzheng.roster", "version": 2})"));
        CHECK(paths(newer.findings) == std::vector<std::string>{"DOC-001 /version"});
        CHECK(newer.findings[0].message_en.find("from 1 to 1") != std::string::npos);
        const auto bare = read_document<roster>(std::string_view(R"({"households": []})"));
        CHECK(paths(bare.findings) == std::vector<std::string>{"DOC-002 /format", "DOC-002 /version"});
        CHECK(paths(read_document<roster>(std::string_view("[]")).findings) == std::vector<std::string>{"DOC-001 "});
        CHECK(paths(read_document<roster>(std::string_view("{")).findings) == std::vector<std::string>{"DOC-006 "});
        // The oldest version, 1, is read; an empty roster is a roster.
        const auto empty = read_document<roster>(std::string_view(R"({"format": "minzheng.roster", "version": 1})"));
        REQUIRE(empty.value.has_value());
        CHECK(empty.value->households.empty());
    }

    TEST_CASE("unknown members as warnings: reported, not read, and the document is read")
    {
        read_options lenient;
        lenient.unknown = unknown_member_policy::warning;
        const auto r = read_document<activities_document>(
            std::string_view(R"({"format": "minzheng.activities", "version": 1, "made_by": "excel",
                                 "facility_measures": [{"division": "445321", "during": {"first": "2020-01-29",
                                 "last": null}, "institutions": 3, "colour": "red"}]})"),
            lenient);
        REQUIRE(r.value.has_value());
        CHECK(r.value->facility_measures.at(0).institutions == 3);
        CHECK(paths(r.findings) == std::vector<std::string>{"DOC-003 /facility_measures/0/colour", "DOC-003 /made_by"});
        for (const auto& f : r.findings) CHECK(f.level == severity::warning);
    }

    TEST_CASE("rules between members are reported at the record that breaks them")
    {
        // A case must start with its application; a measure's limit is not negative; a disbursement has exactly
        // one of money and goods.
        const auto r = read_document<roster>(std::string_view(R"({"format": "minzheng.roster", "version": 1,
            "cases": [{"id": "C-1", "category": "dibao", "subject": "LD-1", "division": "445381",
                       "events": [{"to": "approved", "on": "2020-02-01"}]}]})"));
        CHECK(paths(r.findings) == std::vector<std::string>{"DOC-001 /cases/0"});
        const auto b = read_document<payment_batch>(std::string_view(R"({"format": "minzheng.payment_batch",
            "version": 1, "division": "445381", "month": "2020-02", "entries": [{"id": "P", "payee": "x",
            "programme": "dibao", "division": "445381", "period": "2020-02", "on": "2020-02-10"}]})"));
        CHECK(paths(b.findings) == std::vector<std::string>{"DOC-001 /entries/0"});
        // Stock that would go negative is refused at the document.
        const auto s = read_document<stock_ledger>(std::string_view(R"({"format": "minzheng.stock_ledger",
            "version": 1, "movements": [{"id": "M1", "kind": "issue", "holder": "局", "item": "口罩",
            "amount": "5个", "on": "2020-02-01"}]})"));
        CHECK(paths(s.findings) == std::vector<std::string>{"DOC-001 "});
        CHECK_FALSE(s.value.has_value());
    }

    TEST_CASE("the shapes agree with the decoders, member by member")
    {
        const auto text = sample("yunfu-2020-02/roster-luoding.json");
        const auto doc = boost::json::parse(text);
        std::vector<member_site> all;
        sites(doc, document_traits<roster>::body, "", all);
        REQUIRE(all.size() > 200);
        std::size_t required = 0;
        std::size_t optional = 0;
        for (const auto& site : all) {
            if (site.pointer.empty() && (site.name == "format" || site.name == "version")) continue;
            auto changed = doc;
            changed.at_pointer(site.pointer).as_object().erase(site.name);
            const auto r = read_document<roster>(changed);
            const auto path = site.pointer + "/" + site.name;
            if (site.required) {
                ++required;
                CHECK_MESSAGE(!r.value.has_value(), path);
                CHECK_MESSAGE(paths(r.findings) == std::vector<std::string>{"DOC-002 " + path}, path);
            } else if (!site.object_has_check) {
                ++optional;
                CHECK_MESSAGE(r.value.has_value(), path);
            }
        }
        CHECK(required > 50);
        CHECK(optional > 50);
    }

    TEST_CASE("the documents the schema check expects refused are refused by the library, for their shape")
    {
        // tools/schema-check/check.mjs checks that the JSON Schemas refuse each of these too.
        const auto dir = std::filesystem::path(MINZHENG_SOURCE_DIR) / "tests/data/documents/bad";
        std::size_t files = 0;
        for (const auto& entry : std::filesystem::directory_iterator(dir)) {
            std::ifstream in(entry.path(), std::ios::binary);
            std::stringstream ss;
            ss << in.rdbuf();
            const auto text = ss.str();
            const auto format = std::string(boost::json::parse(text).at("format").as_string());
            std::vector<finding> found;
            if (format == "minzheng.roster") found = read_document<roster>(text).findings;
            if (format == "minzheng.activities") found = read_document<activities_document>(text).findings;
            if (format == "minzheng.institutions") found = read_document<institutions_document>(text).findings;
            if (format == "minzheng.screenings") found = read_document<screening_document>(text).findings;
            if (format == "minzheng.stock_ledger") found = read_document<stock_ledger>(text).findings;
            if (format == "minzheng.payment_batch") found = read_document<payment_batch>(text).findings;
            if (format == "minzheng.health_log") found = read_document<health_log>(text).findings;
            CHECK_MESSAGE(has_errors(found), entry.path().filename().string());
            for (const auto& f : found) {
                CHECK(f.rule_id.starts_with("DOC-"));
                CAPTURE(f.message_zh);
                CHECK(test::english_words(f.message_zh).empty());  // read by a clerk: no English, no paths
                CHECK(f.message_zh.find('/') == std::string::npos);
            }
            ++files;
        }
        CHECK(files >= 8);
    }

    TEST_CASE("document findings read in Chinese: the place in words, the reason in Chinese (DOC-001 ... DOC-006)")
    {
        const auto zh_of = [](std::string_view text) {
            std::vector<std::string> out;
            for (const auto& f : read_document<roster>(text).findings) out.push_back(f.message_zh);
            return out;
        };
        CHECK(zh_of(R"({"format":"minzheng.roster","version":1,"households":[{"id":"LD-1"}]})") ==
              std::vector<std::string>{"缺少必需字段：“registration”"});
        CHECK(zh_of(R"({"format":"minzheng.roster","version":1,"households":[{"id":7,"registration":"445381"}]})") ==
              std::vector<std::string>{"字段“id”不符合要求：取值的类型不对；应为字符串"});
        CHECK(
            zh_of(
                R"({"format":"minzheng.roster","version":1,"households":[{"id":"LD-1","registration":"445381","kind":"town"}]})") ==
            std::vector<std::string>{
                R"(字段“kind”不符合要求：输入在该位置含有不允许的字符；应为以下之一："urban"、"rural")"});
        CHECK(zh_of(R"({"format":"minzheng.roster","version":1,"households":[7]})") ==
              std::vector<std::string>{"第 1 项不符合要求：取值的类型不对；应为对象"});
        CHECK(zh_of(R"({"format":"minzheng.roster","version":1,"version":1})") ==
              std::vector<std::string>{"文档中键“version”出现不止一次"});
        CHECK(zh_of(R"({"format":"minzheng.roster","version":9})") ==
              std::vector<std::string>{"字段“version”不符合要求：支持的版本为 1 至 1"});
        const auto broken = zh_of("{\n  \"format\": \"minzheng.roster\",,\n}");
        REQUIRE(broken.size() == 1);
        CHECK(broken[0].starts_with("第 2 行第 "));
        for (const auto& text : {zh_of("[1, 2"), zh_of("{} {}"), zh_of(std::string(200, '['))}) {
            REQUIRE(text.size() == 1);
            CAPTURE(text[0]);
            CHECK(test::english_words(text[0]).empty());
        }
    }

    TEST_CASE("the examples of docs/formats.md read as they say")
    {
        std::ifstream in(std::string(MINZHENG_SOURCE_DIR) + "/docs/formats.md");
        std::stringstream ss;
        ss << in.rdbuf();
        const auto page = ss.str();
        std::size_t examples = 0;
        for (auto at = page.find("```json\n"); at != std::string::npos; at = page.find("```json\n", at + 1)) {
            const auto begin = at + 8;
            const auto text = page.substr(begin, page.find("```", begin) - begin);
            const auto format = std::string(boost::json::parse(text).at("format").as_string());
            std::vector<finding> found;
            if (format == "minzheng.roster") found = read_document<roster>(text).findings;
            if (format == "minzheng.institutions") found = read_document<institutions_document>(text).findings;
            if (format == "minzheng.screenings") found = read_document<screening_document>(text).findings;
            if (format == "minzheng.stock_ledger") found = read_document<stock_ledger>(text).findings;
            if (format == "minzheng.payment_batch") found = read_document<payment_batch>(text).findings;
            if (format == "minzheng.health_log") found = read_document<health_log>(text).findings;
            if (format == "minzheng.activities") found = read_document<activities_document>(text).findings;
            // The one roster example is the page's example of mistakes: five of them.
            CHECK_MESSAGE(found.size() == (format == "minzheng.roster" ? 5U : 0U), format);
            ++examples;
        }
        CHECK(examples == 7);
    }

    TEST_CASE("the JSON Schema of a document names its format and version")
    {
        const auto s = document_schema<roster>();
        CHECK(s.at("$id") == "https://minzheng.example/schema/minzheng.roster.schema.json");
        CHECK(s.at("properties").at("format").at("const") == "minzheng.roster");
        CHECK(s.at("properties").at("version").at("maximum") == 1);
        CHECK(s.at("$defs").as_object().contains("household"));
        CHECK(s.at("$defs").at("person").at("properties").at("id").at("pattern") == "^([0-9]{17}[0-9Xx]|[0-9]{15})$");
    }

    TEST_CASE("read_policy_table: a duplicate key is DOC-004 and no table, never the last value silently")
    {
        const auto text = std::string_view(R"({"format":"minzheng.policy_table","version":1,"parameters":[
            {"name":"public_notice_days","division":"445381","from":"2020-01-01","until":null,"value":7,"value":5}]})");
        const auto r = read_policy_table(text, policy_table::national_defaults());
        CHECK_FALSE(r.value.has_value());
        CHECK(paths(r.findings) == std::vector<std::string>{"DOC-004 /parameters/0"});
        // The same table without the duplicate loads, with the value it says.
        const auto good = std::string_view(R"({"format":"minzheng.policy_table","version":1,"parameters":[
            {"name":"public_notice_days","division":"445381","from":"2020-01-01","until":null,"value":5}]})");
        const auto ok = read_policy_table(good, policy_table::national_defaults());
        REQUIRE(ok.value.has_value());
        CHECK(ok.findings.empty());
        CHECK(std::get<std::int64_t>(
                  ok.value->find("public_notice_days", division_code::find(445381), make_date(2020, 2, 1).value())
                      ->value) == 5);
        // Not JSON at all: DOC-006 with the line and column.
        CHECK(paths(read_policy_table("{\"format\": ").findings) == std::vector<std::string>{"DOC-006 "});
    }

    TEST_CASE("read_rule_set: a duplicate key is DOC-004 and no rule set")
    {
        const auto text = std::string_view(
            R"({"format":"minzheng.rule_set","version":1,"rules":{"RCP-001":{"enabled":false,"enabled":true}}})");
        const auto r = read_rule_set(text);
        CHECK_FALSE(r.value.has_value());
        REQUIRE_FALSE(r.findings.empty());
        CHECK(paths(r.findings) == std::vector<std::string>{"DOC-004 /rules/RCP-001"});
    }
}
