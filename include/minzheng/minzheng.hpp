#pragma once
// Everything minzheng offers, in one include. Prefer the module umbrellas (<minzheng/core.hpp>, ...) or single
// headers in code that cares about build times.

#include <minzheng/core.hpp>
#include <minzheng/json/core.hpp>
#include <minzheng/json/rules.hpp>
#include <minzheng/rules.hpp>
#include <minzheng/version.hpp>
