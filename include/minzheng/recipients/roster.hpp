#pragma once
// 救助对象名册 — a county's roster: households, individual recipients, cases and who is enrolled in which
// category when. Checks across the roster (a person in two households, exclusive categories at once, households
// only partly covered, references to nothing), the counts a bulletin reports, and the public notice (公示) list
// with names and ids masked.

#include <minzheng/core/date.hpp>
#include <minzheng/core/division_code.hpp>
#include <minzheng/core/money.hpp>
#include <minzheng/recipients/case_file.hpp>
#include <minzheng/recipients/eligibility.hpp>
#include <minzheng/recipients/household.hpp>
#include <minzheng/recipients/person.hpp>
#include <minzheng/rules/context.hpp>
#include <minzheng/rules/validator.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace minzheng {

/// 享受救助记录 — a person receiving a category of assistance over a period, under a case.
struct enrolment {
    resident_id person;
    assistance_category category = assistance_category::dibao;
    period during;
    std::string case_id;

    friend bool operator==(const enrolment&, const enrolment&) = default;
};

/// 名册 — a roster.
struct roster {
    std::vector<household> households;
    std::vector<person> persons;  ///< individual recipients not in a household record (特困, children, ...)
    std::vector<case_file> cases;
    std::vector<enrolment> enrolments;

    [[nodiscard]] const household* find_household(std::string_view id) const& noexcept;
    [[nodiscard]] const case_file* find_case(std::string_view id) const& noexcept;
    /// The person with this id, in the individual list or as a household member.
    [[nodiscard]] const person* find_person(const resident_id& id) const& noexcept;
    // The answers point into this roster: asked of a temporary, they would dangle.
    const household* find_household(std::string_view id) const&& = delete;
    const case_file* find_case(std::string_view id) const&& = delete;
    const person* find_person(const resident_id& id) const&& = delete;

    friend bool operator==(const roster&, const roster&) = default;
};

/// Every rule of the roster as of the context's date: each household (RCP-001, RCP-002, RCP-071) and case (see
/// check(const case_file&)), a person in two households (RCP-070), exclusive categories for a minor at once
/// (RCP-025), co-resident members of a receiving 低保 household left out (RCP-013), and references to nothing
/// (VAL-002).
void check(const roster& r, rule_context& c);

/// Validates a roster as of `on`: all findings with their paths, counted.
[[nodiscard]] validation_report validate_roster(const roster& r, date on, const rule_set& rules,
                                                const policy_table& policy);

/// Households and persons.
struct inclusion_count {
    std::size_t households = 0;
    std::size_t persons = 0;

    friend bool operator==(const inclusion_count&, const inclusion_count&) = default;
};

/// 新纳入 — cases of `category` first approved within `when` in divisions within `where`: how many households
/// (household cases) and persons (the covered co-resident members of those households on the approval day, or one
/// per individual case).
[[nodiscard]] inclusion_count newly_included(const roster& r, assistance_category category, division_code where,
                                             const period& when);

/// Persons enrolled in each category on `on`, in divisions within `where` (by their case's division).
[[nodiscard]] std::map<assistance_category, std::size_t> recipients_by_category(const roster& r, division_code where,
                                                                                date on);

/// A case whose periodic review falls due.
struct review_due {
    std::string case_id;
    assistance_category category = assistance_category::dibao;
    date due;
    bool overdue = false;  ///< the due date has passed on the date asked

    friend bool operator==(const review_due&, const review_due&) = default;
};

/// 定期复核清单 — the receiving cases whose review is due by `on` + `within_days`, earliest first, by their
/// category's interval (yearly, half-yearly; monthly urban / quarterly rural under the 2012 measures).
[[nodiscard]] std::vector<review_due> reviews_due(const roster& r, date on, int within_days, const rule_set& rules,
                                                  const policy_table& policy);

/// An id masked for public notices: the first six and last four characters kept ("445381********123X").
[[nodiscard]] std::string mask_id(const resident_id& id);

