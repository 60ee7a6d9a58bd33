// Must not compile: the household found would be inside a roster destroyed at the end of the line.
#include <minzheng/recipients/roster.hpp>

int main()
{
    const auto* h = minzheng::roster{}.find_household("LD-1");
    return h == nullptr ? 0 : 1;
}
