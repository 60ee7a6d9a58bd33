// Tests minzheng/recipients/person.hpp: disability certificates, dated situations, death, completed months.
#include <minzheng/recipients/person.hpp>

#include "../test_support.hpp"
#include "support.hpp"

#include <doctest/doctest.h>

using namespace minzheng;
using minzheng::test::d;

TEST_SUITE("recipients.person")
{
    TEST_CASE("disability: grades 1 to 4 only — severe is 1-2")
    {
        CHECK(disability::make(disability_category::physical, 0).error() == error::invalid_number_format);
        CHECK(disability::make(disability_category::physical, 5).error() == error::invalid_number_format);
        const auto grade2 = disability::make(disability_category::visual, 2).value();
        CHECK(grade2.is_severe());
        CHECK_FALSE(disability::make(disability_category::visual, 3)->is_severe());
        CHECK(disability::make(disability_category::mental, 3)->is_intellectual_or_mental());
        CHECK_FALSE(grade2.is_intellectual_or_mental());
        CHECK(to_string(disability_category::intellectual) == "intellectual");
    }

    TEST_CASE("person: situations are dated — death and declared death end life")
    {
        auto p = test::person_of("张三", "445381", d(1950, 5, 1), 11);
        p.situations.push_back({situation_kind::imprisoned, period::make(d(2019, 1, 1), d(2020, 12, 31)).value()});
        p.situations.push_back({situation_kind::declared_dead, period::from(d(2023, 1, 1))});
        CHECK(p.has(situation_kind::imprisoned, d(2020, 2, 10)));
        CHECK_FALSE(p.has(situation_kind::imprisoned, d(2021, 1, 1)));
        CHECK(p.situation_on(situation_kind::imprisoned, d(2019, 1, 1)) != nullptr);
        CHECK_FALSE(p.is_dead_on(d(2022, 12, 31)));
        CHECK(p.is_dead_on(d(2023, 1, 1)));
        CHECK(p.age_on(d(2020, 5, 1)) == 70);
        CHECK(p.birth_date() == d(1950, 5, 1));
    }

    TEST_CASE("term_months: a term counts its first and last day (民法典 art. 202)")
    {
        CHECK(term_months(d(2020, 1, 1), d(2020, 6, 29)) == 5);
        CHECK(term_months(d(2020, 1, 1), d(2020, 6, 30)) == 6);  // six months from 1 January end on 30 June
        CHECK(term_months(d(2020, 1, 1), d(2020, 7, 1)) == 6);
        CHECK(term_months(d(2020, 1, 1), d(2020, 12, 31)) == 12);
        CHECK(term_months(d(2019, 8, 10), d(2020, 2, 9)) == 6);
        CHECK(term_months(d(2019, 8, 10), d(2020, 2, 8)) == 5);
        CHECK(term_months(d(2020, 1, 1), d(2020, 1, 1)) == 0);  // one day
        CHECK(term_months(d(2020, 1, 2), d(2020, 1, 1)) == 0);  // ends before it starts: no whole month
        CHECK(term_months(d(2020, 3, 2), d(2020, 1, 1)) < 0);
        CHECK(term_months(date(9999, 7, 1), date(9999, 12, 31)) == 6);  // the last date Boost holds: no throw
        CHECK(term_months(d(2020, 2, 1), d(2020, 2, 29)) == 1);         // a leap February
        CHECK(term_months(d(2019, 2, 1), d(2019, 2, 28)) == 1);
    }

    TEST_CASE("completed_months: whole months, month ends by the Civil Code")
    {
        CHECK(completed_months(d(2019, 8, 10), d(2020, 2, 9)) == 5);
        CHECK(completed_months(d(2019, 8, 10), d(2020, 2, 10)) == 6);  // the same day six months later
        CHECK(completed_months(d(2019, 8, 31), d(2020, 2, 28)) == 5);
        CHECK(completed_months(d(2019, 8, 31), d(2020, 2, 29)) == 6);  // no 31 February: the month's last day
        CHECK(completed_months(d(2020, 2, 10), d(2020, 2, 10)) == 0);
        CHECK(completed_months(d(2020, 3, 10), d(2020, 2, 10)) == -1);
    }
}
