// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Evidence packs (core/report/evidencepack.h): every file with its hash, the manifest and SHA256SUMS, the scope's
// tables, refused targets left alone, nothing left behind by a failure, hostile text through CSV and GraphML.
#include "core/report/evidencepack.h"

#include "core/demo/demorecord.h"
#include "core/interop/tagpackexport.h"
#include "core/report/tableexport.h"
#include "core/stix/stixexport.h"
#include "tests/core/democasefixture.h"
#include "tests/core/testcase.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

using namespace Qt::Literals::StringLiterals;
using namespace awb;
using awb::report::EvidencePack;
using awb::report::EvidencePackOptions;
using awb::report::summary::CaseSummary;
using awb::report::summary::SummaryScope;
using awb::test::ok;
using awb::test::readCsv;

const QByteArray kPdfMagic = "%PDF-1.4 evidence-pack test\n";

/** Stands in for the PDF renderer: a recognisable payload with the report's title. */
Result<int> fakePdf(const CaseSummary &summary, QIODevice &out, const Progress *)
{
    const QByteArray bytes = kPdfMagic + summary.title.toUtf8() + "\n%%EOF\n";
    if (out.write(bytes) != bytes.size()) {
        return fail(Error::Code::Io, u"fake PDF"_s);
    }
    return 1;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return f.readAll();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/** The cells of @p column in the data rows of CSV @p bytes. */
QStringList csvColumn(const QByteArray &bytes, const QString &column)
{
    const auto rows = readCsv(bytes);
    QStringList out;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        out << rows[i].value(rows.front().indexOf(column));
    }
    return out;
}

/** Everything in @p dir, hidden entries too, sorted. */
QStringList entries(const QString &dir)
{
    QStringList names = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    names.sort();
    return names;
}

class EvidencePackDemo : public test::DemoCaseFixture
{
protected:
    static EvidencePackOptions incidentOptions(IncidentId id)
    {
        EvidencePackOptions options;
        options.scope = {SummaryScope::Kind::Incident, id, {}, {}};
        options.summary = {u"demo.awbcase"_s, u"2026-11-21"_s, 60};
        options.stixTimestamp = QDateTime::fromString(u"2026-11-21T09:00:00Z"_s, Qt::ISODate);
        return options;
    }

    Result<EvidencePack> write(const EvidencePackOptions &options, const report::PdfWriter &pdf = fakePdf)
    {
        return report::writeEvidencePack(*s_store, packDir(), options, pdf);
    }

    QString packDir() const { return m_out.filePath(u"pack"_s); }

    QByteArray file(const QString &name) const { return readAll(QDir(packDir()).filePath(name)); }

    /** The table @p table of the incidents in @p incidents, as writeCsvTable writes it. */
    static QByteArray expectedTable(report::ExportTable table, const std::vector<IncidentId> &incidents)
    {
        const IncidentRecord record = ok(loadIncidentRecord(*s_store));
        FilterResult filtered;
        for (const IncidentSummary &s : record.incidents) {
            if (std::find(incidents.begin(), incidents.end(), s.id) != incidents.end()) {
                filtered.incidents.push_back(&s);
            }
        }
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        ok(report::writeCsvTable(*s_store, table, {filtered, record.directory, false}, out));
        return out.data();
    }

    QTemporaryDir m_out;
};

