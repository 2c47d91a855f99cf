// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/transferscsv.h"

#include "core/chain/address.h"
#include "core/import/csvreader.h"
#include "core/import/etherscancsv.h"
#include "core/import/importmapping.h"
#include "core/import/interner.h"
#include "core/import/parallelrows.h"
#include "core/import/parsehelpers.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <map>

namespace awb::import {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::import", text);
}

enum Field { TxHash, From, To, AmountField, Value, Asset, Decimals, Timestamp, Block, Chain, Contract, FieldCount };

constexpr std::array<const char16_t *, FieldCount> kFieldKeys{u"tx_hash", u"from",  u"to",       u"amount",
                                                              u"value",   u"asset", u"decimals", u"timestamp",
                                                              u"block",   u"chain", u"contract"};

std::optional<int> nativeDecimals(const QString &symbol)
{
    static const std::map<QString, int> table{{u"ETH"_s, 18},  {u"BNB"_s, 18}, {u"POL"_s, 18}, {u"MATIC"_s, 18},
                                              {u"AVAX"_s, 18}, {u"FTM"_s, 18}, {u"BTC"_s, 8},  {u"LTC"_s, 8},
                                              {u"DOGE"_s, 8},  {u"TRX"_s, 6}};
    const auto it = table.find(symbol.toUpper());
    return it == table.end() ? std::nullopt : std::optional(it->second);
}

} // namespace

