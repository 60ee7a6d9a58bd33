// Must not compile: litres and pieces measure different things.
#include <minzheng/core/quantity.hpp>

int main()
{
    const auto sum = minzheng::litres{250} + minzheng::pieces{250};
    return static_cast<int>(sum.amount());
}
