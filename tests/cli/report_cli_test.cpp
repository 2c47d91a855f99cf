// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli report`, run as a user would: the files it writes, its cash-out table against `awb-cli trace`, and its
// clean failures.
#include "tests/cli/clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using namespace Qt::Literals::StringLiterals;
using awb::test::cli;
using awb::test::jsonOf;

class ReportCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_case = m_dir.filePath(u"demo.awbcase"_s);
        ASSERT_EQ(cli({u"demo"_s, m_case}).status, 0);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QString read(const QString &file)
    {
        QFile f(file);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << file.toStdString();
        return QString::fromUtf8(f.readAll());
    }

    /** The id `awb-cli incidents --search` lists for @p text. */
    QString incidentId(const QString &text) const
    {
        const QJsonArray incidents =
            jsonOf(cli({u"incidents"_s, m_case, u"--search"_s, text, u"--json"_s})).value(u"incidents"_s).toArray();
        EXPECT_EQ(incidents.size(), 1);
        return QString::number(incidents.at(0).toObject().value(u"id"_s).toInteger());
    }

    QTemporaryDir m_dir;
    QString m_case;
};

TEST_F(ReportCli, HarmonyCashOutMatchesTrace)
{
    const QString id = incidentId(u"Harmony"_s);
    const auto run = cli({u"report"_s, m_case, u"--incident"_s, id, u"--format"_s, u"md"_s, u"-o"_s, path(u"h.md"_s)});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    const QString md = read(path(u"h.md"_s));
    EXPECT_TRUE(QFile::exists(path(u"h-figures/timeline.svg"_s)));
    EXPECT_TRUE(QFile::exists(path(u"h-figures/fund-flow.svg"_s)));
    EXPECT_TRUE(md.contains(u"](<h-figures/fund-flow.svg>)"_s));
    // Every service endpoint of the trace is a row with the same three amounts.
    const QJsonArray endpoints =
        jsonOf(cli({u"trace"_s, m_case, u"--incident"_s, id, u"--json"_s})).value(u"endpoints"_s).toArray();
    int services = 0;
    for (const QJsonValue &v : endpoints) {
        const QJsonObject e = v.toObject();
        if (e.value(u"stop"_s).toString() != u"service"_s) {
            continue;
        }
        ++services;
        const QString row =
            u"| %1 | %2 | %3 | %4 |"_s.arg(e.value(u"asset"_s).toString(), e.value(u"haircut_units"_s).toString(),
                                           e.value(u"fifo_units"_s).toString(), e.value(u"poison_units"_s).toString());
        EXPECT_TRUE(md.contains(row)) << row.toStdString() << "\n" << md.toStdString();
    }
    EXPECT_GT(services, 0);
    EXPECT_TRUE(md.contains(u"**SYNTHETIC**"_s));

    ASSERT_EQ(
        cli({u"report"_s, m_case, u"--incident"_s, id, u"--format"_s, u"html"_s, u"-o"_s, path(u"h.html"_s)}).status,
        0);
    const QString html = read(path(u"h.html"_s));
    EXPECT_TRUE(html.contains(u"<svg xmlns=\"http://www.w3.org/2000/svg\""_s));
    EXPECT_FALSE(html.contains(u"<script"_s));
}

TEST_F(ReportCli, GroupAndFilterScopes)
{
    ASSERT_EQ(
        cli({u"report"_s, m_case, u"--group"_s, u"TraderTraitor"_s, u"--format"_s, u"md"_s, u"-o"_s, path(u"g.md"_s)})
            .status,
        0);
    const QString md = read(path(u"g.md"_s));
    EXPECT_TRUE(md.contains(u"Bybit Ethereum cold\\-wallet theft"_s));
    EXPECT_TRUE(md.contains(u"## Incidents"_s));
    ASSERT_EQ(cli({u"report"_s, m_case, u"--country"_s, u"JP"_s, u"--from"_s, u"2018"_s, u"--format"_s, u"html"_s,
                   u"-o"_s, path(u"f.html"_s)})
                  .status,
              0);
    EXPECT_TRUE(read(path(u"f.html"_s)).contains(u"Filter: country JP; from 2018"_s));
}

TEST_F(ReportCli, FailsCleanlyWithoutWriting)
{
    const QString out = path(u"keep.md"_s);
    {
        QFile f(out);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    const QList<std::pair<QStringList, int>> runs{
        {{u"--incident"_s, u"999999"_s, u"--format"_s, u"md"_s, u"-o"_s, out}, 2},
        {{u"--incident"_s, u"x"_s, u"--format"_s, u"md"_s, u"-o"_s, out}, 2},
        {{u"--group"_s, u"No Such Group"_s, u"--format"_s, u"md"_s, u"-o"_s, out}, 2},
        {{u"--group"_s, u"Lazarus Group"_s, u"--format"_s, u"docx"_s, u"-o"_s, out}, 2},
        {{u"--group"_s, u"Lazarus Group"_s, u"--format"_s, u"md"_s}, 2},
        {{u"--group"_s, u"Lazarus Group"_s, u"-o"_s, out}, 2},
    };
    for (const auto &[args, status] : runs) {
        const auto run = cli(QStringList{u"report"_s, m_case} + args);
        EXPECT_EQ(run.status, status) << args.join(u' ').toStdString();
        EXPECT_TRUE(run.err.startsWith("awb-cli: ")) << run.err.toStdString();
    }
    EXPECT_EQ(read(out), u"old"_s);
    EXPECT_FALSE(QFile::exists(path(u"keep-figures"_s)));
    const auto pdf = cli({u"report"_s, m_case, u"--incident"_s, u"999999"_s, u"--format"_s, u"pdf"_s, u"-o"_s, out});
    EXPECT_EQ(pdf.status, 2);
    EXPECT_TRUE(pdf.err.contains("no incident 999999")) << pdf.err.toStdString();
    EXPECT_EQ(read(out), u"old"_s);
    // Besides the case (and its WAL files), only keep.md: no temporary file is left behind.
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files).filter(u"demo.awbcase"_s).size() + 1,
              QDir(m_dir.path()).entryList(QDir::Files).size());
}

} // namespace
