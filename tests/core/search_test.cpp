// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/ftsquery.h"
#include "tests/core/testcase.h"

namespace awb {
namespace {

using namespace Qt::Literals::StringLiterals;

class SearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = test::memoryStore();
        Source s = test::makeSource(u"FBI statement on the Ronin theft"_s);
        s.excerpt = u"Lazarus Group and APT38 were responsible; 100% of the funds; C:\\path"_s;
        m_source = test::ok(m_store->addSource(s));
        for (const QString &title : {u"Bybit cold wallet theft"_s, u"Ronin bridge theft"_s, u"Quote \"inside\" title"_s,
                                     u"' OR 1=1 -- literal"_s}) {
            Incident i;
            i.title = title;
            i.startDate = u"2024-01-01"_s;
            i.sources = {m_source};
            test::ok(m_store->addIncident(i));
        }
    }

    std::vector<SearchHit> search(const QString &text) { return test::ok(m_store->search(text, 50)); }

    std::unique_ptr<db::SqliteCaseStore> m_store;
    SourceId m_source;
};

TEST_F(SearchTest, FindsWordsAcrossEntityKinds)
{
    const auto hits = search(u"ronin"_s);
    ASSERT_EQ(hits.size(), 2u);
    std::set<SearchHit::Kind> kinds{hits[0].kind, hits[1].kind};
    EXPECT_EQ(kinds, (std::set<SearchHit::Kind>{SearchHit::Kind::Incident, SearchHit::Kind::Source}));
    EXPECT_EQ(search(u"bybit wallet"_s).size(), 1u);
    EXPECT_TRUE(search(u"bybit ronin"_s).empty()); // words are ANDed
}

TEST_F(SearchTest, HostileInputIsMatchedLiterallyWithoutSqlErrors)
{
    const QString hostile[] = {
        u"' OR 1=1 --"_s, u"\""_s,     u"NEAR("_s,     u"%"_s,           u"*"_s,
        u"ronin*"_s,      u"a OR b"_s, u"NOT ronin"_s, u"title:ronin"_s, u"^ronin"_s,
        u"\"\"\"\""_s,    u"(ronin"_s, u"ronin AND"_s, u"\\"_s,          u"'; DROP TABLE incidents; --"_s};
    for (const QString &text : hostile) {
        auto r = m_store->search(text, 50);
        EXPECT_TRUE(r) << text.toStdString() << ": " << (r ? "" : describe(r.error()).toStdString());
    }
    // The operators are searched as words: "OR" alone is not a match-everything query.
    const auto orHits = search(u"' OR 1=1 --"_s);
    ASSERT_EQ(orHits.size(), 1u);
    EXPECT_EQ(orHits.front().title, u"' OR 1=1 -- literal"_s);
    EXPECT_TRUE(search(u"NOT ronin"_s).empty());
    EXPECT_EQ(search(u"\"inside\""_s).size(), 1u);
    EXPECT_EQ(test::ok(m_store->incidents()).size(), 4u);
}

TEST_F(SearchTest, AMegabyteOfInputIsHandled)
{
    const QString huge(1024 * 1024, u'x');
    auto r = m_store->search(huge, 50);
    ASSERT_TRUE(r);
    EXPECT_TRUE(r->empty());
    QString words;
    for (int i = 0; i < 100000; ++i) {
        words += u"ronin "_s;
    }
    EXPECT_TRUE(m_store->search(words, 50));
}

TEST_F(SearchTest, EmptyAndPunctuationOnlyQueriesFindNothing)
{
    EXPECT_TRUE(search(QString()).empty());
    EXPECT_TRUE(search(u"   "_s).empty());
    EXPECT_TRUE(search(u"%*\"()"_s).empty());
}

TEST(FtsQuery, QuotesEveryWord)
{
    EXPECT_EQ(search::literalFtsQuery(u"NEAR( a\"b"_s), u"\"NEAR(\" \"a\"\"b\""_s);
    EXPECT_EQ(search::literalFtsQuery(u"  tabs\tand\nlines "_s), u"\"tabs\" \"and\" \"lines\""_s);
}

TEST_F(SearchTest, IndexFollowsUpdatesAndDeletes)
{
    Source s = test::ok(m_store->source(m_source));
    s.title = u"Renamed document"_s;
    test::ok(m_store->updateSource(s));
    EXPECT_EQ(search(u"renamed"_s).size(), 1u);
    for (const Incident &i : test::ok(m_store->incidents())) {
        test::ok(m_store->removeIncident(i.id));
    }
    EXPECT_TRUE(search(u"bybit"_s).empty());
}

} // namespace
} // namespace awb
