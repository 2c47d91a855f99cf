// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace awb::bench {

/** The options of `awb-bench run ROW --key value …`, with defaults. */
class RowArgs
{
public:
    explicit RowArgs(QMap<QString, QString> values)
        : m_values(std::move(values))
    {}

    qint64 integer(const QString &key, qint64 fallback) const;
    QString text(const QString &key, const QString &fallback = {}) const;

private:
    QMap<QString, QString> m_values;
};

/**
 * One timing runner: loads or generates its data (untimed), then times only the awb call it is named after,
 * `runs` times, and returns {"row", "samples_ms", "median_ms", "min_ms", "max_ms", …}. A row whose code is not
 * in this build returns {"status": "not built yet", "why": …}.
 */
struct Row
{
    QString name;
    QString description;
    std::function<QJsonObject(const RowArgs &)> run;
};

/** Every runner; adding a benchmark is adding one function to this list. */
const std::vector<Row> &rows();

/** {"samples_ms", "median_ms", "min_ms", "max_ms"} of a list of times. */
QJsonObject summarize(std::vector<double> samplesMs);

} // namespace awb::bench
