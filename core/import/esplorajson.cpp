// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/esplorajson.h"

#include "core/import/interner.h"
#include "core/import/parsehelpers.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace awb::import {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::import", text);
}

// Satoshi are JSON integers; doubles hold every amount up to 21e14 exactly.
std::optional<qint64> satoshi(const QJsonValue &value)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double v = value.toDouble();
    if (!(v >= 0) || v > 21e14 || v != std::floor(v)) {
        return std::nullopt;
    }
    return qint64(v);
}

bool isTxid(const QString &text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
           });
}

} // namespace

Result<ImportData> parseEsploraJson(const QByteArray &bytes, const QString &fileName, const ParseOptions &options)
{
    auto records = readJsonRecords(bytes, fileName);
    if (!records) {
        return std::unexpected(records.error());
    }
    ImportData data;
    data.format = u"esplora"_s;
    const QString chain = options.chain.isEmpty() ? u"bitcoin"_s : options.chain;
    Interner interner(data);
    for (const JsonRecord &record : *records) {
        const QJsonObject &object = record.object;
        const auto recordError = [&](const QString &what) {
            return inputError(fileName, record.where, what);
        };
        const auto addressOf = [&](const QJsonValue &value, const QString &where) -> Result<std::optional<quint32>> {
            if (!value.isString() || value.toString().isEmpty()) {
                return std::nullopt;
            }
            const QByteArray raw = value.toString().toUtf8();
            auto index = interner.address(chain, std::string_view(raw.constData(), size_t(raw.size())));
            if (!index) {
                return recordError(index.error().message + u" ("_s + where + u')');
            }
            return std::optional(*index);
        };
        ++data.rowsRead;
        ImportedUtxoTx tx;
        tx.chain = chain;
        tx.line = record.number;
        const QString txid = object.value(u"txid"_s).toString();
        if (!isTxid(txid)) {
            return recordError(tr("no readable txid (64 hex digits)"));
        }
        tx.txHash = txid.toLower().toLatin1();
        const QJsonObject status = object.value(u"status"_s).toObject();
        if (status.value(u"confirmed"_s).toBool()) {
            if (status.contains(u"block_time"_s)) {
                tx.timestamp = status.value(u"block_time"_s).toInteger();
            }
            if (status.contains(u"block_height"_s)) {
                tx.block = status.value(u"block_height"_s).toInteger();
            }
        }
        const QJsonArray vin = object.value(u"vin"_s).toArray();
        for (qsizetype i = 0; i < vin.size(); ++i) {
            const QJsonObject in = vin.at(i).toObject();
            const QString where = u"vin "_s + QString::number(i);
            ImportedInput input;
            if (in.value(u"is_coinbase"_s).toBool()) {
                tx.coinbase = true;
                tx.inputs.push_back(input);
                continue;
            }
            const QString prevTxid = in.value(u"txid"_s).toString();
            if (!isTxid(prevTxid) || !in.value(u"vout"_s).isDouble()) {
                return recordError(tr("the spent output is not named (%1: txid and vout)").arg(where));
            }
            input.prevHash = prevTxid.toLower().toLatin1();
            input.prevN = in.value(u"vout"_s).toInt();
            const QJsonObject prevout = in.value(u"prevout"_s).toObject();
            if (!prevout.isEmpty()) {
                auto address = addressOf(prevout.value(u"scriptpubkey_address"_s), where);
                if (!address) {
                    return std::unexpected(address.error());
                }
                input.address = *address;
                const auto amount = satoshi(prevout.value(u"value"_s));
                if (!amount) {
                    return recordError(tr("the value cannot be read (%1: prevout.value)").arg(where));
                }
                input.amount = amount;
            }
            tx.inputs.push_back(input);
        }
        const QJsonArray vout = object.value(u"vout"_s).toArray();
        for (qsizetype i = 0; i < vout.size(); ++i) {
            const QJsonObject out = vout.at(i).toObject();
            const QString where = u"vout "_s + QString::number(i);
            ImportedOutput output;
            // OP_RETURN and non-standard scripts have no address.
            auto address = addressOf(out.value(u"scriptpubkey_address"_s), where);
            if (!address) {
                return std::unexpected(address.error());
            }
            output.address = *address;
            const auto amount = satoshi(out.value(u"value"_s));
            if (!amount) {
                return recordError(tr("the value cannot be read (%1: value)").arg(where));
            }
            output.amount = *amount;
            output.scriptType = out.value(u"scriptpubkey_type"_s).toString();
            tx.outputs.push_back(output);
        }
        data.utxoTransactions.push_back(std::move(tx));
    }
    return data;
}

} // namespace awb::import
