// Must not compile under -Werror: the refusal of a donation would be lost. Every fallible call is must-use.
#include <minzheng/donations/ledger.hpp>

int main()
{
    minzheng::donation_ledger l;
    l.receive_money("no such fund", minzheng::donor{}, minzheng::money::from_fen(100), minzheng::date(2020, 2, 1));
    return 0;
}
