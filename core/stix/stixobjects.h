// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/stix: the STIX 2.1 building blocks (ids, timestamps, common properties, external references,
// relationships, our extension-definition) that stixexport.cpp assembles into a bundle.
#pragma once

#include "core/model/records.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace awb::stix::detail {

/** Ids: `type--` and the UUIDv5 of a fixed namespace and "scope, type, key", so a record keeps its id. */
class IdMaker
{
public:
    explicit IdMaker(QString scope);

    QString id(const QString &type, const QString &key) const;

private:
    QString m_scope;
};

/** RFC 3339 in UTC with milliseconds, as `created` and `modified` must be: "2024-01-02T03:04:05.000Z". */
QString timestamp(const QDateTime &time);

/** The first and the last millisecond of the period an ISO date stands for ("2015" is the whole year). */
std::optional<QString> periodStart(const QString &isoDate);
std::optional<QString> periodEnd(const QString &isoDate);

/** What a consumer shows: a synthetic record says so in its name too, where labels are easily not shown. */
QString shownName(const QString &name, bool synthetic);

/** The common properties (type, spec_version, id, created, modified) and the "synthetic" label when it is. */
QJsonObject baseObject(const QString &type, const QString &id, const QString &time, bool synthetic);

/** Sets @p key unless @p value is empty: STIX lists must not be empty, and an empty text says nothing. */
void putText(QJsonObject &object, const QString &key, const QString &value);
void putList(QJsonObject &object, const QString &key, const QStringList &values);

/** An http(s) URL as STIX wants it (RFC 3986, percent-encoded); nullopt for anything else. */
std::optional<QString> encodedUrl(const QString &url);

/** The source as an external reference; @p citedFor says which facts of the citing object it backs. */
QJsonObject sourceReference(const Source &source, const QStringList &citedFor = {});

/** Adds our property extension to @p object: @p body with its `extension_type`. */
void addExtension(QJsonObject &object, QJsonObject body);

/** The extension-definition and the identity that created it; the same in every bundle. */
QJsonObject extensionDefinition();
QJsonObject producerIdentity();
QString extensionId();

} // namespace awb::stix::detail
