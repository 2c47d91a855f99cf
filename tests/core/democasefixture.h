// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A test suite over one demo case, written once per suite and opened read-only: for tests that read it.
#pragma once

#include "core/db/sqlitecasestore.h"
#include "core/demo/demorecord.h"
#include "tests/core/testcase.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace awb::test {

class DemoCaseFixture : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        const QString path = s_dir->filePath(QStringLiteral("demo.awbcase"));
        ok(demo::writeDemoCase(path));
        s_store = ok(db::SqliteCaseStore::open(path, true)).release();
    }

    static void TearDownTestSuite()
    {
        delete s_store;
        delete s_dir;
        s_store = nullptr;
        s_dir = nullptr;
    }

    /** The id of the demo incident whose title contains @p part. */
    static IncidentId incidentTitled(const QString &part)
    {
        for (const Incident &i : ok(s_store->incidents())) {
            if (i.title.contains(part)) {
                return i.id;
            }
        }
        ADD_FAILURE() << part.toStdString();
        return {};
    }

    static inline QTemporaryDir *s_dir = nullptr;
    static inline db::SqliteCaseStore *s_store = nullptr;
};

} // namespace awb::test
