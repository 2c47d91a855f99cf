// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/incidentdetailwidget.h"

#include "core/db/sqlitecasestore.h"
#include "testcase.h"
#include "ui/displaytext.h"

#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {
namespace {

class IncidentDetailWidgetTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto store = db::SqliteCaseStore::createInMemory();
        ASSERT_TRUE(store);
        m_store = std::move(*store);
        auto ids = test::fillSmallCase(*m_store);
        ASSERT_TRUE(ids) << describe(ids.error()).toStdString();
        m_case = *ids;
        m_widget.resize(900, 700);
        m_widget.show();
    }

    QLabel *label(const QString &name) const { return m_widget.findChild<QLabel *>(name); }

    QTableWidget *list(const QString &name) const { return m_widget.findChild<QTableWidget *>(name); }

    /** Every cell of @p tree, row by row. */
    static QStringList cells(const QTableWidget *tree)
    {
        QStringList texts;
        for (int row = 0; row < tree->rowCount(); ++row) {
            for (int column = 0; column < tree->columnCount(); ++column) {
                texts << tree->item(row, column)->text();
            }
        }
        return texts;
    }

    std::unique_ptr<db::SqliteCaseStore> m_store;
    test::SmallCase m_case;
    IncidentDetailWidget m_widget;
};

TEST_F(IncidentDetailWidgetTest, ShowsTheFieldsOfAnIncident)
{
    m_widget.showIncident(*m_store, m_case.bybit);
    EXPECT_EQ(m_widget.currentIncident(), m_case.bybit);
    EXPECT_EQ(label(u"incidentTitleLabel"_s)->text(), u"Bybit Ethereum cold-wallet theft"_s);
    EXPECT_EQ(label(u"incidentDatesLabel"_s)->text(), u"2025-02-21"_s);
    EXPECT_EQ(label(u"incidentVictimLabel"_s)->text(), u"Bybit"_s);
    EXPECT_TRUE(label(u"incidentCountryLabel"_s)->text().startsWith(u"AE — "_s));
    EXPECT_EQ(label(u"incidentAssetsLabel"_s)->text(), u"ETH, stETH"_s);
    EXPECT_TRUE(label(u"incidentStatusLabel"_s)->text().startsWith(u"Confirmed"_s));
    EXPECT_TRUE(label(u"incidentLossSourceLabel"_s)->text().startsWith(u"North Korea Responsible"_s));
    EXPECT_FALSE(label(u"incidentSyntheticLabel"_s)->isVisibleTo(&m_widget));

    const QStringList sources = cells(list(u"sourcesTableWidget"_s));
    EXPECT_TRUE(sources.contains(u"North Korea Responsible for $1.5 Billion Bybit Hack"_s));
    EXPECT_TRUE(sources.contains(u"https://www.ic3.gov/PSA/2025/PSA250226"_s)); // URLs are text
    EXPECT_TRUE(sources.contains(u"Example News"_s));
    EXPECT_TRUE(cells(list(u"nativeLossesTableWidget"_s)).contains(u"401346"_s));
}

TEST_F(IncidentDetailWidgetTest, ShowsWhereSourcesDisagree)
{
    m_widget.showIncident(*m_store, m_case.bybit);
    QLabel *dispute = label(u"incidentDisputeLabel"_s);
    EXPECT_TRUE(dispute->isVisibleTo(&m_widget));
    EXPECT_TRUE(dispute->text().contains(u"Loss (USD)"_s));
    const QString loss = label(u"incidentLossLabel"_s)->text();
    EXPECT_TRUE(loss.contains(text::usd(1500000000)));
    EXPECT_TRUE(loss.contains(text::usd(1460000000)));

    QTableWidget *claims = list(u"claimsTableWidget"_s);
    ASSERT_EQ(claims->rowCount(), 2); // the recorded figure, then the press's claim
    EXPECT_EQ(claims->item(0, 1)->text(), text::usd(1500000000));
    EXPECT_EQ(claims->item(0, 3)->text(), u"Recorded value"_s);
    EXPECT_EQ(claims->item(1, 1)->text(), text::usd(1460000000));
    EXPECT_TRUE(claims->item(1, 2)->text().startsWith(u"Bybit loses $1.46bn"_s));
    EXPECT_TRUE(claims->item(1, 3)->text().contains(u"early press estimate"_s));
    EXPECT_EQ(claims->item(1, 0)->background().color(), text::disputedBackground());

    m_widget.showIncident(*m_store, m_case.ronin);
    EXPECT_FALSE(label(u"incidentDisputeLabel"_s)->isVisibleTo(&m_widget));
    EXPECT_EQ(list(u"claimsTableWidget"_s)->rowCount(), 0);
}