TEST_F(EvidencePackDemo, EveryFileIsThereWithTheHashesTheManifestAndSumsGive)
{
    const IncidentId bybit = incidentTitled(u"Bybit"_s);
    const EvidencePack pack = ok(write(incidentOptions(bybit)));
    EXPECT_EQ(pack.directory, QDir::cleanPath(packDir()));
    const QStringList names = report::evidencePackFileNames();
    QStringList sorted = names;
    sorted.sort();
    EXPECT_EQ(entries(packDir()), sorted);                    // nothing else
    EXPECT_EQ(entries(m_out.path()), QStringList{u"pack"_s}); // no staging directory left beside it
    ASSERT_EQ(pack.files.size(), std::size_t(names.size()));
    for (std::size_t i = 0; i < pack.files.size(); ++i) {
        const auto &f = pack.files[i];
        EXPECT_EQ(f.name, names.at(qsizetype(i)));
        const QByteArray bytes = file(f.name);
        EXPECT_EQ(f.sha256, sha256(bytes)) << f.name.toStdString();
        EXPECT_EQ(f.bytes, bytes.size()) << f.name.toStdString();
        EXPECT_FALSE(f.description.isEmpty());
    }
    EXPECT_TRUE(file(u"summary.pdf"_s).startsWith(QByteArray(kPdfMagic + "Bybit Ethereum cold-wallet theft")));

    // SHA256SUMS: one `<hex>  <name>` line per other file, manifest.json included.
    QStringList expectedSums;
    for (const QString &name : names.mid(0, names.size() - 1)) {
        expectedSums << sha256(file(name)) + u"  "_s + name;
    }
    EXPECT_EQ(QString::fromUtf8(file(u"SHA256SUMS"_s)), expectedSums.join(u'\n') + u'\n');

    QJsonParseError error;
    const QJsonObject manifest = QJsonDocument::fromJson(file(u"manifest.json"_s), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError);
    EXPECT_EQ(manifest.value(u"case"_s).toString(), u"demo.awbcase"_s);
    EXPECT_EQ(manifest.value(u"scope"_s).toString(), u"Incident %1"_s.arg(bybit.value));
    EXPECT_EQ(manifest.value(u"report_date"_s).toString(), u"2026-11-21"_s);
    EXPECT_EQ(manifest.value(u"awb_version"_s).toString(), QStringLiteral(AWB_VERSION));
    EXPECT_EQ(manifest.value(u"stix_timestamp"_s).toString(), u"2026-11-21T09:00:00Z"_s);
    const QJsonArray files = manifest.value(u"files"_s).toArray();
    ASSERT_EQ(files.size(), names.size() - 2); // all but manifest.json itself and SHA256SUMS
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QJsonObject f = files.at(i).toObject();
        const QByteArray bytes = file(names.at(i));
        EXPECT_EQ(f.value(u"name"_s).toString(), names.at(i));
        EXPECT_EQ(f.value(u"sha256"_s).toString(), sha256(bytes));
        EXPECT_EQ(f.value(u"bytes"_s).toInteger(), bytes.size());
        EXPECT_FALSE(f.value(u"description"_s).toString().isEmpty());
    }
    EXPECT_EQ(files.at(4).toObject().value(u"description"_s).toString().left(30),
              u"the transfers of incident %1 ("_s.arg(bybit.value).left(30));

    // The tool a reader would use agrees.
    const QString sha256sum = QStandardPaths::findExecutable(u"sha256sum"_s);
    if (!sha256sum.isEmpty()) {
        QProcess check;
        check.setWorkingDirectory(packDir());
        check.start(sha256sum, {u"-c"_s, u"--strict"_s, u"SHA256SUMS"_s});
        ASSERT_TRUE(check.waitForFinished(60000));
        EXPECT_EQ(check.exitCode(), 0) << check.readAllStandardOutput().toStdString();
    }
}

TEST_F(EvidencePackDemo, AnIncidentScopeHoldsOnlyThatIncidentsRows)
{
    const IncidentId bybit = incidentTitled(u"Bybit"_s);
    ok(write(incidentOptions(bybit)));
    const QString id = QString::number(bybit.value);
    EXPECT_EQ(csvColumn(file(u"incidents.csv"_s), u"id"_s), QStringList{id});
    for (const QString &table : {u"attributions"_s, u"wallets"_s}) {
        const QStringList ids = csvColumn(file(table + u".csv"_s), u"incident_id"_s);
        EXPECT_FALSE(ids.isEmpty()) << table.toStdString();
        EXPECT_EQ(ids.count(id), ids.size()) << table.toStdString();
    }
    for (const QString &table : report::exportTableNames()) {
        EXPECT_EQ(file(table + u".csv"_s), expectedTable(*report::exportTable(table), {bybit})) << table.toStdString();
    }
    // The graph is around the incident: it is a focus node, and the file is GraphML.
    QXmlStreamReader xml(file(u"graph.graphml"_s));
    bool foundTitle = false;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"data"_s &&
            xml.attributes().value(u"key"_s) == u"label"_s) {
            foundTitle = foundTitle || xml.readElementText() == u"Bybit Ethereum cold-wallet theft"_s;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(foundTitle);
}

