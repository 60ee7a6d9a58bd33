#pragma once
// 行政区划代码 (GB/T 2260) — six-digit codes of provinces, prefecture-level and county-level divisions, with the
// national table shipped as generated data (include/minzheng/data/divisions.hpp). Lookups are binary searches
// over a constexpr array: no start-up cost, no allocation.

#include <minzheng/core/detail/text.hpp>
#include <minzheng/core/error.hpp>
#include <minzheng/data/divisions.hpp>

#include <algorithm>
#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace minzheng {

/// The level of a division in GB/T 2260: 省级 (xx0000), 地级 (xxxx00), 县级 (the rest).
enum class division_level { province, prefecture, county };

/// 行政区划代码 — a division of the GB/T 2260 table. Valid by construction: it is always a row of the shipped
/// table (current codes and the historical codes that resident ids still carry, such as 445323 云安县).
class division_code {
public:
    /// Parses six digits (full-width digits accepted). Errors: `wrong_length`, `invalid_character`,
    /// `unknown_division` when the code is not in the table.
    [[nodiscard]] static result<division_code> parse(std::string_view text);
    /// The division with this numeric code, or `unknown_division`.
    [[nodiscard]] static result<division_code> from_number(std::uint32_t code) noexcept;
    /// The division with this code, or nullopt. O(log n).
    [[nodiscard]] static constexpr std::optional<division_code> find(std::uint32_t code) noexcept;
    /// True when the two leading digits of `code` name a province of GB/T 2260.
    [[nodiscard]] static constexpr bool is_province_prefix(std::uint32_t two_digits) noexcept;

    [[nodiscard]] constexpr std::uint32_t value() const noexcept { return row().code; }
    /// The six digits, e.g. "445381".
    [[nodiscard]] std::string to_string() const { return std::to_string(value()); }
    /// The Chinese name in the table, e.g. "罗定市" (prefecture rows of municipalities read "市辖区").
    [[nodiscard]] constexpr std::string_view name() const noexcept { return row().name; }
    [[nodiscard]] constexpr division_level level() const noexcept;
    /// The division directly above: a county's prefecture (or its province when the table has no prefecture
    /// row for it, as for the historical 4428xx codes); nullopt for a province.
    [[nodiscard]] constexpr std::optional<division_code> parent() const noexcept;
    /// The province the division belongs to.
    [[nodiscard]] constexpr division_code province() const noexcept;
    /// True when this division is `ancestor` or lies inside it (445381 is within 445300 and 440000).
    [[nodiscard]] constexpr bool is_within(division_code ancestor) const noexcept;
    /// True for a code no longer in force (kept because old ids carry it).
    [[nodiscard]] constexpr bool is_historical() const noexcept { return row().first_year != 0; }
    /// The years a historical code was in force; nullopt for a current code.
    [[nodiscard]] constexpr std::optional<std::pair<int, int>> years_in_force() const noexcept
    {
        if (!is_historical()) return std::nullopt;
        return std::pair<int, int>{row().first_year, row().last_year};
    }
    /// The names from the province down, skipping the table's placeholder rows: "广东省云浮市罗定市".
    [[nodiscard]] std::string full_name() const;

    friend constexpr auto operator<=>(division_code a, division_code b) noexcept { return a.index_ <=> b.index_; }
    friend constexpr bool operator==(division_code a, division_code b) noexcept = default;

private:
    constexpr explicit division_code(std::uint16_t index) noexcept : index_(index) {}
    [[nodiscard]] constexpr const data::division_row& row() const noexcept { return data::divisions[index_]; }
    std::uint16_t index_;  // into data::divisions, which is sorted, so index order is code order
};

// ---- implementation --------------------------------------------------------------------------------------

static_assert(data::divisions.size() < 65536, "division_code stores a 16-bit index into the table");

constexpr std::optional<division_code> division_code::find(std::uint32_t code) noexcept
{
    const auto it = std::lower_bound(data::divisions.begin(), data::divisions.end(), code,
                                     [](const data::division_row& r, std::uint32_t c) { return r.code < c; });
    if (it == data::divisions.end() || it->code != code) return std::nullopt;
    return division_code{static_cast<std::uint16_t>(it - data::divisions.begin())};
}

inline result<division_code> division_code::from_number(std::uint32_t code) noexcept
{
    if (auto d = find(code)) return *d;
    return error::unknown_division;
}

namespace detail {
/// Which two-digit prefixes are provinces, computed from the table at compile time: every resident id asks.
inline constexpr std::array<bool, 100> province_prefixes = [] {
    std::array<bool, 100> out{};
    for (const auto& r : data::divisions) {
        if (r.code % 10000 == 0 && r.code / 10000 < 100) out[r.code / 10000] = true;
    }
    return out;
}();
}  // namespace detail

constexpr bool division_code::is_province_prefix(std::uint32_t two_digits) noexcept
{
    return two_digits >= 10 && two_digits <= 99 && detail::province_prefixes[two_digits];
}

inline result<division_code> division_code::parse(std::string_view text)
{
    return detail::with_folded(text, 64, [](std::string_view s) -> result<division_code> {
        if (s.size() != 6) return error::wrong_length;
        std::uint32_t code = 0;
        for (const char c : s) {
            if (!detail::is_digit(c)) return error::invalid_character;
            code = code * 10 + static_cast<std::uint32_t>(c - '0');
        }
        return from_number(code);
    });
}

constexpr division_level division_code::level() const noexcept
{
    const auto v = value();
    if (v % 10000 == 0) return division_level::province;
    if (v % 100 == 0) return division_level::prefecture;
    return division_level::county;
}

constexpr std::optional<division_code> division_code::parent() const noexcept
{
    switch (level()) {
    case division_level::province: return std::nullopt;
    case division_level::prefecture: return province();
    case division_level::county:
        if (auto p = find(value() / 100 * 100)) return p;
        return province();
    }
    return std::nullopt;
}

constexpr division_code division_code::province() const noexcept
{
    // Every row's province is in the table (the generator takes provinces first), so find() succeeds.
    return *find(value() / 10000 * 10000);
}

constexpr bool division_code::is_within(division_code ancestor) const noexcept
{
    const auto a = ancestor.value();
    switch (ancestor.level()) {
    case division_level::province: return value() / 10000 == a / 10000;
    case division_level::prefecture: return value() / 100 == a / 100;
    case division_level::county: return value() == a;
    }
    return false;
}

inline std::string division_code::full_name() const
{
    std::string out;
    const auto placeholder = [](std::string_view n) {
        return n == "\xE5\xB8\x82\xE8\xBE\x96\xE5\x8C\xBA"  // 市辖区
               ||
               n == "\xE7\x9C\x81\xE7\x9B\xB4\xE8\xBE\x96\xE5\x8E\xBF\xE7\xBA\xA7\xE8\xA1\x8C\xE6\x94\xBF\xE5\x8C\xBA"
                    "\xE5\x88\x92"      // 省直辖县级行政区划
               || n == "\xE5\x8E\xBF";  // 县
    };
    const division_code chain[3] = {province(), parent().value_or(*this), *this};
    std::optional<division_code> previous;
    for (const auto& d : chain) {
        if (previous == d || placeholder(d.name())) continue;
        out += d.name();
        previous = d;
    }
    return out;
}

}  // namespace minzheng

/// Hashes by code, so division codes can key unordered containers.
template <>
struct std::hash<minzheng::division_code> {
    std::size_t operator()(minzheng::division_code d) const noexcept { return std::hash<std::uint32_t>{}(d.value()); }
};
