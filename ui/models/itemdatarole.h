// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace awb::ui {

/** Custom item-data roles shared by every model in ui/models/ (cf. Zeal's registry/itemdatarole.h). */
enum ItemDataRole {
    IdRole = Qt::UserRole, // the record's row id, as qint64
    SortRole,              // the raw value the proxy sorts by (numbers stay numbers)
    SyntheticRole,         // true for generated records
};

} // namespace awb::ui
