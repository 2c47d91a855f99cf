// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importdata.h"
#include "core/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace awb::import {

/**
 * A hash index from byte strings to numbers, for the per-row lookups of an import. (QHash<QByteArray> costs
 * microseconds per lookup on keys such as 66-character hashes with long common prefixes.) Keys are copied into one
 * arena; open addressing with linear probing.
 */
class BytesIndex
{
public:
    std::optional<quint32> find(std::string_view key) const;
    /** Makes room for @p count keys of about @p keySize bytes without rehashing. */
    void reserve(size_t count, size_t keySize);
    /** Adds @p key, which must not be present yet. */
    void insert(std::string_view key, quint32 value);

private:
    static constexpr quint32 kEmpty = 0xffffffff;

    struct Slot
    {
        quint64 hash = 0;
        quint64 offset = 0;
        quint32 size = 0;
        quint32 value = kEmpty;
    };

    static quint64 hash(std::string_view key);
    void grow();

    std::vector<Slot> m_slots;
    std::string m_arena;
    size_t m_count = 0;
};

/**
 * Gives addresses, transaction hashes and assets their index in an ImportData. Each distinct raw address text is
 * normalised once (EIP-55 costs a Keccak hash); later rows with the same bytes cost one hash lookup and no
 * allocation. Two spellings of one address ("0xab…" and "0xAB…") share one index.
 */
class Interner
{
public:
    explicit Interner(ImportData &data);

    /** The index of @p raw's canonical form on @p chain; the error is normalizeAddress's message. */
    Result<quint32> address(const QString &chain, std::string_view raw);
    /**
     * Hex hashes are stored in lower case without surrounding spaces; others as written. A row with the previous
     * row's hash shares its index; a hash met again further on gets a new one.
     */
    quint32 txHash(std::string_view raw);
    quint32 asset(const ImportedAsset &asset);
    /** Sizes the indexes for a file of about @p rows rows (a file's size over its row length). */
    void reserve(size_t rows);

    /**
     * Appends @p part, which another Interner read from a later stretch of the same file, with its indexes
     * renumbered into this one's: the result is what one Interner reading both stretches in order builds.
     */
    void absorb(ImportData &&part);

private:
    struct ChainAddresses
    {
        QString chain;
        BytesIndex byRaw;
    };

    ChainAddresses &chainAddresses(const QString &chain);
    Result<QString> normalized(const QString &chain, std::string_view raw) const;
    /** The index of the address @p canonical on @p chain, added if new. */
    quint32 canonicalIndex(const QString &chain, const QString &canonical);
    /** The index of the normalised hash @p key: the last one's if equal, else a new one. */
    quint32 hashIndex(std::string_view key);

    ImportData &m_data;
    std::vector<ChainAddresses> m_chains; // a handful at most
    ChainAddresses *m_lastChain = nullptr;
    BytesIndex m_byCanonical; // "chain\ncanonical"
    QByteArray m_lowered;
};

} // namespace awb::import
