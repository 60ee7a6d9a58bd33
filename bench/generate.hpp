#pragma once
// A deterministic generator of the library's documents for the benchmarks: resident ids and credit codes with
// correct check characters, rosters as JSON documents and as JSON Lines, with a chosen share of defective records.
// The same seed gives the same bytes on every machine (a fixed xorshift, no std::random distributions, whose
// results differ between standard libraries).

#include <minzheng/core/division_code.hpp>

#include <array>
#include <cstdint>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace minzheng::bench {

/// xorshift64*: small, fast and the same everywhere.
class rng {
public:
    explicit rng(std::uint64_t seed) : state_(seed * 0x9E3779B97F4A7C15ULL + 1) {}
    std::uint64_t next()
    {
        state_ ^= state_ >> 12;
        state_ ^= state_ << 25;
        state_ ^= state_ >> 27;
        return state_ * 0x2545F4914F6CDD1DULL;
    }
    /// A number in [0, n).
    std::uint64_t below(std::uint64_t n) { return next() % n; }

private:
    std::uint64_t state_;
};

/// The county-level divisions ids are drawn from (all in the table).
inline constexpr std::array<std::uint32_t, 8> counties{445302, 445303, 445321, 445322, 445381, 440103, 440305, 110105};

/// The n-th resident id: distinct for distinct n below 8 × 36 500 × 1000, with its GB 11643 check character.
inline std::string resident_id_text(std::uint64_t n)
{
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    const auto county = counties[n % counties.size()];
    n /= counties.size();
    const auto sequence = n % 1000;
    n /= 1000;
    // Birth dates from 1940-01-01, one day per step, 28 days a month to stay valid.
    const auto day = 1 + n % 28;
    const auto month = 1 + n / 28 % 12;
    const auto year = 1940 + n / 28 / 12 % 80;
    char text[19];
    std::snprintf(text, sizeof text, "%06u%04u%02u%02u%03u", static_cast<unsigned>(county), static_cast<unsigned>(year),
                  static_cast<unsigned>(month), static_cast<unsigned>(day), static_cast<unsigned>(sequence));
    int sum = 0;
    for (int i = 0; i < 17; ++i) sum += (text[i] - '0') * weights[i];
    text[17] = "10X98765432"[sum % 11];
    return std::string(text, 18);
}

/// The n-th unified social credit code (GB 32100, with a GB 11714 organisation code inside).
inline std::string credit_code_text(std::uint64_t n)
{
    static constexpr std::string_view alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static constexpr int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    static constexpr int org_weights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
    char text[19];
    std::snprintf(text, sizeof text, "91%06u%08u", static_cast<unsigned>(counties[n % counties.size()]),
                  static_cast<unsigned>(10'000'000 + n % 89'999'999));
    int org = 0;
    for (int i = 0; i < 8; ++i) org += (text[8 + i] - '0') * org_weights[i];
    const int c9 = 11 - org % 11;
    text[16] = c9 == 10 ? 'X' : c9 == 11 ? '0' : static_cast<char>('0' + c9);
    int sum = 0;
    for (int i = 0; i < 17; ++i) sum += static_cast<int>(alphabet.find(text[i])) * weights[i];
    text[17] = alphabet[static_cast<std::size_t>((31 - sum % 31) % 31)];
    return std::string(text, 18);
}

/// What a generated record may get wrong.
enum class defect { none, check_character, missing_name, unknown_member, sex_mismatch, repeated_person };

/// One household of the roster as JSON (1 to 4 members), the n-th of the file. `defect_per_mille` of the households
/// carry one defect each, spread over the kinds above.
inline std::string household_json(std::uint64_t n, unsigned defect_per_mille)
{
    rng r(n);
    const auto kind = r.below(1000) < defect_per_mille ? static_cast<defect>(1 + r.below(5)) : defect::none;
    const auto size = 1 + r.below(4);
    const auto county = counties[n % 5];  // households in the five Yunfu counties
    std::string out;
    out.reserve(200 + size * 220);
    out += R"({"id":"H-)";
    out += std::to_string(n);
    out += R"(","registration":")";
    out += std::to_string(county);
    out += R"(","kind":"rural","members":[)";
    for (std::uint64_t m = 0; m < size; ++m) {
        // Persons are numbered so that every household has its own (4 slots a household).
        auto id = resident_id_text(n * 4 + m);
        if (kind == defect::check_character && m == 0) id[17] = id[17] == '0' ? '1' : '0';
        if (kind == defect::repeated_person && m == 0 && n > 0) id = resident_id_text((n - 1) * 4);
        if (m > 0) out += ',';
        out += R"({"person":{"id":")";
        out += id;
        out += '"';
        if (!(kind == defect::missing_name && m == 0)) out += R"(,"name":"张三")";
        out += R"(,"registration":")";
        out += std::to_string(county);
        out += R"(","registration_kind":"rural")";
        if (kind == defect::sex_mismatch && m == 0)
            out += (id[16] - '0') % 2 == 1 ? R"(,"stated_sex":"female")" : R"(,"stated_sex":"male")";
        out += R"(},"relation":")";
        out += m == 0 ? "head" : m == 1 ? "spouse" : "child";
        out += R"(","covered":true)";
        if (kind == defect::unknown_member && m == 0) out += R"(,"remark":"x")";
        out += '}';
    }
    out += R"(],"incomes":[{"kind":"wages","monthly":)";
    out += std::to_string(10'000 + r.below(50'000));
    out += R"(}],"property_meets_local_rule":true})";
    return out;
}

/// A JSON Lines roster of `households` lines after the envelope.
inline std::string roster_lines(std::uint64_t households, unsigned defect_per_mille)
{
    std::string out = R"({"format":"minzheng.roster_lines","version":1})";
    out += '\n';
    for (std::uint64_t n = 0; n < households; ++n) {
        out += R"({"household":)";
        out += household_json(n, defect_per_mille);
        out += "}\n";
    }
    return out;
}

/// A "minzheng.roster" document of `households` households.
inline std::string roster_document(std::uint64_t households, unsigned defect_per_mille)
{
    std::string out = R"({"format":"minzheng.roster","version":1,"households":[)";
    for (std::uint64_t n = 0; n < households; ++n) {
        if (n > 0) out += ',';
        out += household_json(n, defect_per_mille);
    }
    out += "]}";
    return out;
}

/// A stream buffer that produces a JSON Lines roster as it is read, so a file of any size is checked without
/// being held anywhere.
class roster_lines_source : public std::streambuf {
public:
    roster_lines_source(std::uint64_t households, unsigned defect_per_mille)
        : households_(households), defect_per_mille_(defect_per_mille)
    {
        line_ = R"({"format":"minzheng.roster_lines","version":1})";
        line_ += '\n';
        setg(line_.data(), line_.data(), line_.data() + line_.size());
    }
    [[nodiscard]] std::uint64_t bytes() const noexcept { return bytes_; }

protected:
    int_type underflow() override
    {
        if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
        if (next_ >= households_) return traits_type::eof();
        line_ = R"({"household":)";
        line_ += household_json(next_++, defect_per_mille_);
        line_ += "}\n";
        bytes_ += line_.size();
        setg(line_.data(), line_.data(), line_.data() + line_.size());
        return traits_type::to_int_type(*gptr());
    }

private:
    std::uint64_t households_;
    unsigned defect_per_mille_;
    std::uint64_t next_ = 0;
    std::uint64_t bytes_ = 0;
    std::string line_;
};

}  // namespace minzheng::bench
