// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/result.h"

#include "core/progress.h"

#include <QCoreApplication>

namespace awb {

using namespace Qt::Literals::StringLiterals;

QString describe(const Error &error)
{
    if (error.detail.isEmpty()) {
        return error.message;
    }
    return u"%1 (%2)"_s.arg(error.message, error.detail);
}

Error cancelledError(const QString &what)
{
    return Error{Error::Code::Cancelled,
                 QCoreApplication::translate("awb", "%1 was cancelled; nothing was written.").arg(what),
                 {}};
}

} // namespace awb
