#pragma once
// Tables of names for enumerations: one table per enumeration serves its to_string/from_string and its JSON form.
// Not public API.

#include <optional>
#include <span>
#include <string_view>

namespace minzheng::detail {

/// The name of one value of an enumeration.
template <class E>
struct enum_name {
    E value;
    std::string_view name;
};

/// The name of `value` in `names` (the first entry's name for a value not in the table).
template <class E>
[[nodiscard]] constexpr std::string_view name_of(std::span<const enum_name<E>> names, E value) noexcept
{
    for (const auto& n : names) {
        if (n.value == value) return n.name;
    }
    return names.front().name;
}

/// The value named `name`, if the table has it.
template <class E>
[[nodiscard]] constexpr std::optional<E> value_named(std::span<const enum_name<E>> names,
                                                     std::string_view name) noexcept
{
    for (const auto& n : names) {
        if (n.name == name) return n.value;
    }
    return std::nullopt;
}

}  // namespace minzheng::detail
