// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/stix: what the streaming reader (stiximportreader.cpp) hands each object of a bundle to, one at a
// time, and how the bundle's source is made from what the objects said.
#pragma once

#include "core/result.h"
#include "core/stix/stiximport.h"

#include <nlohmann/json.hpp>

#include <map>

namespace awb::stix::detail {

using Json = nlohmann::json;

/** The bundle's file name for messages, or words for it when it has none. */
QString shownFile(const StixBundle &bundle);

/** The top-level properties of an object the mapper reads; the reader skips every other one unparsed. */
bool isReadProperty(const std::string &key);

/** Maps the objects of one bundle into a StixBundle: intrusion-sets kept, everything else counted. */
class ObjectMapper final
{
public:
    explicit ObjectMapper(StixBundle &bundle)
        : m_bundle(bundle)
    {}

    /** Maps object @p index (from 1) that started at byte @p offset; fails for an object without type or id. */
    Result<void> take(const Json &object, qint64 index, qint64 offset);
    /** Sets the bundle's source: its title, publisher and date, from what the objects said. */
    void finish();

private:
    void takeGroup(const Json &object, const QString &id, qint64 index);
    void takeExtension(const Json &object, StixGroup &group);

    StixBundle &m_bundle;
    std::map<QString, QString> m_identities; // id → name
    std::map<QString, qint64> m_creators;    // created_by_ref of intrusion-sets → count
    bool m_mitreIds = false;                 // an intrusion-set carries a mitre-attack external id
    QString m_collection;                    // an x-mitre-collection's name and version
    QString m_collectionDate;
    QString m_latest; // the latest `modified` of any object
};

} // namespace awb::stix::detail
