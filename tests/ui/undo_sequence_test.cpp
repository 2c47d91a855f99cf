// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hundreds of random edits through the CaseEditor, then undo all and redo all: the case file must return to its
// initial content and then to its final content exactly, search index included.
#include "core/db/database.h"
#include "core/demo/demorecord.h"
#include "core/store/casestore.h"
#include "testcase.h"
#include "tests/core/testcase.h"
#include "ui/casedocument.h"
#include "ui/editing/caseeditor.h"

#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {
namespace {

/** Child tables whose surrogate id nothing references, with the column naming their parent. */
const std::map<QString, QString> kRewrittenChildren{{u"incident_claims"_s, u"incident_id"_s},
                                                    {u"incident_losses"_s, u"incident_id"_s},
                                                    {u"group_aliases"_s, u"group_id"_s},
                                                    {u"group_external_ids"_s, u"group_id"_s}};

QStringList query(db::Database &db, const QString &sql, int columns)
{
    QStringList lines;
    auto stmt = db.prepare(sql.toStdString());
    EXPECT_TRUE(stmt) << sql.toStdString();
    if (!stmt) {
        return lines;
    }
    auto r = stmt->forEach([&](const db::Statement &row) {
        QStringList values;
        for (int column = 0; column < columns; ++column) {
            values << row.text(column);
        }
        lines << values.join(u'|');
    });
    EXPECT_TRUE(r) << sql.toStdString();
    return lines;
}

/**
 * A canonical dump of the whole case file: every table in sqlite_schema (type 'table', without sqlite_% and the
 * FTS5 shadow tables), all columns as SQL literals (quote(), so 1 and '1' differ), rows by rowid, tables WITHOUT
 * ROWID by their columns (their primary key comes first).
 *
 * One exception, by design: the surrogate id of the child tables that nothing references (claims, native
 * losses, alias claims, external ids) is left out, and their rows are ordered by parent and then rowid. Saving
 * an incident or a group rewrites those rows in order, so after undo they are equal in content and order within
 * their parent but carry new ids. Every id that something refers to (incidents, groups, sources, attributions,
 * relations, wallet roles…) is compared.
 *
 * The search_index rows (FTS5) are included so the index is proven to follow undo and redo: kind and entity id
 * (the rowid is id * 8 + kind), title and body. Alias entries, whose rowid encodes the alias row's id, are keyed
 * by the group the alias belongs to instead.
 */
QStringList dumpCase(const QString &path)
{
    QStringList dump;
    auto opened = db::Database::open(path, db::Database::Access::ReadOnly);
    EXPECT_TRUE(opened);
    if (!opened) {
        return dump;
    }
    db::Database &db = **opened;
    const QStringList tables =
        query(db,
              u"SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
              u"AND name NOT LIKE 'search_index_%' AND name <> 'search_index' ORDER BY name"_s,
              2);
    for (const QString &line : tables) {
        const QString table = line.section(u'|', 0, 0);
        const bool withoutRowid = line.contains(u"WITHOUT ROWID"_s);
        const auto parent = kRewrittenChildren.find(table);
        QStringList columns = query(db, u"SELECT name FROM pragma_table_info('%1') ORDER BY cid"_s.arg(table), 1);
        if (parent != kRewrittenChildren.end()) {
            columns.removeAll(u"id"_s);
        }
        QStringList quoted;
        for (const QString &column : columns) {
            quoted << u"quote(\"%1\")"_s.arg(column);
        }
        const QString order = withoutRowid                         ? columns.join(u", "_s)
                              : parent != kRewrittenChildren.end() ? parent->second + u", rowid"_s
                                                                   : u"rowid"_s;
        dump << u"# %1 (%2)"_s.arg(table, columns.join(u", "_s));
        dump << query(db, u"SELECT %1 FROM \"%2\" ORDER BY %3"_s.arg(quoted.join(u", "_s), table, order),
                      int(columns.size()));
    }
    QStringList index =
        query(db,
              u"SELECT s.rowid % 8, CASE WHEN s.rowid % 8 = 3 THEN 'alias of group ' || "
              u"(SELECT a.group_id FROM group_aliases a WHERE a.id = s.rowid / 8) ELSE s.rowid / 8 END, "
              u"quote(s.title), quote(s.body) FROM search_index s"_s,
              4);
    std::sort(index.begin(), index.end());
    dump << u"# search_index (kind, entity, title, body)"_s << index;
    return dump;
}

/** Reports the first line where two dumps differ, instead of two very long lists. */
::testing::AssertionResult sameDump(const QStringList &expected, const QStringList &actual)
{
    for (qsizetype i = 0; i < std::min(expected.size(), actual.size()); ++i) {
        if (expected[i] != actual[i]) {
            return ::testing::AssertionFailure() << "line " << i << ": expected\n  " << expected[i].toStdString()
                                                 << "\nbut got\n  " << actual[i].toStdString();
        }
    }
    if (expected.size() != actual.size()) {
        return ::testing::AssertionFailure() << "expected " << expected.size() << " lines, got " << actual.size();
    }
    return ::testing::AssertionSuccess();
}

/** Random edits of every kind through the CaseEditor, as an analyst would make them, from a fixed seed. */
class RandomEdits
{
public:
    RandomEdits(CaseEditor &editor, quint64 seed)
        : m_editor(editor)
        , m_rng(seed)
    {}

