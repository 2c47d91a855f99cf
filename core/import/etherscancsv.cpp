// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/etherscancsv.h"

#include "core/chain/address.h"
#include "core/import/csvreader.h"
#include "core/import/interner.h"
#include "core/import/parsehelpers.h"

#include <QCoreApplication>

#include <array>
#include <map>

namespace awb::import {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::import", text);
}

enum class Role {
    Hash,
    Block,
    Unix,
    DateTime,
    From,
    To,
    Contract,
    ValueIn,
    ValueOut,
    Value,
    Status,
    ErrCode,
    IsError,
    TokenName,
    TokenSymbol,
    Type,
    ParentFrom,
    Count
};

constexpr int kNativeDecimals = 18; // every EVM chain's native coin has 18 decimals

struct Header
{
    std::array<int, size_t(Role::Count)> column;
    QString currency; // from "Value_IN(BNB)", "Historical $Price/Eth" …
    QStringList unknown;
    QStringList names;

    Header() { column.fill(-1); }

    bool has(Role role) const { return column[size_t(role)] >= 0; }
};

// "Value_IN(ETH)" → "valuein"; "DateTime (UTC)" → "datetime"; "CurrentValue @ $3,021.5/Eth" → "currentvalue".
QString headerKey(const QString &name)
{
    QString key;
    for (QChar c : name) {
        if (c == u'(' || c == u'@') {
            break;
        }
        if (c.isLetterOrNumber()) {
            key += c.toLower();
        }
    }
    return key;
}

QString headerCurrency(const QString &name)
{
    const qsizetype open = name.indexOf(u'(');
    const qsizetype close = name.indexOf(u')', open);
    QString currency;
    if (open >= 0 && close > open) {
        currency = name.mid(open + 1, close - open - 1);
    } else if (const qsizetype slash = name.lastIndexOf(u'/'); slash >= 0) {
        currency = name.mid(slash + 1);
    }
    currency = currency.trimmed().toUpper();
    return currency == u"USD"_s ? QString() : currency;
}

Header readHeader(const std::vector<std::string_view> &cells)
{
    static const std::map<QString, Role> roles{
        {u"transactionhash"_s, Role::Hash},
        {u"txhash"_s, Role::Hash},
        {u"txnhash"_s, Role::Hash},
        {u"hash"_s, Role::Hash},
        {u"blockno"_s, Role::Block},
        {u"blocknumber"_s, Role::Block},
        {u"block"_s, Role::Block},
        {u"unixtimestamp"_s, Role::Unix},
        {u"timestamp"_s, Role::Unix},
        {u"timestamputc"_s, Role::DateTime},
        {u"datetime"_s, Role::DateTime},
        {u"datetimeutc"_s, Role::DateTime},
        {u"from"_s, Role::From},
        {u"to"_s, Role::To},
        {u"txto"_s, Role::To},
        {u"contractaddress"_s, Role::Contract},
        {u"valuein"_s, Role::ValueIn},
        {u"valueout"_s, Role::ValueOut},
        {u"value"_s, Role::Value},
        {u"tokenvalue"_s, Role::Value},
        {u"quantity"_s, Role::Value},
        {u"status"_s, Role::Status},
        {u"errcode"_s, Role::ErrCode},
        {u"iserror"_s, Role::IsError},
        {u"tokenname"_s, Role::TokenName},
        {u"tokensymbol"_s, Role::TokenSymbol},
        {u"type"_s, Role::Type},
        {u"parenttxfrom"_s, Role::ParentFrom},
    };
    // Prices, fees and call metadata: known, and not needed for the value flow.
    static const QStringList ignoredPrefixes{u"currentvalue"_s, u"txnfee"_s,   u"historical"_s, u"method"_s,
                                             u"usdvalue"_s,     u"parenttx"_s, u"gas"_s};
    Header header;
    for (size_t i = 0; i < cells.size(); ++i) {
        const QString name = toQString(trimmed(cells[i]));
        header.names << name;
        const QString key = headerKey(name);
        static const QStringList priced{u"value"_s, u"txnfee"_s, u"currentvalue"_s, u"historical"_s};
        const bool inCurrency =
            std::any_of(priced.begin(), priced.end(), [&](const QString &p) { return key.startsWith(p); });
        if (const QString currency = inCurrency ? headerCurrency(name) : QString();
            header.currency.isEmpty() && !currency.isEmpty()) {
            header.currency = currency;
        }
        if (const auto role = roles.find(key); role != roles.end()) {
            if (!header.has(role->second)) {
                header.column[size_t(role->second)] = int(i);
            }
        } else if (!key.isEmpty() && std::none_of(ignoredPrefixes.begin(), ignoredPrefixes.end(),
                                                  [&](const QString &p) { return key.startsWith(p); })) {
            header.unknown << name;
        }
    }
    return header;
}

