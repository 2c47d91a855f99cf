// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/evidencepack.h"

#include "core/interop/tagpackexport.h"
#include "core/report/graphexport.h"
#include "core/report/tableexport.h"
#include "core/stix/stixexport.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <unordered_map>

namespace awb::report {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kPdf = u"summary.pdf"_s;
const QString kGraph = u"graph.graphml"_s;
const QString kStix = u"case.stix.json"_s;
const QString kTagPack = u"tags.tagpack.yaml"_s;
const QString kManifest = u"manifest.json"_s;
const QString kSums = u"SHA256SUMS"_s;

/** What each table holds, said of "%1" (the scope). */
QString tableContent(ExportTable table)
{
    switch (table) {
    case ExportTable::Incidents:
        return u"the incident table of %1"_s;
    case ExportTable::Attributions:
        return u"the attribution claims of %1, one row each"_s;
    case ExportTable::Wallets:
        return u"the addresses of %1 with their roles and tags"_s;
    case ExportTable::Transfers:
        return u"the transfers of %1"_s;
    }
    return {};
}

/** "1 row", "3 rows". */
QString counted(qint64 n, const QString &singular, const QString &plural)
{
    return u"%1 %2"_s.arg(n).arg(n == 1 ? singular : plural);
}

Error ioError(const QString &message, const QString &detail = {})
{
    return Error{Error::Code::Io, message, detail};
}

Result<void> writeBytes(QIODevice &out, const QByteArray &bytes, const QString &name)
{
    if (out.write(bytes) != bytes.size()) {
        return std::unexpected(ioError(u"Could not write %1."_s.arg(name), out.errorString()));
    }
    return {};
}

/**
 * The directory the pack is written in, beside the target and removed unless it was renamed to it. Not a
 * QTemporaryDir: mkdtemp() makes it 0700, which the pack would keep after the rename, so no one else could read it;
 * QDir::mkdir() honours the umask like any other new directory.
 */
class StagingDir final
{
public:
    explicit StagingDir(const QString &target)
    {
        for (int attempt = 0; attempt < 16 && m_path.isEmpty(); ++attempt) {
            const QString path =
                u"%1.partial-%2"_s.arg(target, QString::number(QRandomGenerator::global()->generate(), 36));
            // mkdir() fails on an existing name, so a name taken meanwhile is never shared.
            if (QDir().mkdir(path)) {
                m_path = path;
            }
        }
    }

    ~StagingDir()
    {
        if (!m_path.isEmpty()) {
            QDir(m_path).removeRecursively();
        }
    }

    Q_DISABLE_COPY_MOVE(StagingDir)

    QString path() const { return m_path; }

    /** Renames the staging directory to @p target, which is absent or an empty directory (replaced). */
    Result<void> moveTo(const QString &target)
    {
        const bool replacing = QFileInfo::exists(target);
        // rmdir() removes only an empty directory, so anything put there since the check stays.
        if (replacing && !QDir().rmdir(target)) {
            return std::unexpected(
                ioError(u"Could not replace the empty directory %1 (is it still empty?)."_s.arg(target)));
        }
        if (!QDir().rename(m_path, target)) {
            if (replacing) {
                QDir().mkdir(target);
            }
            return std::unexpected(ioError(u"Could not rename %1 to %2."_s.arg(m_path, target)));
        }
        m_path.clear();
        return {};
    }

private:
    QString m_path;
};

/** The incidents the tables and the graph are of, as `awb-cli export` and `report` select them. */
Result<FilterResult> scopeIncidents(CaseStore &store, const IncidentRecord &record, const summary::SummaryScope &scope)
{
    using Kind = summary::SummaryScope::Kind;
    if (scope.kind == Kind::Incident) {
        FilterResult result;
        for (const IncidentSummary &s : record.incidents) {
            if (s.id == scope.incident) {
                result.incidents.push_back(&s);
            }
        }
        if (result.incidents.empty()) {
            return fail(Error::Code::NotFound, u"There is no incident %1 in the case."_s.arg(scope.incident.value));
        }
        result.rollup = rollup(result.incidents);
        return result;
    }
    IncidentFilter filter = scope.filter;
    if (scope.kind == Kind::Group) {
        filter = {};
        filter.groups = {scope.group};
    }
    return applyFilter(store, record.incidents, record.directory, filter);
}

/** Passes what is written on to a file and hashes it on the way, so no file is read back to be hashed. */
class HashingWriter final : public QIODevice
{
public:
    explicit HashingWriter(QFile &file)
        : m_file(file)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