    int pushed = 0;         // edits that are on the stack
    int refusedDeletes = 0; // deletes refused because something still refers to the record
    int deletes = 0;        // deletes that went through

    void step()
    {
        const int before = m_editor.undoStack()->index();
        // Deletes may empty a small case; the other edits need something to work on.
        if (sources().empty()) {
            expectPushed(m_editor.addSource(newSource()).transform([](SourceId) {}));
            return;
        }
        if (incidents().empty()) {
            expectPushed(m_editor.addIncident(newIncident()).transform([](IncidentId) {}));
            return;
        }
        if (groups().empty()) {
            addGroup();
            return;
        }
        switch (pick(14)) {
        case 0:
            expectPushed(m_editor.addIncident(newIncident()).transform([](IncidentId) {}));
            break;
        case 1:
        case 2:
            updateIncident();
            break;
        case 3:
            removeIncident();
            break;
        case 4:
            expectPushed(m_editor.addAttribution(newAttribution()).transform([](AttributionId) {}));
            break;
        case 5:
            updateAttribution();
            break;
        case 6:
            if (const auto all = attributions(); !all.empty()) {
                expectPushed(m_editor.removeAttribution(all[pick(all.size())].id));
            }
            break;
        case 7:
            addGroup();
            break;
        case 8:
        case 9:
            updateGroup();
            break;
        case 10:
            removeGroup();
            break;
        case 11:
            expectPushed(m_editor.addSource(newSource()).transform([](SourceId) {}));
            break;
        case 12:
            updateSource();
            break;
        default:
            removeSource();
            break;
        }
        EXPECT_GE(m_editor.undoStack()->index(), before);
    }

    /** Undoes a few steps and redoes some of them: the next edit then drops the rest. */
    void wander()
    {
        QUndoStack *stack = m_editor.undoStack();
        const int back = std::min(stack->index(), pick(3) + 1);
        for (int i = 0; i < back; ++i) {
            stack->undo();
        }
        for (int i = pick(back + 1); i > 0; --i) {
            stack->redo();
        }
    }

private:
    int pick(size_t n) { return int(std::uniform_int_distribution<size_t>(0, n - 1)(m_rng)); }

    bool chance(int percent) { return pick(100) < percent; }

    template <typename T>
    const T &any(const std::vector<T> &items)
    {
        return items[size_t(pick(items.size()))];
    }

    QString word()
    {
        static const QStringList words{u"bridge"_s, u"exchange"_s, u"hot"_s,    u"cold"_s,      u"wallet"_s,
                                       u"theft"_s,  u"drain"_s,    u"key"_s,    u"validator"_s, u"phishing"_s,
                                       u"Ronin"_s,  u"Harmony"_s,  u"Atomic"_s, u"Stake"_s,     u"WazirX"_s};
        return words[pick(size_t(words.size()))];
    }

