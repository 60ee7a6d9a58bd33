// Must not compile: a reference to the entries of a ledger destroyed at the end of the line.
#include <minzheng/donations/ledger.hpp>

int main()
{
    const auto& entries = minzheng::donation_ledger{}.entries();
    return static_cast<int>(entries.size());
}
