// Must not compile: the index points into the roster it was built from, and this roster dies at the end of the line.
#include <minzheng/recipients/roster.hpp>

int main()
{
    const minzheng::detail::roster_index index(minzheng::roster{});
    return index.find_household("LD-1") == nullptr ? 0 : 1;
}
