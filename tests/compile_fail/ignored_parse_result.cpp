// Must not compile under -Werror: a parse whose failure nobody reads. result<T> itself is [[nodiscard]].
#include <minzheng/core/resident_id.hpp>

int main()
{
    minzheng::resident_id::parse("445381198001011236");
    return 0;
}
