// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli import --format misp-galaxy|tagpack|actorpack|ofac` and `export --format tagpack`, run as a user would;
// the exported TagPack is read by Python's YAML reader and checked against the TagPack rules.
#include "tests/cli/clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using namespace Qt::Literals::StringLiterals;
using awb::test::cli;
using awb::test::CliRun;
using awb::test::jsonOf;

QString data(const QString &name)
{
    return QString::fromUtf8(AWB_INTEROP_DATA) + u'/' + name;
}

/** Checks a TagPack as GraphSense's tool would: header fields, each tag with the header's fields merged in. */
QString validateTagPack(const QByteArray &yaml)
{
    static const QString script = uR"(
import sys, yaml
pack = yaml.safe_load(sys.stdin.buffer.read().decode('utf-8'))
assert isinstance(pack, dict), 'not a mapping'
for field in ('title', 'creator', 'tags'):
    assert field in pack, 'header lacks ' + field
levels = {'override', 'ownership', 'ledger_immanent', 'manual_transaction', 'service_api', 'forensic_investigation',
          'authority_data', 'trusted_provider', 'service_data', 'forensic', 'untrusted_transaction', 'web_crawl',
          'heuristic', 'unknown'}
header = {k: v for k, v in pack.items() if k != 'tags'}
labels = []
for tag in pack['tags']:
    merged = dict(header, **tag)
    merged.setdefault('network', merged.get('currency'))
    for field in ('address', 'label', 'source', 'currency', 'network', 'confidence'):
        assert isinstance(merged.get(field), str) and merged[field], 'a tag lacks ' + field
    assert merged['confidence'] in levels, merged['confidence']
    assert merged.get('tag_type', 'actor') in ('actor', 'event', 'mention')
    labels.append(merged['label'])
assert '\u202eexe.tnemucod' in labels and 'C:\\temp\\' in labels and "=cmd|' /C calc'!A0" in labels, labels
print(len(pack['tags']))
)"_s;
    QProcess p;
    p.start(u"/usr/bin/python3"_s, {u"-c"_s, script});
    p.write(yaml);
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

class InteropCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_case = newCase(u"a"_s);
    }

    QString newCase(const QString &subdir)
    {
        QDir(m_dir.path()).mkpath(subdir);
        const QString path = m_dir.filePath(subdir + u"/case.awbcase"_s);
        EXPECT_EQ(cli({u"new"_s, path}).status, 0);
        return path;
    }

    static CliRun
    importInto(const QString &casePath, const QString &file, const QString &format, const QStringList &extra = {})
    {
        return cli(QStringList{u"import"_s, casePath, file, u"--format"_s, format} + extra);
    }

    QJsonObject stats(const QString &casePath) { return jsonOf(cli({u"stats"_s, casePath, u"--json"_s})); }

    QTemporaryDir m_dir;
    QString m_case;
};

TEST_F(InteropCliTest, AGalaxyImportSaysWhatItAddedSkippedAndFlagged)
{
    CliRun r = importInto(m_case, data(u"galaxy-actors.json"_s), u"misp-galaxy"_s, {u"--json"_s});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    QJsonObject json = jsonOf(r);
    EXPECT_EQ(json[u"groups_added"_s].toInteger(), 5);
    EXPECT_EQ(json[u"groups_matched"_s].toInteger(), 0);
    EXPECT_EQ(json[u"sources_added"_s].toInteger(), 1);
    const QJsonArray flagged = json[u"flagged"_s].toArray();
    ASSERT_EQ(flagged.size(), 1);
    EXPECT_EQ(flagged[0][u"kind"_s].toString(), u"shared-alias"_s);
    EXPECT_EQ(flagged[0][u"subject"_s].toString(), u"Glacier Team"_s);
    EXPECT_EQ(flagged[0][u"groups"_s].toArray().size(), 2);
    EXPECT_EQ(json[u"skipped"_s].toArray().size(), 6);
    EXPECT_EQ(stats(m_case)[u"groups"_s].toInteger(), 5);

    r = importInto(m_case, data(u"galaxy-actors.json"_s), u"misp-galaxy"_s);
    EXPECT_EQ(r.status, 0);
    EXPECT_TRUE(r.out.contains("galaxy-actors.json was already imported as batch 1"));
    EXPECT_TRUE(r.out.contains("Nothing was written."));
    EXPECT_EQ(stats(m_case)[u"groups"_s].toInteger(), 5);
}

