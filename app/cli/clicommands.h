// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace awb::cli {

/** Where a command writes: results to out, diagnostics to err. */
struct Streams
{
    QTextStream &out;
    QTextStream &err;
};

/** Runs `awb-cli ARGS…` (without the program name) and returns the process exit status. */
int run(const QStringList &args, Streams streams);

} // namespace awb::cli
