#pragma once
// The flat data sets clerks keep in spreadsheets, as CSV: persons (人员), household members (家庭成员, one row per
// member, grouped back into households by the household number), disbursements (发放明细) and donations received
// (捐赠接收登记). Headers may be in Chinese or English (the JSON member names); enumerations are written by their
// JSON names ("dibao", "male"), yes/no as 是/否 (true/false, yes/no and 1/0 are read too), money as 元 with two
// decimals ("665.00"; what money::parse reads is accepted), dates as YYYY-MM-DD.

#include <minzheng/csv/table.hpp>
#include <minzheng/json/aid.hpp>
#include <minzheng/json/donations.hpp>
#include <minzheng/json/recipients.hpp>

#include <array>
#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <vector>

namespace minzheng::csv {

/// One row of a members sheet: the household it belongs to and the member.
struct member_row {
    std::string household_id;
    division_code household_registration = division_code::find(440000).value();
    registration_type household_kind = registration_type::rural;
    member who;

    friend bool operator==(const member_row&, const member_row&) = default;
};

/// One row of a donations sheet: money (amount) or goods (item, goods, fair value and its basis) received.
struct donation_row {
    date on;
    std::string fund;
    donor from;
    std::optional<money> amount;
    std::string item;
    std::optional<quantity> goods;
    std::optional<money> fair_value;
    value_basis basis = value_basis::none;
    std::optional<division_code> division;

