// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Case summary reports (core/report/summary/): the model on the demo case, citations, hostile text through every
// renderer, and golden Markdown of a small hand-built case.
#include "core/demo/demorecord.h"
#include "core/report/summary/casesummary.h"
#include "core/report/summary/html.h"
#include "core/report/summary/markdown.h"
#include "core/report/summary/summaryfigures.h"
#include "tests/core/democasefixture.h"
#include "tests/core/hostilesummary.h"
#include "tests/core/testcase.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <set>

namespace {

using namespace Qt::Literals::StringLiterals;
using namespace awb;
using namespace awb::report::summary;
using awb::test::hostileSummary;
using awb::test::kHostile;
using awb::test::ok;

const SummaryOptions kOptions{u"demo.awbcase"_s, u"2026-01-01"_s, 60};

class DemoSummary : public test::DemoCaseFixture
{
protected:
    static CaseSummary incidentSummary(const QString &part)
    {
        return ok(buildCaseSummary(*s_store, {SummaryScope::Kind::Incident, incidentTitled(part), {}, {}}, kOptions));
    }
};

/** The citation numbers in @p text before the source list, and the numbers the list gives. */
void expectCitationsMatch(const QString &text,
                          const QString &listStart,
                          const QRegularExpression &cite,
                          const QRegularExpression &entry)
{
    const qsizetype split = text.indexOf(listStart);
    ASSERT_GE(split, 0);
    std::set<int> cited, listed;
    for (const auto &m : cite.globalMatch(text.left(split))) {
        cited.insert(m.captured(1).toInt());
    }
    for (const auto &m : entry.globalMatch(text.mid(split))) {
        listed.insert(m.captured(1).toInt());
    }
    EXPECT_FALSE(listed.empty());
    EXPECT_EQ(cited, listed);
}

void expectConsistentCitations(const CaseSummary &s)
{
    const QString md = renderMarkdown(s, u"out-figures"_s).text;
    expectCitationsMatch(md, u"\n## Sources\n"_s, QRegularExpression(u"\\[(\\d+)\\]"_s),
                         QRegularExpression(u"\n(\\d+)\\\\\\. "_s));
    const QString html = renderHtml(s);
    expectCitationsMatch(html, u"<h2>Sources</h2>"_s, QRegularExpression(u"href=\"#src-(\\d+)\">\\[\\1\\]"_s),
                         QRegularExpression(u"<li id=\"src-(\\d+)\""_s));
    for (std::size_t i = 0; i < s.sources.size(); ++i) {
        EXPECT_EQ(s.sources[i].number, int(i) + 1);
    }
}

TEST_F(DemoSummary, IncidentListsEveryClaimWithItsSource)
{
    const IncidentId bybit = incidentTitled(u"Bybit"_s);
    const CaseSummary s = incidentSummary(u"Bybit"_s);
    const auto claims = ok(s_store->attributions(bybit));
    ASSERT_FALSE(claims.empty());
    ASSERT_EQ(s.claims.size(), claims.size());
    for (std::size_t i = 0; i < claims.size(); ++i) {
        EXPECT_EQ(s.claims[i].confidence, claims[i].confidence);
        EXPECT_EQ(s.claims[i].party, claims[i].party);
        ASSERT_EQ(s.claims[i].citations.size(), 1u);
        const int n = s.claims[i].citations.front();
        EXPECT_EQ(s.sources[std::size_t(n - 1)].source.id, claims[i].source);
        EXPECT_EQ(s.claims[i].group, ok(s_store->group(claims[i].group)).name);
    }
    EXPECT_EQ(s.title, u"Bybit Ethereum cold-wallet theft"_s);
    EXPECT_FALSE(s.keyFacts.empty());
    for (const Fact &f : s.keyFacts) {
        EXPECT_FALSE(f.citations.empty()) << f.label.toStdString();
    }
    expectConsistentCitations(s);
}

TEST_F(DemoSummary, GroupListsItsIncidentsAndLossRanges)
{
    const CaseSummary s =
        ok(buildCaseSummary(*s_store, {SummaryScope::Kind::Group, {}, u"TraderTraitor"_s, {}}, kOptions));
    QStringList titles;
    for (const IncidentRow &r : s.incidents) {
        titles << r.title;
        EXPECT_FALSE(r.citations.empty());
    }
    EXPECT_TRUE(titles.contains(u"Bybit Ethereum cold-wallet theft"_s));
    EXPECT_TRUE(titles.contains(u"DMM Bitcoin theft"_s));
    EXPECT_EQ(titles.size(), 5);
    // Atomic Wallet's sources disagree on the loss: the row gives the range.
    const auto atomic = std::find_if(s.incidents.begin(), s.incidents.end(),
                                     [](const IncidentRow &r) { return r.title.startsWith(u"Atomic Wallet"_s); });
    ASSERT_NE(atomic, s.incidents.end());
    EXPECT_TRUE(atomic->loss.contains(u"sources disagree: $35,000,000–$121,000,000"_s)) << atomic->loss.toStdString();
    const auto total = std::find_if(s.keyFacts.begin(), s.keyFacts.end(),
                                    [](const Fact &f) { return f.label == u"Total loss (USD)"_s; });
    ASSERT_NE(total, s.keyFacts.end());
    EXPECT_TRUE(total->value.contains(u"–"_s));
    // Every claim on its incidents, also those for other groups.
    std::set<QString> groups;
    for (const ClaimRow &c : s.claims) {
        groups.insert(c.group);
        EXPECT_FALSE(c.confidence.isEmpty());
    }
    EXPECT_TRUE(groups.contains(u"Lazarus Group"_s));
    expectConsistentCitations(s);
}

TEST_F(DemoSummary, SyntheticScenarioHasFundFlowAndMarks)
{
    const CaseSummary s = incidentSummary(u"Harmony"_s);
    ASSERT_TRUE(s.flow.has_value());
    EXPECT_TRUE(s.flow->synthetic);
    EXPECT_FALSE(s.flow->nodes.empty());
    ASSERT_FALSE(s.cashOut.empty());
    EXPECT_TRUE(s.cashOut.front().synthetic);
    EXPECT_FALSE(s.cashOut.front().haircut.isEmpty());
    EXPECT_TRUE(s.anySynthetic);
    const QString md = renderMarkdown(s, u"f"_s).text;
    EXPECT_TRUE(md.contains(u"> **SYNTHETIC:**"_s));
    EXPECT_TRUE(md.contains(u"**SYNTHETIC** | mixer |"_s));
    EXPECT_TRUE(flowSvg(*s.flow).contains(u"SYNTHETIC data in this figure"_s));
    EXPECT_TRUE(renderHtml(s).contains(u"<span class=\"synthetic\">SYNTHETIC</span>"_s));
    expectConsistentCitations(s);
    // An incident of real data only has no synthetic note.
    EXPECT_FALSE(incidentSummary(u"Bybit"_s).anySynthetic);
}

TEST_F(DemoSummary, FilterAndUnknownScopes)
{
    SummaryScope scope{SummaryScope::Kind::Filter, {}, {}, {}};
    scope.filter.countries = {u"JP"_s};
    const CaseSummary s = ok(buildCaseSummary(*s_store, scope, kOptions));
    EXPECT_GE(s.incidents.size(), 2u);
    EXPECT_TRUE(s.scopeText.contains(u"country JP"_s));
    expectConsistentCitations(s);
    auto unknown = buildCaseSummary(*s_store, {SummaryScope::Kind::Incident, IncidentId{999999}, {}, {}}, kOptions);
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, Error::Code::NotFound);
    auto group = buildCaseSummary(*s_store, {SummaryScope::Kind::Group, {}, u"No Such Group"_s, {}}, kOptions);
    ASSERT_FALSE(group);
    EXPECT_EQ(group.error().code, Error::Code::NotFound);
}

