#pragma once
// 捐赠台账 — the bureau's (or a charity's) append-only book of money and goods (款物) received from society:
// general and designated funds, allocations, transfers and disbursements, returns, receipts, reversals, and
// purpose changes with the donor's consent. The ledger refuses any entry that would break an invariant — a
// balance below zero, designated money spent on anything else, a receipt number used twice, a reversal of a
// reversal — and a refused entry leaves it exactly as it was. Each entry carries a SHA-256 hash of its content
// and of the previous entry's hash, so a stored ledger that was edited is detected (policy-rules.md section 6).

#include <minzheng/core/credit_code.hpp>
#include <minzheng/core/date.hpp>
#include <minzheng/core/detail/names.hpp>
#include <minzheng/core/division_code.hpp>
#include <minzheng/core/error.hpp>
#include <minzheng/core/identifier.hpp>
#include <minzheng/core/money.hpp>
#include <minzheng/core/quantity.hpp>
#include <minzheng/core/resident_id.hpp>
#include <minzheng/core/rounding.hpp>
#include <minzheng/donations/detail/sha256.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace minzheng {

/// 捐赠人 — a person, an organisation, or anonymous. `disclose` is true only when the donor agreed to publication
/// of their name (慈善法 art. 76 protects a donor who asks not to be named). It is false by default: a record, a
/// JSON member or a sheet column that does not say so never makes a person's name public.
struct donor {
    enum class kind { person, organisation, anonymous } type = kind::anonymous;
    std::string name;
    std::optional<resident_id> id;
    std::optional<credit_code> code;
    std::string contact;
    bool disclose = false;

    friend bool operator==(const donor&, const donor&) = default;
};

/// 非定向 / 定向 — a general fund, or one designated for a purpose, an institution or a named recipient.
enum class fund_kind { general, designated };

/// 公允价值依据 — the basis of a goods donation's fair value; `none` forbids a receipt.
enum class value_basis { invoice, customs_declaration, assessment, none };

/// The kinds of entry.
enum class entry_kind {
    fund_opened,        ///< a fund and its purpose
    money_received,     ///< 接收捐款
    goods_received,     ///< 接收捐赠物资
    allocation,         ///< money moved from a general fund to a designated one
    transfer,           ///< 转赠 to a charity or an institution
    disbursement,       ///< 拨付 to an institution or a recipient
    returned_to_donor,  ///< 退还捐赠人
    reversal,           ///< 冲销 of an earlier entry
    purpose_change,     ///< 变更用途, with the donor's recorded consent
    receipt,            ///< 开具公益事业捐赠票据
    disclosure,         ///< 信息公开 published
};

/// One entry of the ledger. Fields not used by an entry's kind stay empty.
struct ledger_entry {
    std::uint64_t seq = 0;  ///< position, from 1
    entry_kind kind = entry_kind::money_received;
    date on;
    std::string fund;     ///< the fund received into, spent from, or opened
    std::string to_fund;  ///< allocation target
    std::optional<donor> from;
    money amount;      ///< money entries
    std::string item;  ///< goods entries
    std::optional<quantity> goods;
    std::optional<money> fair_value;  ///< goods received: the value with its basis
    value_basis basis = value_basis::none;
    std::string counterparty;          ///< receiving charity, institution or recipient
    std::optional<std::uint64_t> ref;  ///< the entry reversed, receipted or returned against
    std::string number;                ///< receipt number, in its normal form (normalize_identifier)
    std::string note;                  ///< purpose, reason
    std::string consent;               ///< purpose_change: the donor's consent record (同意书), its own field
    fund_kind fund_type = fund_kind::general;  ///< fund_opened
    std::string beneficiary;                ///< fund_opened / purpose_change: the institution or recipient designated
    std::optional<division_code> division;  ///< the receiving unit's division
    std::vector<std::pair<std::uint64_t, quantity>> drawn;  ///< goods spent: donation entry and amount taken
    std::string hash;  ///< SHA-256 of the previous hash and this entry's canonical text

    friend bool operator==(const ledger_entry&, const ledger_entry&) = default;
};

/// The stable names of the ledger's enumerations ("money_received", "designated", ...): what JSON files and the
/// canonical text use, so that reordering an enumerator changes neither a stored file nor a stored hash.
[[nodiscard]] std::string_view to_string(donor::kind k) noexcept;
[[nodiscard]] std::string_view to_string(fund_kind k) noexcept;
[[nodiscard]] std::string_view to_string(value_basis b) noexcept;
[[nodiscard]] std::string_view to_string(entry_kind k) noexcept;

/// The canonical text of an entry (every field but the hash, in a fixed order, enumerations by their stable
/// names): what the hash covers.
[[nodiscard]] std::string canonical_text(const ledger_entry& e);

class donation_ledger;
/// True when the ledger still has entry `seq` with the hash that was published for it (a disclosure's anchor,
/// disclosure_report::anchor_hash). The hash chain alone shows that a file is consistent with itself; someone who
/// rewrites an entry and recomputes every later hash makes a consistent file too. Such a rewrite of anything up to
/// a published anchor changes the anchor's hash, and this says so. Entries after the last anchor are protected
/// only by the next one.
[[nodiscard]] bool matches_anchor(const donation_ledger& l, std::uint64_t seq, std::string_view hash);

