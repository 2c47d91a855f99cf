// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli path` and `awb-cli suggest` on the demo case, run as a user would.
#include "tests/cli/clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

namespace {

using namespace Qt::Literals::StringLiterals;
using awb::test::cli;
using awb::test::jsonOf;
using CliResult = awb::test::CliRun;

QByteArray bytesOf(const QString &file)
{
    QFile f(file);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/** Every edge joins the nodes on either side of it, in the direction it states. */
void expectConsistentPath(const QJsonObject &path)
{
    const QJsonArray nodes = path[u"nodes"_s].toArray();
    const QJsonArray edges = path[u"edges"_s].toArray();
    ASSERT_EQ(nodes.size(), edges.size() + 1);
    EXPECT_EQ(path[u"length"_s].toInteger(), edges.size());
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const QJsonObject e = edges[i].toObject();
        const bool forward = e[u"direction"_s].toString() == u"forward"_s;
        EXPECT_EQ(e[forward ? u"from"_s : u"to"_s].toString(), nodes[i][u"name"_s].toString());
        EXPECT_EQ(e[forward ? u"to"_s : u"from"_s].toString(), nodes[i + 1][u"name"_s].toString());
        if (e[u"kind"_s].toString() == u"flow"_s) {
            bool digits = false;
            e[u"amount"_s].toString().toULongLong(&digits);
            EXPECT_TRUE(digits || e[u"amount"_s].toString().size() > 19);
            EXPECT_FALSE(e[u"asset"_s].toString().isEmpty());
        }
    }
}

class PathCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_case = m_dir.filePath(u"demo.awbcase"_s);
        ASSERT_EQ(cli({u"demo"_s, m_case}).status, 0);
        // The synthetic scenario is attached to the Harmony incident (resources/demo/synthetic.yaml).
        const QJsonArray rows =
            jsonOf(cli({u"incidents"_s, m_case, u"--search"_s, u"Harmony Horizon"_s, u"--json"_s}))[u"incidents"_s]
                .toArray();
        ASSERT_EQ(rows.size(), 1);
        m_incident = rows[0][u"id"_s].toInteger();
        m_group = rows[0][u"attributions"_s][0][u"group"_s].toString();
        ASSERT_FALSE(m_group.isEmpty());
    }

    QTemporaryDir m_dir;
    QString m_case;
    qint64 m_incident = 0;
    QString m_group;
};

TEST_F(PathCliTest, PathFromAnIncidentToItsGroupGoesThroughTheAttribution)
{
    const QString incident = u"incident:%1"_s.arg(m_incident);
    const CliResult r = cli({u"path"_s, m_case, incident, m_group, u"--k"_s, u"4"_s, u"--json"_s});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QJsonObject json = jsonOf(r);
    EXPECT_EQ(json[u"from"_s][u"name"_s].toString(), incident);
    EXPECT_EQ(json[u"to"_s][u"name"_s].toString(), u"group:"_s + m_group);
    const QJsonArray paths = json[u"paths"_s].toArray();
    ASSERT_GE(paths.size(), 1);
    ASSERT_LE(paths.size(), 4);
    const QJsonArray first = paths[0][u"edges"_s].toArray();
    ASSERT_EQ(first.size(), 1);
    EXPECT_EQ(first[0][u"kind"_s].toString(), u"attribution"_s);
    qint64 previous = 0;
    for (const QJsonValue &path : paths) {
        expectConsistentPath(path.toObject());
        EXPECT_GE(path[u"length"_s].toInteger(), previous);
        previous = path[u"length"_s].toInteger();
    }

    // Without attribution links the way goes through the incident's tagged addresses or its flows.
    const CliResult around = cli({u"path"_s, m_case, incident, m_group, u"--exclude"_s, u"attribution"_s, u"--json"_s});
    ASSERT_EQ(around.status, 0) << around.err.toStdString();
    for (const QJsonValue &path : jsonOf(around)[u"paths"_s].toArray()) {
        expectConsistentPath(path.toObject());
        for (const QJsonValue &edge : path[u"edges"_s].toArray()) {
            EXPECT_NE(edge[u"kind"_s].toString(), u"attribution"_s);
        }
    }

    const CliResult text = cli({u"path"_s, m_case, incident, m_group});
    EXPECT_EQ(text.status, 0);
    EXPECT_TRUE(text.out.startsWith("1. (1 links) incident:")) << text.out.toStdString();
}

TEST_F(PathCliTest, PathRefusesUnknownEntitiesAndBadBounds)
{
    const QString incident = u"incident:%1"_s.arg(m_incident);
    const CliResult unknown = cli({u"path"_s, m_case, incident, u"group:No Such Group"_s});
    EXPECT_EQ(unknown.status, 2);
    EXPECT_TRUE(unknown.err.contains("no entity \"group:No Such Group\"")) << unknown.err.toStdString();
    EXPECT_EQ(cli({u"path"_s, m_case, incident, m_group, u"--k"_s, u"51"_s}).status, 2);
    EXPECT_EQ(cli({u"path"_s, m_case, incident, m_group, u"--exclude"_s, u"nonsense"_s}).status, 2);
    EXPECT_EQ(cli({u"path"_s, m_case, incident}).status, 2);
}

