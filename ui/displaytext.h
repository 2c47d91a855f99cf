// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/incident.h"
#include "core/model/records.h"

#include <QColor>
#include <QPalette>
#include <QString>

#include <optional>

/** How case values read on screen. Everything here returns plain text, never markup. */
namespace awb::ui::text {

/** "AE — United Arab Emirates"; the bare code when Qt does not know it. */
QString country(const QString &code);
QString country(const std::optional<QString> &code);
/** "$1,500,000,000" in the user's locale. */
QString usd(qint64 dollars);
/** A USD claim value ("1460000000") formatted like usd(); other text is returned unchanged. */
QString usdClaim(const QString &value);
/** "2025-02-21" or "2025-02-21 – 2025-02-23". */
QString dateRange(const Incident &incident);
QString confidence(const QString &confidence);
/** "Loss (USD)" for "loss_usd", and so on for the other claim fields. */
QString claimField(const QString &field);
/** "Title — Publisher, 2025-02-26". */
QString sourceLabel(const Source &source);
/** The word that marks generated records wherever they are shown. */
QString syntheticMark();
/** "SYNTHETIC · text" for synthetic records (unless @p text already starts with the mark), @p text otherwise. */
QString marked(const QString &text, bool synthetic);
QString syntheticExplanation();
/**
 * @p plainText as a tooltip that shows it literally. QToolTip (and an item's Qt::ToolTipRole) renders anything that
 * looks like markup as HTML, so case text in a tooltip must be escaped; this is the one exception to "plain text".
 */
QString toolTip(const QString &plainText);

/** Background and text colours for synthetic records, the same in every view. */
QColor syntheticBackground();
QColor syntheticForeground();
/** Background and text for values that sources disagree on: a light tint in either theme, so dark text. */
QColor disputedBackground();
QColor disputedForeground();
/** Text that warns (a bad filter, a refused field): dark red on light windows, light red on dark ones. */
QColor warningText(const QPalette &palette);

} // namespace awb::ui::text