TEST_F(DemoSummary, ProgressCountsTheIncidentsAndACancelStopsTheBuild)
{
    const SummaryScope everything{SummaryScope::Kind::Filter, {}, {}, {}};
    const CaseSummary plain = ok(buildCaseSummary(*s_store, everything, kOptions));
    ASSERT_GT(plain.incidents.size(), 10u);

    // Heard: every incident once, in order, against the right total; the summary is the one built without progress.
    std::vector<qint64> done;
    std::stop_source never;
    Progress heard{never.get_token(), [&](const QString &stage, qint64 n, qint64 total) {
                       if (stage == u"Gathering the incidents"_s) {
                           EXPECT_EQ(total, qint64(plain.incidents.size()));
                           done.push_back(n);
                       }
                   }};
    SummaryOptions options = kOptions;
    options.progress = &heard;
    const CaseSummary withProgress = ok(buildCaseSummary(*s_store, everything, options));
    ASSERT_EQ(done.size(), plain.incidents.size());
    for (std::size_t i = 0; i < done.size(); ++i) {
        EXPECT_EQ(done[i], qint64(i));
    }
    EXPECT_EQ(withProgress.incidents.size(), plain.incidents.size());
    EXPECT_EQ(withProgress.sources.size(), plain.sources.size());

    // A stop in the middle of the incidents, and one before the build starts, each end it as Cancelled.
    for (const qint64 stopAt : {qint64(5), qint64(-1)}) {
        std::stop_source stop;
        if (stopAt < 0) {
            stop.request_stop();
        }
        Progress cancelling{stop.get_token(), [&](const QString &, qint64 n, qint64) {
                                if (n == stopAt) {
                                    stop.request_stop();
                                }
                            }};
        options.progress = &cancelling;
        auto cancelled = buildCaseSummary(*s_store, everything, options);
        ASSERT_FALSE(cancelled) << stopAt;
        EXPECT_EQ(cancelled.error().code, Error::Code::Cancelled);
        EXPECT_EQ(cancelled.error().message, u"The report was cancelled; nothing was written."_s);
    }

    // An incident's report hears its trace too, and a stop there cancels it.
    std::stop_source stop;
    Progress atTrace{stop.get_token(), [&](const QString &stage, qint64, qint64) {
                         if (stage == u"Tracing the funds"_s) {
                             stop.request_stop();
                         }
                     }};
    options.progress = &atTrace;
    auto traced =
        buildCaseSummary(*s_store, {SummaryScope::Kind::Incident, incidentTitled(u"Bybit"_s), {}, {}}, options);
    ASSERT_FALSE(traced);
    EXPECT_EQ(traced.error().code, Error::Code::Cancelled);
}

