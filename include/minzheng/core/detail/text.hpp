#pragma once
// UTF-8 decoding and the normalisation every parser shares: full-width ASCII (what a Chinese input method
// types: "４４５３８１", "Ｘ", "￥") folded to ASCII, and outer white space trimmed. Not public API.

#include <minzheng/core/error.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace minzheng::detail {

/// One decoded code point and the number of bytes it took.
struct decoded {
    char32_t code_point;
    std::size_t size;
};

/// Decodes the code point at `pos`; nullopt for any ill-formed sequence (overlong forms, surrogates, code
/// points past U+10FFFF, truncated sequences). Never reads past the end of `s`.
[[nodiscard]] constexpr std::optional<decoded> decode_utf8(std::string_view s, std::size_t pos) noexcept
{
    if (pos >= s.size()) return std::nullopt;
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned b0 = byte(pos);
    if (b0 < 0x80) return decoded{static_cast<char32_t>(b0), 1};
    std::size_t len = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((b0 & 0xE0U) == 0xC0U) {
        len = 2, cp = b0 & 0x1FU, min = 0x80;
    } else if ((b0 & 0xF0U) == 0xE0U) {
        len = 3, cp = b0 & 0x0FU, min = 0x800;
    } else if ((b0 & 0xF8U) == 0xF0U) {
        len = 4, cp = b0 & 0x07U, min = 0x10000;
    } else {
        return std::nullopt;
    }
    if (s.size() - pos < len) return std::nullopt;
    for (std::size_t i = 1; i < len; ++i) {
        const unsigned b = byte(pos + i);
        if ((b & 0xC0U) != 0x80U) return std::nullopt;
        cp = (cp << 6U) | (b & 0x3FU);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
    return decoded{cp, len};
}

/// Appends the UTF-8 encoding of a valid code point.
inline void append_utf8(std::string& out, char32_t cp)
{
    const auto put = [&](unsigned v) { out.push_back(static_cast<char>(static_cast<unsigned char>(v))); };
    const auto c = static_cast<unsigned>(cp);
    if (c < 0x80) {
        put(c);
    } else if (c < 0x800) {
        put(0xC0U | (c >> 6U)), put(0x80U | (c & 0x3FU));
    } else if (c < 0x10000) {
        put(0xE0U | (c >> 12U)), put(0x80U | ((c >> 6U) & 0x3FU)), put(0x80U | (c & 0x3FU));
    } else {
        put(0xF0U | (c >> 18U)), put(0x80U | ((c >> 12U) & 0x3FU)), put(0x80U | ((c >> 6U) & 0x3FU)),
            put(0x80U | (c & 0x3FU));
    }
}

/// Control characters, and the invisible formatting ones that make two texts look equal while they differ: soft
/// hyphen, zero-width space and joiners, bidirectional overrides (U+202E turns "1236" into "6321" on screen), word
/// joiners, the byte-order mark, interlinear annotation, private use.
[[nodiscard]] constexpr bool is_invisible_or_control(char32_t c) noexcept
{
    return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD || (c >= 0x200B && c <= 0x200F) ||
           (c >= 0x2028 && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F) || c == 0xFEFF ||
           (c >= 0xFFF9 && c <= 0xFFFB) || (c >= 0xE000 && c <= 0xF8FF);
}

/// `s` as a clerk can read it in a message: every control or invisible character and every ill-formed byte
/// written as `<U+202E>` / `<0xFF>` (a message must not itself reverse or hide text), cut after `max_bytes`
/// with "…".
[[nodiscard]] inline std::string visible_text(std::string_view s, std::size_t max_bytes = 64)
{
    constexpr std::string_view hex = "0123456789ABCDEF";
    std::string out;
    std::size_t pos = 0;
    while (pos < s.size()) {
        if (out.size() >= max_bytes) {
            out += "…";
            break;
        }
        const auto d = decode_utf8(s, pos);
        if (!d) {
            const auto b = static_cast<unsigned char>(s[pos]);
            out += "<0x";
            out += hex[b >> 4U];
            out += hex[b & 0xFU];
            out += '>';
            ++pos;
            continue;
        }
        if (is_invisible_or_control(d->code_point)) {
            out += "<U+";
            for (int shift = d->code_point > 0xFFFF ? 20 : 12; shift >= 0; shift -= 4)
                out += hex[(d->code_point >> static_cast<unsigned>(shift)) & 0xFU];
            out += '>';
        } else {
            out.append(s.substr(pos, d->size));
        }
        pos += d->size;
    }
    return out;
}

/// Space characters: ASCII, ideographic (U+3000), no-break and the typographic spaces U+2000..U+200A.
[[nodiscard]] constexpr bool is_unicode_space(char32_t c) noexcept
{
    return c == ' ' || c == 0x3000 || c == 0xA0 || (c >= 0x2000 && c <= 0x200A);
}

[[nodiscard]] constexpr bool is_ascii(std::string_view s) noexcept
{
    for (const char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
    return true;
}

[[nodiscard]] constexpr bool is_ascii_space(char c) noexcept
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

[[nodiscard]] constexpr bool is_digit(char c) noexcept
{
    return c >= '0' && c <= '9';
}

[[nodiscard]] constexpr std::string_view trim_ascii(std::string_view s) noexcept
{
    while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
    return s;
}

/// The ASCII form of a code of digits and Latin letters typed by a clerk: full-width forms (U+FF01..U+FF5E)
/// become their ASCII twins, the ideographic space U+3000 and the currency sign ￥ (U+FFE5) become ' ' and '¥'
/// (U+00A5) is left alone for the caller. Other non-ASCII characters are copied unchanged (the caller rejects
/// them where they do not belong). Fails only on invalid UTF-8.
[[nodiscard]] inline result<std::string> fold_full_width(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    std::size_t pos = 0;
    while (pos < s.size()) {
        const auto d = decode_utf8(s, pos);
        if (!d) return error::invalid_utf8;
        const char32_t cp = d->code_point;
        if (cp >= 0xFF01 && cp <= 0xFF5E) {
            out.push_back(static_cast<char>(cp - 0xFF01 + 0x21));
        } else if (cp == 0x3000) {
            out.push_back(' ');
        } else if (cp == 0xFFE5) {
            append_utf8(out, 0xA5);  // ￥ full-width yen/yuan sign -> ¥
        } else {
            out.append(s.substr(pos, d->size));
        }
        pos += d->size;
    }
    return out;
}

/// Calls `f(std::string_view)` with the trimmed ASCII-folded form of `s`, without allocating when `s` is already
/// ASCII (the common case, kept cheap for bulk parsing). `max_bytes` bounds the work on hostile input.
template <class F>
[[nodiscard]] auto with_folded(std::string_view s, std::size_t max_bytes, F&& f) -> decltype(f(s))
{
    if (s.size() > max_bytes) return error::input_too_long;
    if (is_ascii(s)) {
        const auto t = trim_ascii(s);
        if (t.empty()) return error::empty_input;
        return f(t);
    }
    auto folded = fold_full_width(s);
    if (!folded) return folded.error();
    const auto t = trim_ascii(*folded);
    if (t.empty()) return error::empty_input;
    return f(t);
}

}  // namespace minzheng::detail