    friend bool operator==(const donation_row&, const donation_row&) = default;
};

[[nodiscard]] load_result<std::vector<person>> read_persons(std::string_view text, const read_options& options = {});
[[nodiscard]] std::string write_persons(const std::vector<person>& persons, bool chinese = true);

[[nodiscard]] load_result<std::vector<member_row>> read_members(std::string_view text,
                                                                const read_options& options = {});
[[nodiscard]] std::string write_members(const std::vector<member_row>& rows, bool chinese = true);
/// The households of a members sheet, in the order each first appears (their incomes are not on the sheet).
/// A household whose rows disagree on its registration or kind is DOC-001 on the later row.
[[nodiscard]] load_result<std::vector<household>> households_of(const std::vector<member_row>& rows);
/// The rows of households' members.
[[nodiscard]] std::vector<member_row> member_rows(const std::vector<household>& households);

[[nodiscard]] load_result<std::vector<disbursement>> read_disbursements(std::string_view text,
                                                                        const read_options& options = {});
[[nodiscard]] std::string write_disbursements(const std::vector<disbursement>& rows, bool chinese = true);

/// Rows with neither or both of amount and goods are DOC-001.
[[nodiscard]] load_result<std::vector<donation_row>> read_donations(std::string_view text,
                                                                    const read_options& options = {});
[[nodiscard]] std::string write_donations(const std::vector<donation_row>& rows, bool chinese = true);
/// A public notice (公示) as a sheet to post or send on: case, name, id, persons covered and the proposed amount,
/// as the notice holds them — masked (张*明, 445381********1236) unless the caller built it with
/// `notice_options::unmasked`. This is the sheet meant for the public; the persons, members, payments and
/// donations sheets above are internal records with full ids and must not be posted (社会救助暂行办法 art. 61).
/// Written only: a notice is made from the roster, never read back from its sheet.
[[nodiscard]] std::string write_notice(const public_notice& notice, bool chinese = true);
/// Enters a row into a ledger (receive_money or receive_goods); the ledger's own errors.
result<std::uint64_t> receive(donation_ledger& ledger, const donation_row& r);
/// The money and goods a ledger received, as rows (reversed receipts included: the reversal is a later entry).
[[nodiscard]] std::vector<donation_row> donation_rows(const donation_ledger& ledger);

// ---- implementation --------------------------------------------------------------------------------------

namespace detail {

[[nodiscard]] inline std::error_code code(error e)
{
    return make_error_code(e);
}

/// A value parsed from text with the library's JSON reading of a string (ids, codes, names, enumerations).
template <class T>
[[nodiscard]] std::error_code read_as(std::string_view text, T& out)
{
    auto r = boost::json::try_value_to<T>(boost::json::value(boost::json::string(text)));
    if (!r) return std::error_code(r.error());
    out = std::move(*r);
    return {};
}
template <class T>
[[nodiscard]] std::error_code read_optional(std::string_view text, std::optional<T>& out)
{
    auto r = boost::json::try_value_to<T>(boost::json::value(boost::json::string(text)));
    if (!r) return std::error_code(r.error());
    out = std::move(*r);
    return {};
}
template <class T>
[[nodiscard]] std::string text_of(const T& x)
{
    const auto v = boost::json::value_from(x);
    return v.is_string() ? std::string(v.get_string()) : boost::json::serialize(v);
}
template <class T>
[[nodiscard]] std::string text_of(const std::optional<T>& x)
{
    return x ? text_of(*x) : std::string{};
}

[[nodiscard]] inline std::error_code read_flag(std::string_view text, bool& out)
{
    if (text == "是" || text == "true" || text == "yes" || text == "1" || text == "TRUE")
        return out = true, std::error_code{};
    if (text == "否" || text == "false" || text == "no" || text == "0" || text == "FALSE")
        return out = false, std::error_code{};
    return code(error::invalid_character);
}
[[nodiscard]] inline std::string flag_text(bool b)
{
    return b ? "是" : "否";
}
[[nodiscard]] inline std::error_code read_date(std::string_view text, date& out)
{
    auto d = parse_date(text);
    if (!d) return d.error();
    out = *d;
    return {};
}
[[nodiscard]] inline std::error_code read_money(std::string_view text, money& out)
{
    auto m = money::parse(text);
    if (!m) return m.error();
    out = *m;
    return {};
}
[[nodiscard]] inline std::error_code read_int(std::string_view text, int& out)
{
    int v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc{} || end != text.data() + text.size()) return code(error::invalid_number_format);
    out = v;
    return {};
}

// Persons. A disability is two columns: category and grade; the grade's range is checked once both are read.
inline constexpr column<person> person_columns[] = {
    {"id", "身份证号", true, [](std::string_view t, person& p) { return read_as(t, p.id); },
     [](const person& p) { return p.id.to_string(); }},
    {"name", "姓名", true, [](std::string_view t, person& p) { return read_as(t, p.name); },
     [](const person& p) { return std::string(p.name.str()); }},
    {"stated_sex", "性别", false, [](std::string_view t, person& p) { return read_optional(t, p.stated_sex); },
     [](const person& p) { return text_of(p.stated_sex); }},
    {"stated_birth_date", "出生日期", false,
     [](std::string_view t, person& p) {
         date d;
         const auto ec = read_date(t, d);
         if (!ec) p.stated_birth_date = d;
         return ec;
     },
     [](const person& p) {
         return p.stated_birth_date ? minzheng::to_iso_string(*p.stated_birth_date) : std::string{};
     }},
    {"registration", "户籍地区划", false,
     [](std::string_view t, person& p) { return read_optional(t, p.registration); },
     [](const person& p) { return text_of(p.registration); }},
    {"registration_kind", "户口性质", false,
     [](std::string_view t, person& p) { return read_optional(t, p.registration_kind); },
     [](const person& p) { return text_of(p.registration_kind); }},
    {"school", "就学", false, [](std::string_view t, person& p) { return read_as(t, p.school); },
     [](const person& p) { return text_of(p.school); }},
    {"disability", "残疾证", false,
     [](std::string_view t, person& p) {
         // "physical/2": the category and the grade, as on the certificate.
         const auto slash = t.find('/');
         if (slash == std::string_view::npos) return code(error::invalid_character);
         disability_category category{};
         int grade = 0;
         if (const auto ec = read_as(t.substr(0, slash), category)) return ec;
         if (const auto ec = read_int(t.substr(slash + 1), grade)) return ec;
         auto d = disability::make(category, grade);
         if (!d) return d.error();
         p.disability_certificate = *d;
         return std::error_code{};
     },
     [](const person& p) {
         if (!p.disability_certificate) return std::string{};
         return text_of(p.disability_certificate->category()) + "/" + std::to_string(p.disability_certificate->grade());
     }},
};

[[nodiscard]] inline person blank_person()
{
    // Overwritten: id and name are required columns, and a row lacking either is not returned.
    return person(resident_id::parse("11010519491231002X").value(), person_name::parse("无").value());
}

inline constexpr column<member_row> member_columns[] = {
    {"household_id", "家庭编号", true,
     [](std::string_view t, member_row& r) {
         r.household_id = std::string(t);
         return std::error_code{};
     },
     [](const member_row& r) { return r.household_id; }},
    {"household_registration", "家庭户籍地区划", true,
     [](std::string_view t, member_row& r) { return read_as(t, r.household_registration); },
     [](const member_row& r) { return r.household_registration.to_string(); }},
    {"household_kind", "家庭户口性质", false,
     [](std::string_view t, member_row& r) { return read_as(t, r.household_kind); },
     [](const member_row& r) { return text_of(r.household_kind); }},
    {"relation", "与户主关系", true, [](std::string_view t, member_row& r) { return read_as(t, r.who.relation); },
     [](const member_row& r) { return text_of(r.who.relation); }},
    {"lives_together", "共同生活", false,
     [](std::string_view t, member_row& r) { return read_flag(t, r.who.lives_together); },
     [](const member_row& r) { return flag_text(r.who.lives_together); }},
    {"has_support_duty", "负有赡养扶养抚养义务", false,
     [](std::string_view t, member_row& r) { return read_flag(t, r.who.has_support_duty); },
     [](const member_row& r) { return flag_text(r.who.has_support_duty); }},
    {"unable_to_live_independently", "无独立生活能力", false,
     [](std::string_view t, member_row& r) { return read_flag(t, r.who.unable_to_live_independently); },
     [](const member_row& r) { return flag_text(r.who.unable_to_live_independently); }},
    {"lost_capacity_to_work", "丧失劳动能力", false,
     [](std::string_view t, member_row& r) { return read_flag(t, r.who.lost_capacity_to_work); },
     [](const member_row& r) { return flag_text(r.who.lost_capacity_to_work); }},
    {"separate_household", "单独立户", false,
     [](std::string_view t, member_row& r) { return read_flag(t, r.who.separate_household); },
     [](const member_row& r) { return flag_text(r.who.separate_household); }},
    {"covered", "纳入保障", false, [](std::string_view t, member_row& r) { return read_flag(t, r.who.covered); },
     [](const member_row& r) { return flag_text(r.who.covered); }},
};

/// The member sheet's columns: its own, then the person's.
[[nodiscard]] inline const std::vector<column<member_row>>& all_member_columns();

/// A disbursement being read, counting its value columns (exactly one of money and goods).
struct disbursement_cells : disbursement {
    int values = 0;
};

inline constexpr column<disbursement_cells> disbursement_columns[] = {
    {"id", "编号", true,
     [](std::string_view t, disbursement_cells& d) {
         d.id = std::string(t);
         return std::error_code{};
     },
     [](const disbursement_cells& d) { return d.id; }},
    {"payee", "收款对象", true,
     [](std::string_view t, disbursement_cells& d) {
         d.payee = std::string(t);
         return std::error_code{};
     },
     [](const disbursement_cells& d) { return d.payee; }},
    {"case_id", "案件编号", false,
     [](std::string_view t, disbursement_cells& d) {
         d.case_id = std::string(t);
         return std::error_code{};
     },
     [](const disbursement_cells& d) { return d.case_id; }},
    {"programme", "救助类别", true, [](std::string_view t, disbursement_cells& d) { return read_as(t, d.programme); },
     [](const disbursement_cells& d) { return text_of(d.programme); }},
    {"division", "区划代码", true, [](std::string_view t, disbursement_cells& d) { return read_as(t, d.division); },
     [](const disbursement_cells& d) { return d.division.to_string(); }},
    {"period", "所属月份", true, [](std::string_view t, disbursement_cells& d) { return read_as(t, d.period); },
     [](const disbursement_cells& d) { return d.period.to_string(); }},
    {"months", "月数", false,
     [](std::string_view t, disbursement_cells& d) {
         const auto ec = read_int(t, d.months);
         return ec ? ec : d.months < 1 ? code(error::negative_count) : std::error_code{};
     },
     [](const disbursement_cells& d) { return std::to_string(d.months); }},
    {"money", "金额（元）", false,
     [](std::string_view t, disbursement_cells& d) {
         money m;
         const auto ec = read_money(t, m);
         if (!ec) d.value = m, ++d.values;
         return ec;
     },
     [](const disbursement_cells& d) {
         const auto* m = std::get_if<money>(&d.value);
         return m ? m->to_decimal_string() : std::string{};
     }},
    {"goods", "物资", false,
     [](std::string_view t, disbursement_cells& d) {
         auto q = quantity::parse(t);
         if (!q) return q.error();
         d.value = *q;
         ++d.values;
         return std::error_code{};
     },
     [](const disbursement_cells& d) {
         const auto* q = std::get_if<quantity>(&d.value);
         return q ? q->to_string() : std::string{};
     }},
    {"channel", "发放方式", false, [](std::string_view t, disbursement_cells& d) { return read_as(t, d.channel); },
     [](const disbursement_cells& d) { return text_of(d.channel); }},
    {"on", "发放日期", true, [](std::string_view t, disbursement_cells& d) { return read_date(t, d.on); },
     [](const disbursement_cells& d) { return minzheng::to_iso_string(d.on); }},
    {"status", "状态", false, [](std::string_view t, disbursement_cells& d) { return read_as(t, d.status); },
     [](const disbursement_cells& d) { return text_of(d.status); }},
    {"reverses", "冲正编号", false,
     [](std::string_view t, disbursement_cells& d) {
         d.reverses = std::string(t);
         return std::error_code{};
     },
     [](const disbursement_cells& d) { return d.reverses.value_or(std::string{}); }},
};

inline constexpr column<donation_row> donation_columns[] = {
    {"on", "日期", true, [](std::string_view t, donation_row& r) { return read_date(t, r.on); },
     [](const donation_row& r) { return minzheng::to_iso_string(r.on); }},
    {"fund", "基金", true,
     [](std::string_view t, donation_row& r) {
         r.fund = std::string(t);
         return std::error_code{};
     },
     [](const donation_row& r) { return r.fund; }},
    {"donor_type", "捐赠人类型", true, [](std::string_view t, donation_row& r) { return read_as(t, r.from.type); },
     [](const donation_row& r) { return text_of(r.from.type); }},
    {"donor_name", "捐赠人", false,
     [](std::string_view t, donation_row& r) {
         r.from.name = std::string(t);
         return std::error_code{};
     },
     [](const donation_row& r) { return r.from.name; }},
    {"donor_id", "捐赠人身份证号", false,
     [](std::string_view t, donation_row& r) { return read_optional(t, r.from.id); },
     [](const donation_row& r) { return text_of(r.from.id); }},
    {"donor_code", "统一社会信用代码", false,
     [](std::string_view t, donation_row& r) { return read_optional(t, r.from.code); },
     [](const donation_row& r) { return text_of(r.from.code); }},
    {"donor_contact", "联系方式", false,
     [](std::string_view t, donation_row& r) {
         r.from.contact = std::string(t);
         return std::error_code{};
     },
     [](const donation_row& r) { return r.from.contact; }},
    {"disclose", "同意公开", false, [](std::string_view t, donation_row& r) { return read_flag(t, r.from.disclose); },
     [](const donation_row& r) { return flag_text(r.from.disclose); }},
    {"amount", "金额（元）", false,
     [](std::string_view t, donation_row& r) {
         money m;
         const auto ec = read_money(t, m);
         if (!ec) r.amount = m;
         return ec;
     },
     [](const donation_row& r) { return r.amount ? r.amount->to_decimal_string() : std::string{}; }},
    {"item", "物品", false,
     [](std::string_view t, donation_row& r) {
         r.item = std::string(t);
         return std::error_code{};
     },
     [](const donation_row& r) { return r.item; }},
    {"goods", "数量", false,
     [](std::string_view t, donation_row& r) {
         auto q = quantity::parse(t);
         if (!q) return q.error();
         r.goods = *q;
         return std::error_code{};
     },
     [](const donation_row& r) { return r.goods ? r.goods->to_string() : std::string{}; }},
    {"fair_value", "公允价值（元）", false,
     [](std::string_view t, donation_row& r) {
         money m;
         const auto ec = read_money(t, m);
         if (!ec) r.fair_value = m;
         return ec;
     },
     [](const donation_row& r) { return r.fair_value ? r.fair_value->to_decimal_string() : std::string{}; }},
    {"basis", "价值依据", false, [](std::string_view t, donation_row& r) { return read_as(t, r.basis); },
     [](const donation_row& r) { return text_of(r.basis); }},
    {"division", "区划代码", false, [](std::string_view t, donation_row& r) { return read_optional(t, r.division); },
     [](const donation_row& r) { return text_of(r.division); }},
};

}  // namespace detail

