#pragma once
// 工作日历 — which days are working days in China: weekends and public holidays off, make-up working days (调休)
// on, as the State Council announces them each year. Deadlines in working days (工作日) and periods counted by
// the Civil Code rules are computed here.
//
// Period counting convention (民法典 arts. 201-203, 1259; policy-rules.md 5.8):
// - the starting day is not counted: "within N working days of D" ends on the N-th working day after D;
// - a period of N calendar days from D ends on D + N, and if that day is not a working day (a weekend or a
//   holiday), on the next working day after it;
// - "以上/以下/以内/届满" include the number, so the deadline day itself is still in time.

#include <minzheng/core/date.hpp>
#include <minzheng/core/error.hpp>
#include <minzheng/data/holidays.hpp>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace minzheng {

/// 工作日历 — the working days of a span of whole years. A value: the shipped national calendar, or one an
/// application builds (a later year, a local arrangement). Asking about a date outside its years is the error
/// `outside_calendar`, never a guess from weekdays alone.
class work_calendar {
public:
    /// The national calendar the library ships (2019-2026, from chinese-days 1.5.7), including the 2020 Spring
    /// Festival extension to 2 February (so 31 January to 2 February 2020 were not working days).
    [[nodiscard]] static work_calendar china();

    /// A calendar for the years `first_year`..`last_year`: Monday to Friday are working days except
    /// `holidays`; `workdays` are weekend days worked (调休). Errors: `date_out_of_range` (years outside
    /// 1800-2199 or reversed), `outside_calendar` (a listed date outside the years),
    /// `conflicting_calendar_days` (a date in both lists).
    [[nodiscard]] static result<work_calendar> make(int first_year, int last_year, std::vector<date> holidays,
                                                    std::vector<date> workdays);

    [[nodiscard]] int first_year() const noexcept { return first_year_; }
    [[nodiscard]] int last_year() const noexcept { return last_year_; }
    /// The days off that fall on a weekday or weekend by announcement, sorted.
    [[nodiscard]] const std::vector<date>& holidays() const& noexcept { return holidays_; }
    const std::vector<date>& holidays() const&& = delete;  // would refer into a dying calendar
    /// The weekend days worked, sorted.
    [[nodiscard]] const std::vector<date>& workdays() const& noexcept { return workdays_; }
    const std::vector<date>& workdays() const&& = delete;  // would refer into a dying calendar
    [[nodiscard]] bool covers(date d) const noexcept { return d.year() >= first_year_ && d.year() <= last_year_; }

    /// Whether `d` is a working day.
    [[nodiscard]] result<bool> is_working_day(date d) const;
    /// The `n`-th working day after `start` (start itself not counted; n = 0 gives `start`). Errors:
    /// `negative_count`, `outside_calendar` when the count runs past the calendar's last year.
    [[nodiscard]] result<date> add_working_days(date start, int n) const;
    /// The working days in (from, to]: the n for which add_working_days(from, n) is the last working day not
    /// after `to`; negative (the working days in (to, from]) when `to` is before `from`.
    [[nodiscard]] result<int> working_days_between(date from, date to) const;
    /// The last day of a period of `days` calendar days from `start` (start not counted), moved to the next
    /// working day when it is not one (民法典 art. 203). Errors: `negative_count`, `outside_calendar`.
    [[nodiscard]] result<date> period_end(date start, int days) const;

    friend bool operator==(const work_calendar&, const work_calendar&) = default;

private:
    work_calendar() = default;
    int first_year_ = 0;
    int last_year_ = 0;
    std::vector<date> holidays_;
    std::vector<date> workdays_;
};

// ---- implementation --------------------------------------------------------------------------------------

inline result<work_calendar> work_calendar::make(int first_year, int last_year, std::vector<date> holidays,
                                                 std::vector<date> workdays)
{
    if (first_year < min_supported_year || last_year > max_supported_year || last_year < first_year)
        return error::date_out_of_range;
    work_calendar c;
    c.first_year_ = first_year;
    c.last_year_ = last_year;
    for (auto* list : {&holidays, &workdays}) {
        std::sort(list->begin(), list->end());
        list->erase(std::unique(list->begin(), list->end()), list->end());
        for (const auto& d : *list) {
            if (!c.covers(d)) return error::outside_calendar;
        }
    }
    for (const auto& d : workdays) {
        if (std::binary_search(holidays.begin(), holidays.end(), d)) return error::conflicting_calendar_days;
    }
    c.holidays_ = std::move(holidays);
    c.workdays_ = std::move(workdays);
    return c;
}

inline work_calendar work_calendar::china()
{
    const auto to_dates = [](const auto& packed) {
        std::vector<date> out;
        out.reserve(packed.size());
        for (const std::uint32_t v : packed)
            out.push_back(
                *make_date(static_cast<int>(v / 10000), static_cast<int>(v / 100 % 100), static_cast<int>(v % 100)));
        return out;
    };
    // The generator checked the shipped data for conflicts, so make() succeeds.
    return make(data::holiday_first_year, data::holiday_last_year, to_dates(data::holidays), to_dates(data::workdays))
        .value();
}

inline result<bool> work_calendar::is_working_day(date d) const
{
    if (!covers(d)) return error::outside_calendar;
    if (std::binary_search(holidays_.begin(), holidays_.end(), d)) return false;
    if (std::binary_search(workdays_.begin(), workdays_.end(), d)) return true;
    const auto weekday = d.day_of_week().as_number();  // 0 = Sunday
    return weekday != 0 && weekday != 6;
}

inline result<date> work_calendar::add_working_days(date start, int n) const
{
    if (n < 0) return error::negative_count;
    if (!covers(start)) return error::outside_calendar;
    date d = start;
    const boost::gregorian::days one(1);
    while (n > 0) {  // bounded: leaves the calendar's years after at most a few thousand steps
        d += one;
        auto working = is_working_day(d);
        if (!working) return working.error();
        if (*working) --n;
    }
    return d;
}

inline result<int> work_calendar::working_days_between(date from, date to) const
{
    if (!covers(from) || !covers(to)) return error::outside_calendar;
    const bool reversed = to < from;
    if (reversed) std::swap(from, to);
    int n = 0;
    const boost::gregorian::days one(1);
    for (date d = from + one; d <= to; d += one) {
        if (*is_working_day(d)) ++n;  // every d is inside the covered years
    }
    return reversed ? -n : n;
}

inline result<date> work_calendar::period_end(date start, int days) const
{
    if (days < 0) return error::negative_count;
    if (!covers(start)) return error::outside_calendar;
    if (days > 366 * (max_supported_year - min_supported_year + 1)) return error::outside_calendar;
    date d = start + boost::gregorian::days(days);
    const boost::gregorian::days one(1);
    for (;;) {
        auto working = is_working_day(d);
        if (!working) return working.error();
        if (*working) return d;
        d += one;
    }
}

}  // namespace minzheng
