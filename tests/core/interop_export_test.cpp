// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The TagPack export: header inheritance used where every tag agrees, read back by the import to the same tags;
// hostile strings stay data.
#include "core/interop/tagpack.h"
#include "core/interop/tagpackexport.h"
#include "tests/core/interop_testutil.h"

#include <gtest/gtest.h>

namespace awb::test {
namespace {

using namespace Qt::Literals::StringLiterals;

/** A case with groups from the ActorPack and tags from a TagPack, an OFAC list and the hostile pack. */
std::unique_ptr<db::SqliteCaseStore> taggedCase()
{
    auto store = memoryStore();
    importFixture(*store, u"actorpack.yaml"_s, u"actorpack"_s);
    importFixture(*store, u"tagpack-inherit.yaml"_s, u"tagpack"_s);
    importFixture(*store, u"sanctioned_addresses_XBT.txt"_s, u"ofac"_s, {{}, u"2024-05-20"_s});
    importFixture(*store, u"tagpack-hostile.yaml"_s, u"tagpack"_s);
    return store;
}

/** The lines of the pack before "tags:". */
QString headerOf(const QByteArray &yaml)
{
    const QString text = QString::fromUtf8(yaml);
    return text.left(text.indexOf(u"\ntags:"_s));
}

TEST(TagPackExport, TheImportReadsTheExportBackToTheSameTags)
{
    auto first = taggedCase();
    const interop::TagPackExport pack = ok(interop::exportTagPack(*first));
    EXPECT_EQ(pack.tags, qint64(ok(first->tags(std::nullopt)).size()));
    EXPECT_EQ(pack.tags, 6 + 3 + 4);

    auto second = memoryStore();
    importFixture(*second, u"actorpack.yaml"_s, u"actorpack"_s);
    const interop::InteropReport r =
        ok(interop::importInteropBytes(*second, pack.yaml, u"export.yaml"_s, u"tagpack"_s, {}));
    EXPECT_TRUE(r.skipped.empty()) << (r.skipped.empty() ? "" : r.skipped[0].reason.toStdString());
    EXPECT_TRUE(r.flagged.empty());
    EXPECT_EQ(tagViews(*second), tagViews(*first));
    // The sources come back by their link or title and their date.
    const Tag ofac =
        tagOn(*second, u"bitcoin"_s, u"3AtcARnHQHBkxJcfjxeH58xBhRw9rGJ3RC"_s, u"OFAC SDN: sanctioned address"_s);
    EXPECT_EQ(ok(second->source(ofac.source)).published, u"2024-05-20"_s);
    EXPECT_TRUE(ok(second->source(ofac.source)).title.contains(u"as of 2024-05-20"_s));
    // The same pack again into the first case: every tag is already there.
    const interop::InteropReport again =
        ok(interop::importInteropBytes(*first, pack.yaml, u"export.yaml"_s, u"tagpack"_s, {}));
    EXPECT_EQ(again.tagsAdded, 0);
    EXPECT_EQ(qint64(again.skipped.size()), pack.tags);
}

TEST(TagPackExport, FieldsEveryTagSharesGoToTheHeader)
{
    auto store = memoryStore();
    importFixture(*store, u"sanctioned_addresses_XBT.txt"_s, u"ofac"_s, {{}, u"2024-05-20"_s});
    const interop::TagPackExport pack = ok(interop::exportTagPack(*store));
    const QString header = headerOf(pack.yaml);
    for (const QString &field :
         {u"label: "_s, u"source: "_s, u"currency: \"BTC\""_s, u"confidence: \"authority_data\""_s,
          u"abuse: \"sanction\""_s, u"tag_type: \"event\""_s, u"lastmod: \"2024-05-20\""_s}) {
        EXPECT_TRUE(header.contains(u'\n' + field)) << field.toStdString() << '\n' << header.toStdString();
    }
    EXPECT_FALSE(header.contains(u"\ncategory:"_s)); // no tag has one
    const QString tags = QString::fromUtf8(pack.yaml).mid(header.size());
    EXPECT_EQ(tags.count(u"- address: "_s), 3);
    EXPECT_FALSE(tags.contains(u"  confidence:"_s)); // inherited, not repeated
    // Tags that differ carry their own field and the header leaves it out.
    auto mixed = taggedCase();
    const QString mixedHeader = headerOf(ok(interop::exportTagPack(*mixed)).yaml);
    EXPECT_FALSE(mixedHeader.contains(u"\nconfidence:"_s));
    EXPECT_TRUE(QString::fromUtf8(ok(interop::exportTagPack(*mixed)).yaml).contains(u"  confidence: \"web_crawl\""_s));
    // The parsed pack inherits the header's fields into every tag.
    const interop::InteropData parsed = ok(interop::parseTagPack(pack.yaml, u"p.yaml"_s));
    ASSERT_EQ(parsed.tags.size(), 3u);
    for (const interop::TagRecord &t : parsed.tags) {
        EXPECT_EQ(t.confidence, u"authority_data"_s);
        EXPECT_EQ(t.tagType, u"event"_s);
        EXPECT_EQ(t.chain, u"bitcoin"_s);
    }
}

TEST(TagPackExport, HostileStringsSurviveAsData)
{
    auto store = taggedCase();
    const std::vector<std::pair<QString, QString>> expected{
        {u"1JLPh7kTReFZCbvizDuyjdyBBpN2hGzh5p"_s, u"<script>alert(1)</script>"_s},
        {u"15XWqdbhRAomaojiVQEgbmJP8gBR9KSQna"_s, u"=cmd|' /C calc'!A0"_s},
        {u"bc1q234zhpy4tlnnkcgq0ah7e27lglf2w53plfz8hk"_s, u"\u202Eexe.tnemucod"_s},
    };
    for (const auto &[address, label] : expected) {
        tagOn(*store, u"bitcoin"_s, address, label); // fails the test when the label changed
    }
    const Tag script = tagOn(*store, u"bitcoin"_s, expected[0].first, expected[0].second);
    EXPECT_EQ(script.context, u"line one\nline two\ttabbed"_s);
    const Tag quoted = tagOn(*store, u"bitcoin"_s, expected[1].first, expected[1].second);
    EXPECT_EQ(quoted.category, u"\"quoted\""_s);
    const Tag bidi = tagOn(*store, u"bitcoin"_s, expected[2].first, expected[2].second);
    EXPECT_EQ(bidi.abuse, u"\u2066isolated\u2069"_s);
    const Tag backslash = tagOn(*store, u"tron"_s, u"TUSVaHskv5KLEjUgwa8zeoYtMbZumwixnp"_s, u"C:\\temp\\"_s);
    EXPECT_EQ(backslash.context, u"\\"_s);
    EXPECT_EQ(ok(store->source(backslash.source)).title, u"<b>Hostile</b> TagPack"_s);

    // In the export the bidi controls are escapes, never the raw characters, and quotes and backslashes are escaped.
    const QByteArray yaml = ok(interop::exportTagPack(*store)).yaml;
    const QString text = QString::fromUtf8(yaml);
    EXPECT_FALSE(text.contains(QChar(0x202E)));
    EXPECT_FALSE(text.contains(QChar(0x2066)));
    EXPECT_TRUE(text.contains(u"label: \"\\u202Eexe.tnemucod\""_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"label: \"C:\\\\temp\\\\\""_s));
    EXPECT_TRUE(text.contains(u"context: \"line one\\nline two\\ttabbed\""_s));
    EXPECT_EQ(interop::yamlQuoted(u"a\"b\\\x07\u2028"_s), u"\"a\\\"b\\\\\\x07\\u2028\""_s);
}

TEST(TagPackExport, SyntheticTagsAreLeftOut)
{
    auto store = memoryStore();
    Source s = makeSource(u"synthetic"_s);
    s.synthetic = true;
    Tag t;
    t.source = ok(store->addSource(s));
    Address a;
    a.chain = u"bitcoin"_s;
    a.address = u"1JLPh7kTReFZCbvizDuyjdyBBpN2hGzh5p"_s;
    t.address = ok(store->addAddress(a));
    t.label = u"demo"_s;
    t.synthetic = true;
    ok(store->addTag(t));
    const interop::TagPackExport pack = ok(interop::exportTagPack(*store));
    EXPECT_EQ(pack.tags, 0);
    EXPECT_EQ(pack.syntheticLeftOut, 1);
    EXPECT_TRUE(pack.yaml.contains("tags: []\n"));
    EXPECT_TRUE(ok(interop::parseTagPack(pack.yaml, u"empty.yaml"_s)).tags.empty());
}

} // namespace
} // namespace awb::test