inline const std::vector<column<member_row>>& detail::all_member_columns()
{
    // Built once from the two tables; immutable after its first use (a function-local constant, not mutable state).
    static const std::vector<column<member_row>> all = [] {
        std::vector<column<member_row>> out(std::begin(member_columns), std::end(member_columns));
        // The person's columns, reached through the member: one wrapper per person column, by index.
        const auto add = [&out]<std::size_t I>(std::integral_constant<std::size_t, I>) {
            out.push_back(column<member_row>{
                person_columns[I].en, person_columns[I].zh, person_columns[I].required,
                [](std::string_view t, member_row& r) { return person_columns[I].read(t, r.who.person); },
                [](const member_row& r) { return person_columns[I].write(r.who.person); }});
        };
        [&]<std::size_t... I>(std::index_sequence<I...>)
        {
            (add(std::integral_constant<std::size_t, I>{}), ...);
        }
        (std::make_index_sequence<std::size(person_columns)>{});
        return out;
    }();
    return all;
}

inline load_result<std::vector<person>> read_persons(std::string_view text, const read_options& options)
{
    return read_table<person>(text, detail::person_columns, detail::blank_person(), options);
}
inline std::string write_persons(const std::vector<person>& persons, bool chinese)
{
    return write_table<person>(persons, detail::person_columns, chinese);
}

