#pragma once
// 数量 — amounts of goods with their units (个, 份, L, mL, kg, g, 箱, 瓶, 包, and units an application defines).
// Units of one dimension convert exactly (L <-> mL, kg <-> g); units of different dimensions never combine:
// a compile error for static units (`quantity_of<builtin_unit::litre>`), an error value for run-time ones.

#include <minzheng/core/detail/checked.hpp>
#include <minzheng/core/detail/text.hpp>
#include <minzheng/core/error.hpp>

#include <algorithm>
#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace minzheng {

/// The units the library knows without being told.
enum class builtin_unit {
    piece,       ///< 个 (also read from 只): masks, thermometers
    copy,        ///< 份: leaflets, letters
    litre,       ///< L (升): disinfectant
    millilitre,  ///< mL (毫升)
    kilogram,    ///< kg (公斤, 千克)
    gram,        ///< g (克)
    box,         ///< 箱
    bottle,      ///< 瓶
    pack,        ///< 包
};

/// 计量单位 — a unit of measure: a symbol, the dimension it measures and how many of the dimension's base
/// unit one of it is (L: dimension "volume", 1000 mL). Small and trivially copyable; symbols and dimension
/// names of at most 15 bytes.
class unit {
public:
    static constexpr std::size_t max_name_bytes = 15;

    /// A built-in unit.
    constexpr unit(builtin_unit u) noexcept;  // NOLINT(google-explicit-constructor): a builtin *is* a unit

    /// An application-defined unit: `unit::define("支", "piece", 1)` counts pieces; `unit::define("桶", "volume",
    /// 5000)` is a 5 L drum. Errors: `empty_input`, `input_too_long` (names over 15 bytes), `invalid_utf8`,
    /// `control_character` (also for spaces), `inexact_conversion` for a factor that is not 2^a·5^b (a, b ≤ 18):
    /// only such units write every amount as an exact decimal (a dozen of 12 would make 13 pieces 1.0833...).
    [[nodiscard]] static result<unit> define(std::string_view symbol, std::string_view dimension, std::int64_t factor);

    [[nodiscard]] constexpr std::string_view symbol() const& noexcept { return {symbol_.data(), symbol_size_}; }
    [[nodiscard]] constexpr std::string_view dimension() const& noexcept
    {
        return {dimension_.data(), dimension_size_};
    }
    // Views into this unit's own storage: of a temporary unit they would dangle.
    std::string_view symbol() const&& = delete;
    std::string_view dimension() const&& = delete;
    /// Base units of the dimension in one of this unit.
    [[nodiscard]] constexpr std::int64_t factor() const noexcept { return factor_; }
    [[nodiscard]] constexpr bool same_dimension(const unit& other) const noexcept
    {
        return dimension() == other.dimension();
    }
    /// The built-in unit this is, if it is one.
    [[nodiscard]] constexpr std::optional<builtin_unit> builtin() const noexcept;

    friend constexpr bool operator==(const unit& a, const unit& b) noexcept
    {
        return a.symbol() == b.symbol() && a.dimension() == b.dimension() && a.factor_ == b.factor_;
    }

private:
    constexpr unit(std::string_view symbol, std::string_view dimension, std::int64_t factor) noexcept;
    std::array<char, max_name_bytes> symbol_{};
    std::array<char, max_name_bytes> dimension_{};
    std::uint8_t symbol_size_ = 0;
    std::uint8_t dimension_size_ = 0;
    std::int64_t factor_ = 1;
};

/// The units text may name, by symbol and by alias. Starts with the built-ins; an application adds its own.
/// A value: two tools in one process each keep their own.
class unit_catalogue {
public:
    /// The built-in units with their aliases (升 for L, 只 for 个, ...).
    [[nodiscard]] static unit_catalogue builtin();
    /// Adds a unit under its symbol and `aliases`; `invalid_character` if a name is already taken by another
    /// unit (adding the same unit again under a name is harmless).
    [[nodiscard]] result<void> add(const unit& u, std::initializer_list<std::string_view> aliases = {});
    /// The unit a name stands for.
    [[nodiscard]] std::optional<unit> find(std::string_view name) const noexcept;

private:
    struct entry {
        std::string name;
        unit u;
    };
    std::vector<entry> entries_;  // sorted by name
};

