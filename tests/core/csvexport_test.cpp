// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV writer and the export tables: RFC 4180 read back, formula cells neutralised, exact amounts, the filter.
#include "core/query/incidentfilter.h"
#include "core/report/csv.h"
#include "core/report/incidentsreport.h"
#include "core/report/tableexport.h"
#include "tests/core/testcase.h"

#include <QBuffer>

#include <map>

namespace awb {
namespace {

using namespace Qt::Literals::StringLiterals;
using report::ExportTable;
using test::readCsv;

/** Strings that try to break out of a cell, run as a formula or mislead a reader. */
const QStringList kHostile{
    u"<script>alert(1)</script>"_s,
    u"\"><svg onload=alert(1)>"_s,
    u"=cmd|' /C calc'!A0"_s,
    u"+1"_s,
    u"@SUM(1)"_s,
    u"-2+3"_s,
    u"\tleading tab"_s,
    u"\rleading CR"_s,
    u"two\r\nlines, a comma and \"quotes\""_s,
    u"bare\nLF"_s,
    u"bidi \u202Egnp.exe\u202C override"_s,
    u"ends with a backslash \\"_s,
};

/**
 * What a reader finds in a text cell that held @p value: the value, after a ' when it starts like a formula. Spelled
 * out here rather than through report::startsFormula(), so a change to that rule fails these tests.
 */
QString neutralised(const QString &value)
{
    static const QString formulaStarts = u"=+-@\t\r"_s;
    return !value.isEmpty() && formulaStarts.contains(value.front()) ? u"'"_s + value : value;
}

/** True when every line outside quotes ends with CRLF, the last one included, and no CR or LF stands alone. */
bool crlfOnly(const QByteArray &bytes)
{
    bool quoted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n')) {
            return false;
        } else if (!quoted && c == '\n' && (i == 0 || bytes[i - 1] != '\r')) {
            return false;
        }
    }
    return !quoted && bytes.endsWith("\r\n");
}

TEST(CsvWriter, TextCellsReadBackExactlyWithFormulasNeutralised)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    report::CsvWriter csv(out);
    csv.header({u"a"_s, u"b"_s});
    for (const QString &s : kHostile) {
        csv.text(s).text(u"after"_s).endRow();
    }
    ASSERT_TRUE(csv.finish());
    EXPECT_EQ(csv.rows(), kHostile.size());
    EXPECT_TRUE(crlfOnly(out.data())) << out.data().toStdString();
    const auto rows = readCsv(out.data());
    ASSERT_EQ(rows.size(), std::size_t(kHostile.size()) + 1);
    EXPECT_EQ(rows[0], (QStringList{u"a"_s, u"b"_s}));
    for (qsizetype i = 0; i < kHostile.size(); ++i) {
        EXPECT_EQ(rows[std::size_t(i) + 1], (QStringList{neutralised(kHostile[i]), u"after"_s}))
            << kHostile[i].toStdString();
    }
    // The exact bytes of a few: the prefix comes before the quoting, and quotes are doubled.
    EXPECT_EQ(report::csvCell(u"=HYPERLINK(\"x\")"_s), u"\"'=HYPERLINK(\"\"x\"\")\""_s);
    EXPECT_EQ(report::csvCell(u"\rX"_s), u"\"'\rX\""_s);
    EXPECT_EQ(report::csvCell(u"\tX"_s), u"'\tX"_s);
    EXPECT_EQ(report::csvCell(u"x\\"_s), u"x\\"_s);
    EXPECT_EQ(report::csvCell(u"a=1"_s), u"a=1"_s); // only a leading character starts a formula
    EXPECT_EQ(report::csvCell(u"\u202E=1"_s), u"\u202E=1"_s);
}

TEST(CsvWriter, NumbersKeepTheirSignWhileTextIsNeutralised)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    report::CsvWriter csv(out);
    const Amount max = ~Amount(0);
    csv.number(-5).text(u"-5"_s).number(std::nullopt).text(std::nullopt).baseUnits(max).flag(true).flag(false);
    csv.endRow();
    ASSERT_TRUE(csv.finish());
    EXPECT_EQ(out.data(), "-5,'-5,,,340282366920938463463374607431768211455,true,false\r\n");
}

