#pragma once
// The error model for values that cannot exist: `error` (one code per broken rule, with readable messages in a
// std::error_category), `condition` (groups of codes callers test for), and `result<T>`.
// Records that exist but break a rule are not errors: they produce findings (rules/ layer).

#include <boost/system/result.hpp>

#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>

namespace minzheng {

/// Why a value could not be made. Values are stable: they may be stored or sent elsewhere.
///
/// When to use which: pick the code that names the *rule* the input broke, as specifically as the list
/// allows (`check_character_mismatch`, not `invalid_character`, for a wrong GB 11643 check digit), so that
/// a clerk reading the message knows what to fix. Codes group into `condition`s for callers that only care
/// about the kind of failure.
enum class error {
    // -- text that does not have the form of the value (condition::invalid_text)
    empty_input = 1,                   ///< nothing but white space
    input_too_long,                    ///< longer than any valid form of the value; rejected before any work
    invalid_utf8,                      ///< not well-formed UTF-8
    invalid_character,                 ///< a character the form does not allow at that place
    wrong_length,                      ///< the wrong number of characters for the form
    invalid_number_format,             ///< misplaced sign, decimal point or digit grouping
    check_character_mismatch,          ///< the check character disagrees with the others (GB 11643, GB 32100)
    organization_code_check_mismatch,  ///< the GB 11714 check inside a credit code disagrees
    invalid_date,                      ///< not a date of the Gregorian calendar (2020-02-30)
    unknown_province,                  ///< the first two digits name no province of GB/T 2260
    unknown_division,                  ///< a six-digit code that is not in the division table
    unknown_registration_authority,    ///< first character of a credit code names no listed authority (on request)
    unknown_unit,                      ///< a unit of measure the catalogue does not know
    invalid_mobile_number,             ///< not 1[3-9] + 9 digits
    invalid_fixed_line_number,         ///< not an area code + a 7- or 8-digit local number
    control_character,                 ///< a control or invisible formatting character inside text
    // -- values outside what the domain allows (condition::out_of_range)
    birth_date_after_as_of,  ///< a birth date later than the date the value is judged on
    date_out_of_range,       ///< a date outside the years the library supports (1800-2199)
    outside_calendar,        ///< a date outside the years a work_calendar covers
    sub_fen_precision,       ///< money with a fraction of a 分 (1.234元)
    negative_count,          ///< a count that must be zero or more was negative
    // -- arithmetic (condition::arithmetic)
    overflow,            ///< the result does not fit the value's representation
    division_by_zero,    ///< a divisor or denominator of zero
    incompatible_units,  ///< litres added to pieces, or any two units of different dimensions
    inexact_conversion,  ///< a conversion that would lose part of the amount (1 mL to L with no fraction)
    // -- data that contradicts itself (condition::inconsistent_data)
    conflicting_calendar_days,  ///< one date both a holiday and a make-up working day
    // -- JSON shape (condition::invalid_text)
    json_wrong_type,     ///< a JSON value of another kind than the one expected
    json_missing_field,  ///< a required member is absent from a JSON object
    // -- rules and policy configuration (condition::invalid_configuration)
    invalid_rule_id,          ///< not of the form of a rule id (library: ABC-123; application: ABCD-123)
    unknown_rule,             ///< a rule id that neither the catalogue nor the rule set knows
    reserved_rule_prefix,     ///< an application rule id that uses a library prefix (three letters)
    duplicate_rule,           ///< a rule id registered twice
    unknown_parameter,        ///< a policy parameter name that is not declared
    parameter_kind_mismatch,  ///< a parameter value of another kind than the parameter's (money for a ratio)
    overlapping_periods,      ///< two values of one parameter and division in force on the same day
    // -- life cycles (condition::inconsistent_data)
    illegal_transition,  ///< a case step that the measure's procedure does not allow after the current one
    event_out_of_order,  ///< a dated step earlier than the step before it
    // -- stocks and ledgers (condition::out_of_range)
    insufficient_stock,    ///< an issue, transfer or reversal that would take a balance below zero
    unknown_reference,     ///< an entry that refers to an item, holder, lot or entry that does not exist
    designation_violated,  ///< designated money or goods used for another purpose, or a purpose changed without consent
    duplicate_number,      ///< a receipt (or other document) number used twice
    no_proof_of_value,     ///< a receipt for goods whose fair value has no proof (财税〔2016〕... 公告 §13)
    tampered,              ///< a stored record whose hash chain does not verify
    // -- documents (condition::invalid_text)
    invalid_document,  ///< a document with errors; the reader's findings say which and where
    // -- added later; the values above keep their numbers
    parameter_out_of_range,  ///< a policy value outside the range its parameter allows (a negative notice period)
};

/// Groups of `error` codes. Compare an std::error_code against one: `ec == condition::invalid_text`.
enum class condition {
    invalid_text = 1,       ///< the input is not a well-formed text (or JSON) form of the value
    out_of_range,           ///< the form is right but the value is outside what the domain allows
    arithmetic,             ///< an arithmetic operation has no exact, representable result
    inconsistent_data,      ///< data that contradicts itself
    invalid_configuration,  ///< a rule set or policy table that cannot be used as given
};

/// The category of `error`. Its name is "minzheng"; messages are English sentences.
[[nodiscard]] const std::error_category& error_category() noexcept;
/// The category of `condition`.
[[nodiscard]] const std::error_category& condition_category() noexcept;

[[nodiscard]] std::error_code make_error_code(error e) noexcept;
[[nodiscard]] std::error_condition make_error_condition(condition c) noexcept;

/// The Chinese sentence for `e`, as a clerk reads it in a finding (the category's messages are English).
[[nodiscard]] std::string_view message_zh(error e) noexcept;
/// The Chinese sentence for a code of the library's category; for a code of another category (a JSON parser's, the
/// system's), a general sentence — its own message is English and stays in the English text.
[[nodiscard]] std::string_view message_zh(const std::error_code& ec) noexcept;

/// The result of anything that can fail on bad input: a value or an std::error_code. `.value()` throws
/// std::system_error, so `resident_id::parse(s).value()` is the throwing form of every parse.
///
/// It is boost::system::result (same members, converts to it both ways, as Boost.JSON's try_value_to expects),
/// made a class of its own for one reason: `[[nodiscard]]` on the type, so that ignoring any fallible call of the
/// library (a refused receive_money, a failed parse) is a warning, and an error under -Werror. Boost 1.81's result
/// has no such attribute.
template <class T>
class [[nodiscard]] result : public boost::system::result<T, std::error_code> {
    using base = boost::system::result<T, std::error_code>;

public:
    using base::base;
    result(const base& b) : base(b) {}  // NOLINT(google-explicit-constructor): the two are one type in spirit
    result(base&& b) noexcept(std::is_nothrow_move_constructible_v<base>) : base(std::move(b)) {}  // NOLINT
};

// ---- implementation --------------------------------------------------------------------------------------

namespace detail {

class error_category_impl final : public std::error_category {
public:
    [[nodiscard]] const char* name() const noexcept override { return "minzheng"; }
    [[nodiscard]] std::string message(int code) const override;
    [[nodiscard]] std::error_condition default_error_condition(int code) const noexcept override;
};

class condition_category_impl final : public std::error_category {
public:
    [[nodiscard]] const char* name() const noexcept override { return "minzheng.condition"; }
    [[nodiscard]] std::string message(int code) const override
    {
        switch (static_cast<condition>(code)) {
        case condition::invalid_text: return "the text is not a valid form of the value";
        case condition::out_of_range: return "the value is outside the range the domain allows";
        case condition::arithmetic: return "the arithmetic has no exact representable result";
        case condition::inconsistent_data: return "the data contradicts itself";
        case condition::invalid_configuration: return "the rule or policy configuration cannot be used as given";
        }
        return "unknown minzheng condition";
    }
};

[[nodiscard]] constexpr condition condition_of(error e) noexcept
{
    switch (e) {
    case error::birth_date_after_as_of:
    case error::date_out_of_range:
    case error::outside_calendar:
    case error::sub_fen_precision:
    case error::negative_count:
    case error::insufficient_stock:
    case error::unknown_reference: return condition::out_of_range;
    case error::designation_violated:
    case error::duplicate_number:
    case error::no_proof_of_value:
    case error::tampered: return condition::inconsistent_data;
    case error::invalid_document: return condition::invalid_text;
    case error::overflow:
    case error::division_by_zero:
    case error::incompatible_units:
    case error::inexact_conversion: return condition::arithmetic;
    case error::conflicting_calendar_days: return condition::inconsistent_data;
    case error::invalid_rule_id:
    case error::unknown_rule:
    case error::reserved_rule_prefix:
    case error::duplicate_rule:
    case error::unknown_parameter:
    case error::parameter_kind_mismatch:
    case error::parameter_out_of_range: return condition::invalid_configuration;
    case error::overlapping_periods:
    case error::illegal_transition:
    case error::event_out_of_order: return condition::inconsistent_data;
    default: return condition::invalid_text;
    }
}

inline std::string error_category_impl::message(int code) const
{
    switch (static_cast<error>(code)) {
    case error::empty_input: return "the input is empty";
    case error::input_too_long: return "the input is longer than any valid form of the value";
    case error::invalid_utf8: return "the input is not valid UTF-8";
    case error::invalid_character: return "the input contains a character not allowed at that place";
    case error::wrong_length: return "the input has the wrong number of characters";
    case error::invalid_number_format: return "the number is malformed (sign, decimal point or digit grouping)";
    case error::check_character_mismatch: return "the check character does not match the other characters";
    case error::organization_code_check_mismatch:
        return "the organisation code's own check character (GB 11714) does not match";
    case error::invalid_date: return "the date does not exist in the calendar";
    case error::unknown_province: return "the code names no province of GB/T 2260";
    case error::unknown_division: return "the code is not in the administrative division table";
    case error::unknown_registration_authority: return "the first character names no registration authority";
    case error::unknown_unit: return "the unit of measure is not known";
    case error::invalid_mobile_number: return "not a mainland mobile number (1[3-9] followed by 9 digits)";
    case error::invalid_fixed_line_number:
        return "not a fixed-line number (area code and a 7- or 8-digit local number)";
    case error::control_character: return "the text contains a control or invisible formatting character";
    case error::birth_date_after_as_of: return "the birth date is after the date the value is judged on";
    case error::date_out_of_range: return "the date is outside the supported years 1800-2199";
    case error::outside_calendar: return "the date is outside the years the working-day calendar covers";
    case error::sub_fen_precision: return "the amount has a fraction of a fen (more than two decimals of a yuan)";
    case error::negative_count: return "the count must not be negative";
    case error::overflow: return "the result does not fit the value's representation";
    case error::division_by_zero: return "division by zero";
    case error::incompatible_units: return "the units measure different things and cannot be combined";
    case error::inexact_conversion: return "the conversion between units would not be exact";
    case error::conflicting_calendar_days: return "a date is listed both as a holiday and as a working day";
    case error::json_wrong_type: return "the JSON value has the wrong type";
    case error::json_missing_field: return "a required JSON member is missing";
    case error::invalid_rule_id:
        return "not a rule id (ABC-123 for library rules, ABCD-123 and longer for applications)";
    case error::unknown_rule: return "no rule has this id";
    case error::reserved_rule_prefix: return "the rule id uses a prefix reserved for the library's own rules";
    case error::duplicate_rule: return "a rule with this id is already registered";
    case error::unknown_parameter: return "no policy parameter has this name";
    case error::parameter_kind_mismatch: return "the value is not of the parameter's kind";
    case error::overlapping_periods:
        return "two values of the same parameter and division are in force on the same day";
    case error::illegal_transition: return "the procedure does not allow this step after the current one";
    case error::event_out_of_order: return "the step is dated before the step that precedes it";
    case error::insufficient_stock: return "the balance would fall below zero";
    case error::unknown_reference: return "the entry refers to something that does not exist";
    case error::designation_violated:
        return "designated money or goods may not be used for another purpose, nor the purpose changed without the "
               "donor's consent";
    case error::duplicate_number: return "the number has been used already";
    case error::no_proof_of_value: return "goods without proof of their fair value get no donation receipt";
    case error::tampered: return "the record's hash chain does not verify: the stored data was changed";
    case error::invalid_document: return "the document has errors (see its findings)";
    case error::parameter_out_of_range: return "the value is outside the range the parameter allows";
    }
    return "unknown minzheng error";
}

inline std::error_condition error_category_impl::default_error_condition(int code) const noexcept
{
    return {static_cast<int>(condition_of(static_cast<error>(code))), minzheng::condition_category()};
}

}  // namespace detail

// One instance per program: function-local statics in inline functions are merged by the linker. (Across
// dlopen'ed plugins built with hidden visibility two instances could exist; categories then compare unequal.)
inline const std::error_category& error_category() noexcept
{
    static const detail::error_category_impl instance;
    return instance;
}

inline const std::error_category& condition_category() noexcept
{
    static const detail::condition_category_impl instance;
    return instance;
}

inline std::error_code make_error_code(error e) noexcept
{
    return {static_cast<int>(e), error_category()};
}

inline std::error_condition make_error_condition(condition c) noexcept
{
    return {static_cast<int>(c), condition_category()};
}

}  // namespace minzheng