TEST_F(IncidentDetailWidgetTest, ListsAttributionsStrongestFirstAndWallets)
{
    m_widget.showIncident(*m_store, m_case.bybit);
    QTableWidget *attributions = list(u"attributionsTableWidget"_s);
    ASSERT_EQ(attributions->rowCount(), 2);
    EXPECT_EQ(attributions->item(0, 0)->text(), u"TraderTraitor"_s);
    EXPECT_EQ(attributions->item(0, 1)->text(), u"High"_s);
    EXPECT_EQ(attributions->item(0, 2)->text(), u"FBI"_s);
    EXPECT_EQ(attributions->item(1, 0)->text(), u"Lazarus Group"_s);
    EXPECT_EQ(attributions->item(1, 1)->text(), u"Moderate"_s);

    m_widget.showIncident(*m_store, m_case.ronin);
    QTableWidget *wallets = list(u"walletsTableWidget"_s);
    ASSERT_EQ(wallets->rowCount(), 1);
    EXPECT_EQ(wallets->item(0, 1)->text(), u"0x1111111111111111111111111111111111111111"_s);
    EXPECT_EQ(wallets->item(0, 2)->text(), u"exploiter"_s);
    EXPECT_TRUE(wallets->item(0, 3)->text().startsWith(u"Ronin exploiter"_s));
    auto *tabs = m_widget.findChild<QTabWidget *>(u"incidentDetailTabWidget"_s);
    EXPECT_EQ(tabs->tabText(tabs->indexOf(wallets)), u"Wallets (1)"_s);
}

TEST_F(IncidentDetailWidgetTest, ShowsCaseTextLiterallyAndMarksSyntheticRecords)
{
    m_widget.showIncident(*m_store, m_case.hostile);
    QLabel *title = label(u"incidentTitleLabel"_s);
    EXPECT_EQ(title->text(), test::kHostileText);
    EXPECT_EQ(title->textFormat(), Qt::PlainText);
    EXPECT_EQ(label(u"incidentVictimLabel"_s)->text(), test::kHostileText);
    EXPECT_EQ(label(u"incidentDescriptionLabel"_s)->text(), test::kHostileText);
    for (const QLabel *each : m_widget.findChildren<QLabel *>()) {
        EXPECT_EQ(each->textFormat(), Qt::PlainText) << each->objectName().toStdString();
    }

    QLabel *badge = label(u"incidentSyntheticLabel"_s);
    EXPECT_TRUE(badge->isVisibleTo(&m_widget));
    EXPECT_TRUE(badge->text().startsWith(text::syntheticMark()));
    QTableWidget *sources = list(u"sourcesTableWidget"_s);
    ASSERT_EQ(sources->rowCount(), 1);
    EXPECT_EQ(sources->item(0, 0)->text(), text::marked(u"Synthetic scenario for the tests"_s, true));
    EXPECT_EQ(label(u"incidentLossLabel"_s)->text(), u"Unknown: no source gives a figure"_s);
}

TEST_F(IncidentDetailWidgetTest, ShowsThePlaceholderForAMissingIncident)
{
    m_widget.showIncident(*m_store, IncidentId{9999});
    EXPECT_FALSE(m_widget.currentIncident().isValid());
    EXPECT_TRUE(label(u"incidentPlaceholderLabel"_s)->isVisibleTo(&m_widget));
}

} // namespace
} // namespace awb::ui
