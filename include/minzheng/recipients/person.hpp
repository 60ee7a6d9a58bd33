#pragma once
// 救助对象个人 — a person as relief rules see them: identity, registration (户籍), disability certificate,
// schooling, and the dated situations the measures ask about (prison, compulsory drug rehabilitation, declared
// missing, clergy living away, death, lost contact, serious illness). Layer: domain (core and rules only).

#include <minzheng/core/date.hpp>
#include <minzheng/core/division_code.hpp>
#include <minzheng/core/error.hpp>
#include <minzheng/core/person_name.hpp>
#include <minzheng/core/resident_id.hpp>
#include <minzheng/rules/context.hpp>
#include <minzheng/rules/field_path.hpp>

#include <optional>
#include <string_view>
#include <vector>

namespace minzheng {

/// 户口性质 — urban (非农业) or rural (农业) registration. The 2012 低保 measures split urban and rural 低保 by it;
/// the 2021 measures no longer do (policy-rules.md 1.2 item 6).
enum class registration_type { urban, rural };

/// 残疾类别 — the categories of the disability certificate (残疾人证), numbered as on the second-generation card.
enum class disability_category { visual = 1, hearing, speech, physical, intellectual, mental, multiple };

/// 残疾人证 — a disability certificate: category and grade, 1 the most severe to 4.
class disability {
public:
    /// `invalid_number_format` unless 1 ≤ grade ≤ 4.
    [[nodiscard]] static result<disability> make(disability_category category, int grade) noexcept
    {
        if (grade < 1 || grade > 4) return error::invalid_number_format;
        return disability{category, grade};
    }
    [[nodiscard]] disability_category category() const noexcept { return category_; }
    [[nodiscard]] int grade() const noexcept { return grade_; }
    /// 重度残疾: grade 1 or 2 (policy-rules.md 7.5 item 3).
    [[nodiscard]] bool is_severe() const noexcept { return grade_ <= 2; }
    /// Intellectual or mental.
    [[nodiscard]] bool is_intellectual_or_mental() const noexcept
    {
        return category_ == disability_category::intellectual || category_ == disability_category::mental;
    }
    friend bool operator==(const disability&, const disability&) = default;

private:
    disability(disability_category c, int g) noexcept : category_(c), grade_(g) {}
    disability_category category_;
    int grade_;
};

/// 在校情况 — the schooling that keeps support going past 18 (特困 minors) or counts an adult child as a family
/// member (students up to bachelor level).
enum class schooling {
    none,
    compulsory,            ///< 义务教育
    senior_high,           ///< 普通高中
    secondary_vocational,  ///< 中等职业学校
    higher,                ///< 高等教育（本科及以下）
};

/// The situations the measures attach consequences to. Each is recorded with the days it lasted.
enum class situation_kind {
    imprisoned,            ///< 服刑: serving a sentence in prison (在监狱内服刑)
    compulsory_rehab,      ///< 强制隔离戒毒
    other_restriction,     ///< 其他限制人身自由的措施
    declared_missing,      ///< 宣告失踪 (by a court)
    declared_dead,         ///< 宣告死亡 (by a court)
    deceased,              ///< 死亡
    clergy_away,           ///< 宗教教职人员离开家庭在宗教场所居住
    lost_contact,          ///< 失联 (and not fulfilling guardianship)
    serious_illness,       ///< 重病 / 重特大疾病 as recognised locally
    guardianship_revoked,  ///< 撤销监护资格
    deported,              ///< 被遣送（驱逐）出境
    /// 在押: held in custody (看守所) before a judgment — not 服刑. Still a household member under both 低保 editions
    /// (民发〔2012〕220号 art. 5 and 民发〔2021〕57号 art. 7 exclude only 在监狱内服刑); a parent's custody counts for
    /// a 事实无人抚养儿童 (民发〔2019〕62号 "服刑在押") by the days it lasted — it has no term until a judgment.
    in_custody,
};

/// A situation and the days it lasted (open-ended while it goes on).
struct situation {
    situation_kind kind;
    period during;

    friend bool operator==(const situation&, const situation&) = default;
};

/// 个人 — a person in a relief record. The id and the name are required; the rest is filled in as known.
struct person {
    person(resident_id person_id, person_name person_name_) : id(person_id), name(std::move(person_name_)) {}

    resident_id id;
    person_name name;
    std::optional<minzheng::sex> stated_sex;    ///< as written on the form; checked against the id (RCP-001)
    std::optional<date> stated_birth_date;      ///< as written on the form; checked against the id (RCP-001)
    std::optional<division_code> registration;  ///< 户籍所在地
    std::optional<registration_type> registration_kind;
    std::optional<disability> disability_certificate;
    schooling school = schooling::none;
    std::vector<situation> situations;