/// 捐赠台账 — the ledger. A value; appends are checked, nothing is ever edited or deleted.
class donation_ledger {
public:
    /// The hash the first entry chains from.
    static constexpr std::string_view genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// Opens a fund: `general`, or `designated` for a purpose and optionally one beneficiary. Errors:
    /// `duplicate_number` (the id exists), `event_out_of_order` (dated before the last entry), and for an id that
    /// is not an identifier in its normal form (normalize_identifier): `empty_input`, `control_character`
    /// (an invisible character), `invalid_character` (outer spaces or full-width forms: "general " is not "general").
    result<std::uint64_t> open_fund(const std::string& id, fund_kind kind, const std::string& purpose,
                                    const std::string& beneficiary, date on);
    /// Money received into a fund from a donor.
    result<std::uint64_t> receive_money(const std::string& fund, donor from, money amount, date on,
                                        std::optional<division_code> division = std::nullopt);
    /// Goods received into a fund, with their fair value and its basis (nullopt / `none`: no proof of value).
    /// `overflow` when the fund's balance of the item would no longer be representable.
    result<std::uint64_t> receive_goods(const std::string& fund, donor from, const std::string& item, quantity amount,
                                        std::optional<money> fair_value, value_basis basis, date on,
                                        std::optional<division_code> division = std::nullopt);
    /// Money moved from a general fund to a designated one (`designation_violated` from a designated fund).
    result<std::uint64_t> allocate(const std::string& from_fund, const std::string& to_fund, money amount, date on);
    /// Money paid out (`transfer` or `disbursement`) to `to`. A fund designated for a beneficiary pays only it.
    result<std::uint64_t> spend(entry_kind kind, const std::string& fund, const std::string& to, money amount, date on);
    /// Goods given out from a fund, first received first out among its donations of the item.
    result<std::uint64_t> spend_goods(entry_kind kind, const std::string& fund, const std::string& item,
                                      quantity amount, const std::string& to, date on);
    /// Money or goods of a donation returned to its donor. `illegal_transition` for a donation reversed, already
    /// returned, or with a receipt in force (reverse the receipt first: the receipt says the gift was kept).
    result<std::uint64_t> return_to_donor(std::uint64_t donation, date on);
    /// Reverses an earlier entry once; restores the balances exactly. Errors: `unknown_reference`,
    /// `illegal_transition` (a reversal, an already reversed entry, a donation with a receipt in force or returned
    /// to its donor — reverse the receipt or the return instead — or a kind that cannot be reversed),
    /// `insufficient_stock` (the reversal would take a balance below zero).
    result<std::uint64_t> reverse(std::uint64_t seq, date on, const std::string& reason);
    /// Changes a designated fund's purpose; `designation_violated` without a recorded consent.
    result<std::uint64_t> change_purpose(const std::string& fund, const std::string& purpose,
                                         const std::string& beneficiary, const std::string& consent, date on);
    /// Issues a 公益事业捐赠票据 for a donation. The number is stored in its normal form (normalize_identifier), so
    /// "粤财0001 " and 粤财０００１ are the number 粤财0001. Errors: `duplicate_number` (in any of its forms, also
    /// for a voided receipt's number), `no_proof_of_value`, `illegal_transition` (the donation already has a
    /// receipt, was reversed or was returned), and normalize_identifier's (`empty_input`, `control_character`, ...).
    result<std::uint64_t> issue_receipt(std::uint64_t donation, const std::string& number, date on);
    /// Records that a disclosure was published on `on`.
    result<std::uint64_t> record_disclosure(date on, const std::string& note);

    /// Appends an entry decoded from storage, by its kind, through the same checks; its hash must chain.
    /// Errors: as the operations, and `tampered` when the stored entry or its hash differs from the one the
    /// operation makes. A refused entry leaves the ledger unchanged (this copies the ledger: use load() for files).
    result<std::uint64_t> replay(const ledger_entry& stored);
    /// A ledger rebuilt from stored entries in order, each replayed and verified; on the first refused entry, its
    /// index and error. Linear in the number of entries.
    [[nodiscard]] static result<donation_ledger> load(const std::vector<ledger_entry>& stored,
                                                      std::size_t* failed_at = nullptr);

    [[nodiscard]] const std::vector<ledger_entry>& entries() const& noexcept { return entries_; }
    const std::vector<ledger_entry>& entries() const&& = delete;  // would refer into a dying ledger
    /// The hash of the last entry (the genesis hash for an empty ledger): the head of the chain.
    [[nodiscard]] std::string_view head_hash() const& noexcept
    {
        return entries_.empty() ? genesis : entries_.back().hash;
    }
    std::string_view head_hash() const&& = delete;  // would view into a dying ledger
    [[nodiscard]] bool has_fund(const std::string& id) const { return funds_.count(id) != 0; }

    /// Money in a fund now. O(1).
    [[nodiscard]] money balance(const std::string& fund) const;
    /// Money in a fund at the end of `on`. O(log n).
    [[nodiscard]] money balance_on(const std::string& fund, date on) const;
    /// Goods of an item in a fund now, in the item's unit; nullopt for an item never received. O(log n).
    [[nodiscard]] std::optional<quantity> goods_balance(const std::string& fund, const std::string& item) const;
    /// Goods of an item in a fund at the end of `on` (entries and reversals dated after it not counted). O(log n).
    [[nodiscard]] std::optional<quantity> goods_balance_on(const std::string& fund, const std::string& item,
                                                           date on) const;