TEST(CsvWriter, WritesRowsOutAsItGoesAndReportsAFailedWrite)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    report::CsvWriter csv(out);
    csv.header({u"n"_s});
    for (int i = 0; i < 20000; ++i) {
        csv.number(i).endRow();
    }
    const qint64 before = out.size(); // written out in chunks of 64 KiB before finish()
    EXPECT_GE(before, 64 * 1024);
    ASSERT_TRUE(csv.finish());
    EXPECT_GT(out.size(), before);
    EXPECT_EQ(readCsv(out.data()).size(), 20001u);

    QBuffer closed; // never opened: every write fails
    report::CsvWriter failing(closed);
    failing.header({u"n"_s});
    const auto r = failing.finish();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Error::Code::Io);
}

/** A case whose every text field holds a hostile string, with two groups, real and synthetic records. */
class CsvExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = test::memoryStore();
        Source source = test::makeSource(kHostile[0]);
        source.url = u"https://example.org/report?q=1"_s;
        m_source = test::ok(m_store->addSource(source));
        Source synthetic = test::makeSource(u"generated"_s);
        synthetic.synthetic = true;
        m_syntheticSource = test::ok(m_store->addSource(synthetic));
        m_groupA = addGroup(kHostile[4]); // "@SUM(1)": a name the filter resolves like any other
        m_groupB = addGroup(u"Group B"_s);

        m_real = addIncident(u"2022-03-23"_s, u"VN"_s, false);
        m_synthetic = addIncident(u"2023-01-01"_s, u"JP"_s, true);
        addAttribution(m_real, m_groupA, u"high"_s, false);
        addAttribution(m_real, m_groupB, u"low"_s, false); // a competing claim
        addAttribution(m_synthetic, m_groupB, u"moderate"_s, true);

        m_exploiter = addAddress(u"1"_s, kHostile[5], false);
        m_launderer = addAddress(u"2"_s, {}, false);
        m_victim = addAddress(u"3"_s, {}, true);
        m_exchange = addAddress(u"4"_s, u"Exchange hot wallet"_s, false);
        addRole(m_real, m_exploiter, u"exploiter"_s, kHostile[6], false);
        addRole(m_real, m_launderer, u"laundering"_s, kHostile[7], false);
        addRole(m_synthetic, m_victim, u"victim"_s, {}, true);
        addTag(m_exploiter, kHostile[8], kHostile[9], m_groupA, false);
        addTag(m_launderer, u"generated tag"_s, u"mixer"_s, std::nullopt, true);

        // 123456789012.345678901234567890 ETH: wider than 64 bits and than a double's 53-bit mantissa.
        m_exact = addTransfer(m_exploiter, m_launderer, u"ETH"_s, u"123456789012345678901234567890"_s, -86400, false);
        m_hostile = addTransfer(m_launderer, m_exchange, kHostile[2], u"340282366920938463463374607431768211455"_s,
                                1700000000, false, kHostile[10], kHostile[11]);
        m_generated = addTransfer(m_victim, m_exchange, u"ETH"_s, u"5"_s, 1700000100, true);
        m_unrelated = addTransfer(m_exchange, m_exchange, u"ETH"_s, u"0"_s, 1700000200, false);
    }

    GroupId addGroup(const QString &name)
    {
        ActorGroup g;
        g.name = name;
        g.sources = {m_source};
        return test::ok(m_store->addGroup(g));
    }

    IncidentId addIncident(const QString &date, const QString &country, bool synthetic)
    {
        Incident i;
        i.title = (synthetic ? u"SYNTHETIC "_s : QString()) + kHostile[1];
        i.startDate = date;
        i.victim = kHostile[3];
        i.victimCountry = country;
        i.sector = kHostile[9];
        i.chains = {u"ethereum"_s};
        i.lossUsd = 5;
        i.lossUsdSource = synthetic ? m_syntheticSource : m_source;
        i.sources = {*i.lossUsdSource};
        i.synthetic = synthetic;
        return test::ok(m_store->addIncident(i));
    }

    void addAttribution(IncidentId incident, GroupId group, const QString &confidence, bool synthetic)
    {
        test::ok(m_store->addAttribution(Attribution{{},
                                                     incident,
                                                     group,
                                                     confidence,
                                                     kHostile[2],
                                                     u"2022-04-14"_s,
                                                     kHostile[10],
                                                     synthetic ? m_syntheticSource : m_source,
                                                     synthetic}));
    }

    AddressId addAddress(const QString &hexDigit, const QString &label, bool synthetic)
    {
        return test::ok(m_store->addAddress(
            Address{{}, u"ethereum"_s, u"0x"_s + QString(40, hexDigit[0]), label, synthetic, std::nullopt}));
    }

    void addRole(IncidentId incident, AddressId address, const QString &role, const QString &note, bool synthetic)
    {
        test::ok(m_store->addIncidentAddress(IncidentAddress{0, incident, address, role, m_source, note, synthetic}));
    }

    void addTag(
        AddressId address, const QString &label, const QString &category, std::optional<GroupId> group, bool synthetic)
    {
        Tag t;
        t.address = address;
        t.label = label;
        t.category = category;
        t.group = group;
        t.source = m_source;
        t.synthetic = synthetic;
        test::ok(m_store->addTag(t));
    }

    qint64 addTransfer(AddressId from,
                       AddressId to,
                       const QString &asset,
                       const QString &amount,
                       qint64 timestamp,
                       bool synthetic,
                       const QString &hash = u"0xabc"_s,
                       const std::optional<QString> &contract = std::nullopt)
    {
        Transfer t;
        t.chain = u"ethereum"_s;
        t.txHash = hash;
        t.from = from;
        t.to = to;
        t.asset = asset;
        t.amount = amount;
        t.decimals = 18;
        t.timestamp = timestamp;
        t.synthetic = synthetic;
        t.contract = contract;
        return test::ok(m_store->addTransfer(t)).value;
    }

    /** The table as CSV under @p filter, read back as a map from the first column to the row's cells by name. */
    struct Table
    {
        QByteArray bytes;
        QStringList header;
        std::vector<QStringList> rows;

        /** The cell of column @p column in the rows whose @p keyColumn is @p key, in order. */
        QStringList cells(const QString &keyColumn, const QString &key, const QString &column) const
        {
            QStringList out;
            for (const QStringList &row : rows) {
                if (row.value(header.indexOf(keyColumn)) == key) {
                    out << row.value(header.indexOf(column));
                }
            }
            return out;
        }

        QStringList column(const QString &name) const
        {
            QStringList out;
            for (const QStringList &row : rows) {
                out << row.value(header.indexOf(name));
            }
            return out;
        }
    };

    Table exported(ExportTable table, const IncidentFilter &filter = {})
    {
        const IncidentRecord record = test::ok(loadIncidentRecord(*m_store));
        const FilterResult result = test::ok(applyFilter(*m_store, record.incidents, record.directory, filter));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const qint64 rows =
            test::ok(report::writeCsvTable(*m_store, table, {result, record.directory, filter.isEmpty()}, out));
        Table t;
        t.bytes = out.data();
        EXPECT_TRUE(crlfOnly(t.bytes));
        auto all = readCsv(t.bytes);
        EXPECT_EQ(qint64(all.size()), rows + 1);
        if (all.empty()) {
            ADD_FAILURE() << "no header row";
            return t;
        }
        t.header = all.front();
        t.rows.assign(all.begin() + 1, all.end());
        for (const QStringList &row : t.rows) {
            EXPECT_EQ(row.size(), t.header.size()) << row.join(u'|').toStdString();
        }
        EXPECT_EQ(t.header.last(), u"synthetic"_s);
        return t;
    }

    static QString id(qint64 value) { return QString::number(value); }

    std::unique_ptr<db::SqliteCaseStore> m_store;
    SourceId m_source;
    SourceId m_syntheticSource;
    GroupId m_groupA;
    GroupId m_groupB;
    IncidentId m_real;
    IncidentId m_synthetic;
    AddressId m_exploiter;
    AddressId m_launderer;
    AddressId m_victim;
    AddressId m_exchange;
    qint64 m_exact = 0;
    qint64 m_hostile = 0;
    qint64 m_generated = 0;
    qint64 m_unrelated = 0;
};

