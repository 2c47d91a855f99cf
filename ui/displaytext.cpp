// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/displaytext.h"

#include <QCoreApplication>
#include <QLocale>

namespace awb::ui::text {

using namespace Qt::Literals::StringLiterals;

namespace {

/** The context of this file's strings. A free tr() would not do: lupdate would file its strings under the
 * enclosing namespace or class, and the translation would never be found. */
struct TextTr
{
    Q_DECLARE_TR_FUNCTIONS(awb::ui::text)
};

} // namespace

QString country(const QString &code)
{
    if (code.isEmpty()) {
        return {};
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory) {
        return code;
    }
    return TextTr::tr("%1 — %2").arg(code, QLocale::territoryToString(territory));
}

QString country(const std::optional<QString> &code)
{
    return code ? country(*code) : QString();
}

QString usd(qint64 dollars)
{
    return TextTr::tr("$%1").arg(QLocale().toString(dollars));
}

QString usdClaim(const QString &value)
{
    bool ok = false;
    const qint64 dollars = value.trimmed().toLongLong(&ok);
    return ok ? usd(dollars) : value;
}

QString dateRange(const Incident &incident)
{
    if (!incident.endDate || incident.endDate->isEmpty() || *incident.endDate == incident.startDate) {
        return incident.startDate;
    }
    return TextTr::tr("%1 – %2").arg(incident.startDate, *incident.endDate);
}

QString confidence(const QString &confidence)
{
    if (confidence == u"high"_s) {
        return TextTr::tr("High");
    }
    if (confidence == u"moderate"_s) {
        return TextTr::tr("Moderate");
    }
    return confidence == u"low"_s ? TextTr::tr("Low") : confidence;
}

QString claimField(const QString &field)
{
    if (field == u"loss_usd"_s) {
        return TextTr::tr("Loss (USD)");
    }
    if (field == u"start_date"_s) {
        return TextTr::tr("Start date");
    }
    if (field == u"end_date"_s) {
        return TextTr::tr("End date");
    }
    if (field == u"victim_country"_s) {
        return TextTr::tr("Victim country");
    }
    if (field == u"loss_native"_s) {
        return TextTr::tr("Loss (native units)");
    }
    return field;
}

QString sourceLabel(const Source &source)
{
    QString label = source.title;
    if (!source.publisher.isEmpty() && source.published) {
        label = TextTr::tr("%1 — %2, %3").arg(source.title, source.publisher, *source.published);
    } else if (!source.publisher.isEmpty()) {
        label = TextTr::tr("%1 — %2").arg(source.title, source.publisher);
    } else if (source.published) {
        label = TextTr::tr("%1, %2").arg(source.title, *source.published);
    }
    return marked(label, source.synthetic);
}

QString syntheticMark()
{
    return TextTr::tr("SYNTHETIC");
}

QString marked(const QString &text, bool synthetic)
{
    // Generated records often say so themselves ("SYNTHETIC laundering scenario …"); mark them once.
    if (!synthetic || text.startsWith(syntheticMark())) {
        return text;
    }
    return TextTr::tr("%1 · %2").arg(syntheticMark(), text);
}

QString syntheticExplanation()
{
    return TextTr::tr("Synthetic: generated to illustrate a reported laundering pattern. It is not real case data.");
}

QString toolTip(const QString &plainText)
{
    if (plainText.isEmpty()) {
        return {}; // no tooltip at all, rather than an empty paragraph
    }
    return QStringLiteral("<p style='white-space:pre-wrap'>") + plainText.toHtmlEscaped() + QStringLiteral("</p>");
}

QColor syntheticBackground()
{
    return QColor(0xff, 0xe8, 0xb3);
}

QColor syntheticForeground()
{
    return QColor(0x5c, 0x3b, 0x00);
}

QColor disputedBackground()
{
    return QColor(0xfd, 0xd8, 0xd8);
}

QColor disputedForeground()
{
    return QColor(0x5a, 0x0d, 0x14);
}

QColor warningText(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x20, 0x20);
}

} // namespace awb::ui::text
