// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/graphdata.h"

#include <QStringList>

#include <algorithm>
#include <map>

namespace awb::graph {

using namespace Qt::Literals::StringLiterals;

bool isServiceCategory(const QString &category)
{
    // GraphSense / INTERPOL DW-VA categories of custodial or pooled services, plus the short forms in use.
    static const QStringList kServices{
        u"exchange"_s,
        u"mixer"_s,
        u"mixing_service"_s,
        u"coinjoin"_s,
        u"bridge"_s,
        u"defi_bridge"_s,
        u"defi"_s,
        u"defi_dex"_s,
        u"defi_lending"_s,
        u"gambling"_s,
        u"market"_s,
        u"marketplace"_s,
        u"payment_processor"_s,
        u"wallet_service"_s,
        u"hosted_wallet"_s,
        u"mining_service"_s,
        u"miner"_s,
        u"otc"_s,
        u"atm"_s,
    };
    return kServices.contains(category, Qt::CaseInsensitive);
}

QString GraphData::address(quint32 address) const
{
    const quint32 begin = addressTextOffsets[address];
    const quint32 end = addressTextOffsets[address + 1];
    return QString::fromLatin1(addressText.data() + begin, qsizetype(end - begin));
}

quint32 GraphData::addAddress(quint16 chain, const QString &canonical, qint64 rowId, bool synthetic)
{
    if (addressTextOffsets.empty()) {
        addressTextOffsets.push_back(0);
    }
    addresses.push_back(GraphAddress{rowId, chain, synthetic});
    addressText += canonical.toLatin1().toStdString();
    addressTextOffsets.push_back(quint32(addressText.size()));
    return quint32(addresses.size() - 1);
}

quint16 GraphData::chainIndex(const QString &name)
{
    for (size_t i = 0; i < chains.size(); ++i) {
        if (chains[i] == name) {
            return quint16(i);
        }
    }
    chains.push_back(name);
    return quint16(chains.size() - 1);
}

std::optional<quint32> GraphData::findAddress(const QString &chain, const QString &canonical) const
{
    const std::string wanted = canonical.toLatin1().toStdString();
    for (quint32 i = 0; i < addresses.size(); ++i) {
        const quint32 begin = addressTextOffsets[i];
        const quint32 end = addressTextOffsets[i + 1];
        if (end - begin == wanted.size() && addressText.compare(begin, end - begin, wanted) == 0 &&
            (chain.isEmpty() || chains[addresses[i].chain] == chain)) {
            return i;
        }
    }
    return std::nullopt;
}

void GraphData::deriveServices()
{
    services.clear();
    std::map<std::pair<QString, QString>, quint32> byName; // (category, label) → service
    for (GraphTag &tag : tags) {
        tag.service = kNone;
        if (!isServiceCategory(tag.category)) {
            continue;
        }
        const auto key = std::make_pair(tag.category.toLower(), tag.label);
        auto [it, added] = byName.try_emplace(key, quint32(services.size()));
        if (added) {
            services.push_back(GraphService{tag.label, key.first, {}});
        }
        tag.service = it->second;
        auto &members = services[it->second].addresses;
        if (std::find(members.begin(), members.end(), tag.address) == members.end()) {
            members.push_back(tag.address);
        }
    }
    for (GraphService &s : services) {
        std::sort(s.addresses.begin(), s.addresses.end());
    }
}

} // namespace awb::graph