/// 数量 — an amount of some unit, stored exactly as an integer count of the dimension's base unit (mL, g,
/// piece) together with the unit it was given in. Equal when they measure the same amount: 1 L == 1000 mL.
class quantity {
public:
    /// `amount` of `u`; `overflow` if it does not fit in base units.
    [[nodiscard]] static result<quantity> make(std::int64_t amount, unit u) noexcept;
    /// `base` units of the dimension's base unit (mL, g, piece), given in `u`: 500 base units in L is 0.5 L.
    [[nodiscard]] static quantity from_base(std::int64_t base, minzheng::unit u) noexcept { return quantity{base, u}; }
    /// Parses "250L", "250 升", "5000份", "1.5kg", "4个" with the built-in units. Errors: `empty_input`,
    /// `invalid_number_format`, `unknown_unit`, `inexact_conversion` (0.5 mL), `overflow`.
    [[nodiscard]] static result<quantity> parse(std::string_view text);
    /// The same, with the units of `catalogue`.
    [[nodiscard]] static result<quantity> parse(std::string_view text, const unit_catalogue& catalogue);

    [[nodiscard]] constexpr const minzheng::unit& unit() const& noexcept { return unit_; }
    /// Of a temporary quantity: the unit itself, copied.
    [[nodiscard]] constexpr minzheng::unit unit() const&& noexcept { return unit_; }
    /// The amount in the dimension's base unit.
    [[nodiscard]] constexpr std::int64_t base_amount() const noexcept { return base_; }
    [[nodiscard]] constexpr bool is_zero() const noexcept { return base_ == 0; }
    [[nodiscard]] constexpr bool is_negative() const noexcept { return base_ < 0; }
    /// The amount as a whole number of `u`: `incompatible_units`, or `inexact_conversion` (1500 mL in L).
    [[nodiscard]] result<std::int64_t> amount_in(const minzheng::unit& u) const noexcept;
    /// The same amount given in `u`, as long as that is exact.
    [[nodiscard]] result<quantity> in(const minzheng::unit& u) const noexcept;

    /// Sum in the finer of the two units (1 L + 500 mL = 1500 mL); `incompatible_units`, `overflow`.
    [[nodiscard]] result<quantity> plus(const quantity& other) const noexcept;
    [[nodiscard]] result<quantity> minus(const quantity& other) const noexcept;
    /// Three-way comparison of amounts of one dimension; `incompatible_units` otherwise.
    [[nodiscard]] result<std::strong_ordering> compare(const quantity& other) const noexcept;

    /// "250L", "1.5kg", "5000份": the amount in its unit, decimals only where needed.
    [[nodiscard]] std::string to_string() const;

    friend bool operator==(const quantity& a, const quantity& b) noexcept
    {
        return a.unit_.same_dimension(b.unit_) && a.base_ == b.base_;
    }

private:
    quantity(std::int64_t base, minzheng::unit u) noexcept : base_(base), unit_(u) {}
    std::int64_t base_;
    minzheng::unit unit_;
};

/// A quantity whose unit is fixed at compile time: adding litres to pieces does not compile.
template <builtin_unit U>
class quantity_of {
public:
    static constexpr minzheng::unit unit{U};

    constexpr quantity_of() noexcept = default;
    constexpr explicit quantity_of(std::int64_t amount) noexcept : amount_(amount) {}
    [[nodiscard]] constexpr std::int64_t amount() const noexcept { return amount_; }

    /// The run-time form; `overflow` if the amount does not fit in base units.
    [[nodiscard]] result<quantity> to_quantity() const noexcept { return quantity::make(amount_, unit); }

    friend constexpr auto operator<=>(quantity_of, quantity_of) noexcept = default;

private:
    std::int64_t amount_ = 0;
};

