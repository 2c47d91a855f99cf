// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/interner.h"

#include "core/chain/address.h"
#include "core/import/parsehelpers.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cstring>

namespace awb::import {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

} // namespace

quint64 BytesIndex::hash(std::string_view key)
{
    quint64 h = 0x9E3779B97F4A7C15ull ^ key.size();
    size_t i = 0;
    for (; i + 8 <= key.size(); i += 8) {
        quint64 word;
        std::memcpy(&word, key.data() + i, 8);
        h = (h ^ word) * 0xff51afd7ed558ccdull;
        h ^= h >> 29;
    }
    quint64 tail = 0;
    if (key.size() > i) { // an empty key may have no data pointer, and memcpy from null is undefined (fuzz_etherscan)
        std::memcpy(&tail, key.data() + i, key.size() - i);
    }
    h = (h ^ tail) * 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 32;
    h *= 0xff51afd7ed558ccdull;
    return h ^ (h >> 33);
}

std::optional<quint32> BytesIndex::find(std::string_view key) const
{
    if (m_slots.empty()) {
        return std::nullopt;
    }
    const quint64 h = hash(key);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.value == kEmpty) {
            return std::nullopt;
        }
        if (slot.hash == h && slot.size == key.size() &&
            std::memcmp(m_arena.data() + slot.offset, key.data(), key.size()) == 0) {
            return slot.value;
        }
    }
}

void BytesIndex::reserve(size_t count, size_t keySize)
{
    size_t capacity = 64;
    while (capacity < count * 2) {
        capacity *= 2;
    }
    if (capacity > m_slots.size()) {
        std::vector<Slot> old(capacity);
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (const Slot &slot : old) {
            if (slot.value != kEmpty) {
                size_t i = slot.hash & mask;
                while (m_slots[i].value != kEmpty) {
                    i = (i + 1) & mask;
                }
                m_slots[i] = slot;
            }
        }
    }
    m_arena.reserve(count * keySize);
}

void BytesIndex::insert(std::string_view key, quint32 value)
{
    if ((m_count + 1) * 2 > m_slots.size()) {
        grow();
    }
    const quint64 h = hash(key);
    const size_t mask = m_slots.size() - 1;
    size_t i = h & mask;
    while (m_slots[i].value != kEmpty) {
        i = (i + 1) & mask;
    }
    m_slots[i] = Slot{h, m_arena.size(), quint32(key.size()), value};
    m_arena.append(key);
    ++m_count;
}

void BytesIndex::grow()
{
    reserve(std::max<size_t>(32, m_slots.size()), 0);
}

Interner::Interner(ImportData &data)
    : m_data(data)
{
    m_chains.reserve(8);
}

Interner::ChainAddresses &Interner::chainAddresses(const QString &chain)
{
    if (m_lastChain != nullptr && m_lastChain->chain == chain) {
        return *m_lastChain;
    }
    auto it = std::find_if(m_chains.begin(), m_chains.end(), [&](const ChainAddresses &c) { return c.chain == chain; });
    if (it == m_chains.end()) {
        m_chains.push_back({chain, {}});
        it = m_chains.end() - 1;
    }
    m_lastChain = &*it;
    return *it;
}

Result<QString> Interner::normalized(const QString &chain, std::string_view raw) const
{
    // EIP-55 straight from the bytes: the general normalizeAddress builds several QStrings per address, which
    // dominates a large import with many distinct addresses. Anything unusual takes the general path, which also
    // words the error.
    const std::string_view text = trimmed(raw);
    if (chain::addressFamily(chain) == chain::AddressFamily::Evm && text.size() == 42 && text[0] == '0' &&
        (text[1] == 'x' || text[1] == 'X') && std::all_of(text.begin() + 2, text.end(), isHex)) {
        char lowered[40];
        bool hasLower = false;
        bool hasUpper = false;
        for (int i = 0; i < 40; ++i) {
            const char c = text[size_t(i) + 2];
            hasLower = hasLower || (c >= 'a' && c <= 'f');
            hasUpper = hasUpper || (c >= 'A' && c <= 'F');
            lowered[i] = lower(c);
        }
        const QByteArray hash = QCryptographicHash::hash(QByteArrayView(lowered, 40), QCryptographicHash::Keccak_256);
        char canonical[42] = {'0', 'x'};
        for (int i = 0; i < 40; ++i) {
            const quint8 nibble = i % 2 == 0 ? quint8(hash[i / 2]) >> 4 : quint8(hash[i / 2]) & 0x0f;
            canonical[i + 2] = lowered[i] >= 'a' && nibble >= 8 ? char(lowered[i] - 32) : lowered[i];
        }
        if (!(hasLower && hasUpper) || std::equal(canonical + 2, canonical + 42, text.begin() + 2)) {
            return QString::fromLatin1(canonical, 42);
        }
    }
    return chain::normalizeAddress(chain, toQString(raw));
}

