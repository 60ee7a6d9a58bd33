#pragma once
// The core layer in one include: identifiers, money, quantities, names, phone numbers, dates and the working-day
// calendar, with the error model. JSON conversions are in <minzheng/json/core.hpp>.

#include <minzheng/core/credit_code.hpp>
#include <minzheng/core/date.hpp>
#include <minzheng/core/division_code.hpp>
#include <minzheng/core/error.hpp>
#include <minzheng/core/identifier.hpp>
#include <minzheng/core/money.hpp>
#include <minzheng/core/person_name.hpp>
#include <minzheng/core/phone_number.hpp>
#include <minzheng/core/quantity.hpp>
#include <minzheng/core/resident_id.hpp>
#include <minzheng/core/rounding.hpp>
#include <minzheng/core/work_calendar.hpp>