namespace detail {

[[nodiscard]] constexpr std::string_view builtin_symbol(builtin_unit u) noexcept
{
    switch (u) {
    case builtin_unit::piece: return "\xE4\xB8\xAA";  // 个
    case builtin_unit::copy: return "\xE4\xBB\xBD";   // 份
    case builtin_unit::litre: return "L";
    case builtin_unit::millilitre: return "mL";
    case builtin_unit::kilogram: return "kg";
    case builtin_unit::gram: return "g";
    case builtin_unit::box: return "\xE7\xAE\xB1";     // 箱
    case builtin_unit::bottle: return "\xE7\x93\xB6";  // 瓶
    case builtin_unit::pack: return "\xE5\x8C\x85";    // 包
    }
    return "?";
}

[[nodiscard]] constexpr std::string_view builtin_dimension(builtin_unit u) noexcept
{
    switch (u) {
    case builtin_unit::litre:
    case builtin_unit::millilitre: return "volume";
    case builtin_unit::kilogram:
    case builtin_unit::gram: return "mass";
    case builtin_unit::piece: return "piece";
    case builtin_unit::copy: return "copy";
    case builtin_unit::box: return "box";
    case builtin_unit::bottle: return "bottle";
    case builtin_unit::pack: return "pack";
    }
    return "?";
}

[[nodiscard]] constexpr std::int64_t builtin_factor(builtin_unit u) noexcept
{
    return u == builtin_unit::litre || u == builtin_unit::kilogram ? 1000 : 1;
}

/// The finer of two units of one dimension (the one with the smaller factor).
template <builtin_unit A, builtin_unit B>
inline constexpr builtin_unit finer_unit = builtin_factor(A) <= builtin_factor(B) ? A : B;

template <builtin_unit A, builtin_unit B>
concept same_dimension_units = builtin_dimension(A)
== builtin_dimension(B);

}  // namespace detail

/// Sum of two static quantities of one dimension, in the finer unit. Units of different dimensions do not
/// compile. Throws std::system_error(error::overflow) on overflow.
template <builtin_unit A, builtin_unit B>
requires detail::same_dimension_units<A, B>
constexpr quantity_of<detail::finer_unit<A, B>> operator+(quantity_of<A> a, quantity_of<B> b)
{
    constexpr auto to = detail::finer_unit<A, B>;
    const auto fa = detail::mul_or_throw(a.amount(), detail::builtin_factor(A) / detail::builtin_factor(to));
    const auto fb = detail::mul_or_throw(b.amount(), detail::builtin_factor(B) / detail::builtin_factor(to));
    return quantity_of<to>{detail::add_or_throw(fa, fb)};
}

/// Difference of two static quantities of one dimension, in the finer unit; as operator+.
template <builtin_unit A, builtin_unit B>
requires detail::same_dimension_units<A, B>
constexpr quantity_of<detail::finer_unit<A, B>> operator-(quantity_of<A> a, quantity_of<B> b)
{
    constexpr auto to = detail::finer_unit<A, B>;
    const auto fa = detail::mul_or_throw(a.amount(), detail::builtin_factor(A) / detail::builtin_factor(to));
    const auto fb = detail::mul_or_throw(b.amount(), detail::builtin_factor(B) / detail::builtin_factor(to));
    return quantity_of<to>{detail::sub_or_throw(fa, fb)};
}

/// Shorthands: `litres{250}`, `pieces{250}`, `copies{5000}`.
using pieces = quantity_of<builtin_unit::piece>;
using copies = quantity_of<builtin_unit::copy>;
using litres = quantity_of<builtin_unit::litre>;
using millilitres = quantity_of<builtin_unit::millilitre>;
using kilograms = quantity_of<builtin_unit::kilogram>;
using grams = quantity_of<builtin_unit::gram>;

// ---- implementation --------------------------------------------------------------------------------------

constexpr unit::unit(std::string_view symbol, std::string_view dimension, std::int64_t factor) noexcept
    : symbol_size_(static_cast<std::uint8_t>(symbol.size())),
      dimension_size_(static_cast<std::uint8_t>(dimension.size())),
      factor_(factor)
{
    std::copy(symbol.begin(), symbol.end(), symbol_.begin());
    std::copy(dimension.begin(), dimension.end(), dimension_.begin());
}

constexpr unit::unit(builtin_unit u) noexcept
    : unit(detail::builtin_symbol(u), detail::builtin_dimension(u), detail::builtin_factor(u))
{
}

