#pragma once
// The library's version, as numbers a program can test at compile time. Kept equal to the CMake project
// version by a test (tests/version.cpp).

namespace minzheng {

/// Major version: a change here may break code written against an earlier one.
inline constexpr int version_major = 0;
/// Minor version: new features, nothing removed.
inline constexpr int version_minor = 1;
/// Patch version: fixes only.
inline constexpr int version_patch = 0;
/// The version as text, "major.minor.patch".
inline constexpr const char* version_string = "0.1.0";

}  // namespace minzheng