    /// Money and goods value received within `days` (reversed receipts excluded), in divisions within `where`
    /// when given: the bulletin's "共接收社会各界人士自发捐赠款物共计210.9万元". One pass over the entries. Throws
    /// std::system_error(error::overflow) only for a total past ±9.2×10^16 分 (each fund's balance is checked as it
    /// changes; a sum over many funds and returns is not).
    [[nodiscard]] money received_total(const period& days, std::optional<division_code> where = std::nullopt) const;
    /// Money and goods value received from donors with this name. One pass; throws as received_total().
    [[nodiscard]] money received_from(const std::string& donor_name) const;
    /// Donations (money or goods received, not reversed) that still have no receipt.
    [[nodiscard]] std::vector<const ledger_entry*> without_receipt() const&;
    std::vector<const ledger_entry*> without_receipt() const&& = delete;  // points into this ledger
    /// The uses of a donation: for goods, every entry that drew from it (with the amount); for money, the spending
    /// entries of its fund. The answer to "where did the masks donated by X go?".
    [[nodiscard]] std::vector<std::pair<const ledger_entry*, std::optional<quantity>>> trail(
        std::uint64_t donation) const&;
    std::vector<std::pair<const ledger_entry*, std::optional<quantity>>> trail(std::uint64_t donation) const&& =
        delete;  // points into this ledger
    /// True when every entry's hash chains from the genesis.
    [[nodiscard]] bool verify() const;
    /// The entry at `seq`, or nullptr.
    const ledger_entry* find(std::uint64_t seq) const&& = delete;  // points into this ledger
    [[nodiscard]] const ledger_entry* find(std::uint64_t seq) const& noexcept
    {
        return seq >= 1 && seq <= entries_.size() ? &entries_[seq - 1] : nullptr;
    }
    /// Whether an entry was reversed.
    [[nodiscard]] bool is_reversed(std::uint64_t seq) const { return reversed_.count(seq) != 0; }

private:
    struct fund_state {
        fund_kind kind = fund_kind::general;
        std::string purpose;
        std::string beneficiary;
        money balance;
        std::vector<std::pair<date, money>> history;  // balance after each change, in date order
    };
    struct lot {
        std::uint64_t donation;  // lots_ is in the order of receipt, so sorted by this
        std::int64_t remaining;  // base units
    };
    /// The goods of one item in one fund: which lots still hold some (first received first out), how much in all,
    /// and the balance after each change in date order, so that balances now and on a date are O(log n).
    struct goods_pool {
        std::set<std::size_t> open;  // indices into lots_ with remaining > 0
        std::int64_t held = 0;       // base units; receive_goods keeps it within int64
        std::vector<std::pair<date, std::int64_t>> history;
    };

    /// Replays without the copy: on failure the ledger is in an unspecified state (load() discards it).
    result<std::uint64_t> replay_in_place(const ledger_entry& stored);
    [[nodiscard]] result<void> check_date(date on) const;
    [[nodiscard]] result<money> apply_money(const std::string& fund, money delta, date on) const;
    std::uint64_t append(ledger_entry e);
    void set_balance(const std::string& fund, money value, date on);
    [[nodiscard]] std::size_t lot_index(std::uint64_t donation) const;
    /// Adds `delta` base units to lot `index` of `pool` (negative to take), keeping open, held and history.
    void move_goods(goods_pool& pool, std::size_t index, std::int64_t delta, date on);
    [[nodiscard]] goods_pool& pool_of(const std::string& fund, const std::string& item);
    [[nodiscard]] const goods_pool* find_pool(const std::string& fund, const std::string& item) const;

    std::vector<ledger_entry> entries_;
    std::map<std::string, fund_state, std::less<>> funds_;
    std::vector<lot> lots_;
    std::map<std::string, std::map<std::string, goods_pool, std::less<>>, std::less<>> pools_;  // fund -> item ->
    std::map<std::string, unit> units_;  // item -> unit of its first receipt
    std::map<std::string, std::uint64_t> receipt_numbers_;
    std::map<std::uint64_t, std::uint64_t> receipted_;  // donation -> receipt entry
    std::map<std::uint64_t, std::uint64_t> reversed_;   // entry -> reversal entry
    std::map<std::uint64_t, std::uint64_t> returned_;   // donation -> return entry
};

// ---- implementation --------------------------------------------------------------------------------------