// ---- hostile text --------------------------------------------------------------------------------------------

/** Python's html.parser over @p html: prints one line per problem (script, on* attribute, non-web href/src). */
QString htmlProblems(const QString &html)
{
    static const QString script = uR"(
import sys
from html.parser import HTMLParser
class P(HTMLParser):
    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'iframe', 'object', 'embed', 'foreignobject', 'img', 'base', 'form'):
            print('tag', tag)
        for name, value in attrs:
            if name.startswith('on'):
                print('handler', name)
            if name in ('href', 'src', 'xlink:href', 'action', 'formaction', 'srcset'):
                v = (value or '').strip().lower()
                if not (v.startswith('http://') or v.startswith('https://') or v.startswith('#')):
                    print('link', name, value)
P().feed(sys.stdin.read())
)"_s;
    QProcess p;
    p.start(u"/usr/bin/python3"_s, {u"-c"_s, script});
    p.write(html.toUtf8());
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

/** The SVG parses as XML and has no script, foreignObject, link or handler. */
void expectSafeSvg(const QString &svg)
{
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) {
            continue;
        }
        const QString name = xml.name().toString().toLower();
        EXPECT_NE(name, u"script"_s);
        EXPECT_NE(name, u"foreignobject"_s);
        EXPECT_NE(name, u"a"_s);
        EXPECT_NE(name, u"image"_s);
        for (const QXmlStreamAttribute &a : xml.attributes()) {
            EXPECT_FALSE(a.name().startsWith(u"on"_s, Qt::CaseInsensitive)) << a.name().toString().toStdString();
            EXPECT_NE(a.name().toString(), u"href"_s);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_FALSE(svg.contains(QChar(0x202E)));
}