TEST_F(EvidencePackDemo, GroupAndWholeCaseScopes)
{
    EvidencePackOptions options = incidentOptions({});
    options.scope = {SummaryScope::Kind::Group, {}, u"TraderTraitor"_s, {}};
    ok(write(options));
    EXPECT_EQ(csvColumn(file(u"incidents.csv"_s), u"id"_s).size(), 5);
    QDir(packDir()).removeRecursively();

    options.scope = {};         // no scope: the whole case
    options.graph.maxNodes = 3; // the incidents alone are more: the graph is cut, and the pack says so
    const EvidencePack pack = ok(write(options));
    EXPECT_EQ(csvColumn(file(u"incidents.csv"_s), u"id"_s).size(), qsizetype(ok(s_store->incidents()).size()));
    stix::ExportOptions stixOptions;
    stixOptions.timestamp = *options.stixTimestamp;
    EXPECT_EQ(file(u"case.stix.json"_s), ok(stix::exportBundle(*s_store, stixOptions)));
    interop::TagPackExportOptions tagOptions;
    tagOptions.title = u"Tags of the case demo.awbcase"_s;
    EXPECT_EQ(file(u"tags.tagpack.yaml"_s), ok(interop::exportTagPack(*s_store, tagOptions)).yaml);
    const QJsonObject manifest = QJsonDocument::fromJson(file(u"manifest.json"_s)).object();
    EXPECT_TRUE(manifest.value(u"whole_case"_s).toBool());
    const QStringList notes = pack.notes;
    EXPECT_EQ(manifest.value(u"notes"_s).toArray().toVariantList().size(), notes.size());
    EXPECT_EQ(notes.filter(u"The graph was cut at 3 nodes"_s).size(), 1) << notes.join(u'\n').toStdString();
    EXPECT_EQ(notes.filter(u"left out of the TagPack"_s).size(), 1) << notes.join(u'\n').toStdString();
}

TEST_F(EvidencePackDemo, RefusesATargetThatIsAFileOrNotEmptyAndLeavesItAlone)
{
    const QString kept = QDir(packDir()).filePath(u"keep.txt"_s);
    ASSERT_TRUE(QDir().mkdir(packDir()));
    {
        QFile f(kept);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("evidence of someone else");
    }
    const EvidencePackOptions options = incidentOptions(incidentTitled(u"Bybit"_s));
    auto refused = write(options);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, Error::Code::InvalidInput);
    EXPECT_EQ(entries(packDir()), QStringList{u"keep.txt"_s});
    EXPECT_EQ(readAll(kept), "evidence of someone else");
    EXPECT_EQ(entries(m_out.path()), QStringList{u"pack"_s});

    auto fileTarget = report::writeEvidencePack(*s_store, kept, options, fakePdf);
    ASSERT_FALSE(fileTarget);
    EXPECT_EQ(fileTarget.error().code, Error::Code::InvalidInput);
    EXPECT_EQ(readAll(kept), "evidence of someone else");
    EXPECT_EQ(entries(packDir()), QStringList{u"keep.txt"_s});

    // An empty directory is replaced by the pack.
    ASSERT_TRUE(QFile::remove(kept));
    ok(write(options));
    EXPECT_TRUE(QFile::exists(QDir(packDir()).filePath(u"SHA256SUMS"_s)));
}

TEST_F(EvidencePackDemo, AFailureLeavesNothingBehind)
{
    const EvidencePackOptions options = incidentOptions(incidentTitled(u"Bybit"_s));
    const auto failingPdf = [](const CaseSummary &, QIODevice &out, const Progress *) -> Result<int> {
        out.write("%PDF-1.4 half a page");
        return fail(Error::Code::Io, u"The printer caught fire."_s);
    };
    auto failed = write(options, failingPdf);
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error().message, u"The printer caught fire."_s);
    EXPECT_TRUE(entries(m_out.path()).isEmpty()); // neither the pack nor its staging directory

    // An empty target directory stays as it was.
    ASSERT_TRUE(QDir().mkdir(packDir()));
    ASSERT_FALSE(write(options, failingPdf));
    EXPECT_EQ(entries(m_out.path()), QStringList{u"pack"_s});
    EXPECT_TRUE(entries(packDir()).isEmpty());

    // An unknown incident is said before anything is made.
    EvidencePackOptions unknown = options;
    unknown.scope.incident = IncidentId{999999};
    QDir(packDir()).removeRecursively();
    auto notFound = write(unknown);
    ASSERT_FALSE(notFound);
    EXPECT_EQ(notFound.error().code, Error::Code::NotFound);
    EXPECT_TRUE(entries(m_out.path()).isEmpty());
}