TEST_F(PathCliTest, GraphExportsTheIncidentsNeighbourhoodLaidOut)
{
    const QString incident = u"incident:%1"_s.arg(m_incident);
    const CliResult r = cli({u"graph"_s, m_case, incident, u"--hops"_s, u"1"_s});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QJsonObject json = jsonOf(r);
    const QJsonArray nodes = json[u"nodes"_s].toArray();
    ASSERT_GT(nodes.size(), 3);
    EXPECT_EQ(nodes[0][u"name"_s].toString(), incident);
    EXPECT_TRUE(nodes[0][u"focus"_s].toBool());
    bool group = false;
    for (const QJsonValue &n : nodes) {
        group = group || (n[u"kind"_s].toString() == u"group"_s && n[u"label"_s].toString() == m_group);
        EXPECT_TRUE(std::isfinite(n[u"x"_s].toDouble()));
    }
    EXPECT_TRUE(group) << "one hop from an incident reaches its attributed group";
    EXPECT_EQ(cli({u"graph"_s, m_case, incident, u"--hops"_s, u"1"_s}).out, r.out) << "deterministic";

    const QString dot = m_dir.filePath(u"n.dot"_s);
    ASSERT_EQ(cli({u"graph"_s, m_case, incident, u"--format"_s, u"dot"_s, u"--out"_s, dot}).status, 0);
    QFile file(dot);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().startsWith("digraph awb {"));

    const CliResult cut = cli({u"graph"_s, m_case, incident, u"--hops"_s, u"4"_s, u"--max-nodes"_s, u"20"_s});
    EXPECT_EQ(jsonOf(cut)[u"nodes"_s].toArray().size(), 20);
    EXPECT_TRUE(jsonOf(cut)[u"truncated"_s].toBool());
    EXPECT_TRUE(cut.err.contains("cut at 20 nodes"));
    EXPECT_EQ(cli({u"graph"_s, m_case, incident, u"--format"_s, u"svg"_s}).status, 2);
    EXPECT_EQ(cli({u"graph"_s, m_case, incident, u"--kinds"_s, u"wallet"_s}).status, 2);
    EXPECT_EQ(cli({u"graph"_s, m_case, u"incident:999999"_s}).status, 2);
}

TEST_F(PathCliTest, SuggestPrintsTheDocumentedShapeAndWritesNothing)
{
    const QByteArray before = bytesOf(m_case);
    const CliResult r = cli({u"suggest"_s, m_case, u"--incident"_s, QString::number(m_incident), u"--json"_s});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QJsonObject json = jsonOf(r);
    EXPECT_EQ(json[u"incident"_s][u"name"_s].toString(), u"incident:%1"_s.arg(m_incident));
    EXPECT_EQ(json[u"note"_s].toString(), u"suggestions are not attributions; nothing was written"_s);
    const QJsonArray attributed = json[u"already_attributed"_s].toArray();
    ASSERT_FALSE(attributed.isEmpty());
    EXPECT_EQ(attributed[0][u"group"_s].toString(), m_group);
    ASSERT_TRUE(json[u"suggestions"_s].isArray());
    double previous = 1e300;
    for (const QJsonValue &s : json[u"suggestions"_s].toArray()) {
        EXPECT_FALSE(s[u"group"_s].toString().isEmpty());
        const double score = s[u"score"_s].toDouble();
        EXPECT_LE(score, previous);
        previous = score;
        double sum = 0;
        for (const QJsonValue &term : s[u"breakdown"_s].toArray()) {
            EXPECT_FALSE(term[u"component"_s].toString().isEmpty());
            EXPECT_NEAR(term[u"score"_s].toDouble(), term[u"value"_s].toDouble() * term[u"weight"_s].toDouble(), 1e-12);
            // The incident's own attributions are never evidence.
            EXPECT_NE(term[u"attribution"_s][u"incident"_s].toString(), u"incident:%1"_s.arg(m_incident));
            sum += term[u"score"_s].toDouble();
        }
        EXPECT_NEAR(sum, score, 1e-9);
        for (const QJsonValue &path : s[u"paths"_s].toArray()) {
            expectConsistentPath(path.toObject());
            const QJsonArray nodes = path[u"nodes"_s].toArray();
            EXPECT_EQ(nodes.first()[u"name"_s].toString(), u"incident:%1"_s.arg(m_incident));
            EXPECT_EQ(nodes.last()[u"name"_s].toString(), u"group:"_s + s[u"group"_s].toString());
        }
    }
    EXPECT_FALSE(json[u"suggestions"_s].toArray().isEmpty());
    EXPECT_EQ(bytesOf(m_case), before) << "suggest changed the case file";
    EXPECT_EQ(cli({u"check"_s, m_case}).status, 0);

    const CliResult text = cli({u"suggest"_s, m_case, u"--incident"_s, u"incident:%1"_s.arg(m_incident)});
    EXPECT_EQ(text.status, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains("nothing was written"));
    EXPECT_EQ(bytesOf(m_case), before);
}

TEST_F(PathCliTest, SuggestRefusesAMissingOrUnknownIncident)
{
    EXPECT_EQ(cli({u"suggest"_s, m_case}).status, 2);
    const CliResult unknown = cli({u"suggest"_s, m_case, u"--incident"_s, u"999999"_s});
    EXPECT_EQ(unknown.status, 2);
    EXPECT_TRUE(unknown.err.contains("no incident with id 999999")) << unknown.err.toStdString();
    EXPECT_EQ(cli({u"suggest"_s, m_case, u"--incident"_s, u"harmony"_s}).status, 2);
    EXPECT_EQ(cli({u"suggest"_s, m_case, u"--incident"_s, QString::number(m_incident), u"--hops"_s, u"0"_s}).status, 2);
}

} // namespace