namespace detail {

inline constexpr enum_name<donor::kind> donor_kind_names[] = {{donor::kind::person, "person"},
                                                              {donor::kind::organisation, "organisation"},
                                                              {donor::kind::anonymous, "anonymous"}};
inline constexpr enum_name<fund_kind> fund_kind_names[] = {{fund_kind::general, "general"},
                                                           {fund_kind::designated, "designated"}};
inline constexpr enum_name<value_basis> value_basis_names[] = {
    {value_basis::invoice, "invoice"},
    {value_basis::customs_declaration, "customs_declaration"},
    {value_basis::assessment, "assessment"},
    {value_basis::none, "none"}};
inline constexpr enum_name<entry_kind> entry_kind_names[] = {{entry_kind::fund_opened, "fund_opened"},
                                                             {entry_kind::money_received, "money_received"},
                                                             {entry_kind::goods_received, "goods_received"},
                                                             {entry_kind::allocation, "allocation"},
                                                             {entry_kind::transfer, "transfer"},
                                                             {entry_kind::disbursement, "disbursement"},
                                                             {entry_kind::returned_to_donor, "returned_to_donor"},
                                                             {entry_kind::reversal, "reversal"},
                                                             {entry_kind::purpose_change, "purpose_change"},
                                                             {entry_kind::receipt, "receipt"},
                                                             {entry_kind::disclosure, "disclosure"}};

inline void put(std::string& out, std::string_view key, std::string_view value)
{
    out += key;
    out += '=';
    for (const char c : value) {
        if (c == '\\' || c == '\n' || c == '|') out += '\\';
        out += c;
    }
    out += '|';
}

}  // namespace detail

inline std::string_view to_string(donor::kind k) noexcept
{
    return detail::name_of<donor::kind>(detail::donor_kind_names, k);
}
inline std::string_view to_string(fund_kind k) noexcept
{
    return detail::name_of<fund_kind>(detail::fund_kind_names, k);
}
inline std::string_view to_string(value_basis b) noexcept
{
    return detail::name_of<value_basis>(detail::value_basis_names, b);
}
inline std::string_view to_string(entry_kind k) noexcept
{
    return detail::name_of<entry_kind>(detail::entry_kind_names, k);
}

inline std::string canonical_text(const ledger_entry& e)
{
    std::string out;
    detail::put(out, "seq", std::to_string(e.seq));
    detail::put(out, "kind", to_string(e.kind));
    detail::put(out, "on", minzheng::to_iso_string(e.on));
    detail::put(out, "fund", e.fund);
    detail::put(out, "to_fund", e.to_fund);
    if (e.from) {
        detail::put(out, "donor.type", to_string(e.from->type));
        detail::put(out, "donor.name", e.from->name);
        detail::put(out, "donor.id", e.from->id ? e.from->id->to_string() : "");
        detail::put(out, "donor.code", e.from->code ? e.from->code->to_string() : "");
        detail::put(out, "donor.contact", e.from->contact);
        detail::put(out, "donor.disclose", e.from->disclose ? "1" : "0");
    }
    detail::put(out, "amount", std::to_string(e.amount.fen()));
    detail::put(out, "item", e.item);
    detail::put(out, "goods", e.goods ? e.goods->to_string() : "");
    detail::put(out, "fair_value", e.fair_value ? std::to_string(e.fair_value->fen()) : "");
    detail::put(out, "basis", to_string(e.basis));
    detail::put(out, "counterparty", e.counterparty);
    detail::put(out, "ref", e.ref ? std::to_string(*e.ref) : "");
    detail::put(out, "number", e.number);
    detail::put(out, "note", e.note);
    detail::put(out, "consent", e.consent);
    detail::put(out, "fund_type", to_string(e.fund_type));
    detail::put(out, "beneficiary", e.beneficiary);
    detail::put(out, "division", e.division ? e.division->to_string() : "");
    for (const auto& [seq, q] : e.drawn) detail::put(out, "drawn", std::to_string(seq) + ':' + q.to_string());
    return out;
}

inline result<void> donation_ledger::check_date(date on) const
{
    if (!entries_.empty() && on < entries_.back().on) return error::event_out_of_order;
    return {};
}

inline result<money> donation_ledger::apply_money(const std::string& fund, money delta, date) const
{
    const auto it = funds_.find(fund);
    if (it == funds_.end()) return error::unknown_reference;
    auto next = it->second.balance.plus(delta);
    if (!next) return next.error();
    if (next->is_negative()) return error::insufficient_stock;
    return *next;
}

inline void donation_ledger::set_balance(const std::string& fund, money value, date on)
{
    auto& f = funds_.at(fund);
    f.balance = value;
    f.history.emplace_back(on, value);
}

inline std::size_t donation_ledger::lot_index(std::uint64_t donation) const
{
    const auto it = std::lower_bound(lots_.begin(), lots_.end(), donation,
                                     [](const lot& l, std::uint64_t d) { return l.donation < d; });
    return static_cast<std::size_t>(it - lots_.begin());  // callers pass a goods donation: it is there
}

inline void donation_ledger::move_goods(goods_pool& pool, std::size_t index, std::int64_t delta, date on)
{
    auto& l = lots_[index];
    l.remaining += delta;
    pool.held += delta;
    if (l.remaining > 0)
        pool.open.insert(index);
    else
        pool.open.erase(index);
    if (!pool.history.empty() && pool.history.back().first == on)
        pool.history.back().second = pool.held;  // one balance a day is all balance_on needs
    else
        pool.history.emplace_back(on, pool.held);
}

inline donation_ledger::goods_pool& donation_ledger::pool_of(const std::string& fund, const std::string& item)
{
    return pools_[fund][item];
}

inline const donation_ledger::goods_pool* donation_ledger::find_pool(const std::string& fund,
                                                                     const std::string& item) const
{
    const auto f = pools_.find(fund);
    if (f == pools_.end()) return nullptr;
    const auto i = f->second.find(item);
    return i == f->second.end() ? nullptr : &i->second;
}

