// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcase.h"

#include "core/db/sqlitecasestore.h"
#include "core/store/casestore.h"

#include <QFile>

namespace awb::test {

using namespace Qt::Literals::StringLiterals;

namespace {

template <typename T>
T take(Result<T> result, std::optional<Error> &error)
{
    if (!result) {
        if (!error) {
            error = result.error();
        }
        return T{};
    }
    return *result;
}

Source source(const QString &title, const QString &publisher, const QString &date, const QString &url)
{
    Source s;
    s.title = title;
    s.publisher = publisher;
    s.published = date;
    s.url = url;
    s.kind = u"government"_s;
    return s;
}

} // namespace

Result<SmallCase> fillSmallCase(CaseStore &store)
{
    SmallCase c;
    std::optional<Error> error;
    c.fbi = take(store.addSource(source(u"North Korea Responsible for $1.5 Billion Bybit Hack"_s,
                                        u"Federal Bureau of Investigation"_s, u"2025-02-26"_s,
                                        u"https://www.ic3.gov/PSA/2025/PSA250226"_s)),
                 error);
    Source press = source(u"Bybit loses $1.46bn in cold-wallet hack"_s, u"Example News"_s, u"2025-02-22"_s,
                          u"https://news.example.com/bybit"_s);
    press.kind = u"press"_s;
    c.press = take(store.addSource(press), error);
    Source synthetic = source(u"Synthetic scenario for the tests"_s, u"Attribution Workbench"_s, u"2026-01-01"_s,
                              u"https://example.org/synthetic"_s);
    synthetic.kind = u"synthetic"_s;
    synthetic.synthetic = true;
    c.synthetic = take(store.addSource(synthetic), error);

    ActorGroup lazarus;
    lazarus.name = u"Lazarus Group"_s;
    lazarus.country = u"KP"_s;
    lazarus.sources = {c.fbi};
    c.lazarus = take(store.addGroup(lazarus), error);
    ActorGroup trader;
    trader.name = u"TraderTraitor"_s;
    trader.kind = u"cluster"_s;
    trader.sources = {c.fbi};
    c.traderTraitor = take(store.addGroup(trader), error);

    Incident bybit;
    bybit.title = u"Bybit Ethereum cold-wallet theft"_s;
    bybit.startDate = u"2025-02-21"_s;
    bybit.victim = u"Bybit"_s;
    bybit.victimCountry = u"AE"_s;
    bybit.sector = u"exchange"_s;
    bybit.status = u"confirmed"_s;
    bybit.lossUsd = 1500000000;
    bybit.lossUsdSource = c.fbi;
    bybit.chains = {u"ethereum"_s};
    bybit.assets = {u"ETH"_s, u"stETH"_s};
    bybit.losses = {NativeLoss{u"ethereum"_s, u"ETH"_s, u"401346"_s, c.press}};
    bybit.sources = {c.fbi, c.press};
    bybit.claims = {Claim{u"loss_usd"_s, u"1460000000"_s, c.press, u"early press estimate"_s}};
    c.bybit = take(store.addIncident(bybit), error);

    Incident ronin;
    ronin.title = u"Ronin Network bridge theft"_s;
    ronin.startDate = u"2022-03-23"_s;
    ronin.victim = u"Sky Mavis"_s;
    ronin.victimCountry = u"VN"_s;
    ronin.sector = u"bridge"_s;
    ronin.lossUsd = 620000000;
    ronin.lossUsdSource = c.fbi;
    ronin.chains = {u"ronin"_s, u"ethereum"_s};
    ronin.sources = {c.fbi};
    c.ronin = take(store.addIncident(ronin), error);

    Incident hostile;
    hostile.title = kHostileText;
    hostile.startDate = u"2023-01-01"_s;
    hostile.victim = kHostileText;
    hostile.description = kHostileText;
    hostile.synthetic = true;
    hostile.sources = {c.synthetic};
    c.hostile = take(store.addIncident(hostile), error);

    const auto attribute = [&](IncidentId incident, GroupId group, const QString &confidence, const QString &party,
                               SourceId source) {
        Attribution a;
        a.incident = incident;
        a.group = group;
        a.confidence = confidence;
        a.party = party;
        a.date = u"2025-02-26"_s;
        a.evidence = u"Public service announcement"_s;
        a.source = source;
        take(store.addAttribution(a), error);
    };
    attribute(c.bybit, c.lazarus, u"moderate"_s, u"Example News"_s, c.press);
    attribute(c.bybit, c.traderTraitor, u"high"_s, u"FBI"_s, c.fbi);
    attribute(c.ronin, c.lazarus, u"high"_s, u"FBI"_s, c.fbi);

    Address exploiter;
    exploiter.chain = u"ethereum"_s;
    exploiter.address = u"0x1111111111111111111111111111111111111111"_s;
    const AddressId address = take(store.addAddress(exploiter), error);
    take(store.addIncidentAddress(IncidentAddress{0, c.ronin, address, u"exploiter"_s, c.fbi, {}, false}), error);
    Tag tag;
    tag.address = address;
    tag.label = u"Ronin exploiter"_s;
    tag.category = u"perpetrator"_s;
    tag.confidence = u"forensic_investigation"_s;
    tag.source = c.fbi;
    take(store.addTag(tag), error);

    if (error) {
        return std::unexpected(*error);
    }
    return c;
}

Result<SmallCase> writeSmallCase(const QString &path)
{
    auto store = db::SqliteCaseStore::create(path);
    if (!store) {
        return std::unexpected(store.error());
    }
    return fillSmallCase(**store);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace awb::test
