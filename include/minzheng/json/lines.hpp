#pragma once
// 名册逐行核查 — rosters as JSON Lines, checked one record at a time in bounded memory, so a province's or the
// whole country's roll (about 40 million 低保 persons) can be checked on one machine.
//
// The file ("minzheng.roster_lines"): the first line is the envelope {"format": "minzheng.roster_lines",
// "version": 1}; every later line is one record, {"household": {...}} or {"person": {...}}, in the shapes of the
// "minzheng.roster" document. Cases and enrolments refer across records and stay in a roster document.
//
// Memory: one line, one decoded record and the set of person ids seen (resident_id_set: 8 bytes a slot, at most
// 3/4 full). Nothing else grows with the file; findings go to the caller's sink as they are found.

#include <minzheng/core/resident_id.hpp>
#include <minzheng/json/document.hpp>
#include <minzheng/json/shape.hpp>
#include <minzheng/recipients/eligibility.hpp>
#include <minzheng/recipients/household.hpp>
#include <minzheng/recipients/person.hpp>
#include <minzheng/rules/context.hpp>
#include <minzheng/rules/finding.hpp>
#include <minzheng/rules/policy_table.hpp>
#include <minzheng/rules/rule_set.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace minzheng {

/// A set of resident ids kept as their 8-byte packed forms in one open-addressing table (linear probing). A slot is
/// 8 bytes and the table is at most 3/4 full, so an id costs between 10.7 and 21.3 bytes: 40 million ids fit in a
/// table of 2^26 slots, 512 MiB. No valid id packs to 0, which marks an empty slot.
class resident_id_set {
public:
    /// A set with room for `expected` ids before it grows.
    explicit resident_id_set(std::size_t expected = 0) { rehash(slots_for(expected)); }

    /// Adds the id; false when it was in the set already.
    bool insert(const resident_id& id)
    {
        if ((size_ + 1) * 4 > slots_.size() * 3) rehash(slots_.size() * 2);
        const auto key = id.packed();
        auto i = home(key);
        while (slots_[i] != 0) {
            if (slots_[i] == key) return false;
            i = (i + 1) & (slots_.size() - 1);
        }
        slots_[i] = key;
        ++size_;
        return true;
    }
    [[nodiscard]] bool contains(const resident_id& id) const noexcept
    {
        const auto key = id.packed();
        for (auto i = home(key); slots_[i] != 0; i = (i + 1) & (slots_.size() - 1)) {
            if (slots_[i] == key) return true;
        }
        return false;
    }
    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    /// The bytes the table holds (its slots).
    [[nodiscard]] std::size_t bytes() const noexcept { return slots_.size() * sizeof(std::uint64_t); }

private:
    [[nodiscard]] static std::size_t slots_for(std::size_t n)
    {
        std::size_t slots = 16;
        while (slots * 3 < n * 4) slots *= 2;
        return slots;
    }
    [[nodiscard]] std::size_t home(std::uint64_t key) const noexcept
    {
        // The finaliser of splitmix64: ids of one county differ only in their low digits.
        key ^= key >> 30;
        key *= 0xbf58476d1ce4e5b9ULL;
        key ^= key >> 27;
        key *= 0x94d049bb133111ebULL;
        key ^= key >> 31;
        return static_cast<std::size_t>(key) & (slots_.size() - 1);
    }
    void rehash(std::size_t slots)
    {
        std::vector<std::uint64_t> old(slots, 0);
        old.swap(slots_);
        size_ = 0;
        for (const auto key : old) {
            if (key == 0) continue;
            auto i = home(key);
            while (slots_[i] != 0) i = (i + 1) & (slots_.size() - 1);
            slots_[i] = key;
            ++size_;
        }
    }

    std::vector<std::uint64_t> slots_;
    std::size_t size_ = 0;
};

/// A finding of a streamed file: the line it was found on (from 1) and the finding, whose path is inside the line.
struct line_finding {
    std::size_t line = 0;
    finding what;
};

