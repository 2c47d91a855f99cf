// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/explore/viewjson.h"

#include <QJsonArray>

#include <algorithm>
#include <unordered_set>

namespace awb::explore {

using namespace Qt::Literals::StringLiterals;
using graph::NodeKind;
using graph::Snapshot;

namespace {

constexpr int kFormat = 1;
const QString kClusterOf = u"cluster-of:"_s;

QString refOf(const Snapshot &s, NodeIndex node)
{
    if (s.kind(node) == NodeKind::Cluster) {
        const auto members = s.clustering().members(s.local(node));
        if (!members.empty()) {
            return kClusterOf + s.nodeName(s.node(NodeKind::Address, members.front()));
        }
    }
    return s.nodeName(node);
}

std::optional<NodeIndex> resolveRef(const Snapshot &s, const QString &ref)
{
    if (ref.startsWith(kClusterOf)) {
        const auto member = s.resolve(ref.mid(kClusterOf.size()));
        if (!member || s.kind(*member) != NodeKind::Address) {
            return std::nullopt;
        }
        return s.clusterNode(*member);
    }
    return s.resolve(ref);
}

QJsonArray refs(const Snapshot &s, const std::vector<NodeIndex> &nodes)
{
    QJsonArray a;
    for (NodeIndex n : nodes) {
        a.append(refOf(s, n));
    }
    return a;
}

} // namespace

QJsonObject viewToJson(const Snapshot &s, const ViewState &view)
{
    QJsonArray nodes;
    for (NodeIndex n : view.nodes) {
        QJsonObject o{{u"ref"_s, refOf(s, n)}};
        if (const auto p = view.positions.find(n); p != view.positions.end()) {
            o[u"x"_s] = p->second.x;
            o[u"y"_s] = p->second.y;
        }
        if (view.isPinned(n)) {
            o[u"pinned"_s] = true;
        }
        nodes.append(o);
    }
    QJsonObject json{{u"format"_s, kFormat},
                     {u"nodes"_s, nodes},
                     {u"focus"_s, refs(s, view.focus)},
                     {u"collapsed"_s, refs(s, view.collapsed)},
                     {u"metric"_s, view.metric},
                     {u"layout"_s, view.layout}};
    QJsonObject time;
    if (view.time.from != graph::TimeFilter{}.from) {
        time[u"from"_s] = QString::number(view.time.from); // as text: a double cannot hold every qint64
    }
    if (view.time.to != graph::TimeFilter{}.to) {
        time[u"to"_s] = QString::number(view.time.to);
    }
    json[u"time"_s] = time;
    return json;
}

Result<LoadedView> viewFromJson(const Snapshot &s, const QJsonObject &json)
{
    if (json.value(u"format"_s).toInt() != kFormat || !json.value(u"nodes"_s).isArray()) {
        return fail(Error::Code::InvalidInput, u"The saved view is not in a format this version can read."_s);
    }
    LoadedView loaded;
    ViewState &view = loaded.view;
    const auto resolveAll = [&](const QJsonArray &array, std::vector<NodeIndex> &into) {
        for (const QJsonValue &v : array) {
            if (const auto n = resolveRef(s, v.toString())) {
                into.push_back(*n);
            } else {
                loaded.missing.append(v.toString());
            }
        }
    };
    std::unordered_set<NodeIndex> seen;
    for (const QJsonValue &v : json.value(u"nodes"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QString ref = o.value(u"ref"_s).toString();
        const auto n = resolveRef(s, ref);
        if (!n) {
            loaded.missing.append(ref);
            continue;
        }
        if (!seen.insert(*n).second) {
            continue; // two members of one cluster may name the same cluster after reclustering
        }
        view.nodes.push_back(*n);
        if (o.contains(u"x"_s) && o.contains(u"y"_s)) {
            view.positions[*n] = {o.value(u"x"_s).toDouble(), o.value(u"y"_s).toDouble()};
        }
        if (o.value(u"pinned"_s).toBool()) {
            view.pinned.push_back(*n);
        }
    }
    resolveAll(json.value(u"focus"_s).toArray(), view.focus);
    resolveAll(json.value(u"collapsed"_s).toArray(), view.collapsed);
    for (auto *v : {&view.pinned, &view.collapsed}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    const QJsonObject time = json.value(u"time"_s).toObject();
    bool ok = true;
    if (time.contains(u"from"_s)) {
        view.time.from = time.value(u"from"_s).toString().toLongLong(&ok);
    }
    if (ok && time.contains(u"to"_s)) {
        view.time.to = time.value(u"to"_s).toString().toLongLong(&ok);
    }
    if (!ok) {
        return fail(Error::Code::InvalidInput, u"The saved view's time filter is not a pair of timestamps."_s);
    }
    view.metric = json.value(u"metric"_s).toString(u"none"_s);
    view.layout = json.value(u"layout"_s).toString(u"force"_s);
    return loaded;
}

} // namespace awb::explore
