#pragma once
// 编号 — the identifiers clerks type for records: household and case numbers, fund ids, receipt numbers, payees.
// Two texts a clerk sees as the same number are one identifier: outer spaces and full-width forms do not make a
// new receipt number. Text that looks like a number but is not one (only spaces, a zero-width space, a
// right-to-left override) is refused rather than stored.

#include <minzheng/core/detail/text.hpp>
#include <minzheng/core/error.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace minzheng {

/// The longest identifier accepted, in bytes (a receipt number or a case number is a few dozen).
inline constexpr std::size_t max_identifier_bytes = 256;

/// The normal form of an identifier: full-width ASCII (U+FF01..U+FF5E, what a Chinese input method types) folded
/// to ASCII, outer white space of any kind (ASCII, U+3000, no-break and typographic spaces) removed. Inner text is
/// kept as typed (no case folding: 粤财A1 and 粤财a1 may be different books). This is not Unicode NFC: characters
/// outside those two rules are compared as they are. Errors: `invalid_utf8`, `input_too_long` (more than
/// max_identifier_bytes), `empty_input` (nothing left), `control_character` (a control or invisible formatting
/// character anywhere, detail::is_invisible_or_control).
[[nodiscard]] result<std::string> normalize_identifier(std::string_view text);

/// True when `text` is already its own normal form (what a stored record must hold).
[[nodiscard]] bool is_normal_identifier(std::string_view text);

// ---- implementation --------------------------------------------------------------------------------------

inline result<std::string> normalize_identifier(std::string_view text)
{
    if (text.size() > max_identifier_bytes * 3) return error::input_too_long;  // bounded work before folding
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    std::size_t kept = 0;  // out.size() after the last non-space character
    while (pos < text.size()) {
        const auto d = detail::decode_utf8(text, pos);
        if (!d) return error::invalid_utf8;
        char32_t c = d->code_point;
        pos += d->size;
        if (c >= 0xFF01 && c <= 0xFF5E) c = static_cast<char32_t>(c - 0xFF01 + 0x21);
        if (detail::is_unicode_space(c) || c == '\t' || c == '\n' || c == '\r') {
            if (kept > 0) detail::append_utf8(out, c);  // inner spaces stay; trailing ones are cut below
            continue;
        }
        if (detail::is_invisible_or_control(c)) return error::control_character;
        detail::append_utf8(out, c);
        kept = out.size();
    }
    out.resize(kept);
    if (out.empty()) return error::empty_input;
    // Inner tabs and line breaks are control characters; only spaces may stand between two parts of a number.
    for (const char ch : out) {
        if (ch == '\t' || ch == '\n' || ch == '\r') return error::control_character;
    }
    if (out.size() > max_identifier_bytes) return error::input_too_long;
    return out;
}

inline bool is_normal_identifier(std::string_view text)
{
    const auto n = normalize_identifier(text);
    return n && *n == text;
}

}  // namespace minzheng
