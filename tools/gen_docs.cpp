// gen_docs — writes docs/rules.md (the rule catalogue) and docs/parameters.md (the policy parameters and their
// national values) from the library's own tables, so the pages never drift from the code.
// Usage: gen_docs OUTPUT_DIR. The ctest test docs.generated_current fails when the committed pages differ;
// `cmake --build build/dev --target update_docs` rewrites them.
#include <minzheng/rules.hpp>

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
           "report POL-002.\nConfidence: C read in the measure, S secondary source, I inferred (always local).\n\n"
           "| name | kind | meaning | source | national values (period: value) |\n|---|---|---|---|---|\n";
    for (const auto& p : minzheng::library_parameters()) {
        out << "| `" << p.name << "` | " << minzheng::to_string(p.kind) << " | " << p.description_zh << "<br>"
            << p.description_en << " | " << p.source << " [" << confidence_mark(p.level) << "] | ";
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
    return rules && parameters ? 0 : 1;
}