/** No raw HTML, no link but http(s) and the figures, no bidi override. */
void expectSafeMarkdown(const QString &md)
{
    for (qsizetype i = md.indexOf(u'<'); i >= 0; i = md.indexOf(u'<', i + 1)) {
        const bool escaped = i > 0 && md[i - 1] == u'\\';
        const bool autolink = md.mid(i, 9) == u"<https://"_s || md.mid(i, 8) == u"<http://"_s;
        const bool figure = md.mid(i - 2, 3) == u"](<"_s && md.mid(i + 1, 4) == u"fig/"_s;
        EXPECT_TRUE(escaped || autolink || figure) << md.mid(i, 40).toStdString();
    }
    static const QRegularExpression link(u"(?<!\\\\)\\]\\(([^)]*)\\)"_s);
    for (const auto &m : link.globalMatch(md)) {
        EXPECT_TRUE(m.captured(1).startsWith(u"<fig/"_s)) << m.captured(0).toStdString();
    }
    EXPECT_FALSE(md.contains(u"javascript:"_s));
    EXPECT_FALSE(md.contains(u"**bold**"_s));
    EXPECT_FALSE(md.contains(QChar(0x202E)));
    // Every line break is ours: case text stays on its line, so it cannot start a heading or a table row.
    EXPECT_FALSE(md.contains(u"\n<"_s));
}

TEST(SummaryHostile, EveryRendererEscapesEveryField)
{
    for (const QString &text : kHostile) {
        for (const QString &url : {u"javascript:alert(1)"_s, u"file:///etc/passwd"_s, text}) {
            const CaseSummary s = hostileSummary(text + u"\nsecond line"_s, url);
            const QString html = renderHtml(s);
            EXPECT_EQ(htmlProblems(html), QString()) << text.toStdString();
            EXPECT_FALSE(html.contains(QChar(0x202E)));
            EXPECT_FALSE(html.contains(u"<script"_s, Qt::CaseInsensitive));
            const MarkdownReport md = renderMarkdown(s, u"fig"_s);
            expectSafeMarkdown(md.text);
            ASSERT_EQ(md.figures.size(), 2u);
            for (const auto &figure : md.figures) {
                expectSafeSvg(figure.svg);
            }
        }
    }
    // A web URL is a link in both formats; one that is not a well-formed URL is shown as text.
    const CaseSummary s = hostileSummary(u"t"_s, u"https://example.org/p?q=1&r=2"_s);
    EXPECT_TRUE(renderHtml(s).contains(u"href=\"https://example.org/p?q=1&amp;r=2\""_s));
    EXPECT_TRUE(renderMarkdown(s, u"fig"_s).text.contains(u"<https://example.org/p?q=1&r=2>"_s));
    const CaseSummary spaced = hostileSummary(u"t"_s, u"https://example.org/a b?q=<x>"_s);
    EXPECT_TRUE(renderHtml(spaced).contains(u"href=\"https://example.org/a%20b?q=%3Cx%3E\""_s));
    EXPECT_TRUE(renderMarkdown(spaced, u"fig"_s).text.contains(u"<https://example.org/a%20b?q=%3Cx%3E>"_s));
}

// ---- the timeline of many incidents -------------------------------------------------------------------------

