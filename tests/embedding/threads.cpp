// Embedding: the objects docs/design.md says may be shared read-only across threads (rule_set, policy_table, the
// national calendar, the division table, the catalogue) give every thread the answer one thread gets. Four threads
// validate the sample roster and parse ids at once, many times over; the suite also runs under ThreadSanitizer
// (the tsan preset), which fails on any data race even where the answers happen to agree.
#include <minzheng/minzheng.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

#include <array>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace minzheng;

std::string read_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// Rule id and path of every finding, in order: what two runs must agree on.
std::vector<std::string> summary(const validation_report& r)
{
    std::vector<std::string> out;
    for (const auto& f : r.findings) out.push_back(f.rule_id + " " + f.path.str() + " " + f.message_zh);
    return out;
}

}  // namespace

TEST_SUITE("embedding.threads")
{
    TEST_CASE("shared rule set, policy table, calendar and division table: four threads agree with one")
    {
        const auto text =
            read_file(std::string(MINZHENG_SOURCE_DIR) + "/examples/data/recipients/luoding-2020-02.json");
        auto doc = read_document<roster>(text);
        REQUIRE(doc.value.has_value());
        const roster& r = *doc.value;
        auto policy_doc =
            policy_table_from_json(boost::json::parse(read_file(std::string(MINZHENG_SOURCE_DIR) +
                                                                "/examples/data/policy/yunfu-2020-sample.json")),
                                   policy_table::national_defaults());
        REQUIRE(policy_doc.value.has_value());
        const policy_table& policy = *policy_doc.value;
        rule_set rules;
        REQUIRE(rules.set_severity("RCP-001", severity::error).has_value());
        const auto on = make_date(2020, 2, 28).value();

        const auto expected = summary(validate_roster(r, on, rules, policy));
        REQUIRE_FALSE(expected.empty());  // the sample has planted mistakes: an empty list would prove nothing
        const std::array<std::string_view, 3> ids{"445381198001011236", "44538119800101123X", "110105491231002"};
        std::vector<std::string> expected_ids;
        for (const auto id : ids) {
            const auto p = resident_id::parse(id, on);
            expected_ids.push_back(p ? p->to_string() : p.error().message());
        }
        const auto calendar = work_calendar::china();
        const auto deadline = calendar.add_working_days(on, 30);
        REQUIRE(deadline.has_value());

        constexpr int threads = 4;
        constexpr int rounds = 20;
        std::array<int, threads> disagreements{};  // one counter per thread: no shared mutable state in the test
        std::vector<std::thread> pool;
        for (int t = 0; t < threads; ++t) {
            pool.emplace_back([&, t] {
                for (int i = 0; i < rounds; ++i) {
                    if (summary(validate_roster(r, on, rules, policy)) != expected)
                        ++disagreements[static_cast<std::size_t>(t)];
                    for (std::size_t k = 0; k < ids.size(); ++k) {
                        const auto p = resident_id::parse(ids[k], on);
                        if ((p ? p->to_string() : p.error().message()) != expected_ids[k])
                            ++disagreements[static_cast<std::size_t>(t)];
                    }
                    if (calendar.add_working_days(on, 30) != deadline) ++disagreements[static_cast<std::size_t>(t)];
                    if (division_code::find(445381)->name() != "罗定市") ++disagreements[static_cast<std::size_t>(t)];
                }
            });
        }
        for (auto& th : pool) th.join();
        for (const int d : disagreements) CHECK(d == 0);
    }
}
