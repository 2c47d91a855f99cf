// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/bitcoincorejson.h"

#include "core/import/interner.h"
#include "core/import/parsehelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace awb::import {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::import", text);
}

bool isTxid(const QString &text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
           });
}

std::optional<qint64> btcValue(const QJsonValue &value)
{
    if (value.isString()) { // some tools write amounts as strings: exact already
        const auto amount = parseDecimalUnits(value.toString().trimmed(), 8);
        return amount && *amount <= Amount(2'100'000'000'000'000) ? std::optional(qint64(*amount)) : std::nullopt;
    }
    return value.isDouble() ? btcToSatoshi(value.toDouble()) : std::nullopt;
}

} // namespace

std::optional<qint64> btcToSatoshi(double value)
{
    if (!(value >= 0) || value > 21e6) {
        return std::nullopt;
    }
    const QString text = QString::number(value, 'f', 8);
    if (text.toDouble() != value) {
        return std::nullopt;
    }
    const auto amount = parseDecimalUnits(text, 8);
    return amount ? std::optional(qint64(*amount)) : std::nullopt;
}

Result<ImportData> parseBitcoinCoreJson(const QByteArray &bytes, const QString &fileName, const ParseOptions &options)
{
    auto records = readJsonRecords(bytes, fileName);
    if (!records) {
        return std::unexpected(records.error());
    }
    ImportData data;
    data.format = u"bitcoin-core"_s;
    const QString chain = options.chain.isEmpty() ? u"bitcoin"_s : options.chain;
    Interner interner(data);

    struct Spent
    {
        std::optional<quint32> address;
        qint64 amount;
    };

    QHash<QByteArray, Spent> outputs; // "txid:n"
    qint64 multisig = 0;
    QString firstMultisig;

    for (const JsonRecord &record : *records) {
        const auto recordError = [&](const QString &what) {
            return inputError(fileName, record.where, what);
        };
        QJsonObject object = record.object;
        if (object.contains(u"result"_s)) { // the JSON-RPC envelope
            const QJsonValue error = object.value(u"error"_s);
            if (!error.isNull() && !error.isUndefined()) {
                return recordError(tr("the RPC call failed: %1").arg(error.toObject().value(u"message"_s).toString()));
            }
            object = object.value(u"result"_s).toObject();
        }
        ++data.rowsRead;
        ImportedUtxoTx tx;
        tx.chain = chain;
        tx.line = record.number;
        const QString txid = object.value(u"txid"_s).toString();
        if (!isTxid(txid)) {
            return recordError(tr("no readable txid (64 hex digits)"));
        }
        tx.txHash = txid.toLower().toLatin1();
        for (const QString &key : {u"blocktime"_s, u"time"_s}) {
            if (object.value(key).isDouble()) {
                tx.timestamp = object.value(key).toInteger();
                break;
            }
        }
        const QJsonArray vin = object.value(u"vin"_s).toArray();
        for (qsizetype i = 0; i < vin.size(); ++i) {
            const QJsonObject in = vin.at(i).toObject();
            ImportedInput input;
            if (in.contains(u"coinbase"_s)) {
                tx.coinbase = true;
                tx.inputs.push_back(input);
                continue;
            }
            const QString prevTxid = in.value(u"txid"_s).toString();
            if (!isTxid(prevTxid) || !in.value(u"vout"_s).isDouble()) {
                return recordError(tr("the spent output is not named (vin %1: txid and vout)").arg(i));
            }
            input.prevHash = prevTxid.toLower().toLatin1();
            input.prevN = in.value(u"vout"_s).toInt();
            tx.inputs.push_back(input);
        }
        const QJsonArray vout = object.value(u"vout"_s).toArray();
        for (qsizetype i = 0; i < vout.size(); ++i) {
            const QJsonObject out = vout.at(i).toObject();
            const QJsonObject script = out.value(u"scriptPubKey"_s).toObject();
            ImportedOutput output;
            QString address = script.value(u"address"_s).toString();
            if (address.isEmpty()) {
                const QJsonArray addresses = script.value(u"addresses"_s).toArray();
                if (addresses.size() == 1) {
                    address = addresses.at(0).toString();
                } else if (addresses.size() > 1) {
                    // Bare multisig: no single owner to attribute the output to.
                    if (multisig++ == 0) {
                        firstMultisig = record.where + u", vout "_s + QString::number(i);
                    }
                }
            }
            if (!address.isEmpty()) {
                const QByteArray raw = address.toUtf8();
                auto index = interner.address(chain, std::string_view(raw.constData(), size_t(raw.size())));
                if (!index) {
                    return recordError(index.error().message + tr(" (vout %1)").arg(i));
                }
                output.address = *index;
            }
            const auto amount = btcValue(out.value(u"value"_s));
            if (!amount) {
                return recordError(
                    tr("the value of vout %1 is not an exact amount of BTC (at most 8 decimals, 0 to 21,000,000)")
                        .arg(i));
            }
            output.amount = *amount;
            output.scriptType = script.value(u"type"_s).toString();
            const int n = out.value(u"n"_s).isDouble() ? out.value(u"n"_s).toInt() : int(i);
            outputs.insert(tx.txHash + ':' + QByteArray::number(n), Spent{output.address, output.amount});
            tx.outputs.push_back(output);
        }
        data.utxoTransactions.push_back(std::move(tx));
    }

    // Inputs name the outputs they spend; those in this file give the input its address and value.
    qint64 resolved = 0;
    qint64 unresolved = 0;
    for (ImportedUtxoTx &tx : data.utxoTransactions) {
        for (ImportedInput &input : tx.inputs) {
            if (input.prevHash.isEmpty()) {
                continue;
            }
            const auto spent = outputs.constFind(input.prevHash + ':' + QByteArray::number(*input.prevN));
            if (spent == outputs.cend()) {
                ++unresolved;
                continue;
            }
            input.address = spent->address;
            input.amount = spent->amount;
            ++resolved;
        }
    }
    if (multisig > 0) {
        data.warnings << QCoreApplication::translate("awb::import",
                                                     "%n output(s) name several addresses (bare multisig) and were "
                                                     "given none (first: %1).",
                                                     nullptr, int(multisig))
                             .arg(firstMultisig);
    }
    if (unresolved > 0) {
        data.warnings << QCoreApplication::translate("awb::import",
                                                     "%n input(s) spend outputs that are not in the file; their "
                                                     "address and value stay unknown until the case has them.",
                                                     nullptr, int(unresolved));
    }
    Q_UNUSED(resolved);
    return data;
}

} // namespace awb::import
