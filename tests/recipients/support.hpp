#pragma once
// Builders for the recipients tests: valid ids from an address, a birth date and a sequence, and persons.
// (The check character comes from resident_id::check_character_of, itself tested against hand-worked vectors in
// tests/core/resident_id.cpp.)

#include <minzheng/recipients.hpp>

#include <string>

namespace minzheng::test {

inline date d(int y, int m, int day)
{
    return make_date(y, m, day).value();
}

/// An id for a person born on `birth` in `address`, with sequence `seq` (odd: male).
inline resident_id id_of(std::string_view address, date birth, int seq)
{
    auto digits = std::string(address) + to_iso_string(birth).substr(0, 4) + to_iso_string(birth).substr(5, 2) +
                  to_iso_string(birth).substr(8, 2);
    const auto s = std::to_string(1000 + seq).substr(1);
    digits += s;
    digits += resident_id::check_character_of(digits);
    return resident_id::parse(digits, d(2199, 1, 1)).value();
}

inline person person_of(std::string_view name, std::string_view address, date birth, int seq)
{
    person p(id_of(address, birth, seq), person_name::parse(name).value());
    p.registration = division_code::parse(address).value();
    p.registration_kind = registration_type::rural;
    return p;
}

inline member member_of(person p, relation r)
{
    return member(std::move(p), r);
}

inline money yuan(std::int64_t v)
{
    return money::from_yuan(v).value();
}

/// A policy with a rural and an urban 低保 standard for 罗定市 from 2019 on.
inline policy_table luoding_policy(std::int64_t rural_yuan = 560, std::int64_t urban_yuan = 780)
{
    auto t = policy_table::national_defaults();
    const auto city = division_code::find(445381);
    (void)t.add({"dibao_standard_rural_monthly", city, period::from(d(2019, 1, 1)), yuan(rural_yuan), "test"});
    (void)t.add({"dibao_standard_urban_monthly", city, period::from(d(2019, 1, 1)), yuan(urban_yuan), "test"});
    return t;
}

}  // namespace minzheng::test