TEST_F(CsvExportTest, IncidentsTableIsTheIncidentsCsvWithHostileTextNeutralised)
{
    const Table t = exported(ExportTable::Incidents);
    const IncidentRecord record = test::ok(loadIncidentRecord(*m_store));
    const FilterResult all = test::ok(applyFilter(*m_store, record.incidents, record.directory, {}));
    EXPECT_EQ(QString::fromUtf8(t.bytes), report::incidentsToCsv(all, record.directory));
    const QString real = id(m_real.value);
    EXPECT_EQ(t.cells(u"id"_s, real, u"title"_s), QStringList{neutralised(kHostile[1])});
    EXPECT_EQ(t.cells(u"id"_s, real, u"victim"_s), QStringList{neutralised(kHostile[3])});
    EXPECT_EQ(t.cells(u"id"_s, real, u"sector"_s), QStringList{neutralised(kHostile[9])});
    EXPECT_EQ(t.cells(u"id"_s, real, u"attributed_to"_s), QStringList{neutralised(kHostile[4] + u";Group B"_s)});
    EXPECT_EQ(t.column(u"synthetic"_s), (QStringList{u"false"_s, u"true"_s}));
}

TEST_F(CsvExportTest, AttributionsAreOneRowPerClaimWithHostileTextNeutralised)
{
    const Table t = exported(ExportTable::Attributions);
    EXPECT_EQ(t.header, (QStringList{u"attribution_id"_s, u"incident_id"_s, u"incident_title"_s, u"group_id"_s,
                                     u"group"_s, u"confidence"_s, u"party"_s, u"date"_s, u"source_id"_s,
                                     u"source_title"_s, u"source_url"_s, u"evidence"_s, u"synthetic"_s}));
    ASSERT_EQ(t.rows.size(), 3u);
    const QString real = id(m_real.value);
    // Competing claims stay apart, the strongest first.
    EXPECT_EQ(t.cells(u"incident_id"_s, real, u"group"_s), (QStringList{neutralised(kHostile[4]), u"Group B"_s}));
    EXPECT_EQ(t.cells(u"incident_id"_s, real, u"confidence"_s), (QStringList{u"high"_s, u"low"_s}));
    EXPECT_EQ(t.cells(u"incident_id"_s, real, u"party"_s), QStringList(2, neutralised(kHostile[2])));
    EXPECT_EQ(t.cells(u"incident_id"_s, real, u"evidence"_s), QStringList(2, neutralised(kHostile[10])));
    EXPECT_EQ(t.cells(u"incident_id"_s, real, u"incident_title"_s), QStringList(2, neutralised(kHostile[1])));
    EXPECT_EQ(t.cells(u"incident_id"_s, real, u"source_title"_s), QStringList(2, kHostile[0]));
    EXPECT_EQ(t.cells(u"incident_id"_s, real, u"source_url"_s), QStringList(2, u"https://example.org/report?q=1"_s));
    EXPECT_EQ(t.cells(u"incident_id"_s, real, u"synthetic"_s), QStringList(2, u"false"_s));
    EXPECT_EQ(t.cells(u"incident_id"_s, id(m_synthetic.value), u"synthetic"_s), QStringList{u"true"_s});
}

