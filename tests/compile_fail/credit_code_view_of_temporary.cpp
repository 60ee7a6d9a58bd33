// Must not compile: a view of the characters of a credit code destroyed at the end of the line.
#include <minzheng/core/credit_code.hpp>

#include <string_view>

int main()
{
    const std::string_view v = minzheng::credit_code::parse("91445300MA4W9XXX1X").value().view();
    return static_cast<int>(v.size());
}
