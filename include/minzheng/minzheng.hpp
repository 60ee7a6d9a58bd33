#pragma once
// Everything minzheng offers, in one include. Prefer the module umbrellas (<minzheng/core.hpp>, ...) or single
// headers in code that cares about build times.

#include <minzheng/aid.hpp>
#include <minzheng/core.hpp>
#include <minzheng/documents.hpp>
#include <minzheng/donations.hpp>
#include <minzheng/institutions.hpp>
#include <minzheng/json/aid.hpp>
#include <minzheng/json/core.hpp>
#include <minzheng/json/donations.hpp>
#include <minzheng/json/institutions.hpp>
#include <minzheng/json/recipients.hpp>
#include <minzheng/json/report.hpp>
#include <minzheng/json/rules.hpp>
#include <minzheng/recipients.hpp>
#include <minzheng/report.hpp>
#include <minzheng/rules.hpp>
#include <minzheng/version.hpp>
