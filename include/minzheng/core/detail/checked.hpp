#pragma once
// Overflow-checked 64-bit integer arithmetic, shared by money and quantity.
// Not public API.

#include <minzheng/core/error.hpp>
#include <minzheng/core/rounding.hpp>

#include <cstdint>
#include <system_error>

namespace minzheng::detail {

[[nodiscard]] inline result<std::int64_t> checked_add(std::int64_t a, std::int64_t b) noexcept
{
    std::int64_t r = 0;
    if (__builtin_add_overflow(a, b, &r)) return error::overflow;
    return r;
}

[[nodiscard]] inline result<std::int64_t> checked_sub(std::int64_t a, std::int64_t b) noexcept
{
    std::int64_t r = 0;
    if (__builtin_sub_overflow(a, b, &r)) return error::overflow;
    return r;
}

[[nodiscard]] inline result<std::int64_t> checked_mul(std::int64_t a, std::int64_t b) noexcept
{
    std::int64_t r = 0;
    if (__builtin_mul_overflow(a, b, &r)) return error::overflow;
    return r;
}

[[nodiscard]] inline result<std::int64_t> narrow(int128 v) noexcept
{
    if (v > INT64_MAX || v < INT64_MIN) return error::overflow;
    return static_cast<std::int64_t>(v);
}

/// The throwing forms, for operators: constexpr-usable, and std::system_error(error::overflow) on overflow.
[[nodiscard]] constexpr std::int64_t add_or_throw(std::int64_t a, std::int64_t b)
{
    std::int64_t r = 0;
    if (__builtin_add_overflow(a, b, &r)) throw std::system_error(make_error_code(error::overflow));
    return r;
}

[[nodiscard]] constexpr std::int64_t sub_or_throw(std::int64_t a, std::int64_t b)
{
    std::int64_t r = 0;
    if (__builtin_sub_overflow(a, b, &r)) throw std::system_error(make_error_code(error::overflow));
    return r;
}

[[nodiscard]] constexpr std::int64_t mul_or_throw(std::int64_t a, std::int64_t b)
{
    std::int64_t r = 0;
    if (__builtin_mul_overflow(a, b, &r)) throw std::system_error(make_error_code(error::overflow));
    return r;
}

}  // namespace minzheng::detail
