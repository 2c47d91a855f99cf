// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importmapping.h"

#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace awb::import {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::import", text);
}

const QString kFormat = u"transfers-csv"_s;

} // namespace

QStringList mappingFields()
{
    return {u"tx_hash"_s,     u"from"_s,           u"to"_s,          u"amount"_s,    u"value"_s, u"asset"_s,
            u"decimals"_s,    u"fixed_decimals"_s, u"fixed_asset"_s, u"timestamp"_s, u"block"_s, u"chain"_s,
            u"fixed_chain"_s, u"contract"_s};
}

Result<void> validateMapping(const ColumnMapping &mapping)
{
    const QStringList fields = mappingFields();
    for (const auto &[field, column] : mapping) {
        if (!fields.contains(field)) {
            return fail(Error::Code::InvalidInput,
                        tr("\"%1\" is not a field of a transfers mapping; the fields are %2.")
                            .arg(field, fields.join(u", "_s)));
        }
        if (column.trimmed().isEmpty()) {
            return fail(Error::Code::InvalidInput, tr("The mapping gives no column for \"%1\".").arg(field));
        }
    }
    return {};
}

Result<ColumnMapping> parseMapArguments(const QStringList &pairs)
{
    ColumnMapping mapping;
    for (const QString &pair : pairs) {
        const auto eq = pair.indexOf(u'=');
        if (eq <= 0) {
            return fail(Error::Code::InvalidInput,
                        tr("\"%1\" is not FIELD=COLUMN (such as from=Sender or amount=3).").arg(pair));
        }
        mapping[pair.left(eq).trimmed()] = pair.mid(eq + 1).trimmed();
    }
    if (auto r = validateMapping(mapping); !r) {
        return std::unexpected(r.error());
    }
    return mapping;
}

QString mappingToJson(const ColumnMapping &mapping)
{
    QJsonObject object;
    for (const auto &[field, column] : mapping) {
        object.insert(field, column);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<ColumnMapping> mappingFromJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(Error::Code::InvalidInput, tr("The saved mapping is not a JSON object."), error.errorString());
    }
    ColumnMapping mapping;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString()) {
            return fail(Error::Code::InvalidInput,
                        tr("The saved mapping's \"%1\" is not a column name.").arg(it.key()));
        }
        mapping[it.key()] = it.value().toString();
    }
    if (auto r = validateMapping(mapping); !r) {
        return std::unexpected(r.error());
    }
    return mapping;
}

QStringList csvHeader(const QByteArray &head)
{
    const QString text = QString::fromUtf8(head.left(head.indexOf('\n') < 0 ? head.size() : head.indexOf('\n')));
    QStringList columns;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            columns << cell.trimmed();
            cell.clear();
        } else if (c != u'\r' && c != u'\uFEFF') {
            cell += c;
        }
    }
    if (!cell.trimmed().isEmpty() || !columns.isEmpty()) {
        columns << cell.trimmed();
    }
    return columns;
}

ColumnMapping guessMapping(const QStringList &header)
{
    static const std::vector<std::pair<QString, QStringList>> usual{
        {u"tx_hash"_s, {u"tx_hash"_s, u"txhash"_s, u"hash"_s, u"transaction_hash"_s, u"transaction hash"_s}},
        {u"from"_s, {u"from"_s, u"from_address"_s, u"sender"_s}},
        {u"to"_s, {u"to"_s, u"to_address"_s, u"recipient"_s, u"receiver"_s}},
        {u"amount"_s, {u"amount"_s, u"amount_base_units"_s}},
        {u"value"_s, {u"value"_s}},
        {u"asset"_s, {u"asset"_s, u"token"_s, u"symbol"_s, u"token_symbol"_s}},
        {u"decimals"_s, {u"decimals"_s, u"token_decimals"_s}},
        {u"timestamp"_s, {u"timestamp"_s, u"time"_s, u"unixtimestamp"_s, u"block_timestamp"_s}},
        {u"block"_s, {u"block"_s, u"blockno"_s, u"block_number"_s}},
        {u"chain"_s, {u"chain"_s, u"network"_s}},
        {u"contract"_s, {u"contract"_s, u"contract_address"_s, u"contractaddress"_s, u"token_address"_s}},
    };
    ColumnMapping mapping;
    for (const auto &[field, names] : usual) {
        for (const QString &column : header) {
            if (names.contains(column.toLower())) {
                mapping[field] = column;
                break;
            }
        }
    }
    return mapping;
}

Result<ColumnMapping> loadMapping(CaseStore &store, const QString &name)
{
    auto json = store.importMapping(name);
    if (!json) {
        return std::unexpected(json.error());
    }
    if (!*json) {
        return fail(Error::Code::NotFound, tr("The case has no saved mapping named \"%1\".").arg(name));
    }
    return mappingFromJson(**json);
}

int mappedColumn(const QStringList &header, const QString &value)
{
    bool isNumber = false;
    const int number = value.toInt(&isNumber);
    if (isNumber) {
        return number >= 1 && number <= header.size() ? number - 1 : -1;
    }
    const auto it = std::find_if(header.begin(), header.end(), [&](const QString &column) {
        return column.compare(value.trimmed(), Qt::CaseInsensitive) == 0;
    });
    return it == header.end() ? -1 : int(it - header.begin());
}

ColumnMapping resolveMapping(const ColumnMapping &mapping, const QStringList &header, QStringList &missing)
{
    ColumnMapping resolved;
    for (const auto &[field, value] : mapping) {
        if (field.startsWith(u"fixed_"_s)) {
            resolved[field] = value;
        } else if (const int index = mappedColumn(header, value); index >= 0) {
            resolved[field] = header[index];
        } else {
            missing << u"%1 → %2"_s.arg(field, value);
        }
    }
    return resolved;
}

Result<std::map<QString, ColumnMapping>> loadMappings(CaseStore &store)
{
    auto names = store.importMappingNames();
    if (!names) {
        return std::unexpected(names.error());
    }
    std::map<QString, ColumnMapping> mappings;
    for (const QString &name : std::as_const(*names)) {
        auto mapping = loadMapping(store, name);
        if (!mapping) {
            Error e = mapping.error();
            e.message = tr("The saved mapping \"%1\" cannot be read: %2").arg(name, e.message);
            return std::unexpected(e);
        }
        mappings.emplace(name, std::move(*mapping));
    }
    return mappings;
}

Result<void> saveMapping(CaseStore &store, const QString &name, const ColumnMapping &mapping)
{
    if (name.trimmed().isEmpty()) {
        return fail(Error::Code::InvalidInput, tr("A saved mapping needs a name."));
    }
    if (auto r = validateMapping(mapping); !r) {
        return r;
    }
    return store.saveImportMapping(name.trimmed(), kFormat, mappingToJson(mapping));
}

} // namespace awb::import
