// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/generators/incidentgen.h"

#include "core/store/casestore.h"

#include <QDate>

#include <array>
#include <cmath>
#include <random>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace awb::bench {

namespace {

constexpr int kVocabulary = 20'000;
constexpr std::array kSectors{"exchange", "defi", "bridge", "wallet", "gaming", "payments", "other"};
constexpr std::array kCountries{"US", "KR", "JP", "SG", "GB", "DE", "VN", "HK", "TW", "AE"};

/** Pronounceable made-up words: word i is the same in every run and never an FTS5 keyword. */
QString word(int index)
{
    static constexpr std::array kSyllables{"ka",  "ro",  "mi",  "tes", "lun", "vor", "pa", "zel", "qui", "dan",
                                           "shi", "bel", "nor", "tak", "fe",  "gro", "ul", "yan", "hex", "mo"};
    QString w;
    int n = index + kSyllables.size();
    while (n > 0) {
        w += QString::fromLatin1(kSyllables[std::size_t(n % int(kSyllables.size()))]);
        n /= int(kSyllables.size());
    }
    return w;
}

struct Words
{
    std::mt19937_64 rng;
    std::discrete_distribution<int> zipf;

    explicit Words(std::uint64_t seed)
        : rng(seed)
    {
        std::vector<double> weights(kVocabulary);
        for (int i = 0; i < kVocabulary; ++i) {
            weights[std::size_t(i)] = 1.0 / double(i + 1);
        }
        zipf = std::discrete_distribution<int>(weights.begin(), weights.end());
    }

    QString text(int count)
    {
        QString t;
        for (int i = 0; i < count; ++i) {
            if (i > 0) {
                t += u' ';
            }
            t += word(zipf(rng));
        }
        return t;
    }
};

} // namespace

Result<void> generateIncidents(CaseStore &store, std::int64_t count, std::uint64_t seed)
{
    return store.inTransaction([&]() -> Result<void> {
        Source source;
        source.title = u"Synthetic benchmark data (awb-bench)"_s;
        source.kind = u"synthetic"_s;
        source.synthetic = true;
        auto sourceId = store.addSource(source);
        if (!sourceId) {
            return std::unexpected(sourceId.error());
        }
        Words words(seed);
        std::uniform_int_distribution<qint64> day(QDate(2010, 1, 1).toJulianDay(), QDate(2025, 12, 31).toJulianDay());
        for (std::int64_t i = 0; i < count; ++i) {
            Incident incident;
            incident.title = words.text(4);
            incident.startDate = QDate::fromJulianDay(day(words.rng)).toString(Qt::ISODate);
            incident.victim = words.text(2);
            incident.victimCountry = QString::fromLatin1(kCountries[std::size_t(i) % kCountries.size()]);
            incident.sector = QString::fromLatin1(kSectors[std::size_t(i) % kSectors.size()]);
            incident.description = words.text(24);
            incident.synthetic = true;
            incident.sources = {*sourceId};
            if (auto added = store.addIncident(incident); !added) {
                return std::unexpected(added.error());
            }
        }
        return {};
    });
}

QStringList searchTerms(std::uint64_t seed, int count)
{
    // Ranks spread over the whole Zipf curve: the commonest words are in a sixth of the documents or more.
    std::mt19937_64 rng(seed ^ 0x5ea7c4ULL);
    std::uniform_real_distribution<double> logRank(0.0, std::log(double(kVocabulary)));
    QStringList terms;
    for (int i = 0; i < count; ++i) {
        terms << word(int(std::exp(logRank(rng))) % kVocabulary);
    }
    return terms;
}

} // namespace awb::bench
