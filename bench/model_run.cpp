// The model-based runs at benchmark size, outside ctest: a million random operations on the donation ledger, a
// million on the stock ledger, each checked after every operation, and a million payment batch entries in batches
// of 200, each batch's findings checked, against the independent models of tests/donations/ledger_model.hpp,
// tests/aid/stock_model.hpp and tests/aid/batch_model.hpp (ctest runs 20 000 of each). Prints the seed and step
// of the first discrepancy and exits 1, or the counts and exits 0.
// Usage: minzheng_model_run [operations] [seed]
#include "../tests/aid/batch_model.hpp"
#include "../tests/aid/stock_model.hpp"
#include "../tests/donations/ledger_model.hpp"

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    const std::uint64_t steps = argc > 1 ? std::stoull(argv[1]) : 1'000'000;
    const std::uint64_t seed = argc > 2 ? std::stoull(argv[2]) : 20'200'210;
    const auto timed = [](auto&& run) {
        const auto start = std::chrono::steady_clock::now();
        auto r = run();
        const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        return std::pair{r, seconds};
    };
    // Money and goods balances after every operation; the chain and a JSON Lines round trip every 100 000.
    const auto [ledger, ledger_s] = timed([&] { return minzheng::test::run_ledger_model(seed, steps, 100'000); });
    std::cout << "ledger: " << steps << " operations, " << ledger.accepted << " accepted, " << ledger.refused
              << " refused, " << ledger_s << " s: " << (ledger.ok ? "no discrepancy" : ledger.what) << '\n';
    const auto [stock, stock_s] = timed([&] { return minzheng::test::run_stock_model(seed, steps); });
    std::cout << "stock: " << steps << " operations, " << stock.accepted << " accepted, " << stock.refused
              << " refused, " << stock_s << " s: " << (stock.ok ? "no discrepancy" : stock.what) << '\n';
    const auto [batch, batch_s] = timed([&] { return minzheng::test::run_batch_model(seed, steps); });
    std::cout << "batches: " << steps << " entries, " << batch.findings << " findings, " << batch_s
              << " s: " << (batch.ok ? "no discrepancy" : batch.what) << '\n';
    return ledger.ok && stock.ok && batch.ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
