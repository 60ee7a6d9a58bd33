// Tests minzheng/core/date.hpp: make_date, the clerk forms of parse_date, formatting, completed_years and period.
#include <minzheng/core/date.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

using minzheng::error;
using minzheng::make_date;
using minzheng::parse_date;
using minzheng::period;

TEST_SUITE("core.date")
{
    TEST_CASE("make_date: real days only, within the supported years")
    {
        CHECK(make_date(2020, 2, 29).has_value());
        CHECK(make_date(2019, 2, 29).error() == error::invalid_date);
        CHECK(make_date(1900, 2, 29).error() == error::invalid_date);  // not a leap year
        CHECK(make_date(2000, 2, 29).has_value());                     // a leap year
        CHECK(make_date(2020, 4, 31).error() == error::invalid_date);
        CHECK(make_date(2020, 13, 1).error() == error::invalid_date);
        CHECK(make_date(2020, 0, 1).error() == error::invalid_date);
        CHECK(make_date(2020, 1, 0).error() == error::invalid_date);
        CHECK(make_date(1799, 12, 31).error() == error::date_out_of_range);
        CHECK(make_date(2200, 1, 1).error() == error::date_out_of_range);
        CHECK(make_date(1800, 1, 1).has_value());
        CHECK(make_date(2199, 12, 31).has_value());
    }

    TEST_CASE("parse_date: ISO and Chinese forms")
    {
        const auto expected = *make_date(2020, 2, 10);
        CHECK(parse_date("2020-02-10") == expected);
        CHECK(parse_date("2020年2月10日") == expected);
        CHECK(parse_date("2020年02月10日") == expected);
        CHECK(parse_date(" ２０２０年２月１０日 ") == expected);
        CHECK(parse_date("2月10日", 2020) == expected);
        CHECK(parse_date("2020年2月10日", 1999) == expected);  // a written year wins
    }

    TEST_CASE("parse_date: malformed text is rejected, never guessed")
    {
        CHECK(parse_date("").error() == error::empty_input);
        CHECK(parse_date("2020-2-10").error() == error::invalid_number_format);
        CHECK(parse_date("2020/02/10").error() == error::invalid_number_format);
        CHECK(parse_date("20-02-10").error() == error::invalid_number_format);
        CHECK(parse_date("2月10日").error() == error::invalid_number_format);  // no year known
        CHECK(parse_date("2020年2月10").error() == error::invalid_number_format);
        CHECK(parse_date("2020年2月10日晚").error() == error::invalid_number_format);
        CHECK(parse_date("2020年月10日").error() == error::invalid_number_format);
        CHECK(parse_date("2020年123月1日").error() == error::invalid_number_format);
        CHECK(parse_date("2020-02-30").error() == error::invalid_date);
        CHECK(parse_date("2020年2月30日").error() == error::invalid_date);
        CHECK(parse_date("0000-01-01").error() == error::date_out_of_range);
        CHECK(parse_date("\xe5\xb9").error() == error::invalid_utf8);
        CHECK(parse_date(std::string(100, '2')).error() == error::input_too_long);
    }

    TEST_CASE("date: text forms round-trip")
    {
        const auto d = *make_date(2020, 2, 2);
        CHECK(minzheng::to_iso_string(d) == "2020-02-02");
        CHECK(minzheng::to_chinese_string(d) == "2020年2月2日");
        CHECK(parse_date(minzheng::to_iso_string(d)) == d);
        CHECK(parse_date(minzheng::to_chinese_string(d)) == d);
        CHECK(minzheng::to_iso_string(*make_date(1800, 1, 1)) == "1800-01-01");
    }

    TEST_CASE("completed_years: the birthday counts — 29 February completes on 28 February of common years")
    {
        const auto birth = *make_date(1960, 3, 1);
        CHECK(minzheng::completed_years(birth, *make_date(2020, 2, 29)) == 59);
        CHECK(minzheng::completed_years(birth, *make_date(2020, 3, 1)) == 60);
        CHECK(minzheng::completed_years(birth, birth) == 0);
        const auto leap = *make_date(2004, 2, 29);
        CHECK(minzheng::completed_years(leap, *make_date(2022, 2, 27)) == 17);
        CHECK(minzheng::completed_years(leap, *make_date(2022, 2, 28)) == 18);
        CHECK(minzheng::completed_years(leap, *make_date(2024, 2, 28)) == 19);
        CHECK(minzheng::completed_years(leap, *make_date(2024, 2, 29)) == 20);
        CHECK(minzheng::completed_years(birth, *make_date(1960, 2, 1)) == -1);
    }

    TEST_CASE("period: closed and open-ended, containment and overlap at the boundaries")
    {
        const auto closed = period::make(*make_date(2020, 1, 29), *make_date(2020, 2, 9)).value();
        CHECK(closed.contains(*make_date(2020, 1, 29)));  // first day
        CHECK(closed.contains(*make_date(2020, 2, 9)));   // last day
        CHECK_FALSE(closed.contains(*make_date(2020, 1, 28)));
        CHECK_FALSE(closed.contains(*make_date(2020, 2, 10)));
        const auto open = period::from(*make_date(2020, 2, 9));
        CHECK(open.is_open_ended());
        CHECK(open.contains(*make_date(2199, 1, 1)));
        CHECK(closed.overlaps(open));  // share 2020-02-09
        CHECK(open.overlaps(closed));
        const auto later = period::from(*make_date(2020, 2, 10));
        CHECK_FALSE(closed.overlaps(later));
        CHECK(open.overlaps(later));
        CHECK(period::make(*make_date(2020, 2, 9), *make_date(2020, 2, 8)).error() == error::invalid_date);
        CHECK(period::make(*make_date(2020, 2, 9), *make_date(2020, 2, 9)).has_value());
    }

    TEST_CASE("period: ordering and the text round trip")
    {
        const auto a = period::make(*make_date(2020, 1, 29), *make_date(2020, 2, 9)).value();
        const auto b = period::from(*make_date(2020, 1, 29));
        CHECK(a < b);  // same start, closed before open
        CHECK(a.to_string() == "2020-01-29/2020-02-09");
        CHECK(b.to_string() == "2020-01-29/");
        CHECK(period::parse(a.to_string()) == a);
        CHECK(period::parse(b.to_string()) == b);
        CHECK(period::parse("2020-01-29").error() == error::invalid_number_format);
        CHECK(period::parse("2020-02-09/2020-01-29").error() == error::invalid_date);
        CHECK(period::parse("x/2020-01-29").error() == error::invalid_number_format);
    }
}
