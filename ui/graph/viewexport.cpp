// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/viewexport.h"

#include "core/report/graphexport.h"
#include "core/report/summary/reportfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kMaxSide = 8000;
constexpr int kMargin = 40;

/** The context of this file's strings. A free tr() would not do: lupdate would file its strings under the
 * enclosing namespace or class, and the translation would never be found. */
struct ViewExportTr
{
    Q_DECLARE_TR_FUNCTIONS(awb::ui::ViewExport)
};

/** Maps the scene's bounds into @p target with a margin, keeping proportions. */
QTransform fit(const CanvasScene &scene, const QRectF &target)
{
    const QRectF b = scene.bounds().adjusted(-kMargin, -kMargin, kMargin, kMargin);
    const double s = std::min(target.width() / b.width(), target.height() / b.height());
    const QPointF offset = target.center() - b.center() * s;
    return QTransform(s, 0, 0, s, offset.x(), offset.y());
}

Result<void> save(const QString &path, const QByteArray &bytes)
{
    return report::summary::writeFileAtomically(path,
                                                [&](QIODevice &file) -> Result<QString> {
                                                    if (file.write(bytes) != bytes.size()) {
                                                        return fail(Error::Code::Io,
                                                                    ViewExportTr::tr("Could not write %1.").arg(path),
                                                                    file.errorString());
                                                    }
                                                    return path;
                                                })
        .transform([](const QString &) {});
}

} // namespace

QStringList viewPictureFormats()
{
    return {u"png"_s, u"svg"_s, u"pdf"_s};
}

QStringList viewGraphFormats()
{
    return {u"graphml"_s, u"gexf"_s, u"dot"_s};
}

Result<void> exportView(const QString &path,
                        const QString &format,
                        const graph::Snapshot &snapshot,
                        const explore::Drawn &drawn,
                        const CanvasScene &scene,
                        const RenderOptions &options)
{
    if (viewGraphFormats().contains(format)) {
        std::vector<layout::Point> positions;
        positions.reserve(scene.nodes.size());
        for (const CanvasNode &n : scene.nodes) {
            positions.push_back({n.pos.x(), n.pos.y()});
        }
        return save(path, report::exportGraph(snapshot, drawn.graph, positions, format));
    }
    if (!viewPictureFormats().contains(format)) {
        return fail(Error::Code::InvalidInput, ViewExportTr::tr("Unknown export format \"%1\".").arg(format));
    }
    if (scene.empty()) {
        return fail(Error::Code::InvalidInput,
                    ViewExportTr::tr("The graph view is empty: there is nothing to export."));
    }
    const QRectF b = scene.bounds().adjusted(-kMargin, -kMargin, kMargin, kMargin);
    // One world unit a pixel, so labels are legible, unless that exceeds the size limit.
    const double shrink = std::min(1.0, kMaxSide / std::max(b.width(), b.height()));
    const QSize size(std::max(800, int(b.width() * shrink)), std::max(600, int(b.height() * shrink)));
    CanvasRenderer renderer;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    RenderOptions vector = options;
    vector.vector = true;
    if (format == u"png"_s) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        renderer.render(p, scene, fit(scene, QRectF(QPointF(), size)), QRectF(QPointF(), size), vector);
        p.end();
        if (!image.save(&buffer, "PNG")) {
            return fail(Error::Code::Io, ViewExportTr::tr("Could not encode the PNG image."));
        }
    } else if (format == u"svg"_s) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(), size));
        svg.setTitle(ViewExportTr::tr("Attribution Workbench graph view"));
        QPainter p(&svg);
        p.fillRect(QRect(QPoint(), size), Qt::white);
        renderer.render(p, scene, fit(scene, QRectF(QPointF(), size)), QRectF(QPointF(), size), vector);
    } else {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setTitle(ViewExportTr::tr("Attribution Workbench graph view"));
        pdf.setCreator(u"Attribution Workbench"_s);
        pdf.setResolution(150);
        QPainter p(&pdf);
        const QRectF page(QPointF(), QSizeF(pdf.width(), pdf.height()));
        renderer.render(p, scene, fit(scene, page), page, vector);
    }
    buffer.close();
    return save(path, bytes);
}

} // namespace awb::ui
