// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QScrollArea>

#include <map>
#include <memory>

namespace awb::pdf {
class ReportDocument;
} // namespace awb::pdf

namespace awb::ui {

/**
 * The pages of a report one below the other, as the PDF will have them: each page is drawn at the preview's width
 * when it first comes into view, and a few are kept, so a long report previews without drawing every page.
 */
class PagePreview final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagePreview)

public:
    explicit PagePreview(QWidget *parent = nullptr);
    ~PagePreview() override;

    /** Shows @p document from its first page; null shows nothing. */
    void setDocument(std::shared_ptr<const pdf::ReportDocument> document);

    const pdf::ReportDocument *document() const { return m_document.get(); }

    /** The page drawn at the preview's width, as the preview shows it (drawn now if it was not). */
    QImage page(int index);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    class Pages;
    int pageWidth() const;
    void relayout();

    std::shared_ptr<const pdf::ReportDocument> m_document;
    Pages *m_pages = nullptr;
    std::map<int, QImage> m_cache;
};

} // namespace awb::ui
