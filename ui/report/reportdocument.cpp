// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/reportdocument.h"

#include "core/report/summary/html.h"
#include "core/report/summary/summaryfigures.h"
#include "core/report/summary/summarytext.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextObjectInterface>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <vector>

namespace awb::pdf {

using namespace Qt::Literals::StringLiterals;
namespace summary = awb::report::summary;

namespace {

constexpr double kMillimetre = ReportDocument::kDpi / 25.4;
constexpr double kSideMargin = 18 * kMillimetre;
constexpr double kTopMargin = 22 * kMillimetre;
constexpr double kBottomMargin = 20 * kMillimetre;
// SVG user units are CSS pixels, 96 to the inch.
constexpr double kSvgScale = ReportDocument::kDpi / 96.0;

/** A QTextDocument that loads nothing: no file, no URL, no Qt resource, whatever a text names (issue #6 §2). */
class ClosedTextDocument final : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

/**
 * Draws the report's figures in place of its `<img src="awb-figure:N">` placeholders, from their SVG, so they stay
 * vectors in the PDF. Registered for every image of the document: an image that is no figure of ours draws nothing.
 */
class FigureHandler final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    FigureHandler(const std::vector<summary::NumberedFigure> &figures, QSizeF body)
        : m_body(body)
    {
        for (const summary::NumberedFigure &f : figures) {
            m_figures.push_back(std::make_unique<QSvgRenderer>(f.svg.toUtf8()));
        }
    }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const QSvgRenderer *svg = rendererOf(format);
        if (!svg) {
            return {};
        }
        QSizeF size = QSizeF(svg->defaultSize()) * kSvgScale;
        // The body's width and under two thirds of its height, so the caption and some text share the page.
        const double fit = std::min({1.0, m_body.width() / size.width(), 0.62 * m_body.height() / size.height()});
        return size * fit;
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        if (QSvgRenderer *svg = rendererOf(format)) {
            svg->render(painter, rect);
        }
    }

    void moveRenderersToThread(QThread *thread)
    {
        for (const std::unique_ptr<QSvgRenderer> &svg : m_figures) {
            svg->moveToThread(thread);
        }
    }

private:
    QSvgRenderer *rendererOf(const QTextFormat &format) const
    {
        const QString name = format.toImageFormat().name();
        if (!name.startsWith(u"awb-figure:"_s)) {
            return nullptr;
        }
        const qsizetype n = name.mid(11).toLongLong();
        return n >= 1 && n <= qsizetype(m_figures.size()) && m_figures[std::size_t(n - 1)]->isValid()
                   ? m_figures[std::size_t(n - 1)].get()
                   : nullptr;
    }

    QSizeF m_body;
    std::vector<std::unique_ptr<QSvgRenderer>> m_figures;
};

/**
 * Moves each top-level paragraph that a page boundary would cut to the next page. Besides keeping a source entry
 * whole, this keeps the text layer true: QTextLayout::draw also draws the last line above its clip, so a cut
 * paragraph would put that line, invisible, into the next page's text as well.
 */
void keepParagraphsWhole(QTextDocument &doc, double pageHeight, const Progress *progress)
{
    if (cancelled(progress)) {
        return; // the first call below lays the whole document out
    }
    // One break at a time, each followed by a whole new layout: an incremental relayout after a format change in
    // the middle of a list left the blocks after it undrawn.
    auto firstCutParagraph = [&]() -> QTextBlock {
        for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
            const QTextBlock block = it.currentBlock();
            if (!block.isValid()) {
                continue; // a table
            }
            doc.documentLayout()->blockBoundingRect(block); // lays out up to here (the layout is lazy)
            const QTextLayout *layout = block.layout();
            // A paragraph already moved is not moved again, so the loop below ends whatever the layout reports.
            if (!layout || layout->lineCount() < 2 ||
                (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
                continue;
            }
            const double origin = layout->position().y();
            const QTextLine last = layout->lineAt(layout->lineCount() - 1);
            const double top = origin + layout->lineAt(0).y();
            const double bottom = origin + last.y() + last.height();
            if (bottom - top < pageHeight && std::floor(top / pageHeight) != std::floor((bottom - 0.5) / pageHeight)) {
                return block;
            }
        }
        return {};
    };
    const QString stage = QCoreApplication::translate("awb::report", "Laying out the pages");
    for (QTextBlock block = firstCutParagraph();
         block.isValid() && carryOn(progress, stage, block.position(), doc.characterCount());
         block = firstCutParagraph()) {
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        doc.markContentsDirty(0, doc.characterCount());
    }
}

} // namespace

struct ReportDocument::Private
{
    QString caseName;
    QString title;
    QString reportDate;
    bool synthetic = false;
    QSizeF page;
    QSizeF body;
    // The layout measures text for a PDF of kDpi, so the preview breaks pages where the PDF does.
    QBuffer nowhere;
    QPdfWriter layoutDevice{&nowhere};
    ClosedTextDocument document;
    std::unique_ptr<FigureHandler> figures;
};

