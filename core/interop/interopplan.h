// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/interop: what writeInterop() will write, decided before the transaction begins.
#pragma once

#include "core/interop/interopdata.h"
#include "core/result.h"

#include <optional>
#include <vector>

namespace awb {
class CaseStore;
}

namespace awb::interop {

/** A tag to add: its address is the case's (tag.address) or the plan's new one; its group likewise. */
struct PlannedTag
{
    Tag tag; // source holds pendingSource(); address and group are set when they are already in the case
    std::optional<std::size_t> newAddress; // index into Plan::newAddresses
    std::optional<std::size_t> group;      // index into Plan::groups
};

struct Plan
{
    std::vector<ActorGroup> groups; // the case's groups, then the ones the import creates (id unset)
    std::size_t existingGroups = 0;
    std::vector<bool> changed; // per group: an existing group the import adds claims to
    std::vector<Address> newAddresses;
    std::vector<PlannedTag> tags;
    std::vector<bool> sourceUsed; // per InteropData::sources entry
};

/** The SourceId that stands for InteropData::sources[@p index] until the source is written. */
SourceId pendingSource(std::size_t index);
/** The index of a pendingSource() id; nullopt for a source already in the case. */
std::optional<std::size_t> pendingIndex(SourceId id);

/** Decides what to write, reading the case only; fills the report's counts, groups, skips and flags. */
Result<Plan> planInterop(CaseStore &store, const InteropData &data, InteropReport &report);

} // namespace awb::interop
