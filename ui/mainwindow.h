// SPDX-FileCopyrightText: 2026 GELU Lab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "presentationstyle.h"

#include <QByteArray>
#include <QMainWindow>
#include <QTimer>

#include <memory>

class AppSettings;
class CurveChart;
class CurveExplorer;
class ExportController;
class TrainerFigure;
class TrainerPanel;
class HelpBrowser;
class LanguageManager;
class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QToolBar;

// The application window: panels as tabs, menus, toolbar, status bar, the help page as a dock,
// presentation mode, language switching, and settings restored from the last session.
//
// A panel is any QWidget. It takes part without code of its own in presentation mode (its fonts and
// Qt Charts get large type and thick lines). Optionally it may have a child widget named "controls",
// or a slot setControlsVisible(bool), which View → Show controls collapses; and a slot
// setPresentationMode(bool) that is called when presentation mode starts and ends.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Settings come from `settings` (the user's file when null). The window keeps them, restores itself
    // from them, and saves a moment after each change and on close.
    explicit MainWindow(QWidget* parent = nullptr);
    explicit MainWindow(std::unique_ptr<AppSettings> settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Panel ids, also what the settings store as the last panel.
    static constexpr const char* curvesPanelId = "curves";
    static constexpr const char* trainerPanelId = "trainer";

    AppSettings& settings() { return *m_settings; }
    LanguageManager& languageManager() { return *m_languages; }
    // The curve chart while it is the first panel (until issue 3's CurveExplorer replaces it).
    CurveChart* curveChart() const;
    // Adds a tab. The two known ids get their titles from the window; any other panel is titled by
    // its windowTitle() and described by its toolTip(). A panel that implements SettingsClient is
    // restored from the settings here and saved with the window.
    void addPanel(const QString& id, QWidget* panel);
    QWidget* panel(const QString& id) const;
    QString currentPanelId() const;
    void showPanel(const QString& id);
    bool presentationMode() const { return m_presentation; }

    // The actions the export feature (issue 5) connects to; also reachable by objectName.
    QAction* exportAction() const { return m_exportAction; }
    QAction* copyChartAction() const { return m_copyChartAction; }

signals:
    // File → Export… (Ctrl+E) with the panel on screen (ExportController opens the dialog).
    void exportRequested(QWidget* panel);
    // File → Copy chart (Ctrl+Shift+C) with the panel on screen.
    void copyChartRequested(QWidget* panel);

public slots:
    void setPresentationMode(bool on);
    void setLanguage(const QString& choice);
    void showHelp();
    void showAbout();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void moveEvent(QMoveEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private slots:
    // Saves a moment later (a slot so that panels' settingsChanged() signals can reach it).
    void scheduleSave();

private:
    void registerFigures();
    void rebuildPanels();
    void createActions();
    void createMenus();
    void retranslateUi();
    void restoreSettings();
    void saveSettings();
    void setControlsVisible(bool visible);
    void requestExport();
    void requestCopyChart();
    // Stand-ins until the real panels are merged (issues 3 and 4).

    std::unique_ptr<AppSettings> m_settings;
    LanguageManager* m_languages = nullptr;
    QTabWidget* m_panels = nullptr;
    QDockWidget* m_helpDock = nullptr;
    HelpBrowser* m_help = nullptr;
    QToolBar* m_toolBar = nullptr;
    TrainerPanel* m_trainer = nullptr;
    std::unique_ptr<TrainerFigure> m_trainerFigure;
    QLabel* m_settingsWarning = nullptr;
    CurveExplorer* m_explorer = nullptr;
    ExportController* m_export = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_copyChartAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_curvesAction = nullptr;
    QAction* m_trainerAction = nullptr;
    QActionGroup* m_panelGroup = nullptr;
    QAction* m_toolBarAction = nullptr;
    QAction* m_controlsAction = nullptr;
    QAction* m_presentationAction = nullptr;
    QAction* m_leavePresentationAction = nullptr;
    QAction* m_systemLanguageAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QAction* m_helpAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;

    bool m_settingsRestored = false;
    bool m_presentation = false;
    bool m_wasMaximized = false;
    bool m_toolBarWasVisible = true;
    bool m_statusBarWasVisible = true;
    bool m_controlsWereVisible = true;
    QByteArray m_geometryBeforePresentation;
    PresentationStyle m_presentationStyle;
    // Saves a moment after the last change, so a session killed without closing (logout, kill) loses little.
    QTimer m_saveTimer;
};
