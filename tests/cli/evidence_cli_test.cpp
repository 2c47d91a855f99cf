// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli export --format evidence-pack`, run as a user would: the folder verifies with `sha256sum -c`, the PDF is
// a PDF of the incident, and command-line mistakes exit 2 without touching anything.
#include "tests/cli/clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using namespace Qt::Literals::StringLiterals;
using awb::test::cli;

const QString kBybit = u"Bybit Ethereum cold-wallet theft"_s; // incident 42 of the demo case

class EvidenceCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_case = m_dir.filePath(u"demo.awbcase"_s);
        ASSERT_EQ(cli({u"demo"_s, m_case}).status, 0);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /** What @p dir holds, hidden entries too, without the case's SQLite -wal and -shm files. */
    static std::string entries(const QString &dir)
    {
        QStringList names = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
        names.removeIf([](const QString &name) { return name.startsWith(u"demo.awbcase-"_s); });
        return names.join(u' ').toStdString();
    }

    awb::test::CliRun pack(const QStringList &args) const
    {
        return cli(QStringList{u"export"_s, m_case, u"--format"_s, u"evidence-pack"_s} + args);
    }

    static QByteArray read(const QString &file)
    {
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << file.toStdString();
        return f.readAll();
    }

    /** Runs @p program in @p dir; its exit status and standard output. */
    static std::pair<int, QByteArray> runIn(const QString &dir, const QString &program, const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(program, args);
        EXPECT_TRUE(p.waitForFinished(60000)) << program.toStdString();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput()};
    }

    QTemporaryDir m_dir;
    QString m_case;
};

TEST_F(EvidenceCli, IncidentPackVerifiesWithSha256sum)
{
    const QString dir = path(u"bybit"_s);
    const auto run = pack({u"--incident"_s, u"42"_s, u"--date"_s, u"2026-11-21"_s, u"--timestamp"_s,
                           u"2026-11-21T09:00:00Z"_s, u"-o"_s, dir});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(u"Wrote evidence pack %1: 10 files\n"_s.arg(dir).toUtf8())) << run.out.toStdString();
    for (const char *name : {"summary.pdf", "incidents.csv", "attributions.csv", "wallets.csv", "transfers.csv",
                             "graph.graphml", "case.stix.json", "tags.tagpack.yaml", "manifest.json", "SHA256SUMS"}) {
        EXPECT_TRUE(run.out.contains(QByteArray(QByteArray("\n  ") + name + " ("))) << name;
    }

    EXPECT_TRUE(read(QDir(dir).filePath(u"summary.pdf"_s)).startsWith("%PDF-"));
    const QJsonObject manifest = QJsonDocument::fromJson(read(QDir(dir).filePath(u"manifest.json"_s))).object();
    EXPECT_EQ(manifest.value(u"title"_s).toString(), kBybit);
    EXPECT_EQ(manifest.value(u"scope"_s).toString(), u"Incident 42"_s);
    EXPECT_EQ(manifest.value(u"report_date"_s).toString(), u"2026-11-21"_s);
    EXPECT_TRUE(read(QDir(dir).filePath(u"incidents.csv"_s)).contains(kBybit.toUtf8()));
    // The graph is the one `awb-cli graph` draws around the incident, and the table the one `export --format csv`
    // writes for a filter that keeps only it.
    ASSERT_EQ(cli({u"graph"_s, m_case, u"incident:42"_s, u"--hops"_s, u"2"_s, u"--format"_s, u"graphml"_s, u"--out"_s,
                   path(u"g.graphml"_s)})
                  .status,
              0);
    EXPECT_EQ(read(QDir(dir).filePath(u"graph.graphml"_s)), read(path(u"g.graphml"_s)));

    EXPECT_EQ(entries(m_dir.path()), "bybit demo.awbcase g.graphml"); // no staging directory left

    const QString sha256sum = QStandardPaths::findExecutable(u"sha256sum"_s);
    ASSERT_FALSE(sha256sum.isEmpty()) << "sha256sum (coreutils) is not on PATH";
    const auto [status, out] = runIn(dir, sha256sum, {u"-c"_s, u"--strict"_s, u"SHA256SUMS"_s});
    EXPECT_EQ(status, 0) << out.toStdString();
    EXPECT_EQ(out.count(": OK\n"), 9) << out.toStdString();

    // With poppler-utils installed, the PDF's text is the report's.
    if (const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s); !pdftotext.isEmpty()) {
        const auto [textStatus, text] = runIn(dir, pdftotext, {u"summary.pdf"_s, u"-"_s});
        EXPECT_EQ(textStatus, 0);
        EXPECT_TRUE(QString::fromUtf8(text).simplified().contains(kBybit)) << text.toStdString();
    }
}

