// Fuzz target: CSV. The first byte picks the reader. Properties: rows that split join back to text that splits to
// the same rows; a sheet that reads writes back to a sheet that reads to the same records.
#include <minzheng/csv/records.hpp>
#include <minzheng/csv/table.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace minzheng;
    if (size == 0) return 0;
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    switch (data[0] % 5) {
    case 0: {
        const auto rows = csv::split(text);
        if (!rows.value) return 0;
        const auto again = csv::split(csv::join(*rows.value));
        // Rows of one empty field are blank lines to a spreadsheet and are dropped; compare without them.
        auto kept = *rows.value;
        std::erase_if(kept, [](const csv::row& r) { return r.size() == 1 && r[0].empty(); });
        if (!again.value) std::abort();
        auto back = *again.value;
        std::erase_if(back, [](const csv::row& r) { return r.size() == 1 && r[0].empty(); });
        if (back != kept) std::abort();
        break;
    }
    case 1: {
        const auto r = csv::read_persons(text);
        if (r.value && *csv::read_persons(csv::write_persons(*r.value)).value != *r.value) std::abort();
        break;
    }
    case 2: {
        const auto r = csv::read_members(text);
        if (r.value && *csv::read_members(csv::write_members(*r.value)).value != *r.value) std::abort();
        break;
    }
    case 3: {
        const auto r = csv::read_disbursements(text);
        if (r.value && *csv::read_disbursements(csv::write_disbursements(*r.value)).value != *r.value) std::abort();
        break;
    }
    default: {
        const auto r = csv::read_donations(text);
        if (r.value && *csv::read_donations(csv::write_donations(*r.value)).value != *r.value) std::abort();
        break;
    }
    }
    return 0;
}