std::optional<QString> chainOfCurrency(const QString &currency)
{
    static const std::map<QString, QString> chains{
        {u"ETH"_s, u"ethereum"_s}, {u"BNB"_s, u"bsc"_s},        {u"MATIC"_s, u"polygon"_s},
        {u"POL"_s, u"polygon"_s},  {u"AVAX"_s, u"avalanche"_s}, {u"FTM"_s, u"fantom"_s},
        {u"XDAI"_s, u"gnosis"_s},  {u"HT"_s, u"heco"_s},        {u"ETC"_s, u"ethereum-classic"_s}};
    const auto it = chains.find(currency);
    return it == chains.end() ? std::nullopt : std::optional(it->second);
}

QString nativeSymbol(const QString &chain)
{
    static const std::map<QString, QString> symbols{
        {u"bsc"_s, u"BNB"_s},     {u"polygon"_s, u"POL"_s}, {u"avalanche"_s, u"AVAX"_s},      {u"fantom"_s, u"FTM"_s},
        {u"gnosis"_s, u"XDAI"_s}, {u"heco"_s, u"HT"_s},     {u"ethereum-classic"_s, u"ETC"_s}};
    const auto it = symbols.find(chain);
    return it == symbols.end() ? u"ETH"_s : it->second;
}

bool looksLikeHash(std::string_view text)
{
    return text.size() == 66 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X') &&
           std::all_of(text.begin() + 2, text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
           });
}

bool startsWithIgnoringCase(std::string_view text, std::string_view prefix)
{
    return text.size() >= prefix.size() && equalsIgnoringCase(text.substr(0, prefix.size()), prefix);
}

QString lineList(const std::vector<qint64> &lines)
{
    QStringList shown;
    for (size_t i = 0; i < lines.size() && i < 5; ++i) {
        shown << QString::number(lines[i]);
    }
    return shown.join(u", "_s) + (lines.size() > 5 ? u" …"_s : QString());
}

struct PendingToken
{
    size_t transfer; // index into ImportData::transfers
    std::string value;
    QString contract;
    QString symbol;
};

} // namespace

std::optional<int> knownTokenDecimals(const QString &chain, const QString &contract)
{
    // Ethereum mainnet only: the same symbol has other contracts (and sometimes other decimals) elsewhere.
    static const std::map<QString, int> ethereum{
        {u"0xdAC17F958D2ee523a2206206994597C13D831ec7"_s, 6},  // USDT
        {u"0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"_s, 6},  // USDC
        {u"0x6B175474E89094C44Da98b954EedeAC495271d0F"_s, 18}, // DAI
        {u"0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"_s, 18}, // WETH
        {u"0x2260FAC5E5542a773Aa44fBCfeDf7C193bc2C599"_s, 8},  // WBTC
    };
    if (chain != u"ethereum"_s) {
        return std::nullopt;
    }
    const auto it = ethereum.find(contract);
    return it == ethereum.end() ? std::nullopt : std::optional(it->second);
}

