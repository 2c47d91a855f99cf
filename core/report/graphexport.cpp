// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/graphexport.h"

#include "core/graph/paths.h"
#include "core/model/amount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

#include <span>

namespace awb::report {

using namespace Qt::Literals::StringLiterals;
using graph::LinkKind;
using graph::linkKindName;
using graph::NodeKind;
using graph::nodeKindName;
using graph::ViewEdge;
using graph::ViewGraph;
using graph::ViewNode;

namespace {

/** XML 1.0 cannot hold most control characters, not even escaped: they become U+FFFD. */
QString xmlSafe(QString text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF) {
            c = QChar(0xFFFD);
        }
    }
    return text;
}

/** A DOT quoted string: quotes and backslashes escaped, ampersands as entities, line breaks as \n (drawn as one). */
QString dotQuoted(const QString &text)
{
    QString out = u"\""_s;
    for (QChar c : text) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c == u'&') {
            out += u"&amp;"_s; // Graphviz reads character entities in labels: "&amp;" would be drawn as "&"
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c == u'\r') {
            continue;
        } else {
            out += c;
        }
    }
    return out + u'"';
}

/** What a viewer shows: a synthetic node says so in its label too, where attributes are easily not shown. */
QString shownLabel(const ViewNode &n)
{
    return n.synthetic && !n.label.startsWith(u"SYNTHETIC"_s) ? u"SYNTHETIC: "_s + n.label : n.label;
}

QString nodeId(quint32 i)
{
    return u"n%1"_s.arg(i);
}

QString amountUnits(const graph::Snapshot &s, const ViewEdge &e)
{
    return formatUnits(e.amount, s.data().assets[e.asset].decimals);
}

QString assetSymbol(const graph::Snapshot &s, const ViewEdge &e)
{
    return s.data().assets[e.asset].symbol;
}

QByteArray toDot(const graph::Snapshot &s, const ViewGraph &g, const std::vector<layout::Point> &pos)
{
    QString out = u"digraph awb {\n  node [style=filled, fontsize=10];\n"_s;
    for (quint32 i = 0; i < g.nodes.size(); ++i) {
        const ViewNode &n = g.nodes[i];
        static const char *const shapes[] = {"ellipse", "point", "hexagon", "box", "doubleoctagon", "diamond"};
        out += u"  %1 [label=%2, kind=%3, shape=%4, synthetic=%5, pos=\"%6,%7\"];\n"_s.arg(
            nodeId(i), dotQuoted(shownLabel(n)), nodeKindName(n.kind), QString::fromLatin1(shapes[int(n.kind)]),
            n.synthetic ? u"true"_s : u"false"_s, QString::number(pos[i].x, 'f', 2), QString::number(pos[i].y, 'f', 2));
    }
    for (const ViewEdge &e : g.edges) {
        QString attributes = u"kind=%1, links=%2"_s.arg(linkKindName(e.kind)).arg(e.links);
        if (e.kind == LinkKind::Flow) {
            attributes +=
                u", label=%1, amount=\"%2\", asset=%3"_s.arg(dotQuoted(amountUnits(s, e) + u' ' + assetSymbol(s, e)),
                                                             formatBaseUnits(e.amount), dotQuoted(assetSymbol(s, e)));
        } else {
            attributes += u", dir=none, style=dashed"_s;
        }
        out += u"  %1 -> %2 [%3];\n"_s.arg(nodeId(e.a), nodeId(e.b), attributes);
    }
    return (out + u"}\n"_s).toUtf8();
}

/** An attribute both XML formats carry, and its type in GraphML's words (GEXF says "integer" for "int"). */
struct Attribute
{
    const char16_t *name;
    const char16_t *type;
};

// The same attributes in GraphML and GEXF; the label and the position each format places in its own way.
constexpr Attribute kNodeAttributes[] = {
    {u"kind", u"string"}, {u"category", u"string"}, {u"service", u"string"}, {u"synthetic", u"boolean"}};
constexpr Attribute kEdgeAttributes[] = {
    {u"link_kind", u"string"}, {u"links", u"int"}, {u"amount", u"string"}, {u"asset", u"string"}};

using Values = std::vector<std::pair<QString, QString>>;

Values nodeValues(const ViewNode &n)
{
    return {{u"kind"_s, nodeKindName(n.kind)},
            {u"category"_s, n.category},
            {u"service"_s, n.service},
            {u"synthetic"_s, n.synthetic ? u"true"_s : u"false"_s}};
}

