// donation_week — records a week of donations to 郁南县民政局 (money and goods, general and designated), the uses,
// the receipts and a correction by reversal, saves the ledger as JSON Lines, loads it back (verifying the hash
// chain), and prints the public disclosure: "共接收社会各界捐赠款物 210.9万元". The parts are made up; the total is
// the bulletin's. Shows: donation_ledger, issue_receipt, reverse, ledger_from_jsonl, make_disclosure.
#include <minzheng/json/donations.hpp>

#include <fstream>
#include <iostream>

// With an argument, also writes the ledger's JSON Lines there (how examples/data/yunfu-2020-02/ gets its file).
int main(int argc, char** argv)
{
    using minzheng::money;
    const auto day = [](int m, int d) { return minzheng::make_date(2020, m, d).value(); };
    const auto org = [](std::string name) {
        minzheng::donor x;
        x.type = minzheng::donor::kind::organisation;
        x.name = std::move(name);
        return x;
    };
    const auto yunan = minzheng::division_code::find(445322);
    minzheng::donation_ledger l;
    (void)l.open_fund("general", minzheng::fund_kind::general, "疫情防控", "", day(1, 28));
    (void)l.open_fund("home", minzheng::fund_kind::designated, "郁南县中心敬老院防疫", "YN-JLY", day(1, 28));
    const auto a =
        l.receive_money("general", org("郁南县慈善会"), money::parse("1,200,000元").value(), day(1, 30), yunan);
    const auto b = l.receive_money("home", org("乡贤联谊会"), money::parse("600,000元").value(), day(2, 3), yunan);
    const auto c = l.receive_goods("general", org("某医药公司"), "口罩", minzheng::quantity::parse("50000个").value(),
                                   money::parse("250,000元").value(), minzheng::value_basis::invoice, day(2, 6), yunan);
    const auto e = l.receive_money("general", minzheng::donor{}, money::parse("59,000元").value(), day(2, 7), yunan);
    if (!a || !b || !c || !e) return 1;
    (void)l.issue_receipt(*a, "粤财捐0000001", day(2, 7));
    (void)l.issue_receipt(*c, "粤财捐0000002", day(2, 7));
    (void)l.spend(minzheng::entry_kind::disbursement, "home", "YN-JLY", money::parse("100,000元").value(), day(2, 8));
    const auto wrong = l.spend_goods(minzheng::entry_kind::disbursement, "general", "口罩",
                                     minzheng::quantity::parse("20000个").value(), "YN-JLY", day(2, 8));
    (void)l.reverse(*wrong, day(2, 9), "数量录入错误");  // corrected by reversal, never by an edit
    (void)l.spend_goods(minzheng::entry_kind::disbursement, "general", "口罩",
                        minzheng::quantity::parse("2000个").value(), "YN-JLY", day(2, 9));
    // Designated money may not go elsewhere: refused, the ledger unchanged.
    const auto refused =
        l.spend(minzheng::entry_kind::disbursement, "home", "某公司", money::parse("1元").value(), day(2, 9));
    std::cout << "designated money to another payee: " << refused.error().message() << '\n';

    if (argc == 2) std::ofstream(argv[1]) << minzheng::to_jsonl(l);
    const auto loaded = minzheng::ledger_from_jsonl(minzheng::to_jsonl(l));
    if (!loaded.value) return 1;
    std::cout << loaded.value->entries().size()
              << " entries, hash chain verified: " << loaded.value->head_hash().substr(0, 16) << "…\n";
    std::cout << "still without a receipt: " << loaded.value->without_receipt().size() << '\n';
    const auto report = minzheng::make_disclosure(*loaded.value, minzheng::period::make(day(1, 1), day(2, 10)).value());
    std::cout << minzheng::render_disclosure(report);
    return report.total_received.to_wan_string(1) == "210.9万元" ? 0 : 1;
}
