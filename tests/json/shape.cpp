// Tests minzheng/json/shape.hpp: strict checks of a shape report every problem with its path, the JSON Schema
// generated from a shape, and the strict parse (duplicate keys, syntax, limits).
#include <minzheng/json/shape.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>
#include <boost/json/parse.hpp>

#include <algorithm>
#include <string>
#include <vector>

using minzheng::test::paths;

namespace {

using namespace minzheng;

boost::json::value text_schema()
{
    return boost::json::object{{"type", "string"}};
}
boost::json::value int_schema()
{
    return boost::json::object{{"type", "integer"}};
}

// A small shape of its own: {"id": division code, "n": int, "tags": [string], "at": {"first": ..., "last": ...}}.
constexpr shape code = leaf_shape<division_code>({}, "a 6-digit division code", &text_schema);
constexpr shape number = leaf_shape<int>({}, {}, &int_schema);
constexpr shape tag = leaf_shape<std::string>({}, {}, &text_schema);
constexpr shape tags = array_shape(tag);
constexpr member_shape span_members[] = {{"first", &number, true}, {"last", &number, true, true}};
constexpr shape span = object_shape("span", "first ≤ last", span_members);
constexpr member_shape record_members[] = {{"id", &code, true}, {"n", &number}, {"tags", &tags}, {"at", &span, true}};
constexpr shape record = object_shape("record", "a test record", record_members);
constexpr shape records = array_shape(record);

std::vector<finding> check(const char* json, read_options options = {})
{
    detail::load_findings out;
    shape_checker(out, options).check(boost::json::parse(json), records);
    return out.take();
}

std::vector<finding> parse(std::string_view text, document_limits limits = {})
{
    detail::load_findings out;
    const auto v = parse_strict(text, out, limits);
    auto fs = out.take();
    // Only a duplicate key leaves a value to check further.
    const bool only_duplicates =
        std::all_of(fs.begin(), fs.end(), [](const finding& f) { return f.rule_id == "DOC-004"; });
    CHECK(v.has_value() == only_duplicates);
    return fs;
}

}  // namespace