    /// The birth date, from the id.
    [[nodiscard]] date birth_date() const { return id.birth_date(); }
    /// Completed years on `on`.
    [[nodiscard]] int age_on(date on) const { return id.age_on(on); }
    /// The situation of this kind going on on `on`, if any.
    const situation* situation_on(situation_kind kind, date on) const&& = delete;  // points into this person
    [[nodiscard]] const situation* situation_on(situation_kind kind, date on) const& noexcept
    {
        for (const auto& s : situations) {
            if (s.kind == kind && s.during.contains(on)) return &s;
        }
        return nullptr;
    }
    /// True when a situation of this kind goes on on `on`.
    [[nodiscard]] bool has(situation_kind kind, date on) const noexcept { return situation_on(kind, on) != nullptr; }
    /// True when the person died or was declared dead on or before `on`.
    [[nodiscard]] bool is_dead_on(date on) const noexcept
    {
        return has(situation_kind::deceased, on) || has(situation_kind::declared_dead, on);
    }

    friend bool operator==(const person&, const person&) = default;
};

/// The library's rules for a person on their own record, judged as of `c.on()`: the stated birth date and sex
/// agree with the id (RCP-001), the id's birth date is not after that date (RCP-003; ids are decoded by their form
/// alone, so a roster read today and judged as of 2020 gets the verdict of 2020). Declared with the record, so every
/// translation unit that can validate a person sees it.
void check(const person& p, rule_context& c);

/// Whole months from `from` to `to` (a month is complete on the same day of a later month; see
/// completed_years for 29-31 of short months). Negative when `to` is before `from`.
namespace detail {
/// completed_months on calendar fields, so that term_months can step past 9999-12-31 (the last day Boost
/// represents) without date arithmetic that would throw.
[[nodiscard]] constexpr int months_between(int y1, int m1, int d1, int y2, int m2, int d2) noexcept
{
    int months = (y2 - y1) * 12 + (m2 - m1);
    int day = d1;
    const int last = days_in_month(y2, m2);
    if (day > last) day = last;  // 民法典 art. 202: no corresponding day -> the month's last day
    if (d2 < day) --months;
    return months;
}
}  // namespace detail

[[nodiscard]] inline int completed_months(date from, date to) noexcept
{
    return detail::months_between(from.year(), from.month(), from.day(), to.year(), to.month(), to.day());
}

/// Whole months of a term that runs from `first` to `last`, both days counted (a sentence, detention, compulsory
/// rehabilitation: the term's first day is served). By 民法典 art. 202 a term of N months ends on the day before
/// the corresponding day N months later, so 2020-01-01..2020-06-30 is six months and 2020-01-01..2020-06-29 is
/// five. Negative for a term whose last day is before its first.
[[nodiscard]] inline int term_months(date first, date last) noexcept
{
    // The day after `last`, on calendar fields.
    int y = last.year();
    int m = last.month();
    int d = last.day() + 1;
    if (d > detail::days_in_month(y, m)) {
        d = 1;
        if (++m > 12) m = 1, ++y;
    }
    return detail::months_between(first.year(), first.month(), first.day(), y, m, d);
}

/// "visual", "physical", ...: the names JSON files use.
[[nodiscard]] constexpr std::string_view to_string(disability_category c) noexcept
{
    switch (c) {
    case disability_category::visual: return "visual";
    case disability_category::hearing: return "hearing";
    case disability_category::speech: return "speech";
    case disability_category::physical: return "physical";
    case disability_category::intellectual: return "intellectual";
    case disability_category::mental: return "mental";
    case disability_category::multiple: return "multiple";
    }
    return "multiple";
}

inline void check(const person& p, rule_context& c)
{
    if (p.stated_birth_date && *p.stated_birth_date != p.birth_date())
        c.report(
            "RCP-001", field_path{} / "stated_birth_date",
            {p.id.to_string(), minzheng::to_iso_string(*p.stated_birth_date), minzheng::to_iso_string(p.birth_date())});
    if (p.stated_sex && *p.stated_sex != p.id.sex())
        c.report("RCP-001", field_path{} / "stated_sex",
                 {p.id.to_string(), *p.stated_sex == sex::male ? "男" : "女", p.id.sex() == sex::male ? "男" : "女"});
    if (p.birth_date() > c.on())
        c.report("RCP-003", field_path{} / "id",
                 {p.id.to_string(), minzheng::to_iso_string(p.birth_date()), minzheng::to_iso_string(c.on())});
}

}  // namespace minzheng
