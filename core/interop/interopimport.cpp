// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/interopimport.h"

#include "core/import/importfile.h"
#include "core/import/inputlimits.h"
#include "core/interop/interopwriter.h"
#include "core/interop/mispgalaxy.h"
#include "core/interop/ofaclist.h"
#include "core/interop/tagpack.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

namespace awb::interop {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::interop", text);
}

} // namespace

QStringList interopFormatNames()
{
    return {u"misp-galaxy"_s, u"tagpack"_s, u"actorpack"_s, u"ofac"_s};
}

QString guessAttributionFormat(const QString &fileName, const QByteArray &head)
{
    static const QRegularExpression bundle(uR"("type"\s*:\s*"bundle")"_s);
    static const QRegularExpression galaxyValues(uR"("values"\s*:\s*\[)"_s);
    static const QRegularExpression addresses(uR"("addresses"\s*:)"_s);
    static const QRegularExpression yamlKey(uR"((?:^|\n)(actors|tags)\s*:)"_s);
    const QString name = QFileInfo(fileName).fileName().toLower();
    if (name.startsWith(u"sanctioned_addresses_"_s)) {
        return u"ofac"_s;
    }
    const QString text = QString::fromUtf8(head.left(64 * 1024));
    const QString start = text.trimmed();
    if (start.startsWith(u'{')) {
        if (bundle.match(text).hasMatch()) {
            return u"stix"_s;
        }
        if (galaxyValues.match(text).hasMatch() && text.contains(u"\"uuid\""_s)) {
            return u"misp-galaxy"_s;
        }
        if (addresses.match(text).hasMatch()) {
            return u"ofac"_s;
        }
        return {};
    }
    if (name.endsWith(u".yaml"_s) || name.endsWith(u".yml"_s)) {
        // The first top-level list decides: an ActorPack's "actors:", a TagPack's "tags:".
        if (const auto m = yamlKey.match(text); m.hasMatch()) {
            return m.captured(1) == u"actors"_s ? u"actorpack"_s : u"tagpack"_s;
        }
    }
    return {};
}

Result<InteropData>
parseInterop(const QByteArray &bytes, const QString &fileName, const QString &format, const InteropOptions &options)
{
    if (format == u"misp-galaxy"_s) {
        return parseMispGalaxy(bytes, fileName);
    }
    if (format == u"tagpack"_s) {
        return parseTagPack(bytes, fileName);
    }
    if (format == u"actorpack"_s) {
        return parseActorPack(bytes, fileName);
    }
    if (format == u"ofac"_s) {
        return parseOfacList(bytes, fileName, {options.chain, options.listDate});
    }
    return fail(Error::Code::InvalidInput, tr("Unknown import format \"%1\"; the attribution formats are %2.")
                                               .arg(format, interopFormatNames().join(u", "_s)));
}

Result<InteropReport>
importInteropFile(CaseStore &store, const QString &path, const QString &format, const InteropOptions &options)
{
    const auto bytes = limits::readInputFile(path);
    if (!bytes) {
        return std::unexpected(bytes.error());
    }
    return importInteropBytes(store, *bytes, QFileInfo(path).fileName(), format, options);
}

Result<InteropReport> importInteropBytes(CaseStore &store,
                                         const QByteArray &bytes,
                                         const QString &fileName,
                                         const QString &format,
                                         const InteropOptions &options)
{
    InteropReport report;
    report.fileName = fileName;
    report.format = format;
    report.sha256 = import::sha256Hex(bytes);
    report.sizeBytes = bytes.size();
    // The same bytes twice would add every claim again under a second source: a re-import writes nothing.
    auto earlier = store.batchWithSha256(report.sha256);
    if (!earlier) {
        return std::unexpected(earlier.error());
    }
    if (*earlier) {
        report.earlier = **earlier;
        return report;
    }
    const QString startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    auto data = parseInterop(bytes, fileName, format, options);
    if (!data) {
        return std::unexpected(data.error());
    }
    ImportBatch batch;
    batch.fileName = fileName;
    batch.sha256 = report.sha256;
    batch.sizeBytes = report.sizeBytes;
    batch.startedAt = startedAt;
    if (auto r = writeInterop(store, *data, batch, report); !r) {
        return std::unexpected(r.error());
    }
    return report;
}

} // namespace awb::interop
