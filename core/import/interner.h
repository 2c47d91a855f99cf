// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importdata.h"
#include "core/result.h"

#include <QHash>

#include <string_view>

namespace awb::import {

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
    /** Hex hashes are stored in lower case without surrounding spaces; others as written. */
    quint32 txHash(std::string_view raw);
    quint32 asset(const ImportedAsset &asset);

private:
    struct ChainAddresses
    {
        QString chain;
        QHash<QByteArray, quint32> byRaw;
    };

    ChainAddresses &chainAddresses(const QString &chain);
    Result<QString> normalized(const QString &chain, std::string_view raw) const;

    ImportData &m_data;
    std::vector<ChainAddresses> m_chains; // a handful at most
    ChainAddresses *m_lastChain = nullptr;
    QHash<QString, quint32> m_byCanonical; // "chain\ncanonical"
    QHash<QByteArray, quint32> m_txHashes;
    QByteArray m_lowered;
};

} // namespace awb::import
