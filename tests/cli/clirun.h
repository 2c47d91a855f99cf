// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the awb-cli binary as a user would, for the CLI test files.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

#include <gtest/gtest.h>

namespace awb::test {

struct CliRun
{
    int status = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun cli(const QStringList &args)
{
    QProcess p;
    p.start(QString::fromUtf8(AWB_CLI), args);
    EXPECT_TRUE(p.waitForFinished(120000)) << args.join(u' ').toStdString();
    return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                  p.readAllStandardError()};
}

/** The JSON object the run printed; a parse error fails the test with both streams. */
inline QJsonObject jsonOf(const CliRun &r)
{
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
    EXPECT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString() << r.err.toStdString();
    return json;
}

} // namespace awb::test