    QString date()
    {
        return u"%1-%2-%3"_s.arg(2016 + pick(10))
            .arg(pick(12) + 1, 2, 10, QChar(u'0'))
            .arg(pick(28) + 1, 2, 10, QChar(u'0'));
    }

    std::optional<QString> country()
    {
        static const QStringList codes{u"KP"_s, u"JP"_s, u"KR"_s, u"US"_s, u"VN"_s, u"AE"_s, u"SG"_s};
        return chance(20) ? std::nullopt : std::optional(codes[pick(size_t(codes.size()))]);
    }

    CaseStore &store() { return *m_editor.store(); }

    std::vector<Source> sources() { return test::ok(store().sources()); }

    std::vector<ActorGroup> groups() { return test::ok(store().groups()); }

    std::vector<Incident> incidents() { return test::ok(store().incidents()); }

    std::vector<Attribution> attributions() { return test::ok(store().attributions(std::nullopt)); }

    std::vector<SourceId> someSources(int most)
    {
        std::set<SourceId> chosen;
        const auto all = sources();
        for (int i = pick(size_t(most)) + 1; i > 0; --i) {
            chosen.insert(any(all).id);
        }
        return {chosen.begin(), chosen.end()};
    }

    void expectPushed(const Result<void> &r)
    {
        EXPECT_TRUE(r) << describe(r.error()).toStdString();
        pushed += r ? 1 : 0;
    }

    /** A refused edit must leave the stack as it was. */
    void expectRefused(const Result<void> &r, int stackIndex)
    {
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, Error::Code::Constraint) << describe(r.error()).toStdString();
        EXPECT_EQ(m_editor.undoStack()->index(), stackIndex);
    }

    Incident newIncident()
    {
        Incident i;
        i.title = u"%1 %2 incident %3"_s.arg(word(), word()).arg(++m_counter);
        i.startDate = date();
        editIncident(i);
        return i;
    }

    /** Changes some of the fields the incident dialog edits; claims and native losses stay. */
    void editIncident(Incident &i)
    {
        static const QStringList sectors{u"exchange"_s, u"bridge"_s, u"defi"_s, u"wallet"_s, u"other"_s};
        static const QStringList statuses{u"confirmed"_s, u"reported"_s, u"attempted"_s};
        static const QStringList chains{u"ethereum"_s, u"bitcoin"_s, u"tron"_s, u"bsc"_s, u"ronin"_s};
        if (chance(40)) {
            i.title = u"%1 (%2)"_s.arg(i.title.section(u" ("_s, 0, 0), word());
        }
        if (chance(40)) {
            const QString other = date();
            i.startDate = std::min(i.startDate, other);
            i.endDate = chance(50) ? std::optional(std::max(i.startDate, other)) : std::nullopt;
        }
        i.victimCountry = chance(50) ? country() : i.victimCountry;
        i.sector = chance(30) ? sectors[pick(size_t(sectors.size()))] : i.sector;
        i.status = chance(30) ? statuses[pick(size_t(statuses.size()))] : i.status;
        if (chance(50)) {
            i.lossUsd = chance(80) ? std::optional(qint64(pick(2000)) * 1000000) : std::nullopt;
            i.lossUsdSource = i.lossUsd ? std::optional(any(sources()).id) : std::nullopt;
        }
        if (chance(40)) {
            i.chains = {chains[pick(size_t(chains.size()))]};
            i.assets = chance(50) ? QStringList{u"ETH"_s, u"USDT"_s} : QStringList{};
        }
        i.description = chance(30) ? u"%1 %2"_s.arg(word(), word()) : i.description;
        i.sources = chance(50) ? someSources(3) : i.sources;
    }

    void updateIncident()
    {
        Incident i = any(incidents());
        editIncident(i);
        expectPushed(m_editor.updateIncident(i));
    }

    void removeIncident()
    {
        if (const auto all = incidents(); !all.empty()) {
            expectPushed(m_editor.removeIncident(any(all).id));
            ++deletes;
        }
    }

    Attribution newAttribution()
    {
        static const QStringList confidences{u"low"_s, u"moderate"_s, u"high"_s};
        Attribution a;
        a.incident = any(incidents()).id;
        a.group = any(groups()).id;
        a.confidence = confidences[pick(3)];
        a.party = chance(50) ? u"FBI"_s : u"%1 Research"_s.arg(word());
        a.date = chance(70) ? std::optional(date()) : std::nullopt;
        a.evidence = word();
        a.source = any(sources()).id;
        return a;
    }