/// What a streaming check saw.
struct stream_summary {
    std::size_t lines = 0;       ///< lines read, the envelope included
    std::size_t households = 0;  ///< household records decoded
    std::size_t persons = 0;     ///< persons seen (household members and individual records)
    std::size_t rejected = 0;    ///< records not decoded because of an error in their shape
    severity_counts counts;
    std::size_t id_set_bytes = 0;  ///< the memory of the duplicate-id structure at the end
};

/// Checks a "minzheng.roster_lines" stream as of `on`, line by line. For each record: the shape and values (the
/// DOC rules, as read_document), then the household rules (check(const household&)), then RCP-072 for a person
/// already seen in an earlier record (RCP-071 stays the rule within one household). A missing or wrong envelope is
/// DOC-001/DOC-002 on line 1 and nothing more is read. Lines longer than options.limits.max_bytes are DOC-005 and
/// skipped without being held in memory. `sink` receives every finding as it is made. `expected_persons` sizes the
/// id set up front (no growth, so no moment with two tables); `detect_duplicates = false` leaves RCP-072 out and
/// keeps the memory flat whatever the file's size.
stream_summary check_roster_lines(std::istream& in, date on, const rule_set& rules, const policy_table& policy,
                                  const std::function<void(line_finding&&)>& sink, const read_options& options = {},
                                  std::size_t expected_persons = 0, bool detect_duplicates = true);

/// Writes a roster's households and persons as "minzheng.roster_lines" (cases and enrolments are not part of it).
[[nodiscard]] std::string to_roster_lines(const roster& r);

// ---- implementation --------------------------------------------------------------------------------------

namespace detail {

inline constexpr member_shape roster_line_members[] = {{"household", &shapes::household_object},
                                                       {"person", &shapes::person_object}};
inline constexpr shape roster_line_shape =
    object_shape("roster_line", "one household or one person", roster_line_members);

/// Reads lines of at most `max` bytes; longer lines are skipped to their end and reported as too long.
class line_reader {
public:
    line_reader(std::istream& in, std::size_t max) : in_(in), max_(max) {}

    /// The next line (without '\n' or a trailing '\r'); false at the end. `too_long` is set for a skipped line.
    bool next(std::string& line, bool& too_long)
    {
        line.clear();
        too_long = false;
        bool any = false;
        for (;;) {
            if (pos_ == end_ && !fill()) return any;
            any = true;
            const auto* begin = buffer_.data() + pos_;
            const auto* stop = buffer_.data() + end_;
            const auto* nl = std::find(begin, stop, '\n');
            const auto n = static_cast<std::size_t>(nl - begin);
            if (!too_long) {
                if (line.size() + n > max_) {
                    too_long = true;
                    line.clear();
                    line.shrink_to_fit();  // a skipped giant line keeps no memory
                } else {
                    // Grown by doubling but never past the limit: a line at the limit costs max_ bytes, not 2 × max_.
                    if (line.capacity() < line.size() + n)
                        line.reserve(std::min(max_, std::max(line.size() + n, 2 * line.capacity())));
                    line.append(begin, n);
                }
            }
            pos_ += n;
            if (nl != stop) {
                ++pos_;
                if (!line.empty() && line.back() == '\r') line.pop_back();
                return true;
            }
        }
    }

private:
    bool fill()
    {
        in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        pos_ = 0;
        end_ = static_cast<std::size_t>(in_.gcount());
        return end_ > 0;
    }

    std::istream& in_;
    std::size_t max_;
    std::vector<char> buffer_ = std::vector<char>(std::size_t{1} << 16);
    std::size_t pos_ = 0;
    std::size_t end_ = 0;
};

}  // namespace detail

