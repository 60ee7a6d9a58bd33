#pragma once
// The report layer in one include: the bulletin (简报) computed from the modules' data, and its rendering.
// The donation disclosure is in <minzheng/donations/disclosure.hpp>.

#include <minzheng/report/bulletin.hpp>
#include <minzheng/report/trail.hpp>
