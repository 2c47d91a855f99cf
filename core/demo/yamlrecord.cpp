// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/yamlrecord.h"

#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace awb::demo {

using namespace Qt::Literals::StringLiterals;

namespace {

QString scalar(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

} // namespace

YamlNode::YamlNode(std::shared_ptr<const YAML::Node> node, QString file)
    : m_node(std::move(node))
    , m_file(std::move(file))
{}

std::unexpected<Error> YamlNode::error(const QString &message) const
{
    const int line = m_node->Mark().line + 1;
    return fail(Error::Code::InvalidInput, u"%1:%2: %3"_s.arg(m_file).arg(line).arg(message));
}

bool YamlNode::has(const char *field) const
{
    return m_node->IsMap() && (*m_node)[field] && !(*m_node)[field].IsNull();
}

Result<QString> YamlNode::text(const char *field) const
{
    if (auto value = optText(field); value && !value->isEmpty()) {
        return *value;
    }
    return error(u"\"%1\" is required and must be text"_s.arg(QString::fromLatin1(field)));
}

std::optional<QString> YamlNode::optText(const char *field) const
{
    if (!has(field) || !(*m_node)[field].IsScalar()) {
        return std::nullopt;
    }
    return scalar((*m_node)[field]);
}

Result<qint64> YamlNode::integer(const char *field) const
{
    auto value = text(field);
    if (!value) {
        return std::unexpected(value.error());
    }
    bool ok = false;
    const qint64 number = value->toLongLong(&ok);
    if (!ok) {
        return error(u"\"%1\" must be a whole number"_s.arg(QString::fromLatin1(field)));
    }
    return number;
}

QStringList YamlNode::textList(const char *field) const
{
    QStringList out;
    if (has(field) && (*m_node)[field].IsSequence()) {
        for (const YAML::Node &item : (*m_node)[field]) {
            if (item.IsScalar()) {
                out << scalar(item);
            }
        }
    }
    return out;
}

Result<YamlNode> YamlNode::child(const char *field) const
{
    if (!has(field) || !(*m_node)[field].IsMap()) {
        return error(u"\"%1\" is required and must be a mapping"_s.arg(QString::fromLatin1(field)));
    }
    return YamlNode(std::make_shared<const YAML::Node>((*m_node)[field]), m_file);
}

Result<void> YamlNode::forEachIn(const char *field, const std::function<Result<void>(const YamlNode &)> &fn) const
{
    if (!has(field)) {
        return {};
    }
    const YAML::Node list = (*m_node)[field];
    if (!list.IsSequence()) {
        return error(u"\"%1\" must be a list"_s.arg(QString::fromLatin1(field)));
    }
    for (const YAML::Node &item : list) {
        YamlNode wrapped(std::make_shared<const YAML::Node>(item), m_file);
        if (!item.IsMap()) {
            return wrapped.error(u"each item of \"%1\" must be a mapping"_s.arg(QString::fromLatin1(field)));
        }
        if (auto r = fn(wrapped); !r) {
            return r;
        }
    }
    return {};
}

Result<void> YamlNode::forEachText(const char *field,
                                   const std::function<Result<void>(const YamlNode &, const QString &)> &fn) const
{
    if (!has(field)) {
        return {};
    }
    const YAML::Node list = (*m_node)[field];
    if (!list.IsSequence()) {
        return error(u"\"%1\" must be a list"_s.arg(QString::fromLatin1(field)));
    }
    for (const YAML::Node &item : list) {
        YamlNode wrapped(std::make_shared<const YAML::Node>(item), m_file);
        if (!item.IsScalar()) {
            return wrapped.error(u"each item of \"%1\" must be text"_s.arg(QString::fromLatin1(field)));
        }
        if (auto r = fn(wrapped, scalar(item)); !r) {
            return r;
        }
    }
    return {};
}

YamlDocument::YamlDocument(std::shared_ptr<const YAML::Node> root, QString file)
    : m_root(std::move(root))
    , m_file(std::move(file))
{}

Result<YamlDocument> YamlDocument::load(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Code::Io, u"%1: cannot be read"_s.arg(path), file.errorString());
    }
    const QByteArray bytes = file.readAll();
    // yaml-cpp reports problems by exception; none may leave this module.
    try {
        auto root = std::make_shared<const YAML::Node>(YAML::Load(bytes.toStdString()));
        if (!root->IsMap()) {
            return fail(Error::Code::InvalidInput, u"%1: the document must be a mapping"_s.arg(name));
        }
        return YamlDocument(std::move(root), name);
    } catch (const YAML::Exception &e) {
        return fail(Error::Code::InvalidInput,
                    u"%1:%2: %3"_s.arg(name).arg(e.mark.line + 1).arg(QString::fromStdString(e.msg)));
    }
}

YamlNode YamlDocument::root() const
{
    return YamlNode(m_root, m_file);
}

} // namespace awb::demo