    void updateAttribution()
    {
        if (const auto all = attributions(); !all.empty()) {
            Attribution a = any(all);
            const Attribution other = newAttribution();
            a.confidence = other.confidence;
            a.group = chance(50) ? other.group : a.group;
            a.evidence = other.evidence;
            expectPushed(m_editor.updateAttribution(a));
        }
    }

    /** Aliases (some shared with other groups, or their names), external ids and sub-units, all distinct. */
    void editGroup(ActorGroup &g, std::vector<GroupRelation> &subUnits)
    {
        auto all = groups();
        all.push_back(g); // never empty: aliases and sub-units below pick from it
        if (chance(50)) {
            g.country = country();
            g.sponsor = g.country ? u"Reconnaissance General Bureau"_s : QString();
            g.sponsorSource = g.country ? std::optional(any(sources()).id) : std::nullopt;
        }
        if (!g.aliases.empty() && chance(40)) {
            g.aliases.erase(g.aliases.begin() + pick(g.aliases.size()));
        }
        if (!g.aliases.empty() && chance(30)) {
            g.aliases[size_t(pick(g.aliases.size()))].note = word();
        }
        for (int n = pick(3); n > 0; --n) {
            const QString alias = chance(30) ? any(all).name : u"%1 %2"_s.arg(word()).arg(pick(40));
            AliasClaim claim{alias, any(sources()).id, chance(50) ? word() : QString()};
            if (std::none_of(g.aliases.begin(), g.aliases.end(),
                             [&](const AliasClaim &c) { return c.alias == claim.alias && c.source == claim.source; })) {
                g.aliases.push_back(claim);
            }
        }
        if (chance(30)) {
            g.externalIds = {ExternalId{u"mitre-attack"_s, u"G%1"_s.arg(pick(2000)), std::nullopt, any(sources()).id}};
        }
        if (!subUnits.empty() && chance(40)) {
            subUnits.erase(subUnits.begin() + pick(subUnits.size()));
        }
        const ActorGroup &child = any(all);
        const bool known =
            std::any_of(subUnits.begin(), subUnits.end(), [&](const GroupRelation &r) { return r.child == child.id; });
        if (chance(50) && child.id != g.id && !known) {
            subUnits.push_back(GroupRelation{0, g.id, child.id, u"sub-unit"_s, any(sources()).id, word()});
        }
    }

    void addGroup()
    {
        ActorGroup g;
        std::vector<GroupRelation> subUnits;
        const bool taken = chance(10) && !groups().empty();
        g.name = taken ? any(groups()).name : u"Cluster %1 %2"_s.arg(word()).arg(++m_counter);
        editGroup(g, subUnits);
        const int index = m_editor.undoStack()->index();
        auto r = m_editor.addGroup(g, subUnits).transform([](GroupId) {});
        if (taken) {
            expectRefused(r, index); // names are unique
        } else {
            expectPushed(r);
        }
    }

    void updateGroup()
    {
        ActorGroup g = any(groups());
        std::vector<GroupRelation> subUnits = test::ok(m_editor.subUnits(g.id));
        editGroup(g, subUnits);
        expectPushed(m_editor.updateGroup(g, subUnits));
    }

    void removeGroup()
    {
        const GroupId id = any(groups()).id;
        const RecordUsage usage = test::ok(store().groupUsage(id));
        const int index = m_editor.undoStack()->index();
        if (usage.attributions + usage.tags > 0) {
            expectRefused(m_editor.removeGroup(id), index);
            ++refusedDeletes;
        } else {
            expectPushed(m_editor.removeGroup(id));
            ++deletes;
        }
    }

    Source newSource()
    {
        Source s;
        s.title = u"%1 report %2"_s.arg(word()).arg(++m_counter);
        s.publisher = word();
        s.published = chance(70) ? std::optional(date().left(chance(50) ? 10 : 7)) : std::nullopt;
        s.url = chance(70) ? std::optional(u"https://example.org/%1"_s.arg(m_counter)) : std::nullopt;
        s.kind = chance(50) ? u"press"_s : u"research"_s;
        s.excerpt = word();
        return s;
    }

