#pragma once
// 姓名 — a person's name as registered: Chinese characters, the middle dot of minority and foreign names
// (阿依古丽·买买提), or Latin letters for foreign names. Checked UTF-8, trimmed, 1-64 code points.

#include <minzheng/core/detail/text.hpp>
#include <minzheng/core/error.hpp>

#include <compare>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace minzheng {

/// 姓名 — a person's name. Valid by construction: well-formed UTF-8 without control or invisible formatting
/// characters, 1-64 code points after trimming, no ASCII digits or ASCII punctuation except the space,
/// hyphen, apostrophe and full stop of foreign names. Look-alikes of the middle dot (・, ･, •, ‧, ∙, ⋅) are
/// stored as U+00B7 (·), which may not begin or end the name or stand twice in a row. A run of inner spaces
/// (ASCII, ideographic or no-break) is stored as one ASCII space.
class person_name {
public:
    static constexpr std::size_t max_code_points = 64;

    /// Errors: `empty_input`, `input_too_long` (over 64 code points, or over 1 KiB before any check),
    /// `invalid_utf8`, `control_character`, `invalid_character`.
    [[nodiscard]] static result<person_name> parse(std::string_view text);

    [[nodiscard]] const std::string& str() const& noexcept { return text_; }
    /// Of a temporary: the text itself, moved out, so that nothing refers into the dying value.
    [[nodiscard]] std::string str() && noexcept { return std::move(text_); }
    [[nodiscard]] std::string to_string() const { return text_; }
    /// The name for public notices (公示): the first and last characters kept, those between masked:
    /// 张三 -> 张*, 张小三 -> 张*三, 欧阳小三 -> 欧**三; a one-character name becomes "*".
    [[nodiscard]] std::string masked() const;

    friend auto operator<=>(const person_name&, const person_name&) = default;

private:
    explicit person_name(std::string text) : text_(std::move(text)) {}
    std::string text_;
};

// ---- implementation --------------------------------------------------------------------------------------

namespace detail {

[[nodiscard]] constexpr bool is_middle_dot_like(char32_t c) noexcept
{
    return c == 0x00B7 || c == 0x30FB || c == 0xFF65 || c == 0x2022 || c == 0x2027 || c == 0x2219 || c == 0x22C5 ||
           c == 0x0387;
}

}  // namespace detail

inline result<person_name> person_name::parse(std::string_view text)
{
    if (text.size() > 1024) return error::input_too_long;
    std::string out;
    out.reserve(text.size());
    std::size_t count = 0;
    std::size_t pos = 0;
    bool previous_dot = false;
    bool pending_space = false;  // spaces are kept only between other characters
    while (pos < text.size()) {
        const auto d = detail::decode_utf8(text, pos);
        if (!d) return error::invalid_utf8;
        pos += d->size;
        char32_t c = d->code_point;
        if (c == '\t' || c == '\n' || c == '\r') {
            if (count == 0 || pos >= text.size()) continue;  // outer white space is trimmed
            return error::control_character;
        }
        if (detail::is_invisible_or_control(c)) return error::control_character;
        if (detail::is_unicode_space(c)) {
            pending_space = count > 0;
            continue;
        }
        if (c < 0x80 && !((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '\'' || c == '.'))
            return error::invalid_character;
        const bool dot = detail::is_middle_dot_like(c);
        if (dot) {
            if (count == 0 || previous_dot || pending_space) return error::invalid_character;
            c = 0x00B7;
        }
        if (pending_space) {
            if (previous_dot) return error::invalid_character;
            out += ' ';
            ++count;
            pending_space = false;
        }
        detail::append_utf8(out, c);
        previous_dot = dot;
        if (++count > max_code_points) return error::input_too_long;
    }
    if (count == 0) return error::empty_input;
    if (previous_dot) return error::invalid_character;
    return person_name{std::move(out)};
}

inline std::string person_name::masked() const
{
    std::vector<std::string_view> chars;
    for (std::size_t pos = 0; pos < text_.size();) {
        const auto d = detail::decode_utf8(text_, pos);  // valid by construction
        chars.push_back(std::string_view(text_).substr(pos, d->size));
        pos += d->size;
    }
    if (chars.size() == 1) return "*";
    std::string out(chars.front());
    if (chars.size() == 2) return out + '*';
    out.append(chars.size() - 2, '*');
    out += chars.back();
    return out;
}

}  // namespace minzheng

/// Hashes the normalised text.
template <>
struct std::hash<minzheng::person_name> {
    std::size_t operator()(const minzheng::person_name& n) const noexcept { return std::hash<std::string>{}(n.str()); }
};
