#pragma once
// The aid module in one include: entitlements, disbursements and payment batches, in-kind stock.

#include <minzheng/aid/entitlement.hpp>
#include <minzheng/aid/payment.hpp>
#include <minzheng/aid/stock.hpp>
