// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace awb::ui {

/** An inline banner for recoverable problems (cf. KeePassXC's MessageWidget): a plain-text message and a close button.
 */
class MessageWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageWidget)

public:
    enum class Type { Information, Warning, Error };

    explicit MessageWidget(QWidget *parent = nullptr);

    void showMessage(const QString &text, Type type = Type::Information);
    void hideMessage();
    QString text() const;

    Type type() const { return m_type; }

signals:
    /** The user closed the banner. */
    void closed();

protected:
    bool event(QEvent *event) override;

private:
    void applyColors();

    QLabel *m_iconLabel = nullptr;
    QLabel *m_textLabel = nullptr;
    QToolButton *m_closeButton = nullptr;
    Type m_type = Type::Information;
};

} // namespace awb::ui
