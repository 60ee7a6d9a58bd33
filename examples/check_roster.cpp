// check_roster — reads a county roster (JSON), checks it as of a date and prints every finding, then the
// bulletin's figures: households and persons newly on 低保 in the month, persons given 临时救助, and each
// household's 低保 verdict with its standard. Shows: JSON decoding, validate_roster, newly_included,
// assess_dibao with a local policy table.
//
// Run: check_roster examples/data/recipients/luoding-2020-02.json examples/data/policy/yunfu-2020-sample.json
//   /cases/6/events/2/investigators  RCP-051  入户调查人员 1 人，少于 2 人
//   ...
//   罗定市 2020年2月: 8 户 25 人新纳入低保, 2 人临时救助
#include <minzheng/json/document.hpp>
#include <minzheng/json/recipients.hpp>

#include <boost/json/parse.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {
std::string text_of(const char* path)
{
    std::stringstream text;
    text << std::ifstream(path).rdbuf();
    return text.str();
}

boost::json::value read(const char* path)
{
    boost::system::error_code ec;
    auto v = boost::json::parse(text_of(path), ec);
    if (ec) std::cerr << path << ": " << ec.message() << '\n';
    return v;
}
}  // namespace

int main(int argc, char** argv)
{
    if (argc != 3) return std::cerr << "usage: check_roster ROSTER.json POLICY.json\n", 2;
    const auto document = read(argv[1]);
    if (!document.is_object() || document.as_object().if_contains("format") == nullptr ||
        document.at("format") != "minzheng.roster")
        return std::cerr << argv[1] << ": not a minzheng.roster document\n", 1;
    const auto roster = boost::json::try_value_to<minzheng::roster>(document);
    if (!roster) return std::cerr << argv[1] << ": " << roster.error().message() << '\n', 1;
    auto policy = minzheng::read_policy_table(text_of(argv[2]), minzheng::policy_table::national_defaults());
    if (!policy.value) return std::cerr << argv[2] << ": the policy file has errors\n", 1;

    const minzheng::rule_set rules;
    const auto end_of_february = minzheng::make_date(2020, 2, 29).value();
    const auto report = minzheng::validate_roster(*roster, end_of_february, rules, *policy.value);
    for (const auto& f : report.findings)
        std::cout << f.path.str() << "  " << f.rule_id << "  " << f.message_zh << '\n';
    std::cout << report.counts.errors << " errors, " << report.counts.warnings << " warnings\n";

    const auto luoding = minzheng::division_code::parse("445381").value();
    const auto february = minzheng::period::make(minzheng::make_date(2020, 2, 1).value(), end_of_february).value();
    const auto dibao = minzheng::newly_included(*roster, minzheng::assistance_category::dibao, luoding, february);
    const auto aid =
        minzheng::newly_included(*roster, minzheng::assistance_category::temporary_assistance, luoding, february);
    std::cout << luoding.name() << " 2020年2月: " << dibao.households << " 户 " << dibao.persons << " 人新纳入低保, "
              << aid.persons << " 人临时救助\n";
    for (const auto& h : roster->households) {
        const auto verdict = minzheng::assess_dibao(h, end_of_february, rules, *policy.value);
        std::cout << h.id << (verdict.eligible ? "  符合低保条件" : "  不符合");
        for (const auto& [name, value] : verdict.inputs) {
            if (name == "per_capita_income_monthly" || name == "dibao_standard_monthly") std::cout << "  " << value;
        }
        std::cout << '\n';
    }
    return 0;
}
