// gen_docs — writes docs/rules.md (the rule catalogue), docs/parameters.md (the policy parameters and their
// national values) and docs/schema/*.schema.json (the JSON Schema of every document, from the shapes in
// json/document.hpp) from the library's own tables, so the pages never drift from the code.
// Usage: gen_docs OUTPUT_DIR. The ctest test docs.generated_current fails when the committed pages differ;
// `cmake --build build/dev --target update_docs` rewrites them.
#include <minzheng/json/document.hpp>
#include <minzheng/json/lines.hpp>
#include <minzheng/json/report.hpp>
#include <minzheng/rules.hpp>

#include <boost/json/serialize.hpp>

#include <filesystem>

#include <fstream>
#include <iostream>
#include <string>

namespace {

std::string confidence_mark(minzheng::confidence c)
{
    switch (c) {
    case minzheng::confidence::confirmed: return "C";
    case minzheng::confidence::secondary: return "S";
    case minzheng::confidence::inferred: return "I";
    }
    return "?";
}

std::string ymd(std::uint32_t v, const char* none)
{
    if (v == 0) return none;
    const auto s = std::to_string(v);
    return s.substr(0, 4) + '-' + s.substr(4, 2) + '-' + s.substr(6, 2);
}

void write_rules(std::ostream& out)
{
    out << "# Rule catalogue\n\n"
           "Generated from `include/minzheng/rules/catalogue.hpp` by `tools/gen_docs.cpp`; do not edit. Ids are "
           "stable and never reused.\nA rule applies to a record when one of its editions was in force on the "
           "record's own date.\n\n"
           "| id | title | default severity | source (edition, in force) | message |\n"
           "|---|---|---|---|---|\n";
    for (const auto& r : minzheng::library_rules) {
        out << "| " << r.id << (r.withdrawn ? " (withdrawn)" : "") << " | " << r.title_zh << "<br>" << r.title_en
            << " | " << minzheng::to_string(r.default_severity) << " | ";
        bool first = true;
        for (const auto& s : r.sources) {
            if (s.measure.empty()) continue;
            if (!first) out << "<br>";
            first = false;
            out << s.measure << ' ' << s.article << " [" << confidence_mark(s.level) << "]";
            if (s.from != 0 || s.until != 0) out << " (" << ymd(s.from, "…") << " – " << ymd(s.until, "") << ")";
        }
        out << " | " << r.message_zh << "<br>" << r.message_en << " |\n";
    }
}

void write_parameters(std::ostream& out)
{
    const auto table = minzheng::policy_table::national_defaults();
    out << "# Policy parameters\n\n"
           "Generated from `include/minzheng/rules/policy_table.hpp` by `tools/gen_docs.cpp`; do not edit.\n"
           "Every value is looked up by name, division and date (county → prefecture → province → national). "
           "A parameter\nwithout a national value must be set by the locality; until it is, checks that need it "
           "report POL-002.\nConfidence: C read in the measure, S secondary source, I inferred (always local).\n"
           "Allowed: the range every value must lie in (a value outside is refused when a table is loaded or added "
           "to:\nPOL-003, `parameter_out_of_range`); application parameters take their kind's range.\n";
    out << "\nPer kind of institution: ";
    for (const auto name : minzheng::per_institution_kind_parameters) out << '`' << name << "` ";
    out << "may also be set as `name@kind` (e.g. `contact_lookback_days@relief_station`), for a kind among ";
    for (const auto kind : minzheng::institution_kind_scopes) out << '`' << kind << "` ";
    out << "— the\nepidemic guides for homes and relief stations differ. A screening reads the scoped value where the "
           "table has one\nfor the division, else the plain one.\n\n"
           "| name | kind | meaning | source | allowed | national values (period: value) |\n"
           "|---|---|---|---|---|---|\n";
    for (const auto& p : minzheng::library_parameters()) {
        out << "| `" << p.name << "` | " << minzheng::to_string(p.kind) << " | " << p.description_zh << "<br>"
            << p.description_en << " | " << p.source << " [" << confidence_mark(p.level) << "] | "
            << minzheng::describe_range(minzheng::parameter_range(p), p.kind) << " | ";
        bool any = false;
        for (const auto* e : table.entries()) {
            if (e->name != p.name) continue;
            if (any) out << "<br>";
            any = true;
            out << e->in_force.to_string() << ": " << minzheng::describe_value(e->value, p.kind);
        }
        out << (any ? "" : "— (set locally)") << " |\n";
    }
}

/// JSON text with two-space indentation and one member a line, so the files diff well.
void pretty(std::ostream& out, const boost::json::value& v, int indent = 0)
{
    const std::string pad(static_cast<std::size_t>(indent + 2), ' ');
    const std::string close(static_cast<std::size_t>(indent), ' ');
    if (const auto* o = v.if_object(); o != nullptr && !o->empty()) {
        out << "{\n";
        std::size_t i = 0;
        for (const auto& kv : *o) {
            out << pad << boost::json::serialize(boost::json::value(kv.key())) << ": ";
            pretty(out, kv.value(), indent + 2);
            out << (++i < o->size() ? ",\n" : "\n");
        }
        out << close << '}';
    } else if (const auto* a = v.if_array(); a != nullptr && !a->empty()) {
        out << "[\n";
        std::size_t i = 0;
        for (const auto& e : *a) {
            out << pad;
            pretty(out, e, indent + 2);
            out << (++i < a->size() ? ",\n" : "\n");
        }
        out << close << ']';
    } else {
        out << boost::json::serialize(v);
    }
}

boost::json::value with_id(boost::json::value schema, std::string_view format)
{
    auto& o = schema.as_object();
    o["$id"] = "https://minzheng.example/schema/" + std::string(format) + ".schema.json";
    o["title"] = format;
    return schema;
}

/// A JSON Lines file: each line is the envelope or a record.
boost::json::value lines_schema(const minzheng::shape& record, std::string_view format, std::int64_t version)
{
    auto inner = minzheng::json_schema(record, "", format);
    auto& o = inner.as_object();
    boost::json::value defs = o.contains("$defs") ? o["$defs"] : boost::json::value(boost::json::object{});
    o.erase("$defs");
    o.erase("$schema");
    o.erase("$id");
    o.erase("title");
    const boost::json::object envelope{
        {"type", "object"},
        {"properties", boost::json::object{{"format", boost::json::object{{"const", format}}},
                                           {"version", boost::json::object{{"const", version}}},
                                           {"note", boost::json::object{{"type", "string"}}}}},
        {"required", boost::json::array{"format", "version"}},
        {"additionalProperties", false}};
    boost::json::object out{{"$schema", "https://json-schema.org/draft/2020-12/schema"},
                            {"description", "one line of the file: the envelope (first line) or a record"},
                            {"oneOf", boost::json::array{envelope, inner}}};
    if (!defs.as_object().empty()) out["$defs"] = defs;
    return with_id(out, format);
}

boost::json::value policy_table_schema()
{
    const boost::json::object date{{"type", "string"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};
    const boost::json::object entry{
        {"type", "object"},
        {"properties",
         boost::json::object{
             {"name", boost::json::object{{"type", "string"}}},
             {"division",
              boost::json::object{
                  {"anyOf", boost::json::array{boost::json::object{{"type", "null"}},
                                               boost::json::object{{"type", "string"}, {"pattern", "^[0-9]{6}$"}}}}}},
             {"from", date},
             {"until", boost::json::object{{"anyOf", boost::json::array{boost::json::object{{"type", "null"}}, date}}}},
             {"value", boost::json::object{{"type", boost::json::array{"integer", "string", "boolean"}}}},
             {"note", boost::json::object{{"type", "string"}}}}},
        {"required", boost::json::array{"name", "division", "from", "until", "value"}},
        {"additionalProperties", false}};
    return with_id(
        boost::json::object{
            {"$schema", "https://json-schema.org/draft/2020-12/schema"},
            {"type", "object"},
            {"properties",
             boost::json::object{{"format", boost::json::object{{"const", "minzheng.policy_table"}}},
                                 {"version", boost::json::object{{"type", "integer"}, {"minimum", 1}, {"maximum", 1}}},
                                 {"note", boost::json::object{{"type", "string"}}},
                                 {"parameters", boost::json::object{{"type", "array"}, {"items", entry}}}}},
            {"required", boost::json::array{"format", "version", "parameters"}},
            {"additionalProperties", false}},
        "minzheng.policy_table");
}

boost::json::value rule_set_schema()
{
    const boost::json::object adjustment{
        {"type", "object"},
        {"properties",
         boost::json::object{
             {"enabled", boost::json::object{{"type", "boolean"}}},
             {"severity", boost::json::object{{"enum", boost::json::array{"error", "warning", "notice"}}}}}},
        {"additionalProperties", false}};
    return with_id(
        boost::json::object{
            {"$schema", "https://json-schema.org/draft/2020-12/schema"},
            {"type", "object"},
            {"properties",
             boost::json::object{
                 {"format", boost::json::object{{"const", "minzheng.rule_set"}}},
                 {"version", boost::json::object{{"type", "integer"}, {"minimum", 1}, {"maximum", 1}}},
                 {"note", boost::json::object{{"type", "string"}}},
                 {"rules",
                  boost::json::object{{"type", "object"},
                                      {"propertyNames", boost::json::object{{"pattern", "^[A-Z]{3,}-[0-9]{3}$"}}},
                                      {"additionalProperties", adjustment}}}}},
            {"required", boost::json::array{"format", "version", "rules"}},
            {"additionalProperties", false}},
        "minzheng.rule_set");
}

bool write_schemas(const std::string& dir)
{
    namespace mz = minzheng;
    std::filesystem::create_directories(dir);
    const std::pair<std::string_view, boost::json::value> schemas[] = {
        {"minzheng.roster", mz::document_schema<mz::roster>()},
        {"minzheng.institutions", mz::document_schema<mz::institutions_document>()},
        {"minzheng.screenings", mz::document_schema<mz::screening_document>()},
        {"minzheng.health_log", mz::document_schema<mz::health_log>()},
        {"minzheng.payment_batch", mz::document_schema<mz::payment_batch>()},
        {"minzheng.stock_ledger", mz::document_schema<mz::stock_ledger>()},
        {"minzheng.activities", mz::document_schema<mz::activities_document>()},
        {"minzheng.roster_lines", lines_schema(mz::detail::roster_line_shape, "minzheng.roster_lines", 1)},
        {"minzheng.donation_ledger", lines_schema(mz::shapes::ledger_entry_object, "minzheng.donation_ledger", 2)},
        {"minzheng.policy_table", policy_table_schema()},
        {"minzheng.rule_set", rule_set_schema()},
    };
    for (const auto& [name, schema] : schemas) {
        std::ofstream out(dir + "/" + std::string(name) + ".schema.json");
        pretty(out, schema);
        out << '\n';
        if (!out) return false;
    }
    return true;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: gen_docs OUTPUT_DIR\n";
        return 2;
    }
    const std::string dir = argv[1];
    std::ofstream rules(dir + "/rules.md");
    std::ofstream parameters(dir + "/parameters.md");
    if (!rules || !parameters) {
        std::cerr << "cannot write to " << dir << '\n';
        return 1;
    }
    write_rules(rules);
    write_parameters(parameters);
    const bool schemas = write_schemas(dir + "/schema");
    return rules && parameters && schemas ? 0 : 1;
}