Result<quint32> Interner::address(const QString &chain, std::string_view raw)
{
    ChainAddresses &addresses = chainAddresses(chain);
    if (const auto found = addresses.byRaw.find(raw)) {
        return *found;
    }
    auto canonical = normalized(chain, raw);
    if (!canonical) {
        return std::unexpected(canonical.error());
    }
    const quint32 index = canonicalIndex(addresses.chain, *canonical);
    addresses.byRaw.insert(raw, index);
    return index;
}

quint32 Interner::canonicalIndex(const QString &chain, const QString &canonical)
{
    const QByteArray key = (chain + u'\n' + canonical).toUtf8();
    const std::string_view keyView(key.constData(), size_t(key.size()));
    if (const auto found = m_byCanonical.find(keyView)) {
        return *found;
    }
    const auto index = quint32(m_data.addresses.size());
    m_byCanonical.insert(keyView, index);
    m_data.addresses.push_back({chain, canonical});
    return index;
}

quint32 Interner::txHash(std::string_view raw)
{
    raw = trimmed(raw);
    const bool prefixed = raw.size() > 2 && raw[0] == '0' && (raw[1] == 'x' || raw[1] == 'X');
    const bool hex = std::all_of(raw.begin() + (prefixed ? 2 : 0), raw.end(), isHex);
    std::string_view key = raw;
    if (hex && std::any_of(raw.begin(), raw.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
        m_lowered.resize(qsizetype(raw.size()));
        std::transform(raw.begin(), raw.end(), m_lowered.begin(), lower);
        key = std::string_view(m_lowered.constData(), size_t(m_lowered.size()));
    }
    return hashIndex(key);
}

quint32 Interner::hashIndex(std::string_view key)
{
    // The rows of one transaction sit together in the exports we read, so only a repeat of the previous row's hash
    // shares its entry. A file-wide index cost a cache miss a row for the little a distant repeat saves (66 bytes).
    if (!m_data.txHashes.empty() &&
        std::string_view(m_data.txHashes.back().constData(), size_t(m_data.txHashes.back().size())) == key) {
        return quint32(m_data.txHashes.size() - 1);
    }
    m_data.txHashes.emplace_back(key.data(), qsizetype(key.size()));
    return quint32(m_data.txHashes.size() - 1);
}

void Interner::reserve(size_t rows)
{
    m_data.txHashes.reserve(rows);
    m_data.transfers.reserve(rows);
}

quint32 Interner::asset(const ImportedAsset &asset)
{
    const auto it = std::find(m_data.assets.begin(), m_data.assets.end(), asset);
    if (it != m_data.assets.end()) {
        return quint32(it - m_data.assets.begin());
    }
    m_data.assets.push_back(asset);
    return quint32(m_data.assets.size() - 1);
}

void Interner::absorb(ImportData &&part)
{
    std::vector<quint32> address(part.addresses.size());
    for (size_t i = 0; i < address.size(); ++i) {
        address[i] = canonicalIndex(part.addresses[i].chain, part.addresses[i].address);
    }
    // Only the part's first hash can repeat the one before it: the part's own repeats were folded as it was read.
    std::vector<quint32> tx(part.txHashes.size());
    for (size_t i = 0; i < tx.size(); ++i) {
        if (i == 0) {
            tx[i] = hashIndex(std::string_view(part.txHashes[i].constData(), size_t(part.txHashes[i].size())));
        } else {
            tx[i] = quint32(m_data.txHashes.size());
            m_data.txHashes.push_back(std::move(part.txHashes[i]));
        }
    }
    std::vector<quint32> asset(part.assets.size());
    for (size_t i = 0; i < asset.size(); ++i) {
        asset[i] = this->asset(part.assets[i]);
    }
    m_data.transfers.reserve(m_data.transfers.size() + part.transfers.size());
    for (ImportedTransfer t : part.transfers) {
        t.tx = tx[t.tx];
        t.from = address[t.from];
        t.to = address[t.to];
        t.asset = asset[t.asset];
        m_data.transfers.push_back(t);
    }
    const auto renumber = [&](std::optional<quint32> &a) {
        if (a) {
            a = address[*a];
        }
    };
    for (ImportedUtxoTx &utxo : part.utxoTransactions) {
        for (ImportedInput &in : utxo.inputs) {
            renumber(in.address);
        }
        for (ImportedOutput &out : utxo.outputs) {
            renumber(out.address);
        }
        m_data.utxoTransactions.push_back(std::move(utxo));
    }
    m_data.rowsRead += part.rowsRead;
    m_data.rowsSkipped += part.rowsSkipped;
    for (const QString &warning : std::as_const(part.warnings)) {
        if (!m_data.warnings.contains(warning)) {
            m_data.warnings << warning;
        }
    }
}

} // namespace awb::import
