#pragma once
// 民政服务机构 — the bureau's institutions (敬老院 and other elderly-care homes, 特困 support facilities, child
// welfare homes, relief stations, funeral homes, marriage registries, welfare service centres, ...), their
// capacity, residents and staff. Occupancy never exceeds capacity: an admission that would is refused.

#include <minzheng/core/credit_code.hpp>
#include <minzheng/core/date.hpp>
#include <minzheng/core/detail/names.hpp>
#include <minzheng/core/division_code.hpp>
#include <minzheng/core/error.hpp>
#include <minzheng/core/resident_id.hpp>
#include <minzheng/rules/context.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace minzheng {

/// 机构类型 — the kinds of institution. `other` with `institution::custom_kind` for kinds an application adds.
enum class institution_kind {
    elderly_care,            ///< 养老机构 / 敬老院
    tekun_support,           ///< 特困人员供养服务设施
    child_welfare,           ///< 儿童福利院
    minor_protection,        ///< 未成年人救助保护机构
    relief_station,          ///< 救助管理站
    funeral_home,            ///< 殡仪馆
    marriage_registry,       ///< 婚姻登记处
    welfare_service_centre,  ///< 福利服务中心
    mental_health_welfare,   ///< 精神卫生福利机构
    other,                   ///< an application-defined kind, named in `custom_kind`
};

/// "elderly_care", ...: the names JSON files use.
[[nodiscard]] std::string_view to_string(institution_kind k) noexcept;
/// The kind with this name.
[[nodiscard]] std::optional<institution_kind> institution_kind_from_string(std::string_view s) noexcept;

/// 举办主体 — who runs the institution.
enum class operator_type { public_sector, private_sector };

/// A person living in an institution.
struct resident_stay {
    resident_id person;
    date admitted;
    std::optional<date> left;
    std::string category;  ///< e.g. "特困" (集中供养), "孤儿", "自费"

    [[nodiscard]] bool present_on(date d) const noexcept { return admitted <= d && (!left || d < *left); }
    friend bool operator==(const resident_stay&, const resident_stay&) = default;
};

/// A staff member.
struct staff_member {
    resident_id person;
    std::string role;  ///< 护理员, 院长, 医生, ...
    date since;
    std::optional<date> until;

    [[nodiscard]] bool present_on(date d) const noexcept { return since <= d && (!until || d < *until); }
    friend bool operator==(const staff_member&, const staff_member&) = default;
};

/// 机构 — an institution of the bureau.
class institution {
public:
    institution(std::string institution_id, std::string institution_name, institution_kind k, division_code where);

    std::string id;
    std::string name;
    institution_kind kind;
    std::string custom_kind;  ///< the application's kind when `kind` is `other`
    std::optional<credit_code> code;
    division_code division;
    operator_type run_by = operator_type::public_sector;
    std::optional<int> beds;  ///< capacity in beds; nullopt for institutions without residents
    std::string address;
    std::vector<resident_stay> residents;
    std::vector<staff_member> staff;

    /// Residents present on `d`.
    [[nodiscard]] std::size_t occupancy(date d) const noexcept;
    /// Staff present on `d`.
    [[nodiscard]] std::size_t staff_on(date d) const noexcept;
    /// Admits a resident. Errors: `overflow` when the institution would hold more residents than beds on any
    /// day of the stay (the institution is unchanged), `event_out_of_order` for a stay that ends before it begins.
    [[nodiscard]] result<void> admit(resident_stay stay);

    friend bool operator==(const institution&, const institution&) = default;
};

/// INS-001: residents above capacity on `on` (for institutions decoded from data; admit() refuses it); VAL-004
/// (a notice): a credit code whose registration authority the library does not list.
void check(const institution& i, rule_context& c);

// ---- implementation --------------------------------------------------------------------------------------

namespace detail {
inline constexpr enum_name<institution_kind> institution_kind_names[] = {
    {institution_kind::elderly_care, "elderly_care"},
    {institution_kind::tekun_support, "tekun_support"},
    {institution_kind::child_welfare, "child_welfare"},
    {institution_kind::minor_protection, "minor_protection"},
    {institution_kind::relief_station, "relief_station"},
    {institution_kind::funeral_home, "funeral_home"},
    {institution_kind::marriage_registry, "marriage_registry"},
    {institution_kind::welfare_service_centre, "welfare_service_centre"},
    {institution_kind::mental_health_welfare, "mental_health_welfare"},
    {institution_kind::other, "other"},
};
}  // namespace detail

inline std::string_view to_string(institution_kind k) noexcept
{
    return detail::name_of<institution_kind>(detail::institution_kind_names, k);
}

namespace detail {
/// The parameter name to read for `kind`: "name@kind" where the policy table holds a value for it, else "name".
[[nodiscard]] inline std::string scoped_parameter(std::string_view name, institution_kind kind, rule_context& c,
                                                  division_code where)
{
    auto scoped = std::string(name) + '@' + std::string(to_string(kind));
    if (c.policy().find(scoped, where, c.on()) != nullptr) return scoped;
    return std::string(name);
}

}  // namespace detail

inline std::optional<institution_kind> institution_kind_from_string(std::string_view s) noexcept
{
    return detail::value_named<institution_kind>(detail::institution_kind_names, s);
}

inline institution::institution(std::string institution_id, std::string institution_name, institution_kind k,
                                division_code where)
    : id(std::move(institution_id)), name(std::move(institution_name)), kind(k), division(where)
{
}

inline std::size_t institution::occupancy(date d) const noexcept
{
    std::size_t n = 0;
    for (const auto& r : residents) n += r.present_on(d) ? 1 : 0;
    return n;
}

inline std::size_t institution::staff_on(date d) const noexcept
{
    std::size_t n = 0;
    for (const auto& s : staff) n += s.present_on(d) ? 1 : 0;
    return n;
}

inline result<void> institution::admit(resident_stay stay)
{
    if (stay.left && *stay.left < stay.admitted) return error::event_out_of_order;
    if (beds) {
        // Occupancy only rises on an admission day, so checking each admission day inside the new stay is enough.
        auto peak = [&](date day) { return occupancy(day) + (stay.present_on(day) ? 1 : 0); };
        if (peak(stay.admitted) > static_cast<std::size_t>(*beds)) return error::overflow;
        for (const auto& r : residents) {
            if (stay.present_on(r.admitted) && peak(r.admitted) > static_cast<std::size_t>(*beds))
                return error::overflow;
        }
    }
    residents.push_back(std::move(stay));
    return {};
}

inline void check(const institution& i, rule_context& c)
{
    if (i.code && !i.code->registration_authority_listed())
        c.report("VAL-004", field_path{} / "code",
                 {i.code->to_string(), std::string(1, i.code->registration_authority())});
    if (!i.beds) return;
    const auto n = i.occupancy(c.on());
    if (n > static_cast<std::size_t>(*i.beds))
        c.report("INS-001", field_path{} / "residents", {i.name, std::to_string(n), std::to_string(*i.beds)});
}

}  // namespace minzheng