TEST_F(InteropCliTest, AnOfacListNeedsItsDate)
{
    CliRun r = importInto(m_case, data(u"sanctioned_addresses_XBT.txt"_s), u"ofac"_s);
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.contains("--list-date YYYY-MM-DD")) << r.err.toStdString();
    EXPECT_EQ(stats(m_case)[u"tags"_s].toInteger(), 0);
    EXPECT_EQ(stats(m_case)[u"sources"_s].toInteger(), 0);

    r = importInto(m_case, data(u"sanctioned_addresses_XBT.txt"_s), u"ofac"_s, {u"--list-date"_s, u"2024-05-20"_s});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("3 tags added; 1 skipped")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Skipped: sanctioned_addresses_XBT.txt:5: \"1JLPh7kTReFZCbvizDuyjdyBBpN2hGzh5q\": "));
    EXPECT_EQ(stats(m_case)[u"tags"_s].toInteger(), 3);
    EXPECT_EQ(cli({u"check"_s, m_case}).status, 0);
}

TEST_F(InteropCliTest, AMalformedFileChangesNothing)
{
    ASSERT_EQ(importInto(m_case, data(u"actorpack.yaml"_s), u"actorpack"_s).status, 0);
    const QJsonObject before = stats(m_case);
    const CliRun r = importInto(m_case, data(u"tagpack-malformed.yaml"_s), u"tagpack"_s);
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.contains("tagpack-malformed.yaml:")) << r.err.toStdString();
    EXPECT_EQ(stats(m_case), before);
}

TEST_F(InteropCliTest, UsageErrors)
{
    const QString pack = data(u"tagpack-inherit.yaml"_s);
    EXPECT_EQ(importInto(m_case, pack, u"tagpack"_s, {u"--list-date"_s, u"2024-01-01"_s}).status, 2);
    EXPECT_EQ(importInto(m_case, pack, u"tagpack"_s, {u"--chain"_s, u"bitcoin"_s}).status, 2);
    EXPECT_EQ(importInto(m_case, pack, u"tagpack"_s, {u"--map"_s, u"from=A"_s}).status, 2);
    EXPECT_EQ(importInto(m_case, pack, u"transfers-csv"_s, {u"--list-date"_s, u"2024-01-01"_s}).status, 2);
    const CliRun wrong = importInto(m_case, pack, u"graphsense"_s);
    EXPECT_EQ(wrong.status, 2);
    EXPECT_TRUE(wrong.err.contains("misp-galaxy, tagpack, actorpack, ofac"));
    const QString out = m_dir.filePath(u"out.yaml"_s);
    for (const QStringList &extra :
         {QStringList{u"--group"_s, u"Ember Lynx"_s}, QStringList{u"--table"_s, u"wallets"_s},
          QStringList{u"--timestamp"_s, u"2026-01-01T00:00:00Z"_s}}) {
        const CliRun r = cli(QStringList{u"export"_s, m_case, u"--format"_s, u"tagpack"_s, u"-o"_s, out} + extra);
        EXPECT_EQ(r.status, 2) << extra.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains("does not apply")) << r.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(InteropCliTest, TheTagPackExportIsValidAndReadsBackToTheSamePack)
{
    ASSERT_EQ(importInto(m_case, data(u"actorpack.yaml"_s), u"actorpack"_s).status, 0);
    ASSERT_EQ(importInto(m_case, data(u"tagpack-inherit.yaml"_s), u"tagpack"_s).status, 0);
    ASSERT_EQ(
        importInto(m_case, data(u"sanctioned_addresses_XBT.txt"_s), u"ofac"_s, {u"--list-date"_s, u"2024-05-20"_s})
            .status,
        0);
    ASSERT_EQ(importInto(m_case, data(u"tagpack-hostile.yaml"_s), u"tagpack"_s).status, 0);
    const QString first = m_dir.filePath(u"a.yaml"_s);
    CliRun r = cli({u"export"_s, m_case, u"--format"_s, u"tagpack"_s, u"-o"_s, first});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith("Wrote a TagPack of 13 tags to ")) << r.out.toStdString();
    QFile a(first);
    ASSERT_TRUE(a.open(QIODevice::ReadOnly));
    const QByteArray exported = a.readAll();
    EXPECT_EQ(validateTagPack(exported), u"13"_s);

    // Another case with the same groups reads the pack back to the same tags: its export is the same file.
    const QString other = newCase(u"b"_s);
    ASSERT_EQ(importInto(other, data(u"actorpack.yaml"_s), u"actorpack"_s).status, 0);
    r = importInto(other, first, u"tagpack"_s, {u"--json"_s});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(jsonOf(r)[u"tags_added"_s].toInteger(), 13);
    r = cli({u"export"_s, other, u"--format"_s, u"tagpack"_s, u"-o"_s, u"-"_s});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, exported);
}

