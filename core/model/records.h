// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace awb {

/** A citation: every fact in a case points at one or more of these. */
struct Source
{
    SourceId id;
    QString title;
    QString publisher;
    std::optional<QString> published; // ISO 8601 date, possibly only year or year-month
    std::optional<QString> url;
    QString kind = QStringLiteral("other");
    QString excerpt;
    bool synthetic = false;
    bool operator==(const Source &) const = default;
};

/** One source's claim that a group is also known by another name. */
struct AliasClaim
{
    QString alias;
    SourceId source;
    QString note;
    bool operator==(const AliasClaim &) const = default;
};

struct ExternalId
{
    QString system; // "mitre-attack"
    QString externalId;
    std::optional<QString> url;
    SourceId source;
    bool operator==(const ExternalId &) const = default;
};

struct ActorGroup
{
    GroupId id;
    QString name;
    QString kind = QStringLiteral("group"); // group | sub-unit | cluster | unnamed
    std::optional<QString> country;
    QString sponsor;
    std::optional<SourceId> sponsorSource;
    QString description;
    bool synthetic = false;
    std::vector<AliasClaim> aliases;
    std::vector<ExternalId> externalIds;
    std::vector<SourceId> sources;
    bool operator==(const ActorGroup &) const = default;
};

struct GroupRelation
{
    qint64 id = 0;
    GroupId parent;
    GroupId child;
    QString kind; // sub-unit | overlaps
    SourceId source;
    QString note;
    bool operator==(const GroupRelation &) const = default;
};

/** A sourced statement that is not a single incident (a UN panel's aggregate figures, say). */
struct Note
{
    NoteId id;
    QString title;
    QString body;
    SourceId source;
    bool operator==(const Note &) const = default;
};

} // namespace awb