Result<ImportData> parseEtherscanCsv(const QByteArray &bytes, const QString &fileName, const ParseOptions &options)
{
    ImportData data;
    data.format = u"etherscan"_s;
    CsvReader reader(bytes);
    if (!reader.next()) {
        return reader.error().isEmpty() ? inputError(fileName, 1, tr("the file is empty"))
                                        : inputError(fileName, reader.line(), reader.error());
    }
    const qint64 headerLine = reader.line();
    const Header header = readHeader(reader.cells());
    const bool token = header.has(Role::TokenSymbol) || header.has(Role::TokenName);
    const bool internal = !token && (header.has(Role::ParentFrom) || header.has(Role::Type));
    const auto missingColumn = [&](const QString &what) {
        return inputError(fileName, headerLine,
                          tr("this is not an explorer export: it has no %1 column (the header has: %2)")
                              .arg(what, header.names.join(u", "_s)));
    };
    if (!header.has(Role::Hash)) {
        return missingColumn(u"Txhash"_s);
    }
    if (!header.has(Role::From) || !header.has(Role::To)) {
        return missingColumn(header.has(Role::From) ? u"To"_s : u"From"_s);
    }
    if (!header.has(Role::Unix) && !header.has(Role::DateTime)) {
        return missingColumn(u"UnixTimestamp"_s);
    }
    if (token ? !header.has(Role::Value)
              : !header.has(Role::ValueIn) && !header.has(Role::ValueOut) && !header.has(Role::Value)) {
        return missingColumn(token ? u"Value"_s : u"Value_IN"_s);
    }
    if (!header.unknown.isEmpty()) {
        data.warnings << tr("Columns not read: %1.").arg(header.unknown.join(u", "_s));
    }

    QString chain = options.chain;
    if (chain.isEmpty() && !header.currency.isEmpty()) {
        const auto known = chainOfCurrency(header.currency);
        if (!known) {
            return inputError(fileName, headerLine,
                              tr("the export is in %1, a currency awb does not know; name the chain with --chain")
                                  .arg(header.currency));
        }
        chain = *known;
    } else if (chain.isEmpty()) {
        chain = u"ethereum"_s;
        data.warnings << tr("The export does not say its chain; it was read as ethereum (name another with --chain).");
    }
    const QString symbol = header.currency.isEmpty() ? nativeSymbol(chain) : header.currency;

    Interner interner(data);
    const quint32 nativeAsset = interner.asset({chain, symbol, kNativeDecimals, std::nullopt});
    const TransferKind kind = token ? TransferKind::Token : internal ? TransferKind::Internal : TransferKind::Normal;
    std::vector<PendingToken> pending;
    std::map<std::string, QString> contracts; // raw → canonical; a token contract is not a party to the transfer
    std::vector<qint64> failedLines;
    qint64 zeroValue = 0;

    while (reader.next()) {
        const auto &cells = reader.cells();
        const qint64 line = reader.line();
        const auto cell = [&](Role role) -> std::string_view {
            const int column = header.column[size_t(role)];
            return column >= 0 && size_t(column) < cells.size() ? trimmed(cells[size_t(column)]) : std::string_view();
        };
        const auto columnName = [&](Role role) {
            return header.names.value(header.column[size_t(role)]);
        };
        const auto rowError = [&](Role role, const QString &what) {
            return inputError(fileName, line, what + u" (column "_s + columnName(role) + u')');
        };
        const qsizetype filled = std::count_if(cells.begin(), cells.end(), [](auto c) { return !trimmed(c).empty(); });
        if (filled == 0) {
            continue;
        }
        const std::string_view hash = cell(Role::Hash);
        // A footer ("There are more than 10000 transactions …") has no hash and no address anywhere.
        if (!looksLikeHash(hash) && std::none_of(cells.begin(), cells.end(), [](std::string_view c) {
                return startsWithIgnoringCase(trimmed(c), "0x");
            })) {
            QStringList text;
            for (const auto &c : cells) {
                if (!trimmed(c).empty()) {
                    text << toQString(trimmed(c));
                }
            }
            data.warnings
                << tr("Line %1 is not a transaction and was skipped: \"%2\".").arg(line).arg(text.join(u", "_s));
            continue;
        }
        ++data.rowsRead;
        const bool failed = startsWithIgnoringCase(cell(Role::Status), "error") || !cell(Role::ErrCode).empty() ||
                            cell(Role::IsError) == "1";
        if (failed) {
            ++data.rowsSkipped;
            failedLines.push_back(line);
            continue;
        }
        if (!looksLikeHash(hash)) {
            return rowError(Role::Hash, tr("the transaction hash \"%1\" cannot be read").arg(toQString(hash)));
        }
        for (Role needed : {Role::From, header.has(Role::Unix) ? Role::Unix : Role::DateTime}) {
            if (size_t(header.column[size_t(needed)]) >= cells.size()) {
                return rowError(needed, tr("the row has only %1 cells; the cell is missing").arg(cells.size()));
            }
        }

        ImportedTransfer transfer;
        transfer.kind = kind;
        transfer.line = line;

        const Role timeRole = header.has(Role::Unix) && !cell(Role::Unix).empty() ? Role::Unix : Role::DateTime;
        const auto timestamp = parseTimestamp(cell(timeRole), true);
        if (!timestamp) {
            return rowError(timeRole, tr("the time \"%1\" cannot be read").arg(toQString(cell(timeRole))));
        }
        transfer.timestamp = *timestamp;
        if (!cell(Role::Block).empty()) {
            const auto block = parseInteger(cell(Role::Block));
            if (!block) {
                return rowError(Role::Block, tr("the block \"%1\" cannot be read").arg(toQString(cell(Role::Block))));
            }
            transfer.block = block;
        }

        const auto ungrouped = [&](Role role) -> Result<std::string> {
            auto text = withoutGrouping(cell(role));
            if (!text) {
                return rowError(role, tr("the amount \"%1\" cannot be read").arg(toQString(cell(role))));
            }
            return *text;
        };
        if (token) {
            const std::string rawContract(cell(Role::Contract));
            auto contract = contracts.find(rawContract);
            if (contract == contracts.end()) {
                auto canonical = chain::normalizeAddress(chain, toQString(rawContract));
                if (!canonical) {
                    return rowError(Role::Contract, canonical.error().message);
                }
                contract = contracts.emplace(rawContract, *canonical).first;
            }
            auto value = ungrouped(Role::Value);
            if (!value) {
                return std::unexpected(value.error());
            }
            if (!parseDecimal(*value, fractionDigits(*value))) {
                return rowError(Role::Value, tr("the amount \"%1\" cannot be read").arg(toQString(cell(Role::Value))));
            }
            QString tokenSymbol = toQString(cell(Role::TokenSymbol));
            if (tokenSymbol.isEmpty()) {
                tokenSymbol = toQString(cell(Role::TokenName));
            }
            pending.push_back({data.transfers.size(), std::move(*value), contract->second,
                               tokenSymbol.isEmpty() ? u"?"_s : tokenSymbol});
        } else {
            Amount amount = 0;
            for (Role role : {Role::ValueIn, Role::ValueOut, Role::Value}) {
                if (cell(role).empty()) {
                    continue;
                }
                auto value = ungrouped(role);
                const auto parsed = value ? parseDecimal(*value, kNativeDecimals) : std::nullopt;
                if (!parsed) {
                    return rowError(role, tr("the amount \"%1\" cannot be read").arg(toQString(cell(role))));
                }
                if (amount == 0) {
                    amount = *parsed;
                }
            }
            if (amount == 0) {
                // A contract call without value: nothing moved.
                ++zeroValue;
                ++data.rowsSkipped;
                continue;
            }
            transfer.amount = amount;
            transfer.asset = nativeAsset;
        }
        // Addresses last: a row skipped for want of value adds none.
        const auto addressOf = [&](Role role, std::string_view text) -> Result<quint32> {
            auto index = interner.address(chain, text);
            if (!index) {
                return rowError(role, index.error().message);
            }
            return index;
        };
        auto from = addressOf(Role::From, cell(Role::From));
        if (!from) {
            return std::unexpected(from.error());
        }
        // A contract creation has no recipient; the created contract is in ContractAddress.
        const bool creation = cell(Role::To).empty() && !token;
        auto to = addressOf(creation ? Role::Contract : Role::To, cell(creation ? Role::Contract : Role::To));
        if (!to) {
            return std::unexpected(to.error());
        }
        transfer.from = *from;
        transfer.to = *to;
        transfer.tx = interner.txHash(hash);
        data.transfers.push_back(transfer);
    }
    if (!reader.error().isEmpty()) {
        return inputError(fileName, reader.line(), reader.error());
    }

    // Token decimals are not in the file: a table of well-known contracts, else the finest amount written.
    std::map<QString, int> decimals;
    for (const PendingToken &p : pending) {
        if (!decimals.contains(p.contract)) {
            decimals[p.contract] = knownTokenDecimals(chain, p.contract).value_or(-1);
        }
    }
    std::map<QString, int> inferred;
    for (const PendingToken &p : pending) {
        if (decimals[p.contract] < 0) {
            inferred[p.contract] = std::max(inferred[p.contract], fractionDigits(p.value));
        }
    }
    for (const PendingToken &p : pending) {
        ImportedTransfer &transfer = data.transfers[p.transfer];
        const auto guess = inferred.find(p.contract);
        const int places = guess != inferred.end() ? guess->second : decimals[p.contract];
        const auto amount = parseDecimal(p.value, places);
        if (!amount) {
            return inputError(fileName, transfer.line,
                              tr("the amount \"%1\" has more decimals than %2 has (%3)")
                                  .arg(toQString(p.value), p.symbol)
                                  .arg(places));
        }
        transfer.amount = *amount;
        transfer.asset = interner.asset({chain, p.symbol, places, p.contract});
        if (guess != inferred.end()) {
            data.warnings << tr("The decimals of %1 (%2) were inferred as %3 from the file; amounts are exact only if "
                                "the token has that many.")
                                 .arg(p.symbol, p.contract)
                                 .arg(places);
            inferred.erase(guess);
            decimals[p.contract] = places;
        }
    }
    if (!failedLines.empty()) {
        data.warnings << QCoreApplication::translate("awb::import",
                                                     "%n failed transaction(s) moved no value and were skipped "
                                                     "(lines %1).",
                                                     nullptr, int(failedLines.size()))
                             .arg(lineList(failedLines));
    }
    if (zeroValue > 0) {
        data.warnings << QCoreApplication::translate(
            "awb::import", "%n transaction(s) without value (contract calls) were skipped.", nullptr, int(zeroValue));
    }
    return data;
}

} // namespace awb::import
