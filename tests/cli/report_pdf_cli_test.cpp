// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli report --format pdf` as a user runs it, read back as a reader would: poppler's pdftotext and pdfinfo.
#include "tests/cli/clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using namespace Qt::Literals::StringLiterals;
using awb::test::cli;
using awb::test::jsonOf;

/** What a poppler tool printed for @p args; fails the test when it does not run. */
QString poppler(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    EXPECT_TRUE(p.waitForFinished(60000)) << tool.toStdString();
    EXPECT_EQ(p.exitCode(), 0) << tool.toStdString() << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

/** The text of page @p page (1-based), or of every page with 0. */
QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args{u"-enc"_s, u"UTF-8"_s};
    if (page > 0) {
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    }
    return poppler(u"pdftotext"_s, args << pdf << u"-"_s);
}

int pdfPages(const QString &pdf)
{
    static const QRegularExpression pages(u"Pages:\\s+(\\d+)"_s);
    return pages.match(poppler(u"pdfinfo"_s, {pdf})).captured(1).toInt();
}

class ReportPdfCli : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_case = s_dir->filePath(u"demo.awbcase"_s);
        ASSERT_EQ(cli({u"demo"_s, s_case}).status, 0);
    }

    static void TearDownTestSuite() { delete s_dir; }

    static QString incidentId(const QString &text)
    {
        const QJsonArray incidents =
            jsonOf(cli({u"incidents"_s, s_case, u"--search"_s, text, u"--json"_s})).value(u"incidents"_s).toArray();
        EXPECT_EQ(incidents.size(), 1);
        return QString::number(incidents.at(0).toObject().value(u"id"_s).toInteger());
    }

    /** Runs the report and returns the PDF's path; checks the run said how many pages it wrote. */
    static QString report(const QStringList &scope, const QString &name)
    {
        const QString out = s_dir->filePath(name);
        const auto run = cli(QStringList{u"report"_s, s_case} + scope +
                             QStringList{u"--format"_s, u"pdf"_s, u"--date"_s, u"2026-11-21"_s, u"-o"_s, out});
        EXPECT_EQ(run.status, 0) << run.err.toStdString();
        EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString(); // not even the offscreen platform's notes
        const int pages = pdfPages(out);
        EXPECT_GE(pages, 1);
        EXPECT_TRUE(run.out.contains((pages == 1 ? u"(1 page)"_s : u"(%1 pages)"_s.arg(pages)).toUtf8()))
            << run.out.toStdString();
        return out;
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline QString s_case;
};

TEST_F(ReportPdfCli, BybitHasEverySectionAndSourcedClaims)
{
    const QString pdf = report({u"--incident"_s, incidentId(u"Bybit"_s)}, u"bybit.pdf"_s);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
    const QString text = pdfText(pdf).simplified();
    for (const QString &expected :
         {u"Case summary: Bybit Ethereum cold-wallet theft"_s, u"Scope: Incident"_s, u"Key facts"_s,
          u"$1,500,000,000"_s, u"Attribution: competing hypotheses"_s, u"TraderTraitor"_s, u"Figure 1:"_s, u"Sources"_s,
          u"North Korea Responsible for $1.5 Billion Bybit Hack"_s, u"https://www.ic3.gov/PSA/2025/PSA250226"_s}) {
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n" << text.toStdString();
    }
    // The demo's Bybit record has no wallet data: the report says so instead of drawing an empty figure.
    EXPECT_TRUE(text.contains(u"no wallet data to trace"_s));
    EXPECT_FALSE(text.contains(u"SYNTHETIC"_s));
}

TEST_F(ReportPdfCli, EveryPageHasHeaderAndFooter)
{
    const QString pdf = report({u"--group"_s, u"TraderTraitor"_s}, u"tradertraitor.pdf"_s);
    const int pages = pdfPages(pdf);
    EXPECT_GE(pages, 2); // five incidents, their claims and twenty sources do not fit on one page
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfText(pdf, page).simplified();
        EXPECT_TRUE(text.contains(u"Attribution Workbench · demo.awbcase"_s)) << page;
        EXPECT_TRUE(text.contains(u"TraderTraitor"_s)) << page;
        EXPECT_TRUE(text.contains(u"Report date 2026-11-21"_s)) << page;
        EXPECT_TRUE(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages))) << text.toStdString();
    }
    const QString all = pdfText(pdf).simplified();
    for (const QString &incident : {u"Atomic Wallet"_s, u"CoinsPaid"_s, u"Alphapo"_s, u"DMM Bitcoin"_s, u"Bybit"_s}) {
        EXPECT_TRUE(all.contains(incident)) << incident.toStdString();
    }
    // A line that pagination moved to the next page is in the text layer of that page only, not of both: each of
    // the twenty sources is listed once, whatever page boundary falls inside the list.
    for (int n = 1; n <= 20; ++n) {
        static const QRegularExpression kEntry(u"(?:^|\\s)(\\d+)\\. \\S"_s);
        int seen = 0;
        for (auto it = kEntry.globalMatch(all); it.hasNext();) {
            seen += it.next().captured(1).toInt() == n ? 1 : 0;
        }
        EXPECT_EQ(seen, 1) << "source " << n << "\n" << all.toStdString();
    }
}

TEST_F(ReportPdfCli, SyntheticFundFlowIsMarkedOnEveryPage)
{
    const QString pdf = report({u"--incident"_s, incidentId(u"Harmony"_s)}, u"harmony.pdf"_s);
    for (int page = 1; page <= pdfPages(pdf); ++page) {
        EXPECT_TRUE(pdfText(pdf, page).contains(u"Contains SYNTHETIC data"_s)) << page;
    }
    const QString text = pdfText(pdf).simplified();
    EXPECT_TRUE(text.contains(u"Fund flow from the exploiter addresses"_s));
    EXPECT_TRUE(text.contains(u"Cash-out"_s));
    EXPECT_TRUE(text.contains(u"SYNTHETIC: Mixer M"_s)) << text.toStdString(); // the cash-out row
    // Shaping is off, so text copied from the PDF has no ligature characters ("ﬂow" for "flow").
    EXPECT_FALSE(text.contains(QChar(0xFB02)) || text.contains(QChar(0xFB01)));
}

} // namespace
