// Tests minzheng/core/credit_code.hpp.
// Plan: valid codes and their parts; normalisation (lowercase, full-width, spaces and hyphens); every error in
// order; the GB 11714 option; round trips; the 207 python-stdnum vectors.
// Check characters worked independently (Python): GB 32100 weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28
// over the values of 0-9A-HJ-NPQRTUWXY, check = (31 - sum mod 31) mod 31; GB 11714 weights 3 7 9 10 5 8 4 2,
// check = 11 - sum mod 11 (10 -> X, 11 -> 0).
#include <minzheng/core/credit_code.hpp>

#include "../test_support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <unordered_set>

using minzheng::credit_code;
using minzheng::error;

TEST_SUITE("core.credit_code")
{
    TEST_CASE("credit_code: a civil-affairs registered body and its parts")
    {
        // 52445300123456788: organisation code 12345678 -> GB 11714 sum 201 -> 11 - 3 = 8; then GB 32100 sum
        // 1251 -> (31 - 1251 mod 31) mod 31 = 20 -> 'L'
        const auto c = credit_code::parse("52445300123456788L");
        REQUIRE(c);
        CHECK(c->registration_authority() == '5');
        CHECK(c->registration_authority_name() == std::optional<std::string_view>("民政"));
        CHECK(c->is_civil_affairs_registered());
        CHECK(c->organization_kind() == '2');
        CHECK(c->organization_kind_name() == std::optional<std::string_view>("民办非企业单位"));
        CHECK(c->division_number() == 445300);
        CHECK(c->registration_division()->name() == "云浮市");
        CHECK(c->organization_code() == "123456788");
        CHECK(c->organization_code_check_ok());
        CHECK(c->to_string() == "52445300123456788L");
    }

    TEST_CASE("credit_code: public institutions, social groups and the kinds the library names")
    {
        // 12445300000000019: org code 00000001 -> sum 2 -> 9; GB 32100 sum 606 -> 14 -> 'E'
        const auto home = credit_code::parse("12445300000000019E").value();
        CHECK(home.registration_authority_name() == std::optional<std::string_view>("机构编制"));
        CHECK(home.organization_kind_name() == std::optional<std::string_view>("事业单位"));
        CHECK_FALSE(home.is_civil_affairs_registered());
        // 51445381567812341: org code 56781234 -> sum 241 -> 1; GB 32100 sum 1257 -> 14 -> 'E'
        const auto charity = credit_code::parse("51445381567812341E").value();
        CHECK(charity.organization_kind_name() == std::optional<std::string_view>("社会团体"));
        CHECK(charity.registration_division()->name() == "罗定市");
        const auto company = credit_code::parse("91110000600037341L").value();
        CHECK(company.registration_authority_name() == std::optional<std::string_view>("工商"));
        CHECK(company.organization_kind_name() == std::optional<std::string_view>("企业"));
        // 110000 is the province-level row of Beijing
        CHECK(company.registration_division()->name() == "北京市");
    }

    TEST_CASE("credit_code: lowercase, full-width, and separators between characters are normalised")
    {
        const auto expected = credit_code::parse("91110000600037341L").value();
        CHECK(credit_code::parse("91110000600037341l") == expected);
        CHECK(credit_code::parse("９１１１００００６０００３７３４１Ｌ") == expected);
        CHECK(credit_code::parse("91 110000 600037341L") == expected);
        CHECK(credit_code::parse("9 1 110000 600037341L") == expected);
        CHECK(credit_code::parse("91-110000-600037341L") == expected);
        CHECK(credit_code::parse(" 91110000600037341L\t") == expected);
    }

    TEST_CASE("credit_code: errors name the broken rule")
    {
        CHECK(credit_code::parse("").error() == error::empty_input);
        CHECK(credit_code::parse("12345").error() == error::wrong_length);
        CHECK(credit_code::parse("91110000600037341L1").error() == error::wrong_length);
        CHECK(credit_code::parse("9111000060003IOZSV").error() == error::invalid_character);
        CHECK(credit_code::parse("91A10000600037341L").error() == error::invalid_character);  // position 3
        CHECK(credit_code::parse("91  110000600037341L").error() == error::invalid_character);
        CHECK(credit_code::parse("-91110000600037341L").error() == error::invalid_character);
        CHECK(credit_code::parse("91110000600037341L-").error() == error::invalid_character);
        CHECK(credit_code::parse("91110000600037341N").error() == error::check_character_mismatch);
        // 'A' is a valid authority (旅游), but the check character of A1110000600037341 is not L
        CHECK(credit_code::parse("A1110000600037341L").error() == error::check_character_mismatch);
        CHECK(credit_code::parse(std::string(200, '9')).error() == error::input_too_long);
        CHECK(credit_code::parse("\xc3\x28").error() == error::invalid_utf8);
    }

    TEST_CASE("credit_code: an unlisted authority is valid (refused only on request), an unknown province is not")
    {
        // H is in the alphabet but not in the list of authorities ([S]): valid, unlisted, no name.
        const std::string h17 = "H1110000600037341";
        const auto h = credit_code::parse(h17 + credit_code::check_character_of(h17));
        REQUIRE(h.has_value());
        CHECK_FALSE(h->registration_authority_listed());
        CHECK(h->registration_authority_name() == std::nullopt);
        CHECK(h->registration_authority() == 'H');
        CHECK(credit_code::parse(h17 + credit_code::check_character_of(h17), {.require_listed_authority = true})
                  .error() == error::unknown_registration_authority);
        // The check character still decides: one off is refused whatever the authority.
        const char right = credit_code::check_character_of(h17);
        const char wrong = credit_code::alphabet[(credit_code::alphabet.find(right) + 1) % 31];
        CHECK(credit_code::parse(h17 + wrong).error() == error::check_character_mismatch);
        const std::string listed17 = "Y1110000600037341";  // Y 其他: listed
        const auto y = credit_code::parse(listed17 + credit_code::check_character_of(listed17));
        REQUIRE(y.has_value());
        CHECK(y->registration_authority_listed());
        const std::string p17 = "91990000600037341";  // province 99
        CHECK(credit_code::parse(p17 + credit_code::check_character_of(p17)).error() == error::unknown_province);
        const std::string central = "91100000600037341";  // 100000: central registration
        CHECK(credit_code::parse(central + credit_code::check_character_of(central)).has_value());
        // Organisation code 600037342: its own check should be 1 (GB 11714 sum of 60003734 is 109, mod 11 = 10, 11 - 10
        // = 1)
        const std::string bad_org = "91110000600037342";
        const auto code = bad_org + credit_code::check_character_of(bad_org);
        CHECK(credit_code::parse(code).error() == error::organization_code_check_mismatch);
        const auto lenient = credit_code::parse(code, {.require_organization_code_check = false});
        REQUIRE(lenient);
        CHECK_FALSE(lenient->organization_code_check_ok());
        static_assert(credit_code::organization_check_character_of("60003734") == '1');
        static_assert(credit_code::check_character_of("91110000600037341") == 'L');
    }

    TEST_CASE("credit_code: round trips, ordering and hashing")
    {
        const auto a = credit_code::parse("91110000600037341L").value();
        const auto b = credit_code::parse("52445300123456788L").value();
        CHECK(credit_code::parse(a.to_string()) == a);
        CHECK(b < a);
        std::unordered_set<credit_code> set{a, b, a};
        CHECK(set.size() == 2);
    }

    TEST_CASE("credit_code: agrees with the python-stdnum vectors")
    {
        const auto rows = minzheng::test::read_tsv(MINZHENG_TESTDATA_DIR "/ids/cn_uscc_vectors.tsv");
        REQUIRE(rows.size() == 207);
        int valid = 0;
        for (const auto& row : rows) {
            const auto& value = row.at("value");
            CAPTURE(value);
            const bool expected = row.at("expected") == "valid";
            const auto parsed = credit_code::parse(value);
            CHECK(parsed.has_value() == expected);
            if (parsed) {
                ++valid;
                CHECK(parsed->organization_code_check_ok());
            }
        }
        CHECK(valid == 203);
    }
}