inline load_result<std::vector<member_row>> read_members(std::string_view text, const read_options& options)
{
    const member_row blank{{},
                           division_code::find(440000).value(),
                           registration_type::rural,
                           member(detail::blank_person(), relation::other)};
    return read_table<member_row>(text, detail::all_member_columns(), blank, options);
}
inline std::string write_members(const std::vector<member_row>& rows, bool chinese)
{
    return write_table<member_row>(rows, detail::all_member_columns(), chinese);
}

inline load_result<std::vector<household>> households_of(const std::vector<member_row>& rows)
{
    minzheng::detail::load_findings out;
    std::vector<household> households;
    // Household id -> its index, so that grouping 80 000 rows is 80 000 lookups, not a scan per row.
    std::unordered_map<std::string, std::size_t> index_of;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        const auto [found, added] = index_of.try_emplace(r.household_id, households.size());
        if (added) {
            households.emplace_back(r.household_id, r.household_registration);
            households.back().kind = r.household_kind;
        }
        const auto it = households.begin() + static_cast<std::ptrdiff_t>(found->second);
        if (!added && (it->registration != r.household_registration || it->kind != r.household_kind)) {
            const auto path = field_path{} / (i + 2) / "household_registration";
            out.report("DOC-001", path,
                       {detail::where(i + 2, 1, "家庭户籍地区划"),
                        "the household's earlier rows give another registration or kind",
                        detail::where_zh(i + 2, 1, "家庭户籍地区划"), "同一家庭前面的行填写了不同的户籍地或户籍类型"});
        }
        it->members.push_back(r.who);
    }
    load_result<std::vector<household>> result;
    if (!out.has_errors()) result.value = std::move(households);
    result.findings = out.take();
    return result;
}

