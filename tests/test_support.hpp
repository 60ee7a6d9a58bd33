#pragma once
// Helpers shared by the test files: reading the tab-separated vector files under tests/data, and the fixtures
// many files judge with. Defined once here (inline), not in each file, so that a unity build (the release presets)
// can compile a module's files as one unit.

#include <minzheng/core/date.hpp>
#include <minzheng/core/division_code.hpp>
#include <minzheng/core/error.hpp>
#include <minzheng/rules/finding.hpp>
#include <minzheng/rules/rule_set.hpp>

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

/// The library's rules at their catalogue severities.
inline const rule_set rules;
/// Divisions of the seed bulletin's city (云浮市) used across the tests.
inline const division_code yunfu = division_code::find(445300).value();
inline const division_code yuncheng = division_code::find(445302).value();  // 云城区
inline const division_code xinxing = division_code::find(445321).value();   // 新兴县
inline const division_code luoding = division_code::find(445381).value();   // 罗定市
/// A day under each edition of the 低保 measures (2012 and 2021).
inline const date in2020 = make_date(2020, 2, 10).value();
inline const date in2022 = make_date(2022, 2, 10).value();

/// The English words a clerk would meet in a Chinese text: runs of two or more ASCII letters (or '_') outside
/// quotes (“…” and "…" hold the values a file must contain, as written), except the names of formats and standards
/// (JSON, CSV, UTF-8, GB, GB/T). Ids, numbers and units mix letters with digits or are one letter, and pass.
inline std::vector<std::string> english_words(const std::string& text)
{
    std::vector<std::string> words;
    std::string word;
    bool digit_in_token = false;
    bool quoted = false;
    const std::string open = "“";
    const std::string close = "”";
    const auto flush = [&] {
        if (word.size() >= 2 && !digit_in_token && !quoted && word != "JSON" && word != "CSV" && word != "UTF" &&
            word != "GB" && word != "T")
            words.push_back(word);
        word.clear();
        digit_in_token = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        const bool opens = text.compare(i, open.size(), open) == 0;
        const bool closes = text.compare(i, close.size(), close) == 0;
        if (opens || closes) {
            flush();  // the word before the mark, judged by the state it was in
            quoted = opens;
            i += open.size() - 1;
            continue;
        }
        if (ch == '"') {
            flush();
            quoted = !quoted;
            continue;
        }
        const bool letter = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch == '_';
        const bool digit = ch >= '0' && ch <= '9';
        if (letter) {
            word += ch;
        } else if (digit || ch == '-') {
            digit_in_token = digit_in_token || digit;  // "LD-0001", "C-1": ids
            if (!word.empty()) word += ch;
        } else {
            flush();
        }
    }
    flush();
    return words;
}

/// "RULE /path" of each finding, in order.
inline std::vector<std::string> paths(const std::vector<finding>& fs)
{
    std::vector<std::string> out;
    for (const auto& f : fs) out.push_back(f.rule_id + " " + f.path.str());
    return out;
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