TEST_F(InteropCliTest, AStixBundleBringsItsIntrusionSetsAndReportsTheRest)
{
    const QString bundle = QString::fromUtf8(AWB_STIXIMPORT_DATA) + u"/attack20-bundle.json"_s;
    CliRun r = importInto(m_case, bundle, u"stix"_s, {u"--json"_s});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QJsonObject json = jsonOf(r);
    EXPECT_FALSE(json[u"already_imported"_s].toBool());
    EXPECT_GT(json[u"groups_added"_s].toInteger(), 0);
    EXPECT_EQ(stats(m_case)[u"groups"_s].toInteger(), json[u"groups_added"_s].toInteger());
    EXPECT_GT(json[u"skipped_by_type"_s][u"attack-pattern"_s].toInteger(), 0);
    EXPECT_FALSE(json[u"withdrawn"_s].toArray().isEmpty()); // the revoked and the deprecated one
    r = importInto(m_case, bundle, u"stix"_s, {u"--json"_s});
    EXPECT_EQ(r.status, 0);
    EXPECT_TRUE(jsonOf(r)[u"already_imported"_s].toBool());

    // Our own export of the demo brings every group of the demo into an empty case.
    const QString demo = m_dir.filePath(u"demo.awbcase"_s), out = m_dir.filePath(u"demo.json"_s);
    ASSERT_EQ(cli({u"demo"_s, demo}).status, 0);
    ASSERT_EQ(cli({u"export"_s, demo, u"--format"_s, u"stix"_s, u"-o"_s, out}).status, 0);
    const QString empty = newCase(u"b"_s);
    r = importInto(empty, out, u"stix"_s);
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(stats(empty)[u"groups"_s].toInteger(), stats(demo)[u"groups"_s].toInteger());

    // Options of other formats are refused, and a malformed bundle changes nothing.
    EXPECT_EQ(importInto(empty, out, u"stix"_s, {u"--chain"_s, u"ethereum"_s}).status, 2);
    const QString broken = m_dir.filePath(u"broken.json"_s);
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"type": "bundle", "id": "bundle--1", "objects": [{"type": "intrusion-set")");
    file.close();
    const QString fresh = newCase(u"c"_s);
    r = importInto(fresh, broken, u"stix"_s);
    EXPECT_EQ(r.status, 1);
    EXPECT_FALSE(r.err.isEmpty());
    EXPECT_EQ(stats(fresh)[u"groups"_s].toInteger(), 0);
}

} // namespace
