// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/summary/reportfile.h"

#include "core/report/summary/html.h"
#include "core/report/summary/markdown.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace awb::report::summary {

using namespace Qt::Literals::StringLiterals;

Result<QString> writeFileAtomically(const QString &path, const std::function<Result<QString>(QIODevice &)> &write)
{
    auto ioError = [&](const QFileDevice &file) {
        return std::unexpected(Error{Error::Code::Io, u"Could not write %1: %2."_s.arg(path, file.errorString()), {}});
    };
    // QSaveFile would replace a device or a pipe (/dev/stdout, a FIFO) with a regular file and report success: those
    // are written in place, where a full device fails as it should.
    const QFileInfo target(path);
    if (target.exists() && !target.isFile() && !target.isDir()) {
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly)) {
            return ioError(device);
        }
        auto written = write(device);
        if (written && (!device.flush() || device.error() != QFileDevice::NoError)) {
            return ioError(device);
        }
        return written;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return ioError(file);
    }
    auto written = write(file);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit()) {
        return ioError(file);
    }
    return written;
}

namespace {

Result<QString> saveText(const QString &path, const QString &text)
{
    return writeFileAtomically(path, [&](QIODevice &out) -> Result<QString> {
        const QByteArray bytes = text.toUtf8();
        if (out.write(bytes) != bytes.size()) {
            return std::unexpected(Error{Error::Code::Io, u"Could not write %1."_s.arg(path), out.errorString()});
        }
        return path;
    });
}

/** The Markdown's figure directory beside it: OUT.md → OUT-figures. */
QString figureDirOf(const QString &outPath)
{
    const QFileInfo out(outPath);
    const QString base =
        out.suffix().compare(u"md"_s, Qt::CaseInsensitive) == 0 ? out.completeBaseName() : out.fileName();
    return base + u"-figures"_s;
}

Result<QString> writeMarkdown(const QString &outPath, const CaseSummary &summary)
{
    const QString dirName = figureDirOf(outPath);
    const MarkdownReport md = renderMarkdown(summary, dirName);
    const QDir dir = QFileInfo(outPath).dir();
    if (!md.figures.empty() && !dir.mkpath(dirName)) {
        return std::unexpected(Error{Error::Code::Io, u"Could not create %1."_s.arg(dir.filePath(dirName)), {}});
    }
    for (const MarkdownReport::FigureFile &figure : md.figures) {
        if (auto r = saveText(dir.filePath(dirName + u"/"_s + figure.name), figure.svg); !r) {
            return r;
        }
    }
    return saveText(outPath, md.text).transform([&](const QString &) {
        return u"%1 with %2 figure(s) in %3"_s.arg(outPath).arg(md.figures.size()).arg(dir.filePath(dirName));
    });
}

} // namespace

std::optional<ReportFormat> reportFormat(const QString &name)
{
    if (name == u"pdf"_s) {
        return ReportFormat::Pdf;
    }
    if (name == u"html"_s) {
        return ReportFormat::Html;
    }
    if (name == u"md"_s) {
        return ReportFormat::Markdown;
    }
    return std::nullopt;
}

Result<QString> writeReportFile(const CaseSummary &summary,
                                ReportFormat format,
                                const QString &path,
                                const PdfWriter &writePdf,
                                const Progress *progress)
{
    switch (format) {
    case ReportFormat::Markdown:
        return writeMarkdown(path, summary);
    case ReportFormat::Html:
        return saveText(path, renderHtml(summary));
    case ReportFormat::Pdf:
        return writeFileAtomically(path, [&](QIODevice &out) {
            return writePdf(summary, out, progress).transform([&](int pages) {
                return (pages == 1 ? u"%1 (1 page)"_s.arg(path) : u"%1 (%2 pages)"_s.arg(path).arg(pages));
            });
        });
    }
    return std::unexpected(Error{Error::Code::InvalidInput, u"Unknown report format."_s, {}});
}

} // namespace awb::report::summary
