// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/yamlfields.h"

#include "core/import/inputlimits.h"

#include <QCoreApplication>

#include <yaml-cpp/eventhandler.h>

#include <map>
#include <sstream>
#include <string>
#include <vector>

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

/** What LimitCheck throws through yaml-cpp's parser to stop it at the first limit a document exceeds. */
struct LimitExceeded
{
    int line;
    QString what;
    QString limit;
};

/**
 * Replays a document's parse events before yaml-cpp builds its node tree, refusing deep nesting, a long scalar
 * and aliases that expand to too many nodes. yaml-cpp shares an aliased node, so loading stays cheap, but every
 * walk over the tree (ours, or a later export) expands it: ten aliases of ten aliases … is a "billion laughs".
 * An alias counts as the size of the node it names, aliases inside included.
 */
class LimitCheck : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &) override {}

    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &, YAML::anchor_t anchor) override { leaf(anchor, 1); }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto it = m_sizes.find(anchor);
        const qint64 size = it == m_sizes.end() ? 1 : it->second;
        m_aliasNodes += size;
        if (m_aliasNodes > limits::kMaxYamlAliasNodes) {
            throw LimitExceeded{mark.line + 1, tr("aliases expand to more than %1 nodes"),
                                tr("%1 nodes added by aliases").arg(limits::kMaxYamlAliasNodes)};
        }
        leaf(YAML::NullAnchor, size);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, const std::string &value) override
    {
        if (qint64(value.size()) > limits::kMaxFieldBytes) {
            throw LimitExceeded{mark.line + 1, tr("a value is %1 bytes long").arg(value.size()),
                                limits::fieldLimitText()};
        }
        leaf(anchor, 1);
    }

    void OnSequenceStart(const YAML::Mark &mark,
                         const std::string &,
                         YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }

    void OnSequenceEnd() override { close(); }

    void
    OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }

    void OnMapEnd() override { close(); }

private:
    struct Open
    {
        YAML::anchor_t anchor;
        qint64 size;
    };

    void leaf(YAML::anchor_t anchor, qint64 size)
    {
        if (anchor != YAML::NullAnchor) {
            m_sizes[anchor] = size;
        }
        if (!m_open.empty()) {
            m_open.back().size += size;
        }
    }

    void open(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (int(m_open.size()) >= limits::kMaxNestingDepth) {
            throw LimitExceeded{mark.line + 1, tr("the YAML nests too deeply"), limits::depthLimitText()};
        }
        m_open.push_back({anchor, 1});
    }

    void close()
    {
        const Open done = m_open.back();
        m_open.pop_back();
        leaf(done.anchor, done.size);
    }

    std::vector<Open> m_open;
    std::map<YAML::anchor_t, qint64> m_sizes; // the expanded size of each anchored node
    qint64 m_aliasNodes = 0;
};

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
        const std::string text(bytes.constData(), std::size_t(bytes.size()));
        std::istringstream in(text);
        YAML::Parser parser(in);
        LimitCheck check;
        parser.HandleNextDocument(check);
        pack.root = YAML::Load(text);
    } catch (const LimitExceeded &e) {
        return limits::limitError(u"%1:%2"_s.arg(fileName).arg(e.line), e.what, e.limit);
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