/// One line of a public notice.
struct notice_row {
    std::string case_id;
    std::string name;  ///< masked unless asked otherwise
    std::string id;    ///< masked unless asked otherwise
    std::size_t household_size = 0;
    std::optional<money> amount;

    friend bool operator==(const notice_row&, const notice_row&) = default;
};

/// 公示 — the list a township posts.
struct public_notice {
    division_code division;
    period window;            ///< from the posting day to the notice's last day
    date objection_deadline;  ///< the last day an objection is taken
    bool unmasked = false;    ///< true only when the caller asked for full names and ids
    std::vector<notice_row> rows;
};

/// What a notice shows.
struct notice_options {
    /// Full names and ids instead of masked ones. Personal data known in assistance work is confidential except
    /// what must be posted (社会救助暂行办法 art. 61): leave false unless the law requires otherwise.
    bool unmasked = false;
    std::map<std::string, money> amounts;  ///< by case id: the proposed monthly amount to show
    /// The working-day calendar the notice's last day is moved by (notice_end); null: work_calendar::china().
    /// Read during the call only.
    const work_calendar* calendar = nullptr;
};

/// The notice of the cases in divisions within `where` that entered a public notice on `posted` (orphan and de
/// facto child cases are never posted). The window runs from the posting day to notice_end: `public_notice_days`
/// for the division on that day, the posting day not counted, a last day off moved to the next working day; the
/// objection deadline is that last day. Errors: `unknown_parameter`, `parameter_out_of_range`, and
/// `outside_calendar` for a notice outside the calendar's years.
[[nodiscard]] result<public_notice> make_public_notice(const roster& r, division_code where, date posted,
                                                       const policy_table& policy, notice_options options = {});

// ---- implementation --------------------------------------------------------------------------------------

inline const household* roster::find_household(std::string_view id) const& noexcept
{
    for (const auto& h : households) {
        if (h.id == id) return &h;
    }
    return nullptr;
}

inline const case_file* roster::find_case(std::string_view id) const& noexcept
{
    for (const auto& f : cases) {
        if (f.id == id) return &f;
    }
    return nullptr;
}

inline const person* roster::find_person(const resident_id& id) const& noexcept
{
    for (const auto& p : persons) {
        if (p.id == id) return &p;
    }
    for (const auto& h : households) {
        if (const auto* m = h.find(id)) return &m->person;
    }
    return nullptr;
}

namespace detail {

/// Lookups by id over one roster, built once for a bulk operation so that it stays linear in the roster's size
/// (the roster's own find_* scan). The first record of an id wins, as with find_*. Valid while the roster is
/// unchanged.
class roster_index {
public:
    roster_index(const roster&&) = delete;  // the index points into the roster: a temporary would dangle
    explicit roster_index(const roster& r)
    {
        households_.reserve(r.households.size());
        for (const auto& h : r.households) {
            households_.emplace(std::string_view(h.id), &h);
            for (const auto& m : h.members) members_.emplace(m.person.id, &m.person);
        }
        cases_.reserve(r.cases.size());
        for (const auto& f : r.cases) cases_.emplace(std::string_view(f.id), &f);
        persons_.reserve(r.persons.size());
        for (const auto& p : r.persons) persons_.emplace(p.id, &p);
    }
    [[nodiscard]] const household* find_household(std::string_view id) const
    {
        const auto it = households_.find(id);
        return it == households_.end() ? nullptr : it->second;
    }
    [[nodiscard]] const case_file* find_case(std::string_view id) const
    {
        const auto it = cases_.find(id);
        return it == cases_.end() ? nullptr : it->second;
    }
    /// As roster::find_person: the individual list first, then the households' members.
    [[nodiscard]] const person* find_person(const resident_id& id) const
    {
        if (const auto it = persons_.find(id); it != persons_.end()) return it->second;
        const auto it = members_.find(id);
        return it == members_.end() ? nullptr : it->second;
    }

private:
    std::unordered_map<std::string_view, const household*> households_;
    std::unordered_map<std::string_view, const case_file*> cases_;
    std::unordered_map<resident_id, const person*> persons_;
    std::unordered_map<resident_id, const person*> members_;
};

[[nodiscard]] inline bool is_household_case(assistance_category c) noexcept
{
    return c == assistance_category::dibao || c == assistance_category::dibao_edge;
}

[[nodiscard]] inline bool exclusive_for_minors(assistance_category a, assistance_category b) noexcept
{
    const auto child = [](assistance_category x) {
        return x == assistance_category::orphan || x == assistance_category::de_facto_unsupported_child;
    };
    return (a == assistance_category::tekun && child(b)) || (b == assistance_category::tekun && child(a));
}

/// The first day in both `a` and `b` on which a source of library rule `id` is in force, if any: the first common
/// day, or the first day of an edition that begins after it.
[[nodiscard]] inline std::optional<date> first_day_in_force(std::string_view id, const period& a, const period& b)
{
    const auto* rule = find_library_rule(id);
    if (rule == nullptr) return std::nullopt;
    std::optional<date> best;
    const auto consider = [&](date d) {
        if (a.contains(d) && b.contains(d) && rule->source_on(d) != nullptr && (!best || d < *best)) best = d;
    };
    consider(std::max(a.first(), b.first()));
    for (const auto& s : rule->sources) {
        if (!s.measure.empty() && s.from != 0) consider(date_of(s.from));
    }
    return best;
}

}  // namespace detail