inline std::uint64_t donation_ledger::append(ledger_entry e)
{
    e.seq = entries_.size() + 1;
    detail::sha256 h;
    h.update(head_hash());
    h.update(canonical_text(e));
    e.hash = h.hex_digest();
    entries_.push_back(std::move(e));
    return entries_.back().seq;
}

inline result<std::uint64_t> donation_ledger::open_fund(const std::string& id, fund_kind kind,
                                                        const std::string& purpose, const std::string& beneficiary,
                                                        date on)
{
    if (auto ok = check_date(on); !ok) return ok.error();
    const auto normal = normalize_identifier(id);
    if (!normal) return normal.error();
    if (*normal != id) return error::invalid_character;  // a fund id is stored and looked up as written
    if (funds_.count(id)) return error::duplicate_number;
    funds_[id] = fund_state{kind, purpose, beneficiary, money{}, {}};
    ledger_entry e;
    e.kind = entry_kind::fund_opened;
    e.on = on;
    e.fund = id;
    e.fund_type = kind;
    e.note = purpose;
    e.beneficiary = beneficiary;
    return append(std::move(e));
}

inline result<std::uint64_t> donation_ledger::receive_money(const std::string& fund, donor from, money amount, date on,
                                                            std::optional<division_code> division)
{
    if (auto ok = check_date(on); !ok) return ok.error();
    if (amount.is_zero() || amount.is_negative()) return error::negative_count;
    auto next = apply_money(fund, amount, on);
    if (!next) return next.error();
    set_balance(fund, *next, on);
    ledger_entry e;
    e.kind = entry_kind::money_received;
    e.on = on;
    e.fund = fund;
    e.from = std::move(from);
    e.amount = amount;
    e.division = division;
    return append(std::move(e));
}

inline result<std::uint64_t> donation_ledger::receive_goods(const std::string& fund, donor from,
                                                            const std::string& item, quantity amount,
                                                            std::optional<money> fair_value, value_basis basis, date on,
                                                            std::optional<division_code> division)
{
    if (auto ok = check_date(on); !ok) return ok.error();
    if (!funds_.count(fund)) return error::unknown_reference;
    if (item.empty()) return error::empty_input;
    if (amount.is_zero() || amount.is_negative()) return error::negative_count;
    if (fair_value && fair_value->is_negative()) return error::negative_count;
    if (const auto u = units_.find(item); u != units_.end() && !amount.unit().same_dimension(u->second))
        return error::incompatible_units;
    // The fund's balance of the item must stay representable, so that every balance of it is exact.
    const auto* existing = find_pool(fund, item);
    const detail::int128 held = detail::int128{amount.base_amount()} + (existing != nullptr ? existing->held : 0);
    if (held > std::numeric_limits<std::int64_t>::max()) return error::overflow;
    units_.try_emplace(item, amount.unit());
    ledger_entry e;
    e.kind = entry_kind::goods_received;
    e.on = on;
    e.fund = fund;
    e.from = std::move(from);
    e.item = item;
    e.goods = amount;
    e.fair_value = fair_value;
    e.basis = fair_value ? basis : value_basis::none;
    e.division = division;
    const auto seq = append(std::move(e));
    lots_.push_back({seq, 0});
    move_goods(pool_of(fund, item), lots_.size() - 1, amount.base_amount(), on);
    return seq;
}

inline result<std::uint64_t> donation_ledger::allocate(const std::string& from_fund, const std::string& to_fund,
                                                       money amount, date on)
{
    if (auto ok = check_date(on); !ok) return ok.error();
    if (amount.is_zero() || amount.is_negative()) return error::negative_count;
    const auto from = funds_.find(from_fund);
    const auto to = funds_.find(to_fund);
    if (from == funds_.end() || to == funds_.end()) return error::unknown_reference;
    if (from_fund == to_fund) return error::illegal_transition;
    if (from->second.kind == fund_kind::designated) return error::designation_violated;
    auto out = apply_money(from_fund, amount.negated().value(), on);
    if (!out) return out.error();
    auto in = apply_money(to_fund, amount, on);
    if (!in) return in.error();
    set_balance(from_fund, *out, on);
    set_balance(to_fund, *in, on);
    ledger_entry e;
    e.kind = entry_kind::allocation;
    e.on = on;
    e.fund = from_fund;
    e.to_fund = to_fund;
    e.amount = amount;
    return append(std::move(e));
}

inline result<std::uint64_t> donation_ledger::spend(entry_kind kind, const std::string& fund, const std::string& to,
                                                    money amount, date on)
{
    if (kind != entry_kind::transfer && kind != entry_kind::disbursement) return error::illegal_transition;
    if (auto ok = check_date(on); !ok) return ok.error();
    if (amount.is_zero() || amount.is_negative()) return error::negative_count;
    const auto it = funds_.find(fund);
    if (it == funds_.end()) return error::unknown_reference;
    if (!it->second.beneficiary.empty() && it->second.beneficiary != to) return error::designation_violated;
    auto next = apply_money(fund, amount.negated().value(), on);
    if (!next) return next.error();
    set_balance(fund, *next, on);
    ledger_entry e;
    e.kind = kind;
    e.on = on;
    e.fund = fund;
    e.counterparty = to;
    e.amount = amount;
    return append(std::move(e));
}

