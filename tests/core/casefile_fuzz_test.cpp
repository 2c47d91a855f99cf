// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #7 §4: a bit-flip sweep over a real case. Each variant flips a few bytes at seeded random offsets; opening
// it must either refuse it with a clear error or give a store whose reads fail cleanly or agree with each other.
// Never a crash (the ASan build runs this too).
#include "core/db/casefile.h"
#include "core/demo/demorecord.h"
#include "tests/core/testcase.h"

#include <QFile>
#include <QTemporaryDir>

#include <iostream>
#include <random>

namespace awb::db {
namespace {

using namespace Qt::Literals::StringLiterals;

constexpr int kVariants = 200;
constexpr std::uint32_t kSeed = 20260707;

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/** A failed read must say what went wrong to the user, never an empty message. */
template <typename T>
bool clean(const Result<T> &result, int &errors)
{
    if (result) {
        return true;
    }
    ++errors;
    EXPECT_FALSE(result.error().message.isEmpty()) << describe(result.error()).toStdString();
    return false;
}

struct Outcome
{
    int refused = 0;
    int opened = 0;
    int readErrors = 0;
};

/** The reads the GUI makes first: incidents, summaries, search, stats, groups, sources, the graph. */
void readEverything(SqliteCaseStore &store, Outcome &outcome)
{
    auto incidents = store.incidents();
    auto summaries = store.incidentSummaries();
    auto stats = store.stats();
    if (clean(incidents, outcome.readErrors) && clean(stats, outcome.readErrors)) {
        EXPECT_EQ(qint64(incidents->size()), stats->incidents);
    }
    if (clean(summaries, outcome.readErrors) && incidents) {
        EXPECT_EQ(summaries->size(), incidents->size());
    }
    if (auto hits = store.searchIncidents(u"Lazarus"_s); clean(hits, outcome.readErrors) && incidents) {
        EXPECT_LE(hits->size(), incidents->size());
    }
    clean(store.search(u"bridge"_s, 20), outcome.readErrors);
    clean(store.groups(), outcome.readErrors);
    clean(store.sources(), outcome.readErrors);
    clean(store.attributions(std::nullopt), outcome.readErrors);
    clean(store.graphData(), outcome.readErrors);
}

TEST(CaseFileFuzz, FlippedBytesAreRefusedOrReadCleanly)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString original = dir.filePath(u"demo.awbcase"_s);
    {
        auto store = test::ok(SqliteCaseStore::create(original));
        test::ok(demo::loadDemoRecord(*store));
    }
    const QByteArray bytes = read(original);
    ASSERT_GT(bytes.size(), 4096);

    std::mt19937 random(kSeed);
    Outcome outcome;
    for (int variant = 0; variant < kVariants; ++variant) {
        QByteArray flipped = bytes;
        const int flips = 1 + int(random() % 16);
        for (int i = 0; i < flips; ++i) {
            const auto offset = qsizetype(random() % std::uint32_t(flipped.size()));
            flipped[offset] = char(flipped[offset] ^ char(1 + random() % 255));
        }
        // A fresh name each time: SQLite must not meet the -wal or -shm of an earlier variant.
        const QString path = dir.filePath(u"variant-%1.awbcase"_s.arg(variant));
        ASSERT_TRUE(write(path, flipped));
        SCOPED_TRACE("variant " + std::to_string(variant));
        auto store = SqliteCaseStore::open(path);
        if (!store) {
            ++outcome.refused;
            const Error::Code code = store.error().code;
            EXPECT_TRUE(code == Error::Code::NotACase || code == Error::Code::Corrupt ||
                        code == Error::Code::SchemaTooNew)
                << describe(store.error()).toStdString();
            EXPECT_FALSE(store.error().message.isEmpty());
            EXPECT_EQ(read(path), flipped) << "a refused file was changed";
        } else {
            ++outcome.opened;
            readEverything(**store, outcome);
        }
        QFile::remove(path);
    }
    EXPECT_EQ(outcome.refused + outcome.opened, kVariants);
    EXPECT_GT(outcome.refused, 0); // the sweep reaches the checks on open, not only the data
    std::cout << "[ fuzz ] " << kVariants << " variants of " << bytes.size() << " bytes: " << outcome.refused
              << " refused, " << outcome.opened << " opened, " << outcome.readErrors << " reads failed cleanly\n";
}

} // namespace
} // namespace awb::db
