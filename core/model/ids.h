// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <compare>

namespace awb {

/** A strongly typed row id: an IncidentId cannot be passed where a GroupId is expected. */
template <typename Tag>
struct Id
{
    qint64 value = 0;

    bool isValid() const { return value > 0; }

    auto operator<=>(const Id &) const = default;
};

using SourceId = Id<struct SourceTag>;
using GroupId = Id<struct GroupTag>;
using IncidentId = Id<struct IncidentTag>;
using AttributionId = Id<struct AttributionTag>;
using AddressId = Id<struct AddressTag>;
using TransferId = Id<struct TransferTag>;
using TagId = Id<struct TagTag>;
using BatchId = Id<struct BatchTag>;
using NoteId = Id<struct NoteTag>;

} // namespace awb
