// csv_memory — the memory a CSV member sheet costs to read: builds a sheet of N member rows as text, then reads it
// with csv::read_members and prints the bytes of input, the peak resident set before and after reading, and the
// growth per input byte. What a reader must keep is the text and the records; the fields of the whole table are
// not kept (they were: 40-70 bytes a byte of input). Usage: csv_memory ROWS
#include <minzheng/csv/records.hpp>

#include <sys/resource.h>

#include <cstdlib>
#include <iostream>
#include <string>

namespace {
double peak_mib()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}
}  // namespace

int main(int argc, char** argv)
{
    if (argc < 2) return std::cerr << "usage: csv_memory ROWS\n", 2;
    const auto rows = std::strtoull(argv[1], nullptr, 10);
    using namespace minzheng;
    const auto luoding = division_code::find(445381).value();
    const member someone(person(resident_id::parse("445381198001011236").value(), person_name::parse("陈大明").value()),
                         relation::head);
    // One row as the library writes it, repeated with a new household id: the text is all that is held before.
    const auto sample = csv::write_members({csv::member_row{"H-0", luoding, registration_type::rural, someone}});
    const auto header_end = sample.find("\r\n") + 2;
    const auto row_text = sample.substr(header_end);
    const auto id_at = row_text.find("H-0");
    std::string text = sample.substr(0, header_end);
    text.reserve(text.size() + rows * (row_text.size() + 8));
    for (unsigned long long i = 0; i < rows; ++i)
        text += row_text.substr(0, id_at) + "H-" + std::to_string(i) + row_text.substr(id_at + 3);
    const double before = peak_mib();
    read_options options;
    options.limits.max_items = rows + 1;
    const auto read = csv::read_members(text, options);
    const double after = peak_mib();
    const double bytes = static_cast<double>(text.size());
    std::cout << "rows " << (read.value ? read.value->size() : 0) << " findings " << read.findings.size()
              << " input_MiB " << bytes / (1 << 20) << " peak_before_MiB " << before << " peak_after_MiB " << after
              << " growth_bytes_per_input_byte " << (after - before) * (1 << 20) / bytes << '\n';
    return read.value ? EXIT_SUCCESS : EXIT_FAILURE;
}