    void updateSource()
    {
        Source s = any(sources());
        const Source other = newSource();
        s.publisher = other.publisher;
        s.url = chance(50) ? other.url : s.url;
        s.excerpt = other.excerpt;
        expectPushed(m_editor.updateSource(s));
    }

    void removeSource()
    {
        const SourceId id = any(sources()).id;
        const int index = m_editor.undoStack()->index();
        if (test::ok(store().sourceUsage(id)).total() > 0) {
            expectRefused(m_editor.removeSource(id), index);
            ++refusedDeletes;
        } else {
            expectPushed(m_editor.removeSource(id));
            ++deletes;
        }
    }

    CaseEditor &m_editor;
    std::mt19937_64 m_rng;
    int m_counter = 0;
};

class UndoSequenceTest : public ::testing::Test
{
protected:
    /** Runs @p steps random edits on the case at @p path, then undoes and redoes all of them. */
    void run(const QString &path, quint64 seed, int steps)
    {
        ASSERT_TRUE(m_document.open(path));
        const QStringList initial = dumpCase(path);
        ASSERT_GT(initial.size(), 50);
        RandomEdits edits(m_editor, seed);
        for (int i = 0; i < steps && !::testing::Test::HasFatalFailure(); ++i) {
            edits.step();
            if (i % 16 == 15) {
                edits.wander();
            }
        }
        QUndoStack *stack = m_editor.undoStack();
        while (stack->canRedo()) {
            stack->redo();
        }
        EXPECT_GE(edits.pushed, steps * 3 / 4);
        EXPECT_GT(edits.refusedDeletes, 0);
        EXPECT_GT(edits.deletes, 0);
        EXPECT_GE(stack->count(), edits.pushed / 2); // wandering drops the redo branches it left
        const QStringList finalDump = dumpCase(path);
        EXPECT_FALSE(sameDump(initial, finalDump));

        while (stack->canUndo()) {
            stack->undo();
        }
        EXPECT_EQ(stack->index(), 0);
        EXPECT_TRUE(sameDump(initial, dumpCase(path)));
        while (stack->canRedo()) {
            stack->redo();
        }
        EXPECT_EQ(stack->index(), stack->count());
        EXPECT_TRUE(sameDump(finalDump, dumpCase(path)));
    }

    QTemporaryDir m_dir;
    CaseDocument m_document;
    CaseEditor m_editor{&m_document};
};

TEST_F(UndoSequenceTest, RandomEditsOfTheDemoCaseUndoAndRedoExactly)
{
    const QString path = m_dir.filePath(u"demo.awbcase"_s);
    auto written = demo::writeDemoCase(path);
    ASSERT_TRUE(written) << describe(written.error()).toStdString();
    run(path, 20260401, 300);
}

TEST_F(UndoSequenceTest, RandomEditsOfTheSmallCaseUndoAndRedoExactly)
{
    const QString path = m_dir.filePath(u"small.awbcase"_s);
    auto written = test::writeSmallCase(path);
    ASSERT_TRUE(written) << describe(written.error()).toStdString();
    run(path, 7, 300);
}

TEST_F(UndoSequenceTest, TheDumpIgnoresRewrittenChildIdsButNotTheirContent)
{
    const QString path = m_dir.filePath(u"small.awbcase"_s);
    auto ids = test::writeSmallCase(path);
    ASSERT_TRUE(ids);
    ASSERT_TRUE(m_document.open(path));
    const QStringList initial = dumpCase(path);
    Incident bybit = test::ok(m_document.store()->incident(ids->bybit));
    test::ok(m_document.store()->updateIncident(bybit)); // rewrites its claims and native losses under new ids
    EXPECT_TRUE(sameDump(initial, dumpCase(path)));
    bybit.claims.front().note = u"revised"_s;
    test::ok(m_document.store()->updateIncident(bybit));
    EXPECT_FALSE(sameDump(initial, dumpCase(path)));
}

} // namespace
} // namespace awb::ui