TEST_F(CsvExportTest, WalletsCarryRolesTagsAndHostileTextNeutralised)
{
    const Table t = exported(ExportTable::Wallets);
    const QString exploiter = u"0x"_s + QString(40, u'1');
    EXPECT_EQ(t.cells(u"address"_s, exploiter, u"role"_s), QStringList{u"exploiter"_s});
    EXPECT_EQ(t.cells(u"address"_s, exploiter, u"address_label"_s), QStringList{neutralised(kHostile[5])});
    EXPECT_EQ(t.cells(u"address"_s, exploiter, u"note"_s), QStringList{neutralised(kHostile[6])});
    EXPECT_EQ(t.cells(u"address"_s, exploiter, u"tags"_s), QStringList{neutralised(kHostile[8])});
    EXPECT_EQ(t.cells(u"address"_s, exploiter, u"tag_categories"_s), QStringList{neutralised(kHostile[9])});
    EXPECT_EQ(t.cells(u"address"_s, exploiter, u"tag_groups"_s), QStringList{neutralised(kHostile[4])});
    EXPECT_EQ(t.cells(u"address"_s, exploiter, u"incident_title"_s), QStringList{neutralised(kHostile[1])});
    EXPECT_EQ(t.cells(u"address"_s, exploiter, u"synthetic"_s), QStringList{u"false"_s});
    // A synthetic tag on a real address, a synthetic address: both rows say so.
    EXPECT_EQ(t.cells(u"address"_s, u"0x"_s + QString(40, u'2'), u"synthetic"_s), QStringList{u"true"_s});
    EXPECT_EQ(t.cells(u"address"_s, u"0x"_s + QString(40, u'3'), u"synthetic"_s), QStringList{u"true"_s});
    // Without a filter the whole case: the exchange no incident names, with empty incident columns.
    EXPECT_EQ(t.cells(u"address"_s, u"0x"_s + QString(40, u'4'), u"incident_id"_s), QStringList{QString()});
    EXPECT_EQ(t.rows.size(), 4u);
}

