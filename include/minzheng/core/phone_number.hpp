#pragma once
// 电话号码 — mainland mobile numbers (1[3-9] + 9 digits) and fixed-line numbers with their area code
// (0766-8888888), read from the forms people write (+86, 0086, spaces, hyphens) into one normalised form.

#include <minzheng/core/detail/text.hpp>
#include <minzheng/core/error.hpp>

#include <compare>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

namespace minzheng {

/// 电话号码 — a mainland telephone number. Valid by construction, stored in its normalised form: a mobile
/// number as 11 digits (`13812345678`), a fixed line as area code, hyphen, local number (`0766-8888888`).
class phone_number {
public:
    enum class kind { mobile, fixed_line };

    /// Reads `13812345678`, `+86 138 1234 5678`, `0086-138-1234-5678`, `0766-8888888`, `(0766) 8888888`,
    /// `+86 766 8888888`, full-width digits. Fixed lines need their area code: 010 and 02x have 3 digits,
    /// other area codes 4; the local number has 7 or 8 digits and does not start with 0 or 1. Errors:
    /// `empty_input`, `input_too_long`, `invalid_character`, `invalid_mobile_number`,
    /// `invalid_fixed_line_number` (also for a fixed line written without its area code).
    [[nodiscard]] static result<phone_number> parse(std::string_view text);

    [[nodiscard]] kind type() const noexcept { return kind_; }
    [[nodiscard]] const std::string& str() const& noexcept { return text_; }
    /// Of a temporary: the text itself, moved out, so that nothing refers into the dying value.
    [[nodiscard]] std::string str() && noexcept { return std::move(text_); }
    [[nodiscard]] std::string to_string() const { return text_; }
    /// The number for public output, as Chinese public notices mask it: a mobile number keeps its first three and
    /// last four digits (138****5678), a fixed line its area code and the last four digits of the local number
    /// (0766-***8888).
    [[nodiscard]] std::string masked() const;
    /// The area code of a fixed line ("0766"); empty for a mobile number.
    [[nodiscard]] std::string_view area_code() const& noexcept;
    std::string_view area_code() const&& = delete;  // a view into this number

    friend auto operator<=>(const phone_number& a, const phone_number& b) noexcept { return a.text_ <=> b.text_; }
    friend bool operator==(const phone_number& a, const phone_number& b) noexcept { return a.text_ == b.text_; }

private:
    phone_number(kind k, std::string text) : kind_(k), text_(std::move(text)) {}
    kind kind_;
    std::string text_;
};

// ---- implementation --------------------------------------------------------------------------------------

inline result<phone_number> phone_number::parse(std::string_view text)
{
    return detail::with_folded(text, 128, [](std::string_view s) -> result<phone_number> {
        // Keep the digits; spaces, hyphens and the parentheses around an area code are separators.
        bool international = false;
        if (s.starts_with('+')) {
            if (!s.substr(1).starts_with("86")) return error::invalid_character;  // only mainland numbers
            international = true;
            s.remove_prefix(3);
        }
        std::string digits;
        for (const char c : s) {
            if (detail::is_digit(c)) {
                digits += c;
            } else if (c != ' ' && c != '-' && c != '(' && c != ')') {
                return error::invalid_character;
            }
        }
        if (!international && digits.starts_with("0086")) {
            international = true;
            digits.erase(0, 4);
        }
        if (digits.empty()) return error::invalid_character;
        if (digits.front() == '1') {
            if (digits.size() != 11 || digits[1] < '3') return error::invalid_mobile_number;
            return phone_number{kind::mobile, std::move(digits)};
        }
        // Fixed line. Written internationally the trunk 0 of the area code is dropped: +86 766 8888888.
        if (international) {
            if (digits.front() == '0') return error::invalid_fixed_line_number;
            digits.insert(0, 1, '0');
        }
        if (digits.front() != '0') return error::invalid_fixed_line_number;  // no area code
        const std::size_t area = digits[1] == '1' || digits[1] == '2' ? 3 : 4;
        if (digits.size() < area + 7 || digits.size() > area + 8) return error::invalid_fixed_line_number;
        if (digits[1] == '1' && digits[2] != '0') return error::invalid_fixed_line_number;  // 010 only
        if (digits[1] == '0' || digits[area] == '0' || digits[area] == '1') return error::invalid_fixed_line_number;
        digits.insert(area, 1, '-');
        return phone_number{kind::fixed_line, std::move(digits)};
    });
}

inline std::string_view phone_number::area_code() const& noexcept
{
    if (kind_ == kind::mobile) return {};
    return std::string_view(text_).substr(0, text_.find('-'));
}

inline std::string phone_number::masked() const
{
    std::string out = text_;
    // The digits between the kept ones: a mobile's 4th to 7th; a fixed line's local number but its last four.
    const std::size_t from = kind_ == kind::mobile ? 3 : text_.find('-') + 1;
    const std::size_t to = text_.size() - 4;
    for (std::size_t i = from; i < to; ++i) out[i] = '*';
    return out;
}

}  // namespace minzheng

/// Hashes the normalised text.
template <>
struct std::hash<minzheng::phone_number> {
    std::size_t operator()(const minzheng::phone_number& p) const noexcept { return std::hash<std::string>{}(p.str()); }
};
