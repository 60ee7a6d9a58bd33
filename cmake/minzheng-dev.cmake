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
            -Werror)
set(CMAKE_CXX_EXTENSIONS OFF)
