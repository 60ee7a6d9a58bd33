// gen_roster — writes a generated roster (the benchmarks' deterministic generator) to standard output, for trying
// the library's tools on large files: gen_roster lines|document HOUSEHOLDS [DEFECTS_PER_MILLE] > roster.jsonl
#include "generate.hpp"

#include <cstdlib>
#include <iostream>
#include <string_view>

int main(int argc, char** argv)
{
    if (argc < 3) return std::cerr << "usage: gen_roster lines|document HOUSEHOLDS [DEFECTS_PER_MILLE]\n", 2;
    const std::string_view form = argv[1];
    const auto households = std::strtoull(argv[2], nullptr, 10);
    const auto defects = argc > 3 ? static_cast<unsigned>(std::strtoul(argv[3], nullptr, 10)) : 0U;
    if (form == "lines") {
        minzheng::bench::roster_lines_source source(households, defects);
        std::cout << &source;
    } else if (form == "document") {
        std::cout << minzheng::bench::roster_document(households, defects);
    } else {
        return std::cerr << "unknown form " << form << '\n', 2;
    }
    return 0;
}
