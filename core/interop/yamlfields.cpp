// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/yamlfields.h"

#include <QCoreApplication>

#include <string>

namespace awb::interop::yamlfields {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::interop", text);
}

bool present(const YAML::Node &node)
{
    return node.IsDefined() && !node.IsNull();
}

} // namespace

Inherited::Inherited(YAML::Node item, YAML::Node header, QString fileName)
    : m_item(std::move(item))
    , m_header(std::move(header))
    , m_file(std::move(fileName))
{}

YAML::Node Inherited::field(const char *key) const
{
    // A field the item gives, even as null, is the item's: `actor: null` cancels the header's actor.
    const YAML::Node &item = m_item;
    if (const YAML::Node own = item[key]; own.IsDefined()) {
        return own;
    }
    const YAML::Node &header = m_header;
    return header[key];
}

std::unexpected<Error> Inherited::notText(const char *key, const YAML::Node &node) const
{
    return fail(Error::Code::InvalidInput,
                tr("%1:%2: \"%3\" must be text.").arg(m_file).arg(lineOf(node)).arg(QString::fromLatin1(key)));
}

Result<std::optional<QString>> Inherited::text(const char *key) const
{
    const YAML::Node node = field(key);
    if (!present(node)) {
        return std::optional<QString>();
    }
    if (!node.IsScalar()) {
        return notText(key, node);
    }
    return std::optional<QString>(QString::fromStdString(node.Scalar()));
}

Result<QStringList> Inherited::list(const char *key) const
{
    const YAML::Node node = field(key);
    QStringList out;
    if (!present(node)) {
        return out;
    }
    if (node.IsScalar()) {
        return QStringList{QString::fromStdString(node.Scalar())};
    }
    if (!node.IsSequence()) {
        return notText(key, node);
    }
    for (const YAML::Node &item : node) {
        if (!item.IsScalar()) {
            return notText(key, item);
        }
        out << QString::fromStdString(item.Scalar());
    }
    return out;
}

int Inherited::line() const
{
    return lineOf(m_item);
}

QString Inherited::location() const
{
    return u"%1:%2"_s.arg(m_file).arg(line());
}

int lineOf(const YAML::Node &node)
{
    return node.IsDefined() ? node.Mark().line + 1 : 0;
}

QString headerText(const YAML::Node &root, const char *key, const QString &fallback)
{
    const YAML::Node node = root[key];
    return node.IsDefined() && node.IsScalar() ? QString::fromStdString(node.Scalar()).trimmed() : fallback;
}

Error yamlError(const YAML::Exception &e, const QString &fileName)
{
    return Error{Error::Code::InvalidInput,
                 tr("%1:%2: %3.").arg(fileName).arg(e.mark.line + 1).arg(QString::fromStdString(e.msg)),
                 {}};
}

Result<Pack> loadPack(const QByteArray &bytes, const QString &fileName, const char *key, const QString &packKind)
{
    Pack pack{{}, {}, fileName};
    try {
        pack.root = YAML::Load(std::string(bytes.constData(), std::size_t(bytes.size())));
    } catch (const YAML::Exception &e) {
        return fail(Error::Code::InvalidInput,
                    tr("%1:%2: not YAML: %3.").arg(fileName).arg(e.mark.line + 1).arg(QString::fromStdString(e.msg)));
    }
    const YAML::Node &root = pack.root;
    if (!root.IsMap() || !root[key].IsDefined() || !root[key].IsSequence()) {
        return fail(
            Error::Code::InvalidInput,
            tr("%1: not a GraphSense %2: it has no \"%3\" list.").arg(fileName, packKind, QString::fromLatin1(key)));
    }
    pack.items = root[key];
    for (const YAML::Node &item : pack.items) {
        if (!item.IsMap()) {
            return fail(Error::Code::InvalidInput, tr("%1:%2: each item of \"%3\" must be a mapping.")
                                                       .arg(fileName)
                                                       .arg(lineOf(item))
                                                       .arg(QString::fromLatin1(key)));
        }
    }
    return pack;
}

Result<void> Pack::forEach(qint64 &count, const std::function<Result<void>(const Inherited &)> &read) const
{
    for (const YAML::Node &item : items) {
        ++count;
        if (auto r = read(Inherited(item, root, fileName)); !r) {
            return r;
        }
    }
    return {};
}

} // namespace awb::interop::yamlfields
