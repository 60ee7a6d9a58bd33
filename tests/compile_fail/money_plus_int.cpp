// Must not compile: an amount of money plus a bare number has no meaning (分? 元?).
#include <minzheng/core/money.hpp>

int main()
{
    const auto sum = minzheng::money::from_fen(100) + 5;
    return static_cast<int>(sum.fen());
}
