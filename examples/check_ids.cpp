// check_ids — reads resident ids and credit codes from a file, one per line, and prints for each either what it
// tells (division, birth date, sex, age on a given day) or why it is not valid. Shows: resident_id::parse,
// credit_code::parse, the error messages, division names, and judging by a record's own date.
//
// Run: check_ids examples/data/ids.txt
//   445381198001011236  ok  广东省云浮市罗定市, born 1980-01-01, male, 40 on 2020-02-10
//   445381198001011237  invalid: the check character does not match the other characters
//   ...
#include <minzheng/core.hpp>

#include <fstream>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: check_ids FILE\n";
        return 2;
    }
    std::ifstream in(argv[1]);
    if (!in) {
        std::cerr << "cannot read " << argv[1] << '\n';
        return 2;
    }
    // Judge the roster as of the bulletin's date, not today: a record is judged by its own date.
    const auto as_of = minzheng::make_date(2020, 2, 10).value();
    int valid = 0;
    int invalid = 0;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line.front() == '#') continue;
        std::cout << line << "  ";
        // 18 characters ending in a letter other than X, or with letters inside: a credit code.
        const bool looks_like_code = line.find_first_of("ABCDEFGHJKLMNPQRTUWY") != std::string::npos;
        if (looks_like_code) {
            if (const auto code = minzheng::credit_code::parse(line)) {
                ++valid;
                std::cout << "ok  credit code, registered by "
                          << code->registration_authority_name().value_or("an authority the library does not list");
                if (const auto d = code->registration_division()) std::cout << " in " << d->full_name();
                std::cout << '\n';
            } else {
                ++invalid;
                std::cout << "invalid: " << code.error().message() << '\n';
            }
            continue;
        }
        if (const auto id = minzheng::resident_id::parse(line, as_of)) {
            ++valid;
            const auto place = id->address_division();
            std::cout << "ok  " << (place ? place->full_name() : "address code " + std::to_string(id->address_code()))
                      << (place && place->is_historical() ? " (historical code)" : "") << ", born "
                      << minzheng::to_iso_string(id->birth_date()) << ", "
                      << (id->sex() == minzheng::sex::male ? "male" : "female") << ", " << id->age_on(as_of) << " on "
                      << minzheng::to_iso_string(as_of) << '\n';
        } else {
            ++invalid;
            std::cout << "invalid: " << id.error().message() << '\n';
        }
    }
    std::cout << valid << " valid, " << invalid << " invalid\n";
    return valid > 0 ? 0 : 1;
}
