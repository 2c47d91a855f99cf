// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli export --format tagpack`: the case's tags as one GraphSense TagPack (core/interop/tagpackexport.h,
// docs/interop.md).
#include "app/cli/cliargs.h"
#include "core/interop/tagpackexport.h"
#include "core/store/casestore.h"

#include <QFileInfo>
#include <QIODevice>

namespace awb::cli {

using namespace Qt::Literals::StringLiterals;

ExportFormat tagpackExportFormat()
{
    auto check = [](const Parsed &p) -> QString {
        for (const QString &option : incidentFilterOptions() + QStringList{u"--table"_s, u"--timestamp"_s}) {
            if (p.value(option)) {
                return u"export --format tagpack writes every tag of the case; %1 does not apply"_s.arg(option);
            }
        }
        return {};
    };
    auto write = [](const Parsed &, const ExportInput &in, QIODevice &out) -> Result<QString> {
        interop::TagPackExportOptions options;
        if (const QString name = QFileInfo(in.store.location()).fileName(); !name.isEmpty()) {
            options.title = u"Tags of the case %1"_s.arg(name);
        }
        auto pack = interop::exportTagPack(in.store, options);
        if (!pack) {
            return std::unexpected(pack.error());
        }
        if (out.write(pack->yaml) != pack->yaml.size()) {
            return std::unexpected(
                Error{Error::Code::Io, u"Could not write the TagPack: %1."_s.arg(out.errorString()), {}});
        }
        QString written = u"a TagPack of %1 tags"_s.arg(pack->tags);
        if (pack->syntheticLeftOut > 0) {
            written += u" (%1 synthetic tags left out)"_s.arg(pack->syntheticLeftOut);
        }
        return written;
    };
    return {check, write};
}

} // namespace awb::cli