TEST_F(EvidenceCli, WithoutAScopeThePackIsOfTheWholeCase)
{
    const QString dir = path(u"whole"_s);
    ASSERT_TRUE(QDir().mkdir(dir)); // an empty directory is replaced
    const auto run = pack({u"-o"_s, dir});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    const QJsonObject manifest = QJsonDocument::fromJson(read(QDir(dir).filePath(u"manifest.json"_s))).object();
    EXPECT_TRUE(manifest.value(u"whole_case"_s).toBool());
    EXPECT_EQ(manifest.value(u"files"_s).toArray().size(), 8);
    EXPECT_EQ(runIn(dir, u"sha256sum"_s, {u"-c"_s, u"SHA256SUMS"_s}).first, 0);
}

TEST_F(EvidenceCli, UsageErrorsExit2AndTouchNothing)
{
    const QString full = path(u"full"_s);
    const QString file = path(u"file.txt"_s);
    ASSERT_TRUE(QDir().mkdir(full));
    for (const QString &name : {QDir(full).filePath(u"keep.txt"_s), file}) {
        QFile f(name);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("kept");
    }
    const QString fresh = path(u"fresh"_s);
    const QList<QStringList> runs{
        {u"--incident"_s, u"42"_s, u"-o"_s, full},
        {u"--incident"_s, u"42"_s, u"-o"_s, file},
        {u"--incident"_s, u"42"_s, u"--table"_s, u"incidents"_s, u"-o"_s, fresh},
        {u"--incident"_s, u"999999"_s, u"-o"_s, fresh},
        {u"--incident"_s, u"x"_s, u"-o"_s, fresh},
        {u"--incident"_s, u"42"_s, u"--group"_s, u"Lazarus Group"_s, u"-o"_s, fresh},
        {u"--group"_s, u"No Such Group"_s, u"-o"_s, fresh},
        {u"--incident"_s, u"42"_s, u"--date"_s, u"2026-13-01"_s, u"-o"_s, fresh},
        {u"--incident"_s, u"42"_s, u"--timestamp"_s, u"yesterday"_s, u"-o"_s, fresh},
        {u"--incident"_s, u"42"_s, u"-o"_s, u"-"_s},
        {u"--incident"_s, u"42"_s, u"-o"_s, m_case},
        {u"--incident"_s, u"42"_s},
    };
    for (const QStringList &args : runs) {
        const auto run = pack(args);
        EXPECT_EQ(run.status, 2) << args.join(u' ').toStdString() << "\n" << run.err.toStdString();
        EXPECT_FALSE(run.err.isEmpty()) << args.join(u' ').toStdString();
        EXPECT_EQ(entries(m_dir.path()), "demo.awbcase file.txt full") << args.join(u' ').toStdString();
    }
    EXPECT_EQ(read(file), "kept");
    EXPECT_EQ(read(QDir(full).filePath(u"keep.txt"_s)), "kept");
    EXPECT_EQ(entries(full), "keep.txt");

    // The pack's options are not the other formats'.
    const auto csv = cli({u"export"_s, m_case, u"--format"_s, u"csv"_s, u"--table"_s, u"incidents"_s, u"--incident"_s,
                          u"42"_s, u"-o"_s, fresh});
    EXPECT_EQ(csv.status, 2);
    EXPECT_TRUE(csv.err.contains("--incident is for --format evidence-pack")) << csv.err.toStdString();
    EXPECT_FALSE(QFile::exists(fresh));
}

} // namespace
