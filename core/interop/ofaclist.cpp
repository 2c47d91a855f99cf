// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/ofaclist.h"

#include "core/import/inputlimits.h"
#include "core/interop/vocabulary.h"
#include "core/model/validation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

#include <map>

namespace awb::interop {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::interop", text);
}

/** One listed address and where it was read. */
struct Listed
{
    QString address;
    QString location;
};

/** The list as read: addresses by the currency code or chain they are listed under ("" when the file names none). */
struct RawList
{
    std::map<QString, std::vector<Listed>> byCurrency;
    QString date; // found in the file
};

/** "ETH" from "sanctioned_addresses_ETH.txt"; empty when the name has no such part. */
QString currencyOfFileName(const QString &fileName)
{
    static const QRegularExpression pattern(u"_([A-Za-z0-9]+)$"_s);
    const auto match = pattern.match(QFileInfo(fileName).completeBaseName());
    return match.hasMatch() ? match.captured(1) : QString();
}

Result<void> readArray(const QJsonValue &value, const QString &where, std::vector<Listed> &out)
{
    if (!value.isArray()) {
        return fail(Error::Code::InvalidInput, tr("%1 is not a list of addresses.").arg(where));
    }
    const QJsonArray items = value.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            return fail(Error::Code::InvalidInput, tr("%1[%2] is not text.").arg(where).arg(i));
        }
        out.push_back({items.at(i).toString(), u"%1[%2]"_s.arg(where).arg(i)});
    }
    return {};
}

Result<RawList> readJson(const QByteArray &bytes, const QString &fileName)
{
    auto parsed = jsonOfFile(bytes, fileName);
    if (!parsed) {
        return std::unexpected(parsed.error());
    }
    const QJsonDocument &doc = *parsed;
    RawList list;
    QJsonValue addresses = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    if (doc.isObject() && doc.object().contains(u"addresses"_s)) {
        for (const QString &key : {u"date"_s, u"list_date"_s, u"published"_s}) {
            if (doc.object().contains(key)) {
                list.date = doc.object().value(key).toString();
                break;
            }
        }
        addresses = doc.object().value(u"addresses"_s);
    }
    Result<void> r;
    if (addresses.isArray()) {
        r = readArray(addresses, fileName, list.byCurrency[QString()]);
    } else {
        const QJsonObject byCurrency = addresses.toObject();
        for (auto it = byCurrency.begin(); it != byCurrency.end() && r; ++it) {
            r = readArray(it.value(), u"%1: \"%2\""_s.arg(fileName, it.key()), list.byCurrency[it.key()]);
        }
    }
    if (!r) {
        return std::unexpected(r.error());
    }
    return list;
}

Result<RawList> readText(const QByteArray &bytes, const QString &fileName)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError() || text.contains(QChar(0))) {
        return refuseFile(fileName, tr("not a text list of addresses (not UTF-8 text)."));
    }
    static const QRegularExpression date(u"\\b(\\d{4}-\\d{2}-\\d{2})\\b"_s);
    RawList list;
    std::vector<Listed> &out = list.byCurrency[QString()];
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.size() > limits::kMaxFieldBytes) {
            return limits::limitError(u"%1:%2"_s.arg(fileName).arg(i + 1), tr("the line is too long"),
                                      limits::fieldLimitText());
        }
        if (line.startsWith(u'#')) {
            if (const auto m = date.match(line); list.date.isEmpty() && m.hasMatch()) {
                list.date = m.captured(1);
            }
        } else if (!line.isEmpty()) {
            out.push_back({line, u"%1:%2"_s.arg(fileName).arg(i + 1)});
        }
    }
    return list;
}

Source listSource(const QString &code, const QString &chain, const QString &date, const QString &fileName)
{
    Source s;
    s.title = tr("OFAC SDN list: sanctioned digital currency addresses (%1, %2), as of %3").arg(code, chain, date);
    s.publisher = tr("U.S. Department of the Treasury, Office of Foreign Assets Control (OFAC)");
    s.published = date;
    s.kind = u"government"_s;
    s.excerpt = tr("Read from %1.").arg(fileName);
    return s;
}

TagRecord sanctionTag(const Listed &listed, const QString &chain, const QString &code, const QString &date)
{
    TagRecord t;
    t.chain = chain;
    t.address = listed.address;
    t.label = tr("OFAC SDN: sanctioned address");
    t.abuse = u"sanction"_s;
    t.tagType = u"event"_s; // a designation happened; it does not say who controls the address
    t.confidence = u"authority_data"_s;
    t.context = tr("Listed as a digital currency address (%1) on OFAC's SDN list as of %2. A sanction designation, "
                   "not a statement of who controls the address.")
                    .arg(code, date);
    t.location = listed.location;
    return t;
}

/** The list's date: --list-date, else the file's; a refusal when neither is a full ISO date. */
Result<QString> listDate(const RawList &list, const OfacOptions &options, const QString &fileName, QStringList &warns)
{
    if (!options.listDate.isEmpty()) {
        if (!isoDayOf(options.listDate) || options.listDate.size() != 10) {
            return refuseFile(fileName, tr("--list-date \"%1\" is not a date (YYYY-MM-DD).").arg(options.listDate));
        }
        if (!list.date.isEmpty() && isoDayOf(list.date) != options.listDate) {
            warns << tr("The file gives the date %1; --list-date %2 was used.").arg(list.date, options.listDate);
        }
        return options.listDate;
    }
    if (const auto day = isoDayOf(list.date)) {
        return *day;
    }
    return refuseFile(fileName, tr("the list's date is unknown: the file gives none, so give it with --list-date "
                                   "YYYY-MM-DD (the date the list was published or downloaded)."));
}

} // namespace

Result<InteropData> parseOfacList(const QByteArray &bytes, const QString &fileName, const OfacOptions &options)
{
    const QByteArray start = withoutBom(bytes).trimmed();
    const bool isJson = start.startsWith('[') || start.startsWith('{');
    auto list = isJson ? readJson(bytes, fileName) : readText(bytes, fileName);
    if (!list) {
        return std::unexpected(list.error());
    }
    InteropData data;
    data.format = u"ofac"_s;
    auto date = listDate(*list, options, fileName, data.warnings);
    if (!date) {
        return std::unexpected(date.error());
    }
    const bool named = !list->byCurrency.contains(QString());
    if (named && !options.chain.isEmpty()) {
        return refuseFile(fileName, tr("the file names the currency of each list; --chain does not apply."));
    }
    for (const auto &[key, addresses] : list->byCurrency) {
        data.recordsRead += qint64(addresses.size());
        const QString code = !key.isEmpty()             ? key
                             : !options.chain.isEmpty() ? options.chain
                                                        : currencyOfFileName(fileName);
        if (code.isEmpty()) {
            return refuseFile(fileName, tr("the chain is unknown: name it with --chain (such as ethereum or ETH), or "
                                           "keep the list's file name (sanctioned_addresses_ETH.txt)."));
        }
        auto chain = chainOfCode(code);
        if (!chain && !named) {
            return refuseFile(fileName, chain.error().message);
        }
        if (!chain) {
            for (const Listed &l : addresses) {
                data.skipped.push_back({l.location, l.address, chain.error().message});
            }
            continue;
        }
        data.sources.push_back(listSource(code, *chain, *date, fileName));
        for (const Listed &l : addresses) {
            TagRecord t = sanctionTag(l, *chain, code, *date);
            t.source = data.sources.size() - 1;
            data.tags.push_back(std::move(t));
        }
    }
    return data;
}

} // namespace awb::interop
