// bulletin — the demo: the Yunfu bulletin of February 2020 rebuilt from the bundled data of its counties. Loads
// the documents (roster, institutions and restrictions, screenings, supplies, donation ledger, activities),
// validates them and prints the findings (the sample has a few deliberate mistakes), then prints the bulletin with
// every figure computed from the data. Shows: load_bulletin_data (every document read strictly), validate_roster,
// check_log, make_bulletin.
//
// Run: bulletin examples/data/yunfu-2020-02
#include <minzheng/json/report.hpp>

#include <iostream>

int main(int argc, char** argv)
{
    const std::string dir = argc > 1 ? argv[1] : "examples/data/yunfu-2020-02";
    const auto loaded = minzheng::load_bulletin_data(dir);
    for (const auto& f : loaded.findings)
        std::cerr << dir << f.path.str() << "  " << f.rule_id << "  " << f.message_en << '\n';
    if (!loaded.value) return 1;
    const auto* data = &*loaded.value;

    const auto policy = minzheng::policy_table::national_defaults();
    const minzheng::rule_set rules;
    const auto end = minzheng::make_date(2020, 2, 29).value();
    std::cout << "## 数据校验 (findings)\n\n";
    for (const auto& f : minzheng::validate_roster(data->recipients, end, rules, policy).findings)
        std::cout << "- roster" << f.path.str() << "  " << f.rule_id << "  " << f.message_zh << '\n';
    minzheng::rule_context c(rules, policy, end);
    const minzheng::health_log log{"XX", data->screening_division, {}, {}, data->screenings};
    minzheng::check_log(log, minzheng::period::make(minzheng::make_date(2020, 1, 27).value(), end).value(), c);
    for (const auto& f : c.take_findings())
        std::cout << "- screenings" << f.path.str() << "  " << f.rule_id << "  " << f.message_zh << '\n';
    std::cout << '\n';

    const auto yunfu = minzheng::division_code::parse("445300").value();
    const auto covered =
        minzheng::period::make(minzheng::make_date(2020, 1, 1).value(), minzheng::make_date(2020, 2, 10).value());
    std::cout << minzheng::render_markdown(minzheng::make_bulletin(data->inputs(), yunfu, covered.value()));
    return 0;
}
