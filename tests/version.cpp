// Tests minzheng/version.hpp: the numbers agree with each other and with the CMake project version.
#include <minzheng/version.hpp>

#include "test_support.hpp"

#include <doctest/doctest.h>

#include <string>

TEST_SUITE("core.version")
{
    TEST_CASE("version: the constants match the CMake project version")
    {
        const std::string joined = std::to_string(minzheng::version_major) + '.' +
                                   std::to_string(minzheng::version_minor) + '.' +
                                   std::to_string(minzheng::version_patch);
        CHECK(joined == minzheng::version_string);
        CHECK(joined == MINZHENG_PROJECT_VERSION);
    }
}
