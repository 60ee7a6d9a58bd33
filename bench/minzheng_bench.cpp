// The library's hot paths, each beside its floor (the least work the same answer needs) in the same binary:
// bench/run.sh runs this, computes the ratios and prints the table of docs/performance.md.
// Sizes: bulk operations at N, 2N, 4N and 8N, so a curve that is not straight shows.
#include "generate.hpp"

#include <minzheng/aid/payment.hpp>
#include <minzheng/aid/stock.hpp>
#include <minzheng/core.hpp>
#include <minzheng/csv/records.hpp>
#include <minzheng/donations/detail/sha256.hpp>
#include <minzheng/donations/ledger.hpp>
#include <minzheng/json/document.hpp>
#include <minzheng/json/donations.hpp>
#include <minzheng/json/lines.hpp>
#include <minzheng/json/rules.hpp>
#include <minzheng/rules/policy_table.hpp>

#include <benchmark/benchmark.h>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <charconv>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace minzheng;
namespace gen = minzheng::bench;

const date judged_on = make_date(2020, 2, 10).value();

/// N, 2N, 4N, 8N: the sizes every bulk operation is measured at.
template <std::int64_t N>
void growth(benchmark::internal::Benchmark* b)
{
    for (std::int64_t k = 1; k <= 8; k *= 2) b->Arg(N * k);
}

const std::vector<std::string>& id_texts()
{
    static const auto texts = [] {
        std::vector<std::string> out;
        for (std::uint64_t n = 0; n < 4096; ++n) out.push_back(gen::resident_id_text(n * 7919));
        return out;
    }();
    return texts;
}

const std::vector<std::string>& credit_texts()
{
    static const auto texts = [] {
        std::vector<std::string> out;
        for (std::uint64_t n = 0; n < 4096; ++n) out.push_back(gen::credit_code_text(n * 104729));
        return out;
    }();
    return texts;
}

// ---- identifiers ------------------------------------------------------------------------------------------

