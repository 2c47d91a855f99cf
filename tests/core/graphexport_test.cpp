// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Graph exports read back by real clients: networkx and igraph (GraphML, GEXF) and Graphviz (DOT), with labels
// that need escaping in every format.
#include "core/report/graphexport.h"

#include "tests/core/tracebuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using namespace awb;
using namespace awb::graph;
using awb::test::GraphBuilder;
using namespace Qt::Literals::StringLiterals;

const QString kHostile = u"He said \"run\" <b>&amp;</b> \\ back\nnext line \u00e9\u4e2d"_s;

struct Exported
{
    QTemporaryDir dir;
    std::shared_ptr<const Snapshot> snapshot;
    ViewGraph view;

    Exported()
    {
        GraphBuilder b;
        const quint32 a = b.address(), c = b.address();
        b.data().incidents[0].title = kHostile + QChar(0x01); // a control character XML cannot hold
        b.data().incidents[0].synthetic = true;
        b.role(a, u"exploiter"_s);
        b.transfer(a, c, 12345, 10);
        snapshot = b.build();
        const NodeIndex focus = snapshot->node(NodeKind::Incident, 0);
        NeighbourhoodOptions options;
        options.hops = 2;
        view = neighbourhood(*snapshot, std::span(&focus, 1), options);
    }

    QString write(const QString &format)
    {
        std::vector<layout::Point> positions(view.nodes.size());
        for (size_t i = 0; i < positions.size(); ++i) {
            positions[i] = {double(i) * 10, double(i) * 5};
        }
        const QString path = dir.filePath(u"g."_s + format);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(report::exportGraph(*snapshot, view, positions, format));
        return path;
    }
};

/** Runs python3 on @p script with @p path as its argument; its standard output, failing the test on an error. */
QByteArray python(const QString &script, const QString &path)
{
    QProcess p;
    p.start(u"/usr/bin/python3"_s, {u"-c"_s, script, path});
    EXPECT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    return p.readAllStandardOutput();
}

QJsonObject labelsOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

TEST(GraphExport, NetworkxReadsGraphmlAndGexfWithTheLabelsIntact)
{
    Exported e;
    const QString expected = u"SYNTHETIC: "_s + kHostile + QChar(0xFFFD);
    const QString script = uR"(
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1]) if sys.argv[1].endswith('.graphml') else nx.read_gexf(sys.argv[1])
print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'n0': g.nodes['n0']['label'],
                  'kind': g.nodes['n0']['kind'], 'synthetic': str(g.nodes['n0']['synthetic'])}))
)"_s;
    for (const QString &format : {u"graphml"_s, u"gexf"_s}) {
        SCOPED_TRACE(format.toStdString());
        const QJsonObject got = labelsOf(python(script, e.write(format)));
        EXPECT_EQ(got[u"nodes"_s].toInt(), int(e.view.nodes.size()));
        EXPECT_EQ(got[u"edges"_s].toInt(), int(e.view.edges.size()));
        EXPECT_EQ(got[u"n0"_s].toString(), expected);
        EXPECT_EQ(got[u"kind"_s].toString(), u"incident"_s);
        EXPECT_EQ(got[u"synthetic"_s].toString(), u"True"_s);
    }
}

TEST(GraphExport, IgraphReadsGraphmlAndGraphvizDrawsTheDot)
{
    Exported e;
    const QJsonObject got = labelsOf(python(uR"(
import json, sys, igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
print(json.dumps({'nodes': g.vcount(), 'edges': g.ecount(), 'amounts': [a for a in g.es['amount'] if a]}))
)"_s,
                                            e.write(u"graphml"_s)));
    EXPECT_EQ(got[u"nodes"_s].toInt(), int(e.view.nodes.size()));
    EXPECT_EQ(got[u"amounts"_s].toArray(), QJsonArray{u"12345"_s}); // base units, as text: they exceed doubles

    QProcess dot;
    dot.start(u"dot"_s, {u"-Tsvg"_s, e.write(u"dot"_s)});
    ASSERT_TRUE(dot.waitForFinished(60000));
    EXPECT_EQ(dot.exitCode(), 0) << dot.readAllStandardError().toStdString();
    const QString svg = QString::fromUtf8(dot.readAllStandardOutput());
    EXPECT_TRUE(svg.contains(u"He said &quot;run&quot; &lt;b&gt;&amp;amp;&lt;/b&gt; \\ back"_s)) << svg.toStdString();
    EXPECT_TRUE(svg.contains(u"next line \u00e9\u4e2d"_s));
}

TEST(GraphExport, JsonCarriesAmountsAndTheTruncationNote)
{
    Exported e;
    const QJsonObject json =
        QJsonDocument::fromJson(
            report::exportGraph(*e.snapshot, e.view, std::vector<layout::Point>(e.view.nodes.size()), u"json"_s))
            .object();
    EXPECT_FALSE(json[u"truncated"_s].toBool());
    bool flow = false;
    for (const QJsonValue &edge : json[u"edges"_s].toArray()) {
        if (edge[u"kind"_s].toString() == u"flow"_s) {
            flow = true;
            EXPECT_EQ(edge[u"amount"_s].toString(), u"12345"_s);
            EXPECT_EQ(edge[u"asset"_s].toString(), u"T"_s);
        }
    }
    EXPECT_TRUE(flow);
    EXPECT_EQ(json[u"nodes"_s][0][u"label"_s].toString(), kHostile + QChar(0x01)); // JSON escapes it itself
}

} // namespace
