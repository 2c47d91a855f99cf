// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/interop: yaml-cpp types never reach a public header.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <yaml-cpp/yaml.h>

#include <functional>
#include <optional>

namespace awb::interop::yamlfields {

/**
 * The fields of one item of a GraphSense pack (a tag, an actor) with the pack's header behind them: a field the
 * item leaves out is the header's; one it gives as null is none. Errors name the file and the line.
 */
class Inherited
{
public:
    Inherited(YAML::Node item, YAML::Node header, QString fileName);

    /** The item's value, else the header's; nullopt when neither has one; an error when it is not text. */
    Result<std::optional<QString>> text(const char *key) const;
    /** A list of text (a single text counts as a list of one); empty when neither has it. */
    Result<QStringList> list(const char *key) const;
    int line() const;
    QString location() const;

private:
    YAML::Node field(const char *key) const;
    std::unexpected<Error> notText(const char *key, const YAML::Node &node) const;

    YAML::Node m_item;
    YAML::Node m_header;
    QString m_file;
};

/** A GraphSense pack: its header (the root mapping) and its list of items (tags, actors). */
struct Pack
{
    YAML::Node root;
    YAML::Node items;
    QString fileName;

    /** Calls @p read for each item with the header behind it, counting them in @p count; stops at a refusal. */
    Result<void> forEach(qint64 &count, const std::function<Result<void>(const Inherited &)> &read) const;
};

/**
 * Parses @p bytes as one YAML document whose root is a mapping with a list @p key of mappings (@p packKind names
 * the pack in errors, which name the file and line).
 */
Result<Pack> loadPack(const QByteArray &bytes, const QString &fileName, const char *key, const QString &packKind);

/** The line of @p node, 1-based. */
int lineOf(const YAML::Node &node);

/** The header's text field @p key, trimmed, or @p fallback. */
QString headerText(const YAML::Node &root, const char *key, const QString &fallback = {});

/** yaml-cpp's exception, should one escape the checks, as an InvalidInput naming the file and line. */
Error yamlError(const YAML::Exception &e, const QString &fileName);

/** Runs @p read; no yaml-cpp exception leaves it. */
template <typename Read>
auto guarded(Read read, const QString &fileName) -> decltype(read())
{
    try {
        return read();
    } catch (const YAML::Exception &e) {
        return std::unexpected(yamlError(e, fileName));
    }
}

} // namespace awb::interop::yamlfields
