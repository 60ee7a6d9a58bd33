#pragma once
// Rounding modes, and integer division that rounds by a named mode. Every division of money or of a quantity
// in the library names its mode, because no national rule fixes one (policy-rules.md 9.6).

#include <minzheng/core/error.hpp>

#include <cstdint>

namespace minzheng {

/// How a division that does not come out even is rounded. There is no national rounding rule for relief
/// amounts (policy-rules.md 9.6), so every division names its mode.
enum class rounding {
    toward_zero,     ///< truncate: 1.005 -> 1.00, -1.005 -> -1.00
    away_from_zero,  ///< any remainder rounds outwards: 1.001 -> 1.01
    half_up,         ///< 四舍五入: halves away from zero: 0.005 -> 0.01, -0.005 -> -0.01
    half_even,       ///< banker's rounding: halves to the even neighbour
    floor,           ///< toward negative infinity
    ceiling,         ///< toward positive infinity
};

namespace detail {

__extension__ using int128 = __int128;  // GCC and clang; __extension__ keeps -Wpedantic quiet

/// n / d rounded by `mode`, exact for every int128 n and non-zero d whose quotient fits; d must not be 0.
[[nodiscard]] constexpr int128 divide(int128 n, int128 d, rounding mode) noexcept
{
    if (d < 0) n = -n, d = -d;
    int128 q = n / d;  // truncates toward zero
    const int128 r = n % d;
    if (r == 0) return q;
    const bool negative = n < 0;
    const int128 twice = (r < 0 ? -r : r) * 2;
    bool outward = false;  // move one step away from zero
    switch (mode) {
    case rounding::toward_zero: outward = false; break;
    case rounding::away_from_zero: outward = true; break;
    case rounding::half_up: outward = twice >= d; break;
    case rounding::half_even: outward = twice > d || (twice == d && q % 2 != 0); break;
    case rounding::floor: outward = negative; break;
    case rounding::ceiling: outward = !negative; break;
    }
    if (outward) q += negative ? -1 : 1;
    return q;
}

}  // namespace detail

/// `n / d` rounded by `mode`: `division_by_zero` when d is 0, `overflow` only for INT64_MIN / -1.
[[nodiscard]] inline result<std::int64_t> divide(std::int64_t n, std::int64_t d, rounding mode) noexcept
{
    if (d == 0) return error::division_by_zero;
    const auto q = detail::divide(n, d, mode);
    if (q > INT64_MAX || q < INT64_MIN) return error::overflow;
    return static_cast<std::int64_t>(q);
}

}  // namespace minzheng
