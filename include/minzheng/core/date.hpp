#pragma once
// Dates as clerks write them (ISO 2020-02-10, 2020年2月10日, 2月10日 with a known year), closed periods with an
// explicit open end, and ages in completed years (周岁). Dates are boost::gregorian::date.

#include <minzheng/core/detail/text.hpp>
#include <minzheng/core/error.hpp>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace minzheng {

/// A calendar day. Always a real date: every minzheng function that makes one validates first.
using date = boost::gregorian::date;

/// The years the library accepts in dates. Wider than any record needs, narrow enough to rule out typos such
/// as 20200 and to keep every date inside boost::gregorian's own range.
inline constexpr int min_supported_year = 1800;
inline constexpr int max_supported_year = 2199;

/// The date of a year, month and day; `invalid_date` if there is no such day, `date_out_of_range` outside
/// the supported years. Never throws (boost::gregorian::date's constructor would).
[[nodiscard]] result<date> make_date(int year, int month, int day) noexcept;

/// Parses `2020-02-10` (ISO 8601, two-digit month and day) or `2020年2月10日` / `2020年02月10日`. Full-width
/// digits are accepted; outer white space is ignored.
[[nodiscard]] result<date> parse_date(std::string_view text);

/// As above, and also `2月10日` (month and day only) in the given `year`, as bulletins write dates.
[[nodiscard]] result<date> parse_date(std::string_view text, int year);

/// `2020-02-10`.
[[nodiscard]] std::string to_iso_string(date d);
/// `2020年2月10日`.
[[nodiscard]] std::string to_chinese_string(date d);

/// Today in the machine's local time zone: the default "as of" date of checks that need one.
[[nodiscard]] inline date today()
{
    return boost::gregorian::day_clock::local_day();
}

/// Completed years (周岁) from `birth` to `on`; the birthday itself counts ("60周岁以上" holds on the 60th
/// birthday). Someone born on 29 February completes a year on 28 February of a common year: the Civil Code
/// (art. 202) ends a period that has no corresponding day on the last day of that month. Negative if `on` is
/// before `birth` (-1 for the year before the birth, and so on).
[[nodiscard]] int completed_years(date birth, date on) noexcept;

/// A span of days from `first` to `last`, both included; `last` absent means open-ended ("until further
/// notice", 另行通知), never a magic far-future date.
class period {
public:
    /// A period from `first` to `last`; `invalid_date` if `last` is before `first`.
    [[nodiscard]] static result<period> make(date first, std::optional<date> last = std::nullopt) noexcept
    {
        if (last && *last < first) return error::invalid_date;
        return period{first, last};
    }
    /// A period open at its end.
    [[nodiscard]] static period from(date first) noexcept { return period{first, std::nullopt}; }

    [[nodiscard]] date first() const noexcept { return first_; }
    [[nodiscard]] std::optional<date> last() const noexcept { return last_; }
    [[nodiscard]] bool is_open_ended() const noexcept { return !last_.has_value(); }

    [[nodiscard]] bool contains(date d) const noexcept { return first_ <= d && (!last_ || d <= *last_); }
    /// True when some day is in both periods.
    [[nodiscard]] bool overlaps(const period& other) const noexcept
    {
        const bool this_ends_before = last_ && *last_ < other.first_;
        const bool other_ends_before = other.last_ && *other.last_ < first_;
        return !this_ends_before && !other_ends_before;
    }

    /// Ordered by first day, then by last day with an open end after every closed one.
    friend std::strong_ordering operator<=>(const period& a, const period& b) noexcept
    {
        if (a.first_ != b.first_)
            return a.first_ < b.first_ ? std::strong_ordering::less : std::strong_ordering::greater;
        if (a.last_ == b.last_) return std::strong_ordering::equal;
        if (!a.last_) return std::strong_ordering::greater;
        if (!b.last_) return std::strong_ordering::less;
        return *a.last_ < *b.last_ ? std::strong_ordering::less : std::strong_ordering::greater;
    }
    friend bool operator==(const period&, const period&) noexcept = default;

