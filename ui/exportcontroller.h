// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "curvesfigure.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class AppSettings;
class CurveExplorer;
class QMainWindow;

// Connects File → Export… and Copy Chart to the panels: it keeps one FigureSource per exportable
// chart, brings them up to date with the panels' state when asked, opens the export dialog with the
// panel on screen preselected, and remembers the dialog's settings.
class ExportController : public QObject {
    Q_OBJECT
public:
    ExportController(QMainWindow* window, AppSettings& settings);

    // The explorer's two charts (curves, error) become figures; `panel` is the tab that shows them.
    void addCurveExplorer(CurveExplorer* explorer);
    // Any other panel's figure; `update` is called before each use to refresh it from the panel.
    void addFigure(QWidget* panel, const FigureSource* source, std::function<void()> update = {});

    QList<const FigureSource*> sources() const;
    void clear() { m_entries.clear(); }

public slots:
    void exportPanel(QWidget* panel);
    void copyPanel(QWidget* panel);

private:
    struct Entry {
        QPointer<QWidget> panel;
        const FigureSource* source;
        std::function<void()> update;
    };
    int firstIndexFor(QWidget* panel) const;
    void updateAll();

    QMainWindow* m_window;
    AppSettings& m_settings;
    QList<Entry> m_entries;
    CurvesFigure m_curves { CurvesFigure::Panel::Curves };
    CurvesFigure m_error { CurvesFigure::Panel::Error };
};
