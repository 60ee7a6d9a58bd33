// Tests minzheng/json/donations.hpp: the ledger round-trips through JSON Lines; a file with any one byte changed is
// detected (sampled over every line and position class), as are a broken chain, a refused operation and garbage.
#include <minzheng/json/donations.hpp>

#include "../recipients/support.hpp"
#include "../test_support.hpp"

#include <doctest/doctest.h>

using namespace minzheng;
using minzheng::test::d;
using minzheng::test::yuan;

namespace {
donation_ledger sample()
{
    donation_ledger l;
    donor a;
    a.type = donor::kind::person;
    a.name = "张三";
    a.id = test::id_of("445322", d(1970, 1, 1), 11);
    REQUIRE(l.open_fund("general", fund_kind::general, "疫情防控", "", d(2020, 1, 28)).has_value());
    const auto m = l.receive_money("general", a, yuan(1000), d(2020, 1, 30), division_code::find(445322)).value();
    const auto g = l.receive_goods("general", donor{}, "消毒水", quantity::parse("250L").value(), yuan(5000),
                                   value_basis::invoice, d(2020, 2, 1))
                       .value();
    REQUIRE(l.issue_receipt(m, "粤财0001", d(2020, 2, 2)).has_value());
    REQUIRE(l.spend_goods(entry_kind::disbursement, "general", "消毒水", quantity::parse("100L").value(), "敬老院",
                          d(2020, 2, 3))
                .has_value());
    REQUIRE(l.spend(entry_kind::disbursement, "general", "敬老院", yuan(300), d(2020, 2, 3)).has_value());
    const auto last = l.entries().back().seq;
    REQUIRE(l.reverse(last, d(2020, 2, 4), "重复").has_value());
    REQUIRE(l.record_disclosure(d(2020, 2, 10), "公示").has_value());
    (void)g;
    return l;
}
}  // namespace

TEST_SUITE("json.donations")
{
    TEST_CASE("jsonl: a ledger round-trips, one entry a line, appendable")
    {
        const auto l = sample();
        const auto text = to_jsonl(l);
        CHECK(std::count(text.begin(), text.end(), '\n') == static_cast<std::ptrdiff_t>(l.entries().size() + 1));
        CHECK(text.starts_with(R"({"format":"minzheng.donation_ledger","version":1})"
                               "\n"));
        const auto back = ledger_from_jsonl(text);
        CHECK(back.findings.empty());
        REQUIRE(back.value.has_value());
        CHECK(back.value->entries() == l.entries());
        CHECK(back.value->head_hash() == l.head_hash());
        // Appending to the loaded ledger continues the chain; the longer file loads too.
        auto more = *back.value;
        REQUIRE(more.receive_money("general", donor{}, yuan(1), d(2020, 2, 11)).has_value());
        const auto longer = to_jsonl(more);
        CHECK(longer.starts_with(text));
        CHECK(ledger_from_jsonl(longer).value.has_value());
    }

    TEST_CASE("jsonl: any single changed byte is detected")
    {
        const auto text = to_jsonl(sample());
        int detected = 0;
        int tried = 0;
        for (std::size_t i = 0; i < text.size(); i += 7) {
            if (text[i] == '\n') continue;
            auto changed = text;
            changed[i] = static_cast<char>(changed[i] == '1' ? '2' : changed[i] == ' ' ? '\t' : '1');
            ++tried;
            const auto r = ledger_from_jsonl(changed);
            if (!r.value && !r.findings.empty()) ++detected;
        }
        CHECK(tried > 100);
        CHECK(detected == tried);
    }

    TEST_CASE("jsonl: a reordered, truncated-in-the-middle or refused ledger is reported with its line")
    {
        const auto l = sample();
        const auto text = to_jsonl(l);
        const auto first_break = text.find('\n', text.find('\n') + 1);  // after the envelope and entry 1
        const auto second_break = text.find('\n', first_break + 1);
        // Dropping entry 2 breaks the chain (and the sequence) at what becomes entry 2.
        const auto dropped = text.substr(0, first_break + 1) + text.substr(second_break + 1);
        const auto r = ledger_from_jsonl(dropped);
        CHECK_FALSE(r.value.has_value());
        REQUIRE(r.findings.size() == 1);
        CHECK(r.findings[0].rule_id == "DON-010");
        CHECK(r.findings[0].path.str() == "/1");
        const auto garbage = ledger_from_jsonl("not json\n");
        CHECK(garbage.findings.front().rule_id == "DOC-001");
        CHECK(ledger_from_jsonl("").value->entries().empty());
        CHECK(ledger_from_jsonl(text, 3).findings.front().path.str() == "/3");  // the line limit
        // Files without the envelope (written before it existed) are read as version 1.
        const auto bare = text.substr(text.find('\n') + 1);
        REQUIRE(ledger_from_jsonl(bare).value.has_value());
        CHECK(ledger_from_jsonl(bare).value->entries() == l.entries());
        // Another format or a newer version is refused with its path.
        const auto newer = R"({"format":"minzheng.donation_ledger","version":2})" + text.substr(text.find('\n'));
        const auto refused = ledger_from_jsonl(newer);
        CHECK_FALSE(refused.value.has_value());
        REQUIRE_FALSE(refused.findings.empty());
        CHECK(refused.findings[0].path.str() == "/version");
        const auto other = R"({"format":"minzheng.roster","version":1})" + text.substr(text.find('\n'));
        CHECK(ledger_from_jsonl(other).findings.at(0).path.str() == "/format");
    }
}
