// Fuzz target: the strict document readers. The first byte picks the document type, the rest is its text.
// Properties: a reader never yields a value together with an error finding; a document read re-encodes to a
// document that reads to the same encoding.
#include <minzheng/json/document.hpp>
#include <minzheng/json/report.hpp>
#include <minzheng/json/rules.hpp>

#include <boost/json/serialize.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

template <class T>
void round_trip(std::string_view text)
{
    minzheng::read_options options;
    options.limits.max_bytes = 1 << 20;  // the fuzzer's inputs are small; a tighter limit finds limit bugs sooner
    const auto first = minzheng::read_document<T>(text, options);
    if (first.value.has_value() == minzheng::has_errors(first.findings)) std::abort();
    if (!first.value) return;
    const auto written = minzheng::write_document(*first.value);
    const auto again = minzheng::read_document<T>(boost::json::serialize(written));
    if (!again.value || minzheng::write_document(*again.value) != written) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace minzheng;
    if (size == 0) return 0;
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    switch (data[0] % 8) {
    case 0: round_trip<roster>(text); break;
    case 1: round_trip<institutions_document>(text); break;
    case 2: round_trip<screening_document>(text); break;
    case 3: round_trip<health_log>(text); break;
    case 4: round_trip<payment_batch>(text); break;
    case 5: round_trip<stock_ledger>(text); break;
    case 6: round_trip<activities_document>(text); break;
    default: {
        // Policy tables and rule sets have their own loaders.
        boost::system::error_code ec;
        const auto v = boost::json::parse(text, ec);
        if (ec) break;
        const auto table = policy_table_from_json(v, policy_table::national_defaults());
        if (table.value.has_value() == has_errors(table.findings)) std::abort();
        const auto rules = rule_set_from_json(v);
        if (rules.value.has_value() == has_errors(rules.findings)) std::abort();
        break;
    }
    }
    return 0;
}
