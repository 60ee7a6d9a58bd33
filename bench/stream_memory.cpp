// stream_memory — the peak memory of a streaming roster check: checks a generated JSON Lines roster of N households
// (produced as it is read, never held) and prints the peak resident set of the process. Run it once per N: the
// figure must not grow with N beyond the duplicate-id set (resident_id_set, stated in docs/performance.md).
// Usage: stream_memory HOUSEHOLDS [dedup|presized|nodup] [DEFECTS_PER_MILLE]
//   dedup: duplicate detection with a growing id set; presized: the id set sized up front for the file's persons;
//   nodup: no duplicate detection (flat memory).
#include "generate.hpp"

#include <minzheng/json/lines.hpp>

#include <sys/resource.h>

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    if (argc < 2) return std::cerr << "usage: stream_memory HOUSEHOLDS [dedup|presized|nodup] [DEFECTS_PER_MILLE]\n", 2;
    const auto households = std::strtoull(argv[1], nullptr, 10);
    const std::string mode = argc > 2 ? argv[2] : "dedup";
    const auto defects = argc > 3 ? static_cast<unsigned>(std::strtoul(argv[3], nullptr, 10)) : 10U;
    const std::size_t expected = mode == "presized" ? static_cast<std::size_t>(households) * 5 / 2 : 0;
    const minzheng::rule_set rules;
    const auto policy = minzheng::policy_table::national_defaults();
    minzheng::bench::roster_lines_source source(households, defects);
    std::istream in(&source);
    std::size_t findings = 0;
    const auto start = std::chrono::steady_clock::now();
    const auto s = minzheng::check_roster_lines(
        in, minzheng::make_date(2020, 2, 10).value(), rules, policy, [&](minzheng::line_finding&&) { ++findings; }, {},
        expected, mode != "nodup");
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::cout << "mode " << mode << " households " << s.households << " persons " << s.persons << " findings "
              << findings << " bytes " << source.bytes() << " seconds " << took.count() << " persons_per_s "
              << static_cast<double>(s.persons) / took.count() << " id_set_MiB "
              << static_cast<double>(s.id_set_bytes) / (1 << 20) << " peak_rss_MiB "
              << static_cast<double>(usage.ru_maxrss) / 1024 << '\n';
    return 0;
}
