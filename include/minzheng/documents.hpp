#pragma once
// Documents and bulk data in one include: versioned JSON documents read strictly (json/document.hpp), the shapes
// and JSON Schemas behind them (json/shape.hpp), JSON Lines rosters checked in bounded memory (json/lines.hpp),
// and CSV for spreadsheets (csv/table.hpp, csv/records.hpp).

#include <minzheng/csv/records.hpp>
#include <minzheng/csv/table.hpp>
#include <minzheng/json/document.hpp>
#include <minzheng/json/lines.hpp>
#include <minzheng/json/shape.hpp>