inline result<std::uint64_t> donation_ledger::spend_goods(entry_kind kind, const std::string& fund,
                                                          const std::string& item, quantity amount,
                                                          const std::string& to, date on)
{
    if (kind != entry_kind::transfer && kind != entry_kind::disbursement) return error::illegal_transition;
    if (auto ok = check_date(on); !ok) return ok.error();
    const auto f = funds_.find(fund);
    const auto u = units_.find(item);
    if (f == funds_.end() || u == units_.end()) return error::unknown_reference;
    if (!f->second.beneficiary.empty() && f->second.beneficiary != to) return error::designation_violated;
    if (!amount.unit().same_dimension(u->second)) return error::incompatible_units;
    if (amount.is_zero() || amount.is_negative()) return error::negative_count;
    const auto* found = find_pool(fund, item);
    if (found == nullptr || found->held < amount.base_amount()) return error::insufficient_stock;
    auto* pool = &pool_of(fund, item);
    // Only lots with goods left are visited: the cost is the number of lots drawn from, not the history.
    std::int64_t left = amount.base_amount();
    std::vector<std::pair<std::size_t, std::int64_t>> plan;
    for (auto it = pool->open.begin(); it != pool->open.end() && left > 0; ++it) {
        const auto take = std::min(left, lots_[*it].remaining);
        plan.emplace_back(*it, take);
        left -= take;
    }
    ledger_entry e;
    e.kind = kind;
    e.on = on;
    e.fund = fund;
    e.item = item;
    e.goods = quantity::from_base(amount.base_amount(), u->second);
    e.counterparty = to;
    for (const auto& [i, take] : plan) {
        move_goods(*pool, i, -take, on);
        e.drawn.emplace_back(lots_[i].donation, quantity::from_base(take, u->second));
    }
    return append(std::move(e));
}

inline result<std::uint64_t> donation_ledger::return_to_donor(std::uint64_t donation, date on)
{
    if (auto ok = check_date(on); !ok) return ok.error();
    const auto* d = find(donation);
    if (d == nullptr || (d->kind != entry_kind::money_received && d->kind != entry_kind::goods_received))
        return error::unknown_reference;
    if (is_reversed(donation) || returned_.count(donation)) return error::illegal_transition;
    // A receipt in force says the bureau kept the gift: it is voided (reversed) before the gift goes back.
    if (receipted_.count(donation)) return error::illegal_transition;
    ledger_entry e;
    e.kind = entry_kind::returned_to_donor;
    e.on = on;
    e.fund = d->fund;
    e.ref = donation;
    e.counterparty = d->from ? d->from->name : "";
    if (d->kind == entry_kind::money_received) {
        auto next = apply_money(d->fund, d->amount.negated().value(), on);
        if (!next) return next.error();
        set_balance(d->fund, *next, on);
        e.amount = d->amount;
    } else {
        const auto i = lot_index(donation);
        if (lots_[i].remaining != d->goods->base_amount()) return error::insufficient_stock;  // part given out
        move_goods(pool_of(d->fund, d->item), i, -lots_[i].remaining, on);
        e.item = d->item;
        e.goods = d->goods;
    }
    const auto seq = append(std::move(e));
    returned_[donation] = seq;
    return seq;
}

inline result<std::uint64_t> donation_ledger::reverse(std::uint64_t seq, date on, const std::string& reason)
{
    if (auto ok = check_date(on); !ok) return ok.error();
    const auto* t = find(seq);
    if (t == nullptr) return error::unknown_reference;
    if (t->kind == entry_kind::reversal || is_reversed(seq)) return error::illegal_transition;
    // A gift that went back to its donor is undone by reversing the return, never by reversing the gift: that
    // would take the money out of the fund a second time.
    if (returned_.count(seq)) return error::illegal_transition;
    const auto money_back = [&](const std::string& fund, money delta) -> result<void> {
        auto next = apply_money(fund, delta, on);
        if (!next) return next.error();
        set_balance(fund, *next, on);
        return {};
    };
    switch (t->kind) {
    case entry_kind::money_received: {
        if (receipted_.count(seq)) return error::illegal_transition;  // void the receipt first
        if (auto r = apply_money(t->fund, t->amount.negated().value(), on); !r) return r.error();
        (void)money_back(t->fund, t->amount.negated().value());
        break;
    }
    case entry_kind::goods_received: {
        if (receipted_.count(seq)) return error::illegal_transition;  // void the receipt first
        const auto i = lot_index(seq);
        if (lots_[i].remaining != t->goods->base_amount()) return error::insufficient_stock;
        move_goods(pool_of(t->fund, t->item), i, -lots_[i].remaining, on);
        break;
    }
    case entry_kind::allocation: {
        // Both balances are computed, checked, and only then set: a refusal on either side changes neither.
        auto to = apply_money(t->to_fund, t->amount.negated().value(), on);
        if (!to) return to.error();
        auto back = apply_money(t->fund, t->amount, on);
        if (!back) return back.error();
        set_balance(t->to_fund, *to, on);
        set_balance(t->fund, *back, on);
        break;
    }
    case entry_kind::transfer:
    case entry_kind::disbursement:
        if (t->goods) {
            auto& pool = pool_of(t->fund, t->item);
            for (const auto& part : t->drawn) move_goods(pool, lot_index(part.first), part.second.base_amount(), on);
        } else if (auto r = money_back(t->fund, t->amount); !r) {
            return r.error();
        }
        break;
    case entry_kind::returned_to_donor:
        if (t->goods) {
            move_goods(pool_of(t->fund, t->item), lot_index(*t->ref), t->goods->base_amount(), on);
        } else if (auto r = money_back(t->fund, t->amount); !r) {
            return r.error();
        }
        returned_.erase(*t->ref);
        break;
    case entry_kind::receipt: receipted_.erase(*t->ref); break;  // the number stays used
    default: return error::illegal_transition;                   // funds, purposes, disclosures stand
    }
    ledger_entry e;
    e.kind = entry_kind::reversal;
    e.on = on;
    e.fund = t->fund;
    e.ref = seq;
    e.note = reason;
    const auto r = append(std::move(e));
    reversed_[seq] = r;
    return r;
}

