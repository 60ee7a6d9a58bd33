#pragma once
// 公民身份号码 (GB 11643-1999) — the 18-character citizen identity number: address code, birth date, sequence
// and an ISO 7064 MOD 11-2 check character. The 15-digit numbers of GB 11643-1989 are read and upgraded.

#include <minzheng/core/date.hpp>
#include <minzheng/core/detail/text.hpp>
#include <minzheng/core/division_code.hpp>
#include <minzheng/core/error.hpp>

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace minzheng {

/// 性别 — sex as the identity number records it (17th digit: odd for male, even for female).
enum class sex { female, male };

/// 公民身份号码 — a citizen identity number. Valid by construction: 17 digits with a real birth date, a
/// province that exists in GB/T 2260, and the matching check character.
///
/// The address code is where the number was first issued and never changes when its holder moves, so a code
/// that today's table no longer has (445323 云安县, 4428xx) is not an error; `is_known_address()` tells.
/// Stored in 8 bytes (the 17 digits as one integer; the check character is derived).
class resident_id {
public:
    /// Characters in the 18-character form.
    static constexpr std::size_t length = 18;

    /// Parses an 18-character number (a final lowercase x is accepted and stored as X) or a 15-digit legacy
    /// number (upgraded: "19" inserted before the year, check character computed). Full-width digits are
    /// accepted and outer white space ignored; inner spaces are not. The birth date must not be after
    /// `as_of`. Errors, in the order checked: `wrong_length`, `invalid_character`,
    /// `check_character_mismatch`, `invalid_date`, `date_out_of_range` (born before 1800),
    /// `birth_date_after_as_of`, `unknown_province`.
    [[nodiscard]] static result<resident_id> parse(std::string_view text, date as_of);
    /// The form alone: as above, but a birth date is not compared with any day, so the answer never depends on
    /// when the call is made. Documents are decoded with it; the record checks then judge the birth date against
    /// the date each record is judged on (rule RCP-003).
    [[nodiscard]] static result<resident_id> parse(std::string_view text);
    /// As parse(text, as_of), judged as of today in the machine's time zone: the one form that reads the clock.
    [[nodiscard]] static result<resident_id> parse_as_of_today(std::string_view text) { return parse(text, today()); }

    /// The GB 11643 check character ('0'-'9' or 'X') of 17 digits; precondition: `digits17` is 17 ASCII digits.
    [[nodiscard]] static constexpr char check_character_of(std::string_view digits17) noexcept;

    /// The six-digit address code (where the number was issued).
    [[nodiscard]] constexpr std::uint32_t address_code() const noexcept
    {
        return static_cast<std::uint32_t>(digits_ / 100'000'000'000ULL);
    }
    /// The division of the address code, if the table knows it (current or historical).
    [[nodiscard]] constexpr std::optional<division_code> address_division() const noexcept
    {
        return division_code::find(address_code());
    }
    /// True when the address code is in the shipped division table.
    [[nodiscard]] constexpr bool is_known_address() const noexcept { return address_division().has_value(); }
    [[nodiscard]] date birth_date() const;
    [[nodiscard]] constexpr minzheng::sex sex() const noexcept
    {
        return sequence() % 2 == 1 ? minzheng::sex::male : minzheng::sex::female;
    }
    /// The three-digit sequence (顺序码), digits 15-17.
    [[nodiscard]] constexpr unsigned sequence() const noexcept { return static_cast<unsigned>(digits_ % 1000); }
    [[nodiscard]] constexpr char check_character() const noexcept;
    /// Completed years (周岁) on `on`; see completed_years().
    [[nodiscard]] int age_on(date on) const { return completed_years(birth_date(), on); }

    /// The 18 characters.
    [[nodiscard]] std::string to_string() const;
    /// The 17 leading digits as one integer: a compact key for duplicate detection in large rosters.
    [[nodiscard]] constexpr std::uint64_t packed() const noexcept { return digits_; }

    friend constexpr auto operator<=>(const resident_id&, const resident_id&) noexcept = default;

private:
    constexpr explicit resident_id(std::uint64_t digits) noexcept : digits_(digits) {}
    [[nodiscard]] static result<resident_id> parse_ascii(std::string_view s, date as_of);
    std::uint64_t digits_;
};

// ---- implementation --------------------------------------------------------------------------------------

constexpr char resident_id::check_character_of(std::string_view digits17) noexcept
{
    // ISO 7064 MOD 11-2: weight of position i (1-based) is 2^(18-i) mod 11.
    constexpr std::array<int, 17> weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    constexpr std::string_view table = "10X98765432";
    int sum = 0;
    for (std::size_t i = 0; i < 17; ++i) sum += (digits17[i] - '0') * weights[i];
    return table[static_cast<std::size_t>(sum % 11)];
}

constexpr char resident_id::check_character() const noexcept
{
    std::array<char, 17> buf{};
    auto v = digits_;
    for (std::size_t i = 17; i-- > 0;) {
        buf[i] = static_cast<char>('0' + v % 10);
        v /= 10;
    }
    return check_character_of(std::string_view(buf.data(), buf.size()));
}

inline date resident_id::birth_date() const
{
    const auto ymd = static_cast<int>(digits_ / 1000 % 100'000'000);
    // Validated at construction, so make_date cannot fail here.
    return *make_date(ymd / 10000, ymd / 100 % 100, ymd % 100);
}

inline std::string resident_id::to_string() const
{
    std::string out(length, '0');
    auto v = digits_;
    for (std::size_t i = 17; i-- > 0;) {
        out[i] = static_cast<char>('0' + v % 10);
        v /= 10;
    }
    out[17] = check_character();
    return out;
}

inline result<resident_id> resident_id::parse_ascii(std::string_view s, date as_of)
{
    // One pass over the digits computes the packed value and the GB 11643 sum together: this runs once per person
    // of a roster (see docs/performance.md).
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    const auto two = [&s](std::size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); };
    std::uint64_t v = 0;
    int year = 0;
    int month = 0;
    int day = 0;
    if (s.size() == 18) {
        int sum = 0;
        for (std::size_t i = 0; i < 17; ++i) {
            const auto d = static_cast<unsigned>(s[i] - '0');
            if (d > 9) return error::invalid_character;
            v = v * 10 + d;
            sum += static_cast<int>(d) * weights[i];
        }
        const char last = s[17] == 'x' ? 'X' : s[17];
        if (!detail::is_digit(last) && last != 'X') return error::invalid_character;
        if ("10X98765432"[sum % 11] != last) return error::check_character_mismatch;
        year = two(6) * 100 + two(8);
        month = two(10);
        day = two(12);
    } else if (s.size() == 15) {
        // GB 11643-1989: address(6) YYMMDD sequence(3); every such number was issued to someone born in 19xx.
        for (std::size_t i = 0; i < 15; ++i) {
            const auto d = static_cast<unsigned>(s[i] - '0');
            if (d > 9) return error::invalid_character;
            if (i == 6) v = v * 100 + 19;
            v = v * 10 + d;
        }
        year = 1900 + two(6);
        month = two(8);
        day = two(10);
    } else {
        return error::wrong_length;
    }
    // Fields read from the characters (no 64-bit divisions): this runs once per person of a roster.
    if (year < min_supported_year || year > max_supported_year) return error::date_out_of_range;
    if (month < 1 || month > 12 || day < 1 || day > detail::days_in_month(year, month)) return error::invalid_date;
    // The birth date's day number (the Julian day number Boost's dates count in), compared without building a date.
    // Unsigned: every term is positive here, and unsigned division by a constant is a multiplication.
    const unsigned a = month <= 2 ? 1U : 0U;
    const auto y = static_cast<unsigned>(year) + 4800U - a;
    const auto m = static_cast<unsigned>(month) + 12U * a - 3U;
    const auto birth =
        static_cast<unsigned>(day) + (153U * m + 2U) / 5U + 365U * y + y / 4U - y / 100U + y / 400U - 32045U;
    if (birth > static_cast<unsigned long>(as_of.day_number())) return error::birth_date_after_as_of;
    if (!division_code::is_province_prefix(static_cast<std::uint32_t>(two(0)))) return error::unknown_province;
    return resident_id{v};
}

inline result<resident_id> resident_id::parse(std::string_view text, date as_of)
{
    return detail::with_folded(text, 64, [as_of](std::string_view s) { return parse_ascii(s, as_of); });
}

inline result<resident_id> resident_id::parse(std::string_view text)
{
    // The last supported day: no valid birth date is after it, so nothing is judged against a date.
    return parse(text, date(max_supported_year, 12, 31));
}

}  // namespace minzheng

/// Hashes the packed digits, so resident ids can key unordered containers.
template <>
struct std::hash<minzheng::resident_id> {
    std::size_t operator()(const minzheng::resident_id& id) const noexcept
    {
        return std::hash<std::uint64_t>{}(id.packed());
    }
};
