// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/snapshot.h"
#include "core/model/ids.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolBar;

namespace awb::ui {

class CaseDocument;
class GraphCanvas;
class GraphExplorer;
class GraphTimeBar;

/**
 * The graph tab: the canvas with its tool bar (undo, layouts, metric, search, saved views, export), the time
 * slider, and a pane with the evidence of the last trace, path or cluster explanation. It reads the case through
 * a Snapshot built off the GUI thread, and follows the current incident of the other views.
 */
class GraphPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphPanel)

public:
    explicit GraphPanel(CaseDocument *document, QWidget *parent = nullptr);
    ~GraphPanel() override;

    GraphExplorer *explorer() const { return m_explorer; }

    GraphCanvas *canvas() const { return m_canvas; }

    /** The case's contents changed (edit, import): read it again, keeping the view where it can. */
    void reload();
    /** Blocks until the case graph is loaded (tests). */
    void waitForSnapshot();

    /** Draws the neighbourhood of @p id (or selects it when it is drawn already). */
    void showIncident(IncidentId id);
    /**
     * The same for any entity by name, as the search box takes it: an address, `group:NAME`, `incident:ID`,
     * `cluster:N` or `service:NAME`. A hidden panel remembers the last one and draws it when shown.
     */
    void showEntity(const QString &name);

    // What the context menu and the tool bar do, callable from tests.
    void expandSelection(bool ask);
    void collapseSelection();
    void uncollapseSelection();
    void hideSelection();
    void togglePinSelection();
    /** Traces forward from an address or incident; value passes through services of @p through ("mixer"). */
    void traceFrom(graph::NodeIndex node, const QStringList &through = {});
    /** Asks for the other end unless @p target is given. */
    void findPath(graph::NodeIndex from, const std::optional<QString> &target = std::nullopt);
    void explainMembership(graph::NodeIndex address);
    /** Selects and centres the node @p text names (a label or a name such as incident:3), adding it if need be. */
    bool searchFor(const QString &text);
    bool saveView(const QString &name);
    bool openView(const QString &name);
    bool deleteView(const QString &name);
    QStringList savedViews() const;
    /** Asks for a file name and writes the view (png, svg, pdf) or the graph (graphml, gexf, dot). */
    bool exportAs(const QString &format);

    QString resultText() const;

signals:
    /** The canvas selection is one incident. */
    void incidentSelected(awb::IncidentId id);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createToolBar();
    void onCaseChanged();
    void onSnapshotLoaded();
    void onSceneRebuilt();
    void syncLayoutBox();
    void onSelectionChanged(const std::vector<quint32> &nodes);
    void showContextMenu(std::optional<quint32> node, QPoint globalPos);
    void showResult(const QString &title, const QString &text);
    void refreshViewList();
    void updateRenderOptions();
    void applyPendingEntity();
    std::vector<graph::NodeIndex> selectedNodes() const;

    CaseDocument *m_document;
    GraphExplorer *m_explorer;
    GraphCanvas *m_canvas;
    GraphTimeBar *m_timeBar;
    QToolBar *m_toolBar = nullptr;
    QComboBox *m_layoutBox = nullptr;
    QComboBox *m_metricBox = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_views = nullptr;
    QLabel *m_resultTitle;
    QPlainTextEdit *m_result;
    QWidget *m_resultPane;
    QFutureWatcher<std::shared_ptr<const graph::Snapshot>> m_loader;
    std::optional<QString> m_loadError;
    std::vector<graph::NodeIndex> m_selected; // snapshot nodes, so a selection survives a rebuild
    std::optional<QString> m_pendingEntity;
    std::optional<QJsonObject> m_keptView; // the view to restore after a reload
};

} // namespace awb::ui
