// Must not compile: a reference to the lots of a stock ledger destroyed at the end of the line.
#include <minzheng/aid/stock.hpp>

int main()
{
    const auto& lots = minzheng::stock_ledger{}.lots();
    return static_cast<int>(lots.size());
}