    /// `2020-01-29/2020-02-09`, or `2020-01-29/` when open-ended.
    [[nodiscard]] std::string to_string() const;
    /// Parses the form to_string() writes.
    [[nodiscard]] static result<period> parse(std::string_view text);

private:
    period(date first, std::optional<date> last) noexcept : first_(first), last_(last) {}
    date first_;
    std::optional<date> last_;
};

/// 年月 — a calendar month, the period of monthly payments ("2020-03").
class year_month {
public:
    /// `date_out_of_range` outside the supported years, `invalid_date` for a month outside 1-12.
    [[nodiscard]] static result<year_month> make(int year, int month) noexcept
    {
        if (year < min_supported_year || year > max_supported_year) return error::date_out_of_range;
        if (month < 1 || month > 12) return error::invalid_date;
        return year_month{year, month};
    }
    /// The month a day falls in.
    [[nodiscard]] static year_month of(date d) noexcept { return year_month{d.year(), d.month()}; }
    /// Parses "2020-03" or "2020年3月".
    [[nodiscard]] static result<year_month> parse(std::string_view text);

    [[nodiscard]] int year() const noexcept { return year_; }
    [[nodiscard]] int month() const noexcept { return month_; }
    /// The following month; `date_out_of_range` after December 2199.
    [[nodiscard]] result<year_month> next() const noexcept { return plus(1); }
    /// `n` months later (earlier for negative n); `date_out_of_range` past the supported years.
    [[nodiscard]] result<year_month> plus(int n) const noexcept
    {
        const long total = static_cast<long>(year_) * 12 + (month_ - 1) + n;
        return make(static_cast<int>(total / 12), static_cast<int>(total % 12) + 1);
    }
    [[nodiscard]] date first_day() const { return *make_date(year_, month_, 1); }
    [[nodiscard]] date last_day() const { return *make_date(year_, month_, detail_days_in_month()); }
    [[nodiscard]] bool contains(date d) const noexcept { return d.year() == year_ && d.month() == month_; }
    /// "2020-03".
    [[nodiscard]] std::string to_string() const;

    friend auto operator<=>(const year_month&, const year_month&) = default;

private:
    year_month(int y, int m) noexcept : year_(y), month_(m) {}
    [[nodiscard]] int detail_days_in_month() const noexcept;
    int year_;
    int month_;
};

// ---- implementation --------------------------------------------------------------------------------------

namespace detail {

[[nodiscard]] constexpr bool is_leap_year(int y) noexcept
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

[[nodiscard]] constexpr int days_in_month(int y, int m) noexcept
{
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap_year(y) ? 29 : days[m - 1];
}

/// Reads 1..max_digits ASCII digits at the front of `s` into `out`; the count read, 0 if none.
[[nodiscard]] constexpr std::size_t read_digits(std::string_view s, std::size_t max_digits, int& out) noexcept
{
    std::size_t n = 0;
    out = 0;
    while (n < s.size() && n < max_digits && is_digit(s[n])) out = out * 10 + (s[n++] - '0');
    return n;
}

inline void append_padded(std::string& out, int v, int width)
{
    auto digits = std::to_string(v);
    if (static_cast<int>(digits.size()) < width) out.append(static_cast<std::size_t>(width) - digits.size(), '0');
    out += digits;
}

[[nodiscard]] inline result<date> parse_date_ascii(std::string_view s, std::optional<int> year)
{
    constexpr std::string_view nian = "\xE5\xB9\xB4";  // 年
    constexpr std::string_view yue = "\xE6\x9C\x88";   // 月
    constexpr std::string_view ri = "\xE6\x97\xA5";    // 日
    int y = 0;
    int m = 0;
    int d = 0;
    // ISO: exactly YYYY-MM-DD.
    if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
        if (read_digits(s, 4, y) != 4 || read_digits(s.substr(5), 2, m) != 2 || read_digits(s.substr(8), 2, d) != 2)
            return error::invalid_number_format;
        return make_date(y, m, d);
    }
    // Chinese: [YYYY年]M月D日
    std::size_t n = read_digits(s, 4, y);
    if (n == 4 && s.substr(4).starts_with(nian)) {
        s.remove_prefix(4 + nian.size());
    } else if (year && n > 0 && n <= 2 && s.substr(n).starts_with(yue)) {
        y = *year;  // no year written: the caller's
    } else {
        return error::invalid_number_format;
    }
    n = read_digits(s, 2, m);
    if (n == 0 || !s.substr(n).starts_with(yue)) return error::invalid_number_format;
    s.remove_prefix(n + yue.size());
    n = read_digits(s, 2, d);
    if (n == 0 || s.substr(n) != ri) return error::invalid_number_format;
    return make_date(y, m, d);
}

}  // namespace detail

