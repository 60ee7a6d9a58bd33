#pragma once
// 金额 — an amount of renminbi in integer 分 (fen), with overflow-checked arithmetic, division only with a named
// rounding mode, and the text forms clerks write and read: "1,234.50元", "￥12.00", "210.9万元".

#include <minzheng/core/detail/checked.hpp>
#include <minzheng/core/detail/text.hpp>
#include <minzheng/core/error.hpp>
#include <minzheng/core/rounding.hpp>

#include <compare>
#include <concepts>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <system_error>

namespace minzheng {

/// 金额 — an amount of money in 分 (1元 = 100分), from −9.2×10^16 to 9.2×10^16 分. Negative amounts exist
/// (reversals, differences); rules that need a positive amount say so.
///
/// Two forms of every arithmetic operation: named members (`plus`, `minus`, `times`, `divided_by`, `scaled`)
/// return `result<money>` and never throw; the operators `+ - *` throw std::system_error(error::overflow) for
/// code that treats overflow as a bug. Money never mixes with bare numbers except as a multiplier.
class money {
public:
    /// Zero.
    constexpr money() noexcept = default;
    /// An amount of `fen` 分.
    [[nodiscard]] static constexpr money from_fen(std::int64_t fen) noexcept { return money{fen}; }
    /// An amount of whole 元; `overflow` past the range.
    [[nodiscard]] static result<money> from_yuan(std::int64_t yuan) noexcept;

    /// Parses what clerks write: `1234.5`, `1,234.50元`, `250元`, `￥12.00`, `¥12`, `-3.20元`, `210.9万元`,
    /// `210.9万`, `1.2亿元`, full-width digits, a space before the unit. Digit groups must be of three.
    /// Errors: `empty_input`, `input_too_long`, `invalid_utf8`, `invalid_number_format` (anything else),
    /// `sub_fen_precision` (`1.234元`; trailing zeros such as `1.230元` are exact and accepted), `overflow`.
    [[nodiscard]] static result<money> parse(std::string_view text);

    [[nodiscard]] constexpr std::int64_t fen() const noexcept { return fen_; }
    [[nodiscard]] constexpr bool is_zero() const noexcept { return fen_ == 0; }
    [[nodiscard]] constexpr bool is_negative() const noexcept { return fen_ < 0; }

    [[nodiscard]] result<money> plus(money other) const noexcept;
    [[nodiscard]] result<money> minus(money other) const noexcept;
    [[nodiscard]] result<money> negated() const noexcept;
    [[nodiscard]] result<money> times(std::int64_t factor) const noexcept;
    /// This amount split `n` ways, rounded by `mode`; `division_by_zero` when n is 0.
    [[nodiscard]] result<money> divided_by(std::int64_t n, rounding mode) const noexcept;
    /// This amount × numerator / denominator, computed exactly in 128 bits and rounded once by `mode`
    /// (1.5 × a standard is `scaled(3, 2, mode)`); `division_by_zero`, `overflow`.
    [[nodiscard]] result<money> scaled(std::int64_t numerator, std::int64_t denominator, rounding mode) const noexcept;

    /// `1234.50元`, `-3.20元`: always two decimals, no digit grouping. parse() reads it back exactly.
    [[nodiscard]] std::string to_string() const;
    /// `1234.50`: the number alone, for spreadsheets.
    [[nodiscard]] std::string to_decimal_string() const;
    /// In 万元 with `decimals` decimals, rounded by `mode`: 2 109 000元 with 1 decimal is `210.9万元`. With 6
    /// decimals the form is exact (1分 is 0.000001万元); asking for more writes the exact 6-decimal form.
    [[nodiscard]] std::string to_wan_string(unsigned decimals = 1, rounding mode = rounding::half_up) const;

    friend constexpr auto operator<=>(money, money) noexcept = default;