TEST_SUITE("documents.shape")
{
    TEST_CASE("a record of the right shape has no finding")
    {
        CHECK(check(R"([{"id": "445381", "n": 3, "tags": ["a"], "at": {"first": 1, "last": null}}])").empty());
        // Optional members may be absent or null; a required member that allows null may be null.
        CHECK(check(R"([{"id": "445381", "n": null, "at": {"first": 1, "last": 2}}])").empty());
    }

    TEST_CASE("every problem is reported, each with its path")
    {
        const auto fs = check(R"([{"id": "4453", "n": "3", "tags": ["a", 7], "at": {"last": null}, "x": 1},
                                  {"n": 1, "at": {"first": null, "last": 1}},
                                  5])");
        CHECK(paths(fs) == std::vector<std::string>{"DOC-002 /0/at/first", "DOC-001 /0/id", "DOC-001 /0/n",
                                                    "DOC-001 /0/tags/1", "DOC-003 /0/x", "DOC-001 /1/at/first",
                                                    "DOC-002 /1/id", "DOC-001 /2"});
        for (const auto& f : fs) CHECK(f.level == severity::error);
        // The messages say what was expected.
        CHECK(fs[1].message_en.find("a 6-digit division code") != std::string::npos);
        CHECK(fs[2].message_en.find("expected an integer") != std::string::npos);
        CHECK(fs.back().message_en.find("expected an object") != std::string::npos);
    }

    TEST_CASE("an unknown member is an error by default, a warning when the caller says so")
    {
        const char* doc = R"([{"id": "445381", "at": {"first": 1, "last": 1}, "extra": true}])";
        const auto strict = check(doc);
        REQUIRE(strict.size() == 1);
        CHECK(strict[0].rule_id == "DOC-003");
        CHECK(strict[0].level == severity::error);
        const auto lenient = check(doc, read_options{unknown_member_policy::warning, {}});
        REQUIRE(lenient.size() == 1);
        CHECK(lenient[0].level == severity::warning);
        CHECK(lenient[0].path.str() == "/0/extra");
    }

    TEST_CASE("arrays and strings beyond the limits are DOC-005, not read")
    {
        read_options small;
        small.limits.max_items = 1;
        small.limits.max_string = 6;
        const auto fs = check(R"([{"id": "445381", "at": {"first": 1, "last": 1}}, {}])", small);
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].rule_id == "DOC-005");
        CHECK(fs[0].path.str() == "");
        const auto long_tag = check(R"([{"id": "445381", "tags": ["abcdefg"], "at": {"first": 1, "last": 1}}])", small);
        CHECK(paths(long_tag) == std::vector<std::string>{"DOC-005 /0/tags/0"});
    }

    TEST_CASE("the JSON Schema of a shape")
    {
        const auto s = json_schema(records, "https://example/x.json", "records");
        const auto& o = s.as_object();
        CHECK(o.at("$schema") == "https://json-schema.org/draft/2020-12/schema");
        CHECK(o.at("type") == "array");
        CHECK(o.at("items").at("$ref") == "#/$defs/record");
        const auto& rec = o.at("$defs").at("record").as_object();
        CHECK(rec.at("additionalProperties") == false);
        CHECK(rec.at("required") == boost::json::array{"id", "at"});
        CHECK(rec.at("description") == "a test record");
        // An optional member accepts null besides its own schema.
        CHECK(rec.at("properties").at("n").at("anyOf").at(0).at("type") == "null");
        CHECK(rec.at("properties").at("id").at("type") == "string");
        // A required member that allows null is required and nullable.
        const auto& sp = o.at("$defs").at("span").as_object();
        CHECK(sp.at("required") == boost::json::array{"first", "last"});
        CHECK(sp.at("properties").at("last").at("anyOf").at(0).at("type") == "null");
        CHECK(sp.at("properties").at("first").at("type") == "integer");
    }

    TEST_CASE("strict parse: duplicate keys are found with their object's path")
    {
        CHECK(parse(R"({"a": 1, "b": [1, {"c": 2}]})").empty());
        const auto fs = parse(R"({"a": 1, "b": [0, {"c": 2, "c": 3}], "a": 2})");
        REQUIRE(fs.size() == 2);
        CHECK(fs[0].rule_id == "DOC-004");
        CHECK(fs[0].path.str() == "");
        CHECK(fs[0].message_en.find("the key a appears more than once") != std::string::npos);
        CHECK(fs[1].path.str() == "/b/1");
        // Keys in different objects, or written with escapes, are compared by their text.
        CHECK(parse(R"([{"k": 1}, {"k": 2}])").empty());
        CHECK(parse(R"({"k": 1, "\u006b": 2})").size() == 1);
    }

    TEST_CASE("strict parse: syntax errors say line and column — limits hold")
    {
        const auto fs = parse("{\n  \"a\": 1,\n  \"b\" 2\n}");
        REQUIRE(fs.size() == 1);
        CHECK(fs[0].rule_id == "DOC-006");
        CHECK(fs[0].message_en.find("line 3, column 7") != std::string::npos);
        CHECK(parse("").at(0).rule_id == "DOC-006");
        CHECK(parse("[1] x").at(0).rule_id == "DOC-006");

        document_limits shallow;
        shallow.max_depth = 3;
        CHECK(parse("[[[1]]]", shallow).empty());
        CHECK(parse("[[[[1]]]]", shallow).at(0).rule_id == "DOC-005");

        document_limits tiny;
        tiny.max_bytes = 4;
        CHECK(parse("[1,2]", tiny).at(0).rule_id == "DOC-005");
        tiny.max_bytes = 100;
        tiny.max_string = 3;
        CHECK(parse(R"(["abc"])", tiny).empty());
        CHECK(parse(R"(["abcd"])", tiny).at(0).rule_id == "DOC-005");
        CHECK(parse(R"({"abcd": 1})", tiny).at(0).rule_id == "DOC-005");
        tiny.max_items = 2;
        CHECK(parse("[1,2]", tiny).empty());
        CHECK(parse("[1,2,3]", tiny).at(0).rule_id == "DOC-005");
    }

    TEST_CASE("strict parse: an object of 80 000 keys is checked in linear time, duplicates still found")
    {
        // 80 000 distinct keys: the scan per key made this 3.2 billion comparisons (28 s); a hash set is linear.
        std::string wide = "{";
        for (int i = 0; i < 80'000; ++i) wide += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
        CHECK(parse(wide + "}").empty());
        // A duplicate early (in the scanned part), at the switch to hashing, and late (in the hashed part).
        CHECK(parse(wide + ",\"k5\":1}").size() == 1);
        CHECK(parse(wide + ",\"k31\":1,\"k32\":1}").size() == 2);
        CHECK(parse(wide + ",\"k79999\":1}").size() == 1);
        const auto late = parse(wide + ",\"k40000\":1}");
        REQUIRE(late.size() == 1);
        CHECK(late[0].message_en.find("the key k40000 appears more than once") != std::string::npos);
        // The boundary of the switch: 32 keys scanned, the 33rd a duplicate of the first.
        std::string small = "{";
        for (int i = 0; i < 32; ++i) small += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
        CHECK(parse(small + "}").empty());
        CHECK(parse(small + ",\"k0\":1}").size() == 1);
        CHECK(parse(small + ",\"k32\":1,\"k0\":1}").size() == 1);
    }

    TEST_CASE("strict parse: a configured depth above the ceiling is refused, the ceiling itself works")
    {
        document_limits deep;
        deep.max_depth = max_depth_ceiling;
        const std::string nested = std::string(999, '[') + std::string(999, ']');
        CHECK(parse(nested, deep).empty());
        deep.max_depth = max_depth_ceiling + 1;
        const auto refused = parse("[1]", deep);
        REQUIRE(refused.size() == 1);
        CHECK(refused[0].rule_id == "DOC-005");
        CHECK(refused[0].message_en.find("max_depth") != std::string::npos);
        deep.max_depth = 300'000;
        CHECK(parse(std::string(300'000, '[') + std::string(300'000, ']'), deep).at(0).rule_id == "DOC-005");
    }
}
