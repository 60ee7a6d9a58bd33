#pragma once
// 统一社会信用代码 (GB 32100-2015) — the 18-character code of every organisation: registration authority,
// organisation kind, the registering division, the GB 11714 organisation code and a mod-31 check character.

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

/// How strictly `credit_code::parse` reads a code.
struct credit_code_options {
    /// Reject a code whose embedded GB 11714 organisation code fails its own check. Some early codes from
    /// pilot regions fail it yet are legal (policy-rules.md 7.2 item 5); set false when reading data from an
    /// authoritative registry, and report `organization_code_check_ok() == false` as a warning instead.
    bool require_organization_code_check = true;
    /// Reject a code whose first character is not in the library's list of registration authorities
    /// (`unknown_registration_authority`). Off by default: the list is read from a secondary source
    /// (policy-rules.md 7.2, [S]) and may be incomplete, so a code whose characters and check are right is valid;
    /// a record check reports it as VAL-004, a notice.
    bool require_listed_authority = false;
};

/// 统一社会信用代码 — an organisation's unified social credit code. Valid by construction: 18 characters of
/// the GB 32100 alphabet (digits and capitals without I, O, S, V, Z), a registering division in a real province
/// (or 100000 for central registrations), and the check character. The registration authority may be one the
/// library does not list (registration_authority_listed()).
class credit_code {
public:
    static constexpr std::size_t length = 18;
    /// The 31 characters of GB 32100, in the order of their values 0-30.
    static constexpr std::string_view alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// Parses a code. Lowercase letters and full-width forms are normalised; spaces and hyphens between
    /// characters (as printed on licences: "91 110000 600037341L") are removed. Errors, in the order checked:
    /// `input_too_long`, `wrong_length`, `invalid_character`, `check_character_mismatch`,
    /// `unknown_registration_authority` (only with options.require_listed_authority), `unknown_province`,
    /// `organization_code_check_mismatch` (see options).
    [[nodiscard]] static result<credit_code> parse(std::string_view text, credit_code_options options = {});

    /// The GB 32100 check character of 17 characters of the alphabet; precondition: they are.
    [[nodiscard]] static constexpr char check_character_of(std::string_view first17) noexcept;
    /// The GB 11714 check character ('0'-'9' or 'X') of 8 organisation-code characters (digits or capitals).
    [[nodiscard]] static constexpr char organization_check_character_of(std::string_view first8) noexcept;

    /// 登记管理部门代码: '5' for civil affairs (民政), '1' establishment offices, '9' market regulation, ...
    [[nodiscard]] constexpr char registration_authority() const noexcept { return chars_[0]; }
    /// The authority's Chinese name, e.g. "民政"; nullopt for an authority the library does not list.
    [[nodiscard]] std::optional<std::string_view> registration_authority_name() const noexcept;
    /// True when the first character is in the library's list of registration authorities (GB 32100, [S]).
    [[nodiscard]] constexpr bool registration_authority_listed() const noexcept;
    /// 机构类别代码: the second character, whose meaning depends on the authority.
    [[nodiscard]] constexpr char organization_kind() const noexcept { return chars_[1]; }
    /// The kind's Chinese name where the library knows it (民政: 1 社会团体, 2 民办非企业单位, 3 基金会).
    [[nodiscard]] std::optional<std::string_view> organization_kind_name() const noexcept;
    /// True for organisations registered by civil affairs (first character '5').
    [[nodiscard]] constexpr bool is_civil_affairs_registered() const noexcept { return chars_[0] == '5'; }
    /// The six digits of the registering division (positions 3-8).
    [[nodiscard]] constexpr std::uint32_t division_number() const noexcept;
    /// The registering division if the table knows it (100000 and divisions abolished since are not).
    [[nodiscard]] constexpr std::optional<division_code> registration_division() const noexcept
    {
        return division_code::find(division_number());
    }
    /// The nine-character organisation code (主体标识码, GB 11714), positions 9-17.
    [[nodiscard]] std::string organization_code() const { return {chars_.data() + 8, 9}; }
    /// True when the organisation code's own check character is right.
    [[nodiscard]] constexpr bool organization_code_check_ok() const noexcept
    {
        return organization_check_character_of(std::string_view(chars_.data() + 8, 8)) == chars_[16];
    }
    [[nodiscard]] std::string to_string() const { return {chars_.data(), chars_.size()}; }
    /// The 18 characters, without a copy.
    [[nodiscard]] constexpr std::string_view view() const& noexcept { return {chars_.data(), chars_.size()}; }
    std::string_view view() const&& = delete;  // a view into this code; to_string() copies

