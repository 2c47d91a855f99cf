// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report (ui/report): hostile case text comes out as text, nothing named in case data is loaded, pages
// carry their header and footer; read back with poppler's pdftotext as a reader would.
#include "ui/report/pdfreport.h"

#include "tests/core/hostilesummary.h"
#include "ui/report/reportdocument.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>

#include <gtest/gtest.h>

namespace awb::pdf {
namespace {

using namespace Qt::Literals::StringLiterals;

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    EXPECT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

QByteArray writePdf(const report::summary::CaseSummary &summary, const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    const auto pages = writePdfReport(summary, file);
    EXPECT_TRUE(pages.has_value());
    file.close();
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

class PdfReport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // A real image where hostile text points: a renderer that followed the reference would embed it.
        m_image = m_dir.filePath(u"secret.png"_s);
        QImage image(32, 32, QImage::Format_RGB32);
        image.fill(Qt::red);
        ASSERT_TRUE(image.save(m_image));
    }

    QTemporaryDir m_dir;
    QString m_image;
};

TEST_F(PdfReport, TheDetectorSeesAnImageALoadingDocumentWouldEmbed)
{
    // The check below is worth something only if an embedded image shows in the PDF: a plain QTextDocument
    // given the same reference loads the file, and the PDF holds an image.
    QTextDocument plain;
    plain.setHtml(u"<p>x</p><img src=\"file://%1\">"_s.arg(m_image));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    plain.drawContents(&painter);
    painter.end();
    EXPECT_TRUE(buffer.data().contains("/Subtype /Image"));
}

TEST_F(PdfReport, HostileTextIsPrintedNeverFollowed)
{
    QStringList hostile = test::kHostile;
    hostile << u"<img src=\"file://%1\">"_s.arg(m_image);
    for (const QString &text : hostile) {
        for (const QString &url : {u"file://%1"_s.arg(m_image), u"javascript:alert(1)"_s, text}) {
            const QString path = m_dir.filePath(u"hostile.pdf"_s);
            const QByteArray bytes = writePdf(test::hostileSummary(text, url), path);
            ASSERT_TRUE(bytes.startsWith("%PDF-"));
            EXPECT_FALSE(bytes.contains("/Subtype /Image")) << text.toStdString();
            EXPECT_FALSE(bytes.contains("/JavaScript") || bytes.contains("/JS")) << text.toStdString();
            EXPECT_FALSE(bytes.contains("/URI (javascript:") || bytes.contains("/URI (file:")) << text.toStdString();
            const QString printed = pdfText(path);
            EXPECT_FALSE(printed.contains(QChar(0x202E))) << text.toStdString();
            if (!text.contains(QChar(0x202E))) {
                // The text is there as written (a line may wrap): the markup was printed, not obeyed.
                EXPECT_TRUE(printed.simplified().contains(text.left(12))) << text.toStdString() << "\n"
                                                                          << printed.toStdString();
            }
            EXPECT_TRUE(printed.contains(u"Contains SYNTHETIC data"_s));
        }
    }
}

TEST_F(PdfReport, PreviewPagesAreThePdfPages)
{
    const auto summary = test::hostileSummary(u"Preview"_s, u"https://example.org/"_s);
    const ReportDocument document(summary);
    const QByteArray bytes = writePdf(summary, m_dir.filePath(u"p.pdf"_s));
    EXPECT_EQ(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page "),
              qsizetype(document.pageCount()));
    const QImage page = document.pageImage(0, 600);
    EXPECT_EQ(page.width(), 600);
    EXPECT_NEAR(double(page.height()) / page.width(), 297.0 / 210.0, 0.01);
    EXPECT_TRUE(document.plainText().contains(u"Case summary: Preview"_s));
}

TEST_F(PdfReport, ProgressHearsEachPageAndACancelStopsTheWrite)
{
    auto summary = test::hostileSummary(u"Long"_s, u"https://example.org/"_s);
    for (int i = 0; i < 6; ++i) {
        summary.claims.insert(summary.claims.end(), summary.claims.begin(), summary.claims.end());
    }
    const ReportDocument document(summary);
    ASSERT_GE(document.pageCount(), 3);

    QStringList stages;
    std::stop_source never;
    const Progress heard{never.get_token(), [&](const QString &stage, qint64, qint64) {
                             stages << stage;
                         }};
    QBuffer whole;
    ASSERT_TRUE(whole.open(QIODevice::WriteOnly));
    ASSERT_EQ(writePdfReport(summary, whole, &heard), document.pageCount());
    EXPECT_TRUE(stages.contains(u"Laying out the pages"_s));
    EXPECT_TRUE(stages.contains(u"Writing page 1 of %1"_s.arg(document.pageCount())));
    EXPECT_TRUE(stages.contains(u"Writing page %1 of %1"_s.arg(document.pageCount())));

    // Stopped at the second page: Cancelled, and fewer bytes than the whole PDF.
    std::stop_source stop;
    const Progress cancelling{stop.get_token(), [&](const QString &stage, qint64, qint64) {
                                  if (stage.startsWith(u"Writing page 2 "_s)) {
                                      stop.request_stop();
                                  }
                              }};
    QBuffer part;
    ASSERT_TRUE(part.open(QIODevice::WriteOnly));
    const auto cancelled = writePdfPages(document, part, &cancelling);
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().code, Error::Code::Cancelled);
    EXPECT_LT(part.size(), whole.size());

    // Stopped before the layout ends: no page is written at all.
    std::stop_source early;
    early.request_stop();
    const Progress stopped{early.get_token(), {}};
    QBuffer none;
    ASSERT_TRUE(none.open(QIODevice::WriteOnly));
    const auto refused = writePdfReport(summary, none, &stopped);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, Error::Code::Cancelled);
    EXPECT_EQ(none.size(), 0);
}

} // namespace
} // namespace awb::pdf
