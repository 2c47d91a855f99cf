// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/result.h"

namespace awb {

using namespace Qt::Literals::StringLiterals;

QString describe(const Error &error)
{
    if (error.detail.isEmpty()) {
        return error.message;
    }
    return u"%1 (%2)"_s.arg(error.message, error.detail);
}

} // namespace awb
