#pragma once
// The institutions module in one include: institutions with residents and staff, restriction policies and the
// decisions they give, entry screening and daily health logs. JSON conversions: <minzheng/json/institutions.hpp>.

#include <minzheng/institutions/institution.hpp>
#include <minzheng/institutions/restriction.hpp>
#include <minzheng/institutions/screening.hpp>