TEST(SummaryTimeline, BeyondSixtyIncidentsTheTimelineCountsThemPerYear)
{
    auto store = test::memoryStore();
    const SourceId source = ok(store->addSource(test::makeSource(u"Panel report"_s)));
    Source generated = test::makeSource(u"Generator"_s);
    generated.synthetic = true;
    const SourceId madeUp = ok(store->addSource(generated));
    auto add = [&](const QString &date, std::optional<qint64> loss, bool synthetic) {
        Incident i;
        i.title = u"Theft of %1"_s.arg(date);
        i.startDate = date;
        i.victim = u"Exchange"_s;
        i.lossUsd = loss;
        i.synthetic = synthetic;
        i.sources = {synthetic ? madeUp : source};
        if (loss) {
            i.lossUsdSource = i.sources.front();
        }
        ok(store->addIncident(i));
    };
    for (int n = 0; n < 30; ++n) {
        add(u"2017-05-%1"_s.arg(n % 28 + 1, 2, 10, QChar(u'0')), 1000000, false);
    }
    for (int n = 0; n < 30; ++n) {
        add(u"2019-02-%1"_s.arg(n % 28 + 1, 2, 10, QChar(u'0')), n == 0 ? std::nullopt : std::optional<qint64>(2000000),
            false);
    }
    const SummaryOptions options{u"many.awbcase"_s, u"2026-01-01"_s, 60};
    const SummaryScope everything{SummaryScope::Kind::Filter, {}, {}, {}};
    const CaseSummary sixty = ok(buildCaseSummary(*store, everything, options));
    ASSERT_EQ(sixty.timeline->points.size(), 60u);
    EXPECT_FALSE(sixty.timeline->byYear) << "sixty incidents still get a row each";
    EXPECT_TRUE(timelineSvg(*sixty.timeline).contains(u"Theft of 2019-02-01"_s));

    for (int n = 0; n < 5; ++n) {
        add(u"2019"_s, 99000000, true); // synthetic: counted, never added to a loss
    }
    const CaseSummary many = ok(buildCaseSummary(*store, everything, options));
    ASSERT_TRUE(many.timeline->byYear);
    EXPECT_EQ(many.timeline->caption, u"Incidents and known losses per year"_s);
    const QString svg = timelineSvg(*many.timeline);
    expectSafeSvg(svg);
    EXPECT_FALSE(svg.contains(u"Theft of"_s)) << "no row per incident";
    EXPECT_TRUE(svg.contains(u">30 incidents · $30,000,000 known loss</text>"_s)) << svg.toStdString();
    EXPECT_TRUE(svg.contains(u">0 incidents</text>"_s)) << "2018 has a row, empty";
    EXPECT_TRUE(svg.contains(u">35 incidents (5 SYNTHETIC) · $58,000,000 known loss</text>"_s)) << svg.toStdString();
    EXPECT_EQ(svg.count(u"text-anchor=\"end\">"_s), 3) << "2017, 2018 and 2019";
    EXPECT_TRUE(svg.contains(u"SYNTHETIC data in this figure"_s));
}

TEST(SummaryTimeline, ALabelThatWouldRunOffTheFigureGoesLeftOfItsPoint)
{
    TimelineFigure figure;
    figure.caption = u"Two incidents"_s;
    figure.points = {{u"2024-01-05"_s, u"Early theft"_s, 1000, false},
                     {u"2024-12-20"_s, u"A late theft whose title is long enough to reach the edge"_s, 1000, false}};
    const QString svg = timelineSvg(figure);
    const QRegularExpression label(
        uR"re(<text x="([0-9.]+)" y="[0-9.]+" font-size="11"( text-anchor="end")?>([^<]*)</text>)re"_s);
    int seen = 0;
    for (const auto &m : label.globalMatch(svg)) {
        if (m.captured(3).contains(u"Early theft"_s)) {
            EXPECT_TRUE(m.captured(2).isEmpty()) << "room on the right";
            ++seen;
        } else if (m.captured(3).contains(u"A late theft"_s)) {
            EXPECT_FALSE(m.captured(2).isEmpty()) << svg.toStdString();
            EXPECT_LT(m.captured(1).toDouble(), 600.0);
            ++seen;
        }
    }
    EXPECT_EQ(seen, 2) << svg.toStdString();
}

