// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli export --format stix`: the whole case as one STIX 2.1 bundle (core/stix/stixexport.h, docs/stix.md).
#include "app/cli/cliargs.h"
#include "core/stix/stixexport.h"

#include <QDateTime>
#include <QIODevice>

namespace awb::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

/** `--timestamp`, an ISO 8601 time with an offset or `Z`; nullopt when it is not one. */
std::optional<QDateTime> timestampOf(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime) {
        return std::nullopt; // a local time would make the bundle depend on the machine's zone
    }
    return t.toUTC();
}

} // namespace

ExportFormat stixExportFormat()
{
    auto check = [](const Parsed &p) -> QString {
        for (const QString &option : incidentFilterOptions() + QStringList{u"--table"_s}) {
            if (p.value(option)) {
                return u"export --format stix writes the whole case; %1 does not apply"_s.arg(option);
            }
        }
        if (const auto t = p.value(u"--timestamp"_s); t && !timestampOf(*t)) {
            return u"--timestamp \"%1\" is not an ISO 8601 time in UTC or with an offset (such as "
                   "2026-11-21T09:00:00Z)"_s.arg(*t);
        }
        return {};
    };
    auto write = [](const Parsed &p, const ExportInput &in, QIODevice &out) -> Result<QString> {
        stix::ExportOptions options;
        if (const auto t = p.value(u"--timestamp"_s)) {
            options.timestamp = *timestampOf(*t);
        }
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
