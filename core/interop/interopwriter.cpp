// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/interopwriter.h"

#include "core/interop/interopplan.h"
#include "core/model/validation.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDateTime>

namespace awb::interop {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::interop", text);
}

/** The batch's note: what the user was told, so the case remembers why records are missing or flagged. */
QString batchNote(const InteropReport &report)
{
    QStringList lines = report.warnings;
    for (const Flag &f : report.flagged) {
        lines << tr("Flagged (%1): %2: %3").arg(f.kind, f.subject, f.detail);
    }
    for (const Skipped &s : report.skipped) {
        lines << tr("Skipped: %1: %2: %3").arg(s.location, s.what, s.reason);
    }
    return lines.join(u'\n');
}

/** Writes a plan inside the caller's transaction, replacing pending ids with the ones the case assigns. */
class PlanWriter
{
public:
    PlanWriter(CaseStore &store, const InteropData &data, Plan &plan)
        : m_store(store)
        , m_data(data)
        , m_plan(plan)
    {}

    Result<void> run(BatchId batch);

private:
    SourceId real(SourceId id) const
    {
        const auto pending = pendingIndex(id);
        return pending ? m_sources[*pending] : id;
    }

    void remap(ActorGroup &group) const;
    Result<void> writeSources();
    Result<void> writeGroups();
    Result<void> writeTags(BatchId batch);

    CaseStore &m_store;
    const InteropData &m_data;
    Plan &m_plan;
    std::vector<SourceId> m_sources;
    std::vector<AddressId> m_addresses;
};

void PlanWriter::remap(ActorGroup &group) const
{
    for (AliasClaim &a : group.aliases) {
        a.source = real(a.source);
    }
    for (ExternalId &e : group.externalIds) {
        e.source = real(e.source);
    }
    for (SourceId &s : group.sources) {
        s = real(s);
    }
}

Result<void> PlanWriter::writeSources()
{
    m_sources.assign(m_data.sources.size(), SourceId{});
    for (std::size_t i = 0; i < m_data.sources.size(); ++i) {
        if (!m_plan.sourceUsed[i]) {
            continue;
        }
        if (auto valid = validate(m_data.sources[i]); !valid) {
            return valid;
        }
        auto id = m_store.addSource(m_data.sources[i]);
        if (!id) {
            return std::unexpected(id.error());
        }
        m_sources[i] = *id;
    }
    return {};
}

Result<void> PlanWriter::writeGroups()
{
    for (std::size_t i = 0; i < m_plan.groups.size(); ++i) {
        const bool created = i >= m_plan.existingGroups;
        if (!created && !m_plan.changed[i]) {
            continue;
        }
        ActorGroup &group = m_plan.groups[i];
        remap(group);
        if (auto valid = validate(group); !valid) {
            return valid;
        }
        if (!created) {
            if (auto r = m_store.updateGroup(group); !r) {
                return r;
            }
            continue;
        }
        auto id = m_store.addGroup(group);
        if (!id) {
            return std::unexpected(id.error());
        }
        group.id = *id;
    }
    return {};
}

Result<void> PlanWriter::writeTags(BatchId batch)
{
    for (Address &a : m_plan.newAddresses) {
        a.batch = batch;
        auto id = m_store.addAddress(a);
        if (!id) {
            return std::unexpected(id.error());
        }
        m_addresses.push_back(*id);
    }
    for (PlannedTag &planned : m_plan.tags) {
        Tag &t = planned.tag;
        if (planned.newAddress) {
            t.address = m_addresses[*planned.newAddress];
        }
        if (planned.group) {
            t.group = m_plan.groups[*planned.group].id;
        }
        t.source = real(t.source);
        t.batch = batch;
        if (auto id = m_store.addTag(t); !id) {
            return std::unexpected(id.error());
        }
    }
    return {};
}

Result<void> PlanWriter::run(BatchId batch)
{
    if (auto r = writeSources(); !r) {
        return r;
    }
    if (auto r = writeGroups(); !r) {
        return r;
    }
    return writeTags(batch);
}

} // namespace

Result<void> writeInterop(CaseStore &store, const InteropData &data, const ImportBatch &batch, InteropReport &report)
{
    auto plan = planInterop(store, data, report);
    if (!plan) {
        return std::unexpected(plan.error());
    }
    ImportBatch b = batch;
    b.importer = data.format;
    if (b.startedAt.isEmpty()) {
        b.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    }
    b.finishedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    b.rowsRead = data.recordsRead;
    b.rowsImported = data.format == u"misp-galaxy"_s || data.format == u"actorpack"_s ? qint64(report.groups.size())
                                                                                      : report.tagsAdded;
    b.rowsSkipped = std::max<qint64>(0, b.rowsRead - b.rowsImported);
    b.note = batchNote(report);
    return store.inTransaction([&]() -> Result<void> {
        auto id = store.addBatch(b);
        if (!id) {
            return std::unexpected(id.error());
        }
        report.batchId = id->value;
        return PlanWriter(store, data, *plan).run(*id);
    });
}

} // namespace awb::interop