    qint64 bytes() const { return m_bytes; }

    QString sha256() const { return QString::fromLatin1(m_hash.result().toHex()); }

protected:
    qint64 readData(char *, qint64) override { return -1; }

    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 written = m_file.write(data, size);
        if (written < 0) {
            setErrorString(m_file.errorString());
            return written;
        }
        m_hash.addData(QByteArrayView(data, written));
        m_bytes += written;
        return written;
    }

private:
    QFile &m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_bytes = 0;
};

/** Writes the files one by one into the staging directory and keeps what the manifest says of each. */
struct PackWriter
{
    CaseStore &store;
    const EvidencePackOptions &options;
    const summary::CaseSummary &summary;
    const IncidentRecord &record;
    const FilterResult &filtered;
    QDir dir;
    EvidencePack pack;

    /** "incident 42", "the 3 incidents in scope", "the whole case". */
    QString scopePhrase() const
    {
        if (options.wholeCase()) {
            return u"the whole case"_s;
        }
        if (options.scope.kind == summary::SummaryScope::Kind::Incident) {
            return u"incident %1"_s.arg(options.scope.incident.value);
        }
        return u"the %1 in scope"_s.arg(counted(qint64(filtered.incidents.size()), u"incident"_s, u"incidents"_s));
    }

    /** Writes @p name through @p write, which returns the file's description, hashing the bytes on their way. */
    Result<void> add(const QString &name, const std::function<Result<QString>(QIODevice &)> &write)
    {
        if (!carryOn(options.progress, QCoreApplication::translate("awb::report", "Writing %1").arg(name),
                     qint64(pack.files.size()), qint64(evidencePackFileNames().size()))) {
            return std::unexpected(cancelledError(QCoreApplication::translate("awb::report", "The evidence pack")));
        }
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            return std::unexpected(ioError(u"Could not create %1."_s.arg(file.fileName()), file.errorString()));
        }
        HashingWriter out(file);
        auto description = write(out);
        if (!description) {
            return std::unexpected(description.error());
        }
        const bool flushed = file.flush();
        file.close();
        if (!flushed || file.error() != QFileDevice::NoError) {
            return std::unexpected(ioError(u"Could not write %1."_s.arg(file.fileName()), file.errorString()));
        }
        pack.files.push_back({name, out.bytes(), out.sha256(), *description});
        return {};
    }

    Result<void> writePdf(const PdfWriter &pdf)
    {
        return add(kPdf, [&](QIODevice &out) {
            return pdf(summary, out, options.progress).transform([&](int pages) {
                return u"the case summary report of %1 (%2)"_s.arg(scopePhrase(),
                                                                   counted(pages, u"page"_s, u"pages"_s));
            });
        });
    }

    Result<void> writeTables()
    {
        const ExportScope scope{filtered, record.directory, options.wholeCase(), options.progress};
        for (const QString &name : exportTableNames()) {
            const ExportTable table = *exportTable(name);
            auto written = add(name + u".csv"_s, [&](QIODevice &out) {
                return writeCsvTable(store, table, scope, out).transform([&](qint64 rows) {
                    return u"%1 (%2)"_s.arg(tableContent(table).arg(scopePhrase()), counted(rows, u"row"_s, u"rows"_s));
                });
            });
            if (!written) {
                return written;
            }
        }
        return {};
    }

    Result<void> writeGraph()
    {
        auto snapshot = graph::Snapshot::load(store);
        if (!snapshot) {
            return std::unexpected(snapshot.error());
        }
        const graph::Snapshot &s = **snapshot;
        // Snapshot::resolve("incident:ID") scans the incidents; a map keeps a whole case's focus linear.
        std::unordered_map<qint64, quint32> localOf;
        for (quint32 i = 0; i < s.data().incidents.size(); ++i) {
            localOf.emplace(s.data().incidents[i].rowId, i);
        }
        std::vector<graph::NodeIndex> focus;
        for (const IncidentSummary *incident : filtered.incidents) {
            if (const auto it = localOf.find(incident->id.value); it != localOf.end()) {
                focus.push_back(s.node(graph::NodeKind::Incident, it->second));
            }
        }
        const graph::ViewGraph view = graph::neighbourhood(s, focus, options.graph);
        const QByteArray graphml = exportLaidOutGraph(s, view, options.layoutSeed, u"graphml"_s);
        if (view.truncated) {
            pack.notes << u"The graph was cut at %1 nodes: the nearest to the incidents were kept (`awb-cli graph "
                          u"--max-nodes` draws more)."_s.arg(options.graph.maxNodes);
        }
        return add(kGraph, [&](QIODevice &out) {
            return writeBytes(out, graphml, kGraph).transform([&] {
                return u"the wallet/entity graph within %1 of %2 (%3, %4), laid out%5"_s.arg(
                    counted(options.graph.hops, u"hop"_s, u"hops"_s), scopePhrase(),
                    counted(qint64(view.nodes.size()), u"node"_s, u"nodes"_s),
                    counted(qint64(view.edges.size()), u"edge"_s, u"edges"_s),
                    view.truncated ? u", cut at %1 nodes"_s.arg(options.graph.maxNodes) : QString());
            });
        });
    }

    Result<void> writeStix()
    {
        stix::ExportOptions stixOptions;
        stixOptions.timestamp = options.stixTimestamp.value_or(QDateTime());
        auto bundle = stix::exportBundle(store, stixOptions);
        if (!bundle) {
            return std::unexpected(bundle.error());
        }
        return add(kStix, [&](QIODevice &out) {
            return writeBytes(out, *bundle, kStix).transform([] { return u"the STIX 2.1 bundle of the whole case"_s; });
        });
    }

    Result<void> writeTagPack()
    {
        interop::TagPackExportOptions tagOptions;
        tagOptions.title = u"Tags of the case %1"_s.arg(summary.caseName);
        auto tags = interop::exportTagPack(store, tagOptions);
        if (!tags) {
            return std::unexpected(tags.error());
        }
        if (tags->syntheticLeftOut > 0) {
            pack.notes << u"%1 left out of the TagPack: synthetic tags are never exported as claims."_s.arg(
                counted(tags->syntheticLeftOut, u"synthetic tag was"_s, u"synthetic tags were"_s));
        }
        return add(kTagPack, [&](QIODevice &out) {
            return writeBytes(out, tags->yaml, kTagPack).transform([&] {
                return u"the GraphSense TagPack of the whole case's tags (%1)"_s.arg(
                    counted(tags->tags, u"tag"_s, u"tags"_s));
            });
        });
    }

    Result<void> writeManifest()
    {
        QJsonArray files;
        for (const EvidenceFile &f : pack.files) {
            files.append(QJsonObject{{u"name"_s, f.name},
                                     {u"bytes"_s, f.bytes},
                                     {u"sha256"_s, f.sha256},
                                     {u"description"_s, f.description}});
        }
        QJsonObject manifest{
            {u"format"_s, u"awb-evidence-pack"_s},
            {u"format_version"_s, 1},
            {u"case"_s, summary.caseName},
            {u"title"_s, summary.title},
            {u"scope"_s, summary.scopeText},
            {u"whole_case"_s, options.wholeCase()},
            {u"report_date"_s, summary.reportDate},
            {u"awb_version"_s, QStringLiteral(AWB_VERSION)},
            {u"files"_s, files},
            {u"notes"_s, QJsonArray::fromStringList(pack.notes)},
        };
        if (options.stixTimestamp) {
            manifest.insert(u"stix_timestamp"_s, options.stixTimestamp->toUTC().toString(Qt::ISODate));
        }
        const QByteArray json = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
        return add(kManifest, [&](QIODevice &out) {
            return writeBytes(out, json, kManifest).transform([] {
                return u"what each file holds, with its size and SHA-256"_s;
            });
        });
    }

    Result<void> writeSums()
    {
        QByteArray sums;
        for (const EvidenceFile &f : pack.files) {
            sums += f.sha256.toLatin1() + "  " + f.name.toUtf8() + '\n'; // sha256sum's text format
        }
        return add(kSums, [&](QIODevice &out) {
            return writeBytes(out, sums, kSums).transform([] {
                return u"the SHA-256 of every other file, for `sha256sum -c SHA256SUMS`"_s;
            });
        });
    }
};

} // namespace

