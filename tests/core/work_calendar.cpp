// Tests minzheng/core/work_calendar.hpp: the shipped 2019-2026 calendar (2020 Spring Festival extension, make-up
// days), working-day arithmetic with the Civil Code convention, calendars an application builds, and errors.
#include <minzheng/core/work_calendar.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

using minzheng::error;
using minzheng::make_date;
using minzheng::work_calendar;

namespace {
minzheng::date d(int y, int m, int day)
{
    return make_date(y, m, day).value();
}
}  // namespace

TEST_SUITE("core.work_calendar")
{
    TEST_CASE("work_calendar: 2020 Spring Festival with its extension to 2 February")
    {
        const auto c = work_calendar::china();
        CHECK(c.first_year() == 2019);
        CHECK(c.last_year() == 2026);
        CHECK(*c.is_working_day(d(2020, 1, 19)));        // Sunday, make-up working day
        CHECK(*c.is_working_day(d(2020, 1, 23)));        // Thursday before the holiday
        CHECK_FALSE(*c.is_working_day(d(2020, 1, 24)));  // 除夕
        CHECK_FALSE(*c.is_working_day(d(2020, 1, 30)));  // last day of the original holiday
        CHECK_FALSE(*c.is_working_day(d(2020, 1, 31)));  // Friday: the extension
        CHECK_FALSE(*c.is_working_day(d(2020, 2, 1)));   // Saturday: planned make-up day, cancelled by the extension
        CHECK_FALSE(*c.is_working_day(d(2020, 2, 2)));   // Sunday
        CHECK(*c.is_working_day(d(2020, 2, 3)));         // Monday: work resumes
        CHECK(*c.is_working_day(d(2020, 2, 10)));
        CHECK_FALSE(*c.is_working_day(d(2020, 2, 8)));  // ordinary Saturday
        CHECK(*c.is_working_day(d(2020, 9, 27)));       // Sunday, make-up for National Day
        CHECK_FALSE(*c.is_working_day(d(2020, 10, 8)));
    }

    TEST_CASE("work_calendar: add_working_days skips the start day and the holidays")
    {
        const auto c = work_calendar::china();
        CHECK(*c.add_working_days(d(2020, 1, 23), 1) == d(2020, 2, 3));  // across the extended holiday
        CHECK(*c.add_working_days(d(2020, 1, 23), 0) == d(2020, 1, 23));
        CHECK(*c.add_working_days(d(2020, 2, 3), 5) == d(2020, 2, 10));
        CHECK(*c.add_working_days(d(2020, 1, 17), 1) == d(2020, 1, 19));  // Friday + 1 = make-up Sunday
        // 30 working days from 2020-01-20: 21, 22, 23 Jan make 3; four full weeks from 3 Feb make 23 by 28 Feb;
        // 2-6 Mar make 28; 9 and 10 Mar make 30.
        CHECK(*c.add_working_days(d(2020, 1, 20), 30) == d(2020, 3, 10));
        CHECK(c.add_working_days(d(2020, 1, 20), -1).error() == error::negative_count);
        CHECK(c.add_working_days(d(2026, 12, 30), 5).error() == error::outside_calendar);
        CHECK(c.add_working_days(d(2018, 12, 30), 1).error() == error::outside_calendar);
        CHECK(c.add_working_days(d(2020, 1, 1), 1'000'000'000).error() == error::outside_calendar);
    }

    TEST_CASE("work_calendar: working_days_between is the inverse of add_working_days")
    {
        const auto c = work_calendar::china();
        CHECK(*c.working_days_between(d(2020, 1, 23), d(2020, 2, 3)) == 1);
        CHECK(*c.working_days_between(d(2020, 1, 20), d(2020, 3, 10)) == 30);
        CHECK(*c.working_days_between(d(2020, 3, 10), d(2020, 1, 20)) == -30);
        CHECK(*c.working_days_between(d(2020, 2, 3), d(2020, 2, 3)) == 0);
        CHECK(*c.working_days_between(d(2020, 1, 24), d(2020, 2, 2)) == 0);
        CHECK(c.working_days_between(d(2020, 1, 1), d(2027, 1, 1)).error() == error::outside_calendar);
        for (int n : {1, 7, 20, 30, 45}) {
            const auto end = *c.add_working_days(d(2020, 1, 15), n);
            CHECK(*c.working_days_between(d(2020, 1, 15), end) == n);
        }
    }

    TEST_CASE("work_calendar: a calendar-day period ending on a day off ends on the next working day")
    {
        const auto c = work_calendar::china();
        // 7 days from 2020-02-03 ends 2020-02-10 (Monday, a working day).
        CHECK(*c.period_end(d(2020, 2, 3), 7) == d(2020, 2, 10));
        // 7 days from 2020-01-23 ends 2020-01-30 (holiday): moves to 2020-02-03.
        CHECK(*c.period_end(d(2020, 1, 23), 7) == d(2020, 2, 3));
        // 7 days from 2020-02-01 ends 2020-02-08 (Saturday): moves to Monday 2020-02-10.
        CHECK(*c.period_end(d(2020, 2, 1), 7) == d(2020, 2, 10));
        CHECK(c.period_end(d(2020, 2, 1), -7).error() == error::negative_count);
        CHECK(c.period_end(d(2026, 12, 31), 1).error() == error::outside_calendar);
        CHECK(c.period_end(d(2020, 2, 1), 2'000'000'000).error() == error::outside_calendar);
    }

    TEST_CASE("work_calendar: applications supply their own calendars")
    {
        // A county decides 2027 on its own before the library ships it: 1 January off, Sunday 3 January worked.
        const auto own = work_calendar::make(2027, 2027, {d(2027, 1, 1)}, {d(2027, 1, 3)}).value();
        CHECK_FALSE(*own.is_working_day(d(2027, 1, 1)));
        CHECK(*own.is_working_day(d(2027, 1, 3)));
        CHECK(*own.is_working_day(d(2027, 1, 4)));
        CHECK(own.is_working_day(d(2026, 12, 31)).error() == error::outside_calendar);
        // Extending the shipped calendar by a year: its data plus the new year's.
        const auto national = work_calendar::china();
        auto holidays = national.holidays();
        holidays.push_back(d(2027, 1, 1));
        const auto extended = work_calendar::make(2019, 2027, holidays, national.workdays()).value();
        CHECK(*extended.add_working_days(d(2026, 12, 31), 1) == d(2027, 1, 4));
        // Duplicates collapse; the lists come back sorted.
        const auto dup = work_calendar::make(2027, 2027, {d(2027, 5, 3), d(2027, 5, 1), d(2027, 5, 3)}, {}).value();
        CHECK(dup.holidays().size() == 2);
        CHECK(dup.holidays().front() == d(2027, 5, 1));
    }

    TEST_CASE("work_calendar: inconsistent calendars are refused")
    {
        CHECK(work_calendar::make(2027, 2027, {d(2027, 1, 1)}, {d(2027, 1, 1)}).error() ==
              error::conflicting_calendar_days);
        CHECK(work_calendar::make(2027, 2027, {d(2028, 1, 1)}, {}).error() == error::outside_calendar);
        CHECK(work_calendar::make(2027, 2026, {}, {}).error() == error::date_out_of_range);
        CHECK(work_calendar::make(1700, 2026, {}, {}).error() == error::date_out_of_range);
    }

    TEST_CASE("work_calendar: the shipped data agrees with the State Council's 2020 notices")
    {
        const auto c = work_calendar::china();
        // policy-rules.md 5.8: 2020 holidays Jan 1; Jan 24-30 (+ extension to Feb 2); Apr 4-6; May 1-5;
        // Jun 25-27; Oct 1-8; make-up days Jan 19, Apr 26, May 9, Jun 28, Sep 27, Oct 10.
        int days_off_on_weekdays = 0;
        for (auto day = d(2020, 1, 1); day <= d(2020, 12, 31); day += boost::gregorian::days(1)) {
            const auto wd = day.day_of_week().as_number();
            if (wd != 0 && wd != 6 && !*c.is_working_day(day)) ++days_off_on_weekdays;
        }
        // Weekdays off: Jan 1; Jan 24, 27-31; Apr 6; May 1, 4, 5; Jun 25, 26; Oct 1, 2, 5-8 = 1+6+1+3+2+6 = 19
        CHECK(days_off_on_weekdays == 19);
        for (auto day :
             {d(2020, 1, 19), d(2020, 4, 26), d(2020, 5, 9), d(2020, 6, 28), d(2020, 9, 27), d(2020, 10, 10)})
            CHECK(*c.is_working_day(day));
    }
}
