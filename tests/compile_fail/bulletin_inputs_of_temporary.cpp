// Must not compile: the inputs point into the bulletin data, and these data die at the end of the line.
#include <minzheng/json/report.hpp>

int main()
{
    const auto inputs = minzheng::bulletin_data{}.inputs();
    return inputs.recipients == nullptr ? 1 : 0;
}
