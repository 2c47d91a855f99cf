// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the interop_*_test.cpp files: fixtures, counts of what a case holds, and imports that must succeed.
#pragma once

#include "core/interop/interopimport.h"
#include "tests/core/testcase.h"

#include <QFile>

#include <tuple>

namespace awb::test {

inline QString interopFixture(const QString &name)
{
    return QStringLiteral(AWB_SOURCE_DIR "/tests/data/interop/") + name;
}

/** How many records of each kind a case holds: an import that fails must leave every one as it was. */
struct CaseCounts
{
    std::size_t sources = 0;
    std::size_t groups = 0;
    std::size_t aliases = 0;
    std::size_t externalIds = 0;
    std::size_t addresses = 0;
    std::size_t tags = 0;
    std::size_t batches = 0;
    bool operator==(const CaseCounts &) const = default;
};

inline CaseCounts countsOf(CaseStore &store)
{
    CaseCounts c;
    c.sources = ok(store.sources()).size();
    for (const ActorGroup &g : ok(store.groups())) {
        ++c.groups;
        c.aliases += g.aliases.size();
        c.externalIds += g.externalIds.size();
    }
    c.addresses = ok(store.addresses()).size();
    c.tags = ok(store.tags(std::nullopt)).size();
    c.batches = ok(store.batches()).size();
    return c;
}

inline interop::InteropReport
importFixture(CaseStore &store, const QString &name, const QString &format, const interop::InteropOptions &options = {})
{
    return ok(interop::importInteropFile(store, interopFixture(name), format, options));
}

inline ActorGroup groupNamed(CaseStore &store, const QString &name)
{
    for (const ActorGroup &g : ok(store.groups())) {
        if (g.name == name) {
            return g;
        }
    }
    ADD_FAILURE() << "no group " << name.toStdString();
    return {};
}

/** A tag as another tool would see it: ids replaced by the address text and the group's name. */
using TagView = std::tuple<QString, QString, QString, QString, QString, QString, QString, QString, QString>;

inline std::vector<TagView> tagViews(CaseStore &store)
{
    std::vector<TagView> out;
    for (const Tag &t : ok(store.tags(std::nullopt))) {
        const Address a = ok(store.address(t.address));
        const QString group = t.group ? ok(store.group(*t.group)).name : QString();
        out.emplace_back(a.chain, a.address, t.label, t.category, t.abuse, group, t.confidence, t.tagType, t.context);
    }
    std::ranges::sort(out);
    return out;
}

/** The tag on @p address with @p label; fails the test when there is none. */
inline Tag tagOn(CaseStore &store, const QString &chain, const QString &address, const QString &label)
{
    const auto a = ok(store.findAddress(chain, address));
    if (!a) {
        ADD_FAILURE() << "no address " << address.toStdString();
        return {};
    }
    for (const Tag &t : ok(store.tags(a->id))) {
        if (t.label == label) {
            return t;
        }
    }
    ADD_FAILURE() << "no tag " << label.toStdString() << " on " << address.toStdString();
    return {};
}

} // namespace awb::test