// ---- golden Markdown -----------------------------------------------------------------------------------------

std::unique_ptr<db::SqliteCaseStore> smallCase()
{
    auto store = test::memoryStore();
    Source fbi = test::makeSource(u"FBI release"_s);
    fbi.url = u"https://example.org/fbi"_s;
    const SourceId a = ok(store->addSource(fbi));
    const SourceId b = ok(store->addSource(test::makeSource(u"Firm blog"_s)));
    Source gen = test::makeSource(u"Generated figures"_s);
    gen.synthetic = true;
    const SourceId c = ok(store->addSource(gen));
    ActorGroup g;
    g.name = u"Group A_1"_s;
    g.sources = {a};
    const GroupId group = ok(store->addGroup(g));
    ActorGroup other;
    other.name = u"Group B"_s;
    other.sources = {b};
    const GroupId otherGroup = ok(store->addGroup(other));
    Incident i;
    i.title = u"Exchange *hot* wallet theft"_s;
    i.startDate = u"2024-03-01"_s;
    i.victim = u"Exchange [X]"_s;
    i.victimCountry = u"JP"_s;
    i.sector = u"exchange"_s;
    i.status = u"confirmed"_s;
    i.lossUsd = 50000000;
    i.lossUsdSource = a;
    i.chains = {u"ethereum"_s};
    i.sources = {a, b};
    i.claims = {{u"loss_usd"_s, u"42000000"_s, b, {}}};
    const IncidentId first = ok(store->addIncident(i));
    Incident j;
    j.title = u"Generated theft"_s;
    j.startDate = u"2025"_s;
    j.victim = u"Nobody"_s;
    j.synthetic = true;
    j.sources = {c};
    const IncidentId second = ok(store->addIncident(j));
    ok(store->addAttribution({{}, first, group, u"high"_s, u"FBI"_s, u"2024-03-10"_s, u"Wallet overlap."_s, a, false}));
    ok(store->addAttribution(
        {{}, first, otherGroup, u"low"_s, u"Firm"_s, std::nullopt, u"Code reuse <shared>."_s, b, false}));
    ok(store->addAttribution({{}, second, group, u"moderate"_s, u"Generator"_s, {}, u"Made up."_s, c, true}));
    return store;
}

void expectGolden(const QString &name, const QString &text)
{
    const QString path = QStringLiteral(AWB_SOURCE_DIR) + u"/tests/data/summary/"_s + name;
    QFile file(path);
    if (qEnvironmentVariableIsSet("AWB_UPDATE_GOLDEN")) {
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        return;
    }
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString() << " (AWB_UPDATE_GOLDEN=1 writes it)";
    EXPECT_EQ(QString::fromUtf8(file.readAll()).toStdString(), text.toStdString());
}

TEST(SummaryGolden, SmallCaseMarkdown)
{
    auto store = smallCase();
    const SummaryOptions options{u"small.awbcase"_s, u"2026-01-01"_s, 60};
    const CaseSummary incident =
        ok(buildCaseSummary(*store, {SummaryScope::Kind::Incident, IncidentId{1}, {}, {}}, options));
    const MarkdownReport md = renderMarkdown(incident, u"incident-figures"_s);
    expectGolden(u"incident.md"_s, md.text);
    ASSERT_EQ(md.figures.size(), 1u); // no wallet data: a timeline only
    expectGolden(u"incident-timeline.svg"_s, md.figures.front().svg);
    const CaseSummary group =
        ok(buildCaseSummary(*store, {SummaryScope::Kind::Group, {}, u"group a_1"_s, {}}, options));
    EXPECT_TRUE(group.anySynthetic);
    expectGolden(u"group.md"_s, renderMarkdown(group, u"group-figures"_s).text);
    expectConsistentCitations(group);
}

} // namespace
