// The translation unit that builds the test executables' precompiled header (tests/CMakeLists.txt): the header
// itself is named there, so this file has nothing of its own.