ReportDocument::ReportDocument(const summary::CaseSummary &s, const Progress *progress)
    : d(std::make_unique<Private>())
{
    d->caseName = summary::cleanText(s.caseName);
    d->title = summary::cleanText(s.title);
    d->reportDate = summary::cleanText(s.reportDate);
    d->synthetic = s.anySynthetic;
    d->page = QPageSize(QPageSize::A4).sizePixels(kDpi);
    d->body = QSizeF(d->page.width() - 2 * kSideMargin, d->page.height() - kTopMargin - kBottomMargin);
    d->layoutDevice.setResolution(kDpi);
    d->layoutDevice.setPageSize(QPageSize(QPageSize::A4));

    QTextDocument &doc = d->document;
    doc.documentLayout()->setPaintDevice(&d->layoutDevice);
    d->figures = std::make_unique<FigureHandler>(summary::numberedFigures(s), d->body);
    doc.documentLayout()->registerHandler(QTextFormat::ImageObject, d->figures.get());
    QFont font(u"DejaVu Sans"_s);
    // No shaping means no ligatures: text copied from the PDF reads "flow", not "ﬂow".
    font.setStyleHint(QFont::SansSerif, QFont::PreferNoShaping);
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    doc.setDocumentMargin(0);
    // Paper is white whatever the window's theme: links would otherwise take a dark palette's light blue.
    doc.setDefaultStyleSheet(u"a { color: #1a5fa8; }"_s);
    if (progress) {
        progress->step(QCoreApplication::translate("awb::report", "Laying out the pages"));
    }
    doc.setHtml(summary::renderHtml(s, summary::HtmlFigures::Placeholders));
    doc.setPageSize(d->body);
    keepParagraphsWhole(doc, d->body.height(), progress);
}

ReportDocument::~ReportDocument() = default;

void ReportDocument::moveToThread(QThread *thread)
{
    d->layoutDevice.moveToThread(thread);
    d->document.moveToThread(thread); // with its layout, a child
    d->figures->moveToThread(thread);
    d->figures->moveRenderersToThread(thread);
}

QString ReportDocument::title() const
{
    return d->title;
}

int ReportDocument::pageCount() const
{
    return d->document.pageCount();
}

QSizeF ReportDocument::pageSize() const
{
    return d->page;
}

QString ReportDocument::plainText() const
{
    return d->document.toPlainText();
}

void ReportDocument::drawPage(QPainter &painter, int index) const
{
    const double width = d->page.width();
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), d->page), Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);

    QFont small(u"DejaVu Sans"_s);
    small.setStyleStrategy(QFont::PreferNoShaping);
    small.setPointSizeF(7.5);
    painter.setFont(small);
    const QFontMetricsF metrics(small, painter.device());
    const double headerBase = kTopMargin - 8 * kMillimetre;
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QString left = u"Attribution Workbench · "_s + d->caseName;
    const double titleRoom = width - 2 * kSideMargin - metrics.horizontalAdvance(left) - 6 * kMillimetre;
    painter.drawText(QPointF(kSideMargin, headerBase), left);
    const QString title = metrics.elidedText(d->title, Qt::ElideMiddle, std::max(0.0, titleRoom));
    painter.drawText(QPointF(width - kSideMargin - metrics.horizontalAdvance(title), headerBase), title);
    painter.drawLine(QPointF(kSideMargin, headerBase + 2 * kMillimetre),
                     QPointF(width - kSideMargin, headerBase + 2 * kMillimetre));

    const double footerBase = d->page.height() - kBottomMargin + 10 * kMillimetre;
    painter.drawLine(QPointF(kSideMargin, footerBase - 4 * kMillimetre),
                     QPointF(width - kSideMargin, footerBase - 4 * kMillimetre));
    painter.drawText(QPointF(kSideMargin, footerBase), u"Report date "_s + d->reportDate);
    const QString page = u"Page %1 of %2"_s.arg(index + 1).arg(pageCount());
    painter.drawText(QPointF(width - kSideMargin - metrics.horizontalAdvance(page), footerBase), page);
    if (d->synthetic) {
        const QString mark = u"Contains SYNTHETIC data"_s;
        painter.setPen(QColor(0xb0, 0x00, 0x20));
        painter.drawText(QPointF((width - metrics.horizontalAdvance(mark)) / 2, footerBase), mark);
    }

    // The body: the document's page @p index, as QTextDocument::print draws it.
    painter.translate(kSideMargin, kTopMargin - index * d->body.height());
    const QRectF view(0, index * d->body.height(), d->body.width(), d->body.height());
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext context;
    // The layout draws every line that touches its clip, and a line that pagination moved to the next page starts
    // exactly on this page's lower edge: without the inset it would also land, invisibly, in this page's text layer.
    context.clip = view.adjusted(0, 0.5, 0, -0.5);
    context.palette.setColor(QPalette::Text, Qt::black);
    d->document.documentLayout()->draw(&painter, context);
    painter.restore();
}

QImage ReportDocument::pageImage(int index, int width) const
{
    const double scale = width / d->page.width();
    QImage image(QSize(width, int(d->page.height() * scale + 0.5)), QImage::Format_ARGB32_Premultiplied);
    // The image claims kDpi, so text measured in points comes out at the page's scale, as in the PDF.
    image.setDotsPerMeterX(qRound(kDpi / 0.0254));
    image.setDotsPerMeterY(qRound(kDpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    drawPage(painter, index);
    return image;
}

} // namespace awb::pdf

#include "reportdocument.moc"