inline void check(const roster& r, rule_context& c)
{
    const detail::roster_index index(r);  // lookups by id stay O(1): rosters have millions of records
    const auto base = c.base();
    // Households, and persons across households.
    std::unordered_map<resident_id, std::size_t> household_of;
    for (std::size_t i = 0; i < r.households.size(); ++i) {
        const auto& h = r.households[i];
        c.set_base(base / "households" / i);
        check(h, c);
        for (std::size_t j = 0; j < h.members.size(); ++j) {
            const auto& id = h.members[j].person.id;
            const auto [it, inserted] = household_of.emplace(id, i);
            if (!inserted && it->second != i)
                c.report("RCP-070", field_path{} / "members" / j / "person" / "id",
                         {id.to_string(), r.households[it->second].id});
        }
    }
    // Persons listed on their own (特困, children, ...).
    for (std::size_t i = 0; i < r.persons.size(); ++i) {
        c.set_base(base / "persons" / i);
        check(r.persons[i], c);
    }
    // Cases.
    for (std::size_t i = 0; i < r.cases.size(); ++i) {
        const auto& f = r.cases[i];
        c.set_base(base / "cases" / i);
        check(f, c);
        if (detail::is_household_case(f.category)) {
            check_reference(c, field_path{} / "subject", "家庭 " + f.subject, "household " + f.subject,
                            index.find_household(f.subject) != nullptr);
        } else {
            const auto id = resident_id::parse(f.subject, c.on());
            check_reference(c, field_path{} / "subject", "人员 " + f.subject, "person " + f.subject,
                            id && index.find_person(*id) != nullptr);
        }
        // A receiving 低保 household covers all its co-resident members.
        if (f.category == assistance_category::dibao && f.is_active_on(c.on())) {
            if (const auto* h = index.find_household(f.subject)) {
                for (std::size_t j = 0; j < h->members.size(); ++j) {
                    const auto& m = h->members[j];
                    if (!m.covered && is_co_resident(m, c.on(), dibao_edition_on(c.on()))) {
                        c.set_base(base / "households" / static_cast<std::size_t>(h - r.households.data()));
                        c.report("RCP-013", field_path{} / "members" / j / "covered", {m.person.id.to_string()});
                        c.set_base(base / "cases" / i);
                    }
                }
            }
        }
    }
    // County spot checks: the share of decided cases the county visited at home (2012 低保 art. 26, 2021 特困
    // art. 16: at least 30 %), per county, category and measure, judged on the last acceptance date of the group.
    struct spot_tally {
        std::size_t decided = 0;
        std::size_t visited = 0;
        date judged;
    };
    std::map<std::tuple<std::string_view, division_code, assistance_category>, spot_tally> spot;
    for (const auto& f : r.cases) {
        const auto* d = detail::first_decision(f);
        if (d == nullptr) continue;
        const bool y2012 = dibao_edition_on(f.edition_date()) == dibao_edition::y2012;
        const bool dibao = f.category == assistance_category::dibao || f.category == assistance_category::dibao_edge;
        const std::string_view name = dibao && y2012                                       ? "dibao_spot_check_percent"
                                      : f.category == assistance_category::tekun && !y2012 ? "tekun_spot_check_percent"
                                                                                           : "";
        if (name.empty()) continue;
        auto& t = spot[{name, f.division, f.category}];
        if (t.decided == 0 || t.judged < f.edition_date()) t.judged = f.edition_date();
        ++t.decided;
        t.visited += d->home_visit ? 1 : 0;
    }
    for (const auto& [key, t] : spot) {
        const auto& [name, division, category] = key;
        const auto now = c.on();
        c.set_date(t.judged);
        c.set_base(base);
        if (const auto least = c.value<ratio>(name, division, field_path{} / "cases");
            least && detail::int128{static_cast<std::int64_t>(t.visited)} * least->denominator <
                         detail::int128{static_cast<std::int64_t>(t.decided)} * least->numerator) {
            const auto percent = (least->numerator * 100) % least->denominator == 0
                                     ? std::to_string(least->numerator * 100 / least->denominator) + "%"
                                     : least->to_string();
            c.report("RCP-059", field_path{} / "cases",
                     {division.to_string() + " " + std::string(division.name()), std::string(chinese_name(category)),
                      std::to_string(t.visited), std::to_string(t.decided), percent, division.to_string(),
                      std::string(to_string(category))});
        }
        c.set_date(now);
    }
    // Enrolments: references, and exclusive categories for minors.
    for (std::size_t i = 0; i < r.enrolments.size(); ++i) {
        const auto& e = r.enrolments[i];
        c.set_base(base / "enrolments" / i);
        check_reference(c, field_path{} / "case_id", "案件 " + e.case_id, "case " + e.case_id,
                        index.find_case(e.case_id) != nullptr);
        check_reference(c, field_path{} / "person", "人员 " + e.person.to_string(), "person " + e.person.to_string(),
                        index.find_person(e.person) != nullptr);
        for (std::size_t j = 0; j < i; ++j) {
            const auto& other = r.enrolments[j];
            if (other.person != e.person || !detail::exclusive_for_minors(e.category, other.category) ||
                !other.during.overlaps(e.during))
                continue;
            // Judged on the first day of the overlap on which the rule is in force (not the validation date),
            // with the person's age that day.
            const auto judged = detail::first_day_in_force("RCP-025", e.during, other.during);
            if (!judged) continue;
            const auto now = c.on();
            c.set_date(*judged);
            const auto adult = c.value<std::int64_t>("adult_age", std::nullopt, field_path{} / "person");
            if (adult && e.person.age_on(*judged) < *adult)
                c.report("RCP-025", field_path{} / "category",
                         {e.person.to_string(), std::string(chinese_name(other.category)),
                          std::string(chinese_name(e.category))});
            c.set_date(now);
        }
    }
    c.set_base(base);
}