inline std::vector<member_row> member_rows(const std::vector<household>& households)
{
    std::vector<member_row> rows;
    for (const auto& h : households) {
        for (const auto& m : h.members) rows.push_back(member_row{h.id, h.registration, h.kind, m});
    }
    return rows;
}

inline load_result<std::vector<disbursement>> read_disbursements(std::string_view text, const read_options& options)
{
    const detail::disbursement_cells blank{{{},
                                            {},
                                            {},
                                            assistance_category::dibao,
                                            division_code::find(440000).value(),
                                            year_month::parse("2020-01").value(),
                                            1,
                                            money{},
                                            payment_channel::bank_account,
                                            make_date(2020, 1, 1).value(),
                                            payment_status::planned,
                                            std::nullopt},
                                           0};
    auto cells = read_table<detail::disbursement_cells>(text, detail::disbursement_columns, blank, options);
    load_result<std::vector<disbursement>> r;
    minzheng::detail::load_findings out;
    for (auto& f : cells.findings) out.add(std::move(f));
    if (cells.value) {
        std::vector<disbursement> rows;
        rows.reserve(cells.value->size());
        for (std::size_t i = 0; i < cells.value->size(); ++i) {
            auto& c = (*cells.value)[i];
            if (c.values != 1) {
                out.report("DOC-001", field_path{} / (i + 2),
                           {"row " + std::to_string(i + 2),
                            "a row has either 金额 (money) or 物资 (goods), exactly one of them",
                            "第 " + std::to_string(i + 2) + " 行", "每行只填“金额”或“物资”其中之一"});
            }
            rows.push_back(std::move(static_cast<disbursement&>(c)));
        }
        if (!out.has_errors()) r.value = std::move(rows);
    }
    r.findings = out.take();
    return r;
}
inline std::string write_disbursements(const std::vector<disbursement>& rows, bool chinese)
{
    std::vector<detail::disbursement_cells> cells;
    cells.reserve(rows.size());
    for (const auto& d : rows) cells.push_back(detail::disbursement_cells{d, 1});
    return write_table<detail::disbursement_cells>(cells, detail::disbursement_columns, chinese);
}

