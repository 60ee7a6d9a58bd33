// Tests minzheng/csv/table.hpp: splitting and joining CSV as spreadsheets write it, and reading a table through its
// columns with findings that name the row and the column.
#include <minzheng/csv/table.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using minzheng::test::paths;

namespace {

using namespace minzheng;
using minzheng::csv::row;

struct item {
    std::string name;
    int count = 0;
    friend bool operator==(const item&, const item&) = default;
};

constexpr csv::column<item> item_columns[] = {
    {"name", "名称", true,
     [](std::string_view t, item& i) {
         i.name = std::string(t);
         return std::error_code{};
     },
     [](const item& i) { return i.name; }},
    {"count", "数量", false,
     [](std::string_view t, item& i) {
         if (t.find_first_not_of("0123456789") != std::string_view::npos || t.size() > 6)
             return make_error_code(error::invalid_number_format);
         i.count = std::stoi(std::string(t));
         return std::error_code{};
     },
     [](const item& i) { return std::to_string(i.count); }},
};

}  // namespace

TEST_SUITE("documents.csv_table")
{
    TEST_CASE("split: quotes, doubled quotes, line breaks inside quotes, CRLF, BOM, empty lines")
    {
        const auto r = csv::split(
            "\xEF\xBB\xBF"
            "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n\r\n,,\n1,2,3");
        REQUIRE(r.value.has_value());
        CHECK(*r.value ==
              std::vector<row>{{"a", "b", "c"}, {"x, y", "say \"hi\"", "two\r\nlines"}, {"", "", ""}, {"1", "2", "3"}});
        CHECK(csv::split("").value->empty());
        CHECK(*csv::split("\"\"").value == std::vector<row>{{""}});
        CHECK(*csv::split("a\rb").value == std::vector<row>{{"a"}, {"b"}});  // old Mac line ends
    }

    TEST_CASE("split: a broken quote names its line and column")
    {
        const auto open = csv::split("a,b\n1,\"never closed\n");
        CHECK_FALSE(open.value.has_value());
        REQUIRE(open.findings.size() == 1);
        CHECK(open.findings[0].rule_id == "DOC-006");
        CHECK(open.findings[0].message_en.find("line 2, column B") != std::string::npos);  // where it opened
        CHECK(open.findings[0].path.str() == "/2/1");
        const auto inside = csv::split("a,b\n1,ab\"c\n");
        CHECK(inside.findings.at(0).message_en.find("line 2, column B") != std::string::npos);
        const auto after = csv::split("\"a\"b\n");
        CHECK(after.findings.at(0).message_en.find("after a closing quote") != std::string::npos);
    }

    TEST_CASE("split: limits")
    {
        document_limits limits;
        limits.max_string = 3;
        CHECK(csv::split("abc,d\n", limits).value.has_value());
        CHECK(csv::split("abcde,d\n", limits).findings.at(0).rule_id == "DOC-005");
        limits = {};
        limits.max_items = 2;
        CHECK(csv::split("a\nb\n", limits).value.has_value());
        CHECK(csv::split("a\nb\nc\nd\n", limits).findings.at(0).rule_id == "DOC-005");
        // At the boundary, with or without a last line break, empty lines not counted.
        CHECK(csv::split("a\n\nb", limits).value.has_value());
        CHECK(csv::split("a\nb\nc", limits).findings.at(0).rule_id == "DOC-005");
        CHECK(csv::split("a\nb\nc\n", limits).findings.at(0).rule_id == "DOC-005");
        CHECK(csv::split("a\nb\n\n\n", limits).value.has_value());
        limits = {};
        limits.max_bytes = 3;
        CHECK(csv::split("abcd", limits).findings.at(0).rule_id == "DOC-005");
    }

    TEST_CASE("join: BOM, CRLF, and quotes only where needed — split reads it back")
    {
        const std::vector<row> rows{{"名称", "数量"}, {"a,b", "1"}, {"say \"x\"", " lead"}, {"two\nlines", ""}};
        const auto text = csv::join(rows);
        CHECK(text == "\xEF\xBB\xBF名称,数量\r\n\"a,b\",1\r\n\"say \"\"x\"\"\",\" lead\"\r\n\"two\nlines\",\r\n");
        CHECK(*csv::split(text).value == rows);
        CHECK(csv::join(rows, false).starts_with("名称"));
    }

    TEST_CASE("column letters as spreadsheets show them")
    {
        CHECK(csv::column_letter(0) == "A");
        CHECK(csv::column_letter(25) == "Z");
        CHECK(csv::column_letter(26) == "AA");
        CHECK(csv::column_letter(701) == "ZZ");
        CHECK(csv::column_letter(702) == "AAA");
    }

    TEST_CASE("read_table: Chinese or English headers, in any order — a round trip")
    {
        const std::vector<item> items{{"口罩", 250}, {"消毒液, 84", 10}};
        const auto zh = csv::write_table<item>(items, item_columns);
        CHECK(zh.starts_with("\xEF\xBB\xBF名称,数量\r\n"));
        CHECK(*csv::read_table<item>(zh, item_columns).value == items);
        CHECK(*csv::read_table<item>(csv::write_table<item>(items, item_columns, false), item_columns).value == items);
        const auto swapped = csv::read_table<item>("数量,name\n3,a\n,b\n", item_columns);
        CHECK(*swapped.value == std::vector<item>{{"a", 3}, {"b", 0}});
    }

    TEST_CASE("read_table: every problem, with its row and column")
    {
        const auto r = csv::read_table<item>("名称,数量,备注\nok,1,x\n,2\nbad,x1\nmore,1,2,3\n", item_columns);
        CHECK_FALSE(r.value.has_value());
        CHECK(paths(r.findings) ==
              std::vector<std::string>{"DOC-003 /1/备注", "DOC-002 /3/name", "DOC-001 /4/count", "DOC-001 /5"});
        CHECK(r.findings[1].message_en.find("row 3, column A (名称)") != std::string::npos);
        CHECK(r.findings[2].message_en.find("row 4, column B (数量)") != std::string::npos);
        // Unknown headers as warnings: the rest is read.
        read_options lenient;
        lenient.unknown = unknown_member_policy::warning;
        const auto w = csv::read_table<item>("名称,备注\nok,x\n", item_columns, {}, lenient);
        REQUIRE(w.value.has_value());
        CHECK(w.findings.at(0).level == severity::warning);
    }

    TEST_CASE("read_table: the header must name the required columns, each once")
    {
        CHECK(paths(csv::read_table<item>("数量\n1\n", item_columns).findings) ==
              std::vector<std::string>{"DOC-002 /1/name"});
        CHECK(paths(csv::read_table<item>("名称,name\na,b\n", item_columns).findings) ==
              std::vector<std::string>{"DOC-004 /1"});
        CHECK(paths(csv::read_table<item>("", item_columns).findings) == std::vector<std::string>{"DOC-002 /1"});
        CHECK(csv::read_table<item>(" 名称 \na\n", item_columns).value->at(0).name == "a");
    }

    TEST_CASE("read_table: row by row, a broken quote after good rows refuses the table with every finding")
    {
        // The rows before the broken one are judged too (one reading reports everything), and nothing is returned.
        const auto r = csv::read_table<item>("名称,数量\nok,1\nbad,x1\n\"open,2\n", item_columns);
        CHECK_FALSE(r.value.has_value());
        CHECK(paths(r.findings) == std::vector<std::string>{"DOC-001 /3/count", "DOC-006 /4/0"});
        // A quote error in the header: only that.
        CHECK(paths(csv::read_table<item>("名\"称\nok\n", item_columns).findings) ==
              std::vector<std::string>{"DOC-006 /1/0"});
        // Rows past max_items, counted as split counts them.
        read_options small;
        small.limits.max_items = 2;
        CHECK(csv::read_table<item>("名称\na\n", item_columns, {}, small).value.has_value());
        CHECK(paths(csv::read_table<item>("名称\na\nb", item_columns, {}, small).findings) ==
              std::vector<std::string>{"DOC-005 "});  // the whole table: an empty path
    }

    TEST_CASE("write_table: a cell a spreadsheet would run as a formula is written as text and reads back unchanged")
    {
        // CSV injection: =, +, -, @, a tab or a carriage return first makes Excel, WPS and LibreOffice evaluate a
        // cell. Each is written after an apostrophe; so is a leading apostrophe itself, so that reading is exact.
        const std::vector<item> items{{"=HYPERLINK(\"http://x\",\"y\")", 1},
                                      {"+86 138", 2},
                                      {"-100.00", 3},
                                      {"@SUM(A1)", 4},
                                      {"\tTAB", 5},
                                      {"\rCR", 6},
                                      {"'quoted", 7},
                                      {"正常 =x", 8},
                                      {"a-b", 9}};
        const auto text = csv::write_table<item>(items, item_columns);
        const auto rows = csv::split(text);
        REQUIRE(rows.value.has_value());
        const auto& r = *rows.value;
        CHECK(r[1][0] == "'=HYPERLINK(\"http://x\",\"y\")");
        CHECK(r[2][0] == "'+86 138");
        CHECK(r[3][0] == "'-100.00");
        CHECK(r[4][0] == "'@SUM(A1)");
        CHECK(r[5][0] == "'\tTAB");
        CHECK(r[6][0] == "'\rCR");
        CHECK(r[7][0] == "''quoted");
        CHECK(r[8][0] == "正常 =x");  // only the first character matters
        CHECK(r[9][0] == "a-b");
        for (std::size_t i = 1; i < r.size(); ++i) {
            const char first = r[i][0].empty() ? ' ' : r[i][0].front();
            CHECK(std::string_view("=+-@\t\r").find(first) == std::string_view::npos);
        }
        const auto back = csv::read_table<item>(text, item_columns);
        REQUIRE(back.value.has_value());
        CHECK(*back.value == items);
        CHECK(csv::cell_for_sheet("") == "");
        CHECK(csv::cell_from_sheet("'") == "");
    }
}