inline result<std::uint64_t> donation_ledger::change_purpose(const std::string& fund, const std::string& purpose,
                                                             const std::string& beneficiary, const std::string& consent,
                                                             date on)
{
    if (auto ok = check_date(on); !ok) return ok.error();
    const auto it = funds_.find(fund);
    if (it == funds_.end()) return error::unknown_reference;
    if (it->second.kind == fund_kind::designated && consent.empty()) return error::designation_violated;
    it->second.purpose = purpose;
    it->second.beneficiary = beneficiary;
    ledger_entry e;
    e.kind = entry_kind::purpose_change;
    e.on = on;
    e.fund = fund;
    e.note = purpose;
    e.consent = consent;
    e.beneficiary = beneficiary;
    return append(std::move(e));
}

inline result<std::uint64_t> donation_ledger::issue_receipt(std::uint64_t donation, const std::string& number, date on)
{
    if (auto ok = check_date(on); !ok) return ok.error();
    const auto* d = find(donation);
    if (d == nullptr || (d->kind != entry_kind::money_received && d->kind != entry_kind::goods_received))
        return error::unknown_reference;
    // 粤财0001, "粤财0001 " and 粤财０００１ are one number on paper: compared and stored in the normal form.
    auto normal = normalize_identifier(number);
    if (!normal) return normal.error();
    if (receipt_numbers_.count(*normal)) return error::duplicate_number;
    if (receipted_.count(donation) || is_reversed(donation) || returned_.count(donation))
        return error::illegal_transition;  // one receipt at a time, and none for a gift not kept
    if (d->kind == entry_kind::goods_received && (!d->fair_value || d->basis == value_basis::none))
        return error::no_proof_of_value;
    ledger_entry e;
    e.kind = entry_kind::receipt;
    e.on = on;
    e.fund = d->fund;
    e.ref = donation;
    e.number = *normal;
    e.amount = d->kind == entry_kind::money_received ? d->amount : *d->fair_value;
    const auto seq = append(std::move(e));
    receipt_numbers_[*normal] = seq;
    receipted_[donation] = seq;
    return seq;
}

inline result<std::uint64_t> donation_ledger::record_disclosure(date on, const std::string& note)
{
    if (auto ok = check_date(on); !ok) return ok.error();
    ledger_entry e;
    e.kind = entry_kind::disclosure;
    e.on = on;
    e.note = note;
    return append(std::move(e));
}

inline result<std::uint64_t> donation_ledger::replay(const ledger_entry& stored)
{
    auto copy = *this;
    auto done = copy.replay_in_place(stored);
    if (done) *this = std::move(copy);
    return done;
}

inline result<donation_ledger> donation_ledger::load(const std::vector<ledger_entry>& stored, std::size_t* failed_at)
{
    donation_ledger l;
    for (std::size_t i = 0; i < stored.size(); ++i) {
        if (auto done = l.replay_in_place(stored[i]); !done) {
            if (failed_at != nullptr) *failed_at = i;
            return done.error();
        }
    }
    return l;
}

inline result<std::uint64_t> donation_ledger::replay_in_place(const ledger_entry& s)
{
    // Redo the entry's operation, then compare: only an exact, chained copy of what it makes is accepted.
    auto& copy = *this;
    result<std::uint64_t> done = error::illegal_transition;
    const auto from = s.from.value_or(donor{});
    switch (s.kind) {
    case entry_kind::fund_opened: done = copy.open_fund(s.fund, s.fund_type, s.note, s.beneficiary, s.on); break;
    case entry_kind::money_received: done = copy.receive_money(s.fund, from, s.amount, s.on, s.division); break;
    case entry_kind::goods_received:
        if (!s.goods) return error::json_missing_field;
        done = copy.receive_goods(s.fund, from, s.item, *s.goods, s.fair_value, s.basis, s.on, s.division);
        break;
    case entry_kind::allocation: done = copy.allocate(s.fund, s.to_fund, s.amount, s.on); break;
    case entry_kind::transfer:
    case entry_kind::disbursement:
        done = s.goods ? copy.spend_goods(s.kind, s.fund, s.item, *s.goods, s.counterparty, s.on)
                       : copy.spend(s.kind, s.fund, s.counterparty, s.amount, s.on);
        break;
    case entry_kind::returned_to_donor:
        if (!s.ref) return error::unknown_reference;
        done = copy.return_to_donor(*s.ref, s.on);
        break;
    case entry_kind::reversal:
        if (!s.ref) return error::unknown_reference;
        done = copy.reverse(*s.ref, s.on, s.note);
        break;
    case entry_kind::purpose_change: done = copy.change_purpose(s.fund, s.note, s.beneficiary, s.consent, s.on); break;
    case entry_kind::receipt:
        if (!s.ref) return error::unknown_reference;
        done = copy.issue_receipt(*s.ref, s.number, s.on);
        break;
    case entry_kind::disclosure: done = copy.record_disclosure(s.on, s.note); break;
    }
    if (!done) return done.error();
    if (!(entries_.back() == s)) return error::tampered;
    return done;
}

