// Fuzz target: the streaming roster check and the donation ledger's JSON Lines. The first byte picks which.
// Properties: the stream check never counts more lines than the input has and never rejects more records than it
// read; a ledger that loads writes back to the same canonical text and loads again to the same entries.
#include <minzheng/json/donations.hpp>
#include <minzheng/json/lines.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace minzheng;
    if (size == 0) return 0;
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    if (data[0] % 2 == 0) {
        static const rule_set rules;
        static const auto policy = policy_table::national_defaults();
        std::istringstream in(text);
        read_options options;
        options.limits.max_bytes = 4096;
        std::size_t findings = 0;
        const auto s = check_roster_lines(
            in, make_date(2020, 2, 10).value(), rules, policy, [&](line_finding&&) { ++findings; }, options);
        const auto newlines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
        if (s.lines > newlines + 1 || s.rejected > s.lines) std::abort();
        if (s.counts.errors + s.counts.warnings + s.counts.notices != findings) std::abort();
    } else {
        const auto loaded = ledger_from_jsonl(text, 10'000);
        if (loaded.value.has_value() == !loaded.findings.empty()) std::abort();
        if (!loaded.value) return 0;
        const auto written = to_jsonl(*loaded.value);
        const auto again = ledger_from_jsonl(written);
        if (!again.value || again.value->entries() != loaded.value->entries()) std::abort();
        if (to_jsonl(*again.value) != written) std::abort();
    }
    return 0;
}
