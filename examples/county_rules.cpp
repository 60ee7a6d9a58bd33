// county_rules — how a county tool configures the rules without forking the library: it loads its local
// policy values over the national defaults, switches a library rule's severity, adds a rule of its own and runs
// a validation. Shows: read_policy_table, rule_set, add_rule, validator, findings in zh and en.
//
// Run: county_rules examples/data/policy/yunfu-2020-sample.json
//   /visits/1/visitors  LUODING-001  warning  探访人数 3 超过 1 人 | 3 visitors, more than 1
//   /visits/2/resident  VAL-001  notice  A-17 重复：已在第 1 项出现 | A-17 appears twice: already in item 1
#include <minzheng/json/document.hpp>
#include <minzheng/rules.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

struct visit {  // the county's own record type: a relative visiting a nursing-home resident
    std::string resident;
    int visitors;
};
// The library has no rules for the county's own type: say so, or validate() does not compile.
template <>
inline constexpr bool minzheng::without_library_check<visit> = true;

int main(int argc, char** argv)
{
    if (argc != 2) return std::cerr << "usage: county_rules POLICY.json\n", 2;
    std::stringstream text;
    text << std::ifstream(argv[1]).rdbuf();

    // 1. Local values over the national defaults, read strictly; every problem of the file is a finding.
    auto loaded = minzheng::read_policy_table(text.str(), minzheng::policy_table::national_defaults());
    for (const auto& f : loaded.findings) std::cout << f.path.str() << "  " << f.message_en << '\n';
    if (!loaded.value) return 1;

    // 2. The county's rule set: a library rule re-graded, and a rule of its own.
    minzheng::rule_set rules;
    (void)rules.set_severity("VAL-001", minzheng::severity::notice);  // repeat visits are allowed here
    (void)rules.add_rule<visit>({"LUODING-001", "每次探访不超过1人", "At most one visitor", minzheng::severity::warning,
                                 "探访人数 {0} 超过 1 人", "{0} visitors, more than 1", "罗定市民政局 2020年1月通知"},
                                [](const visit& v, minzheng::rule_context& c) {
                                    if (v.visitors > 1)
                                        c.report("LUODING-001", minzheng::field_path{} / "visitors",
                                                 {std::to_string(v.visitors)});
                                });

    // 3. Validate a day's visits: every finding at once.
    const std::vector<visit> visits{{"A-17", 1}, {"B-02", 3}, {"A-17", 1}};
    const auto day = minzheng::make_date(2020, 1, 26).value();
    const auto report =
        minzheng::validator(rules, *loaded.value)
            .validate_all(
                visits, "visits", "resident", [](const visit& v) { return std::optional<std::string>(v.resident); },
                [&](const visit&) { return day; });
    for (const auto& f : report.findings)
        std::cout << f.path.str() << "  " << f.rule_id << "  " << minzheng::to_string(f.level) << "  " << f.message_zh
                  << " | " << f.message_en << '\n';
    std::cout << report.counts.errors << " errors, " << report.counts.warnings << " warnings, " << report.counts.notices
              << " notices\n";
    return report.has_errors() ? 1 : 0;
}
