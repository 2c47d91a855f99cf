// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/generators/caseexport.h"

#include "core/db/sqlitecasestore.h"

using namespace Qt::Literals::StringLiterals;

namespace awb::bench {

Result<void> writeTransferCase(const GeneratedTransfers &data, const QString &path)
{
    auto store = db::SqliteCaseStore::create(path);
    if (!store) {
        return std::unexpected(store.error());
    }
    // One transaction writes everything; a large page cache keeps SQLite from spilling pages to the WAL repeatedly.
    if (auto big = (*store)->database().exec("PRAGMA cache_size = -2097152"); !big) {
        return big;
    }
    CaseStore &s = **store;
    return s.inTransaction([&]() -> Result<void> {
        std::vector<AddressId> ids;
        ids.reserve(data.addressCount);
        for (quint32 i = 0; i < data.addressCount; ++i) {
            Address a;
            a.chain = u"ethereum"_s;
            a.address = evmAddress(data.spec.seed, i);
            a.synthetic = true;
            auto id = s.addAddress(a);
            if (!id) {
                return std::unexpected(id.error());
            }
            ids.push_back(*id);
        }
        for (std::size_t i = 0; i < data.transfers.size(); ++i) {
            const GenTransfer &g = data.transfers[i];
            Transfer t;
            t.chain = u"ethereum"_s;
            t.txHash = u"0x"_s + QString::fromLatin1(txHash(data.spec.seed, i));
            t.from = ids[g.from];
            t.to = ids[g.to];
            t.asset = u"ETH"_s;
            t.amount = QString::number(g.amount) + u"000000000"_s;
            t.decimals = 18;
            t.timestamp = g.timestamp;
            t.synthetic = true;
            if (auto id = s.addTransfer(t); !id) {
                return std::unexpected(id.error());
            }
        }
        return {};
    });
}

} // namespace awb::bench