QStringList evidencePackFileNames()
{
    QStringList names{kPdf};
    for (const QString &table : exportTableNames()) {
        names << table + u".csv"_s;
    }
    return names << kGraph << kStix << kTagPack << kManifest << kSums;
}

QString evidencePackTargetProblem(const QString &directory)
{
    const QFileInfo info(directory);
    if (info.isSymLink()) {
        return u"%1 is a link; give a new or an empty directory"_s.arg(directory);
    }
    if (!info.exists()) {
        return {};
    }
    if (!info.isDir()) {
        return u"%1 is a file; give a new or an empty directory"_s.arg(directory);
    }
    if (!QDir(directory).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        return u"%1 is not empty; give a new or an empty directory"_s.arg(directory);
    }
    return {};
}

Result<EvidencePack> writeEvidencePack(CaseStore &store,
                                       const QString &directory,
                                       const EvidencePackOptions &options,
                                       const PdfWriter &writePdf)
{
    const QString target = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    if (const QString problem = evidencePackTargetProblem(target); !problem.isEmpty()) {
        return fail(Error::Code::InvalidInput, problem);
    }
    // The scope is checked (an unknown incident or group, a bad filter) before anything is written.
    const summary::SummaryScope &scope = options.scope;
    summary::SummaryOptions summaryOptions = options.summary;
    if (summaryOptions.caseName.isEmpty()) {
        summaryOptions.caseName = QFileInfo(store.location()).fileName();
    }
    if (!summaryOptions.progress) {
        summaryOptions.progress = options.progress;
    }
    auto summary = summary::buildCaseSummary(store, scope, summaryOptions);
    if (!summary) {
        return std::unexpected(summary.error());
    }
    auto record = loadIncidentRecord(store);
    if (!record) {
        return std::unexpected(record.error());
    }
    auto filtered = scopeIncidents(store, *record, scope);
    if (!filtered) {
        return std::unexpected(filtered.error());
    }
    StagingDir staging(target);
    if (staging.path().isEmpty()) {
        return fail(Error::Code::Io, u"Could not create a directory beside %1."_s.arg(target),
                    u"Does %1 exist, and may you write there?"_s.arg(QFileInfo(target).path()));
    }
    PackWriter w{store, options, *summary, *record, *filtered, QDir(staging.path()), {}};
    if (summary->anySynthetic) {
        w.pack.notes << u"The scope draws on synthetic (generated) records: the report marks them SYNTHETIC and "
                        u"the tables' synthetic column is true for them."_s;
    }
    auto written = w.writePdf(writePdf)
                       .and_then([&] { return w.writeTables(); })
                       .and_then([&] { return w.writeGraph(); })
                       .and_then([&] { return w.writeStix(); })
                       .and_then([&] { return w.writeTagPack(); })
                       .and_then([&] { return w.writeManifest(); })
                       .and_then([&] { return w.writeSums(); })
                       .and_then([&] { return staging.moveTo(target); });
    if (!written) {
        return std::unexpected(written.error());
    }
    w.pack.directory = target;
    return std::move(w.pack);
}

} // namespace awb::report