inline validation_report validate_roster(const roster& r, date on, const rule_set& rules, const policy_table& policy)
{
    rule_context c(rules, policy, on);
    check(r, c);
    rules.run_custom(r, c);
    validation_report report;
    report.parameters_used = c.parameters_used();
    report.findings = c.take_findings();
    report.counts = count_by_severity(report.findings);
    return report;
}

inline inclusion_count newly_included(const roster& r, assistance_category category, division_code where,
                                      const period& when)
{
    const detail::roster_index index(r);  // lookups by id stay O(1): rosters have millions of records
    inclusion_count n;
    for (const auto& f : r.cases) {
        const auto approved = f.approved_on();
        if (f.category != category || !approved || !when.contains(*approved) || !f.division.is_within(where)) continue;
        if (detail::is_household_case(category)) {
            ++n.households;
            if (const auto* h = index.find_household(f.subject)) {
                for (const auto* m : co_resident_members(*h, *approved)) n.persons += m->covered ? 1 : 0;
            }
        } else {
            ++n.persons;
        }
    }
    return n;
}

inline std::map<assistance_category, std::size_t> recipients_by_category(const roster& r, division_code where, date on)
{
    const detail::roster_index index(r);  // lookups by id stay O(1): rosters have millions of records
    std::map<assistance_category, std::size_t> out;
    for (const auto& e : r.enrolments) {
        const auto* f = index.find_case(e.case_id);
        if (f == nullptr || !f->division.is_within(where) || !e.during.contains(on)) continue;
        ++out[e.category];
    }
    return out;
}

