// Tests minzheng/json/lines.hpp: the compact id set, and the streaming check of a JSON Lines roster (findings with
// line numbers, duplicates across records, envelopes, long and broken lines, CRLF and BOM).
#include <minzheng/json/lines.hpp>

#include "../recipients/support.hpp"
#include "../test_support.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace minzheng;
using minzheng::test::d;

resident_id id_number(std::uint64_t n)
{
    // 17 digits: 445381 19800101 and a three-digit sequence from n, then the check character.
    auto text = "44538119800101" + std::to_string(1000 + n % 1000).substr(1);
    const auto year = 1950 + static_cast<int>(n / 1000 % 50);
    text.replace(6, 4, std::to_string(year));
    for (char check : std::string("0123456789X")) {
        if (auto id = resident_id::parse(text + check)) return *id;
    }
    FAIL("no check character");
    return resident_id::parse("11010519491231002X").value();
}

struct run {
    stream_summary summary;
    std::vector<line_finding> findings;
};

run check_text(const std::string& text, read_options options = {})
{
    std::istringstream in(text);
    const rule_set rules;
    const auto policy = policy_table::national_defaults();
    run out;
    out.summary = check_roster_lines(
        in, d(2020, 2, 10), rules, policy, [&](line_finding&& f) { out.findings.push_back(std::move(f)); }, options);
    return out;
}

std::vector<std::string> lines_and_rules(const run& r)
{
    std::vector<std::string> out;
    for (const auto& f : r.findings)
        out.push_back(std::to_string(f.line) + " " + f.what.rule_id + " " + f.what.path.str());
    return out;
}

const std::string envelope = R"({"format":"minzheng.roster_lines","version":1})";

std::string household_line(const std::string& id, const std::vector<resident_id>& members)
{
    household h(id, division_code::find(445381).value());
    for (std::size_t i = 0; i < members.size(); ++i) {
        person p(members[i], person_name::parse("张三").value());
        h.members.emplace_back(p, i == 0 ? relation::head : relation::child);
    }
    return boost::json::serialize(boost::json::object{{"household", boost::json::value_from(h)}});
}

}  // namespace

TEST_SUITE("documents.lines")
{
    TEST_CASE("resident_id_set: insert, contains, growth, memory")
    {
        resident_id_set ids;
        CHECK(ids.bytes() == 16 * 8);
        for (std::uint64_t n = 0; n < 5000; ++n) CHECK(ids.insert(id_number(n)));
        CHECK(ids.size() == 5000);
        for (std::uint64_t n = 0; n < 5000; n += 7) CHECK_FALSE(ids.insert(id_number(n)));
        CHECK(ids.contains(id_number(4999)));
        CHECK_FALSE(ids.contains(id_number(5000)));
        CHECK(ids.size() == 5000);
        // At most 3/4 full, a power of two: 8192 slots for 5000 ids.
        CHECK(ids.bytes() == 8192 * 8);
        resident_id_set reserved(5000);
        CHECK(reserved.bytes() == 8192 * 8);
    }

    TEST_CASE("a clean stream: counts and no finding")
    {
        const auto r = check_text(envelope + "\n" + household_line("H1", {id_number(1), id_number(2)}) + "\n" +
                                  household_line("H2", {id_number(3)}) + "\n");
        CHECK(r.findings.empty());
        CHECK(r.summary.lines == 3);
        CHECK(r.summary.households == 2);
        CHECK(r.summary.persons == 3);
        CHECK(r.summary.rejected == 0);
    }

    TEST_CASE("the sample roster as lines: its planted mistakes, found on their lines")
    {
        std::ifstream in(std::string(MINZHENG_SOURCE_DIR) + "/examples/data/yunfu-2020-02/roster-luoding.json");
        std::stringstream ss;
        ss << in.rdbuf();
        const auto doc = read_document<roster>(ss.str());
        REQUIRE(doc.value.has_value());
        const auto r = check_text(to_roster_lines(*doc.value));
        CHECK(r.summary.households == doc.value->households.size());
        CHECK(r.summary.lines == 1 + doc.value->households.size() + doc.value->persons.size());
        REQUIRE_FALSE(r.findings.empty());
        // The same household rules as the whole-document check: RCP-001 (a stated sex against the id) among them.
        bool sex_mismatch = false;
        for (const auto& f : r.findings) {
            CHECK(f.line >= 2);
            sex_mismatch = sex_mismatch || f.what.rule_id == "RCP-001";
        }
        CHECK(sex_mismatch);
    }

    TEST_CASE("a person in two records is RCP-072 on the later line — twice in one household stays RCP-071")
    {
        const auto r = check_text(envelope + "\n" + household_line("H1", {id_number(1), id_number(2)}) + "\n" +
                                  household_line("H2", {id_number(3), id_number(2)}) + "\n" +
                                  household_line("H3", {id_number(4), id_number(4)}) + "\n" + R"({"person": {"id": ")" +
                                  id_number(1).to_string() + R"(", "name": "李四"}})" + "\n");
        CHECK(lines_and_rules(r) == std::vector<std::string>{"3 RCP-072 /household/members/1/person/id",
                                                             "4 RCP-071 /household/members/1/person/id",
                                                             "5 RCP-072 /person/id"});
        CHECK(r.summary.persons == 6);
    }

    TEST_CASE("broken lines are reported and skipped — the rest is still checked")
    {
        const auto r = check_text(envelope + "\n{broken\n" + R"({"household": 3})" + "\n" +
                                  R"({"household": {"id": "H", "registration": "445381"}, "person": null, "x": 1})" +
                                  "\n" + R"({})" + "\n\n" + household_line("H9", {id_number(9)}) + "\n");
        CHECK(lines_and_rules(r) ==
              std::vector<std::string>{"2 DOC-006 ", "3 DOC-001 /household", "4 DOC-003 /x", "5 DOC-001 "});
        CHECK(r.summary.rejected == 4);
        CHECK(r.summary.households == 1);
        CHECK(r.summary.counts.errors == 4);
    }

    TEST_CASE("the envelope: required on line 1 — nothing is read after a wrong one")
    {
        const auto none = check_text(household_line("H1", {id_number(1)}) + "\n");
        CHECK(lines_and_rules(none) == std::vector<std::string>{"1 DOC-002 /format", "1 DOC-002 /version"});
        CHECK(none.summary.households == 0);
        const auto newer = check_text(R"({"format":"minzheng.roster_lines","version":2})"
                                      "\n" +
                                      household_line("H1", {id_number(1)}) + "\n");
        CHECK(lines_and_rules(newer) == std::vector<std::string>{"1 DOC-001 /version"});
        CHECK(newer.summary.lines == 1);
        CHECK(check_text("").summary.lines == 0);
    }

    TEST_CASE("CRLF, a BOM and a last line without a newline are read")
    {
        const auto r = check_text("\xEF\xBB\xBF" + envelope + "\r\n" + household_line("H1", {id_number(1)}) + "\r\n" +
                                  household_line("H2", {id_number(2)}));
        CHECK(r.findings.empty());
        CHECK(r.summary.households == 2);
    }

    TEST_CASE("a line longer than the limit is skipped without being held")
    {
        read_options small;
        small.limits.max_bytes = 2000;
        const auto long_line =
            R"({"household": {"id": ")" + std::string(3000, 'x') + R"(", "registration": "445381"}})";
        const auto r =
            check_text(envelope + "\n" + long_line + "\n" + household_line("H1", {id_number(1)}) + "\n", small);
        CHECK(lines_and_rules(r) == std::vector<std::string>{"2 DOC-005 "});
        CHECK(r.summary.households == 1);
    }
}
