// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace awb {
class CaseStore;
}

namespace awb::db {
class SqliteCaseStore;
}

namespace awb::ui {

/**
 * The case that is open in a window: owns its CaseStore and knows its path, whether it is read-only and what
 * the user must be told about it. Opening replaces the case only on success, so a failed open keeps the
 * previous case. Models and widgets reload on caseChanged().
 */
class CaseDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDocument)

public:
    explicit CaseDocument(QObject *parent = nullptr);
    ~CaseDocument() override;

    /** Opens the case file at @p path with every check of db::SqliteCaseStore::open(). */
    Result<void> open(const QString &path, bool readOnly = false);
    /** Creates a new empty case at @p path and opens it; refuses to overwrite a file. */
    Result<void> create(const QString &path);
    /** Writes a consistent copy of the open case to @p path (the SQLite backup API); the open case is unchanged. */
    Result<void> saveCopyAs(const QString &path);
    /** Takes over an already open store, e.g. an in-memory case; @p notice is shown to the user. */
    void setStore(std::unique_ptr<CaseStore> store, const QString &notice = {});
    void close();

    bool isOpen() const { return m_store != nullptr; }

    /** The open store, or null; valid until the next caseChanged(). */
    CaseStore *store() const { return m_store.get(); }

    QString path() const { return m_path; }

    bool isReadOnly() const;

    /** Why the case is read-only, or that it was upgraded and where the backup is; empty otherwise. */
    QString notice() const { return m_notice; }

signals:
    /** A case was opened, replaced or closed. */
    void caseChanged();

private:
    void replace(std::unique_ptr<db::SqliteCaseStore> store);

    std::unique_ptr<CaseStore> m_store;
    QString m_path;
    QString m_notice;
};

} // namespace awb::ui
