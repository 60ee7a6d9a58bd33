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
        CHECK(text.starts_with(R"({"format":"minzheng.donation_ledger","version":2})"
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
        // Files without the envelope (written before it existed) and version 1 files hashed enumerator positions:
        // refused with DOC-001 and the reason, never read as tampered entries.
        const auto bare = ledger_from_jsonl(text.substr(text.find('\n') + 1));
        CHECK_FALSE(bare.value.has_value());
        REQUIRE(bare.findings.size() == 1);
        CHECK(bare.findings[0].rule_id == "DOC-001");
        CHECK(bare.findings[0].message_en.find("version 1") != std::string::npos);
        const auto v1 =
            ledger_from_jsonl(R"({"format":"minzheng.donation_ledger","version":1})" + text.substr(text.find('\n')));
        CHECK_FALSE(v1.value.has_value());
        REQUIRE(v1.findings.size() == 1);
        CHECK(v1.findings[0].path.str() == "/version");
        CHECK(v1.findings[0].message_en.find("version 1") != std::string::npos);
        // Another format or a newer version is refused with its path.
        const auto newer = R"({"format":"minzheng.donation_ledger","version":3})" + text.substr(text.find('\n'));
        const auto refused = ledger_from_jsonl(newer);
        CHECK_FALSE(refused.value.has_value());
        REQUIRE_FALSE(refused.findings.empty());
        CHECK(refused.findings[0].path.str() == "/version");
        const auto other = R"({"format":"minzheng.roster","version":1})" + text.substr(text.find('\n'));
        CHECK(ledger_from_jsonl(other).findings.at(0).path.str() == "/format");
    }

    TEST_CASE("jsonl: every field in its own member: a purpose that contains the old separator reloads")
    {
        // Before version 2 the consent was packed into the note after " | consent: " and split off on replay, so
        // this purpose was accepted, verified, and then refused on reload as tampered.
        donation_ledger l;
        REQUIRE(l.open_fund("home", fund_kind::designated, "敬老院防疫", "XX-JLY", d(2020, 1, 28)).has_value());
        const std::string purpose = "救助站防疫 | consent: 另附";
        const std::string consent = "捐赠人B 2020-02-03 书面同意";
        const auto seq = l.change_purpose("home", purpose, "YN-JZZ", consent, d(2020, 2, 3)).value();
        REQUIRE(l.verify());
        const auto& e = *l.find(seq);
        CHECK(e.note == purpose);
        CHECK(e.consent == consent);
        CHECK(e.counterparty.empty());
        const auto back = ledger_from_jsonl(to_jsonl(l));
        CHECK(back.findings.empty());
        REQUIRE(back.value.has_value());
        CHECK(back.value->entries() == l.entries());
        CHECK(back.value->find(seq)->consent == consent);
    }

    TEST_CASE("canonical_text: enumerations by their stable names, never by enumerator positions")
    {
        const auto l = sample();
        const auto text = canonical_text(l.entries().at(1));  // money received from a person
        CHECK(text.find("kind=money_received|") != std::string::npos);
        CHECK(text.find("donor.type=person|") != std::string::npos);
        CHECK(text.find("basis=none|") != std::string::npos);
        CHECK(text.find("fund_type=general|") != std::string::npos);
        CHECK(text.find("consent=|") != std::string::npos);
        CHECK(to_string(entry_kind::purpose_change) == "purpose_change");
        CHECK(to_string(value_basis::customs_declaration) == "customs_declaration");
        CHECK(to_string(fund_kind::designated) == "designated");
        CHECK(to_string(donor::kind::organisation) == "organisation");
    }

    TEST_CASE("tampering: each kind of edit is detected on load, naming the first entry that fails")
    {
        const auto l = sample();
        const auto text = to_jsonl(l);
        std::vector<std::string> lines;
        for (std::size_t at = 0; at < text.size();) {
            const auto end = text.find('\n', at);
            lines.push_back(text.substr(at, end - at));
            at = end + 1;
        }
        REQUIRE(lines.size() == l.entries().size() + 1);  // the envelope, then one line an entry
        const auto join = [](const std::vector<std::string>& ls) {
            std::string out;
            for (const auto& x : ls) out += x + '\n';
            return out;
        };
        const auto first_failure = [](const std::string& t) {
            const auto r = ledger_from_jsonl(t);
            CHECK_FALSE(r.value.has_value());
            REQUIRE_FALSE(r.findings.empty());
            return r.findings.front().path.str();
        };
        // Entry 2 (line index 1) is the 1000元 gift from 张三: its amount changed, the hash left as it was.
        {
            auto edited = lines;
            const std::string was = "\"amount\":100000,";
            const auto at = edited[2].find(was);
            REQUIRE(at != std::string::npos);
            edited[2].replace(at, was.size(), "\"amount\":900000,");
            CHECK(first_failure(join(edited)) == "/1");
        }
        // One line deleted: the next line no longer chains.
        {
            auto edited = lines;
            edited.erase(edited.begin() + 3);
            CHECK(first_failure(join(edited)) == "/2");
        }
        // Two lines swapped.
        {
            auto edited = lines;
            std::swap(edited[3], edited[4]);
            CHECK(first_failure(join(edited)) == "/2");
        }
        // One enumeration value changed: a disbursement made a transfer.
        {
            auto edited = lines;
            std::size_t line = 0;
            for (std::size_t i = 1; i < edited.size() && line == 0; ++i)
                if (edited[i].find("\"kind\":\"disbursement\"") != std::string::npos) line = i;
            REQUIRE(line > 0);
            const std::string was = "\"kind\":\"disbursement\"";
            edited[line].replace(edited[line].find(was), was.size(), "\"kind\":\"transfer\"");
            CHECK(first_failure(join(edited)) == "/" + std::to_string(line - 1));
        }
        // A forged line appended with a correctly recomputed hash of its own, for an operation the ledger refuses
        // (spending more than the fund holds): replay refuses it, at its index.
        {
            auto forged = l.entries().back();
            forged.seq = l.entries().size() + 1;
            forged.kind = entry_kind::disbursement;
            forged.fund = "general";
            forged.counterparty = "某人";
            forged.amount = yuan(1'000'000);
            forged.ref.reset();
            forged.note.clear();
            forged.hash = detail::sha256::of(std::string(l.head_hash()) + canonical_text(forged));
            auto edited = lines;
            edited.push_back(boost::json::serialize(boost::json::value_from(forged)));
            CHECK(first_failure(join(edited)) == "/" + std::to_string(l.entries().size()));
        }
    }

    TEST_CASE("tampering: a whole chain rewritten consistently passes the chain, not the published anchor")
    {
        // What the chain does not protect against, and how a bureau anchors it: the disclosure prints the head.
        const auto l = sample();
        const auto published = make_disclosure(l, period::make(d(2020, 1, 1), d(2020, 12, 31)).value());
        CHECK(published.anchor_seq == l.entries().size());
        CHECK(published.anchor_hash == l.head_hash());
        CHECK(render_disclosure(published).find("校验码 " + published.anchor_hash) != std::string::npos);
        CHECK(matches_anchor(l, published.anchor_seq, published.anchor_hash));
        // A forger rebuilds the file with the gift's amount changed, recomputing every hash: the new file is
        // consistent with itself ...
        const auto forged_text = [&] {
            donation_ledger f;
            donor a;
            a.type = donor::kind::person;
            a.name = "张三";
            a.id = test::id_of("445322", d(1970, 1, 1), 11);
            REQUIRE(f.open_fund("general", fund_kind::general, "疫情防控", "", d(2020, 1, 28)).has_value());
            REQUIRE(f.receive_money("general", a, yuan(999), d(2020, 1, 30), division_code::find(445322)).has_value());
            return to_jsonl(f);
        }();
        const auto reread = ledger_from_jsonl(forged_text);
        REQUIRE(reread.value.has_value());  // ... so the chain alone accepts it,
        CHECK(reread.value->verify());
        // ... but the entry the bureau published no longer has the published hash.
        CHECK_FALSE(matches_anchor(*reread.value, published.anchor_seq, published.anchor_hash));
        CHECK_FALSE(matches_anchor(*reread.value, 2, l.find(2)->hash));
        CHECK(matches_anchor(*reread.value, 1, l.find(1)->hash));  // the untouched first entry still matches
        CHECK(matches_anchor(l, 0, donation_ledger::genesis));
    }
}