    friend constexpr auto operator<=>(const credit_code&, const credit_code&) noexcept = default;

private:
    constexpr explicit credit_code(const std::array<char, 18>& chars) noexcept : chars_(chars) {}
    [[nodiscard]] static constexpr int value_of(char c) noexcept
    {
        const auto pos = alphabet.find(c);
        return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
    }
    std::array<char, 18> chars_;
};

// ---- implementation --------------------------------------------------------------------------------------

constexpr char credit_code::check_character_of(std::string_view first17) noexcept
{
    // Weight of position i (1-based) is 3^(i-1) mod 31.
    constexpr std::array<int, 17> weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (std::size_t i = 0; i < 17; ++i) sum += value_of(first17[i]) * weights[i];
    return alphabet[static_cast<std::size_t>((31 - sum % 31) % 31)];
}

constexpr char credit_code::organization_check_character_of(std::string_view first8) noexcept
{
    constexpr std::array<int, 8> weights = {3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        const char c = first8[i];
        sum += (detail::is_digit(c) ? c - '0' : c - 'A' + 10) * weights[i];
    }
    const int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : static_cast<char>('0' + check);
}

constexpr std::uint32_t credit_code::division_number() const noexcept
{
    std::uint32_t v = 0;
    for (std::size_t i = 2; i < 8; ++i) v = v * 10 + static_cast<std::uint32_t>(chars_[i] - '0');
    return v;
}

namespace detail {

// GB 32100-2015 登记管理部门代码 (policy-rules.md 7.2, [S]).
struct authority_name {
    char code;
    std::string_view name;
};
inline constexpr std::array<authority_name, 17> registration_authorities = {{
    {'1', "\xE6\x9C\xBA\xE6\x9E\x84\xE7\xBC\x96\xE5\x88\xB6"},                                      // 机构编制
    {'2', "\xE5\xA4\x96\xE4\xBA\xA4"},                                                              // 外交
    {'3', "\xE6\x95\x99\xE8\x82\xB2"},                                                              // 教育
    {'4', "\xE5\x85\xAC\xE5\xAE\x89"},                                                              // 公安
    {'5', "\xE6\xB0\x91\xE6\x94\xBF"},                                                              // 民政
    {'6', "\xE5\x8F\xB8\xE6\xB3\x95"},                                                              // 司法
    {'7', "\xE4\xBA\xA4\xE9\x80\x9A\xE8\xBF\x90\xE8\xBE\x93"},                                      // 交通运输
    {'8', "\xE6\x96\x87\xE5\x8C\x96"},                                                              // 文化
    {'9', "\xE5\xB7\xA5\xE5\x95\x86"},                                                              // 工商
    {'A', "\xE6\x97\x85\xE6\xB8\xB8"},                                                              // 旅游
    {'B', "\xE5\xAE\x97\xE6\x95\x99"},                                                              // 宗教
    {'C', "\xE5\x85\xA8\xE5\x9B\xBD\xE6\x80\xBB\xE5\xB7\xA5\xE4\xBC\x9A"},                          // 全国总工会
    {'D', "\xE8\xA7\xA3\xE6\x94\xBE\xE5\x86\x9B\xE6\x80\xBB\xE5\x90\x8E\xE5\x8B\xA4\xE9\x83\xA8"},  // 解放军总后勤部
    {'E', "\xE7\x9C\x81\xE7\xBA\xA7\xE6\x94\xBF\xE5\xBA\x9C"},                                      // 省级政府
    {'F', "\xE5\x9C\xB0\xE5\xB8\x82\xE7\xBA\xA7\xE6\x94\xBF\xE5\xBA\x9C"},                          // 地市级政府
    {'G', "\xE5\x8C\xBA\xE5\x8E\xBF\xE7\xBA\xA7\xE6\x94\xBF\xE5\xBA\x9C"},                          // 区县级政府
    {'Y', "\xE5\x85\xB6\xE4\xBB\x96"},                                                              // 其他
}};

[[nodiscard]] constexpr const authority_name* find_authority(char c) noexcept
{
    for (const auto& a : registration_authorities) {
        if (a.code == c) return &a;
    }
    return nullptr;
}

}  // namespace detail

