// The smallest honest consumer: parse an id and an amount, print them, and exit non-zero on a wrong answer. It
// includes Boost.Date_Time and Boost.JSON before minzheng, as a program with its own uses of both would.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/json.hpp>

#include <minzheng/minzheng.hpp>

#include <iostream>

int main()
{
    const auto id = minzheng::resident_id::parse("11010519491231002X");
    const auto amount = minzheng::money::parse("210.9万元");
    if (!id || !amount) return 1;
    std::cout << id->to_string() << ' ' << amount->to_string() << ' '
              << boost::json::serialize(boost::json::value_from(*amount)) << '\n';
    const bool boost_too = boost::gregorian::to_iso_string(id->birth_date()) == "19491231";
    return boost_too && id->birth_date().year() == 1949 && amount->fen() == 210'900'000 ? 0 : 1;
}
