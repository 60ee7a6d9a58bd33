# Flags for the project's own targets (tests, examples, benchmarks). Never linked into minzheng::minzheng, so a
# consumer's build is never broken by a warning its compiler finds in our headers.
add_library(minzheng_dev_flags INTERFACE)
target_compile_options(
  minzheng_dev_flags
  INTERFACE -Wall
            -Wextra
            -Wpedantic
            -Wconversion
            -Wshadow
            -Werror
            # GCC 12 at -O2/-O3 warns -Wrestrict inside libstdc++'s own std::string concatenation (GCC bug 105651,
            # fixed in 13): a false positive in the standard library, silenced for optimised GCC 12 builds only.
            $<$<AND:$<CXX_COMPILER_ID:GNU>,$<VERSION_LESS:$<CXX_COMPILER_VERSION>,13>,$<CONFIG:Release,RelWithDebInfo,MinSizeRel>>:-Wno-restrict>)
set(CMAKE_CXX_EXTENSIONS OFF)
