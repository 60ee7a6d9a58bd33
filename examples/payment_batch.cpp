// payment_batch — builds and checks a month's 低保 payment batch for a small county roster: each household's
// entitlement with its formula, the batch totals, the findings of a batch with two clerical mistakes (a payment
// made twice, a payment after the 10th), then approval and payment. Shows: dibao_entitlement,
// build_dibao_batch, validate_batch, approve/mark_paid, reversal entries.
//
// Run: payment_batch examples/data/recipients/luoding-2020-02.json examples/data/policy/yunfu-2020-sample.json
//   LD-2020-001  1940.00元  补差：(560.00元 − 300.00元 ÷ 4) × 4 = 1940.00元（四舍五入到分，不为负）
//   ...
#include <minzheng/aid.hpp>
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
    return boost::json::parse(text_of(path), ec);
}
}  // namespace

int main(int argc, char** argv)
{
    if (argc != 3) return std::cerr << "usage: payment_batch ROSTER.json POLICY.json\n", 2;
    const auto roster = boost::json::try_value_to<minzheng::roster>(read(argv[1]));
    const auto policy = minzheng::read_policy_table(text_of(argv[2]), minzheng::policy_table::national_defaults());
    if (!roster || !policy.value) return std::cerr << "cannot read the roster or the policy\n", 1;

    const minzheng::rule_set rules;
    const auto luoding = minzheng::division_code::parse("445381").value();
    const auto march = minzheng::year_month::make(2020, 3).value();
    auto built = minzheng::build_dibao_batch(*roster, luoding, march, minzheng::make_date(2020, 3, 9).value(), rules,
                                             *policy.value);
    for (const auto& e : built.batch.entries) {
        minzheng::rule_context c(rules, *policy.value, march.first_day());
        const auto owed =
            minzheng::dibao_entitlement(*roster->find_household(e.payee), *roster->find_case(e.case_id), march, c);
        std::cout << e.payee << "  " << std::get<minzheng::money>(e.value).to_string() << "  " << owed.formula << '\n';
    }
    std::cout << "合计 " << built.batch.totals_by_programme()[minzheng::assistance_category::dibao].to_string() << '\n';

    auto mistaken = built.batch;  // a clerk enters the first household twice and pays one late
    mistaken.entries.push_back(mistaken.entries.front());
    mistaken.entries.back().id += "-dup";
    mistaken.entries[1].on = minzheng::make_date(2020, 3, 12).value();
    for (const auto& f : minzheng::validate_batch(mistaken, *roster, rules, *policy.value).findings)
        std::cout << f.path.str() << "  " << f.rule_id << "  " << f.message_zh << '\n';

    // The duplicate is corrected by a reversal entry, never by an edit.
    mistaken.entries.push_back(
        minzheng::disbursement::reversal_of(mistaken.entries.back(), "rev-1", minzheng::make_date(2020, 3, 12).value())
            .value());
    std::cout << "after the reversal: "
              << minzheng::validate_batch(mistaken, *roster, rules, *policy.value).counts.errors << " errors\n";
    if (!built.batch.approve() || !built.batch.mark_paid(minzheng::make_date(2020, 3, 9).value())) return 1;
    std::cout << built.batch.entries.size() << " payments approved and paid\n";
    return 0;
}