TEST_F(CsvExportTest, TransfersAreExactBaseUnitsWithTheirAssetAndDecimals)
{
    const Table t = exported(ExportTable::Transfers);
    EXPECT_EQ(t.header, (QStringList{u"transfer_id"_s, u"chain"_s, u"tx_hash"_s, u"timestamp"_s, u"time_utc"_s,
                                     u"from"_s, u"to"_s, u"asset"_s, u"contract"_s, u"decimals"_s,
                                     u"amount_base_units"_s, u"kind"_s, u"synthetic"_s}));
    const QString exact = id(m_exact);
    EXPECT_EQ(t.cells(u"transfer_id"_s, exact, u"amount_base_units"_s),
              QStringList{u"123456789012345678901234567890"_s});
    EXPECT_EQ(t.cells(u"transfer_id"_s, exact, u"decimals"_s), QStringList{u"18"_s});
    EXPECT_EQ(t.cells(u"transfer_id"_s, exact, u"asset"_s), QStringList{u"ETH"_s});
    // A negative number is written by the numeric path: a sign, not a neutralised formula.
    EXPECT_EQ(t.cells(u"transfer_id"_s, exact, u"timestamp"_s), QStringList{u"-86400"_s});
    EXPECT_EQ(t.cells(u"transfer_id"_s, exact, u"time_utc"_s), QStringList{u"1969-12-31T00:00:00Z"_s});
    EXPECT_TRUE(t.bytes.contains(",-86400,")) << t.bytes.toStdString();
    const QString hostile = id(m_hostile);
    EXPECT_EQ(t.cells(u"transfer_id"_s, hostile, u"amount_base_units"_s),
              QStringList{u"340282366920938463463374607431768211455"_s});
    EXPECT_EQ(t.cells(u"transfer_id"_s, hostile, u"asset"_s), QStringList{neutralised(kHostile[2])});
    EXPECT_EQ(t.cells(u"transfer_id"_s, hostile, u"tx_hash"_s), QStringList{neutralised(kHostile[10])});
    EXPECT_EQ(t.cells(u"transfer_id"_s, hostile, u"contract"_s), QStringList{neutralised(kHostile[11])});
    EXPECT_EQ(t.cells(u"transfer_id"_s, id(m_generated), u"synthetic"_s), QStringList{u"true"_s});
    EXPECT_EQ(t.cells(u"transfer_id"_s, exact, u"synthetic"_s), QStringList{u"false"_s});
    EXPECT_EQ(t.rows.size(), 4u);
}

TEST_F(CsvExportTest, TheFilterNarrowsEveryTable)
{
    IncidentFilter byGroup;
    byGroup.groups = {kHostile[4]};
    EXPECT_EQ(exported(ExportTable::Incidents, byGroup).column(u"id"_s), QStringList{id(m_real.value)});
    // Every claim of the kept incident, Group B's competing one included.
    EXPECT_EQ(exported(ExportTable::Attributions, byGroup).column(u"incident_id"_s), QStringList(2, id(m_real.value)));
    EXPECT_EQ(exported(ExportTable::Wallets, byGroup).column(u"address"_s),
              (QStringList{u"0x"_s + QString(40, u'1'), u"0x"_s + QString(40, u'2')}));
    EXPECT_EQ(exported(ExportTable::Transfers, byGroup).column(u"transfer_id"_s),
              (QStringList{id(m_exact), id(m_hostile)}));

    IncidentFilter byCountry;
    byCountry.countries = {u"JP"_s};
    EXPECT_EQ(exported(ExportTable::Attributions, byCountry).column(u"synthetic"_s), QStringList{u"true"_s});
    EXPECT_EQ(exported(ExportTable::Wallets, byCountry).column(u"role"_s), QStringList{u"victim"_s});
    EXPECT_EQ(exported(ExportTable::Transfers, byCountry).column(u"transfer_id"_s), QStringList{id(m_generated)});

    IncidentFilter none;
    none.from = u"2030"_s;
    for (ExportTable table :
         {ExportTable::Incidents, ExportTable::Attributions, ExportTable::Wallets, ExportTable::Transfers}) {
        EXPECT_TRUE(exported(table, test::ok(normalizedFilter(none))).rows.empty());
    }
}

TEST(ExportTables, NamesRoundTrip)
{
    EXPECT_EQ(report::exportTableNames(),
              (QStringList{u"incidents"_s, u"attributions"_s, u"wallets"_s, u"transfers"_s}));
    for (const QString &name : report::exportTableNames()) {
        ASSERT_TRUE(report::exportTable(name)) << name.toStdString();
    }
    EXPECT_EQ(report::exportTable(u"transfers"_s), ExportTable::Transfers);
    EXPECT_FALSE(report::exportTable(u"Transfers"_s));
    EXPECT_FALSE(report::exportTable(u"tags"_s));
}

} // namespace
} // namespace awb
