// quick_start — the README's short example, compiled and run by ctest so the README cannot rot.
// Shows: parsing a resident id judged on a record's date, its division and age; parsing and formatting money.
//
// Output:
//   广东省云浮市罗定市, age 40
//   210.9万元
#include <iostream>
#include <minzheng/core.hpp>

int main()
{
    const auto as_of = minzheng::make_date(2020, 2, 10).value();
    if (auto id = minzheng::resident_id::parse("445381198001011236", as_of)) {
        std::cout << id->address_division()->full_name() << ", age " << id->age_on(as_of) << '\n';
    } else {
        std::cout << "invalid: " << id.error().message() << '\n';  // names the broken rule
    }
    const auto donations = minzheng::money::parse("2,109,000.00元").value();
    std::cout << donations.to_wan_string(1) << '\n';  // 210.9万元
}
