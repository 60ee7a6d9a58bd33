#pragma once
// JSON for the donations module, and the ledger's JSON Lines file: one entry a line, appendable, each line the
// canonical JSON of its entry including the hash chain. Loading checks every line: it must be exactly the canonical
// form of what it decodes to (so any changed byte is caught, whitespace included), its hash must chain, and its
// operation must pass the ledger's checks; every problem is a finding with the line's index.

#include <minzheng/donations/disclosure.hpp>
#include <minzheng/donations/ledger.hpp>
#include <minzheng/json/core.hpp>
#include <minzheng/json/detail/object.hpp>
#include <minzheng/json/rules.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace minzheng {

namespace detail {
template <>
inline constexpr std::span<const enum_name<donor::kind>> json_names<donor::kind>{donor_kind_names};
template <>
inline constexpr std::span<const enum_name<fund_kind>> json_names<fund_kind>{fund_kind_names};
template <>
inline constexpr std::span<const enum_name<value_basis>> json_names<value_basis>{value_basis_names};
template <>
inline constexpr std::span<const enum_name<entry_kind>> json_names<entry_kind>{entry_kind_names};
}  // namespace detail

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const donor& x)
{
    v = boost::json::object{
        {"type", boost::json::value_from(x.type)},  {"name", x.name},       {"id", detail::optional_to_json(x.id)},
        {"code", detail::optional_to_json(x.code)}, {"contact", x.contact}, {"disclose", x.disclose}};
}
inline boost::system::result<donor> tag_invoke(boost::json::try_value_to_tag<donor>, const boost::json::value& v)
{
    detail::object_reader r(v);
    donor d;
    const auto type = r.get<donor::kind>("type");
    if (!r) return r.error();
    d.type = *type;
    r.optional_value("name", d.name);
    r.optional("id", d.id);
    r.optional("code", d.code);
    r.optional_value("contact", d.contact);
    r.optional_value("disclose", d.disclose);
    if (!r) return r.error();
    return d;
}

inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const ledger_entry& x)
{
    boost::json::array drawn;
    for (const auto& [seq, q] : x.drawn)
        drawn.push_back(boost::json::object{{"donation", seq}, {"amount", q.to_string()}});
    v = boost::json::object{{"seq", x.seq},
                            {"kind", boost::json::value_from(x.kind)},
                            {"on", date_to_json(x.on)},
                            {"fund", x.fund},
                            {"to_fund", x.to_fund},
                            {"from", detail::optional_to_json(x.from)},
                            {"amount", x.amount.fen()},
                            {"item", x.item},
                            {"goods", x.goods ? boost::json::value(x.goods->to_string()) : nullptr},
                            {"fair_value", x.fair_value ? boost::json::value(x.fair_value->fen()) : nullptr},
                            {"basis", boost::json::value_from(x.basis)},
                            {"counterparty", x.counterparty},
                            {"ref", x.ref ? boost::json::value(*x.ref) : nullptr},
                            {"number", x.number},
                            {"note", x.note},
                            {"consent", x.consent},
                            {"fund_type", boost::json::value_from(x.fund_type)},
                            {"beneficiary", x.beneficiary},
                            {"division", detail::optional_to_json(x.division)},
                            {"drawn", std::move(drawn)},
                            {"hash", x.hash}};
}
inline boost::system::result<ledger_entry> tag_invoke(boost::json::try_value_to_tag<ledger_entry>,
                                                      const boost::json::value& v)
{
    detail::object_reader r(v);
    ledger_entry e;
    const auto seq = r.get<std::uint64_t>("seq");
    const auto kind = r.get<entry_kind>("kind");
    const auto on = r.get_date("on");
    if (!r) return r.error();
    e.seq = *seq;
    e.kind = *kind;
    e.on = *on;
    r.optional_value("fund", e.fund);
    r.optional_value("to_fund", e.to_fund);
    r.optional("from", e.from);
    r.optional_value("amount", e.amount);
    r.optional_value("item", e.item);
    r.optional("goods", e.goods);
    r.optional("fair_value", e.fair_value);
    r.optional_value("basis", e.basis);
    r.optional_value("counterparty", e.counterparty);
    r.optional("ref", e.ref);
    r.optional_value("number", e.number);
    r.optional_value("note", e.note);
    r.optional_value("consent", e.consent);
    r.optional_value("fund_type", e.fund_type);
    r.optional_value("beneficiary", e.beneficiary);
    r.optional("division", e.division);
    r.optional_value("hash", e.hash);
    if (const auto* o = v.if_object(); o && o->contains("drawn")) {
        const auto* a = o->at("drawn").if_array();
        if (a == nullptr) return boost::system::error_code(make_error_code(error::json_wrong_type));
        for (const auto& d : *a) {
            detail::object_reader dr(d);
            const auto donation = dr.get<std::uint64_t>("donation");
            const auto amount = dr.get<quantity>("amount");
            if (!dr) return dr.error();
            e.drawn.emplace_back(*donation, *amount);
        }
    }
    if (!r) return r.error();
    return e;
}

