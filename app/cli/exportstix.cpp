// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli export --format stix`: the whole case as one STIX 2.1 bundle (core/stix/stixexport.h, docs/stix.md).
#include "app/cli/cliargs.h"
#include "core/stix/stixexport.h"

#include <QDateTime>
#include <QIODevice>

namespace awb::cli {

using namespace Qt::Literals::StringLiterals;

std::expected<std::optional<QDateTime>, QString> stixTimestampOf(const Parsed &p)
{
    const auto text = p.value(u"--timestamp"_s);
    if (!text) {
        return std::optional<QDateTime>();
    }
    const QDateTime t = QDateTime::fromString(*text, Qt::ISODateWithMs);
    // A local time would make the bundle depend on the machine's zone.
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime) {
        return std::unexpected(u"--timestamp \"%1\" is not an ISO 8601 time in UTC or with an offset (such as "
                               "2026-11-21T09:00:00Z)"_s.arg(*text));
    }
    return t.toUTC();
}

ExportFormat stixExportFormat()
{
    auto check = [](const Parsed &p) -> QString {
        for (const QString &option : incidentFilterOptions() + QStringList{u"--table"_s}) {
            if (p.value(option)) {
                return u"export --format stix writes the whole case; %1 does not apply"_s.arg(option);
            }
        }
        const auto timestamp = stixTimestampOf(p);
        return timestamp ? QString() : timestamp.error();
    };
    auto write = [](const Parsed &p, const ExportInput &in, QIODevice &out) -> Result<QString> {
        stix::ExportOptions options;
        options.timestamp = stixTimestampOf(p)->value_or(QDateTime());
        auto bundle = stix::exportBundle(in.store, options);
        if (!bundle) {
            return std::unexpected(bundle.error());
        }
        if (out.write(*bundle) != bundle->size()) {
            return std::unexpected(
                Error{Error::Code::Io, u"Could not write the bundle: %1."_s.arg(out.errorString()), {}});
        }
        return u"a STIX 2.1 bundle (%1 bytes)"_s.arg(bundle->size());
    };
    return {check, write};
}

} // namespace awb::cli