    friend constexpr money operator+(money a, money b) { return money{detail::add_or_throw(a.fen_, b.fen_)}; }
    friend constexpr money operator-(money a, money b) { return money{detail::sub_or_throw(a.fen_, b.fen_)}; }
    friend constexpr money operator-(money a) { return money{detail::sub_or_throw(0, a.fen_)}; }
    template <std::integral I>
    requires(!std::same_as<I, bool> &&
             (std::signed_integral<I> || sizeof(I) < sizeof(std::int64_t))) friend constexpr money
    operator*(money a, I factor)
    {
        return money{detail::mul_or_throw(a.fen_, static_cast<std::int64_t>(factor))};
    }
    template <std::integral I>
    requires(!std::same_as<I, bool> &&
             (std::signed_integral<I> || sizeof(I) < sizeof(std::int64_t))) friend constexpr money
    operator*(I factor, money a)
    {
        return a * factor;
    }
    constexpr money& operator+=(money other) { return *this = *this + other; }
    constexpr money& operator-=(money other) { return *this = *this - other; }

private:
    constexpr explicit money(std::int64_t fen) noexcept : fen_(fen) {}
    std::int64_t fen_ = 0;
};

/// Shorthand for literal amounts in code and tests: `123_fen`, `250_yuan`.
namespace literals {
consteval money operator""_fen(unsigned long long v)
{
    if (v > static_cast<unsigned long long>(INT64_MAX)) throw "amount out of range";  // a compile error
    return money::from_fen(static_cast<std::int64_t>(v));
}
consteval money operator""_yuan(unsigned long long v)
{
    if (v > static_cast<unsigned long long>(INT64_MAX / 100)) throw "amount out of range";  // a compile error
    return money::from_fen(static_cast<std::int64_t>(v) * 100);
}
}  // namespace literals

// ---- implementation --------------------------------------------------------------------------------------

inline result<money> money::from_yuan(std::int64_t yuan) noexcept
{
    auto f = detail::checked_mul(yuan, 100);
    if (!f) return f.error();
    return money{*f};
}

inline result<money> money::plus(money other) const noexcept
{
    auto r = detail::checked_add(fen_, other.fen_);
    if (!r) return r.error();
    return money{*r};
}

inline result<money> money::minus(money other) const noexcept
{
    auto r = detail::checked_sub(fen_, other.fen_);
    if (!r) return r.error();
    return money{*r};
}

inline result<money> money::negated() const noexcept
{
    return money{}.minus(*this);
}

inline result<money> money::times(std::int64_t factor) const noexcept
{
    auto r = detail::checked_mul(fen_, factor);
    if (!r) return r.error();
    return money{*r};
}

inline result<money> money::divided_by(std::int64_t n, rounding mode) const noexcept
{
    auto r = divide(fen_, n, mode);
    if (!r) return r.error();
    return money{*r};
}

inline result<money> money::scaled(std::int64_t numerator, std::int64_t denominator, rounding mode) const noexcept
{
    if (denominator == 0) return error::division_by_zero;
    const auto q = detail::divide(detail::int128{fen_} * numerator, denominator, mode);
    auto r = detail::narrow(q);
    if (!r) return r.error();
    return money{*r};
}

namespace detail {

[[nodiscard]] inline unsigned long long magnitude(std::int64_t v) noexcept
{
    // Well-defined for INT64_MIN too: the negation happens in unsigned arithmetic.
    return v < 0 ? 0ULL - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
}

/// `units` scaled by 10^decimals written with `decimals` decimals: (12345, 2) -> "123.45".
inline std::string fixed_point(unsigned long long units, int decimals)
{
    auto s = std::to_string(units);
    const auto d = static_cast<std::size_t>(decimals);
    if (s.size() <= d) s.insert(0, d + 1 - s.size(), '0');
    if (d > 0) s.insert(s.size() - d, 1, '.');
    return s;
}

[[nodiscard]] inline result<money> parse_money_ascii(std::string_view s)
{
    constexpr std::string_view yuan_sign = "\xC2\xA5";  // ¥ (￥ is folded to it)
    constexpr std::string_view yuan = "\xE5\x85\x83";   // 元
    constexpr std::string_view wan = "\xE4\xB8\x87";    // 万
    constexpr std::string_view yi = "\xE4\xBA\xBF";     // 亿

    bool negative = false;
    if (!s.empty() && s.front() == '-') negative = true, s.remove_prefix(1);
    if (s.starts_with(yuan_sign)) s.remove_prefix(yuan_sign.size());
    if (!negative && !s.empty() && s.front() == '-') negative = true, s.remove_prefix(1);  // ¥-12.00

    // Unit suffix: how many decimal places of 元 one unit of the written number is worth, in 分.
    int scale_digits = 2;  // 元: 1 = 100分
    if (s.ends_with(yuan)) s.remove_suffix(yuan.size());
    if (s.ends_with(wan)) {
        s.remove_suffix(wan.size()), scale_digits = 6;
    } else if (s.ends_with(yi)) {
        s.remove_suffix(yi.size()), scale_digits = 10;
    }
    if (!s.empty() && s.back() == ' ') s.remove_suffix(1);  // one space before the unit
    if (s.empty()) return error::invalid_number_format;

    // Integer part with optional groups of three, then an optional fraction.
    const auto point = s.find('.');
    const auto integer = s.substr(0, point);
    const auto fraction = point == std::string_view::npos ? std::string_view{} : s.substr(point + 1);
    if (integer.empty() || (point != std::string_view::npos && fraction.empty())) return error::invalid_number_format;
    // Every step only multiplies by 10 and adds, so a value past the range stays past it: stop at once.
    constexpr int128 limit = int128{INT64_MAX} + 1;  // the magnitude of INT64_MIN
    int128 value = 0;
    const auto push = [&](char c) {
        value = value * 10 + (c - '0');
        return value <= limit;
    };
    bool grouped = false;
    std::size_t group = 0;  // digits since the start or the last comma
    for (const char c : integer) {
        if (c == ',') {
            // The first group has 1-3 digits, every later one exactly 3: "1,234,567".
            if (group == 0 || group > 3 || (grouped && group != 3)) return error::invalid_number_format;
            grouped = true;
            group = 0;
            continue;
        }
        if (!is_digit(c)) return error::invalid_number_format;
        ++group;
        if (!push(c)) return error::overflow;
    }
    if (grouped && group != 3) return error::invalid_number_format;
    // Fraction: digits beyond the unit's resolution in 分 must be zeros.
    int fraction_digits = 0;
    for (const char c : fraction) {
        if (!is_digit(c)) return error::invalid_number_format;
        if (fraction_digits < scale_digits) {
            ++fraction_digits;
            if (!push(c)) return error::overflow;
        } else if (c != '0') {
            return error::sub_fen_precision;
        }
    }
    for (; fraction_digits < scale_digits; ++fraction_digits) {
        if (!push('0')) return error::overflow;
    }
    if (negative) value = -value;
    auto fen = narrow(value);
    if (!fen) return fen.error();
    return money::from_fen(*fen);
}

}  // namespace detail

inline result<money> money::parse(std::string_view text)
{
    return detail::with_folded(text, 128, detail::parse_money_ascii);
}

inline std::string money::to_decimal_string() const
{
    return (fen_ < 0 ? "-" : "") + detail::fixed_point(detail::magnitude(fen_), 2);
}

inline std::string money::to_string() const
{
    return to_decimal_string() + "\xE5\x85\x83";
}

inline std::string money::to_wan_string(unsigned decimals, rounding mode) const
{
    const unsigned exact = decimals < 6 ? decimals : 6;
    detail::int128 step = 1;
    for (unsigned i = exact; i < 6; ++i) step *= 10;  // 分 per last written digit
    const auto units = detail::divide(fen_, step, mode);
    const auto mag = static_cast<unsigned long long>(units < 0 ? -units : units);
    return (units < 0 ? "-" : "") + detail::fixed_point(mag, static_cast<int>(exact)) + "\xE4\xB8\x87\xE5\x85\x83";
}

}  // namespace minzheng

/// Hashes the amount in 分.
template <>
struct std::hash<minzheng::money> {
    std::size_t operator()(minzheng::money m) const noexcept { return std::hash<std::int64_t>{}(m.fen()); }
};
