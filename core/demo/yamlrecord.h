// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace YAML {
class Node;
}

namespace awb::demo {

/** A YAML mapping or sequence item that reports problems as "file:line: message". No exception escapes. */
class YamlNode
{
public:
    YamlNode(std::shared_ptr<const YAML::Node> node, QString file);

    bool has(const char *field) const;
    Result<QString> text(const char *field) const;
    std::optional<QString> optText(const char *field) const;
    Result<qint64> integer(const char *field) const;
    QStringList textList(const char *field) const;
    Result<YamlNode> child(const char *field) const;
    /** Calls @p fn for each item of the sequence @p field (absent means empty); stops at the first error. */
    Result<void> forEachIn(const char *field, const std::function<Result<void>(const YamlNode &)> &fn) const;
    /** Like forEachIn for a sequence of scalars. */
    Result<void> forEachText(const char *field,
                             const std::function<Result<void>(const YamlNode &, const QString &)> &fn) const;
    std::unexpected<Error> error(const QString &message) const;

private:
    std::shared_ptr<const YAML::Node> m_node;
    QString m_file;
};

class YamlDocument
{
public:
    /** Reads and parses @p path (a file or a Qt resource). */
    static Result<YamlDocument> load(const QString &path);
    YamlNode root() const;

private:
    YamlDocument(std::shared_ptr<const YAML::Node> root, QString file);
    std::shared_ptr<const YAML::Node> m_root;
    QString m_file;
};

} // namespace awb::demo