void resident_id_parse(benchmark::State& state)
{
    const auto& texts = id_texts();
    std::size_t i = 0;
    for (auto _ : state) {
        auto r = resident_id::parse(texts[i++ & 4095], judged_on);
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(resident_id_parse);

// The floor: the GB 11643 check alone, on the same strings (no date, no division, no value built).
void resident_id_floor(benchmark::State& state)
{
    static constexpr int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    const auto& texts = id_texts();
    std::size_t i = 0;
    for (auto _ : state) {
        const auto& t = texts[i++ & 4095];
        int sum = 0;
        for (int k = 0; k < 17; ++k) sum += (t[static_cast<std::size_t>(k)] - '0') * weights[k];
        bool ok = t.size() == 18 && t[17] == "10X98765432"[sum % 11];
        benchmark::DoNotOptimize(ok);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(resident_id_floor);

void credit_code_parse(benchmark::State& state)
{
    const auto& texts = credit_texts();
    std::size_t i = 0;
    for (auto _ : state) {
        auto r = credit_code::parse(texts[i++ & 4095]);
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(credit_code_parse);

// The floor: the GB 32100 check character alone (a table from character to value, weights, one modulo).
void credit_code_floor(benchmark::State& state)
{
    static constexpr int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    static const auto values = [] {
        std::array<int, 256> v{};
        const std::string_view alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (std::size_t k = 0; k < alphabet.size(); ++k)
            v[static_cast<unsigned char>(alphabet[k])] = static_cast<int>(k);
        return v;
    }();
    const auto& texts = credit_texts();
    std::size_t i = 0;
    for (auto _ : state) {
        const auto& t = texts[i++ & 4095];
        int sum = 0;
        for (std::size_t k = 0; k < 17; ++k) sum += values[static_cast<unsigned char>(t[k])] * weights[k];
        bool ok = t.size() == 18 && values[static_cast<unsigned char>(t[17])] == (31 - sum % 31) % 31;
        benchmark::DoNotOptimize(ok);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(credit_code_floor);

void money_parse(benchmark::State& state)
{
    const std::vector<std::string> texts{"1234.50元", "210.9万元", "￥12.00", "1,234,567.89", "665元", "-3.20元"};
    std::size_t i = 0;
    for (auto _ : state) {
        auto r = money::parse(texts[i++ % texts.size()]);
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(money_parse);

// The floor of money_parse: std::from_chars of the same amounts written as plain integers of 分 (no units, no
// grouping, no decimal point, no full-width forms).
void money_parse_floor(benchmark::State& state)
{
    const std::vector<std::string> texts{"123450", "210900000", "1200", "123456789", "66500", "-320"};
    std::size_t i = 0;
    for (auto _ : state) {
        const auto& t = texts[i++ % texts.size()];
        std::int64_t v = 0;
        auto r = std::from_chars(t.data(), t.data() + t.size(), v);
        benchmark::DoNotOptimize(r);
        benchmark::DoNotOptimize(v);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(money_parse_floor);

void money_format(benchmark::State& state)
{
    std::int64_t fen = 123456;
    for (auto _ : state) {
        auto s = money::from_fen(fen++).to_string();
        benchmark::DoNotOptimize(s);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(money_format);

// The floor of money_format: std::to_chars of the integer number of 分.
void money_format_floor(benchmark::State& state)
{
    std::int64_t fen = 123456;
    char buffer[32];
    for (auto _ : state) {
        auto r = std::to_chars(buffer, buffer + sizeof buffer, fen++);
        benchmark::DoNotOptimize(r);
        benchmark::DoNotOptimize(buffer);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(money_format_floor);

void division_lookup(benchmark::State& state)
{
    std::size_t i = 0;
    for (auto _ : state) {
        auto d = division_code::find(gen::counties[i++ % gen::counties.size()]);
        benchmark::DoNotOptimize(d);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(division_lookup);

void policy_lookup(benchmark::State& state)
{
    const auto table = policy_table::national_defaults();
    const auto where = division_code::find(445381).value();
    for (auto _ : state) {
        const auto* e = table.find("tekun_self_care_items", where, judged_on);
        benchmark::DoNotOptimize(e);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(policy_lookup);

// The floor of policy_lookup: one std::map lookup by the parameter's name (no division chain, no dates).
void policy_lookup_floor(benchmark::State& state)
{
    std::map<std::string, std::int64_t, std::less<>> table;
    for (const auto& p : library_parameters()) table.emplace(std::string(p.name), 0);
    for (auto _ : state) {
        auto it = table.find(std::string_view("tekun_self_care_items"));
        benchmark::DoNotOptimize(it);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(policy_lookup_floor);

// ---- rosters ----------------------------------------------------------------------------------------------

// The floor of a whole roster: boost::json::parse of the same bytes into a DOM, and nothing else.
void roster_document_dom_floor(benchmark::State& state)
{
    const auto text = gen::roster_document(static_cast<std::uint64_t>(state.range(0)), 0);
    for (auto _ : state) {
        auto v = boost::json::parse(text);
        benchmark::DoNotOptimize(v);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(roster_document_dom_floor)->Apply(growth<2500>)->Unit(benchmark::kMillisecond);

// read_document (strict parse, shapes, decode) and validate_roster (every rule).
void roster_document_read_validate(benchmark::State& state)
{
    const auto text = gen::roster_document(static_cast<std::uint64_t>(state.range(0)), 0);
    const rule_set rules;
    const auto policy = policy_table::national_defaults();
    for (auto _ : state) {
        auto r = read_document<roster>(text);
        auto report = validate_roster(*r.value, judged_on, rules, policy);
        benchmark::DoNotOptimize(report);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(roster_document_read_validate)->Apply(growth<2500>)->Unit(benchmark::kMillisecond);

// The floor of JSON Lines: boost::json::parse of each line into a DOM.
void roster_lines_dom_floor(benchmark::State& state)
{
    const auto text = gen::roster_lines(static_cast<std::uint64_t>(state.range(0)), 0);
    for (auto _ : state) {
        std::string_view rest = text;
        std::size_t lines = 0;
        while (!rest.empty()) {
            const auto end = rest.find('\n');
            auto v = boost::json::parse(rest.substr(0, end));
            benchmark::DoNotOptimize(v);
            rest.remove_prefix(end + 1);
            ++lines;
        }
        benchmark::DoNotOptimize(lines);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(roster_lines_dom_floor)->Apply(growth<2500>)->Unit(benchmark::kMillisecond);

// check_roster_lines: strict parse, shapes, decode, household rules, duplicate ids across the file.
void roster_lines_check(benchmark::State& state)
{
    const auto text =
        gen::roster_lines(static_cast<std::uint64_t>(state.range(0)), static_cast<unsigned>(state.range(1)));
    const rule_set rules;
    const auto policy = policy_table::national_defaults();
    std::size_t findings = 0;
    for (auto _ : state) {
        std::istringstream in(text);
        auto s = check_roster_lines(in, judged_on, rules, policy, [&](line_finding&&) { ++findings; });
        benchmark::DoNotOptimize(s);
    }
    state.counters["findings_per_run"] =
        benchmark::Counter(static_cast<double>(findings), benchmark::Counter::kAvgIterations);
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(roster_lines_check)
    ->ArgsProduct({{2500, 5000, 10000, 20000}, {0, 50}})
    ->ArgNames({"households", "defects_per_mille"})
    ->Unit(benchmark::kMillisecond);

// The validator over a million persons (about 400 000 households of 1 to 4), streamed with duplicate detection.
void roster_lines_million_persons(benchmark::State& state)
{
    const rule_set rules;
    const auto policy = policy_table::national_defaults();
    for (auto _ : state) {
        gen::roster_lines_source source(400'000, 10);
        std::istream in(&source);
        std::size_t findings = 0;
        auto s = check_roster_lines(in, judged_on, rules, policy, [&](line_finding&&) { ++findings; });
        state.counters["persons"] = static_cast<double>(s.persons);
        state.counters["findings"] = static_cast<double>(findings);
        state.counters["id_set_MiB"] = static_cast<double>(s.id_set_bytes) / (1 << 20);
        state.counters["MB_per_s"] =
            benchmark::Counter(static_cast<double>(source.bytes()) / 1e6, benchmark::Counter::kIsRate);
    }
}
BENCHMARK(roster_lines_million_persons)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

// resident_id_set alone: inserting distinct ids.
void id_set_insert(benchmark::State& state)
{
    std::vector<resident_id> ids;
    for (std::int64_t n = 0; n < state.range(0); ++n)
        ids.push_back(resident_id::parse(gen::resident_id_text(static_cast<std::uint64_t>(n)), judged_on).value());
    for (auto _ : state) {
        resident_id_set set;
        for (const auto& id : ids) benchmark::DoNotOptimize(set.insert(id));
        state.counters["bytes_per_id"] = static_cast<double>(set.bytes()) / static_cast<double>(ids.size());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(id_set_insert)->Apply(growth<250'000>)->Unit(benchmark::kMillisecond);

// ---- aid --------------------------------------------------------------------------------------------------

roster roster_with_cases(std::size_t households)
{
    roster r;
    const auto lines = gen::roster_lines(households, 0);
    std::string_view rest = lines;
    rest.remove_prefix(rest.find('\n') + 1);
    std::size_t n = 0;
    while (!rest.empty()) {
        const auto end = rest.find('\n');
        auto h = boost::json::value_to<household>(boost::json::parse(rest.substr(0, end)).at("household"));
        case_file f("C-" + std::to_string(n), assistance_category::dibao, h.id, h.registration,
                    make_date(2019, 12, 1).value());
        f.events.emplace_back(case_state::approved, make_date(2019, 12, 20).value());
        r.cases.push_back(std::move(f));
        r.households.push_back(std::move(h));
        rest.remove_prefix(end + 1);
        ++n;
    }
    return r;
}

/// The national defaults with the sample's local 低保 standards (examples/data/policy).
policy_table sample_policy()
{
    std::ifstream in(MINZHENG_SOURCE_DIR "/examples/data/policy/yunfu-2020-sample.json");
    std::stringstream text;
    text << in.rdbuf();
    return policy_table_from_json(boost::json::parse(text.str()), policy_table::national_defaults()).value.value();
}

// A payment batch: building it from the roster's cases and validating it (AID-001 to AID-005).
void payment_batch_build_validate(benchmark::State& state)
{
    const auto r = roster_with_cases(static_cast<std::size_t>(state.range(0)));
    const rule_set rules;
    const auto policy = sample_policy();
    const auto month = year_month::parse("2020-02").value();
    for (auto _ : state) {
        auto built = build_dibao_batch(r, division_code::find(445300).value(), month, make_date(2020, 2, 10).value(),
                                       rules, policy);
        auto report = validate_batch(built.batch, r, rules, policy);
        state.counters["payments"] = static_cast<double>(built.batch.entries.size());
        benchmark::DoNotOptimize(report);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(payment_batch_build_validate)->Apply(growth<25'000>)->Unit(benchmark::kMillisecond);

// The batch of a million households, once (the roster is built outside the timing).
BENCHMARK(payment_batch_build_validate)->Arg(1'000'000)->Iterations(1)->Unit(benchmark::kSecond);

// Stock: receipts and issues of masks between holders; the stock never goes negative.
void stock_issues(benchmark::State& state)
{
    const auto pieces = quantity::parse("10000个").value();
    const auto one = quantity::parse("1个").value();
    for (auto _ : state) {
        stock_ledger s;
        for (std::int64_t i = 0; i < state.range(0); ++i) {
            if (i % 1000 == 0) (void)s.receive("局", "口罩", pieces, judged_on, movement_kind::purchase, "供应商");
            auto r = s.issue("局", "口罩", one, judged_on, "户" + std::to_string(i));
            benchmark::DoNotOptimize(r);
        }
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(stock_issues)->Apply(growth<5'000>)->Unit(benchmark::kMillisecond);

// Stock queries and corrections on a long history: a balance, the total issued to a receiver and a reversal each
// cost O(log n), so the time per operation stays flat from N to 8N movements (it was a scan per movement).
void stock_queries_long_history(benchmark::State& state)
{
    const auto pieces = quantity::parse("10000个").value();
    const auto one = quantity::parse("1个").value();
    stock_ledger s;
    std::vector<std::string> issues;
    for (std::int64_t i = 0; i < state.range(0); ++i) {
        if (i % 1000 == 0) (void)s.receive("局", "口罩", pieces, judged_on, movement_kind::purchase, "供应商");
        if (auto r = s.issue("局", "口罩", one, judged_on, "户" + std::to_string(i % 500))) issues.push_back(*r);
    }
    std::size_t next = 0;
    for (auto _ : state) {
        auto b = s.balance("局", "口罩");
        auto t = s.issued_to("户7", "口罩");
        benchmark::DoNotOptimize(b);
        benchmark::DoNotOptimize(t);
        if (next < issues.size()) {
            auto r = s.reverse(issues[next++], judged_on);
            benchmark::DoNotOptimize(r);
        }
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(stock_queries_long_history)->Apply(growth<10'000>);

// The strict reader's duplicate-key check on one object of N keys (a hostile document), beside the DOM parse of
// the same bytes: both linear, the ratio flat (the check was quadratic: 28 s at 80 000 keys).
std::string wide_object(std::int64_t keys)
{
    std::string out = "{";
    for (std::int64_t i = 0; i < keys; ++i) out += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
    return out + "}";
}
void wide_object_strict(benchmark::State& state)
{
    const auto text = wide_object(state.range(0));
    for (auto _ : state) {
        detail::load_findings out;
        auto v = parse_strict(text, out);
        benchmark::DoNotOptimize(v);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(wide_object_strict)->Apply(growth<10'000>)->Unit(benchmark::kMillisecond);
void wide_object_dom_floor(benchmark::State& state)
{
    const auto text = wide_object(state.range(0));
    for (auto _ : state) {
        auto v = boost::json::parse(text);
        benchmark::DoNotOptimize(v);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(wide_object_dom_floor)->Apply(growth<10'000>)->Unit(benchmark::kMillisecond);

// Grouping a member sheet's rows into households: one hash lookup a row (it was a scan of the households so far).
void csv_households_of(benchmark::State& state)
{
    const auto luoding = division_code::find(445381).value();
    const member someone(person(resident_id::parse("445381198001011236").value(), person_name::parse("陈大明").value()),
                         relation::head);
    std::vector<csv::member_row> rows;
    for (std::int64_t i = 0; i < state.range(0); ++i)
        rows.push_back(csv::member_row{"H-" + std::to_string(i / 3), luoding, registration_type::rural, someone});
    for (auto _ : state) {
        auto grouped = csv::households_of(rows);
        benchmark::DoNotOptimize(grouped);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(csv_households_of)->Apply(growth<10'000>)->Unit(benchmark::kMillisecond);

// ---- donations --------------------------------------------------------------------------------------------

// Appending to the ledger (checks, canonical text, SHA-256 chain) against hashing the same bytes alone.
void ledger_append(benchmark::State& state)
{
    for (auto _ : state) {
        donation_ledger l;
        (void)l.open_fund("general", fund_kind::general, "疫情防控", "", judged_on);
        for (std::int64_t i = 0; i < state.range(0); ++i) {
            auto r = l.receive_money("general", donor{}, money::from_fen(100 + i), judged_on);
            benchmark::DoNotOptimize(r);
        }
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(ledger_append)->Apply(growth<25'000>)->Unit(benchmark::kMillisecond);

void ledger_hash_floor(benchmark::State& state)
{
    donation_ledger l;
    (void)l.open_fund("general", fund_kind::general, "疫情防控", "", judged_on);
    (void)l.receive_money("general", donor{}, money::from_fen(100), judged_on);
    const auto text = canonical_text(l.entries().back());
    for (auto _ : state) {
        std::string previous(64, '0');
        for (std::int64_t i = 0; i < state.range(0); ++i) {
            previous = detail::sha256::of(previous + text);
            benchmark::DoNotOptimize(previous);
        }
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(ledger_hash_floor)->Apply(growth<25'000>)->Unit(benchmark::kMillisecond);

// Balance queries on a large ledger: now, and as of a date (a binary search of the fund's history).
const donation_ledger& big_ledger()
{
    static const auto ledger = [] {
        donation_ledger l;
        (void)l.open_fund("general", fund_kind::general, "疫情防控", "", make_date(2020, 1, 1).value());
        const auto entries = std::getenv("MINZHENG_BENCH_LEDGER_ENTRIES");
        const std::int64_t n = entries ? std::atoll(entries) : 1'000'000;
        for (std::int64_t i = 0; i < n; ++i)
            (void)l.receive_money("general", donor{}, money::from_fen(100),
                                  make_date(2020, 1, 1).value() + boost::gregorian::days(i / 5000));
        return l;
    }();
    return ledger;
}

void ledger_balance(benchmark::State& state)
{
    const auto& l = big_ledger();
    for (auto _ : state) benchmark::DoNotOptimize(l.balance("general"));
    state.counters["entries"] = static_cast<double>(l.entries().size());
}
BENCHMARK(ledger_balance);

void ledger_balance_on(benchmark::State& state)
{
    const auto& l = big_ledger();
    std::int64_t i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(
            l.balance_on("general", make_date(2020, 1, 1).value() + boost::gregorian::days(i++ % 200)));
    state.counters["entries"] = static_cast<double>(l.entries().size());
}
BENCHMARK(ledger_balance_on);

// Goods in the donation ledger on a long history: a gift of masks every 100 uses, then per iteration one use
// (first received first out), a balance now and a balance on a date. Each is O(log n) of the lots and changes, so
// the time per operation stays flat from N to 8N (they scanned every lot or every entry).
void ledger_goods_long_history(benchmark::State& state)
{
    const auto start = make_date(2020, 1, 1).value();
    const auto hundred = quantity::parse("100个").value();
    const auto one = quantity::parse("1个").value();
    donation_ledger l;
    (void)l.open_fund("general", fund_kind::general, "疫情防控", "", start);
    for (std::int64_t i = 0; i < state.range(0); ++i) {
        const auto day = start + boost::gregorian::days(i / 1000);
        if (i % 100 == 0)
            (void)l.receive_goods("general", donor{}, "口罩", hundred, std::nullopt, value_basis::none, day);
        (void)l.spend_goods(entry_kind::disbursement, "general", "口罩", one, "户" + std::to_string(i % 500), day);
    }
    const auto last = start + boost::gregorian::days(state.range(0) / 1000);
    (void)l.receive_goods("general", donor{}, "口罩", quantity::parse("100000000个").value(), std::nullopt,
                          value_basis::none, last);
    std::int64_t i = 0;
    for (auto _ : state) {
        auto spent = l.spend_goods(entry_kind::disbursement, "general", "口罩", one, "户7", last);
        auto now = l.goods_balance("general", "口罩");
        auto then = l.goods_balance_on("general", "口罩", start + boost::gregorian::days(i++ % 8));
        benchmark::DoNotOptimize(spent);
        benchmark::DoNotOptimize(now);
        benchmark::DoNotOptimize(then);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(ledger_goods_long_history)->Apply(growth<10'000>);

}  // namespace

BENCHMARK_MAIN();