/** A flow's amount (base units, as text: they exceed doubles) and asset; other links have neither. */
Values edgeValues(const graph::Snapshot &s, const ViewEdge &e)
{
    Values values{{u"link_kind"_s, linkKindName(e.kind)}, {u"links"_s, QString::number(e.links)}};
    if (e.kind == LinkKind::Flow) {
        values.emplace_back(u"amount"_s, formatBaseUnits(e.amount));
        values.emplace_back(u"asset"_s, assetSymbol(s, e));
    }
    return values;
}

QString coordinate(double v)
{
    return QString::number(v, 'g', 12);
}

QByteArray toGraphml(const graph::Snapshot &s, const ViewGraph &g, const std::vector<layout::Point> &pos)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(u"graphml"_s);
    w.writeDefaultNamespace(u"http://graphml.graphdrawing.org/xmlns"_s);
    const auto key = [&](const QString &id, const QString &target, const QString &type) {
        w.writeStartElement(u"key"_s);
        w.writeAttribute(u"id"_s, id);
        w.writeAttribute(u"for"_s, target);
        w.writeAttribute(u"attr.name"_s, id);
        w.writeAttribute(u"attr.type"_s, type);
        w.writeEndElement();
    };
    key(u"label"_s, u"node"_s, u"string"_s);
    for (const Attribute &a : kNodeAttributes) {
        key(QString::fromUtf16(a.name), u"node"_s, QString::fromUtf16(a.type));
    }
    key(u"x"_s, u"node"_s, u"double"_s);
    key(u"y"_s, u"node"_s, u"double"_s);
    for (const Attribute &a : kEdgeAttributes) {
        key(QString::fromUtf16(a.name), u"edge"_s, QString::fromUtf16(a.type));
    }
    w.writeStartElement(u"graph"_s);
    w.writeAttribute(u"id"_s, u"awb"_s);
    w.writeAttribute(u"edgedefault"_s, u"directed"_s);
    const auto data = [&](const Values &values) {
        for (const auto &[k, value] : values) {
            w.writeStartElement(u"data"_s);
            w.writeAttribute(u"key"_s, k);
            w.writeCharacters(xmlSafe(value));
            w.writeEndElement();
        }
    };
    for (quint32 i = 0; i < g.nodes.size(); ++i) {
        w.writeStartElement(u"node"_s);
        w.writeAttribute(u"id"_s, nodeId(i));
        data({{u"label"_s, shownLabel(g.nodes[i])}});
        data(nodeValues(g.nodes[i]));
        data({{u"x"_s, coordinate(pos[i].x)}, {u"y"_s, coordinate(pos[i].y)}});
        w.writeEndElement();
    }
    for (const ViewEdge &e : g.edges) {
        w.writeStartElement(u"edge"_s);
        w.writeAttribute(u"source"_s, nodeId(e.a));
        w.writeAttribute(u"target"_s, nodeId(e.b));
        data(edgeValues(s, e));
        w.writeEndElement();
    }
    w.writeEndDocument();
    return bytes;
}

