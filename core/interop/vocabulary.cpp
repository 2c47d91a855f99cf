// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/vocabulary.h"

#include "core/import/inputlimits.h"
#include "core/model/validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace awb::interop {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::interop", text);
}

struct CodeChain
{
    const char16_t *code;
    const char16_t *chain;
};

// The first code of a chain is the one an export writes.
constexpr std::array kCodes{
    CodeChain{u"BTC", u"bitcoin"},      CodeChain{u"XBT", u"bitcoin"},      CodeChain{u"ETH", u"ethereum"},
    CodeChain{u"TRX", u"tron"},         CodeChain{u"LTC", u"litecoin"},     CodeChain{u"DOGE", u"dogecoin"},
    CodeChain{u"BSC", u"bsc"},          CodeChain{u"BNB", u"bsc"},          CodeChain{u"ETC", u"ethereum-classic"},
    CodeChain{u"ARB", u"arbitrum"},     CodeChain{u"POL", u"polygon"},      CodeChain{u"MATIC", u"polygon"},
    CodeChain{u"AVAX", u"avalanche"},   CodeChain{u"FTM", u"fantom"},       CodeChain{u"OP", u"optimism"},
    CodeChain{u"BASE", u"base"},        CodeChain{u"XMR", u"monero"},       CodeChain{u"ZEC", u"zcash"},
    CodeChain{u"DASH", u"dash"},        CodeChain{u"BCH", u"bitcoin-cash"}, CodeChain{u"BSV", u"bitcoin-sv"},
    CodeChain{u"BTG", u"bitcoin-gold"}, CodeChain{u"XRP", u"ripple"},       CodeChain{u"XVG", u"verge"},
    CodeChain{u"SOL", u"solana"},
};

// Tokens issued on several chains: the code alone does not say which chain an address is on.
constexpr std::array kTokens{u"USDT", u"USDC", u"DAI", u"BUSD"};

struct Level
{
    const char16_t *id;
    int level;
};

constexpr std::array kLevels{
    Level{u"override", 100},
    Level{u"ownership", 100},
    Level{u"ledger_immanent", 100},
    Level{u"manual_transaction", 90},
    Level{u"service_api", 70},
    Level{u"forensic_investigation", 70},
    Level{u"authority_data", 60},
    Level{u"trusted_provider", 50},
    Level{u"service_data", 50},
    Level{u"forensic", 50},
    Level{u"untrusted_transaction", 40},
    Level{u"web_crawl", 20},
    Level{u"heuristic", 10},
    Level{u"unknown", 5},
};

} // namespace

Result<QString> chainOfCode(const QString &code)
{
    const QString trimmed = code.trimmed();
    for (const CodeChain &c : kCodes) {
        if (trimmed.compare(QStringView(c.code), Qt::CaseInsensitive) == 0 || trimmed == QStringView(c.chain)) {
            return QString::fromUtf16(c.chain);
        }
    }
    for (const char16_t *token : kTokens) {
        if (trimmed.compare(QStringView(token), Qt::CaseInsensitive) == 0) {
            return fail(Error::Code::InvalidInput,
                        tr("%1 is a token on several chains; name its chain (the TagPack's network, or --chain).")
                            .arg(trimmed));
        }
    }
    static const QRegularExpression chainName(u"^[a-z][a-z0-9-]*$"_s);
    if (chainName.match(trimmed).hasMatch()) {
        return trimmed;
    }
    return fail(Error::Code::InvalidInput,
                tr("\"%1\" is not a currency or network code the workbench knows.").arg(trimmed));
}

QString codeOfChain(const QString &chain)
{
    for (const CodeChain &c : kCodes) {
        if (chain == QStringView(c.chain)) {
            return QString::fromUtf16(c.code);
        }
    }
    return chain;
}

const QStringList &confidenceIds()
{
    static const QStringList ids = [] {
        QStringList out;
        for (const Level &l : kLevels) {
            out << QString::fromUtf16(l.id);
        }
        return out;
    }();
    return ids;
}

std::optional<QString> confidenceId(const QString &text)
{
    const QString wanted = text.trimmed().toLower();
    bool isNumber = false;
    const int number = wanted.toInt(&isNumber);
    std::optional<QString> found;
    for (const Level &l : kLevels) {
        if (!isNumber && wanted == QStringView(l.id)) {
            return QString::fromUtf16(l.id);
        }
        if (isNumber && number == l.level) {
            if (found) {
                return std::nullopt; // several ids share the level: the number alone does not say which
            }
            found = QString::fromUtf16(l.id);
        }
    }
    return found;
}

const QStringList &tagTypes()
{
    static const QStringList types{u"actor"_s, u"event"_s, u"mention"_s};
    return types;
}

QByteArray withoutBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
}

std::unexpected<Error> refuseFile(const QString &fileName, const QString &problem)
{
    return fail(Error::Code::InvalidInput, u"%1: %2"_s.arg(fileName, problem));
}

Result<QJsonDocument> jsonOfFile(const QByteArray &bytes, const QString &fileName)
{
    if (auto r = limits::checkJsonLimits(bytes, fileName); !r) {
        return std::unexpected(r.error());
    }
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(withoutBom(bytes), &error);
    if (error.error != QJsonParseError::NoError) {
        return refuseFile(fileName, tr("not JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset));
    }
    return doc;
}

std::optional<QString> isoDayOf(const QString &text)
{
    static const QRegularExpression day(u"^(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?$"_s);
    const auto match = day.match(text.trimmed());
    if (!match.hasMatch() || !isIsoDate(match.captured(1))) {
        return std::nullopt;
    }
    return match.captured(1);
}

} // namespace awb::interop