template <>
struct std::is_error_code_enum<minzheng::error> : std::true_type {
};
template <>
struct std::is_error_condition_enum<minzheng::condition> : std::true_type {
};

// After the specialisations above: overload resolution between the two message_zh asks whether `error` converts to
// std::error_code.
namespace minzheng {

inline std::string_view message_zh(error e) noexcept
{
    switch (e) {
    case error::empty_input: return "输入为空";
    case error::input_too_long: return "输入超过该值任何有效形式的长度";
    case error::invalid_utf8: return "输入不是有效的 UTF-8 文本";
    case error::invalid_character: return "输入在该位置含有不允许的字符";
    case error::wrong_length: return "输入的字符数不对";
    case error::invalid_number_format: return "数字格式不正确（正负号、小数点或分位符）";
    case error::check_character_mismatch: return "校验码与其他字符不符";
    case error::organization_code_check_mismatch: return "统一社会信用代码中的组织机构代码校验码（GB 11714）不符";
    case error::invalid_date: return "日历中没有这个日期";
    case error::unknown_province: return "代码不是 GB/T 2260 中的省级行政区";
    case error::unknown_division: return "代码不在行政区划表中";
    case error::unknown_registration_authority: return "第一位字符不是任何登记管理部门的代码";
    case error::unknown_unit: return "计量单位未知";
    case error::invalid_mobile_number: return "不是大陆手机号码（以 13 至 19 开头的 11 位数字）";
    case error::invalid_fixed_line_number: return "不是固定电话号码（区号加 7 或 8 位号码）";
    case error::control_character: return "文本含有控制字符或不可见的格式字符";
    case error::birth_date_after_as_of: return "出生日期晚于判断日期";
    case error::date_out_of_range: return "日期超出支持的年份 1800 至 2199";
    case error::outside_calendar: return "日期超出工作日历覆盖的年份";
    case error::sub_fen_precision: return "金额不足一分（元的小数超过两位）";
    case error::negative_count: return "数量不能为负数";
    case error::overflow: return "结果超出该值的表示范围";
    case error::division_by_zero: return "除数为零";
    case error::incompatible_units: return "计量单位度量的不是同一种量，不能合并";
    case error::inexact_conversion: return "单位换算不能精确";
    case error::conflicting_calendar_days: return "同一日期既列为节假日又列为工作日";
    case error::json_wrong_type: return "取值的类型不对";
    case error::json_missing_field: return "缺少必需字段";
    case error::invalid_rule_id:
        return "不是规则编号（库规则为三个字母加三位数字，应用规则为四个及以上字母加三位数字）";
    case error::unknown_rule: return "没有这个编号的规则";
    case error::reserved_rule_prefix: return "规则编号使用了库规则保留的前缀";
    case error::duplicate_rule: return "已登记过这个编号的规则";
    case error::unknown_parameter: return "没有这个名称的政策参数";
    case error::parameter_kind_mismatch: return "取值与参数的类型不符";
    case error::overlapping_periods: return "同一参数同一区划的两个取值在同一天有效";
    case error::illegal_transition: return "办理程序不允许在当前环节之后进入这一环节";
    case error::event_out_of_order: return "该环节的日期早于前一环节";
    case error::insufficient_stock: return "结存将低于零";
    case error::unknown_reference: return "引用的对象不存在";
    case error::designation_violated: return "定向款物不得挪作他用，未经捐赠人同意也不得改变用途";
    case error::duplicate_number: return "编号已被使用";
    case error::no_proof_of_value: return "无公允价值证明的物资不开具捐赠票据";
    case error::tampered: return "记录的哈希链校验不通过：存储的数据被改动过";
    case error::invalid_document: return "文档有错误（见其检查结果）";
    case error::parameter_out_of_range: return "取值超出参数允许的范围";
    }
    return "未知错误";
}

inline std::string_view message_zh(const std::error_code& ec) noexcept
{
    if (ec.category() == error_category()) return message_zh(static_cast<error>(ec.value()));
    return "输入格式不正确";
}

}  // namespace minzheng
