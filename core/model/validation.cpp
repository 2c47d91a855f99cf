// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace awb {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::validation", text);
}

std::unexpected<Error> invalid(const QString &message)
{
    return fail(Error::Code::InvalidInput, message);
}

} // namespace

std::optional<std::pair<QDate, QDate>> isoPeriod(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int year = match.captured(1).toInt();
    const bool hasMonth = !match.captured(2).isEmpty();
    const QDate first(year, hasMonth ? match.captured(2).toInt() : 1,
                      match.captured(3).isEmpty() ? 1 : match.captured(3).toInt());
    if (!first.isValid()) {
        return std::nullopt;
    }
    if (!match.captured(3).isEmpty()) {
        return std::pair{first, first};
    }
    return std::pair{first, (hasMonth ? first.addMonths(1) : first.addYears(1)).addDays(-1)};
}

bool isIsoDate(const QString &text)
{
    const auto period = isoPeriod(text);
    return period && period->first.year() >= 1900;
}

bool isCountryCode(const QString &code)
{
    return code.size() == 2 && code == code.toUpper() && QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

bool isDecimalAmount(const QString &text)
{
    static const QRegularExpression pattern(u"^\\d+(\\.\\d+)?$"_s);
    return pattern.match(text).hasMatch();
}

bool isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s) && !url.host().isEmpty();
}

Result<void> validate(const Incident &incident)
{
    if (incident.title.trimmed().isEmpty()) {
        return invalid(tr("Title: enter a title."));
    }
    if (!isIsoDate(incident.startDate)) {
        return invalid(tr("Start date: use YYYY-MM-DD (or YYYY-MM, YYYY when the source is less precise)."));
    }
    if (incident.endDate && (!isIsoDate(*incident.endDate) || *incident.endDate < incident.startDate)) {
        return invalid(tr("End date: use YYYY-MM-DD, on or after the start date."));
    }
    if (incident.victimCountry && !isCountryCode(*incident.victimCountry)) {
        return invalid(tr("Victim country: use an ISO 3166-1 two-letter code such as JP or KR."));
    }
    if (incident.lossUsd && *incident.lossUsd < 0) {
        return invalid(tr("Loss (USD): the amount cannot be negative."));
    }
    if (incident.lossUsd && !incident.lossUsdSource) {
        return invalid(tr("Loss (USD): name the source of the figure."));
    }
    for (const NativeLoss &loss : incident.losses) {
        if (!isDecimalAmount(loss.amount)) {
            return invalid(tr("Native loss: amounts are non-negative decimal numbers such as 4502.9."));
        }
    }
    for (const Claim &claim : incident.claims) {
        if (claim.field == u"loss_usd"_s && !isDecimalAmount(claim.value)) {
            return invalid(tr("Claimed loss (USD): the amount must be a non-negative number."));
        }
        if ((claim.field == u"start_date"_s || claim.field == u"end_date"_s) && !isIsoDate(claim.value)) {
            return invalid(tr("Claimed date: use YYYY-MM-DD."));
        }
    }
    return {};
}

Result<void> validate(const Source &source)
{
    if (source.title.trimmed().isEmpty()) {
        return invalid(tr("Source title: enter the title of the document."));
    }
    if (source.published && !isIsoDate(*source.published)) {
        return invalid(tr("Source date: use YYYY-MM-DD (or YYYY-MM, YYYY)."));
    }
    if (source.url && !isWebUrl(*source.url)) {
        return invalid(tr("Source URL: only http and https addresses are accepted."));
    }
    return {};
}

Result<void> validate(const ActorGroup &group)
{
    if (group.name.trimmed().isEmpty()) {
        return invalid(tr("Group name: enter a name."));
    }
    if (group.country && !isCountryCode(*group.country)) {
        return invalid(tr("Group country: use an ISO 3166-1 two-letter code such as KP."));
    }
    for (const AliasClaim &alias : group.aliases) {
        if (alias.alias.trimmed().isEmpty() || !alias.source.isValid()) {
            return invalid(tr("Alias: every alias needs a name and the source that claims it."));
        }
    }
    return {};
}

Result<void> validate(const Attribution &attribution)
{
    if (attribution.party.trimmed().isEmpty()) {
        return invalid(tr("Attribution: name the attributing party (FBI, UN panel, a named firm …)."));
    }
    if (attribution.date && !isIsoDate(*attribution.date)) {
        return invalid(tr("Attribution date: use YYYY-MM-DD."));
    }
    if (!attribution.source.isValid()) {
        return invalid(tr("Attribution: name the source of the attribution."));
    }
    return {};
}

} // namespace awb