inline stream_summary check_roster_lines(std::istream& in, date on, const rule_set& rules, const policy_table& policy,
                                         const std::function<void(line_finding&&)>& sink, const read_options& options,
                                         std::size_t expected_persons, bool detect_duplicates)
{
    stream_summary summary;
    resident_id_set seen(expected_persons);
    detail::line_reader reader(in, options.limits.max_bytes);
    std::string line;
    bool too_long = false;
    const auto emit = [&](std::size_t number, std::vector<finding>&& found) {
        for (auto& f : found) {
            switch (f.level) {
            case severity::error: ++summary.counts.errors; break;
            case severity::warning: ++summary.counts.warnings; break;
            case severity::notice: ++summary.counts.notices; break;
            }
            sink(line_finding{number, std::move(f)});
        }
    };
    while (reader.next(line, too_long)) {
        const auto number = ++summary.lines;
        detail::load_findings out;
        if (too_long) {
            out.report(
                "DOC-005", field_path{},
                {"line " + std::to_string(number), "longer than " + std::to_string(options.limits.max_bytes) + " bytes",
                 "第 " + std::to_string(number) + " 行",
                 "长度超过 " + std::to_string(options.limits.max_bytes) + " 字节"});
            ++summary.rejected;
            emit(number, out.take());
            if (number == 1) break;
            continue;
        }
        if (number == 1 && line.size() >= 3 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);  // BOM
        if (number > 1 && line.find_first_not_of(" \t") == std::string::npos) continue;                    // blank line
        auto doc = parse_strict(line, out, options.limits);
        if (number == 1) {
            if (doc && out.envelope(*doc, "minzheng.roster_lines", 1)) {
                if (const auto* o = doc->if_object())
                    out.unknown_members(*o, field_path{}, {"format", "version", "note"});
            }
            const bool stop = out.has_errors() || !doc;
            emit(number, out.take());
            if (stop) break;
            continue;
        }
        if (doc) shape_checker(out, options).check(*doc, detail::roster_line_shape);
        if (doc && !out.has_errors()) {
            const auto& o = doc->get_object();
            if (o.size() != 1) {
                out.report("DOC-001", field_path{},
                           {"(the line)", "a line holds exactly one of \"household\" and \"person\"", "这一行",
                            "每行只能有 \"household\"（家庭）与 \"person\"（人员）之一"});
            }
        }
        if (!doc || out.has_errors()) {
            ++summary.rejected;
            emit(number, out.take());
            continue;
        }
        emit(number, out.take());
        const auto& o = doc->get_object();
        if (const auto* h = o.if_contains("household")) {
            auto decoded = boost::json::try_value_to<household>(*h);
            if (!decoded) continue;  // the shape check above already refused what the decoder refuses
            ++summary.households;
            rule_context c(rules, policy, on);
            c.set_base(field_path{} / "household");
            check(*decoded, c);
            auto found = c.take_findings();
            for (std::size_t j = 0; j < decoded->members.size(); ++j) {
                const auto& id = decoded->members[j].person.id;
                const auto& members = decoded->members;
                const bool repeated_here =
                    std::any_of(members.begin(), members.begin() + static_cast<std::ptrdiff_t>(j),
                                [&](const member& m) { return m.person.id == id; });
                if (repeated_here) continue;  // RCP-071, reported by the household check
                ++summary.persons;
                if (detect_duplicates && !seen.insert(id)) {
                    c.set_base(field_path{} / "household");
                    c.report("RCP-072", field_path{} / "members" / j / "person" / "id", {id.to_string()});
                    for (auto& f : c.take_findings()) found.push_back(std::move(f));
                }
            }
            emit(number, std::move(found));
        } else if (const auto* p = o.if_contains("person")) {
            auto decoded = boost::json::try_value_to<person>(*p);
            if (!decoded) continue;
            ++summary.persons;
            // The person's own rules (RCP-001, RCP-003 as of `on`), as the document check runs them.
            rule_context c(rules, policy, on);
            c.set_base(field_path{} / "person");
            check(*decoded, c);
            if (detect_duplicates && !seen.insert(decoded->id))
                c.report("RCP-072", field_path{} / "id", {decoded->id.to_string()});
            emit(number, c.take_findings());
        }
    }
    summary.id_set_bytes = seen.bytes();
    return summary;
}

inline std::string to_roster_lines(const roster& r)
{
    std::string out = R"({"format":"minzheng.roster_lines","version":1})";
    out += '\n';
    for (const auto& h : r.households) {
        out += boost::json::serialize(boost::json::object{{"household", boost::json::value_from(h)}});
        out += '\n';
    }
    for (const auto& p : r.persons) {
        out += boost::json::serialize(boost::json::object{{"person", boost::json::value_from(p)}});
        out += '\n';
    }
    return out;
}

}  // namespace minzheng
