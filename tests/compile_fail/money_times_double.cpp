// Must not compile: money is scaled by ratios with a named rounding mode, never by a floating-point factor.
#include <minzheng/core/money.hpp>

int main()
{
    const auto product = minzheng::money::from_fen(100) * 1.5;
    return static_cast<int>(product.fen());
}