inline result<date> make_date(int year, int month, int day) noexcept
{
    if (year < min_supported_year || year > max_supported_year) return error::date_out_of_range;
    if (month < 1 || month > 12 || day < 1 || day > detail::days_in_month(year, month)) return error::invalid_date;
    return date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

inline result<date> parse_date(std::string_view text)
{
    return detail::with_folded(text, 64, [](std::string_view s) { return detail::parse_date_ascii(s, std::nullopt); });
}

inline result<date> parse_date(std::string_view text, int year)
{
    return detail::with_folded(text, 64, [year](std::string_view s) { return detail::parse_date_ascii(s, year); });
}

inline std::string to_iso_string(date d)
{
    std::string out;
    out.reserve(10);
    detail::append_padded(out, d.year(), 4);
    out += '-';
    detail::append_padded(out, d.month(), 2);
    out += '-';
    detail::append_padded(out, d.day(), 2);
    return out;
}

inline std::string to_chinese_string(date d)
{
    return std::to_string(d.year()) + "\xE5\xB9\xB4" + std::to_string(d.month().as_number()) + "\xE6\x9C\x88" +
           std::to_string(d.day().as_number()) + "\xE6\x97\xA5";
}

inline int completed_years(date birth, date on) noexcept
{
    const int by = birth.year();
    const int bm = birth.month();
    int bd = birth.day();
    const int oy = on.year();
    const int om = on.month();
    const int od = on.day();
    if (bm == 2 && bd == 29 && !detail::is_leap_year(oy)) bd = 28;  // Civil Code art. 202: no such day -> month end
    int years = oy - by;
    if (om < bm || (om == bm && od < bd)) --years;  // this year's birthday not yet reached
    return years;
}

inline int year_month::detail_days_in_month() const noexcept
{
    return detail::days_in_month(year_, month_);
}

inline std::string year_month::to_string() const
{
    std::string out;
    detail::append_padded(out, year_, 4);
    out += '-';
    detail::append_padded(out, month_, 2);
    return out;
}

inline result<year_month> year_month::parse(std::string_view text)
{
    return detail::with_folded(text, 64, [](std::string_view s) -> result<year_month> {
        int y = 0;
        int m = 0;
        if (s.size() == 7 && s[4] == '-') {
            if (detail::read_digits(s, 4, y) != 4 || detail::read_digits(s.substr(5), 2, m) != 2)
                return error::invalid_number_format;
            return make(y, m);
        }
        constexpr std::string_view nian = "\xE5\xB9\xB4";  // 年
        constexpr std::string_view yue = "\xE6\x9C\x88";   // 月
        if (detail::read_digits(s, 4, y) != 4 || !s.substr(4).starts_with(nian)) return error::invalid_number_format;
        s.remove_prefix(4 + nian.size());
        const auto n = detail::read_digits(s, 2, m);
        if (n == 0 || s.substr(n) != yue) return error::invalid_number_format;
        return make(y, m);
    });
}

inline std::string period::to_string() const
{
    return minzheng::to_iso_string(first_) + '/' + (last_ ? minzheng::to_iso_string(*last_) : std::string{});
}

inline result<period> period::parse(std::string_view text)
{
    const auto slash = text.find('/');
    if (slash == std::string_view::npos) return error::invalid_number_format;
    auto first = parse_date(text.substr(0, slash));
    if (!first) return first.error();
    const auto rest = detail::trim_ascii(text.substr(slash + 1));
    if (rest.empty()) return period::from(*first);
    auto last = parse_date(rest);
    if (!last) return last.error();
    return period::make(*first, *last);
}

}  // namespace minzheng
