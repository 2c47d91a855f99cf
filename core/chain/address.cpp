// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chain/address.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

#include <array>
#include <vector>

namespace awb::chain {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::chain", text);
}

constexpr std::string_view kBase58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr std::string_view kBech32Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr quint32 kBech32Const = 1;
constexpr quint32 kBech32mConst = 0x2bc830a3;

QByteArray doubleSha256(const QByteArray &data)
{
    return QCryptographicHash::hash(QCryptographicHash::hash(data, QCryptographicHash::Sha256),
                                    QCryptographicHash::Sha256);
}

quint32 bech32Polymod(const std::vector<quint8> &values)
{
    constexpr std::array<quint32, 5> generator{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    quint32 chk = 1;
    for (quint8 v : values) {
        const quint32 top = chk >> 25;
        chk = ((chk & 0x1ffffff) << 5) ^ v;
        for (int i = 0; i < 5; ++i) {
            if ((top >> i) & 1) {
                chk ^= generator[size_t(i)];
            }
        }
    }
    return chk;
}

std::vector<quint8> hrpExpand(const QString &hrp)
{
    std::vector<quint8> out;
    for (QChar c : hrp) {
        out.push_back(quint8(c.unicode() >> 5));
    }
    out.push_back(0);
    for (QChar c : hrp) {
        out.push_back(quint8(c.unicode() & 31));
    }
    return out;
}

const QSet<QString> &evmChains()
{
    static const QSet<QString> chains{u"ethereum"_s, u"bsc"_s,      u"polygon"_s,   u"arbitrum"_s,
                                      u"base"_s,     u"optimism"_s, u"avalanche"_s, u"fantom"_s,
                                      u"heco"_s,     u"gnosis"_s,   u"linea"_s,     u"ethereum-classic"_s};
    return chains;
}

const QSet<QString> &utxoChains()
{
    static const QSet<QString> chains{u"bitcoin"_s, u"litecoin"_s, u"dogecoin"_s, u"bitcoin-testnet"_s};
    return chains;
}

Result<QString> normalizeEvm(const QString &address)
{
    const QString trimmed = address.trimmed();
    const bool hasPrefix = trimmed.startsWith(u"0x"_s) || trimmed.startsWith(u"0X"_s);
    const QStringView hex = QStringView(trimmed).mid(hasPrefix ? 2 : 0);
    if (!hasPrefix || hex.size() != 40 || !std::all_of(hex.begin(), hex.end(), [](QChar c) {
            return QStringView(u"0123456789abcdefABCDEF").contains(c);
        })) {
        return fail(Error::Code::InvalidInput,
                    tr("%1 is not an EVM address (0x followed by 40 hex digits).").arg(address));
    }
    const QString canonical = eip55(hex);
    const bool mixedCase = hex.toString() != hex.toString().toLower() && hex.toString() != hex.toString().toUpper();
    if (mixedCase && u"0x"_s + hex.toString() != canonical) {
        return fail(Error::Code::InvalidInput,
                    tr("%1 fails its EIP-55 checksum; check the address for a typing error.").arg(address));
    }
    return canonical;
}

} // namespace

AddressFamily addressFamily(const QString &chain)
{
    if (evmChains().contains(chain)) {
        return AddressFamily::Evm;
    }
    if (utxoChains().contains(chain)) {
        return AddressFamily::Utxo;
    }
    if (chain == u"tron"_s) {
        return AddressFamily::Tron;
    }
    return AddressFamily::Other;
}

QString eip55(QStringView hex)
{
    if (hex.startsWith(u"0x"_s) || hex.startsWith(u"0X"_s)) {
        hex = hex.mid(2);
    }
    const QByteArray lower = hex.toString().toLower().toLatin1();
    const QByteArray hash = QCryptographicHash::hash(lower, QCryptographicHash::Keccak_256).toHex();
    QString out = u"0x"_s;
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const char c = lower[i];
        const bool upper = c >= 'a' && c <= 'f' && hash[i] >= '8';
        out += QChar::fromLatin1(upper ? char(c - 'a' + 'A') : c);
    }
    return out;
}

