#pragma once
// Helpers shared by the test files: reading the tab-separated vector files under tests/data.

#include <minzheng/core/date.hpp>
#include <minzheng/core/error.hpp>

#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace minzheng::test {

/// Rows of a TSV file with a header line, as column name -> value.
inline std::vector<std::map<std::string, std::string>> read_tsv(const std::string& path)
{
    std::ifstream in(path);
    std::vector<std::map<std::string, std::string>> rows;
    std::string line;
    std::vector<std::string> header;
    const auto split = [](const std::string& l) {
        std::vector<std::string> cells;
        std::stringstream ss(l);
        std::string cell;
        while (std::getline(ss, cell, '\t')) cells.push_back(cell);
        return cells;
    };
    if (std::getline(in, line)) header = split(line);
    while (std::getline(in, line)) {
        const auto cells = split(line);
        std::map<std::string, std::string> row;
        for (std::size_t i = 0; i < header.size() && i < cells.size(); ++i) row[header[i]] = cells[i];
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace minzheng::test

// How doctest prints a result<T> in a failed check: the value's text form where it has one, else the error.
// (boost::system::result's own operator<< needs an operator<< for T, which minzheng's types do not have.)
template <class T>
struct doctest::StringMaker<boost::system::result<T, std::error_code>> {
    static doctest::String convert(const boost::system::result<T, std::error_code>& r)
    {
        if (!r) return ("error: " + r.error().message()).c_str();
        if constexpr (requires { r->to_string(); }) {
            return r->to_string().c_str();
        } else if constexpr (std::is_same_v<T, minzheng::date>) {
            return minzheng::to_iso_string(*r).c_str();
        } else if constexpr (std::is_arithmetic_v<T>) {
            return std::to_string(*r).c_str();
        } else {
            return "a value";
        }
    }
};

template <class T>
struct doctest::StringMaker<minzheng::result<T>> {
    static doctest::String convert(const minzheng::result<T>& r)
    {
        return doctest::StringMaker<boost::system::result<T, std::error_code>>::convert(r);
    }
};

template <>
struct doctest::StringMaker<minzheng::date> {
    static doctest::String convert(const minzheng::date& d) { return minzheng::to_iso_string(d).c_str(); }
};

// Sets and lists of strings print their elements in failed checks.
template <>
struct doctest::StringMaker<std::set<std::string>> {
    static doctest::String convert(const std::set<std::string>& s)
    {
        std::string out = "{";
        for (const auto& x : s) out += "\"" + x + "\" ";
        return (out + "}").c_str();
    }
};

template <>
struct doctest::StringMaker<std::vector<std::string>> {
    static doctest::String convert(const std::vector<std::string>& s)
    {
        std::string out = "[";
        for (const auto& x : s) out += "\"" + x + "\" ";
        return (out + "]").c_str();
    }
};
