// Must not compile: a reference to the holidays of a calendar destroyed at the end of the line.
#include <minzheng/core/work_calendar.hpp>

int main()
{
    const auto& days = minzheng::work_calendar::china().holidays();
    return static_cast<int>(days.size());
}