namespace detail {
/// The first line of a ledger file, in its canonical form. Version 2: the hash covers enumerations by their stable
/// names and the consent of a purpose change in its own field (version 1 hashed enumerator positions).
inline constexpr std::string_view ledger_envelope = R"({"format":"minzheng.donation_ledger","version":2})";
/// Why a version 1 ledger is not read: its hashes cannot be recomputed from the fields.
inline constexpr std::string_view ledger_v1_refused =
    "version 1 ledgers (before minzheng 0.1.0) hashed enumerator positions and cannot be verified; export the "
    "entries again with this version";
inline constexpr std::string_view ledger_v1_refused_zh =
    "第 1 版台账（minzheng 0.1.0 之前）按枚举序号计算哈希，无法校验；请用本版本重新导出各条记录";
}  // namespace detail

/// The ledger as JSON Lines: the envelope {"format":"minzheng.donation_ledger","version":2}, then one canonical
/// entry a line, each ending in '\n'.
[[nodiscard]] inline std::string to_jsonl(const donation_ledger& l)
{
    std::string out(detail::ledger_envelope);
    out += '\n';
    for (const auto& e : l.entries()) {
        out += boost::json::serialize(boost::json::value_from(e));
        out += '\n';
    }
    return out;
}

/// Loads a JSON Lines ledger. The envelope line is checked (DOC-001 for another format, a newer version, version 1
/// or no envelope at all; DON-010 when not canonical). Findings on entries have the
/// entry's index as the path "/<index>": DOC-001 a line that is not
/// a JSON entry; DON-010 a line that is not canonical, whose hash does not chain, or whose operation the ledger
/// refuses. The ledger is returned only when there is no finding; a file is read up to its first refused line,
/// since every later hash depends on it. Lines beyond `max_lines` are refused (DOC-001) to bound the work.
[[nodiscard]] inline load_result<donation_ledger> ledger_from_jsonl(std::string_view text,
                                                                    std::size_t max_lines = 50'000'000)
{
    load_result<donation_ledger> out;
    detail::load_findings findings;
    std::vector<ledger_entry> entries;
    bool failed = false;
    // The envelope line. A file without one was written before envelopes existed: version 1, refused. (An empty
    // file is an empty ledger.)
    if (!text.empty() && !text.starts_with(R"({"format")")) {
        findings.invalid(field_path{}, detail::ledger_v1_refused, detail::ledger_v1_refused_zh);
        failed = true;
    } else if (!text.empty()) {
        const auto end = text.find('\n');
        const auto line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        boost::system::error_code ec;
        const auto v = boost::json::parse(line, ec);
        if (ec) {
            findings.invalid(field_path{}, std::error_code(ec));
            failed = true;
        } else if (!findings.envelope(v, "minzheng.donation_ledger", 2)) {
            failed = true;
        } else if (v.as_object().at("version") == 1) {
            findings.invalid(field_path{} / "version", detail::ledger_v1_refused, detail::ledger_v1_refused_zh);
            failed = true;
        } else if (line != detail::ledger_envelope) {
            findings.report("DON-010", field_path{},
                            {"1", make_error_code(error::tampered).message(), message_zh(error::tampered)});
            failed = true;
        }
    }
    for (std::size_t index = 0; !failed && !text.empty(); ++index) {
        const auto end = text.find('\n');
        const auto line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        const auto path = field_path{} / index;
        if (index >= max_lines) {
            findings.invalid(path, make_error_code(error::input_too_long));
            failed = true;
            break;
        }
        boost::system::error_code ec;
        const auto v = boost::json::parse(line, ec);
        auto e = ec ? boost::system::result<ledger_entry>(ec) : boost::json::try_value_to<ledger_entry>(v);
        if (!e) {
            findings.invalid(path, std::error_code(e.error()));
            failed = true;
            break;
        }
        if (boost::json::serialize(boost::json::value_from(*e)) != line) {
            findings.report(
                "DON-010", path,
                {std::to_string(index + 1), make_error_code(error::tampered).message(), message_zh(error::tampered)});
            failed = true;
            break;
        }
        entries.push_back(std::move(*e));
    }
    if (!failed) {
        std::size_t at = 0;
        auto ledger = donation_ledger::load(entries, &at);
        if (ledger) {
            out.value = std::move(*ledger);
        } else {
            findings.report("DON-010", field_path{} / at,
                            {std::to_string(at + 1), ledger.error().message(), message_zh(ledger.error())});
        }
    }
    out.findings = findings.take();
    return out;
}

/// A disclosure report as JSON (written only), amounts in 分 and the total also as 万元 text.
inline void tag_invoke(boost::json::value_from_tag, boost::json::value& v, const disclosure_report& x)
{
    boost::json::array funds;
    for (const auto& f : x.funds) {
        boost::json::array uses;
        for (const auto& [to, amount] : f.uses)
            uses.push_back(boost::json::object{{"to", to}, {"amount", amount.fen()}});
        funds.push_back(boost::json::object{{"fund", f.fund},
                                            {"received", f.received.fen()},
                                            {"used", f.used.fen()},
                                            {"returned", f.returned.fen()},
                                            {"balance", f.balance.fen()},
                                            {"uses", std::move(uses)}});
    }
    v = boost::json::object{{"covered", boost::json::value_from(x.covered)},
                            {"money_received", x.money_received.fen()},
                            {"goods_value_received", x.goods_value_received.fen()},
                            {"total_received", x.total_received.fen()},
                            {"total_received_wan", x.total_received.to_wan_string(1)},
                            {"used", x.used.fen()},
                            {"funds", std::move(funds)}};
}

}  // namespace minzheng
