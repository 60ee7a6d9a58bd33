#pragma once
// The two translation units of the "same verdict whatever the includes" test, declared for one_verdict.cpp.

#include <minzheng/core/date.hpp>
#include <minzheng/recipients/household.hpp>
#include <minzheng/rules/finding.hpp>

#include <vector>

namespace minzheng::test {

/// The household's findings, from a translation unit that includes household.hpp and validator.hpp only.
std::vector<finding> findings_with_household_header_only(const household& h, date on);
/// The same, from a translation unit that includes <minzheng/minzheng.hpp>.
std::vector<finding> findings_with_everything_included(const household& h, date on);

}  // namespace minzheng::test