inline std::optional<std::string_view> credit_code::registration_authority_name() const noexcept
{
    if (const auto* a = detail::find_authority(chars_[0])) return a->name;
    return std::nullopt;
}

constexpr bool credit_code::registration_authority_listed() const noexcept
{
    return detail::find_authority(chars_[0]) != nullptr;
}

inline std::optional<std::string_view> credit_code::organization_kind_name() const noexcept
{
    const char a = chars_[0];
    const char k = chars_[1];
    if (a == '1') {
        if (k == '1') return "\xE6\x9C\xBA\xE5\x85\xB3";                          // 机关
        if (k == '2') return "\xE4\xBA\x8B\xE4\xB8\x9A\xE5\x8D\x95\xE4\xBD\x8D";  // 事业单位
        if (k == '3') return "\xE7\xBE\xA4\xE4\xBC\x97\xE5\x9B\xA2\xE4\xBD\x93";  // 群众团体
    } else if (a == '5') {
        if (k == '1') return "\xE7\xA4\xBE\xE4\xBC\x9A\xE5\x9B\xA2\xE4\xBD\x93";  // 社会团体
        if (k == '2')
            return "\xE6\xB0\x91\xE5\x8A\x9E\xE9\x9D\x9E\xE4\xBC\x81\xE4\xB8\x9A\xE5\x8D\x95\xE4\xBD\x8D";  // 民办非企业单位
        if (k == '3') return "\xE5\x9F\xBA\xE9\x87\x91\xE4\xBC\x9A";                                        // 基金会
    } else if (a == '9') {
        if (k == '1') return "\xE4\xBC\x81\xE4\xB8\x9A";                                      // 企业
        if (k == '2') return "\xE4\xB8\xAA\xE4\xBD\x93\xE5\xB7\xA5\xE5\x95\x86\xE6\x88\xB7";  // 个体工商户
        if (k == '3')
            return "\xE5\x86\x9C\xE6\xB0\x91\xE4\xB8\x93\xE4\xB8\x9A\xE5\x90\x88\xE4\xBD\x9C\xE7\xA4\xBE";  // 农民专业合作社
    }
    if (k == '9') return "\xE5\x85\xB6\xE4\xBB\x96";  // 其他
    return std::nullopt;
}

inline result<credit_code> credit_code::parse(std::string_view text, credit_code_options options)
{
    return detail::with_folded(text, 128, [options](std::string_view s) -> result<credit_code> {
        std::array<char, 18> chars{};
        std::size_t n = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            char c = s[i];
            if (c == ' ' || c == '-') {
                // A separator only between characters, never two in a row.
                if (n == 0 || s[i - 1] == ' ' || s[i - 1] == '-') return error::invalid_character;
                continue;
            }
            if (n == 18) return error::wrong_length;
            if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
            if (value_of(c) < 0) return error::invalid_character;
            chars[n++] = c;
        }
        if (s.back() == ' ' || s.back() == '-') return error::invalid_character;
        if (n != 18) return error::wrong_length;
        for (std::size_t i = 2; i < 8; ++i) {
            if (!detail::is_digit(chars[i])) return error::invalid_character;
        }
        if (check_character_of(std::string_view(chars.data(), 17)) != chars[17]) return error::check_character_mismatch;
        if (options.require_listed_authority && detail::find_authority(chars[0]) == nullptr)
            return error::unknown_registration_authority;
        const credit_code code{chars};
        const auto division = code.division_number();
        if (division != 100000 && !division_code::is_province_prefix(division / 10000)) return error::unknown_province;
        if (options.require_organization_code_check && !code.organization_code_check_ok())
            return error::organization_code_check_mismatch;
        return code;
    });
}

}  // namespace minzheng

/// Hashes the 18 characters, so credit codes can key unordered containers.
template <>
struct std::hash<minzheng::credit_code> {
    std::size_t operator()(const minzheng::credit_code& c) const noexcept
    {
        return std::hash<std::string_view>{}(c.view());
    }
};
