// The one main() of every doctest executable. Besides running doctest, it fails a run that tested nothing or
// that holds a case ctest cannot name: ctest runs each case by `--test-case=<name>`, and a name that the
// discovery splits (a ';' is CMake's list separator) or that matches nothing would pass having run no case.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdio>
#include <cstring>

namespace {

int cases_started = 0;  // written by doctest's single runner thread only
int names_ctest_cannot_run = 0;

struct case_counter : doctest::IReporter {
    explicit case_counter(const doctest::ContextOptions&) {}
    void report_query(const doctest::QueryData&) override {}
    void test_run_start() override {}
    void test_run_end(const doctest::TestRunStats&) override {}
    void test_case_start(const doctest::TestCaseData& tc) override
    {
        ++cases_started;
        if (std::strchr(tc.m_name, ';') != nullptr) {
            ++names_ctest_cannot_run;
            std::fprintf(stderr, "test case name with ';' (ctest cannot run it alone): %s\n", tc.m_name);
        }
    }
    void test_case_reenter(const doctest::TestCaseData&) override {}
    void test_case_end(const doctest::CurrentTestCaseStats&) override {}
    void test_case_exception(const doctest::TestCaseException&) override {}
    void subcase_start(const doctest::SubcaseSignature&) override {}
    void subcase_end() override {}
    void log_assert(const doctest::AssertData&) override {}
    void log_message(const doctest::MessageData&) override {}
    void test_case_skipped(const doctest::TestCaseData&) override {}
};

}  // namespace

DOCTEST_REGISTER_LISTENER("case_counter", 1, case_counter);

int main(int argc, char** argv)
{
    doctest::Context context(argc, argv);
    const int status = context.run();
    if (context.shouldExit()) return status;  // --help, --list-test-cases and the other queries
    if (cases_started == 0) {
        std::fprintf(stderr, "no test case ran: the filter matches no case\n");
        return 1;
    }
    return status != 0 ? status : (names_ctest_cannot_run != 0 ? 1 : 0);
}
