// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casedocument.h"

#include "core/db/sqlitecasestore.h"
#include "core/store/casestore.h"

#include <QFileInfo>

namespace awb::ui {

CaseDocument::CaseDocument(QObject *parent)
    : QObject(parent)
{}

CaseDocument::~CaseDocument() = default;

Result<void> CaseDocument::open(const QString &path, bool readOnly)
{
    auto store = db::SqliteCaseStore::open(QFileInfo(path).absoluteFilePath(), readOnly);
    if (!store) {
        return std::unexpected(store.error());
    }
    replace(std::move(*store));
    return {};
}

Result<void> CaseDocument::create(const QString &path)
{
    auto store = db::SqliteCaseStore::create(QFileInfo(path).absoluteFilePath());
    if (!store) {
        return std::unexpected(store.error());
    }
    replace(std::move(*store));
    return {};
}

Result<void> CaseDocument::saveCopyAs(const QString &path)
{
    if (!m_store) {
        return fail(Error::Code::InvalidInput, tr("No case is open."));
    }
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == QFileInfo(m_path).absoluteFilePath()) {
        return fail(Error::Code::InvalidInput, tr("The case is already stored in %1; choose another name.").arg(path));
    }
    return m_store->saveCopyAs(target);
}

void CaseDocument::setStore(std::unique_ptr<CaseStore> store, const QString &notice)
{
    m_path = store ? store->location() : QString();
    m_notice = notice;
    m_store = std::move(store);
    emit caseChanged();
}

void CaseDocument::close()
{
    if (!m_store) {
        return;
    }
    m_store.reset();
    m_path.clear();
    m_notice.clear();
    emit caseChanged();
}

bool CaseDocument::isReadOnly() const
{
    return m_store && m_store->isReadOnly();
}

void CaseDocument::replace(std::unique_ptr<db::SqliteCaseStore> store)
{
    QString notice = store->notice();
    if (notice.isEmpty() && store->isReadOnly()) {
        notice = tr("This case is open read-only; it cannot be changed.");
    }
    setStore(std::move(store), notice);
}

} // namespace awb::ui
