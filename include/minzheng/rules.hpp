#pragma once
// The rules layer in one include: findings, the rule catalogue, rule sets, policy tables, the check context and
// the validator. JSON conversions are in <minzheng/json/rules.hpp>.

#include <minzheng/rules/catalogue.hpp>
#include <minzheng/rules/context.hpp>
#include <minzheng/rules/field_path.hpp>
#include <minzheng/rules/finding.hpp>
#include <minzheng/rules/policy_table.hpp>
#include <minzheng/rules/rule_set.hpp>
#include <minzheng/rules/validator.hpp>
