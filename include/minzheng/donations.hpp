#pragma once
// The donations module in one include: the append-only ledger with its hash chain, and the public disclosure.
// JSON and JSON Lines: <minzheng/json/donations.hpp>.

#include <minzheng/donations/disclosure.hpp>
#include <minzheng/donations/ledger.hpp>