constexpr std::optional<builtin_unit> unit::builtin() const noexcept
{
    for (const auto b :
         {builtin_unit::piece, builtin_unit::copy, builtin_unit::litre, builtin_unit::millilitre,
          builtin_unit::kilogram, builtin_unit::gram, builtin_unit::box, builtin_unit::bottle, builtin_unit::pack}) {
        if (*this == unit{b}) return b;
    }
    return std::nullopt;
}

namespace detail {

[[nodiscard]] inline result<void> check_unit_name(std::string_view name)
{
    if (name.empty()) return error::empty_input;
    if (name.size() > unit::max_name_bytes) return error::input_too_long;
    std::size_t pos = 0;
    while (pos < name.size()) {
        const auto d = decode_utf8(name, pos);
        if (!d) return error::invalid_utf8;
        if (d->code_point < 0x21 || (d->code_point >= 0x7F && d->code_point < 0xA0)) return error::control_character;
        pos += d->size;
    }
    return {};
}

/// True for factors 2^a·5^b with a, b ≤ 18: every amount of such a unit has an exact decimal form of at most
/// 18 decimals, so a quantity always prints and parses back exactly.
[[nodiscard]] constexpr bool is_decimal_factor(std::int64_t f) noexcept
{
    if (f < 1) return false;
    int twos = 0;
    int fives = 0;
    while (f % 2 == 0) f /= 2, ++twos;
    while (f % 5 == 0) f /= 5, ++fives;
    return f == 1 && twos <= 18 && fives <= 18;
}

}  // namespace detail

inline result<unit> unit::define(std::string_view symbol, std::string_view dimension, std::int64_t factor)
{
    if (auto r = detail::check_unit_name(symbol); !r) return r.error();
    if (auto r = detail::check_unit_name(dimension); !r) return r.error();
    if (!detail::is_decimal_factor(factor)) return error::inexact_conversion;
    return unit{symbol, dimension, factor};
}

inline unit_catalogue unit_catalogue::builtin()
{
    unit_catalogue c;
    // Built-in names are distinct, so these adds cannot fail.
    (void)c.add(builtin_unit::piece, {"\xE5\x8F\xAA"});  // 只
    (void)c.add(builtin_unit::copy);
    (void)c.add(builtin_unit::litre, {"l", "\xE5\x8D\x87"});                                        // 升
    (void)c.add(builtin_unit::millilitre, {"ml", "\xE6\xAF\xAB\xE5\x8D\x87"});                      // 毫升
    (void)c.add(builtin_unit::kilogram, {"\xE5\x85\xAC\xE6\x96\xA4", "\xE5\x8D\x83\xE5\x85\x8B"});  // 公斤 千克
    (void)c.add(builtin_unit::gram, {"\xE5\x85\x8B"});                                              // 克
    (void)c.add(builtin_unit::box);
    (void)c.add(builtin_unit::bottle);
    (void)c.add(builtin_unit::pack);
    return c;
}

inline result<void> unit_catalogue::add(const unit& u, std::initializer_list<std::string_view> aliases)
{
    std::vector<std::string_view> names{u.symbol()};
    names.insert(names.end(), aliases.begin(), aliases.end());
    for (const auto name : names) {  // check all first: a refused add changes nothing
        if (auto r = detail::check_unit_name(name); !r) return r.error();
        if (auto existing = find(name); existing && !(*existing == u)) return error::invalid_character;
    }
    for (const auto name : names) {
        const auto at = std::lower_bound(entries_.begin(), entries_.end(), name,
                                         [](const entry& e, std::string_view n) { return e.name < n; });
        if (at != entries_.end() && at->name == name) continue;
        entries_.insert(at, entry{std::string(name), u});
    }
    return {};
}

inline std::optional<unit> unit_catalogue::find(std::string_view name) const noexcept
{
    const auto at = std::lower_bound(entries_.begin(), entries_.end(), name,
                                     [](const entry& e, std::string_view n) { return e.name < n; });
    if (at == entries_.end() || at->name != name) return std::nullopt;
    return at->u;
}

