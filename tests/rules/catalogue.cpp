// Tests minzheng/rules/catalogue.hpp: the catalogue is sorted with unique well-formed ids, every rule has titles,
// messages and a source, editions apply by date, and messages render their values.
#include <minzheng/rules/catalogue.hpp>

#include "../test_support.hpp"

#include <minzheng/rules/rule_set.hpp>

#include <doctest/doctest.h>

#include <set>
#include <string>

using minzheng::make_date;

TEST_SUITE("rules.catalogue")
{
    TEST_CASE("catalogue: ids are sorted, unique and of the library form — every rule is complete")
    {
        std::set<std::string_view> ids;
        std::string_view previous;
        for (const auto& r : minzheng::library_rules) {
            CAPTURE(r.id);
            CHECK(minzheng::is_library_rule_id(r.id));
            CHECK(previous < r.id);
            previous = r.id;
            CHECK(ids.insert(r.id).second);
            CHECK_FALSE(r.title_zh.empty());
            CHECK_FALSE(r.title_en.empty());
            CHECK_FALSE(r.message_zh.empty());
            CHECK_FALSE(r.message_en.empty());
            CHECK_FALSE(r.sources[0].measure.empty());
            CHECK(minzheng::find_library_rule(r.id) == &r);
        }
        CHECK(minzheng::find_library_rule("XXX-999") == nullptr);
        CHECK(minzheng::find_library_rule("") == nullptr);
    }

    TEST_CASE("catalogue: an edition applies only on the days it was in force")
    {
        const minzheng::rule_info edition_rule{
            "TST-001",
            "t",
            "t",
            minzheng::severity::error,
            "m",
            "m",
            {{{"2012 measure", "art. 5", 0, 20210630}, {"2021 measure", "art. 7", 20210701, 0}}}};
        CHECK(edition_rule.source_on(*make_date(2020, 2, 10))->measure == "2012 measure");
        CHECK(edition_rule.source_on(*make_date(2021, 6, 30))->measure == "2012 measure");  // last day
        CHECK(edition_rule.source_on(*make_date(2021, 7, 1))->measure == "2021 measure");   // first day
        const minzheng::rule_info later_rule{
            "TST-002", "t", "t", minzheng::severity::error, "m", "m", {{{"2021 measure", "art. 8", 20210701, 0}}}};
        CHECK_FALSE(later_rule.applies_on(*make_date(2021, 6, 30)));
        CHECK(later_rule.applies_on(*make_date(2021, 7, 1)));
        auto withdrawn = later_rule;
        withdrawn.withdrawn = true;
        CHECK_FALSE(withdrawn.applies_on(*make_date(2022, 1, 1)));
    }

    TEST_CASE("catalogue: messages render their values — missing values stay visible")
    {
        CHECK(minzheng::render_message("{0} appears twice: already at {1}", {"445381", "/households/0/id"}) ==
              "445381 appears twice: already at /households/0/id");
        CHECK(minzheng::render_message("{0} and {1}", {"a"}) == "a and {1}");
        CHECK(minzheng::render_message("no placeholders {", {"a"}) == "no placeholders {");
        CHECK(minzheng::render_message("{1}{0}", {"a", "b"}) == "ba");
    }

    TEST_CASE("catalogue: every Chinese title and message reads without English words, enum names or paths")
    {
        // Rendered with numbers for every value, as a clerk would read them: ASCII words in the zh text may only
        // come from the values (ids, numbers, units), never from the text. JSON and CSV are the formats' names.
        const auto ascii_words = [](const std::string& text) {
            std::vector<std::string> words;
            std::string word;
            for (const char ch : text + ' ') {
                const bool letter = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch == '_';
                if (letter) {
                    word += ch;
                } else {
                    if (word.size() >= 2 && word != "JSON" && word != "CSV") words.push_back(word);
                    word.clear();
                }
            }
            return words;
        };
        for (const auto& r : minzheng::library_rules) {
            CAPTURE(r.id);
            const auto zh = minzheng::render_message(r.message_zh, {"1", "2", "3", "4", "5", "6", "7", "8", "9"});
            CHECK(ascii_words(zh).empty());
            CHECK(zh.find('{') == std::string::npos);  // every value the zh text names is given
            CHECK(ascii_words(std::string(r.title_zh)).empty());
        }
    }

    TEST_CASE("severity: names round-trip")
    {
        for (auto s : {minzheng::severity::error, minzheng::severity::warning, minzheng::severity::notice})
            CHECK(minzheng::severity_from_string(minzheng::to_string(s)) == s);
        CHECK_FALSE(minzheng::severity_from_string("fatal").has_value());
        CHECK(minzheng::severity::notice < minzheng::severity::error);
    }
}
