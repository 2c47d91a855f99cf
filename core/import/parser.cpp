// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/parser.h"

#include "core/import/bitcoincorejson.h"
#include "core/import/esplorajson.h"
#include "core/import/etherscancsv.h"
#include "core/import/inputlimits.h"
#include "core/import/parsehelpers.h"
#include "core/import/transferscsv.h"

#include <QCoreApplication>

namespace awb::import {

using namespace Qt::Literals::StringLiterals;

QStringList formatNames()
{
    return {u"etherscan"_s, u"esplora"_s, u"bitcoin-core"_s, u"transfers-csv"_s};
}

Result<ImportData> parseFile(const QString &path, const QString &format, const ParseOptions &options)
{
    return limits::readInputFile(path).and_then(
        [&](const QByteArray &bytes) { return parseBytes(bytes, path, format, options); });
}

Result<ImportData>
parseBytes(const QByteArray &bytes, const QString &fileName, const QString &format, const ParseOptions &options)
{
    if (format == u"etherscan"_s) {
        return parseEtherscanCsv(bytes, fileName, options);
    }
    if (format == u"esplora"_s) {
        return parseEsploraJson(bytes, fileName, options);
    }
    if (format == u"bitcoin-core"_s) {
        return parseBitcoinCoreJson(bytes, fileName, options);
    }
    if (format == u"transfers-csv"_s) {
        return parseTransfersCsv(bytes, fileName, options);
    }
    return fail(Error::Code::InvalidInput, QCoreApplication::translate("awb::import", "Unknown import format \"%1\"; "
                                                                                      "the formats are %2.")
                                               .arg(format, formatNames().join(u", "_s)));
}

} // namespace awb::import