inline result<quantity> quantity::make(std::int64_t amount, minzheng::unit u) noexcept
{
    auto base = detail::checked_mul(amount, u.factor());
    if (!base) return base.error();
    return quantity{*base, u};
}

inline result<quantity> quantity::parse(std::string_view text)
{
    return parse(text, unit_catalogue::builtin());
}

inline result<quantity> quantity::parse(std::string_view text, const unit_catalogue& catalogue)
{
    return detail::with_folded(text, 128, [&](std::string_view s) -> result<quantity> {
        std::size_t i = 0;
        const bool negative = !s.empty() && s[0] == '-';
        if (negative) ++i;
        const std::size_t digits_start = i;
        while (i < s.size() && (detail::is_digit(s[i]) || s[i] == '.')) ++i;
        const auto number = s.substr(digits_start, i - digits_start);
        auto name = s.substr(i);
        if (!name.empty() && name.front() == ' ') name.remove_prefix(1);
        if (number.empty() || number.front() == '.' || number.back() == '.' || number.find('.') != number.rfind('.'))
            return error::invalid_number_format;
        if (name.empty()) return error::unknown_unit;
        const auto u = catalogue.find(name);
        if (!u) return error::unknown_unit;
        // amount = number × factor, exactly: the decimals must vanish against the factor.
        detail::int128 digits = 0;
        detail::int128 scale = 1;  // 10^(digits after the point)
        bool after_point = false;
        for (const char c : number) {
            if (c == '.') {
                after_point = true;
                continue;
            }
            digits = digits * 10 + (c - '0');
            if (after_point) scale *= 10;
            if (digits > INT64_MAX || scale > 1'000'000'000'000'000'000LL) return error::overflow;
        }
        const detail::int128 scaled = digits * u->factor();
        if (scaled % scale != 0) return error::inexact_conversion;
        auto base = detail::narrow(scaled / scale * (negative ? -1 : 1));
        if (!base) return base.error();
        return quantity{*base, *u};
    });
}

inline result<std::int64_t> quantity::amount_in(const minzheng::unit& u) const noexcept
{
    if (!unit_.same_dimension(u)) return error::incompatible_units;
    if (base_ % u.factor() != 0) return error::inexact_conversion;
    return base_ / u.factor();
}

inline result<quantity> quantity::in(const minzheng::unit& u) const noexcept
{
    auto a = amount_in(u);
    if (!a) return a.error();
    return quantity{base_, u};
}

inline result<quantity> quantity::plus(const quantity& other) const noexcept
{
    if (!unit_.same_dimension(other.unit_)) return error::incompatible_units;
    auto sum = detail::checked_add(base_, other.base_);
    if (!sum) return sum.error();
    const auto& finer = unit_.factor() <= other.unit_.factor() ? unit_ : other.unit_;
    return quantity{*sum, finer};
}

inline result<quantity> quantity::minus(const quantity& other) const noexcept
{
    if (!unit_.same_dimension(other.unit_)) return error::incompatible_units;
    auto diff = detail::checked_sub(base_, other.base_);
    if (!diff) return diff.error();
    const auto& finer = unit_.factor() <= other.unit_.factor() ? unit_ : other.unit_;
    return quantity{*diff, finer};
}

inline result<std::strong_ordering> quantity::compare(const quantity& other) const noexcept
{
    if (!unit_.same_dimension(other.unit_)) return error::incompatible_units;
    return base_ <=> other.base_;
}

inline std::string quantity::to_string() const
{
    const auto f = static_cast<unsigned long long>(unit_.factor());
    const auto mag = base_ < 0 ? 0ULL - static_cast<unsigned long long>(base_) : static_cast<unsigned long long>(base_);
    std::string text = (base_ < 0 ? "-" : "") + std::to_string(mag / f);
    if (auto rest = mag % f; rest != 0) {
        // rest/f has a finite decimal form of at most 18 digits: define() admits only factors 2^a·5^b, a, b ≤ 18.
        text += '.';
        while (rest != 0) {
            rest *= 10;
            text += static_cast<char>('0' + rest / f);
            rest %= f;
        }
    }
    return text + std::string(unit_.symbol());
}

}  // namespace minzheng
