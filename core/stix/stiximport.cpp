// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `import --format stix`: a bundle into the case in one transaction, with an import batch and one source for the
// bundle. The reader is stiximportreader.cpp, the matching stiximportplan.cpp; docs/stix.md ("Import").
#include "core/stix/stiximport.h"

#include "core/import/inputlimits.h"
#include "core/model/validation.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <memory>
#include <openssl/evp.h>

namespace awb::stix {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::stix", text);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

/** The SHA-256 of the rest of @p file, read in chunks; empty when reading fails. */
QString sha256Of(QFile &file)
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> sha(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_DigestInit_ex(sha.get(), EVP_sha256(), nullptr);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 n; (n = file.read(chunk.data(), chunk.size())) != 0;) {
        if (n < 0) {
            return {};
        }
        EVP_DigestUpdate(sha.get(), chunk.constData(), std::size_t(n));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(sha.get(), digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

/** Points the bundle's claims (SourceId{} in the plan) at its source, once added. */
void cite(ActorGroup &group, SourceId source)
{
    const auto stamp = [&](SourceId &id) {
        if (!id.isValid()) {
            id = source;
        }
    };
    for (AliasClaim &a : group.aliases) {
        stamp(a.source);
    }
    for (ExternalId &e : group.externalIds) {
        stamp(e.source);
    }
    for (SourceId &s : group.sources) {
        stamp(s);
    }
}

Result<void> writePlan(CaseStore &store, StixImportPlan &plan, StixImportReport &report)
{
    if (plan.changes.empty()) {
        return {}; // a source nothing cites would only clutter the case
    }
    if (auto valid = validate(plan.source); !valid) {
        return valid;
    }
    auto source = store.addSource(plan.source);
    if (!source) {
        return std::unexpected(source.error());
    }
    report.source = *source;
    for (StixGroupChange &change : plan.changes) {
        cite(change.group, *source);
        if (auto valid = validate(change.group); !valid) {
            Error e = valid.error();
            e.message = tr("%1: the group \"%2\" (%3): %4")
                            .arg(report.fileName, change.group.name, change.stixIds.join(u", "_s), e.message);
            return std::unexpected(e);
        }
        const bool added = change.match == StixGroupChange::Match::New;
        auto written = added ? store.addGroup(change.group).transform([](GroupId) {}) : store.updateGroup(change.group);
        if (!written) {
            Error e = written.error();
            e.message =
                tr("%1: the group \"%2\" could not be written: %3").arg(report.fileName, change.group.name, e.message);
            return std::unexpected(e);
        }
        (added ? report.groupsAdded : report.groupsMatched) += 1;
        report.aliasesAdded += change.aliasesAdded;
        report.externalIdsAdded += change.externalIdsAdded;
    }
    return {};
}

} // namespace

Result<StixImportReport> importStix(CaseStore &store, const QString &path, const StixReadOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Code::Io, tr("Could not read %1: %2.").arg(path, file.errorString()));
    }
    StixReadOptions read = options;
    if (read.fileName.isEmpty()) {
        read.fileName = QFileInfo(path).fileName();
    }
    StixImportReport report;
    report.fileName = read.fileName;
    report.sizeBytes = file.size();
    // Checked before hashing, so an oversized file is not read at all.
    if (auto r = limits::checkFileSize(report.sizeBytes, read.fileName); !r) {
        return std::unexpected(r.error());
    }
    // A re-import is refused before anything is parsed; the hash of the bytes parsed is compared below.
    report.sha256 = sha256Of(file);
    if (report.sha256.isEmpty() || !file.seek(0)) {
        return fail(Error::Code::Io, tr("Could not read %1: %2.").arg(path, file.errorString()));
    }
    auto earlier = store.batchWithSha256(report.sha256);
    if (!earlier) {
        return std::unexpected(earlier.error());
    }
    if (*earlier) {
        report.earlier = **earlier;
        return report;
    }
    auto bundle = readStixBundle(file, read);
    if (!bundle) {
        return std::unexpected(bundle.error());
    }
    if (bundle->sha256 != report.sha256) {
        return fail(Error::Code::Io, tr("%1 changed while it was read; nothing was imported.").arg(path));
    }
    return importStixBundle(store, *bundle);
}

