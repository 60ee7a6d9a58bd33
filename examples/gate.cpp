// gate — a gate program: reads the institutions and their restriction policies (a "minzheng.institutions"
// document, read strictly: every problem is printed with its path) and a day's requests, and prints each decision
// with the policy and the reason. Shows: read_document, restriction_book decisions (三个暂缓, marriage registration
// suspended by dated announcements, the three-step check, window caps) and their explanations.
//
// Run: gate examples/data/institutions/xinxing-2020-02.json examples/data/institutions/xinxing-2020-02-requests.json
//   2020-02-10 新兴县中心敬老院 visit: deny [XX-2020-01 INS-102] 暂缓探访（新兴县民政局 …）
//   2020-02-10 云城区婚姻登记处 serve 3: deny [YC-2020-01 INS-106] 每项业务最多 2 人，本次 3 人…
#include <minzheng/json/document.hpp>

#include <boost/json/parse.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv)
{
    if (argc != 3) return std::cerr << "usage: gate INSTITUTIONS.json REQUESTS.json\n", 2;
    std::stringstream text;
    text << std::ifstream(argv[1]).rdbuf();
    const auto read = minzheng::read_document<minzheng::institutions_document>(text.str());
    for (const auto& f : read.findings) std::cerr << argv[1] << ": " << f.rule_id << ' ' << f.message_en << '\n';
    if (!read.value) return 1;
    const auto* institutions = &read.value->institutions;
    const auto* book = &read.value->restrictions;

    std::stringstream requests_text;
    requests_text << std::ifstream(argv[2]).rdbuf();
    boost::system::error_code ec;
    const auto doc = boost::json::parse(requests_text.str(), ec);
    if (ec || !doc.is_object()) return std::cerr << argv[2] << ": not JSON\n", 1;

    const minzheng::rule_set rules;
    const auto policy = minzheng::policy_table::national_defaults();
    for (const auto& r : doc.at("requests").as_array()) {
        const auto& req = r.as_object();
        const auto* where = [&]() -> const minzheng::institution* {
            for (const auto& i : *institutions)
                if (i.id == req.at("institution").as_string()) return &i;
            return nullptr;
        }();
        const auto day = minzheng::date_from_json(req.at("day"));
        if (where == nullptr || !day) return std::cerr << "bad request\n", 1;
        minzheng::entry_request entry;
        if (const auto* e = req.if_contains("request")) entry = boost::json::value_to<minzheng::entry_request>(*e);
        const int persons = req.contains("persons") ? static_cast<int>(req.at("persons").as_int64()) : 0;
        const bool farewell = req.contains("farewell") && req.at("farewell").as_bool();
        const std::string ask(req.at("ask").as_string());
        minzheng::rule_context c(rules, policy, *day);
        // admit, visit, go_out and enter are access requests (with the exception claimed in "request").
        const auto action = boost::json::try_value_to<minzheng::access_action>(req.at("ask"));
        const auto d = action              ? book->decide(*where, *day, {*action, entry}, c)
                       : ask == "marriage" ? book->may_register_marriage(*where, *day, c)
                       : ask == "ceremony" ? book->may_hold_ceremony(*where, *day, persons, farewell, c)
                                           : book->may_serve(*where, *day, persons, c);
        const char* outcome = d.outcome == minzheng::verdict::deny    ? "deny"
                              : d.outcome == minzheng::verdict::allow ? "allow"
                                                                      : "allow with conditions";
        std::cout << minzheng::to_iso_string(*day) << ' ' << where->name << ' ' << ask
                  << (persons ? " " + std::to_string(persons) : "") << ": " << outcome;
        if (!d.policy_id.empty()) std::cout << " [" << d.policy_id << ' ' << d.rule_id << "] " << d.reason_zh;
        for (const auto& cond : d.conditions) std::cout << "\n    条件: " << cond;
        std::cout << '\n';
    }
    return 0;
}