inline std::vector<review_due> reviews_due(const roster& r, date on, int within_days, const rule_set& rules,
                                           const policy_table& policy)
{
    rule_context c(rules, policy, on);
    // Every due date lies in the supported years, so a horizon beyond them (any int) is their end, not an overflow.
    const date first_day(min_supported_year, 1, 1);
    const date last_day(max_supported_year, 12, 31);
    const auto horizon = within_days >= (last_day - on).days()    ? last_day
                         : within_days <= (first_day - on).days() ? first_day
                                                                  : on + boost::gregorian::days(within_days);
    std::vector<review_due> out;
    for (const auto& f : r.cases) {
        const auto due = next_review_due(f, c);
        if (due && *due <= horizon) out.push_back({f.id, f.category, *due, *due < on});
    }
    std::stable_sort(out.begin(), out.end(), [](const review_due& a, const review_due& b) { return a.due < b.due; });
    return out;
}

inline std::string mask_id(const resident_id& id)
{
    auto text = id.to_string();
    for (std::size_t i = 6; i < 14; ++i) text[i] = '*';
    return text;
}

inline result<public_notice> make_public_notice(const roster& r, division_code where, date posted,
                                                const policy_table& policy, notice_options options)
{
    const detail::roster_index index(r);  // lookups by id stay O(1): rosters have millions of records
    const auto* days = policy.find("public_notice_days", where, posted);
    if (days == nullptr) return error::unknown_parameter;
    // A table refuses values outside the parameter's range (1 to 3660 days), so `last` is a real, later date;
    // still checked, so that no table, however built, can make this dereference an error.
    const auto* n = std::get_if<std::int64_t>(&days->value);
    if (n == nullptr || *n < 1 || *n > 3'660) return error::parameter_out_of_range;
    static const work_calendar national = work_calendar::china();  // immutable once built, as rule_context's
    auto end = notice_end(posted, *n, options.calendar != nullptr ? *options.calendar : national);
    if (!end) return end.error();
    const auto last = *end;
    auto during = period::make(posted, last);
    if (!during) return during.error();
    public_notice notice{where, *during, last, options.unmasked, {}};
    for (const auto& f : r.cases) {
        if (!f.division.is_within(where) || f.category == assistance_category::orphan ||
            f.category == assistance_category::de_facto_unsupported_child)
            continue;
        bool posted_that_day = false;
        for (const auto& e : f.events) {
            posted_that_day = posted_that_day || (detail::is_notice(e.to) && e.on == posted);
        }
        if (!posted_that_day) continue;
        notice_row row;
        row.case_id = f.id;
        const person* who = nullptr;
        if (const auto* h = index.find_household(f.subject)) {
            for (const auto& m : h->members) {
                if (m.relation == relation::head) who = &m.person;
                row.household_size += m.covered ? 1 : 0;
            }
        } else if (const auto id = resident_id::parse(f.subject, posted)) {
            who = index.find_person(*id);
            row.household_size = 1;
        }
        if (who != nullptr) {
            row.name = options.unmasked ? who->name.str() : who->name.masked();
            row.id = options.unmasked ? who->id.to_string() : mask_id(who->id);
        }
        if (const auto it = options.amounts.find(f.id); it != options.amounts.end()) row.amount = it->second;
        notice.rows.push_back(std::move(row));
    }
    return notice;
}

}  // namespace minzheng
