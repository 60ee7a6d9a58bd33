#pragma once
// CSV as clerks keep it in spreadsheets (电子表格): UTF-8 with or without a byte-order mark, LF or CRLF, fields
// quoted with '"' when they hold a comma, a quote or a line break, and a header row naming the columns in Chinese
// or English. Written back with a BOM and CRLF, so a spreadsheet opens it as UTF-8.
//
// Records map to columns through a table of `column<Row>` (csv/records.hpp has the library's tables); problems are
// findings whose path is "/<row>/<column>" with the row as the spreadsheet numbers it (the header is row 1) and a
// message naming the row and the column letter (A, B, ... AA).

#include <minzheng/json/rules.hpp>
#include <minzheng/json/shape.hpp>
#include <minzheng/rules/field_path.hpp>

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace minzheng::csv {

/// One row of fields, as text.
using row = std::vector<std::string>;

/// Splits CSV text into rows. Findings: DOC-006 for a quote left open or a quote inside an unquoted field (with
/// row and column), DOC-005 past limits.max_bytes, limits.max_string per field or limits.max_items rows. Empty
/// lines are skipped. Returns the rows read when there is no finding.
[[nodiscard]] load_result<std::vector<row>> split(std::string_view text, const document_limits& limits = {});

/// The text of rows: a BOM first, CRLF line ends, and a field quoted when it holds ',', '"', CR or LF (or starts
/// with a space, which spreadsheets would trim).
[[nodiscard]] std::string join(const std::vector<row>& rows, bool bom = true);

/// A cell as written for a spreadsheet: one that begins with `=`, `+`, `-`, `@`, a tab or a carriage return would
/// be run as a formula by Excel, WPS and LibreOffice (CSV injection), so it is written after an apostrophe, which
/// spreadsheets show as "this is text"; so is one that begins with an apostrophe, so that reading is exact.
/// write_table writes every cell this way and read_table reads it back with cell_from_sheet: "-100.00" and
/// "=HYPERLINK(...)" round-trip unchanged and run nowhere.
[[nodiscard]] std::string cell_for_sheet(std::string value);
/// The value of a cell written by cell_for_sheet: one leading apostrophe removed.
[[nodiscard]] std::string_view cell_from_sheet(std::string_view cell) noexcept;

/// The spreadsheet letter of a 0-based column: 0 → "A", 25 → "Z", 26 → "AA".
[[nodiscard]] std::string column_letter(std::size_t index);

/// How one field of a Row is read and written. `read` returns an error code for text it refuses; an empty field of
/// an optional column is not passed to `read`.
template <class Row>
struct column {
    std::string_view en;  ///< English header (the member name of the JSON form)
    std::string_view zh;  ///< Chinese header
    bool required = false;
    std::error_code (*read)(std::string_view text, Row& out) = nullptr;
    std::string (*write)(const Row& in) = nullptr;
};

/// Reads the rows of a table with a header row. Findings: DOC-002 a required column absent from the header (path
/// "/1/<column>"), DOC-003 an unknown header (error or warning as `options` say), DOC-004 a column named twice,
/// DOC-001 a field its column refuses or a row with more fields than the header, DOC-002 an empty required field.
/// The rows are returned only when no finding is an error.
template <class Row>
[[nodiscard]] load_result<std::vector<Row>> read_table(std::string_view text, std::span<const column<Row>> columns,
                                                       const Row& blank = {}, const read_options& options = {});

/// The rows as CSV with a header row, in Chinese (`chinese`) or English headers, every cell through
/// cell_for_sheet.
template <class Row>
[[nodiscard]] std::string write_table(const std::vector<Row>& rows, std::span<const column<Row>> columns,
                                      bool chinese = true);

// ---- implementation --------------------------------------------------------------------------------------

inline std::string cell_for_sheet(std::string value)
{
    if (!value.empty() && std::string_view("=+-@\t\r'").find(value.front()) != std::string_view::npos)
        value.insert(value.begin(), '\'');
    return value;
}

inline std::string_view cell_from_sheet(std::string_view cell) noexcept
{
    if (!cell.empty() && cell.front() == '\'') cell.remove_prefix(1);
    return cell;
}

inline std::string column_letter(std::size_t index)
{
    std::string out;
    for (++index; index > 0; index = (index - 1) / 26)
        out.insert(out.begin(), static_cast<char>('A' + (index - 1) % 26));
    return out;
}

namespace detail {
[[nodiscard]] inline std::string where(std::size_t row, std::size_t col, std::string_view header)
{
    std::string out = "row " + std::to_string(row) + ", column " + column_letter(col);
    if (!header.empty()) out += " (" + std::string(header) + ")";
    return out;
}
/// The same place in Chinese: "第 3 行 B 列（姓名）".
[[nodiscard]] inline std::string where_zh(std::size_t row, std::size_t col, std::string_view header)
{
    std::string out = "第 " + std::to_string(row) + " 行 " + column_letter(col) + " 列";
    if (!header.empty()) out += "（" + std::string(header) + "）";
    return out;
}
}  // namespace detail

namespace detail {

/// Reads CSV text one row at a time, so that a reader keeps one row of fields, never the whole table of them (a
/// std::string a field made the split table 40-70 bytes per byte of input). Reports DOC-005 and DOC-006 as
/// split() documents; after a finding, next() returns false for good.
class row_reader {
public:
    row_reader(std::string_view text, const document_limits& limits, minzheng::detail::load_findings& out)
        : text_(text), limits_(limits), out_(&out)
    {
        if (text_.size() > limits_.max_bytes) {
            out_->report("DOC-005", field_path{},
                         {"the table", std::to_string(text_.size()) + " bytes", "表格",
                          "长 " + std::to_string(text_.size()) + " 字节"});
            failed_ = true;
            return;
        }
        if (text_.starts_with("\xEF\xBB\xBF")) text_.remove_prefix(3);
    }
    row_reader(std::string_view, document_limits&&, minzheng::detail::load_findings&) = delete;  // kept by reference

    /// The next row that is not an empty line into `current` (its old fields dropped): true; false at the end of
    /// the text or on a finding (failed()).
    bool next(row& current)
    {
        current.clear();
        field_.clear();
        was_quoted_ = false;
        row_quoted_ = false;
        if (failed_ || done_) return false;
        for (; i_ < text_.size(); ++i_) {
            const char ch = text_[i_];
            if (field_.size() > limits_.max_string) {
                out_->report("DOC-005", field_path{} / line_ / current.size(),
                             {where(line_, current.size(), {}),
                              "a field longer than " + std::to_string(limits_.max_string) + " bytes",
                              where_zh(line_, current.size(), {}),
                              "单元格超过 " + std::to_string(limits_.max_string) + " 字节"});
                return fail();
            }
            if (in_quotes_) {
                if (ch == '"') {
                    if (i_ + 1 < text_.size() && text_[i_ + 1] == '"') {
                        field_ += '"';
                        ++i_;
                    } else {
                        in_quotes_ = false;
                    }
                } else {
                    if (ch == '\n') ++line_;
                    field_ += ch;
                }
                continue;
            }
            switch (ch) {
            case ',': end_field(current); break;
            case '\r':
                if (i_ + 1 < text_.size() && text_[i_ + 1] == '\n') break;  // CRLF: the LF ends the row
                [[fallthrough]];
            case '\n':
                ++i_;
                ++line_;
                if (end_row(current)) return counted();
                --i_;  // an empty line: go on with the next (the loop steps past it again)
                break;
            case '"':
                if (field_.empty() && !was_quoted_) {
                    in_quotes_ = true;
                    quote_line_ = line_;
                    was_quoted_ = true;
                    row_quoted_ = true;
                } else {
                    out_->report(
                        "DOC-006", field_path{} / line_ / current.size(),
                        {std::to_string(line_), column_letter(current.size()),
                         "a quote inside a field that does not start with one", "单元格不以引号开头，中间却有引号"});
                    return fail();
                }
                break;
            default:
                if (was_quoted_) {
                    out_->report("DOC-006", field_path{} / line_ / current.size(),
                                 {std::to_string(line_), column_letter(current.size()), "text after a closing quote",
                                  "结束引号之后还有文字"});
                    return fail();
                }
                field_ += ch;
            }
        }
        done_ = true;
        if (in_quotes_) {
            // Named where the quote opened: the end of the text is where it was noticed, not where to look.
            out_->report("DOC-006", field_path{} / quote_line_ / current.size(),
                         {std::to_string(quote_line_), column_letter(current.size()), "a quote is never closed",
                          "引号没有闭合"});
            return fail();
        }
        if ((!field_.empty() || !current.empty() || was_quoted_) && end_row(current)) return counted();
        current.clear();
        return false;
    }

    [[nodiscard]] bool failed() const noexcept { return failed_; }

private:
    void end_field(row& current)
    {
        current.push_back(std::move(field_));
        field_.clear();
        was_quoted_ = false;
    }
    /// Ends the row; false when it was an empty line (one empty field that was not quoted), which is skipped.
    bool end_row(row& current)
    {
        end_field(current);
        const bool empty = current.size() == 1 && current[0].empty() && !row_quoted_;
        row_quoted_ = false;
        if (empty) current.clear();
        return !empty;
    }
    bool counted()
    {
        if (++rows_ <= limits_.max_items) return true;
        out_->report("DOC-005", field_path{},
                     {"the table", "more than " + std::to_string(limits_.max_items) + " rows", "表格",
                      "超过 " + std::to_string(limits_.max_items) + " 行"});
        return fail();
    }
    bool fail()
    {
        failed_ = true;
        return false;
    }

    std::string_view text_;
    const document_limits& limits_;
    minzheng::detail::load_findings* out_;
    std::size_t i_ = 0;
    std::size_t line_ = 1;
    std::size_t rows_ = 0;
    std::size_t quote_line_ = 0;  // where the open quote began
    std::string field_;
    bool in_quotes_ = false;
    bool was_quoted_ = false;
    bool row_quoted_ = false;  // a row of one quoted empty field is a row, not an empty line
    bool failed_ = false;
    bool done_ = false;
};

}  // namespace detail

inline load_result<std::vector<row>> split(std::string_view text, const document_limits& limits)
{
    minzheng::detail::load_findings out;
    load_result<std::vector<row>> result;
    detail::row_reader reader(text, limits, out);
    std::vector<row> rows;
    row current;
    while (reader.next(current)) rows.push_back(std::move(current));
    if (!reader.failed()) result.value = std::move(rows);
    result.findings = out.take();
    return result;
}

inline std::string join(const std::vector<row>& rows, bool bom)
{
    std::string out = bom ? "\xEF\xBB\xBF" : "";
    for (const auto& r : rows) {
        for (std::size_t i = 0; i < r.size(); ++i) {
            if (i > 0) out += ',';
            const auto& f = r[i];
            const bool quote = f.find_first_of(",\"\r\n") != std::string::npos || (!f.empty() && f.front() == ' ');
            if (!quote) {
                out += f;
                continue;
            }
            out += '"';
            for (const char ch : f) {
                if (ch == '"') out += '"';
                out += ch;
            }
            out += '"';
        }
        out += "\r\n";
    }
    return out;
}

template <class Row>
load_result<std::vector<Row>> read_table(std::string_view text, std::span<const column<Row>> columns, const Row& blank,
                                         const read_options& options)
{
    // Row by row: what stays in memory is the records read and one row of fields.
    minzheng::detail::load_findings out;
    load_result<std::vector<Row>> result;
    detail::row_reader reader(text, options.limits, out);
    row header;
    if (!reader.next(header)) {
        if (!reader.failed()) out.report("DOC-002", field_path{} / std::size_t{1}, {"the header row", "表头行"});
        result.findings = out.take();
        return result;
    }
    // The header: which column of the table each field feeds.
    std::vector<std::optional<std::size_t>> feeds(header.size());
    std::vector<bool> present(columns.size(), false);
    for (std::size_t i = 0; i < header.size(); ++i) {
        std::string_view name = header[i];
        while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.remove_prefix(1);
        while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.remove_suffix(1);
        const auto path = field_path{} / std::size_t{1} / name;
        std::optional<std::size_t> match;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (columns[c].en == name || columns[c].zh == name) match = c;
        }
        if (!match) {
            out.report("DOC-003", path, {detail::where(1, i, name), detail::where_zh(1, i, name)});
            if (options.unknown == unknown_member_policy::error) out.raise_last(severity::error);
            continue;
        }
        if (present[*match]) {
            out.report("DOC-004", field_path{} / std::size_t{1}, {"the header row", std::string(name), "表头行"});
            continue;
        }
        present[*match] = true;
        feeds[i] = match;
    }
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].required && !present[c])
            out.report("DOC-002", field_path{} / std::size_t{1} / columns[c].en,
                       {(field_path{} / std::size_t{1} / columns[c].en).str(),
                        "表头的“" + std::string(columns[c].zh) + "”列"});
    }
    // The rows are checked even when the header has a problem, so that one reading reports everything.
    std::vector<Row> records;
    row fields;
    for (std::size_t r = 1; reader.next(fields); ++r) {
        const auto number = r + 1;  // as the spreadsheet shows it
        Row record = blank;
        if (fields.size() > header.size()) {
            out.report("DOC-001", field_path{} / number,
                       {detail::where(number, header.size(), {}),
                        std::to_string(fields.size()) + " fields, the header has " + std::to_string(header.size()),
                        detail::where_zh(number, header.size(), {}),
                        "这一行有 " + std::to_string(fields.size()) + " 个单元格，表头只有 " +
                            std::to_string(header.size()) + " 列"});
        }
        for (std::size_t i = 0; i < header.size(); ++i) {
            if (!feeds[i]) continue;
            const auto& col = columns[*feeds[i]];
            const std::string_view value = i < fields.size() ? cell_from_sheet(fields[i]) : std::string_view{};
            const auto path = field_path{} / number / col.en;
            if (value.empty()) {
                if (col.required)
                    out.report("DOC-002", path,
                               {detail::where(number, i, header[i]), detail::where_zh(number, i, header[i])});
                continue;
            }
            if (const auto ec = col.read(value, record)) {
                out.report("DOC-001", path,
                           {detail::where(number, i, header[i]), ec.message(), detail::where_zh(number, i, header[i]),
                            message_zh(ec)});
            }
        }
        records.push_back(std::move(record));
    }
    if (!reader.failed() && !out.has_errors()) result.value = std::move(records);
    result.findings = out.take();
    return result;
}

template <class Row>
std::string write_table(const std::vector<Row>& rows, std::span<const column<Row>> columns, bool chinese)
{
    std::vector<row> table;
    table.reserve(rows.size() + 1);
    row header;
    for (const auto& c : columns) header.emplace_back(chinese ? c.zh : c.en);
    table.push_back(std::move(header));
    for (const auto& r : rows) {
        row fields;
        fields.reserve(columns.size());
        for (const auto& c : columns) fields.push_back(cell_for_sheet(c.write(r)));
        table.push_back(std::move(fields));
    }
    return join(table);
}

}  // namespace minzheng::csv
