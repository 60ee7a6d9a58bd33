#pragma once
// The path of a field inside a record, as a JSON Pointer (RFC 6901): "/households/3/members/1/id". Findings
// carry one so that a clerk's tool can point at the offending cell.

#include <compare>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace minzheng {

/// 字段路径 — a JSON Pointer to a field. Built by appending member names and array indexes:
/// `field_path{} / "households" / 3 / "members"` is "/households/3/members". Names are escaped as RFC 6901
/// requires ("~" as "~0", "/" as "~1"), so any member name is safe.
class field_path {
public:
    /// The root: the whole record (the empty pointer "").
    field_path() = default;

    /// This path with a member name appended.
    [[nodiscard]] field_path operator/(std::string_view member) const;
    /// This path with an array index appended.
    [[nodiscard]] field_path operator/(std::size_t index) const;
    /// The same for an int index; precondition: index ≥ 0.
    [[nodiscard]] field_path operator/(int index) const { return *this / static_cast<std::size_t>(index); }

    /// The pointer text, "" for the root.
    [[nodiscard]] const std::string& str() const& noexcept { return text_; }
    /// Of a temporary: the text itself, moved out, so that nothing refers into the dying value.
    [[nodiscard]] std::string str() && noexcept { return std::move(text_); }
    [[nodiscard]] bool is_root() const noexcept { return text_.empty(); }
    /// True when `other` is this path or lies below it.
    [[nodiscard]] bool contains(const field_path& other) const noexcept
    {
        return other.text_.starts_with(text_) &&
               (other.text_.size() == text_.size() || other.text_[text_.size()] == '/');
    }
    /// `prefix` followed by this path: a record's findings placed inside a collection.
    [[nodiscard]] field_path under(const field_path& prefix) const { return field_path{prefix.text_ + text_}; }

    /// True for the text of a JSON Pointer: empty, or starting with '/' with "~" only in "~0" and "~1".
    [[nodiscard]] static bool is_valid_pointer(std::string_view text) noexcept;
    /// The path of a pointer text known to be valid (see is_valid_pointer).
    [[nodiscard]] static field_path from_pointer(std::string_view text) { return field_path{std::string(text)}; }

    /// Record order: token by token, an array index by its number ("/households/2" before "/households/10"), a
    /// parent before what lies below it. Two paths are equivalent only when their texts are equal.
    friend std::strong_ordering operator<=>(const field_path& a, const field_path& b) noexcept
    {
        return compare_pointers(a.text_, b.text_);
    }
    friend bool operator==(const field_path&, const field_path&) = default;

private:
    explicit field_path(std::string text) : text_(std::move(text)) {}
    [[nodiscard]] static std::strong_ordering compare_pointers(std::string_view a, std::string_view b) noexcept;
    std::string text_;
};

// ---- implementation --------------------------------------------------------------------------------------

inline field_path field_path::operator/(std::string_view member) const
{
    std::string out = text_;
    out.reserve(out.size() + member.size() + 1);
    out += '/';
    for (const char c : member) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return field_path{std::move(out)};
}

inline field_path field_path::operator/(std::size_t index) const
{
    return field_path{text_ + '/' + std::to_string(index)};
}

inline std::strong_ordering field_path::compare_pointers(std::string_view a, std::string_view b) noexcept
{
    // An index token is digits only; indexes compare by value (a shorter digit string is smaller, equal lengths
    // compare by text: no leading zeros are written, and where one was, the texts still differ). An index sorts
    // before a member name, which never meet under one parent but must still be ordered.
    const auto is_index = [](std::string_view t) {
        if (t.empty()) return false;
        for (const char c : t) {
            if (c < '0' || c > '9') return false;
        }
        return true;
    };
    const auto next_token = [](std::string_view& rest) {
        rest.remove_prefix(1);  // the '/'
        const auto end = rest.find('/');
        const auto token = rest.substr(0, end);
        rest.remove_prefix(end == std::string_view::npos ? rest.size() : end);
        return token;
    };
    while (!a.empty() && !b.empty()) {
        const auto ta = next_token(a);
        const auto tb = next_token(b);
        const bool ia = is_index(ta);
        const bool ib = is_index(tb);
        if (ia != ib) return ia ? std::strong_ordering::less : std::strong_ordering::greater;
        if (ia && ta.size() != tb.size()) return ta.size() <=> tb.size();
        if (const auto c = ta.compare(tb); c != 0)
            return c < 0 ? std::strong_ordering::less : std::strong_ordering::greater;
    }
    return a.size() <=> b.size();  // a parent (its text used up) before what lies below it
}

inline bool field_path::is_valid_pointer(std::string_view text) noexcept
{
    if (text.empty()) return true;
    if (text.front() != '/') return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '~' && (i + 1 == text.size() || (text[i + 1] != '0' && text[i + 1] != '1'))) return false;
    }
    return true;
}

}  // namespace minzheng
