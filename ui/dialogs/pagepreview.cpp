// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/pagepreview.h"

#include "ui/report/reportdocument.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>

namespace awb::ui {

namespace {

constexpr int kGap = 12;
constexpr std::size_t kKeptPages = 8;

} // namespace

/** The canvas inside the scroll area: paints the pages that the exposed rectangle crosses. */
class PagePreview::Pages final : public QWidget
{
public:
    explicit Pages(PagePreview *preview)
        : QWidget(preview)
        , m_preview(preview)
    {}

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(this);
        painter.fillRect(event->rect(), palette().dark());
        const pdf::ReportDocument *doc = m_preview->document();
        if (!doc || doc->pageCount() == 0) {
            return;
        }
        const int width = m_preview->pageWidth();
        const int height = int(doc->pageSize().height() * width / doc->pageSize().width() + 0.5);
        const int first = std::max(0, (event->rect().top() - kGap) / (height + kGap));
        const int last = std::min(doc->pageCount() - 1, event->rect().bottom() / (height + kGap));
        for (int i = first; i <= last; ++i) {
            const QPoint at(kGap, kGap + i * (height + kGap));
            painter.fillRect(QRect(at + QPoint(3, 3), QSize(width, height)), QColor(0, 0, 0, 60)); // a shadow
            painter.drawImage(at, m_preview->page(i));
        }
    }

private:
    PagePreview *m_preview;
};

PagePreview::PagePreview(QWidget *parent)
    : QScrollArea(parent)
    , m_pages(new Pages(this))
{
    setObjectName(QStringLiteral("reportPreview"));
    setWidget(m_pages);
    setWidgetResizable(false);
    setAlignment(Qt::AlignHCenter);
    setMinimumWidth(360);
    verticalScrollBar()->setSingleStep(40);
}

PagePreview::~PagePreview() = default;

void PagePreview::setDocument(std::shared_ptr<const pdf::ReportDocument> document)
{
    m_document = std::move(document);
    m_cache.clear();
    relayout();
    verticalScrollBar()->setValue(0);
    m_pages->update();
}

QImage PagePreview::page(int index)
{
    const int width = pageWidth();
    auto it = m_cache.find(index);
    if (it == m_cache.end() || it->second.width() != width) {
        if (m_cache.size() >= kKeptPages) { // forget the page farthest from this one
            auto far = std::max_element(m_cache.begin(), m_cache.end(), [index](const auto &a, const auto &b) {
                return std::abs(a.first - index) < std::abs(b.first - index);
            });
            m_cache.erase(far);
        }
        it = m_cache.insert_or_assign(index, m_document->pageImage(index, width)).first;
    }
    return it->second;
}

void PagePreview::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    relayout();
}

int PagePreview::pageWidth() const
{
    return std::max(200, viewport()->width() - 2 * kGap - verticalScrollBar()->sizeHint().width());
}

void PagePreview::relayout()
{
    if (!m_document || m_document->pageCount() == 0) {
        m_pages->resize(viewport()->width(), 0);
        return;
    }
    const int width = pageWidth();
    const int height = int(m_document->pageSize().height() * width / m_document->pageSize().width() + 0.5);
    m_pages->resize(width + 2 * kGap, kGap + m_document->pageCount() * (height + kGap));
}

} // namespace awb::ui