TEST_F(EvidencePackDemo, ACancelAtAnyFileLeavesNothingBehind)
{
    EvidencePackOptions options = incidentOptions(incidentTitled(u"Bybit"_s));
    // Cancelled as each file is about to be written: the pack is refused as cancelled and leaves no trace.
    for (const QString &name : report::evidencePackFileNames()) {
        std::stop_source stop;
        QStringList stages;
        Progress progress{stop.get_token(), [&](const QString &stage, qint64, qint64) {
                              stages << stage;
                              if (stage.endsWith(name)) {
                                  stop.request_stop();
                              }
                          }};
        options.progress = &progress;
        auto cancelled = write(options);
        ASSERT_FALSE(cancelled) << name.toStdString();
        EXPECT_EQ(cancelled.error().code, Error::Code::Cancelled) << name.toStdString();
        EXPECT_TRUE(entries(m_out.path()).isEmpty()) << name.toStdString();
        EXPECT_TRUE(stages.contains(u"Writing "_s + name)) << stages.join(u" | "_s).toStdString();
    }
    // Not cancelled, the same progress hears every file in order and the pack is written.
    std::stop_source never;
    QStringList files;
    Progress progress{never.get_token(), [&](const QString &stage, qint64, qint64) {
                          if (stage.startsWith(u"Writing "_s) &&
                              stage != u"Writing transfers"_s) { // not the rows' progress
                              files << stage.mid(8);
                          }
                      }};
    options.progress = &progress;
    ASSERT_TRUE(write(options));
    EXPECT_EQ(files, report::evidencePackFileNames());
}

TEST(EvidencePackHostile, AHostileTitleBreaksNeitherTheCsvNorTheGraphml)
{
    const QString title = u"=cmd|' /C calc'!A0 <script>alert(1)</script> \u202Egnp.exe\u202C & \"quotes\", comma"_s;
    auto store = test::memoryStore();
    const SourceId source = ok(store->addSource(test::makeSource(u"report"_s)));
    ActorGroup group;
    group.name = u"<b>Group</b>"_s;
    group.sources = {source};
    const GroupId groupId = ok(store->addGroup(group));
    Incident incident;
    incident.title = title;
    incident.startDate = u"2024-05-01"_s;
    incident.victim = u"-victim"_s;
    incident.chains = {u"ethereum"_s};
    incident.sources = {source};
    const IncidentId id = ok(store->addIncident(incident));
    ok(store->addAttribution(Attribution{{}, id, groupId, u"high"_s, title, u"2024-06-01"_s, title, source, false}));
    std::vector<AddressId> addresses;
    for (const QChar digit : {u'1', u'2'}) {
        addresses.push_back(
            ok(store->addAddress(Address{{}, u"ethereum"_s, u"0x"_s + QString(40, digit), title, false, {}})));
    }
    ok(store->addIncidentAddress(IncidentAddress{0, id, addresses[0], u"exploiter"_s, source, title, false}));
    Transfer t;
    t.chain = u"ethereum"_s;
    t.txHash = u"0xabc"_s;
    t.from = addresses[0];
    t.to = addresses[1];
    t.asset = u"ETH"_s;
    t.amount = u"1000"_s;
    t.decimals = 18;
    t.timestamp = 1714521600;
    ok(store->addTransfer(t));

    QTemporaryDir out;
    EvidencePackOptions options;
    options.scope = {SummaryScope::Kind::Incident, id, {}, {}};
    options.summary = {u"hostile.awbcase"_s, u"2026-11-21"_s, 60};
    const EvidencePack pack = ok(report::writeEvidencePack(*store, out.filePath(u"pack"_s), options, fakePdf));
    const QDir dir(pack.directory);

    // The CSV reads back to the title, neutralised only by the leading quote that stops the formula.
    const QByteArray incidents = readAll(dir.filePath(u"incidents.csv"_s));
    EXPECT_EQ(csvColumn(incidents, u"title"_s), QStringList{u"'"_s + title});
    EXPECT_EQ(readCsv(incidents).size(), 2u);
    EXPECT_EQ(csvColumn(readAll(dir.filePath(u"attributions.csv"_s)), u"incident_title"_s),
              QStringList{u"'"_s + title});
    EXPECT_EQ(csvColumn(readAll(dir.filePath(u"transfers.csv"_s)), u"tx_hash"_s), QStringList{u"0xabc"_s});

    // The GraphML parses, and its labels hold the title as text.
    QXmlStreamReader xml(readAll(dir.filePath(u"graph.graphml"_s)));
    QStringList labels;
    int scripts = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        scripts += xml.name() == u"script"_s ? 1 : 0;
        if (xml.name() == u"data"_s && xml.attributes().value(u"key"_s) == u"label"_s) {
            labels << xml.readElementText();
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(scripts, 0);
    EXPECT_TRUE(labels.contains(title)) << labels.join(u'\n').toStdString();
    EXPECT_TRUE(readAll(dir.filePath(u"summary.pdf"_s)).contains(title.toUtf8()));
}

} // namespace
