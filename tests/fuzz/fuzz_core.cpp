// Fuzz target: the core parsers. The first byte picks the parser, the rest is its text. Property: a value that
// parses formats to text that parses back to the same value.
#include <minzheng/core.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

template <class T, class Parse, class Format>
void round_trip(std::string_view text, Parse parse, Format format)
{
    const auto first = parse(text);
    if (!first) return;
    const auto again = parse(format(*first));
    if (!again || !(*again == *first)) std::abort();  // the property failed: libFuzzer reports the input
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace minzheng;
    if (size == 0) return 0;
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    const auto on = make_date(2020, 2, 10).value();
    switch (data[0] % 9) {
    case 0:
        round_trip<resident_id>(
            text, [&](std::string_view s) { return resident_id::parse(s, on); },
            [](const resident_id& x) { return x.to_string(); });
        break;
    case 1:
        round_trip<credit_code>(
            text, [](std::string_view s) { return credit_code::parse(s); },
            [](const credit_code& x) { return x.to_string(); });
        break;
    case 2:
        round_trip<division_code>(
            text, [](std::string_view s) { return division_code::parse(s); },
            [](const division_code& x) { return x.to_string(); });
        break;
    case 3:
        round_trip<money>(
            text, [](std::string_view s) { return money::parse(s); }, [](const money& x) { return x.to_string(); });
        break;
    case 4:
        round_trip<quantity>(
            text, [](std::string_view s) { return quantity::parse(s); },
            [](const quantity& x) { return x.to_string(); });
        break;
    case 5:
        round_trip<date>(
            text, [](std::string_view s) { return parse_date(s); }, [](const date& x) { return to_iso_string(x); });
        break;
    case 6:
        round_trip<person_name>(
            text, [](std::string_view s) { return person_name::parse(s); },
            [](const person_name& x) { return x.to_string(); });
        break;
    case 7:
        round_trip<phone_number>(
            text, [](std::string_view s) { return phone_number::parse(s); },
            [](const phone_number& x) { return x.to_string(); });
        break;
    default:
        round_trip<year_month>(
            text, [](std::string_view s) { return year_month::parse(s); },
            [](const year_month& x) { return x.to_string(); });
        break;
    }
    return 0;
}