std::optional<QByteArray> decodeBase58Check(QStringView text)
{
    if (text.isEmpty() || text.size() > 128) {
        return std::nullopt;
    }
    std::vector<quint8> bytes; // little-endian big number
    for (QChar c : text) {
        const auto digit = kBase58Alphabet.find(char(c.unicode() < 128 ? c.unicode() : 0));
        if (c.unicode() >= 128 || digit == std::string_view::npos) {
            return std::nullopt;
        }
        int carry = int(digit);
        for (quint8 &b : bytes) {
            carry += 58 * b;
            b = quint8(carry & 0xff);
            carry >>= 8;
        }
        while (carry > 0) {
            bytes.push_back(quint8(carry & 0xff));
            carry >>= 8;
        }
    }
    QByteArray decoded;
    for (QChar c : text) {
        if (c != u'1') {
            break;
        }
        decoded.append('\0');
    }
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it) {
        decoded.append(char(*it));
    }
    if (decoded.size() < 5) {
        return std::nullopt;
    }
    const QByteArray payload = decoded.first(decoded.size() - 4);
    if (doubleSha256(payload).first(4) != decoded.last(4)) {
        return std::nullopt;
    }
    return payload;
}

QString encodeBase58Check(const QByteArray &versionAndPayload)
{
    const QByteArray data = versionAndPayload + doubleSha256(versionAndPayload).first(4);
    std::vector<quint8> digits; // little-endian base 58
    for (char ch : data) {
        int carry = quint8(ch);
        for (quint8 &d : digits) {
            carry += 256 * d;
            d = quint8(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits.push_back(quint8(carry % 58));
            carry /= 58;
        }
    }
    QString out;
    for (char ch : data) {
        if (ch != 0) {
            break;
        }
        out += u'1';
    }
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        out += QChar::fromLatin1(kBase58Alphabet[*it]);
    }
    return out;
}

bool isValidBech32(QStringView text)
{
    const QString lower = text.toString().toLower();
    if ((lower != text && text.toString().toUpper() != text) || text.size() < 8 || text.size() > 90) {
        return false;
    }
    const qsizetype separator = lower.lastIndexOf(u'1');
    if (separator < 1 || separator + 7 > lower.size()) {
        return false;
    }
    std::vector<quint8> values = hrpExpand(lower.first(separator));
    for (QChar c : QStringView(lower).mid(separator + 1)) {
        const auto v = kBech32Charset.find(char(c.unicode() < 128 ? c.unicode() : 0));
        if (c.unicode() >= 128 || v == std::string_view::npos) {
            return false;
        }
        values.push_back(quint8(v));
    }
    const quint32 check = bech32Polymod(values);
    return check == kBech32Const || check == kBech32mConst;
}

QString encodeSegwitV0(const QString &hrp, const QByteArray &program)
{
    std::vector<quint8> data{0}; // witness version 0
    int acc = 0;
    int bits = 0;
    for (char ch : program) {
        acc = (acc << 8) | quint8(ch);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            data.push_back(quint8((acc >> bits) & 31));
        }
    }
    if (bits > 0) {
        data.push_back(quint8((acc << (5 - bits)) & 31));
    }
    std::vector<quint8> values = hrpExpand(hrp);
    values.insert(values.end(), data.begin(), data.end());
    values.insert(values.end(), 6, 0);
    const quint32 mod = bech32Polymod(values) ^ kBech32Const;
    QString out = hrp + u'1';
    for (quint8 d : data) {
        out += QChar::fromLatin1(kBech32Charset[d]);
    }
    for (int i = 0; i < 6; ++i) {
        out += QChar::fromLatin1(kBech32Charset[(mod >> (5 * (5 - i))) & 31]);
    }
    return out;
}

Result<QString> normalizeAddress(const QString &chain, const QString &address)
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty()) {
        return fail(Error::Code::InvalidInput, tr("The address is empty."));
    }
    switch (addressFamily(chain)) {
    case AddressFamily::Evm:
        return normalizeEvm(trimmed);
    case AddressFamily::Utxo:
        if (isValidBech32(trimmed)) {
            return trimmed.toLower();
        }
        if (decodeBase58Check(trimmed)) {
            return trimmed;
        }
        return fail(Error::Code::InvalidInput,
                    tr("%1 is not a valid %2 address (its Base58Check or Bech32 checksum fails).").arg(address, chain));
    case AddressFamily::Tron:
        if (auto payload = decodeBase58Check(trimmed);
            payload && payload->size() == 21 && quint8(payload->at(0)) == 0x41) {
            return trimmed;
        }
        return fail(Error::Code::InvalidInput, tr("%1 is not a valid Tron address.").arg(address));
    case AddressFamily::Other:
        break;
    }
    return trimmed;
}

} // namespace awb::chain