QByteArray toGexf(const graph::Snapshot &s, const ViewGraph &g, const std::vector<layout::Point> &pos)
{
    const QString viz = u"http://www.gexf.net/1.2draft/viz"_s;
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(u"gexf"_s);
    w.writeDefaultNamespace(u"http://www.gexf.net/1.2draft"_s);
    w.writeNamespace(viz, u"viz"_s);
    w.writeAttribute(u"version"_s, u"1.2"_s); // 1.2draft: what networkx and Gephi both read
    w.writeStartElement(u"graph"_s);
    w.writeAttribute(u"defaultedgetype"_s, u"directed"_s);
    const auto declare = [&](const QString &target, std::span<const Attribute> list) {
        w.writeStartElement(u"attributes"_s);
        w.writeAttribute(u"class"_s, target);
        for (const Attribute &a : list) {
            const QString type = QString::fromUtf16(a.type);
            w.writeStartElement(u"attribute"_s);
            w.writeAttribute(u"id"_s, QString::fromUtf16(a.name));
            w.writeAttribute(u"title"_s, QString::fromUtf16(a.name));
            w.writeAttribute(u"type"_s, type == u"int"_s ? u"integer"_s : type);
            w.writeEndElement();
        }
        w.writeEndElement();
    };
    declare(u"node"_s, kNodeAttributes);
    declare(u"edge"_s, kEdgeAttributes);
    const auto attvalues = [&](const Values &values) {
        w.writeStartElement(u"attvalues"_s);
        for (const auto &[id, value] : values) {
            w.writeStartElement(u"attvalue"_s);
            w.writeAttribute(u"for"_s, id);
            w.writeAttribute(u"value"_s, xmlSafe(value));
            w.writeEndElement();
        }
        w.writeEndElement();
    };
    w.writeStartElement(u"nodes"_s);
    for (quint32 i = 0; i < g.nodes.size(); ++i) {
        w.writeStartElement(u"node"_s);
        w.writeAttribute(u"id"_s, nodeId(i));
        w.writeAttribute(u"label"_s, xmlSafe(shownLabel(g.nodes[i])));
        attvalues(nodeValues(g.nodes[i]));
        w.writeEmptyElement(viz, u"position"_s);
        w.writeAttribute(u"x"_s, coordinate(pos[i].x));
        w.writeAttribute(u"y"_s, coordinate(pos[i].y));
        w.writeAttribute(u"z"_s, u"0"_s);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeStartElement(u"edges"_s);
    for (quint32 k = 0; k < g.edges.size(); ++k) {
        const ViewEdge &e = g.edges[k];
        w.writeStartElement(u"edge"_s);
        w.writeAttribute(u"id"_s, u"e%1"_s.arg(k));
        w.writeAttribute(u"source"_s, nodeId(e.a));
        w.writeAttribute(u"target"_s, nodeId(e.b));
        attvalues(edgeValues(s, e));
        w.writeEndElement();
    }
    w.writeEndDocument();
    return bytes;
}

QJsonObject graphToJson(const graph::Snapshot &s, const ViewGraph &g, const std::vector<layout::Point> &pos)
{
    QJsonArray nodes;
    for (quint32 i = 0; i < g.nodes.size(); ++i) {
        const ViewNode &n = g.nodes[i];
        nodes.append(QJsonObject{{u"id"_s, nodeId(i)},
                                 {u"name"_s, s.nodeName(n.node)},
                                 {u"label"_s, n.label},
                                 {u"kind"_s, nodeKindName(n.kind)},
                                 {u"category"_s, n.category},
                                 {u"service"_s, n.service},
                                 {u"synthetic"_s, n.synthetic},
                                 {u"focus"_s, n.focus},
                                 {u"x"_s, pos[i].x},
                                 {u"y"_s, pos[i].y}});
    }
    QJsonArray edges;
    for (const ViewEdge &e : g.edges) {
        QJsonObject o{{u"source"_s, nodeId(e.a)},
                      {u"target"_s, nodeId(e.b)},
                      {u"kind"_s, linkKindName(e.kind)},
                      {u"links"_s, qint64(e.links)}};
        if (e.kind == LinkKind::Flow) {
            o.insert(u"amount"_s, formatBaseUnits(e.amount));
            o.insert(u"amount_units"_s, amountUnits(s, e));
            o.insert(u"asset"_s, assetSymbol(s, e));
        }
        edges.append(o);
    }
    return {{u"nodes"_s, nodes}, {u"edges"_s, edges}, {u"truncated"_s, g.truncated}};
}

} // namespace

QStringList graphFormats()
{
    return {u"json"_s, u"dot"_s, u"graphml"_s, u"gexf"_s};
}

QByteArray
exportGraph(const graph::Snapshot &s, const ViewGraph &g, const std::vector<layout::Point> &pos, const QString &format)
{
    if (format == u"dot"_s) {
        return toDot(s, g, pos);
    }
    if (format == u"graphml"_s) {
        return toGraphml(s, g, pos);
    }
    if (format == u"gexf"_s) {
        return toGexf(s, g, pos);
    }
    return QJsonDocument(graphToJson(s, g, pos)).toJson(QJsonDocument::Indented);
}

QByteArray exportLaidOutGraph(const graph::Snapshot &s, const ViewGraph &g, quint64 seed, const QString &format)
{
    layout::LayoutInput input;
    input.nodes = quint32(g.nodes.size());
    for (const graph::ViewEdge &e : g.edges) {
        input.edges.emplace_back(e.a, e.b);
    }
    layout::LayoutOptions options;
    options.seed = seed;
    return exportGraph(s, g, layout::forceLayout(input, options).positions, format);
}

} // namespace awb::report