Result<StixImportReport> importStixBundle(CaseStore &store, const StixBundle &bundle)
{
    StixImportReport report;
    report.fileName = bundle.fileName.isEmpty() ? bundle.bundleId : bundle.fileName;
    report.sha256 = bundle.sha256;
    report.sizeBytes = bundle.sizeBytes;
    report.objectsRead = bundle.objectsRead;
    report.skippedByType = bundle.skippedByType;
    report.withdrawn = bundle.withdrawn;
    const QString startedAt = nowUtc();
    auto written = store.inTransaction([&]() -> Result<void> {
        auto earlier = store.batchWithSha256(bundle.sha256);
        if (!earlier || *earlier) {
            report.earlier = earlier ? **earlier : std::optional<ImportBatch>();
            return earlier ? Result<void>() : Result<void>(std::unexpected(earlier.error()));
        }
        auto groups = store.groups();
        if (!groups) {
            return std::unexpected(groups.error());
        }
        StixImportPlan plan = planStixImport(bundle, *groups);
        report.groupsNotImported = plan.notImported;
        report.sharedNames = plan.sharedNames;
        report.notices = plan.notices + bundle.issues;
        ImportBatch batch;
        batch.fileName = report.fileName;
        batch.sha256 = bundle.sha256;
        batch.sizeBytes = bundle.sizeBytes;
        batch.importer = u"stix"_s;
        batch.startedAt = startedAt;
        batch.finishedAt = nowUtc();
        batch.rowsRead = bundle.objectsRead;
        batch.rowsImported = qint64(bundle.groups.size()) - plan.notImported;
        batch.rowsSkipped = bundle.objectsRead - batch.rowsImported;
        batch.note = report.notices.join(u'\n');
        auto batchId = store.addBatch(batch);
        if (!batchId) {
            return std::unexpected(batchId.error());
        }
        report.batchId = batchId->value;
        return writePlan(store, plan, report);
    });
    if (!written) {
        return std::unexpected(written.error());
    }
    return report;
}

QString stixImportText(const StixImportReport &report)
{
    if (report.earlier) {
        const ImportBatch &b = *report.earlier;
        return tr("%1 was already imported as batch %2 (%3) on %4. Nothing was written.")
                   .arg(report.fileName, QString::number(b.id.value), b.fileName, b.finishedAt.value_or(b.startedAt)) +
               u'\n';
    }
    QString text = tr("Imported %1 (STIX) as batch %2: %3 objects read; %4 groups added, %5 matched; %6 aliases and "
                      "%7 external ids added; %8 intrusion-sets not imported.")
                       .arg(report.fileName, QString::number(report.batchId), QString::number(report.objectsRead),
                            QString::number(report.groupsAdded), QString::number(report.groupsMatched),
                            QString::number(report.aliasesAdded), QString::number(report.externalIdsAdded),
                            QString::number(report.groupsNotImported)) +
                   u'\n';
    QStringList skipped;
    for (const auto &[type, count] : report.skippedByType) {
        skipped << u"%1 %2"_s.arg(QString::number(count), type);
    }
    if (!skipped.isEmpty()) {
        text += tr("Skipped: %1.").arg(skipped.join(u", "_s)) + u'\n';
    }
    for (const StixWithdrawn &w : report.withdrawn) {
        if (w.type == u"intrusion-set"_s) {
            text += (w.revoked ? tr("Revoked, skipped: %1 (%2).") : tr("Deprecated, skipped: %1 (%2)."))
                        .arg(w.name, w.stixId) +
                    u'\n';
        }
    }
    for (const StixSharedName &s : report.sharedNames) {
        text += tr("\"%1\", now claimed for %2, is also a name or alias of %3; the groups were not merged.")
                    .arg(s.name, s.group, s.otherGroups.join(u", "_s)) +
                u'\n';
    }
    for (const QString &notice : report.notices) {
        text += tr("Note: %1").arg(notice) + u'\n';
    }
    return text;
}

} // namespace awb::stix