inline load_result<std::vector<donation_row>> read_donations(std::string_view text, const read_options& options)
{
    auto r = read_table<donation_row>(text, detail::donation_columns, donation_row{}, options);
    if (!r.value) return r;
    minzheng::detail::load_findings out;
    for (auto& f : r.findings) out.add(std::move(f));
    for (std::size_t i = 0; i < r.value->size(); ++i) {
        const auto& record = (*r.value)[i];
        if (record.amount.has_value() == record.goods.has_value()) {
            out.report("DOC-001", field_path{} / (i + 2),
                       {"row " + std::to_string(i + 2), "a row has either 金额 (amount) or 数量 (goods), not both",
                        "第 " + std::to_string(i + 2) + " 行", "每行只填“金额”或“数量”其中之一"});
        }
    }
    if (out.has_errors()) r.value.reset();
    r.findings = out.take();
    return r;
}
inline std::string write_donations(const std::vector<donation_row>& rows, bool chinese)
{
    return write_table<donation_row>(rows, detail::donation_columns, chinese);
}

inline std::string write_notice(const public_notice& notice, bool chinese)
{
    static constexpr std::string_view headers[][2] = {{"case_id", "案件编号"},
                                                      {"name", "姓名"},
                                                      {"id", "身份证号"},
                                                      {"household_size", "保障人数"},
                                                      {"amount", "拟保障金额（元/月）"}};
    std::vector<row> table;
    table.reserve(notice.rows.size() + 1);
    row header;
    for (const auto& h : headers) header.emplace_back(h[chinese ? 1 : 0]);
    table.push_back(std::move(header));
    for (const auto& r : notice.rows) {
        table.push_back({cell_for_sheet(r.case_id), cell_for_sheet(r.name), cell_for_sheet(r.id),
                         std::to_string(r.household_size), r.amount ? r.amount->to_decimal_string() : std::string{}});
    }
    return join(table);
}

inline result<std::uint64_t> receive(donation_ledger& ledger, const donation_row& r)
{
    if (r.amount) return ledger.receive_money(r.fund, r.from, *r.amount, r.on, r.division);
    if (r.goods) return ledger.receive_goods(r.fund, r.from, r.item, *r.goods, r.fair_value, r.basis, r.on, r.division);
    return error::json_missing_field;
}

inline std::vector<donation_row> donation_rows(const donation_ledger& ledger)
{
    std::vector<donation_row> rows;
    for (const auto& e : ledger.entries()) {
        if (e.kind != entry_kind::money_received && e.kind != entry_kind::goods_received) continue;
        donation_row r;
        r.on = e.on;
        r.fund = e.fund;
        r.from = e.from.value_or(donor{});
        if (e.kind == entry_kind::money_received) {
            r.amount = e.amount;
        } else {
            r.item = e.item;
            r.goods = e.goods;
            r.fair_value = e.fair_value;
            r.basis = e.basis;
        }
        r.division = e.division;
        rows.push_back(std::move(r));
    }
    return rows;
}

}  // namespace minzheng::csv