Result<ImportData> parseTransfersCsv(const QByteArray &bytes, const QString &fileName, const ParseOptions &options)
{
    ImportData data;
    data.format = u"transfers-csv"_s;
    CsvReader headerReader(bytes);
    if (!headerReader.next()) {
        return headerReader.error().isEmpty() ? inputError(fileName, 1, tr("the file is empty"))
                                              : inputError(fileName, headerReader.line(), headerReader.error());
    }
    const qint64 headerLine = headerReader.line();
    QStringList header;
    for (std::string_view cell : headerReader.cells()) {
        header << toQString(trimmed(cell));
    }
    const QString headerText = header.join(u", "_s);

    // Resolve the mapping to column indexes.
    std::array<int, FieldCount> column;
    column.fill(-1);
    QString fixedChain, fixedAsset;
    std::optional<int> fixedDecimals;
    for (const auto &[key, value] : options.mapping) {
        if (key == u"fixed_chain"_s) {
            fixedChain = value.trimmed().toLower();
            continue;
        }
        if (key == u"fixed_asset"_s) {
            fixedAsset = value.trimmed();
            continue;
        }
        if (key == u"fixed_decimals"_s) {
            bool ok = false;
            fixedDecimals = value.toInt(&ok);
            if (!ok || *fixedDecimals < 0 || *fixedDecimals > 36) {
                return fail(Error::Code::InvalidInput,
                            tr("fixed_decimals must be a whole number from 0 to 36, not \"%1\".").arg(value));
            }
            continue;
        }
        const auto field = std::find_if(kFieldKeys.begin(), kFieldKeys.end(),
                                        // Captured by name: clang 14 (the fuzz build) cannot capture a binding.
                                        [&name = key](const char16_t *k) { return name == QStringView(k); });
        if (field == kFieldKeys.end()) {
            QStringList keys;
            for (const char16_t *k : kFieldKeys) {
                keys << QString::fromUtf16(k);
            }
            keys << u"fixed_chain"_s << u"fixed_asset"_s << u"fixed_decimals"_s;
            return fail(
                Error::Code::InvalidInput,
                tr("The column mapping has an unknown key \"%1\"; the keys are %2.").arg(key, keys.join(u", "_s)));
        }
        const int index = mappedColumn(header, value);
        if (index < 0) {
            return inputError(fileName, headerLine,
                              tr("the mapping names column \"%1\" for %2, which the header lacks (the header has: %3)")
                                  .arg(value, key, headerText));
        }
        column[size_t(field - kFieldKeys.begin())] = index;
    }
    for (int f = 0; f < FieldCount; ++f) {
        if (column[size_t(f)] < 0) {
            column[size_t(f)] = mappedColumn(header, QString::fromUtf16(kFieldKeys[size_t(f)]));
        }
    }
    const auto requireField = [&](bool present, const QString &what) -> Result<void> {
        if (present) {
            return {};
        }
        return inputError(fileName, headerLine, tr("no column for %1 (the header has: %2)").arg(what, headerText));
    };
    const bool hasAmount = column[AmountField] >= 0;
    if (auto r = requireField(column[TxHash] >= 0, u"tx_hash"_s)
                     .and_then([&] { return requireField(column[From] >= 0, u"from"_s); })
                     .and_then([&] { return requireField(column[To] >= 0, u"to"_s); })
                     .and_then([&] { return requireField(hasAmount || column[Value] >= 0, u"amount or value"_s); })
                     .and_then([&] { return requireField(column[Timestamp] >= 0, u"timestamp"_s); })
                     .and_then([&] {
                         return requireField(column[Chain] >= 0 || !fixedChain.isEmpty(), u"chain (or fixed_chain)"_s);
                     })
                     .and_then([&] {
                         return requireField(column[Asset] >= 0 || !fixedAsset.isEmpty(), u"asset (or fixed_asset)"_s);
                     });
        !r) {
        return std::unexpected(r.error());
    }

    // Rows are read by one reader per chunk of the file, in parallel; each chunk starts with its own chain and
    // asset state, as the rows carry those themselves or the mapping fixes them.
    const auto readRows = [&](const CsvChunk &chunk, ImportData &out, Interner &interner) -> Result<void> {
        CsvReader reader(chunk.bytes, chunk.firstLine);
        QString chain = fixedChain;
        std::string lastChainCell;
        QHash<QByteArray, quint32> assets; // "chain\x1fasset\x1fdecimals\x1fcontract" → index
        QByteArray assetKey;
        QByteArray lastAssetKey;
        quint32 lastAsset = 0;

        while (reader.next()) {
            const auto &cells = reader.cells();
            const qint64 line = reader.line();
            if (std::all_of(cells.begin(), cells.end(), [](std::string_view c) { return trimmed(c).empty(); })) {
                continue;
            }
            ++out.rowsRead;
            const auto rowError = [&](Field field, const QString &what) {
                return inputError(fileName, line, what + u" (column "_s + header.value(column[field]) + u')');
            };
            const auto cell = [&](Field field) -> std::string_view {
                const int c = column[field];
                return c >= 0 && size_t(c) < cells.size() ? trimmed(cells[size_t(c)]) : std::string_view();
            };
            for (Field needed : {TxHash, From, To, hasAmount ? AmountField : Value, Timestamp}) {
                if (cell(needed).empty()) {
                    return rowError(needed, tr("the cell is empty or missing"));
                }
            }
            if (column[Chain] >= 0 && cell(Chain) != lastChainCell) {
                lastChainCell = std::string(cell(Chain));
                chain = toQString(lastChainCell).toLower();
                if (chain.isEmpty()) {
                    return rowError(Chain, tr("the chain is empty"));
                }
            }

            // The asset: most files have one or a few, so the last one is remembered.
            assetKey.clear();
            for (Field f : {Chain, Asset, Decimals, Contract}) {
                const std::string_view c = cell(f);
                assetKey.append(c.data(), qsizetype(c.size())).append('\x1f');
            }
            if (assetKey != lastAssetKey || out.assets.empty()) {
                auto found = assets.constFind(assetKey);
                if (found == assets.cend()) {
                    ImportedAsset asset;
                    asset.chain = chain;
                    asset.symbol = column[Asset] >= 0 ? toQString(cell(Asset)) : fixedAsset;
                    if (asset.symbol.isEmpty()) {
                        return rowError(Asset, tr("the asset is empty"));
                    }
                    if (!cell(Contract).empty()) {
                        auto contract = chain::normalizeAddress(chain, toQString(cell(Contract)));
                        if (!contract) {
                            return rowError(Contract, contract.error().message);
                        }
                        asset.contract = *contract;
                    }
                    std::optional<int> places = fixedDecimals;
                    if (!cell(Decimals).empty()) {
                        const auto d = parseInteger(cell(Decimals));
                        if (!d || *d < 0 || *d > 36) {
                            return rowError(Decimals,
                                            tr("the decimals \"%1\" cannot be read").arg(toQString(cell(Decimals))));
                        }
                        places = int(*d);
                    }
                    if (!places) {
                        places =
                            asset.contract ? knownTokenDecimals(chain, *asset.contract) : nativeDecimals(asset.symbol);
                    }
                    if (!places) {
                        return inputError(
                            fileName, line,
                            tr("the decimals of %1 are unknown: map a decimals column or set fixed_decimals")
                                .arg(asset.symbol));
                    }
                    asset.decimals = *places;
                    found = assets.insert(assetKey, interner.asset(asset));
                }
                lastAsset = *found;
                lastAssetKey = assetKey;
            }

            ImportedTransfer transfer;
            transfer.kind = TransferKind::Transfer;
            transfer.line = line;
            transfer.asset = lastAsset;
            if (hasAmount) {
                const std::string_view text = cell(AmountField);
                const auto amount = parseBaseUnits(text.data(), text.data() + text.size());
                if (!amount) {
                    return rowError(AmountField,
                                    tr("the amount \"%1\" is not a whole number of base units").arg(toQString(text)));
                }
                transfer.amount = *amount;
            } else {
                const auto amount = parseDecimal(cell(Value), out.assets[lastAsset].decimals);
                if (!amount) {
                    return rowError(Value, tr("the value \"%1\" cannot be read with %2 decimals")
                                               .arg(toQString(cell(Value)))
                                               .arg(out.assets[lastAsset].decimals));
                }
                transfer.amount = *amount;
            }
            const auto timestamp = parseTimestamp(cell(Timestamp), false);
            if (!timestamp) {
                return rowError(Timestamp, tr("the time \"%1\" is neither Unix seconds nor ISO 8601 with a time zone")
                                               .arg(toQString(cell(Timestamp))));
            }
            transfer.timestamp = *timestamp;
            if (!cell(Block).empty()) {
                const auto block = parseInteger(cell(Block));
                if (!block) {
                    return rowError(Block, tr("the block \"%1\" cannot be read").arg(toQString(cell(Block))));
                }
                transfer.block = block;
            }
            for (auto [field, target] : {std::pair{From, &transfer.from}, std::pair{To, &transfer.to}}) {
                auto index = interner.address(chain, cell(field));
                if (!index) {
                    return rowError(field, index.error().message);
                }
                *target = *index;
            }
            transfer.tx = interner.txHash(cell(TxHash));
            out.transfers.push_back(transfer);
        }
        if (!reader.error().isEmpty()) {
            return inputError(fileName, reader.line(), reader.error());
        }
        return {};
    };
    const CsvChunk rows{QByteArrayView(headerReader.position(), bytes.constData() + bytes.size()),
                        headerReader.nextLine()};
    // A typical row: two addresses, a hash and a few numbers.
    if (auto read = readInParallel(data, rows, 150, options.threads, readRows); !read) {
        return std::unexpected(read.error());
    }
    return data;
}

} // namespace awb::import