inline money donation_ledger::balance(const std::string& fund) const
{
    const auto it = funds_.find(fund);
    return it == funds_.end() ? money{} : it->second.balance;
}

inline money donation_ledger::balance_on(const std::string& fund, date on) const
{
    const auto it = funds_.find(fund);
    if (it == funds_.end()) return money{};
    const auto& h = it->second.history;
    const auto after =
        std::upper_bound(h.begin(), h.end(), on, [](date d, const std::pair<date, money>& x) { return d < x.first; });
    return after == h.begin() ? money{} : std::prev(after)->second;
}

inline std::optional<quantity> donation_ledger::goods_balance(const std::string& fund, const std::string& item) const
{
    const auto u = units_.find(item);
    if (u == units_.end()) return std::nullopt;
    const auto* pool = find_pool(fund, item);
    return quantity::from_base(pool == nullptr ? 0 : pool->held, u->second);
}

inline std::optional<quantity> donation_ledger::goods_balance_on(const std::string& fund, const std::string& item,
                                                                 date on) const
{
    const auto u = units_.find(item);
    if (u == units_.end()) return std::nullopt;
    const auto* pool = find_pool(fund, item);
    if (pool == nullptr) return quantity::from_base(0, u->second);
    const auto& h = pool->history;
    const auto after = std::upper_bound(h.begin(), h.end(), on,
                                        [](date d, const std::pair<date, std::int64_t>& x) { return d < x.first; });
    return quantity::from_base(after == h.begin() ? 0 : std::prev(after)->second, u->second);
}

inline money donation_ledger::received_total(const period& days, std::optional<division_code> where) const
{
    money total;
    for (const auto& e : entries_) {
        if ((e.kind != entry_kind::money_received && e.kind != entry_kind::goods_received) || !days.contains(e.on) ||
            is_reversed(e.seq))
            continue;
        if (where && (!e.division || !e.division->is_within(*where))) continue;
        total += e.kind == entry_kind::money_received ? e.amount : e.fair_value.value_or(money{});
    }
    return total;
}

inline money donation_ledger::received_from(const std::string& donor_name) const
{
    money total;
    for (const auto& e : entries_) {
        if ((e.kind != entry_kind::money_received && e.kind != entry_kind::goods_received) || is_reversed(e.seq) ||
            !e.from || e.from->name != donor_name)
            continue;
        total += e.kind == entry_kind::money_received ? e.amount : e.fair_value.value_or(money{});
    }
    return total;
}

inline std::vector<const ledger_entry*> donation_ledger::without_receipt() const&
{
    std::vector<const ledger_entry*> out;
    for (const auto& e : entries_) {
        if ((e.kind == entry_kind::money_received || e.kind == entry_kind::goods_received) && !is_reversed(e.seq) &&
            !receipted_.count(e.seq))
            out.push_back(&e);
    }
    return out;
}

inline std::vector<std::pair<const ledger_entry*, std::optional<quantity>>> donation_ledger::trail(
    std::uint64_t donation) const&
{
    std::vector<std::pair<const ledger_entry*, std::optional<quantity>>> out;
    const auto* d = find(donation);
    if (d == nullptr) return out;
    for (const auto& e : entries_) {
        if (e.seq <= donation || is_reversed(e.seq) || e.kind == entry_kind::reversal) continue;
        if (d->kind == entry_kind::goods_received) {
            for (const auto& [from, q] : e.drawn) {
                if (from == donation) out.emplace_back(&e, q);
            }
            if (e.kind == entry_kind::returned_to_donor && e.ref == donation) out.emplace_back(&e, e.goods);
        } else if (d->kind == entry_kind::money_received && e.fund == d->fund && !e.goods &&
                   (e.kind == entry_kind::transfer || e.kind == entry_kind::disbursement ||
                    e.kind == entry_kind::allocation ||
                    (e.kind == entry_kind::returned_to_donor && e.ref == donation))) {
            out.emplace_back(&e, std::nullopt);
        }
    }
    return out;
}

inline bool donation_ledger::verify() const
{
    std::string previous(genesis);
    for (const auto& e : entries_) {
        detail::sha256 h;
        h.update(previous);
        h.update(canonical_text(e));
        if (h.hex_digest() != e.hash) return false;
        previous = e.hash;
    }
    return true;
}

inline bool matches_anchor(const donation_ledger& l, std::uint64_t seq, std::string_view hash)
{
    if (seq == 0) return hash == donation_ledger::genesis;
    const auto* e = l.find(seq);
    return e != nullptr && e->hash == hash;
}

}  // namespace minzheng
