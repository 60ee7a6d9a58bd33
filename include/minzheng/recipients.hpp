#pragma once
// The relief-recipients module in one include: persons, households, eligibility by category and edition, case
// life cycles, rosters and public notices. JSON conversions are in <minzheng/json/recipients.hpp>.

#include <minzheng/recipients/case_file.hpp>
#include <minzheng/recipients/eligibility.hpp>
#include <minzheng/recipients/household.hpp>
#include <minzheng/recipients/person.hpp>
#include <minzheng/recipients/roster.hpp>
